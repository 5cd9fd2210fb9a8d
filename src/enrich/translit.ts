// Transliteration-aware keys and similarity for names written differently by different outlets.
import { fold } from '../common/normalize.ts';
import { memoize } from '../common/memo.ts';
import { editDistance } from '../common/edit-distance.ts';
import { TRANSLIT_RULES, SURNAME_ENDING } from './data/translit.ts';

function computeKey(word: string, surname: boolean): string {
  let k = fold(word).replace(/[^a-z\u0400-\u04ff]/g, '');
  for (const [re, to] of TRANSLIT_RULES) k = k.replace(re, to);
  if (surname && k.length >= 6) k = k.replace(SURNAME_ENDING, '');
  return k;
}

/** Keys worked out, per word, as a first word and as a surname: names come back in every story (fifteen rules per word). */
const KEYS_MAX = 100_000;
const firstWordKey = memoize(KEYS_MAX, (w) => computeKey(w, false));
const surnameKey = memoize(KEYS_MAX, (w) => computeKey(w, true));

/** Key of one name word: "Zaluzhniy" and "Zaluzhny" give the same key. */
export function wordKey(word: string, surname = false): string {
  return surname ? surnameKey(word) : firstWordKey(word);
}

/** Key of a whole name: first words as they are, the last word as a surname. */
export function nameKey(name: string): string {
  // (the words between white space, as `split(/\s+/)` less its empty pieces, read in place: no arrays per name)
  let key = '';
  let word = '';
  let keyed = 0;
  for (let at = 0; at < name.length; ) {
    while (at < name.length && isSpace(name, at)) at++;
    if (at >= name.length) break;
    const start = at;
    while (at < name.length && !isSpace(name, at)) at++;
    if (word) key += keyed++ ? ` ${wordKey(word, false)}` : wordKey(word, false);
    word = name.slice(start, at);
  }
  return word ? (keyed ? `${key} ${wordKey(word, true)}` : wordKey(word, true)) : key;
}

/** nameKey of the name `words[from, to)` joined with spaces, for words holding no white space (as a split at white space
 * leaves them): each word keyed as it is, none joined into a name and cut out of it again (empty words left out). */
export function wordsKey(words: readonly string[], from = 0, to = words.length): string {
  let last = to - 1;
  while (last >= from && !words[last]) last--;
  let key = '';
  let keyed = 0;
  for (let k = from; k < last; k++) if (words[k]) key += keyed++ ? ` ${wordKey(words[k], false)}` : wordKey(words[k], false);
  return last < from ? '' : keyed ? `${key} ${wordKey(words[last], true)}` : wordKey(words[last], true);
}

const SPACE = /\s/;
/** `\s` at one code unit (ASCII told by code) */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[at]);
}

/** Two surname keys are one name written two ways: equal, or one letter apart in a long name. */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 7 && b.length >= 7 && a[0] === b[0] && editDistance(a, b, 1) <= 1;
}
