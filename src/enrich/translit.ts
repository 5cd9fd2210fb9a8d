// Transliteration-aware keys and similarity for names written differently by different outlets.
import { fold } from '../common/normalize.ts';
import { TRANSLIT_RULES, SURNAME_ENDING } from './data/translit.ts';

/** Key of one name word: "Zaluzhniy" and "Zaluzhny" give the same key. */
export function wordKey(word: string, surname = false): string {
  let k = fold(word).replace(/[^a-z\u0400-\u04ff]/g, '');
  for (const [re, to] of TRANSLIT_RULES) k = k.replace(re, to);
  if (surname && k.length >= 6) k = k.replace(SURNAME_ENDING, '');
  return k;
}

/** Key of a whole name: first words as they are, the last word as a surname. */
export function nameKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words.map((w, i) => wordKey(w, i === words.length - 1)).join(' ');
}

/** Edit distance, stopping early once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Two surname keys are one name written two ways: equal, or one letter apart in a long name. */
export function similarKeys(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 7 && b.length >= 7 && a[0] === b[0] && editDistance(a, b, 1) <= 1;
}
