// A document's vector as a unit (arrays in the Map's order) scores a centroid to the same bits as the Map:
// the clusterer's decisions compare scores, so a dot product summed in another order could move an article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Centroid, dot, topEntries, topKeysOf, topUnitEntries, unitOf, unitOfArrays, unitWeight, writeTopKeys, writeTopUnit, type Vec } from './vector.ts';
import { idOf as id, keyOf as keyText, vocabularySize } from './vocab.ts';

// weights whose sum depends on the order they are added in (1e16 + 1 - 1e16 is 0, 1e16 - 1e16 + 1 is 1)
const doc: Vec = new Map([
  [id('a'), 1e16],
  [id('b'), 1],
  [id('c'), -1e16],
  [id('d'), 3],
]);

test('unitOf: same entries, in the Map order', () => {
  const u = unitOf(doc);
  assert.deepEqual(
    [...u.keys],
    ['a', 'b', 'c', 'd'].map((k) => id(k)),
  );
  assert.deepEqual([...u.weights], [1e16, 1, -1e16, 3]);
  assert.equal(unitOf(new Map()).keys.length, 0);
});

test('meanWith a unit equals meanWith its Map, bit for bit, whichever side is smaller', () => {
  // a centroid larger than the document (the unit's arrays are walked) and one smaller (the Map is)
  const big = new Centroid();
  big.add(
    new Map([
      [id('z'), 0.5],
      [id('d'), 1],
      [id('c'), 1],
      [id('b'), 1],
      [id('a'), 1],
      [id('y'), 2],
    ]),
  );
  const small = new Centroid();
  small.add(
    new Map([
      [id('c'), 1],
      [id('a'), 1],
      [id('b'), 1],
    ]),
  );
  for (const c of [big, small]) {
    const want = dot(doc, c.sum);
    assert.equal(c.meanWith(unitOf(doc)), want);
    assert.equal(c.meanWith(doc), want);
  }
  // the order shows: the small centroid's order gives -1e16 + 1e16 + 1 = 1 (the document's, 0: 1e16 + 1 is
  // 1e16); the document's order against the big one gives 3 (the centroid's, not 3: -1e16 + 3 rounds)
  assert.equal(dot(doc, small.sum), 1);
  assert.equal(big.meanWith(unitOf(doc)), 3);
});

test('meanWithCentroid sums in the smaller sum order, and reads a centroid as it is after every change', () => {
  const a = new Centroid();
  const b = new Centroid();
  a.add(doc);
  b.add(
    new Map([
      [id('d'), 1],
      [id('c'), 1],
      [id('b'), 1],
      [id('a'), 1],
      [id('e'), 1],
    ]),
  );
  // a is the smaller: its order (1e16 + 1 - 1e16 + 3 = 3; b's order, 3 - 1e16 + 1 + 1e16, gives 0)
  assert.equal(a.meanWithCentroid(b), dot(a.sum, b.sum));
  assert.equal(a.meanWithCentroid(b), 3);
  assert.equal(b.meanWithCentroid(a), 3);
  // each change is read: no product walks the sums as they were
  a.add(new Map([[id('b'), 2]]));
  assert.equal(a.meanWithCentroid(b), dot(a.sum, b.sum) / 2);
  a.remove(new Map([[id('b'), 2]]));
  assert.equal(a.meanWithCentroid(b), dot(a.sum, b.sum));
  b.prune(1);
  a.add(
    new Map([
      [id('f'), 1],
      [id('g'), 1],
      [id('h'), 1],
      [id('i'), 1],
    ]),
  );
  a.prune(1);
  assert.equal(a.meanWithCentroid(b), dot(a.sum, b.sum) / 2);
  a.clear();
  assert.equal(a.meanWithCentroid(b), 0);
});

