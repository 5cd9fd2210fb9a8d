// Numbers written out in words ("two hundred thousand", "forty-five", "two dozen") and the scale words that
// multiply a number ("5.93 mln", "$1.2bn"). One table and one reader for every stage. Lookups are Maps: a
// word like "constructor" is never a number.

import { foldFilter, mayFoldInto } from './foldfilter.ts';

/** Number words -> value ("dozen" multiplies what stands before it: "two dozen" is 24). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    dozen: 12,
  }),
);

/** Multipliers written after a number ("200 thousand", "5.93 mln", "$1.2bn"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, m: 1e6,
    billion: 1e9, billions: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tln: 1e12, tn: 1e12,
  }),
);

/** Scale words that stand for a scale only when glued to the number ("5bn"): apart, "m" is a metre. */
export const SHORT_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'b', 'mn', 'bn', 'tn']);

/** Scale words a number word run may hold ("two hundred thousand", not "two k"). */
const RUN_SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion']);

/** The words a number word run may hold: NUMBER_WORDS and RUN_SCALES in one look-up. */
const RUN_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS.keys(), ...RUN_SCALES]);

const isRunWord = (p: string) => RUN_WORDS.has(p);

/** The first letters of the words a run may hold, by code (all lower-case ASCII): "t" for "two", "thousand". */
const RUN_FIRST_LETTERS = new Uint8Array(128);
for (const w of RUN_WORDS) RUN_FIRST_LETTERS[w.charCodeAt(0)] = 1;

/**
 * Might the word, in any case, open a number written in words? False when its first letter is an ASCII letter that no
 * run word opens with (most words met: told with no lower-casing nor look-up); a first letter past ASCII is left to
 * `opensNumberWords` (its lower case may be ASCII).
 */
export function mayOpenNumberWords(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return RUN_FIRST_LETTERS[c + 32] === 1 && mayBeRunWord(word);
  if (c >= 97 && c <= 122) return RUN_FIRST_LETTERS[c] === 1 && mayBeRunWord(word);
  return true;
}

/** The run words' bit table (foldfilter.ts): "The", "said", "shares" are told from them without a lower-cased copy. */
const RUN_BITS = foldFilter(RUN_WORDS);

/** Might the word's lower case be a run word? (A hyphenated word is read part by part: always maybe.) */
function mayBeRunWord(word: string): boolean {
  return word.includes('-') || mayFoldInto(RUN_BITS, word);
}

/** Can a number written out in words open with this word (lower case)? "two", "forty-five", "hundred". */
export function opensNumberWords(w: string): boolean {
  // most words met are no number word at all: a word without a hyphen is looked up as it is
  return w.includes('-') ? w.split('-').every(isRunWord) : isRunWord(w);
}

/**
 * The number written out in words from word `i` on: "two hundred thousand", "forty-five", "two-dozen",
 * "three hundred and five". `word(k)` gives word k in lower case, or undefined where the run must stop
 * (punctuation, a digit, too far from the word before). Null when word `i` is not a number word.
 */
export function readNumberWords(word: (k: number) => string | undefined, i: number): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  for (let w = word(j); w !== undefined; w = word(j)) {
    if (!opensNumberWords(w)) {
      const after = word(j + 1);
      if (j > i && w === 'and' && after !== undefined && NUMBER_WORDS.has(after)) {
        j++;
        continue;
      }
      break;
    }
    for (const p of w.includes('-') ? w.split('-') : [w]) {
      if (p === 'dozen') current = (current || 1) * 12;
      else if (NUMBER_WORDS.has(p)) current += NUMBER_WORDS.get(p)!;
      else if (p === 'hundred') current = (current || 1) * 100;
      else {
        total += (current || 1) * SCALE_WORDS.get(p)!;
        current = 0;
      }
    }
    j++;
  }
  return j === i ? null : { value: total + current, used: j - i };
}
