// Language of a text with eld, limited to the languages news piles actually hold (fewer false guesses).
// eld's n-gram model costs about a second of CPU to load and eld is ESM only (no lazy require in Node 20),
// so it is loaded by loadLanguageModel(), awaited by the commands and runs that read articles, never by
// merely importing the stages. The model is first touched by the first text that needs it (detectLanguage): the
// compiled command (scripts/build.mjs) reads eld's table only then, so a run whose articles' language the cheaper
// signals settle never reads it.
import type { eld as Eld } from 'eld/small';
import newsLanguages from './data/news-languages.json' with { type: 'json' };

/**
 * Languages crosscheck tells apart. Short lines are easily mistaken, so the set stays small. Data of its own: the build
 * keeps only these languages' scores in eld's table (scripts/build.mjs, eld-source.ts newsTable).
 */
export const NEWS_LANGUAGES: string[] = newsLanguages;

let model: typeof Eld | undefined;
/** the model with its language subset set: set on the first detection, so that loading touches nothing of it */
let subsetModel: typeof Eld | undefined;
let loading: Promise<void> | undefined;

/** Loads eld's model once (later calls share the first load); detectLanguage needs it. */
export function loadLanguageModel(): Promise<void> {
  // from the sources, the table is read as the compiled command reads it, on first use (eld-source.ts)
  loading ??= (import.meta.url.endsWith('.ts') ? import('./eld-source.ts') : import('eld/small')).then(({ eld }) => {
    model = eld;
  });
  return loading;
}

/**
 * Throws unless loadLanguageModel() has finished. The stages that may detect a language call it on every
 * article, so a run that forgot to load fails on its first article, not only on one whose language the
 * cheaper signals leave open.
 */
export function requireLanguageModel(): void {
  if (!model) throw new Error('the language model is not loaded: await loadLanguageModel() before extracting or analysing articles');
}

function detector(): typeof Eld {
  requireLanguageModel();
  if (!subsetModel) {
    (model as typeof Eld).setLanguageSubset(NEWS_LANGUAGES);
    subsetModel = model;
  }
  return subsetModel as typeof Eld;
}

/** Scripts that settle the language family before any n-gram model is asked. */
const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-z]/gi;

/** ISO 639-1 code of the text, or 'und' when it cannot be told. Reads at most `sample` characters. */
export function detectLanguage(text: string, sample = 2000): string {
  requireLanguageModel();
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