test('topEntries and topUnitEntries rank as a full sort does (weight, then key text), short lists and long, with ties', async () => {
  const { readDocuments } = await import('../pipeline.ts');
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments([`${dir}reuters-issuers.jsonl`]);
  // real terms: weighted by their counts (many ties: most terms are met once), and summed over the set
  const sum: Vec = new Map();
  for (const d of documents) {
    const v: Vec = new Map([...d.termCounts].map(([k, c]) => [id(k), c]));
    for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
    for (const k of [1, 5, 12, 30]) {
      const full = [...v].sort((a, b) => b[1] - a[1] || (keyText(a[0]) < keyText(b[0]) ? -1 : 1)).slice(0, k);
      assert.deepEqual(topEntries(v, k), full);
      assert.deepEqual(topUnitEntries(unitOf(v), k), full);
    }
  }
  assert.ok(sum.size > 200, `${sum.size} terms`);
  for (const k of [12, 30, 64, 65, 100, 400]) {
    const full = [...sum].sort((a, b) => b[1] - a[1] || (keyText(a[0]) < keyText(b[0]) ? -1 : 1)).slice(0, k);
    assert.deepEqual(topEntries(sum, k), full, `k ${k}`);
  }
});

test('writeTopKeys writes the keys of topEntries at a place, in order, over stale entries of a longer array: ties at the floor (past 64 too), deleted entries', async () => {
  const { readDocuments } = await import('../pipeline.ts');
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments([`${dir}reuters-issuers.jsonl`]);
  // real terms by their counts (most are met once: many ties at any floor), in a centroid's sums as a story's are
  const all = new Centroid();
  let sortedPastTies = 0;
  for (const d of documents) {
    const v: Vec = new Map([...d.termCounts].map(([k, c]) => [id(k), c]));
    all.add(v);
    const one = new Centroid();
    one.add(v);
    for (const c of [one, all]) {
      for (const k of [1, 5, 12, 15, 30, 64, 400]) {
        const want = topEntries(c.sum, k).map(([key]) => key);
        // written from place 1 on, over stale entries (a scratch written over), and past them
        const got = [-7, ...new Array(Math.ceil(want.length / 2)).fill(-3)];
        assert.equal(writeTopKeys(c.sum, k, got, 1), want.length, `k ${k}`);
        assert.deepEqual(got.slice(0, 1 + want.length), [-7, ...want], `k ${k}`);
        const atFloor = [...c.sum.values()].filter((w) => w >= (topEntries(c.sum, k).at(-1)?.[1] ?? 0)).length;
        if (atFloor > 64 && k < c.sum.size) sortedPastTies++;
      }
    }
  }
  assert.ok(sortedPastTies > 0, 'some ranking had more than 64 entries at its floor');
  // a sum with entries deleted (a member moved out): ranked as topEntries ranks it
  const some = [...all.sum.keys()].filter((_, i) => i % 3 === 0);
  for (const k of some) all.sum.delete(k);
  const got: number[] = new Array(40).fill(-3);
  assert.equal(writeTopKeys(all.sum, 30, got, 0), 30);
  assert.deepEqual(
    got.slice(0, 30),
    topEntries(all.sum, 30).map(([key]) => key),
  );
  assert.deepEqual(got.slice(30), new Array(10).fill(-3), 'past the count, as it was');
  assert.equal(writeTopKeys(new Centroid().sum, 30, got, 0), 0);
});

