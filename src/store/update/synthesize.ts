// Re-synthesise only the stories a batch touched: their documents, enrichments, flags and relations come
// from the base; the stages (enrich linking, synthesis, report) run as in a batch run.
import type { DocId, DocumentEnrichment, DocumentFlags, Relation, ReportStory, StoryGroup, TextDocument } from '../../model.ts';
import { linkStory } from '../../enrich/index.ts';
import { countIndependent, sourceFamilies } from '../../provenance/index.ts';
import { reportStory } from '../../report/index.ts';
import { synthesizeStory } from '../../synthesize/index.ts';
import { canonicalCompare } from '../../pipeline.ts';
import type { Sql } from '../adapter.ts';
import { fromText, loadDocuments } from '../repo.ts';

export interface SynthesisedStory {
  report: ReportStory;
  independentSources: number;
  outlets: string[];
  languages: string[];
  /** text for search: title, briefing and claims */
  searchBody: string;
}

export async function relationsAmong(tx: Sql, ids: string[]): Promise<Relation[]> {
  if (!ids.length) return [];
  const rows = await tx.query<{ body: string }>(
    'SELECT body FROM relations WHERE from_doc = ANY($1::text[]) AND to_doc = ANY($1::text[]) ORDER BY from_doc, to_doc',
    [ids],
  );
  return rows.map((r) => JSON.parse(r.body) as Relation);
}

export async function synthesizeGroup(tx: Sql, group: StoryGroup): Promise<SynthesisedStory> {
  const rows = await loadDocuments(tx, group.documents);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const documents: TextDocument[] = [];
  const enrichments = new Map<DocId, DocumentEnrichment>();
  const flags = new Map<DocId, DocumentFlags>();
  for (const id of group.documents) {
    const r = byId.get(id);
    if (!r) throw new Error(`story ${group.id} lists document ${id}, which the base does not hold`);
    documents.push(fromText<TextDocument>(r.text_doc));
    enrichments.set(id, fromText<DocumentEnrichment>(r.enrichment));
    flags.set(id, fromText<DocumentFlags>(r.flags));
  }
  // a story's documents in the canonical order, as a batch run hands them to synthesis
  documents.sort(canonicalCompare);
  group = { ...group, documents: documents.map((d) => d.id) };
  const relations = await relationsAmong(tx, group.documents);
  const { entities, quotes } = linkStory(
    documents,
    documents.map((d) => enrichments.get(d.id)!),
  );
  const synthesis = synthesizeStory({ group, documents, relations, enrichments, entities, quotes, flags });
  const report = reportStory(group, synthesis);
  const outlets = [...new Set(documents.map((d) => d.outlet).filter((o): o is string => !!o))].sort();
  const languages = [...new Set(documents.map((d) => d.language).filter(Boolean))].sort();
  const searchBody = [...report.briefing.map((b) => b.text), ...report.claims.map((c) => c.text)].join('\n');
  return { report, independentSources: countIndependent(group.documents, sourceFamilies(relations, group.documents)), outlets, languages, searchBody };
}

/** A stored story report's group part (a story whose membership did not change keeps it). */
export function groupOf(report: ReportStory): StoryGroup {
  return { id: report.id, title: report.title, documents: report.documents, members: report.members, why: report.why, period: report.period };
}
