// The one place that knows every stage: sources -> ingest -> extract -> text -> ... -> report.
import { getHeapStatistics } from 'node:v8';
import type {
  ClusterDocument,
  Complete,
  DocId,
  DocumentEnrichment,
  DocumentFlags,
  PreparedParts,
  Problem,
  Relation,
  CommonQuotation,
  Report,
  StageName,
  ReportDocument,
  ReportStory,
  ReportStream,
  StoryGroup,
  StoryDocument,
  StoryList,
  TextDocument,
} from './model.ts';
import { DEFAULT_MAX_DOCUMENTS, ingestPaths, isProblem, type IngestOptions } from './ingest/index.ts';
import { fileBytes } from './ingest/walk.ts';
import { withProblemRule } from './common/problem-rules.ts';
import { type Prepared, processRaw } from './prepare/index.ts';
import { loadLanguageModel } from './common/language.ts';
import { defaultThreads, POOL_AFTER, Preparer, poolAfterFor } from './prepare/threads.ts';
import { documentFlags, findRelations, translationRelations } from './provenance/index.ts';
import { fingerprint, fnv1a } from './fingerprint/index.ts';
import { enrichDocument, packEnrichment, unpackEnrichment } from './enrich/index.ts';
import { clusterStories } from './cluster/index.ts';
import { eventlessReason } from './cluster/page-kinds.ts';
import type { DocFeatures } from './cluster/features.ts';
import { buildReport, collectReport, reportDocument, NO_FLAG } from './report/index.ts';
import { storyAccount, storyItem, type AccountOutcome, type ItemOutcome, type StoryInput } from './accounts/account.ts';
import { packStory } from './accounts/packing.ts';
import { AccountStream, type StorySource } from './accounts/threads.ts';
import { attempt, runIsolated } from './common/isolate.ts';
import { collectAfterShrinking, keepHeapNearLive, withHeapNearerLive } from './common/collect.ts';
import { PackedValues } from './common/packed.ts';
import { timeStep, timeStepAsync, type StepClock } from './common/step-clock.ts';
import { storedInstant } from './common/date-bound.ts';

export interface AnalyzeOptions extends IngestOptions {
  /** called for every input that cannot be used, as soon as it is known */
  onProblem?: (p: Problem) => void;
  /** called after each input document is processed */
  onDocument?: (count: number) => void;
  /** articles read at most (DEFAULT_MAX_DOCUMENTS): past it reading stops with one problem line */
  maxDocuments?: number;
  /** timestamp written into the report (left out when absent, so output is deterministic) */
  generatedAt?: string;
  /** when given, milliseconds spent per stage are added here (benchmarks) */
  timings?: Record<string, number>;
  /** when given, CPU milliseconds (user + system, this process) spent per stage are added here (benchmarks) */
  cpuTimings?: Record<string, number>;
  /**
   * Called before a stage works on one document (its id) or one story (its id). What it throws is
   * handled exactly as a failure of that stage on that input: tests use it to make one stage fail
   * for one input and check that the rest of the report is written.
   */
  beforeStage?: (stage: StageName, id: string) => void;
  /** threads preparing documents (extract, text, fingerprint, enrich, the clustering features) and, in analyzeStream,
   * working out the stories' accounts, this one included; 1 = no worker threads. Default: CROSSCHECK_THREADS, else one per core but one, so one on two cores (prepare/threads.ts). Workers start only for a large input. */
  threads?: number;
  /** documents read before worker threads start (tests set it low to use them on a small input) */
  poolAfter?: number;
  /**
   * Tests (the command never sets it): with worker threads, leave every document and every story's account to
   * them (this thread prepares none and works out none while it waits for a worker, however slow they are to
   * start), and add here how many each kind of worker did, so that a test knows its workers took part.
   */
  workersOnly?: { prepared: number; accounts: number; features: number; enrichedLater?: number; enrichedAfterHere?: number };
  /** Tests (the command never sets it): the prepare workers' module (prepare/threads.ts: workerEntry). */
  prepareEntry?: URL;
}

export type { StageName };

export { processRaw, loadLanguageModel };

