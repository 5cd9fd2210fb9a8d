import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguageModel } from '../common/language.ts';
import { stemOf } from '../common/term-counts.ts';
import { enrichDocument, packEnrichment } from '../enrich/index.ts';
import type { StoryGroup } from '../model.ts';
import { storyDocument } from '../pipeline.ts';
import { seedTexts } from '../../test/seed-texts.ts';
import { packStory, unpackStory } from './packing.ts';
import { StringIds, StringTables } from '../prepare/trip-strings.ts';

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

test("given the table of strings, a story's documents go as their text, places and ids, and arrive as they were (seeds)", () => {
  const docs = seedTexts();
  const documents = docs.map(storyDocument);
  const group: StoryGroup = { id: 's', title: 't', documents: docs.map((d) => d.id), members: [], why: [], period: { start: null, end: null } };
  const story = { group, documents, relations: [], flags: new Map() };
  const enrichments = docs.map((d) => packEnrichment(enrichDocument(d)));
  const ids = new StringIds(0);
  const tables = new StringTables();
  // twice: the second time every string is the table's already, and only ids go
  for (const round of [0, 1]) {
    const packed = packStory(story, enrichments, ids);
    assert.ok(packed.strings, 'the strings went as ids');
    assert.equal(packed.strings.added.length === 0, round === 1);
    const input = unpackStory(packed, tables);
    assert.deepEqual(input.documents, documents);
    // each sentence's text a slice of its document's text again, its words and terms the table's strings
    input.documents.forEach((d) => d.sentences.forEach((s) => assert.equal(d.text.includes(s.text), true)));
  }
  // a story sent without the strings of the ones before it cannot be read: never read wrong words
  assert.throws(() => unpackStory(packStory(story, enrichments, ids), new StringTables()), /out of order/);
});
