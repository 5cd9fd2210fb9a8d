// One story's account: entities linked across its documents' spellings, quote speakers resolved, then the
// synthesis and the report's entry. It reads only the story's own documents, relations, enrichments and
// flags, so each story can be worked out on its own, here or on a worker thread (account-worker.ts).
import type { DocId, DocumentEnrichment, DocumentFlags, Relation, ReportStory, StageName, StoryGroup, StoryDocument } from '../model.ts';
import { linkStory } from '../enrich/index.ts';
import { synthesizeStory } from '../synthesize/index.ts';
import { reportStory, EMPTY_SYNTHESIS, jsonListItem } from '../report/index.ts';
import { attempt } from '../common/isolate.ts';
import { timeStep, type StepClock } from '../common/step-clock.ts';

/** What one story's account is worked out from. */
export interface StoryInput {
  group: StoryGroup;
  documents: StoryDocument[];
  relations: Relation[];
  /** each document's enrichment, in the order of `documents` */
  enrichments: DocumentEnrichment[];
  /** the documents' provenance flags (a document without flags has none here) */
  flags: Map<DocId, DocumentFlags>;
}

/** A story's account, and the stage that failed on it (the story is then listed without its account). */
export interface AccountOutcome {
  story: ReportStory;
  failed?: { stage: StageName; reason: string };
}

/** A story's account as the JSON report lists it (StoryList.jsonItems): the item's text, the story's id and title,
 * and the stage that failed on it (for its problem line). */
export interface ItemOutcome {
  item: string;
  story: Pick<ReportStory, 'id' | 'title'>;
  failed?: AccountOutcome['failed'];
}

/** The account written as the JSON report's list item (`first`: the list's first, no comma before it). */
export function storyItem(outcome: AccountOutcome, first: boolean): ItemOutcome {
  const { story, failed } = outcome;
  return { item: jsonListItem(story, first), story: { id: story.id, title: story.title }, ...(failed ? { failed } : {}) };
}

export interface AccountHooks extends StepClock {
  /** called before a stage works on the story (analyze's beforeStage) */
  beforeStage?: (stage: StageName, id: string) => void;
}

export function storyAccount(input: StoryInput, hooks: AccountHooks = {}): AccountOutcome {
  const { group: g, documents: docs, relations, flags } = input;
  let stage: StageName = 'link';
  const story = attempt(() => {
    hooks.beforeStage?.(stage, g.id);
    const enrichments = new Map(docs.map((d, i) => [d.id, input.enrichments[i]]));
    const { entities, quotes } = timeStep(hooks, 'enrich', () => linkStory(docs, input.enrichments));
    hooks.beforeStage?.((stage = 'synthesize'), g.id);
    const synthesis = timeStep(hooks, 'synthesize', () => synthesizeStory({ group: g, documents: docs, relations, enrichments, entities, quotes, flags }));
    hooks.beforeStage?.((stage = 'report'), g.id);
    return reportStory(g, synthesis);
  });
  if ('value' in story) return { story: story.value };
  return { story: reportStory(g, EMPTY_SYNTHESIS), failed: { stage, reason: story.reason } };
}