/** Documents that reached the text stage, and the problems met on the way. */
export interface ReadResult {
  documents: TextDocument[];
  problems: Problem[];
  /** fingerprints, enrichments and clustering features worked out while reading (on worker threads), for analyzeDocuments */
  prepared: ReadParts;
  /** documents prepared on worker threads */
  preparedInWorkers: number;
  /** with `enrichLater`: the documents their worker enriches after the reading, and their packed enrichments to come */
  later?: LaterEnrichments;
}

/** Documents a worker thread enriches after the reading (prepare-worker.ts), and its answer (a document missing from it is this thread's to enrich). */
interface LaterEnrichments {
  ids: Set<DocId>;
  answer: Promise<Map<DocId, Uint8Array>>;
}

/** The parts worked out while reading: with worker threads, also the clustering features of the documents they prepared. */
type ReadParts = PreparedParts & { features?: Map<DocId, DocFeatures> };

/** Reading stops once the articles read fill this share of the heap: clustering and synthesis need the rest. */
const MAX_READ_MEMORY_SHARE = 0.45;
/** How often (in articles) the heap is looked at while reading. */
const MEMORY_CHECK_EVERY = 256;

function memoryShare(): number {
  const heap = getHeapStatistics();
  return heap.used_heap_size / heap.heap_size_limit;
}

/** How far past its live size analyze's heap may grow (keepHeapNearLive; the story base's ingest keeps 40%), and
 * while clustering. Measured on all of Reuters, 40 / 20 at first: peak RSS 1,084 -> 969 MB for 3 more full
 * collections (24, not 21); at stop 74's heap, 60 / 40 against 40 / 20: CPU -3 to -4% in three one-thread triples
 * started together, peak +27 to +41 MiB (bench/HISTORY.md "Stop 74 (lead)"). */
const ANALYZE_HEAP_GROWING_PERCENT = 60;
const CLUSTER_HEAP_GROWING_PERCENT = 40;

/** Documents' enrichments kept packed until their stories read them, in enrich's own form (enrich/pack.ts). */
const packedEnrichments = () => new PackedValues<DocumentEnrichment>(packEnrichment, unpackEnrichment);

/** Make ids unique in a run: a later document with a taken id gets "~2", "~3", ... */
function uniqueIds(): (id: DocId) => DocId {
  const seen = new Map<DocId, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  };
}

/** An input in reading order: a problem ingest met, or a document being prepared. */
type Slot = { problem: Problem } | { source: string; prepared: Prepared | Problem | Promise<Prepared | Problem> };

/**
 * Ingest, extract and analyse every input. Documents are prepared on worker threads when the input is
 * large (options.threads), a bounded number ahead, and taken back in input order, so the documents,
 * problems and progress are those of one thread. With `enrichLater`, the workers keep the documents they prepare
 * and enrich them after the reading (ReadResult.later), while this thread runs the stages before the stories.
 */
