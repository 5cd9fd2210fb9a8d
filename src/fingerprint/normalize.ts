// The word forms fingerprints compare: case, accents and typographic punctuation folded away, so
// "Kremlin’s" and "Kremlin's", or a re-cased headline, hash the same.
import { fold } from '../common/normalize.ts';
import type { Sentence } from '../model.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** Normalised words of a piece of text. */
export function normalWords(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** Normalised words of a sentence, from the tokens the text stage already made. */
export function sentenceWords(s: Sentence): string[] {
  const out: string[] = [];
  for (const w of s.words) {
    // Plain ASCII needs no Unicode folding (the common case, and folding is the slow part).
    if (/^[a-z0-9]+$/i.test(w)) out.push(w.toLowerCase());
    else for (const part of fold(w).match(WORD) ?? []) out.push(part);
  }
  return out;
}
