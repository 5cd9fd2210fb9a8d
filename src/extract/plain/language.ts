// The article's language, cheaply: the script first, then function-word votes over the longest lines;
// eld (detectLanguage) only when the votes do not settle it. Per-line checks run eld only on candidate lines.
import { cyrillicShare, detectLanguage, requireLanguageModel } from '../../common/language.ts';
import { FUNCTION_WORDS, FUNCTION_WORD_LANGUAGES } from './function-words.ts';
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
  const scores = FUNCTION_WORD_LANGUAGES.map((lang, k) => ({ lang, share: hits[k] / words }))
    .filter((x) => CYRILLIC_LANGS.has(x.lang) === cyr)
    .sort((a, b) => b.share - a.share || a.lang.localeCompare(b.lang));
  const [best, next] = scores;
  if (best && best.share >= VOTE_MIN && best.share - (next?.share ?? 0) >= VOTE_MARGIN) return best.lang;
  return detectLanguage(sample, 600);
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
