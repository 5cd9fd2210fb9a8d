// What the story base hands out (read API) and what an ingest reports. Re-exported by src/store/index.ts.
import type { Problem, RawDocument, Relation, Report, ReportDocument, ReportStory } from '../model.ts';
import type { IngestOptions } from '../ingest/index.ts';
import type { Reached } from './addresses.ts';

export interface StorySummary {
  id: string;
  title: string;
  documents: number;
  independentSources: number;
  outlets: string[];
  languages: string[];
  /** earliest and latest publication date among its documents */
  firstSeen: string | null;
  latest: string | null;
  /** when the base last changed the story */
  updatedAt: string;
}

/** A story's summary, its cited briefing and the documents the briefing cites (a feed entry's content). */
export interface StoryBriefing {
  summary: StorySummary;
  briefing: ReportStory['briefing'];
  documents: ReportDocument[];
}

/** An article of a story as the base first saw it (version 1) or saw its text change (version 2 on), and when. */
export interface StoryChange {
  document: string;
  version: number;
  seen: string;
}

export interface DocumentVersion {
  version: number;
  seen: string;
  contentHash: string;
}

export interface DocumentView {
  /** the latest version, as the report shows it */
  document: ReportDocument;
  relations: Relation[];
  stories: string[];
  versions: DocumentVersion[];
  /** the other addresses it was reached at, as given: asked for on the command line, redirected from (addresses.ts) */
  addresses: string[];
  /** the same addresses, each with how it reached the article: 'asked' (given to an ingest), 'redirect' (a redirect led
   * from it), 'page' (the address it was read at, where its page names another URL) */
  reached: Reached[];
}

export interface SearchHit {
  kind: 'story' | 'document';
  id: string;
  title: string;
  /** plain text, HTML-escaped, with the matched words in <b>..</b> */
  snippet: string;
  /** the words' rank; 0 for an address's or a domain's hit without words (newest first, not ranked) */
  rank: number;
  /** where it was published: the article's outlet, the story's outlets (a researcher picks Reuters from a copy) */
  outlets: string[];
  /** when: the article's publication date, the story's latest article's (as stored; null when unknown) */
  date: string | null;
  /** for an address's or a domain's hit: the address the article was reached at that matched */
  address?: string;
}

export interface StoredProblem extends Problem {
  seen: string;
  /** a line on an input used all the same (common/problem-rules.ts isNote): not an input that could not be used */
  note?: true;
}

export interface StoryQuery {
  since?: string;
  until?: string;
  outlet?: string;
  language?: string;
  sort?: 'newest' | 'sources' | 'growing';
  limit?: number;
  offset?: number;
}

/** What one ingest changed. */
export interface IngestSummary {
  /** documents read (problems not counted) */
  read: number;
  newDocuments: number;
  newVersions: number;
  unchanged: number;
  /** inputs (or parts of one) not used, and redirects whose addresses are not kept */
  problems: number;
  /** lines on inputs used all the same: a text cut, NUL bytes taken out, a field left out, a redirect waiting for its page */
  notes: number;
  /** addresses a redirect led from, new to the article it leads to (a web archive's redirect, before or after its page,
   * or in an earlier run; a fetch's hops) */
  linked: number;
  /** a web archive's redirects whose page the base does not hold yet: their addresses wait for it in the base */
  waiting: number;
  /** waiting redirects whose page did not come within REDIRECT_WAIT_DAYS of the last ingest that met them: they wait no
   * more, a line each says so (their addresses are not kept) */
  expired: number;
  storiesOpened: number;
  storiesGrown: number;
  /** stories that went into another */
  storiesMerged: number;
  /** ids of the stories opened or changed */
  stories: string[];
  /** the base's change counter after the ingest */
  seq: number;
}

export interface BaseIngestOptions extends IngestOptions {
  onProblem?(p: Problem): void;
  /** called after each committed batch with the inputs read so far */
  onBatch?(read: number): void;
  /** stops the run between two inputs or two statements (and a fetch under way): the batch being written commits
   * nothing, the ingest rejects with the signal's reason */
  signal?: AbortSignal;
  /** inputs per transaction (default 200) */
  batchSize?: number;
  /** threads preparing the inputs (extract, text, fingerprint, enrich), this one included: with 2 or more, worker
   * threads prepare them a batch ahead, while this thread commits the batch before (default 1) */
  threads?: number;
  /** when given, milliseconds spent per step are added here (benchmarks) */
  timings?: Record<string, number>;
  /** when given, CPU milliseconds (user + system, this process) spent per step are added here (benchmarks) */
  cpuTimings?: Record<string, number>;
}

/** A page of a list and how many the whole list holds. */
export interface Counted<T> {
  items: T[];
  total: number;
}

export interface StoryBase {
  readonly location: string;
  ingest(inputs: string[], options?: BaseIngestOptions): Promise<IngestSummary>;
  /** records read already (the write API's): `problems`, the lines of records the caller could not read, are stored and
   * counted with the readings' own, which `onProblem` is told */
  ingestRaw(docs: RawDocument[], options?: { problems?: Problem[]; onProblem?(p: Problem): void }): Promise<IngestSummary>;
  stories(q?: StoryQuery): Promise<StorySummary[]>;
  storyReport(id: string): Promise<Report | null>;
  /** what a feed shows of stories given by any id they had (unknown ones left out, each story once, in order) */
  storyBriefings(ids: string[]): Promise<StoryBriefing[]>;
  /** when the base saw each article of a story and each new version of one, oldest first (none for an unknown id) */
  storyChanges(id: string): Promise<StoryChange[]>;
  document(id: string): Promise<DocumentView | null>;
  search(text: string, q?: { limit?: number; offset?: number }): Promise<SearchHit[]>;
  problems(q?: { limit?: number; offset?: number }): Promise<StoredProblem[]>;
  /** a page of stories, search hits or problems and how many the whole list holds (for a client's paging) */
  countedStories(q?: StoryQuery): Promise<Counted<StorySummary>>;
  countedSearch(text: string, q?: { limit?: number; offset?: number }): Promise<Counted<SearchHit>>;
  countedProblems(q?: { limit?: number; offset?: number }): Promise<Counted<StoredProblem>>;
  export(q?: { since?: string; until?: string }): Promise<Report>;
  changedSince(seq: number): Promise<{ seq: number; stories: StorySummary[] }>;
  close(): Promise<void>;
}
