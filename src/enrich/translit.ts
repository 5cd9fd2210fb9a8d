// Transliteration-aware keys and similarity for names written differently by different outlets.
import { fold } from '../common/normalize.ts';
import { editDistance } from '../common/edit-distance.ts';
import { TRANSLIT_RULES, SURNAME_ENDING } from './data/translit.ts';

/** Keys worked out, per word, as a first word and as a surname: names come back in every story. */
const keys = { word: new Map<string, string>(), surname: new Map<string, string>() };
const KEYS_MAX = 100_000;

/** Key of one name word: "Zaluzhniy" and "Zaluzhny" give the same key. Memoised (fifteen rules per word). */
export function wordKey(word: string, surname = false): string {
  const memo = surname ? keys.surname : keys.word;
  let k = memo.get(word);
  if (k === undefined) {
    k = fold(word).replace(/[^a-z\u0400-\u04ff]/g, '');
    for (const [re, to] of TRANSLIT_RULES) k = k.replace(re, to);
    if (surname && k.length >= 6) k = k.replace(SURNAME_ENDING, '');
    if (memo.size >= KEYS_MAX) memo.clear();
    memo.set(word, k);
  }
  return k;
}

/** Key of a whole name: first words as they are, the last word as a surname. */
export function nameKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words.map((w, i) => wordKey(w, i === words.length - 1)).join(' ');
}

/** Two surname keys are one name written two ways: equal, or one letter apart in a long name. */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 7 && b.length >= 7 && a[0] === b[0] && editDistance(a, b, 1) <= 1;
}
