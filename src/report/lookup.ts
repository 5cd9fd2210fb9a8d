// Lookups the renderers share: a report's documents by id, a sentence by reference.
import type { Report, ReportDocument, SentenceRef } from '../model.ts';

const cache = new WeakMap<Report, Map<string, ReportDocument>>();

export function documentsById(report: Report): Map<string, ReportDocument> {
  let m = cache.get(report);
  if (!m) {
    m = new Map(report.documents.map((d) => [d.id, d]));
    cache.set(report, m);
  }
  return m;
}

export function sentenceText(report: Report, ref: SentenceRef): string {
  return documentsById(report).get(ref.document)?.sentences[ref.sentence] ?? '';
}

/** "The Week, 2022-12-19" style label for a document. */
export function documentLabel(doc: ReportDocument): string {
  const who = doc.outlet ?? (doc.byline.length ? doc.byline.join(', ') : doc.id);
  // a document whose text changed since the base first saw it says so wherever it is cited
  const changed = doc.version && doc.version > 1 ? ` (version ${doc.version}${doc.changedAt ? `, text changed ${doc.changedAt.slice(0, 10)}` : ''})` : '';
  return (doc.published ? `${who}, ${doc.published.slice(0, 10)}` : who) + changed;
}

/** "1 story", "5 stories". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
