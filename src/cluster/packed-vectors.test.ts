// Arrived documents' vectors are packed and read back by refinement, merges and story titles: they must come
// back as the same Maps, keys in the same order (every sum walks them in that order), lead subject and all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { documentFeatures } from './features.ts';
import { OnlineIdf } from './idf.ts';
import { PackedVectors } from './packed-vectors.ts';
import { docUnits } from './similarity.ts';
import { countKeys, docKeyIds, docVectors, SPACES } from './story.ts';
import { topEntries, topUnitEntries } from './vector.ts';

// real Reuters-21578 items (eurobond issues, quarterly results, dividends): some with a lead subject, some
// holding only figures (empty spaces), and wire flashes (two with no lead subject)
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster');
const docs = (await readDocuments([join(FIXTURES, 'reuters-issuers.jsonl'), join(FIXTURES, 'reuters-flashes.jsonl')])).documents;

test('packed vectors read back as the same Maps, in the same key order, with the lead subject', () => {
  const idf = new OnlineIdf();
  const all = docs.map((doc) => {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    return { lead: f.lead, v: docVectors(f, idf, ids) };
  });
  assert.ok(all.some(({ v }) => SPACES.some((s) => v[s].size === 0)));
  assert.ok(all.some(({ v }) => v.lead?.length) && all.some(({ v }) => !v.lead));
  const packed = new PackedVectors();
  const numbers = all.map(({ v }) => packed.add(v));
  numbers.forEach((n, i) => {
    const { lead, v } = all[i];
    const back = packed.get(n, lead);
    for (const s of SPACES) {
      assert.deepEqual([...back[s].keys()], [...v[s].keys()], `${docs[i].id} ${s} keys`);
      assert.deepEqual([...back[s].values()], [...v[s].values()], `${docs[i].id} ${s} weights`);
    }
    assert.deepEqual(Object.keys(back), Object.keys(v));
    assert.deepEqual(back.lead, v.lead);
  });
});

test('packed units are the units of the vectors read back (arrays in the Map order, Maps made when read), and rank the same keys', () => {
  const idf = new OnlineIdf();
  const packed = new PackedVectors();
  const kept = docs.map((doc) => {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    const v = docVectors(f, idf, ids);
    return { lead: f.lead, v, n: packed.add(v) };
  });
  for (const { lead, v, n } of kept) {
    const units = packed.units(n, lead);
    const expected = docUnits(packed.get(n, lead));
    for (const s of SPACES) {
      assert.deepEqual([...units[s].keys], [...expected[s].keys]);
      assert.deepEqual([...units[s].weights], [...expected[s].weights]);
      assert.deepEqual([...units[s].map], [...v[s]]);
      // the candidate look-up's keys: the same ranking from the arrays as from the Map
      for (const k of [1, 6, 12, 1000]) assert.deepEqual(topUnitEntries(units[s], k), topEntries(v[s], k));
    }
    assert.deepEqual(units.lead, expected.lead);
  }
});
