import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguageModel } from '../common/language.ts';
import { stemOf } from '../common/term-counts.ts';
import { enrichDocument, packEnrichment } from '../enrich/index.ts';
import type { StoryGroup } from '../model.ts';
import { storyDocument } from '../pipeline.ts';
import { seedTexts } from '../../test/seed-texts.ts';
import { packStory, unpackStory } from './packing.ts';

await loadLanguageModel();

test("a story's documents reach an account worker with that thread's term ids, made from their terms (seeds)", () => {
  const docs = seedTexts();
  const ids = docs.map((d) => d.termIds);
  // the sending thread's ids mean other stems here: shifted, as another thread's table would number them
  const documents = docs.map((d) => ({ ...storyDocument(d), termIds: d.termIds.map((id) => id + 7) }));
  const group: StoryGroup = { id: 's', title: 't', documents: docs.map((d) => d.id), members: [], why: [], period: { start: null, end: null } };
  const input = unpackStory(
    packStory(
      { group, documents, relations: [], flags: new Map() },
      docs.map((d) => packEnrichment(enrichDocument(d))),
    ),
  );
  input.documents.forEach((d, i) => {
    assert.deepEqual(d.termIds, ids[i], d.id);
    assert.deepEqual(
      Array.from(d.termIds, stemOf),
      d.sentences.flatMap((s) => s.terms),
    );
  });
});
