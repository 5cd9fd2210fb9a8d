// A centroid's sums on arrays (sums.ts) against the Map they replace, on real Reuters items' vectors: the same
// entries in the same order after every change (sums walked in order give the same doubles), the same look-ups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../pipeline.ts';
import { documentFeatures } from './features.ts';
import { Sums } from './sums.ts';
import { idOf } from './vocab.ts';

async function vectors(): Promise<Array<Map<number, number>>> {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  // each item's term, name and figure counts, scaled down: weights with fractions, sums that build up
  return documents.map((d) => {
    const f = documentFeatures(d);
    const v = new Map<number, number>();
    for (const [k, c] of f.terms) v.set(idOf(k), c / 7);
    for (const [k, c] of f.names) v.set(idOf(`N|${k}`), c / 3);
    for (const [k, c] of f.numbers) v.set(idOf(k), c / 11);
    return v;
  });
}

function same(sums: Sums, map: Map<number, number>, probe: number[], why: string): void {
  assert.equal(sums.size, map.size, why);
  assert.deepEqual([...sums], [...map], why);
  assert.deepEqual([...sums.keys()], [...map.keys()], why);
  assert.deepEqual([...sums.values()], [...map.values()], why);
  for (const k of probe) {
    assert.equal(sums.get(k), map.get(k), `${why}: get ${k}`);
    assert.equal(sums.has(k), map.has(k), `${why}: has ${k}`);
    assert.equal(sums.weight(k), map.get(k) ?? 0, `${why}: weight ${k}`);
    // a key's entry position, its weight beside it in the entry arrays (-1: none)
    const e = sums.entryOf(k);
    assert.equal(e < 0 ? undefined : sums.entryWeights()[e], map.get(k), `${why}: entryOf ${k}`);
    if (e >= 0) assert.equal(sums.entryKeys()[e], k, `${why}: entryOf ${k}'s key`);
  }
  // the hot loops' walk: the first entryCount() entries, deleted ones (negative keys) skipped; the arrays are
  // longer (room to grow), and what lies past the count is no entry
  const ks = sums.entryKeys();
  const ws = sums.entryWeights();
  const walked: Array<[number, number]> = [];
  for (let i = 0; i < sums.entryCount(); i++) if (ks[i] >= 0) walked.push([ks[i], ws[i]]);
  assert.deepEqual(walked, [...map], `${why}: entry walk`);
  const { keys, weights } = sums.arrays();
  assert.deepEqual([...keys], [...map.keys()], why);
  assert.deepEqual([...weights], [...map.values()], why);
  assert.equal(sums.entryCount(), map.size, `${why}: compacted`);
}

test('sums: the same entries, order and look-ups as a Map while real items are added, taken out and copied', async () => {
  const vs = await vectors();
  assert.ok(vs.length > 30);
  const sums = new Sums();
  const map = new Map<number, number>();
  const probe = [...new Set(vs.flatMap((v) => [...v.keys()]))];
  probe.push(idOf('a key no item has'));
  let deleted = 0;
  let readded = 0;
  const gone = new Set<number>();
  for (const [i, v] of vs.entries()) {
    for (const [k, w] of v) {
      if (gone.has(k)) readded++;
      sums.set(k, sums.weight(k) + w);
      map.set(k, (map.get(k) ?? 0) + w);
    }
    // every third item is taken out again after the next: keys it alone held go (and come back last)
    if (i % 3 === 1)
      for (const [k, w] of vs[i - 1]) {
        const o = map.get(k);
        if (o === undefined) continue;
        if (Math.abs(o - w) < 1e-12) {
          assert.equal(sums.delete(k), map.delete(k));
          gone.add(k);
          deleted++;
        } else {
          sums.set(k, o - w);
          map.set(k, o - w);
        }
      }
    same(sums, map, probe, `after item ${i}`);
  }
  assert.ok(deleted > 100 && readded > 10, `${deleted} deleted, ${readded} set again`);
  assert.equal(sums.delete(idOf('a key no item has')), false);

  // a copy holds the same and changes alone
  const copy = sums.copy();
  same(copy, map, probe, 'copy');
  const copied = new Map(map);
  for (const [k, w] of vs[0]) {
    copy.set(k, copy.weight(k) + w);
    copied.set(k, (copied.get(k) ?? 0) + w);
  }
  same(copy, copied, probe, 'copy changed');
  same(sums, map, probe, 'original after its copy changed');

  sums.clear();
  map.clear();
  same(sums, map, probe, 'cleared');
  for (const [k, w] of vs[1]) {
    sums.set(k, w);
    map.set(k, w);
  }
  same(sums, map, probe, 'set after clearing');
});

/** The sums' index (private): the same array object means it was not made again. */
const indexOf = (s: Sums) => (s as unknown as { index: Int32Array }).index;