test('a packed unit scores centroids as its Map does, many units in turns (the dense look-up slots are reused)', async () => {
  // real items' term and name weights (positive, as every unit's), each as a Map and as a unit of arrays (no Map:
  // what the refinement pass reads of a packed document)
  const maps = await fixtureVectors();
  assert.ok(maps.length >= 12);
  const units = maps.map((m) => unitOfArrays(Int32Array.from(m.keys()), Float64Array.from(m.values())));
  // centroids smaller and larger than the units: one item's first few keys, one item, three items
  const centroids: Centroid[] = [];
  for (let i = 0; i < maps.length; i += 3) {
    const few = new Centroid();
    few.add(new Map([...maps[i]].slice(0, 4)));
    const one = new Centroid();
    one.add(maps[i]);
    const three = new Centroid();
    for (const m of maps.slice(i, i + 3)) three.add(m);
    centroids.push(few, one, three);
  }
  // a key met after the units were read (an id past their dense arrays), in a centroid and asked for
  // (past the first size of a dense array: the table grown by keys of other items meanwhile)
  for (let i = 0; vocabularySize() <= 1 << 16; i++) id(`another item's key ${i}`);
  const late = id('a key no unit holds, met late');
  const lateCentroid = new Centroid();
  lateCentroid.add(new Map([[late, 1]]));
  centroids.push(lateCentroid);
  let smaller = 0;
  for (let round = 0; round < 3; round++) {
    for (let u = 0; u < units.length; u++) {
      // units in turns, more of them than the look-up holds at once, the same one again in a row
      for (const again of [0, 1]) {
        for (const c of centroids) {
          if (c.size < maps[u].size) smaller++;
          assert.equal(c.meanWith(units[u]), dot(maps[u], c.sum) / c.count, `unit ${u} (${again}) against a centroid of ${c.size}`);
        }
        for (const k of [...maps[(u + 1) % maps.length].keys()].slice(0, 20).concat([maps[u].keys().next().value as number, late, -1])) {
          assert.equal(unitWeight(units[u], k), maps[u].get(k) ?? 0, `unit ${u}: weight of ${k}`);
        }
      }
    }
  }
  assert.ok(smaller > 0, 'some centroids are smaller than the unit (its weights are looked up)');
});

test("a centroid's sums make their index once for a first member, a merge and a pruning, and hold what adding key by key holds", async () => {
  const { Sums } = await import('./sums.ts');
  const maps = await fixtureVectors();
  // the index made (Sums' private placeAll: every new index has its entries placed once), counted
  const proto = Sums.prototype as unknown as { placeAll: (size: number) => void };
  const placeAll = proto.placeAll;
  let made = 0;
  proto.placeAll = function (this: unknown, size: number) {
    made++;
    placeAll.call(this, size);
  };
  // what the sums must hold: key by key in a Map, in order
  const added = (into: Map<number, number>, v: Iterable<[number, number]>) => {
    for (const [k, w] of v) into.set(k, (into.get(k) ?? 0) + w);
    return into;
  };
  try {
    const big = maps.reduce((a, b) => (b.size > a.size ? b : a));
    assert.ok(big.size > 64, `${big.size} keys`);
    const first = new Centroid();
    made = 0;
    first.add(big);
    assert.equal(made, 1, 'a first member of many keys');
    assert.deepEqual([...first.sum], [...big]);
    // its entries and their index in one backing store (one allocation)
    const arrays = first.sum as unknown as { ks: Int32Array; ws: Float64Array; index: Int32Array };
    assert.equal(arrays.index.buffer, arrays.ks.buffer, "the first member's index is made in its entries' buffer");
    assert.equal(arrays.ws.buffer, arrays.ks.buffer);

    // a small story takes in a larger one (a merge): the keys it lacks, room made once
    const few = new Centroid();
    few.add(new Map([...maps[1]].slice(0, 3)));
    const many = new Centroid();
    for (const m of maps.slice(2, 8)) many.add(m);
    const want = added(added(new Map(), few.sum), many.sum);
    made = 0;
    few.absorb(many);
    assert.equal(made, 1, 'a merge into a small story');
    assert.deepEqual([...few.sum], [...want]);
    assert.equal(few.count, 7);

    // pruned to its strongest keys: their index made once
    const all = new Centroid();
    for (const m of maps) all.add(m);
    const keep = 40;
    assert.ok(all.size > 2 * keep);
    const kept = topEntries(all.sum, keep);
    made = 0;
    all.prune(keep);
    assert.equal(made, 1, 'pruned');
    assert.deepEqual([...all.sum], kept);
  } finally {
    proto.placeAll = placeAll;
  }
});

