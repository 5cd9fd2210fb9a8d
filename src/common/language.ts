// Language of a text with eld, limited to the languages news piles actually hold (fewer false guesses).
import { eld } from 'eld/small';

/** Languages crosscheck tells apart. Short lines are easily mistaken, so the set stays small. */
export const NEWS_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'uk',
  'pl',
  'cs',
  'sv',
  'da',
  'nb',
  'fi',
  'tr',
  'ar',
  'zh',
  'ja',
  'ko',
  'el',
  'hu',
  'ro',
  'bg',
  'sr',
  'hr',
  'he',
  'fa',
  'hi',
];

let subsetSet = false;
function detector() {
  if (!subsetSet) {
    eld.setLanguageSubset(NEWS_LANGUAGES);
    subsetSet = true;
  }
  return eld;
}

/** Scripts that settle the language family before any n-gram model is asked. */
const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-z]/gi;

/** ISO 639-1 code of the text, or 'und' when it cannot be told. Reads at most `sample` characters. */
export function detectLanguage(text: string, sample = 2000): string {
  const s = text.length > sample ? text.slice(0, sample) : text;
  if (s.trim().length < 3) return 'und';
  const result = detector().detect(s);
  return result.language || 'und';
}

/** Share of letters in Cyrillic script: a cheap signal for lines in another script than the article. */
export function cyrillicShare(text: string): number {
  const cyr = text.match(CYRILLIC)?.length ?? 0;
  const lat = text.match(LATIN)?.length ?? 0;
  return cyr + lat === 0 ? 0 : cyr / (cyr + lat);
}
