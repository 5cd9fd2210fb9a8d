// A story told in several languages: which articles are in which, and what that means for its count of sources.
// Copies are found by shared wording (provenance), within one language; an article flagged translated is joined to
// its original when its sentences follow the original's one to one (provenance/translation-of.ts); any other article
// in another language counts as a source of its own, and the page says so (walk9). The JSON report is unchanged: each
// document has its language.
import type { Report, ReportStory } from '../model.ts';
import { documentsById } from './lookup.ts';

export interface LanguageGroup {
  language: string;
  documents: string[];
}

/** The story's articles by language, the most written first (ties by code); [] when they share one language. */
export function storyLanguages(story: ReportStory, report: Report): LanguageGroup[] {
  const docs = documentsById(report);
  const groups = new Map<string, string[]>();
  for (const id of story.documents) {
    const language = docs.get(id)?.language ?? 'und';
    const group = groups.get(language);
    if (group) group.push(id);
    else groups.set(language, [id]);
  }
  if (groups.size < 2) return [];
  return [...groups]
    .map(([language, documents]) => ({ language, documents }))
    .sort((a, b) => b.documents.length - a.documents.length || (a.language < b.language ? -1 : 1));
}

/** What the mix of languages means for the count of sources (after the list of languages). */
export const LANGUAGES_CAVEAT =
  'Copies are found by shared wording, within one language; an article flagged as translated is joined to the article here whose sentences it follows one to one, as its copy. Any other article in another language counts as a source of its own.';

/** "2 languages: es (Cooperativa.cl, 24Horas.cl), en (Andes English)", each article named by `name` (already escaped for its format). */
export function languagesLine(groups: LanguageGroup[], name: (id: string) => string): string {
  return `Articles in ${groups.length} languages: ${groups.map((g) => `${g.language} (${g.documents.map(name).join(', ')})`).join(', ')}.`;
}
