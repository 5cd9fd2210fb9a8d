// Issue 15 (speed103): the quotes the story linking makes keep the keys they were made with. V8 optimises the
// linking and synthesis code for the shapes (maps) it has seen; a key added to some objects later gives them
// another map, and optimised code meeting one is thrown away and compiled again (the ingest paid that each batch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments } from '../src/pipeline.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { ROOT } from './helpers.ts';
import { setFlagsFromString } from 'node:v8';
import { seedStory } from './seed-story.ts';
import { buildUnits } from '../src/synthesize/units.ts';
import { objectList } from '../src/common/object-list.ts';

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

// (the test asks V8 itself whether two lists share a map)
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: unknown, b: unknown) => boolean;

test("a story's units hold their lists, empty or filled, of the one kind a filled list of objects has (seeds)", async () => {
  const { documents } = await seedStory();
  const enrichments = documents.map(enrichDocument);
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const filled = [{}].map((x) => x);
  let empty = 0;
  let full = 0;
  for (const u of units)
    for (const [what, list] of [
      ['deals', u.deals],
      ['persons', u.persons],
      ['companies', u.companies],
      ['person places', u.personPlaces],
    ] as const) {
      if (list.length) full++;
      else empty++;
      assert.ok(sameMap(list, filled), `${what} of "${u.text}"`);
    }
  assert.ok(empty > 100 && full > 10, `${empty} empty lists, ${full} filled`);
  assert.ok(sameMap(objectList(), filled) && !sameMap([], filled));
});
