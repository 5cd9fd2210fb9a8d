// What the server reads from the story base (src/store): the summaries and views its pages render.
// (Mirrors src/store's read interface until that branch is merged; then these become re-exports.)
import type { RawDocument, Relation, Report, ReportDocument } from '../model.ts';

export interface StoryQuery {
  since?: string;
  until?: string;
  outlet?: string;
  language?: string;
  sort?: 'newest' | 'sources' | 'growing';
  limit?: number;
  offset?: number;
}

export interface StorySummary {
  id: string;
  title: string;
  documents: number;
  independentSources: number;
  outlets: string[];
  languages: string[];
  firstSeen: string | null;
  latest: string | null;
  updatedAt: string;
}

export interface SearchHit {
  kind: 'story' | 'document';
  id: string;
  title: string;
  snippet: string;
  rank: number;
}

export interface StoredProblem {
  source: string;
  reason: string;
  seen: string;
}

export interface DocumentView {
  document: ReportDocument;
  relations: Relation[];
  stories: string[];
  versions: Array<{ version: number; seen: string; contentHash: string }>;
}

export interface StoryBase {
  readonly location: string;
  ingest(inputs: string[], options?: unknown): Promise<unknown>;
  ingestRaw(docs: RawDocument[]): Promise<unknown>;
  stories(q?: StoryQuery): Promise<StorySummary[]>;
  storyReport(id: string): Promise<Report | null>;
  document(id: string): Promise<DocumentView | null>;
  search(text: string, q?: { limit?: number; offset?: number }): Promise<SearchHit[]>;
  problems(q?: { limit?: number; offset?: number }): Promise<StoredProblem[]>;
  export(q?: { since?: string }): Promise<Report>;
  changedSince(seq: number): Promise<{ seq: number; stories: StorySummary[] }>;
  close(): Promise<void>;
}