export async function readDocuments(paths: string[], options: AnalyzeOptions = {}, enrichLater = false): Promise<ReadResult> {
  await loadLanguageModel();
  const documents: TextDocument[] = [];
  const problems: Problem[] = [];
  const prepared: ReadParts = {
    fingerprints: new Map(),
    enrichments: new Map(),
    packed: packedEnrichments(),
    features: new Map(),
  };
  const problem = (found: Problem) => {
    const p = withProblemRule(found);
    problems.push(p);
    options.onProblem?.(p);
  };
  const unique = uniqueIds();
  const maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  const threads = options.threads ?? defaultThreads();
  const poolAfter = options.poolAfter ?? poolAfterFor(fileBytes(paths));
  const preparer = new Preparer({ threads, poolAfter, help: !options.workersOnly, entry: options.prepareEntry, enrichLater });
  const laterIds = new Set<DocId>();
  let later: LaterEnrichments | undefined;
  const waiting: Slot[] = [];
  let count = 0;
  let stopped = false;
  /** Report the first waiting input (its document must be prepared by now). */
  const take = (slot: Slot, ready: Prepared | Problem | null) => {
    if ('problem' in slot) return problem(slot.problem);
    if (documents.length >= maxDocuments || (documents.length % MEMORY_CHECK_EVERY === 0 && memoryShare() > MAX_READ_MEMORY_SHARE)) {
      const why =
        documents.length >= maxDocuments
          ? `the run stopped at ${maxDocuments.toLocaleString('en-US')} articles (--max-documents), the most one analysis holds by default`
          : `the run stopped at ${documents.length.toLocaleString('en-US')} articles: they fill ${Math.round(memoryShare() * 100)}% of the memory Node allows, and the later stages need the rest`;
      // leaving the loop closes the files still open; what was read is analysed and reported
      problem({
        source: slot.source,
        reason: `not read: ${why}; this input and the rest were left out (split the input, or raise the limit if memory allows)`,
      });
      stopped = true;
      return;
    }
    const result = ready as Prepared | Problem;
    if (isProblem(result)) problem(result);
    else {
      // a page's text cut by extract: its note, as ingest's on a plain text it cut
      if (result.doc.cut) problem({ source: result.doc.source, reason: result.doc.cut });
      documents.push(result.doc);
      if (result.enrichLater) laterIds.add(result.doc.id);
      if (result.fingerprint) prepared.fingerprints.set(result.doc.id, result.fingerprint);
      if (result.features) prepared.features?.set(result.doc.id, result.features);
      // packed at once: 64 MB as objects through the stages before enrich (all of Reuters)
      if (result.packedEnrichment) prepared.enrichments.set(result.doc.id, prepared.packed.addBytes(result.packedEnrichment));
      else if (result.enrichment) prepared.enrichments.set(result.doc.id, prepared.packed.add(result.enrichment));
    }
    options.onDocument?.(++count);
  };
  /** Report waiting inputs in order: those ready, and, when `upTo` are waiting, as many as it takes. */
  const drain = async (upTo: number) => {
    while (waiting.length > 0 && !stopped) {
      const slot = waiting[0];
      let ready: Prepared | Problem | null = null;
      if ('prepared' in slot) {
        if (slot.prepared instanceof Promise) {
          if (waiting.length < upTo) return;
          await slot.prepared;
        }
        ready = slot.prepared as Prepared | Problem;
      }
      waiting.shift();
      take(slot, ready);
    }
  };
  const work = async () => {
    for await (const item of ingestPaths(paths, options)) {
      if (isProblem(item)) waiting.push({ problem: item });
      else {
        const raw = { ...item, id: unique(item.id) };
        const slot: Slot = {
          source: item.source,
          prepared: threads === 1 ? timeStep(options, 'extract+text', () => preparer.prepare(raw)) : preparer.prepare(raw),
        };
        // a slot holds its document as soon as it is prepared, so the ones ready are reported without waiting
        if (slot.prepared instanceof Promise) slot.prepared.then((done) => (slot.prepared = done));
        waiting.push(slot);
      }
      await drain(preparer.window);
      if (stopped) return;
      // ingest hands out a buffered file's records without leaving the microtask queue: let the workers'
      // answers in, so that they get more work before this thread takes the next document itself
      if (preparer.pooled) await new Promise(setImmediate);
    }
    await drain(1);
  };
  let read = false;
  try {
    // with worker threads, per-document times mean little: the whole reading is timed (CPU: every thread's)
    await (threads === 1 ? work() : timeStepAsync(options, `read+prepare (${threads} threads)`, work));
    read = true;
  } finally {
    // the workers enrich what they kept, then end; the pool is closed once they have answered
    if (read && laterIds.size > 0) later = { ids: laterIds, answer: preparer.enrichKept() };
    else await preparer.close();
    if (options.workersOnly) options.workersOnly.prepared += preparer.inWorkers;
  }
  return { documents, problems, prepared, preparedInWorkers: preparer.inWorkers, later };
}

/** The relations among each story's documents (a copy across two stories belongs to neither). */
function groupRelations(groups: StoryGroup[], relations: Relation[]): Relation[][] {
  const storyOf = new Map<DocId, number>();
  groups.forEach((g, i) => g.documents.forEach((d) => storyOf.set(d, i)));
  const out: Relation[][] = groups.map(() => []);
  for (const r of relations) {
    const i = storyOf.get(r.from);
    if (i !== undefined && storyOf.get(r.to) === i) out[i].push(r);
  }
  return out;
}

/** The whole job: paths in, report out. */
export async function analyze(paths: string[], options: AnalyzeOptions = {}): Promise<Report> {
  return collectReport(await analyzeStream(paths, options));
}

