// Lookups the renderers share: a report's documents by id, a sentence by reference.
import type { Flag, Relation, Report, ReportDocument, SentenceRef } from '../model.ts';

const cache = new WeakMap<Pick<Report, 'documents'>, Map<string, ReportDocument>>();

export function documentsById(report: Pick<Report, 'documents'>): Map<string, ReportDocument> {
  let m = cache.get(report);
  if (!m) {
    m = new Map(report.documents.map((d) => [d.id, d]));
    cache.set(report, m);
  }
  return m;
}

const relationCache = new WeakMap<Report, Map<string, number[]>>();

/** Positions in `report.relations` of the relations each document is the `from` side of. */
function relationsFrom(report: Report): Map<string, number[]> {
  let m = relationCache.get(report);
  if (!m) {
    m = new Map();
    report.relations.forEach((r, i) => {
      const list = m!.get(r.from);
      if (list) list.push(i);
      else m!.set(r.from, [i]);
    });
    relationCache.set(report, m);
  }
  return m;
}

/** The relations between documents of one story, in report order, found without scanning them all. */
export function relationsAmong(report: Report, documents: string[]): Relation[] {
  const inStory = new Set(documents);
  const byFrom = relationsFrom(report);
  const found: number[] = [];
  for (const id of inStory) for (const i of byFrom.get(id) ?? []) if (inStory.has(report.relations[i].to)) found.push(i);
  return found.sort((x, y) => x - y).map((i) => report.relations[i]);
}

export function sentenceText(report: Report, ref: SentenceRef): string {
  return documentsById(report).get(ref.document)?.sentences[ref.sentence] ?? '';
}

/** "The Week, 2022-12-19" style label for a document. */
export function documentLabel(doc: ReportDocument): string {
  const who = doc.outlet ?? (doc.byline.length ? doc.byline.join(', ') : doc.id);
  // a document whose text changed since the base first saw it says so wherever it is cited
  const changed = doc.version && doc.version > 1 ? ` (version ${doc.version}${doc.changedAt ? `, text changed ${doc.changedAt.slice(0, 10)}` : ''})` : '';
  const day = doc.published ? `, ${doc.published.slice(0, 10)}` : doc.captured ? `, captured ${doc.captured.slice(0, 10)}` : '';
  return who + day + changed;
}

/**
 * A document's date as an article's details give it: its publication date, and when a web archive captured the page,
 * said to be that (a capture date is no publication date: two captures of one address differ by it); `unknown` when
 * neither is known.
 */
export function dateShown(doc: Pick<ReportDocument, 'published' | 'captured'>, unknown: string): string {
  if (!doc.captured) return doc.published ?? unknown;
  return doc.published ? `${doc.published} (captured by a web archive ${doc.captured})` : `not dated; captured by a web archive ${doc.captured}`;
}

/** "1 story", "5 stories". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A document's raised flags by the name every report and the web app show them under, spun first. */
export function raisedFlags(doc: ReportDocument): Array<readonly [name: string, flag: Flag]> {
  const named = [
    ['machine-spun', doc.flags.spun],
    ['translated', doc.flags.translated],
  ] as const;
  return named.filter(([, f]) => f.detected);
}