test('sums: room reserved for known new keys makes the index once, and holds the same entries, order and look-ups', async () => {
  const vs = await vectors();
  const probe = [...new Set(vs.flatMap((v) => [...v.keys()]))];
  // a first member's keys (an item of many terms: growing by doubling made the index again several times)
  const big = vs.reduce((a, b) => (b.size > a.size ? b : a));
  assert.ok(big.size > 64, `${big.size} keys`);
  const sums = new Sums();
  sums.reserve(big.size);
  const index = indexOf(sums);
  const entries = sums.entryKeys();
  for (const [k, w] of big) sums.set(k, w);
  assert.equal(indexOf(sums), index, 'made again while filling reserved room');
  assert.equal(sums.entryKeys(), entries, 'entry arrays made again while filling reserved room');
  const map = new Map(big);
  same(sums, map, probe, 'filled');
  // its size is the one growing gives (no more memory)
  const grown = new Sums();
  for (const [k, w] of big) grown.set(k, w);
  assert.equal(indexOf(sums).length, indexOf(grown).length);
  // room past deleted entries, and less room than is then used: still right (the index is made again as needed)
  let i = 0;
  for (const k of big.keys())
    if (i++ % 4 === 0) {
      sums.delete(k);
      map.delete(k);
    }
  sums.reserve(sums.size + vs[1].size);
  for (const v of vs.slice(1, 6))
    for (const [k, w] of v) {
      sums.set(k, sums.weight(k) + w);
      map.set(k, (map.get(k) ?? 0) + w);
    }
  same(sums, map, probe, 'deleted, reserved, then more set than reserved');
  // room it already has changes nothing
  const before = indexOf(sums);
  sums.reserve(1);
  assert.equal(indexOf(sums), before);
  same(sums, map, probe, 'reserved again');
});

test('sums: the entry arrays grow by a share of their size, not an entry at a time, and a copy is no larger than its entries', async () => {
  const vs = await vectors();
  const sums = new Sums();
  let made = 0;
  let last = sums.entryKeys();
  let set = 0;
  for (const v of vs)
    for (const [k, w] of v) {
      sums.set(k, sums.weight(k) + w);
      set++;
      if (sums.entryKeys() !== last) made++;
      last = sums.entryKeys();
    }
  assert.ok(sums.size > 500, `${sums.size} keys`);
  // 8 + 1.5x per growth: about log1.5 of the size, never one per key
  assert.ok(made <= Math.ceil(Math.log(sums.size / 8) / Math.log(1.5)) + 2, `${made} arrays for ${sums.size} keys`);
  assert.ok(sums.entryKeys().length >= sums.entryCount());
  assert.equal(sums.copy().entryKeys().length, sums.entryCount());
  assert.ok(set > sums.size);
});

test('sums: addTo adds what a look-up then a set adds, with one probe; dotArrays and dotEntries give the walk by get, to the bit', async () => {
  const vs = await vectors();
  const added = new Sums();
  const set = new Sums();
  const probe = [...new Set(vs.flatMap((v) => [...v.keys()]))];
  for (const [i, v] of vs.entries()) {
    for (const [k, w] of v) {
      const before = set.weight(k);
      set.set(k, before + w);
      assert.equal(added.addTo(k, w), before, `item ${i}: the weight before`);
    }
    // every third item taken out again: deleted keys come back last in both
    if (i % 3 === 1)
      for (const [k, w] of vs[i - 1]) {
        const o = set.get(k);
        if (o === undefined) continue;
        for (const s of [set, added]) {
          if (Math.abs(o - w) < 1e-12) s.delete(k);
          else s.set(k, o - w);
        }
      }
    same(added, new Map(set), probe, `after item ${i}`);
  }
  // the products: each item's vector against the sums, and sums against sums (entries deleted and not)
  const byGet = (keys: ArrayLike<number>, weights: ArrayLike<number>, n: number, sum: Sums) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      if (keys[i] < 0) continue;
      const o = sum.get(keys[i]);
      if (o !== undefined) s += weights[i] * o;
    }
    return s;
  };
  const other = new Sums();
  for (const v of vs.slice(0, 5)) for (const [k, w] of v) other.addTo(k, w);
  for (const [k] of vs[2]) other.delete(k);
  let met = 0;
  for (const v of vs) {
    const [keys, weights] = [Int32Array.from(v.keys()), Float64Array.from(v.values())];
    for (const sum of [added, other, new Sums()]) {
      const want = byGet(keys, weights, keys.length, sum);
      if (want !== 0) met++;
      assert.equal(sum.dotArrays(keys, weights, keys.length), want);
    }
  }
  assert.ok(met > vs.length);
  for (const [a, b] of [
    [added, other],
    [other, added],
  ])
    assert.equal(b.dotEntries(a), byGet(a.entryKeys(), a.entryWeights(), a.entryCount(), b));
});

test("sums: a centroid's member is added with one probe of the index per key (a look-up, then a set, probed twice)", async () => {
  const { Centroid } = await import('./vector.ts');
  const vs = await vectors();
  const proto = Sums.prototype as unknown as { probe: (key: number) => number };
  const probe = proto.probe;
  let probes = 0;
  proto.probe = function (this: unknown, key: number) {
    probes++;
    return probe.call(this, key);
  };
  const c = new Centroid();
  const want = new Map<number, number>();
  let keys = 0;
  try {
    for (const v of vs) {
      c.add(v);
      keys += v.size;
      for (const [k, w] of v) want.set(k, (want.get(k) ?? 0) + w);
    }
  } finally {
    proto.probe = probe;
  }
  assert.deepEqual([...c.sum], [...want]);
  assert.ok(probes <= keys, `${probes} probes for ${keys} keys added`);
});
