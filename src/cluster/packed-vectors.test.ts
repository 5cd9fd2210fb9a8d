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
import { countKeys, docKeyIds, docVectors, SPACES, Story } from './story.ts';
import { LIMITS } from './weights.ts';
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

test("a document's vectors weighed straight into the blocks are docVectors' Maps to the bit, in their order, and its units views of them", () => {
  // the same documents weighed twice over one growing idf: as Maps and packed (add), and into the blocks (addWeighed)
  const idf = new OnlineIdf();
  const maps = new PackedVectors();
  const weighed = new PackedVectors();
  let entries = 0;
  for (const doc of docs) {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    const v = docVectors(f, idf, ids);
    const [a, b] = [maps.add(v), weighed.addWeighed(f, idf, ids)];
    const [want, got] = [maps.units(a, f.lead), weighed.units(b, f.lead)];
    for (const s of SPACES) {
      assert.ok(got[s].keys instanceof Int32Array && got[s].weights instanceof Float64Array);
      assert.deepEqual([...got[s].keys], [...v[s].keys()], `${doc.id} ${s} keys`);
      // the same doubles (Object.is: not merely near)
      got[s].weights.forEach((w, i) => assert.ok(Object.is(w, want[s].weights[i]), `${doc.id} ${s} weight ${i}`));
      entries += got[s].keys.length;
    }
    assert.deepEqual(got.lead, v.lead);
  }
  assert.ok(entries > 1000);
});

test('a story adds and takes out a member by its packed units to the same sums, in the same order, as by its Maps', () => {
  const idf = new OnlineIdf();
  const packed = new PackedVectors();
  const [byMaps, byUnits] = [new Story(0), new Story(1)];
  const kept = docs.map((doc, p) => {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    const v = docVectors(f, idf, ids);
    const units = packed.units(packed.addWeighed(f, idf, ids), f.lead);
    const membership = { document: doc.id, similarity: 1, features: {}, reason: '' };
    byMaps.add(p, v, f.time, { ...membership }, LIMITS.centroidTerms, f.mentions);
    byUnits.add(p, units, f.time, { ...membership }, LIMITS.centroidTerms, f.mentions);
    return { v, units, f };
  });
  const same = (why: string) => {
    for (const s of SPACES) {
      const [a, b] = [byMaps.centroids[s], byUnits.centroids[s]];
      assert.deepEqual([...b.sum.keys()], [...a.sum.keys()], `${why} ${s} keys`);
      assert.deepEqual([...b.sum.values()], [...a.sum.values()], `${why} ${s} sums`);
      assert.ok(Object.is(b.norm, a.norm) && b.count === a.count, `${why} ${s} norm`);
    }
    assert.deepEqual([...byUnits.years], [...byMaps.years], why);
  };
  same('added');
  for (const p of [3, 0, 7]) {
    byMaps.removeMember(p, kept[p].v, kept[p].f.mentions);
    byUnits.removeMember(p, kept[p].units, kept[p].f.mentions);
  }
  same('taken out');
});
