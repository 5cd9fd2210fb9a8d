// A document's vector as a unit (arrays in the Map's order) scores a centroid to the same bits as the Map:
// the clusterer's decisions compare scores, so a dot product summed in another order could move an article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Centroid, dot, topEntries, topUnitEntries, unitOf, type Vec } from './vector.ts';
import { idOf as id, keyOf as keyText } from './vocab.ts';

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