/**
 * The whole job, the report's stories worked out as they are written (ReportStream): a run writing it
 * story by story never holds every story's account, and lets each story's articles go once it is done.
 */
export async function analyzeStream(paths: string[], options: AnalyzeOptions = {}): Promise<ReportStream> {
  keepHeapNearLive(ANALYZE_HEAP_GROWING_PERCENT);
  // the workers enrich their documents after the reading, while this thread runs flags, provenance and clustering
  // (the stage hook runs on this thread only)
  const { documents, problems, prepared, later } = await readDocuments(paths, options, !options.beforeStage);
  const threads = options.threads ?? defaultThreads();
  // worker threads pay for their start on a large input only; the stage hook runs on this thread only
  const pooled = threads > 1 && documents.length > (options.poolAfter ?? POOL_AFTER) && !options.beforeStage;
  // the run holds the only array of the documents as read: analyzeUpToStories lets them go before clustering
  // (their copies hold what the later stages read)
  const upTo = analyzeUpToStories(documents, problems, options, prepared, documents, later?.ids);
  // the workers' answer comes once they are done (they end then), taken even when no document waits for it
  const answer = later && (await later.answer);
  const { parts, work } = (answer && upTo.settle?.(answer)) || upTo;
  return buildReport({ ...parts, stories: pooled ? accountsInThreads(work, threads) : storyAccounts(work) });
}

/**
 * The documents in one canonical order, whatever order they were given in: by publication time
 * (undated last), then by a hash of their text, then by text and id. Their `order` is renumbered to
 * it, so every tie-break downstream (arrival order for clustering, which document a relation starts
 * from, which sentence represents a claim) depends on the content, never on the input order.
 */
export function canonicalOrder(documents: TextDocument[]): TextDocument[] {
  const sorted = [...documents].sort(canonicalCompare);
  return sorted.map((doc, order) => (doc.order === order ? doc : { ...doc, order }));
}

/** What the canonical order reads of a document (the story base orders stored documents by it too). */
type Ordered = Pick<TextDocument, 'published' | 'captured' | 'text' | 'id'>;
const orderKeys = new WeakMap<Ordered, { time: number; hash: number }>();
function orderKey(doc: Ordered): { time: number; hash: number } {
  let key = orderKeys.get(doc);
  if (!key) {
    // an undated page from a web archive by its capture (it was online by then), as when the capture was taken for its date
    orderKeys.set(doc, (key = { time: storedInstant(doc.published ?? doc.captured) ?? Infinity, hash: fnv1a(doc.text) }));
  }
  return key;
}