/** Term and name weights of the Reuters cluster fixtures' items, one Map per item. */
async function fixtureVectors(): Promise<Vec[]> {
  const { readDocuments } = await import('../pipeline.ts');
  const { documentFeatures } = await import('./features.ts');
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  return documents.map((d) => {
    const f = documentFeatures(d);
    const v: Vec = new Map();
    for (const [k, c] of f.terms) v.set(id(k), c / 7);
    for (const [k, c] of f.names) v.set(id(`N|${k}`), c / 3);
    return v;
  });
}

test("writeTopUnit writes topUnitEntries' keys and weights into scratch arrays, in order, after what they hold", async () => {
  const { readDocuments } = await import('../pipeline.ts');
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments([`${dir}reuters-issuers.jsonl`, `${dir}reuters-groups.jsonl`]);
  let sortedPastTies = 0;
  for (const d of documents) {
    // a document's unit vector of real term counts (most met once: ties at every floor)
    const unit = unitOf(new Map([...d.termCounts].map(([k, c]) => [id(k), c])));
    for (const k of [1, 5, 12, 15, 30, 64, 400]) {
      const want = topUnitEntries(unit, k);
      const keys = new Int32Array(3 + k).fill(-7);
      const weights = new Float64Array(3 + k).fill(-7);
      const n = writeTopUnit(unit, k, keys, weights, 3);
      assert.equal(n, want.length, `k ${k}`);
      assert.deepEqual([...keys.subarray(0, 3 + n)], [-7, -7, -7, ...want.map(([key]) => key)], `k ${k}`);
      assert.deepEqual([...weights.subarray(0, 3 + n)], [-7, -7, -7, ...want.map(([, w]) => w)], `k ${k}`);
      const floor = want.at(-1)?.[1] ?? 0;
      if (k < unit.keys.length && unit.weights.filter((w) => w >= floor).length > 64) sortedPastTies++;
    }
  }
  assert.ok(sortedPastTies > 0, 'some ranking had more than 64 entries at its floor');
  assert.equal(writeTopUnit(unitOf(new Map()), 30, new Int32Array(30), new Float64Array(30), 0), 0);
});

test("two centroids' sums are walked once per state of both: the merge pass's pair scored again, either way round, reads the product kept", async () => {
  const { Sums } = await import('./sums.ts');
  const maps = await fixtureVectors();
  const proto = Sums.prototype as unknown as { dotEntries: (other: unknown) => number };
  const walk = proto.dotEntries;
  let walks = 0;
  proto.dotEntries = function (this: unknown, other: unknown) {
    walks++;
    return walk.call(this, other);
  };
  const centroid = (ms: Vec[]) => {
    const c = new Centroid();
    for (const m of ms) c.add(m);
    return c;
  };
  try {
    const a = centroid(maps.slice(0, 2));
    const b = centroid(maps.slice(2, 7));
    assert.ok(a.size < b.size);
    const want = dot(a.sum, b.sum) / (a.count * b.count);
    assert.equal(a.meanWithCentroid(b), want);
    assert.equal(b.meanWithCentroid(a), want);
    assert.equal(a.meanWithCentroid(b), want);
    assert.equal(walks, 1, 'one walk for an unchanged pair');
    // a copy sharing b's sums, then b changed: b's new state is walked, the copy's kept state still reads as before
    const kept = b.snapshot();
    b.add(maps[8]);
    const fresh = centroid([...maps.slice(2, 7), maps[8]]);
    assert.equal(b.meanWithCentroid(a), fresh.meanWithCentroid(centroid(maps.slice(0, 2))));
    assert.equal(kept.meanWithCentroid(a), want);
    // a changed by a merge, pruned, then a member taken out: each a new state
    walks = 0;
    a.absorb(centroid(maps.slice(9, 11)));
    const merged = centroid([...maps.slice(0, 2), ...maps.slice(9, 11)]);
    assert.equal(a.meanWithCentroid(b), dot(merged.sum, b.sum) / (merged.count * b.count));
    a.prune(20);
    assert.equal(a.meanWithCentroid(b), dot(a.sum, b.sum) / (a.count * b.count));
    a.remove(maps[9]);
    assert.equal(a.meanWithCentroid(b), dot(a.sum, b.sum) / (a.count * b.count));
    assert.equal(walks, 3);
    // sums of one size: each side walks its own (the order of the walk is the first one's)
    const c = centroid([maps[11]]);
    const d = centroid([maps[11]]);
    walks = 0;
    assert.equal(c.meanWithCentroid(d), d.meanWithCentroid(c));
    assert.equal(c.meanWithCentroid(d), dot(c.sum, d.sum));
    assert.equal(walks, 2);
  } finally {
    proto.dotEntries = walk;
  }
});

