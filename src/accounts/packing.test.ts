import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLanguageModel } from '../common/language.ts';
import { stemOf } from '../common/term-counts.ts';
import { enrichDocument, packEnrichment } from '../enrich/index.ts';
import type { StoryGroup } from '../model.ts';
import { storyDocument } from '../pipeline.ts';
import { analyzeText } from '../text/index.ts';
import { packStory, unpackStory } from './packing.ts';

await loadLanguageModel();
const SEEDS = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));

test("a story's documents reach an account worker with that thread's term ids, made from their terms (seeds)", () => {
  const docs = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const paragraphs = readFileSync(SEEDS + f, 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      return analyzeText({ id: f, source: f, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0 });
    });
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
