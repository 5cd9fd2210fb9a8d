// The article's language, cheaply: the script first, then function-word votes over the longest lines;
// eld (detectLanguage) only when the votes do not settle it. Per-line checks run eld only on candidate lines.
import { cyrillicShare, detectLanguage, requireLanguageModel } from '../../common/language.ts';
import { FUNCTION_WORDS, FUNCTION_WORD_LANGUAGES } from '../../common/function-words.ts';
import { lowerWordsOf } from './shape.ts';

const CYRILLIC_LANGS = new Set(['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk']);
/** The leading language must have this many votes more than the next (as a share of the words read). */
const VOTE_MARGIN = 0.05;
const VOTE_MIN = 0.12;
const SAMPLE_WORDS = 160;

/** Each function word with the languages whose list holds it: one look-up per word for all languages. */
const WORD_LANGUAGES = new Map<string, number[]>();
FUNCTION_WORD_LANGUAGES.forEach((lang, k) => {
  for (const w of FUNCTION_WORDS[lang]) {
    const list = WORD_LANGUAGES.get(w) ?? [];
    list.push(k);
    WORD_LANGUAGES.set(w, list);
  }
});
const HAS_CYRILLIC_CHAR = /[\u0400-\u04ff]/;

/**
 * Language of the article from its longer lines, or 'und'. `lowered` holds each line's words (wordsOf) in lower
 * case when the caller has them (the extractor makes them once for this and the lines' shapes).
 */
export function articleLanguage(lines: string[], lowered?: string[][]): string {
  requireLanguageModel();
  // the lines of 60+ characters when there are any, else all
  const anyLong = lines.some((l) => l.length >= 60);
  const hits = new Array<number>(FUNCTION_WORD_LANGUAGES.length).fill(0);
  let words = 0;
  let sample = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (anyLong && l.length < 60) continue;
    if (sample.length < 600) sample += (sample ? ' ' : '') + l.slice(0, 600 - sample.length);
    for (const w of lowered?.[i] ?? lowerWordsOf(l)) {
      words++;
      const langs = WORD_LANGUAGES.get(w);
      if (langs) for (const k of langs) hits[k]++;
    }
    if (words >= SAMPLE_WORDS) break;
  }
  if (words === 0) return 'und';
  const cyr = HAS_CYRILLIC_CHAR.test(sample) && cyrillicShare(sample) > 0.5;
  // the two languages of the article's script with the most votes (ties by code), in one pass: no scores to sort
  let best = -1;
  let next = -1;
  for (let k = 0; k < FUNCTION_WORD_LANGUAGES.length; k++) {
    if (CYRILLIC_LANGS.has(FUNCTION_WORD_LANGUAGES[k]) !== cyr) continue;
    if (best < 0 || ahead(hits, k, best)) {
      next = best;
      best = k;
    } else if (next < 0 || ahead(hits, k, next)) next = k;
  }
  if (best >= 0 && hits[best] / words >= VOTE_MIN && hits[best] / words - (next >= 0 ? hits[next] / words : 0) >= VOTE_MARGIN) {
    return FUNCTION_WORD_LANGUAGES[best];
  }
  return detectLanguage(sample, 600);
}

/** Language k before language j: more votes, or as many and its code first (the codes are lower-case ASCII). */
function ahead(hits: number[], k: number, j: number): boolean {
  return hits[k] > hits[j] || (hits[k] === hits[j] && FUNCTION_WORD_LANGUAGES[k] < FUNCTION_WORD_LANGUAGES[j]);
}

export function isCyrillicLanguage(lang: string): boolean {
  return CYRILLIC_LANGS.has(lang);
}

/** Is this line written in another script than the article (Russian menu lines around an English text)? */
const HAS_CYRILLIC = /[\u0400-\u04ff]/;

export function inOtherScript(line: string, articleLang: string): boolean {
  if (articleLang === 'und') return false;
  const cyrArticle = isCyrillicLanguage(articleLang);
  // most lines of a Latin-script article hold no Cyrillic at all: no need to count
  if (!cyrArticle && !HAS_CYRILLIC.test(line)) return false;
  const share = cyrillicShare(line);
  if (!(cyrArticle ? share < 0.2 : share > 0.6)) return false;
  return /[a-zа-яё]{3}/i.test(line);
}

/**
 * Is this line, in the article's script, in another language? eld decides, and only for lines long enough
 * to tell (short lines are easily mistaken): callers ask it about candidate chrome lines only.
 */
export function inOtherLanguage(line: string, articleLang: string, wordCount: number): boolean {
  if (articleLang === 'und' || wordCount < 4) return false;
  const lang = detectLanguage(line, 300);
  return lang !== 'und' && lang !== articleLang && !(isCyrillicLanguage(articleLang) && isCyrillicLanguage(lang));
}