test('a member is added to and taken out of a centroid without a look-up in its vector, to the same sums and norm', async () => {
  // real items' vectors: each added, then every other taken out again, as a walk of get(k) per key did
  const maps = await fixtureVectors();
  const walked = new Centroid();
  for (const m of maps) {
    const gets = m.get;
    let asked = 0;
    m.get = (k: number) => {
      asked++;
      return gets.call(m, k);
    };
    walked.add(m);
    assert.equal(asked, 0, 'add looked weights up');
    m.get = gets;
  }
  // the same sums by hand: each key's weight added in the members' order, the norm by |s + v|^2
  const sums = new Map<number, number>();
  let sq = 0;
  for (const m of maps) {
    let cross = 0;
    let self = 0;
    for (const [k, w] of m) {
      const o = sums.get(k) ?? 0;
      sums.set(k, o + w);
      cross += o * w;
      self += w * w;
    }
    sq += 2 * cross + self;
  }
  assert.deepEqual([...walked.sum], [...sums]);
  assert.equal(walked.norm, Math.sqrt(sq));
  for (let i = 0; i < maps.length; i += 2) {
    const m = maps[i];
    const gets = m.get;
    let asked = 0;
    m.get = (k: number) => {
      asked++;
      return gets.call(m, k);
    };
    walked.remove(m);
    assert.equal(asked, 0, 'remove looked weights up');
    m.get = gets;
  }
  assert.equal(walked.count, maps.length - Math.ceil(maps.length / 2));
});

test('topKeysOf gives the first k keys of a sort of [key, weight] pairs by weight, then key text: real term counts, ties at the floor (past 64 too)', async () => {
  const { readDocuments } = await import('../pipeline.ts');
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments([`${dir}reuters-issuers.jsonl`]);
  // each document's term counts, and all of them summed (most terms are met once: many ties at any floor)
  const all = new Map<number, number>();
  const lists: Array<Map<number, number>> = [];
  for (const d of documents) {
    const v = new Map([...d.termCounts].map(([k, c]) => [id(k), c]));
    for (const [k, c] of v) all.set(k, (all.get(k) ?? 0) + c);
    lists.push(v);
  }
  lists.push(all);
  let pastTies = 0;
  for (const v of lists) {
    const keys = Int32Array.from(v.keys());
    const weights = Float64Array.from(v.values());
    const sorted = [...v].sort((x, y) => y[1] - x[1] || (keyText(x[0]) < keyText(y[0]) ? -1 : 1));
    for (const k of [1, 4, 8, 30, 400, 10_000]) {
      assert.deepEqual(
        topKeysOf(keys, weights, keys.length, k),
        sorted.slice(0, k).map(([key]) => key),
        `k ${k}`,
      );
      // the first n entries only
      const n = keys.length >> 1;
      const firstN = [...v].slice(0, n).sort((x, y) => y[1] - x[1] || (keyText(x[0]) < keyText(y[0]) ? -1 : 1));
      assert.deepEqual(
        topKeysOf(keys, weights, n, k),
        firstN.slice(0, k).map(([key]) => key),
      );
      if (k < keys.length && sorted.filter(([, w]) => w >= sorted[k - 1][1]).length > 64) pastTies++;
    }
  }
  assert.ok(pastTies > 0, 'some ranking had more than 64 entries at its floor');
  assert.deepEqual(topKeysOf(new Int32Array(0), new Float64Array(0), 0, 5), []);
});
