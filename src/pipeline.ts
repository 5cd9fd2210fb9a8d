// The one place that knows every stage: sources -> ingest -> extract -> text -> ... -> report.
import type { DocId, DocumentEnrichment, Problem, RawDocument, Relation, Report, StoryGroup, TextDocument } from './model.ts';
import { ingestPaths, isProblem, type IngestOptions } from './ingest/index.ts';
import { extractArticle } from './extract/index.ts';
import { withProblemRule } from './common/problem-rules.ts';
import { analyzeText } from './text/index.ts';
import { documentFlags, findRelations } from './provenance/index.ts';
import { enrichDocument, linkStory } from './enrich/index.ts';
import { clusterStories } from './cluster/index.ts';
import { synthesizeStory } from './synthesize/index.ts';
import { buildReport, reportDocument, reportStory } from './report/index.ts';

export interface AnalyzeOptions extends IngestOptions {
  /** called for every input that cannot be used, as soon as it is known */
  onProblem?: (p: Problem) => void;
  /** called after each input document is processed */
  onDocument?: (count: number) => void;
  /** timestamp written into the report (left out when absent, so output is deterministic) */
  generatedAt?: string;
  /** when given, milliseconds spent per stage are added here (benchmarks) */
  timings?: Record<string, number>;
}

/** Run one stage, adding its time to `timings` when asked. */
function timed<T>(timings: Record<string, number> | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}

/** Documents that reached the text stage, and the problems met on the way. */
export interface ReadResult {
  documents: TextDocument[];
  problems: Problem[];
}

/** Why a document holds no article, or null when it does. */
function emptyArticleReason(doc: TextDocument): string | null {
  if (doc.sentences.length === 0) return 'no article text found (everything was page chrome or empty)';
  return null;
}

/** RawDocument -> TextDocument, or the problem that stopped it. A crash in a stage is one input's problem. */
export function processRaw(raw: RawDocument): TextDocument | Problem {
  try {
    const article = extractArticle(raw);
    const doc = analyzeText(article);
    const reason = emptyArticleReason(doc);
    return reason ? { source: raw.source, reason } : doc;
  } catch (err) {
    return { source: raw.source, reason: `could not be processed (${(err as Error)?.message?.split('\n')[0] ?? err})` };
  }
}

/** Make ids unique in a run: a later document with a taken id gets "~2", "~3", ... */
function uniqueIds(): (id: DocId) => DocId {
  const seen = new Map<DocId, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  };
}

/** Ingest, extract and analyse every input. */
export async function readDocuments(paths: string[], options: AnalyzeOptions = {}): Promise<ReadResult> {
  const documents: TextDocument[] = [];
  const problems: Problem[] = [];
  const problem = (found: Problem) => {
    const p = withProblemRule(found);
    problems.push(p);
    options.onProblem?.(p);
  };
  const unique = uniqueIds();
  let count = 0;
  for await (const item of ingestPaths(paths, options)) {
    if (isProblem(item)) {
      problem(item);
      continue;
    }
    const result = timed(options.timings, 'extract+text', () => processRaw({ ...item, id: unique(item.id) }));
    if (isProblem(result)) problem(result);
    else documents.push(result);
    options.onDocument?.(++count);
  }
  return { documents, problems };
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
  const { documents, problems } = await readDocuments(paths, options);
  return analyzeDocuments(documents, problems, options);
}

/** Everything after the text stage, over documents already read. */
export function analyzeDocuments(documents: TextDocument[], problems: Problem[] = [], options: AnalyzeOptions = {}): Report {
  const flags = timed(options.timings, 'flags', () => documentFlags(documents));
  const relations = timed(options.timings, 'provenance', () => findRelations(documents));
  const groups = timed(options.timings, 'cluster', () => clusterStories(documents));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const storyDocuments = groups.map((g) => g.documents.map((id) => byId.get(id)).filter((d): d is TextDocument => !!d));
  const relationsByStory = groupRelations(groups, relations);
  const enrichments = timed(options.timings, 'enrich', () => new Map<DocId, DocumentEnrichment>(documents.map((d) => [d.id, enrichDocument(d)])));
  // per story: entities linked across its documents' spellings, quote speakers resolved to them
  const links = timed(options.timings, 'enrich', () =>
    storyDocuments.map((docs) => linkStory(docs, docs.map((d) => enrichments.get(d.id)!))),
  );
  const stories = timed(options.timings, 'synthesize', () =>
    groups.map((g, i) => {
      const { entities, quotes } = links[i];
      return reportStory(
        g,
        synthesizeStory({
          group: g,
          documents: storyDocuments[i],
          relations: relationsByStory[i],
          enrichments,
          entities,
          quotes,
          flags,
        }),
      );
    }),
  );
  return buildReport({
    documents: documents.map((d) => reportDocument(d, flags.get(d.id))),
    relations,
    stories,
    problems,
    generatedAt: options.generatedAt,
  });
}
