// align's pair search on the keys too common to open candidates (over `ALIGN.bucketShare` of a story's units): a pair
// reads whether its candidate holds one from marks made once per key, not by searching the key's postings list per
// pair. Counted on the seed story (real text), whose commonest keys are such keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedStory } from '../../test/seed-story.ts';
import { align } from './align.ts';
import { ALIGN } from './lexicon.ts';

test('a pair is scored on the common keys without searching their postings (seed story)', async () => {
  // the seed story has keys too common to open candidates ("russia", "troop": over a quarter of its units);
  // each candidate pair used to search their long postings lists, once per common key of the unit
  const { units, documents } = await seedStory();
  const cap = Math.max(ALIGN.bucketFloor, Math.ceil(units.length * ALIGN.bucketShare));
  const held = new Map<string, number>();
  for (const u of units) for (const k of u.keys) held.set(k, (held.get(k) ?? 0) + 1);
  assert.ok(
    [...held.values()].some((n) => n > cap),
    'the story has common keys',
  );
  const al = align(units, []);
  assert.ok(al.pairsScored > 100 && documents.length > 2);
  // a search per rare key of each unit, and per record year of a unit for each pair it is scored in
  const keys = units.reduce((n, u) => n + u.keys.filter((k) => held.get(k)! <= cap).length, 0);
  const records = units.reduce((n, u) => Math.max(n, u.keys.filter((k) => k.startsWith('f:')).length), 0);
  assert.ok(al.keySearches <= keys + records * al.pairsScored, `${al.keySearches} searches, ${keys} rare keys, ${al.pairsScored} pairs`);
});
