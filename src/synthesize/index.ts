// Synthesize stage: a story's articles -> claims (with independent-source counts), discrepancies, what each
// outlet adds or leaves out, a briefing whose every line cites the article sentences it rests on, a timeline.
// Nothing here writes prose of its own: every text is an article sentence, at most lightly trimmed.
import type { DocId, DocumentEnrichment, DocumentFlags, Entity, Quote, Relation, StoryGroup, StorySynthesis, StoryDocument } from '../model.ts';
import { buildUnits } from './units.ts';
import { align } from './align.ts';
import { wireHeadline, type WireHeadline } from './issuers.ts';
import { draftClaims, rankDrafts, toClaims } from './claims.ts';
import { sourceFamiliesOf, type SourceFamilies } from './sources.ts';
import { findDiscrepancies, linkQuoteVariants } from './discrepancies.ts';
import { outletViews } from './outlets.ts';
import { writeBriefing, standsAlone } from './briefing.ts';
import { buildTimeline } from './timeline.ts';
import { referenceDate, statedDatesOnce } from './dates.ts';
import { objectList } from '../common/object-list.ts';

export interface SynthesisInput {
  group: StoryGroup;
  /** the story's documents */
  documents: StoryDocument[];
  /** copy relations among the story's documents */
  relations: Relation[];
  enrichments: Map<DocId, DocumentEnrichment>;
  /** the story's linked entities and quotes */
  entities: Entity[];
  quotes: Quote[];
  /** copy families; built from `relations` when absent */
  families?: SourceFamilies;
  /** provenance flags: wordings from spun or machine-translated documents are not chosen to stand for a claim */
  flags?: Map<DocId, DocumentFlags>;
}

/** Cost figures of one synthesis, for benchmarks. */
export interface SynthesisCost {
  units: number;
  pairsScored: number;
}

let lastCost: SynthesisCost = { units: 0, pairsScored: 0 };
/** Cost of the most recent synthesizeStory call (statement units and candidate pairs scored). */
export function lastSynthesisCost(): SynthesisCost {
  return lastCost;
}

/** The year most of the story's dated articles were published in. */
function storyYear(documents: StoryDocument[], group: StoryGroup): number | null {
  const counts = new Map<number, number>();
  for (const d of documents) {
    const y = referenceDate(d.published)?.getUTCFullYear();
    if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best?.[0] ?? referenceDate(group.period.start)?.getUTCFullYear() ?? null;
}

/** The story's documents in group order (the story's order decides ids and tie-breaks): as given when they come
 * so, one for each of the group's ids (the pipeline's do), else those of the story, sorted. */
function inGroupOrder(documents: StoryDocument[], ids: readonly DocId[], inStory: ReadonlySet<DocId>): StoryDocument[] {
  let same = documents.length === ids.length;
  for (let i = 0; same && i < ids.length; i++) same = documents[i].id === ids[i];
  if (same) return documents;
  const order = new Map(ids.map((d, i) => [d, i]));
  return documents.filter((d) => inStory.has(d.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

export function synthesizeStory(input: SynthesisInput): StorySynthesis {
  const inStory = new Set(input.group.documents);
  const documents = inGroupOrder(input.documents, input.group.documents, inStory);
  const docIds = documents.map((d) => d.id);
  const relations = input.relations.filter((r) => inStory.has(r.from) && inStory.has(r.to));
  const families = input.families ?? sourceFamiliesOf(relations, docIds);
  const fallbackYear = storyYear(documents, input.group);

  // (align scores pairs of two documents' units only: a story of one document's units are never a pair)
  const units = buildUnits({ documents, enrichments: input.enrichments, entities: input.entities, fallbackYear, paired: documents.length > 1 });
  // each document's wire headline and issuer, with the sentences it writes (its units): the aligner and the
  // discrepancies read the same
  // (lists of one kind to V8 whether a document writes units or none: the pushes and the headlines' reads meet one map)
  const texts = documents.map(() => objectList<string>());
  for (const u of units) texts[u.docOrder].push(u.text);
  // (worked out on first asking: only two articles' aligned sentences and claims ask, a story of one article never)
  const headlines = new Array<WireHeadline | null | undefined>(documents.length);
  const headlineAt = (i: number) => {
    let h = headlines[i];
    if (h === undefined) headlines[i] = h = wireHeadline(documents[i].title, texts[i], documents[i].published);
    return h;
  };
  const alignment = align(units, relations, headlineAt);
  lastCost = { units: units.length, pairsScored: alignment.pairsScored };
  const flagged = (doc: DocId) => !!(input.flags?.get(doc)?.spun.detected || input.flags?.get(doc)?.translated.detected);
  const drafts = rankDrafts(draftClaims(units, alignment, families, (u) => flagged(u.doc) || !standsAlone(u), standsAlone));
  const claims = toClaims(input.group.id, drafts);

  const quotes = linkQuoteVariants(input.quotes, families);
  const personIds = new Set(input.entities.filter((e) => e.type === 'person').map((e) => e.id));
  // the dates a sentence states, read once for the date discrepancies and the timeline
  const datesIn = statedDatesOnce();
  const placeOf = new Map(documents.map((d, i) => [d.id, i]));
  const headlineOf = (doc: DocId) => {
    const i = placeOf.get(doc);
    return i === undefined ? null : headlineAt(i);
  };
  const { discrepancies, disputed } = findDiscrepancies({ personIds, drafts, claims, quotes, units, documents, flags: input.flags, datesIn, headlineOf });
  // (claims walked only when some are disputed: most stories' are none, and many stories have no claims, an empty
  // list another kind to V8)
  if (disputed.size) for (const c of claims) if (disputed.has(c.id)) c.status = 'disputed';

  const outlets = outletViews(docIds, drafts, claims, families);
  const briefing = writeBriefing({ drafts, claims, weight: alignment.weight, documents });
  const translations = input.flags ? new Set(docIds.filter((id) => input.flags?.get(id)?.translated.detected)) : undefined;
  const timeline = buildTimeline({ drafts, claims, documents, enrichments: input.enrichments, fallbackYear, translations, datesIn });
  return { entities: input.entities, quotes, claims, discrepancies, briefing, timeline, outlets };
}

export { sourceFamiliesOf, type SourceFamilies } from './sources.ts';
