// Short names for a story's articles: the outlet, numbered when one outlet ran several of them.
import type { Report, ReportStory } from '../model.ts';
import { documentsById } from './lookup.ts';

/** The address's host name without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}

/** A record id as an article's name: a bare number reads as a figure ("109 billion dlr (2563)", "2563, sentence 4":
 * Reuters' ids), so it is said to be an article. */
const idName = (id: string): string => (/^\d+$/.test(id) ? `article ${id}` : id.slice(0, 14));

const cache = new WeakMap<ReportStory, Map<string, string>>();

export function docLabels(story: ReportStory, report: Report): Map<string, string> {
  const hit = cache.get(story);
  if (hit) return hit;
  const docs = documentsById(report);
  const base = story.documents.map((id) => {
    const d = docs.get(id);
    return d?.outlet || d?.byline[0] || hostOf(d?.url) || idName(id);
  });
  const total = new Map<string, number>();
  for (const b of base) total.set(b, (total.get(b) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  story.documents.forEach((id, i) => {
    const b = base[i];
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    out.set(id, total.get(b)! > 1 ? `${b} ${n}` : b);
  });
  cache.set(story, out);
  return out;
}
