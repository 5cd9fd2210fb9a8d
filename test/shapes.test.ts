// Issue 15 (speed103): the quotes the story linking makes keep the keys they were made with. V8 optimises the
// linking and synthesis code for the shapes (maps) it has seen; a key added to some objects later gives them
// another map, and optimised code meeting one is thrown away and compiled again (the ingest paid that each batch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments } from '../src/pipeline.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { ROOT } from './helpers.ts';

test('every linked quote holds its variants key from its making, those given variants and the rest (seeds)', async () => {
  const { documents } = await readDocuments([join(ROOT, 'examples', 'seeds')]);
  const { quotes } = linkStory(documents, documents.map(enrichDocument));
  assert.ok(
    quotes.some((q) => q.variants?.length),
    'the seeds link some quotes as variants',
  );
  assert.ok(
    quotes.some((q) => q.variants === undefined),
    'and leave others without',
  );
  for (const q of quotes) assert.ok(Object.hasOwn(q, 'variants'), `${q.id} was given its variants key later`);
  // (an undefined key is no key to JSON: the quote writes as before)
  for (const q of quotes) if (q.variants === undefined) assert.ok(!JSON.stringify(q).includes('variants'));
});