/** The canonical order of two documents: publication time (undated last), hash of the text, text, id. */
export function canonicalCompare(a: Ordered, b: Ordered): number {
  const x = orderKey(a);
  const y = orderKey(b);
  if (x.time !== y.time) return x.time < y.time ? -1 : 1;
  if (x.hash !== y.hash) return x.hash - y.hash;
  if (a.text !== b.text) return a.text < b.text ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The problem line of an input a stage failed on. */
function stageProblem(source: string, stage: StageName, reason: string, consequence: string): Problem {
  return { source, reason: `${stage} stage failed: ${reason}; ${consequence}` };
}

/**
 * Everything after the text stage, over documents already read. A failure in any stage stays with
 * the document or story it happened on: that one gets a problem line naming the stage and the reason,
 * and the rest of the report is written. A document a stage fails on leaves the run; a story whose
 * account fails is listed without it. `prepared` holds fingerprints and enrichments worked out while
 * reading (readDocuments): the stages use them instead of working them out, and empty it.
 */
export function analyzeDocuments(documents: TextDocument[], problems: Problem[] = [], options: AnalyzeOptions = {}, prepared?: PreparedParts): Report {
  return collectReport(streamDocuments(documents, problems, options, prepared));
}

/** analyzeDocuments, the stories worked out as they are read (ReportStream). */
export function streamDocuments(documents: TextDocument[], problems: Problem[] = [], options: AnalyzeOptions = {}, prepared?: PreparedParts): ReportStream {
  const { parts, work } = analyzeUpToStories(documents, problems, options, prepared);
  return buildReport({ ...parts, stories: storyAccounts(work) });
}

/** The report's parts but its stories, and what the stories' accounts are worked out from. */
interface UpToStories {
  parts: { documents: ReportDocument[]; relations: Relation[]; quotations: CommonQuotation[]; problems: Problem[]; generatedAt?: string };
  work: StoryWork;
  /**
   * With documents enriched later (`later`): takes their worker's packed enrichments once clustering is done, and
   * enriches here those missing from them. Null when that changes nothing else; when one of them throws here too,
   * the parts and work again without it, as one thread makes them (its problem line in canonical order, the
   * stories clustered without it).
   */
  settle?: (answer: Map<DocId, Uint8Array>) => { parts: UpToStories['parts']; work: StoryWork } | null;
}

/** The report's parts but its stories, and what the stories' accounts are worked out from. `later`: documents
 * their worker enriches meanwhile (readDocuments' `enrichLater`), clustered before their enrichments come (settle). */
function analyzeUpToStories(
  documents: TextDocument[],
  problems: Problem[],
  options: AnalyzeOptions,
  prepared?: ReadParts,
  owned?: TextDocument[],
  later?: Set<DocId>,
): UpToStories {
  const { beforeStage } = options;
  problems = [...problems];
  documents = canonicalOrder(documents);
  // Stages over the whole collection: a document that makes one throw is found and left out (`left`).
  let failed = new Set<ClusterDocument>();
  const acrossDocuments = <D extends ClusterDocument, T>(stage: StageName, docs: D[], run: (docs: D[]) => T, consequence: string): T | null => {
    const result = timeStep(options, stage, () =>
      runIsolated(docs, (some) => {
        if (beforeStage) for (const d of some) beforeStage(stage, d.id);
        return run(some);
      }),
    );
    for (const { item, reason } of result.failed) problems.push(stageProblem(item.source, stage, reason, 'the article is left out'));
    if (result.wholeFailure) problems.push(stageProblem('(all articles)', stage, result.wholeFailure, consequence));
    failed = new Set(result.failed.map((f) => f.item));
    return result.value;
  };
  const left = <D extends ClusterDocument>(docs: D[]): D[] => docs.filter((d) => !failed.has(d));
  const flags = acrossDocuments('flags', documents, documentFlags, 'no document is flagged as spun or translated') ?? new Map<DocId, DocumentFlags>();
  documents = left(documents);
  const fingerprintOf = (d: TextDocument) => prepared?.fingerprints.get(d.id) ?? fingerprint(d);
  // copies by shared wording, then each translated article's original in another language (one source family)
  let quotations: CommonQuotation[] = [];
  const relations =
    acrossDocuments(
      'provenance',
      documents,
      (docs) => {
        quotations = [];
        const copies = findRelations(docs, docs.map(fingerprintOf), quotations);
        const translations = translationRelations(docs, flags, copies);
        return translations.length ? [...copies, ...translations] : copies;
      },
      'no copy relations are reported',
    ) ?? [];
  documents = left(documents);
  // fingerprints serve provenance only: let them go
  prepared?.fingerprints.clear();
  // per document: entities, quotes, numbers, dates; kept packed until the document's story is worked out
  // (measured on all of Reuters: 64 MB as objects through clustering, the stage that needs the most memory)
  // (those prepared on worker threads are packed already)
  const packed = prepared?.packed ?? packedEnrichments();
  const enrichments = new Map<DocId, number>();
  const beforeEnrich = problems.length;
  /** enrich's problem lines, with their documents' places in the canonical order */
  const enrichProblems: Array<{ order: number; problem: Problem }> = [];
  /** the paragraphs of the documents enriched later (only enrich reads them then) */
  const pending = new Map<DocId, string[]>();
  timeStep(options, 'enrich', () => {
    for (const d of documents) {
      // enriched on its worker while this thread clusters: it counts as enriched until the answer says otherwise
      if (later?.has(d.id)) {
        pending.set(d.id, d.paragraphs);
        enrichments.set(d.id, -1);
        continue;
      }
      const out = attempt(() => {
        beforeStage?.('enrich', d.id);
        return prepared?.enrichments.get(d.id) ?? packed.add(enrichDocument(d));
      });
      if ('value' in out) enrichments.set(d.id, out.value);
      else enrichProblems.push({ order: d.order, problem: stageProblem(d.source, 'enrich', out.reason, 'the article is left out') });
    }
  });
  for (const { problem } of enrichProblems) problems.push(problem);
  prepared?.enrichments.clear();
  // paragraphs are read by enrich and provenance only: clustering and the accounts hold the documents without them
  // (all of Reuters: 288 -> 266 MB live as clustering starts, the documents as read let go with them)
  let clustered: ClusterDocument[] | null = documents.filter((d) => enrichments.has(d.id)).map(clusterDocument);
  // the documents as read are garbage now, when the run holds the only array of them (analyzeStream)
  documents = [];
  if (owned) owned.length = 0;
  const upTo: UpToStories = fromClustering(clustered, prepared?.features);
  if (pending.size === 0) return upTo;
  upTo.settle = (answer) => {
    const docs = clustered as ClusterDocument[];
    // held until the answer only
    clustered = null;
    const failedHere: typeof enrichProblems = [];
    let answered = 0;
    let here = 0;
    for (const d of docs) {
      const paragraphs = pending.get(d.id);
      if (!paragraphs) continue;
      const bytes = answer.get(d.id);
      if (bytes) {
        answered++;
        enrichments.set(d.id, packed.addBytes(bytes));
        continue;
      }
      // its worker crashed, or its enrichment threw there: as the enrich stage above does it
      here++;
      const out = attempt(() => packed.add(enrichDocument({ ...d, paragraphs })));
      if ('value' in out) enrichments.set(d.id, out.value);
      else {
        enrichments.delete(d.id);
        failedHere.push({ order: d.order, problem: stageProblem(d.source, 'enrich', out.reason, 'the article is left out') });
      }
    }
    pending.clear();
    const counts = options.workersOnly;
    if (counts?.enrichedLater !== undefined) counts.enrichedLater += answered;
    if (counts?.enrichedAfterHere !== undefined) counts.enrichedAfterHere += here;
    if (failedHere.length === 0) return null;
    // as one thread: the enrich stage's problem lines in canonical order, the stages after it without those documents
    problems = problems.slice(0, beforeEnrich);
    for (const { problem } of [...enrichProblems, ...failedHere].sort((a, b) => a.order - b.order)) problems.push(problem);
    return fromClustering(
      docs.filter((d) => enrichments.has(d.id)),
      undefined,
    );
  };
  return upTo;

  /** Clustering and what the accounts are worked out from. */
  function fromClustering(clustered: ClusterDocument[], fromWorkers: Map<DocId, DocFeatures> | undefined): UpToStories {
    // clustering holds the most at once (every article, its features and vectors, every story's centroids)
    // the features worked out on worker threads while reading are taken as they are (a worker's are a document's own)
    let featuresTaken = 0;
    const features = fromWorkers?.size
      ? (d: ClusterDocument) => {
          const f = fromWorkers.get(d.id);
          if (f) featuresTaken++;
          return f;
        }
      : undefined;
    const pageKinds = new Map<DocId, string>();
    const groups = withHeapNearerLive(
      CLUSTER_HEAP_GROWING_PERCENT,
      () => acrossDocuments('cluster', clustered, (docs) => clusterStories(docs, { features, pageKinds }), 'no stories are formed') ?? [],
    );
    fromWorkers?.clear();
    if (options.workersOnly) options.workersOnly.features += featuresTaken;
    clustered = left(clustered);
    // a page of a kind that tells no event (a recipe, a legal notice) stands apart: a note on it says why, in the documents' order
    for (const d of pageKinds.size ? clustered : []) {
      const kind = pageKinds.get(d.id);
      if (kind) problems.push(withProblemRule({ source: d.source, reason: eventlessReason(kind) }));
    }
    // the accounts hold each document until its story is done: without what only the stages above read
    const byId = new Map(clustered.map((d) => [d.id, storyDocument(d)]));
    const kept = (r: Relation) => byId.has(r.from) && byId.has(r.to);
    const keptRelations = relations.every(kept) ? relations : relations.filter(kept);
    const keptQuotations = quotations.filter((q) => byId.has(q.a) && byId.has(q.b));
    const storyDocuments = groups.map((g) => g.documents.map((id) => byId.get(id)).filter((d): d is StoryDocument => !!d));
    const noFlags = () => ({ spun: { ...NO_FLAG, evidence: [] }, translated: { ...NO_FLAG, evidence: [] } });
    return {
      parts: {
        documents: clustered.map((d) => reportDocument(d, flags.get(d.id) ?? noFlags())),
        relations: keptRelations,
        quotations: keptQuotations,
        problems,
        generatedAt: options.generatedAt,
      },
      work: {
        groups,
        documents: storyDocuments,
        relations: groupRelations(groups, keptRelations),
        enrichments: { packed, of: enrichments },
        flags,
        problems,
        options,
      },
    };
  }
}

/**
 * A document as clustering holds it: its paragraphs (read only by enrich and provenance) left out. Made as a literal
 * with every field, in the order the extractor gives them (extract/plain), not by an object rest, which copies the
 * fields a document has: one object shape for every document, whichever optional fields it holds or was read back
 * without (a stored one: JSON leaves out a field whose value is undefined) -- V8 deoptimised the stages' loops over a
 * story's documents when a second shape came (bench/HISTORY.md speed134, speed135).
 */
export function clusterDocument(doc: TextDocument): ClusterDocument {
  const kept: Complete<ClusterDocument> = {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    published: doc.published,
    publishedInText: doc.publishedInText,
    localDay: doc.localDay,
    publishedZone: doc.publishedZone,
    captured: doc.captured,
    removed: doc.removed,
    order: doc.order,
    languageHint: doc.languageHint,
    originalOutlet: doc.originalOutlet,
    outletEvidence: doc.outletEvidence,
    encodingRepaired: doc.encodingRepaired,
    cut: doc.cut,
    language: doc.language,
    text: doc.text,
    sentences: doc.sentences,
    termCounts: doc.termCounts,
    titleTerms: doc.titleTerms,
    termIds: doc.termIds,
    titleTermIds: doc.titleTermIds,
  };
  return kept;
}

/**
 * A document as the stories' accounts hold it: its paragraphs, term counts and title terms (read only by
 * enrich, provenance and clustering) left out, so they leave memory with the run's documents once the
 * stories are formed (all of Reuters: 54 MB of the 383 MB live when the accounts start).
 */
export function storyDocument(doc: ClusterDocument & { paragraphs?: string[] }): StoryDocument {
  // a literal with every field, as clusterDocument's
  const kept: Complete<StoryDocument> = {
    id: doc.id,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    published: doc.published,
    publishedInText: doc.publishedInText,
    localDay: doc.localDay,
    publishedZone: doc.publishedZone,
    captured: doc.captured,
    removed: doc.removed,
    order: doc.order,
    languageHint: doc.languageHint,
    originalOutlet: doc.originalOutlet,
    outletEvidence: doc.outletEvidence,
    encodingRepaired: doc.encodingRepaired,
    cut: doc.cut,
    language: doc.language,
    text: doc.text,
    sentences: doc.sentences,
    termIds: doc.termIds,
  };
  return kept;
}

/** What the per-story stages work from. Each story's entries are let go once its account is read. */
interface StoryWork {
  groups: Array<StoryGroup | null>;
  documents: Array<StoryDocument[] | null>;
  relations: Array<Relation[] | null>;
  /** each document's enrichment, packed (null once every story is done) */
  enrichments: { packed: PackedValues<DocumentEnrichment>; of: Map<DocId, number> } | null;
  flags: Map<DocId, DocumentFlags>;
  problems: Problem[];
  options: AnalyzeOptions;
}

/** Story i's input, its enrichments unpacked (the time it takes added to `clock`). */
function storyInput(work: StoryWork, i: number, clock?: StepClock): StoryInput {
  const documents = work.documents[i] ?? [];
  const { packed, of } = work.enrichments!;
  return {
    group: work.groups[i]!,
    documents,
    relations: work.relations[i] ?? [],
    enrichments: timeStep(clock, 'enrich', () => documents.map((d) => packed.get(of.get(d.id)!))),
    flags: work.flags,
  };
}

/** A story's account as the report lists it (or its JSON list item); a stage that failed on it is a problem line. */
function listed<O extends AccountOutcome | ItemOutcome>(work: StoryWork, outcome: O): O {
  const { story, failed } = outcome;
  if (failed) work.problems.push(stageProblem(`story ${story.id} (${story.title})`, failed.stage, failed.reason, 'the story is listed without its account'));
  return outcome;
}

/** Story i's account is handed out: let its documents and relations go. */
function letGo(work: StoryWork, i: number): void {
  work.groups[i] = work.documents[i] = work.relations[i] = null;
}

/**
 * The stories' accounts, worked out one story at a time as they are read: per story, entities linked
 * across its documents' spellings, quote speakers resolved, then the account. Once a story's account is
 * handed out, its documents and enrichments are let go: written story by story, a run holds one story's
 * account at a time, and the articles' tokens leave memory as their stories are done.
 */
function storyAccounts(work: StoryWork): StoryList {
  const { options } = work;
  return readOnce(
    work.groups.length,
    (i) => {
      const { story } = listed(work, storyAccount(storyInput(work, i, options), options));
      letGo(work, i);
      return story;
    },
    () => {
      work.enrichments = null;
    },
  );
}

/**
 * A story list read once, story i worked out as it is reached; `end` runs after the last (or once the reading
 * stops). With `itemAt`, the list can be read instead as JSON list items (StoryList.jsonItems).
 */
function readOnce(count: number, storyAt: (i: number) => ReportStory, end?: () => void, itemAt?: (i: number) => string): StoryList {
  let read = false;
  function* each<T>(at: (i: number) => T): Generator<T> {
    if (read) throw new Error('the stories of a report stream are read once');
    read = true;
    // what only the stages before the accounts held is garbage by now (the run's documents, the clusterer)
    collectAfterShrinking();
    try {
      for (let i = 0; i < count; i++) yield at(i);
    } finally {
      end?.();
    }
  }
  return {
    length: count,
    [Symbol.iterator]: () => each(storyAt),
    ...(itemAt ? { jsonItems: () => each(itemAt) } : {}),
  };
}

/**
 * The stories' accounts worked out on worker threads and this one (src/accounts/threads.ts) as the report is
 * written, in story order: the same accounts, in the same order, with the same problem lines as
 * storyAccounts. Only a window of accounts waits at any time (each is written once it and those before it
 * are known), and the workers work while this thread writes.
 */
function accountsInThreads(work: StoryWork, threads: number): StoryList {
  const { options } = work;
  const { packed, of } = work.enrichments!;
  // read as JSON list items (jsonItems): each account is written where it is worked out, a worker's as it is
  // worked out there (all of Reuters: its objects' trip back and their JSON were ~10 s of this thread's samples)
  let items = false;
  const source: StorySource<AccountOutcome | ItemOutcome> = {
    count: work.groups.length,
    packed: (i, strings) => {
      const documents = work.documents[i] ?? [];
      const story = { group: work.groups[i]!, documents, relations: work.relations[i] ?? [], flags: work.flags };
      const bytes = packStory(
        story,
        documents.map((d) => packed.bytes(of.get(d.id)!)),
        strings,
      );
      return items ? { ...bytes, item: i === 0 ? 'first' : 'next' } : bytes;
    },
    // timed as a whole (stories), like the workers' share
    local: (i) => {
      const outcome = storyAccount(storyInput(work, i));
      return items ? storyItem(outcome, i === 0) : outcome;
    },
    done: (i) => letGo(work, i),
    // asked while its input is held (handed out, not yet done)
    weight: (i) => {
      let sentences = 0;
      for (const d of work.documents[i] ?? []) sentences += d.sentences.length;
      return sentences;
    },
  };
  // the workers start now: they load their modules while this thread writes the documents and collects clustering's
  // garbage, so that they take stories from the first one
  const stream = new AccountStream(source, { threads, help: !options.workersOnly });
  const step = `stories (${threads} threads)`;
  const outcomeAt = (i: number) =>
    listed(
      work,
      timeStep(options, step, () => stream.at(i)),
    );
  return readOnce(
    work.groups.length,
    (i) => (outcomeAt(i) as AccountOutcome).story,
    () => {
      work.enrichments = null;
      if (options.workersOnly) options.workersOnly.accounts += stream.inWorkers;
      void stream.close();
    },
    (i) => {
      items = true;
      return (outcomeAt(i) as ItemOutcome).item;
    },
  );
}
