// Synthesise stories again from the base: their documents, enrichments, flags and relations come from it;
// the stages (enrich linking, synthesis, report) run as in a batch run. Which stories, and when: stories.ts
// (a touched story at once when small or grown by a share, else at the run's end; a reader on the fly).
import type { DocId, DocumentEnrichment, DocumentFlags, Relation, ReportStory, StoryGroup, TextDocument } from '../../model.ts';
import { linkStory } from '../../enrich/index.ts';
import { countIndependent, sourceFamilies } from '../../provenance/index.ts';
import { reportStory } from '../../report/index.ts';
import { synthesizeStory } from '../../synthesize/index.ts';
import { canonicalCompare, storyDocument } from '../../pipeline.ts';
import type { AccountOutcome, StoryInput } from '../../accounts/account.ts';
import type { AccountStream } from '../../accounts/threads.ts';
import { packStory } from '../../accounts/packing.ts';
import { packEnrichment } from '../../enrich/pack.ts';
import type { Sql } from '../adapter.ts';
import { timeStep, type StepClock } from '../../common/step-clock.ts';
import { loadDocuments, relationsAmong, type StoredDocument } from '../repo.ts';
import type { ParsedCache } from '../cache.ts';

export interface SynthesisedStory {
  report: ReportStory;
  independentSources: number;
  outlets: string[];
  languages: string[];
  /** text for search: title, briefing and claims */
  searchBody: string;
}

/** Stories are synthesised in runs of about this many documents: one fetch of documents and relations per run
 * (a run's documents are alive together: 500 rather than 2,000 cost no CPU and lowered the peak). */
const RUN_DOCUMENTS = 500;

/** Synthesise these stories again from what the base holds of their documents; with `accounts` (worker threads,
 * ingest --threads), each run's stories are worked out on them and on this thread, the same syntheses. */
export async function synthesizeGroups(
  tx: Sql,
  groups: Array<[number, StoryGroup]>,
  cache: ParsedCache,
  accounts?: InThreads,
): Promise<Map<number, SynthesisedStory>> {
  const out = new Map<number, SynthesisedStory>();
  for (let i = 0; i < groups.length; ) {
    const run: Array<[number, StoryGroup]> = [];
    let size = 0;
    while (i < groups.length && (run.length === 0 || size + groups[i][1].documents.length <= RUN_DOCUMENTS)) {
      size += groups[i][1].documents.length;
      run.push(groups[i++]);
    }
    const ids = run.flatMap(([, g]) => g.documents);
    const stored = new Map((await loadDocuments(tx, ids, cache)).map((d) => [d.doc.id, d]));
    // a document is in one story: a relation belongs to the story holding both its ends
    const storyOf = new Map(run.flatMap(([key, g]) => g.documents.map((id) => [id, key] as const)));
    const own = new Map<number, Relation[]>(run.map(([key]) => [key, []]));
    for (const r of await relationsAmong(tx, ids)) {
      const key = storyOf.get(r.from);
      if (key === storyOf.get(r.to)) own.get(key!)!.push(r);
    }
    const inputs = run.map(([key, group]) => groupInput(group, stored, own.get(key)!));
    if (accounts) inThreads(accounts, inputs, run, out);
    else for (let s = 0; s < run.length; s++) out.set(run[s][0], synthesised(inputs[s], synthesizeInput(inputs[s])));
  }
  return out;
}

/** A story's account as a worker answers it, or as this thread works it out. */
export type Synthesised = AccountOutcome | ReportStory;

/** The worker threads synthesising beside this one, and the clock their step (`stories (N threads)`) is timed on. */
export interface InThreads {
  stream: AccountStream<Synthesised>;
  threads: number;
  clock?: StepClock;
}

/** A run's stories worked out on the worker threads and this one, in order. A story a worker could not synthesise
 * is synthesised here (and meets the same failure, which stops the run as on one thread). */
function inThreads(
  { stream: accounts, threads, clock }: InThreads,
  inputs: GroupInput[],
  run: Array<[number, StoryGroup]>,
  out: Map<number, SynthesisedStory>,
): void {
  const left: Array<GroupInput | null> = [...inputs];
  accounts.use({
    count: inputs.length,
    packed: (i, strings) => {
      const { input } = left[i]!;
      return packStory(
        { ...input, documents: input.documents.map(storyDocument) },
        input.enrichments.map((e) => packEnrichment(e).slice()),
        strings,
      );
    },
    local: (i) => synthesizeInput(left[i]!),
    done: () => {},
    weight: (i) => {
      let sentences = 0;
      for (const d of left[i]!.input.documents) sentences += d.sentences.length;
      return sentences;
    },
  });
  for (let i = 0; i < inputs.length; i++) {
    const answer = timeStep(clock, `stories (${threads} threads)`, () => accounts.at(i));
    const report = 'story' in answer ? (answer.failed ? synthesizeInput(inputs[i]) : answer.story) : answer;
    out.set(run[i][0], synthesised(inputs[i], report));
    left[i] = null;
  }
}

/** What one story's synthesis is worked out from, as a batch run hands it over. */
interface GroupInput {
  input: StoryInput & { documents: TextDocument[] };
}

function groupInput(group: StoryGroup, stored: Map<DocId, StoredDocument>, relations: Relation[]): GroupInput {
  const documents: TextDocument[] = [];
  const enrichments = new Map<DocId, DocumentEnrichment>();
  const flags = new Map<DocId, DocumentFlags>();
  for (const id of group.documents) {
    const r = stored.get(id);
    if (!r) throw new Error(`story ${group.id} lists document ${id}, which the base does not hold`);
    documents.push(r.doc);
    enrichments.set(id, r.enrichment);
    flags.set(id, r.flags);
  }
  // a story's documents in the canonical order, as a batch run hands them to synthesis
  documents.sort(canonicalCompare);
  group = { ...group, documents: documents.map((d) => d.id) };
  return { input: { group, documents, relations, enrichments: documents.map((d) => enrichments.get(d.id)!), flags } };
}

function synthesizeInput({ input }: GroupInput): ReportStory {
  const { group, documents, relations, flags } = input;
  const { entities, quotes } = linkStory(documents, input.enrichments);
  const enrichments = new Map(documents.map((d, i) => [d.id, input.enrichments[i]]));
  const synthesis = synthesizeStory({ group, documents, relations, enrichments, entities, quotes, flags });
  return reportStory(group, synthesis);
}

function synthesised({ input }: GroupInput, report: ReportStory): SynthesisedStory {
  const { group, documents, relations } = input;
  const outlets = [...new Set(documents.map((d) => d.outlet).filter((o): o is string => !!o))].sort();
  const languages = [...new Set(documents.map((d) => d.language).filter(Boolean))].sort();
  const searchBody = [...report.briefing.map((b) => b.text), ...report.claims.map((c) => c.text)].join('\n');
  return { report, independentSources: countIndependent(group.documents, sourceFamilies(relations, group.documents)), outlets, languages, searchBody };
}

/** A stored story report's group part (a story whose membership did not change keeps it). */
export function groupOf(report: ReportStory): StoryGroup {
  const { id, title, documents, members, why, period, storyline } = report;
  return { id, title, documents, members, why, period, ...(storyline ? { storyline } : {}) };
}
