// All documents of a fixture as one story, through provenance and enrichment as the pipeline runs them: the
// synthesis tests' common start (test/synthesize, src/synthesize/briefing-setting).
import { readDocuments } from '../src/pipeline.ts';
import { findRelations, documentFlags } from '../src/provenance/index.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { synthesizeStory } from '../src/synthesize/index.ts';
import type { Relation, StoryGroup, StorySynthesis, TextDocument } from '../src/model.ts';

export interface OneStoryRun {
  documents: TextDocument[];
  relations: Relation[];
  group: StoryGroup;
  synthesis: StorySynthesis;
}

/** All documents of `path` as one story; `withFlags` false leaves the spun / translated flags out. */
export async function asOneStory(path: string, withFlags = true): Promise<OneStoryRun> {
  const { documents } = await readDocuments([path]);
  const relations = findRelations(documents);
  const flags = withFlags ? documentFlags(documents) : new Map();
  const enrichments = new Map(documents.map((d) => [d.id, enrichDocument(d)]));
  const { entities, quotes } = linkStory(
    documents,
    documents.map((d) => enrichments.get(d.id)!),
  );
  const group: StoryGroup = {
    id: 'story',
    title: documents[0].title,
    documents: documents.map((d) => d.id),
    members: [],
    why: ['all fixture articles, one story'],
    period: { start: null, end: null },
  };
  const synthesis = synthesizeStory({ group, documents, relations, enrichments, entities, quotes, flags });
  return { documents, relations, group, synthesis };
}
