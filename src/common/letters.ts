// Letter-class tests shared by the readers. They live at module level on purpose: esbuild (tsx, and the
// build at target node20) rewrites a regex literal holding `\p{…}` outside a character class into
// `new RegExp(...)` where it stands, so written inside a function it is built again on every call
// (about 0.4 µs each; the enrich stage ran such tests millions of times).

/** the text opens with an upper-case letter */
export const UPPER_FIRST = /^\p{Lu}/u;

/** `UPPER_FIRST.test(s)`, an ASCII first character told by its code (the readers ask it of nearly every word) */
export function upperFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(s);
}
/** the text opens with a lower-case letter */
export const LOWER_FIRST = /^\p{Ll}/u;
/** the text holds a letter */
export const HAS_LETTER = /\p{L}/u;

/** letters of a script without capitals (Han, kana, Hangul, Arabic, Hebrew, Thai, Devanagari: `Lo`) */
const CASELESS_LETTERS = /\p{Lo}/gu;
/** letters of a script with capitals (Latin, Cyrillic, Greek) */
const CASED_LETTERS = /[\p{Lu}\p{Ll}\p{Lt}]/gu;

/** How many letters a text must write in a script without capitals, and how many times its letters of a script with
 * capitals, to be prose in that script (a few Latin brand names or figures in it do not change that). */
export const CASELESS_PROSE = { minLetters: 40, overCased: 2 };

/** Whether a text (by sentence) is surely written in a script without capitals (Chinese, Japanese, Arabic ...):
 * there no name is told by its capital, as none is in German, whose every noun has one. (The tokenizer keeps such
 * a script's words out of a sentence's words: its letters are counted in the sentence's text.) */
export function caselessProse(sentences: Iterable<{ readonly text: string }>): boolean {
  let caseless = 0;
  let cased = 0;
  for (const { text } of sentences) {
    caseless += count(text, CASELESS_LETTERS);
    cased += count(text, CASED_LETTERS);
  }
  return caseless >= CASELESS_PROSE.minLetters && caseless >= CASELESS_PROSE.overCased * cased;
}

function count(text: string, letters: RegExp): number {
  letters.lastIndex = 0;
  let n = 0;
  while (letters.test(text)) n++;
  return n;
}
