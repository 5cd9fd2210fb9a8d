import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../pipeline.ts';
import { fingerprint } from '../fingerprint/index.ts';
import { PairCounter } from './pair-counter.ts';

const SAMPLE = new URL('../../test/fixtures/provenance/reuters-sample.jsonl', import.meta.url).pathname;

/** The counts as a Map keyed by i * n + j (i < j) held them. */
function reference(n: number, groups: number[][], pairAllUpTo: number, firsts: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const members of groups) {
    const upTo = members.length <= pairAllUpTo ? members.length : firsts;
    for (let x = 1; x < members.length; x++)
      for (let y = 0; y < Math.min(x, upTo); y++) {
        const [i, j] = [members[x], members[y]];
        if (i === j) continue;
        const key = i < j ? i * n + j : j * n + i;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  return counts;
}

test("pair counts: the sentences of Reuters articles sharing a word, counted in the table as a Map counted them, through the table's growth", async () => {
  const { documents } = await readDocuments([SAMPLE]);
  // every sentence of the sample is an item; a word hash's sentences are a group (in reading order, repeats kept)
  const bySentence: Uint32Array[] = documents.flatMap((d) => {
    const words = fingerprint(d).sentenceWords;
    return Array.from({ length: words.count }, (_, s) => words.at(s));
  });
  const n = bySentence.length;
  const members = new Map<number, number[]>();
  bySentence.forEach((words, s) => {
    for (const h of words) {
      const l = members.get(h);
      if (l) l.push(s);
      else members.set(h, [s]);
    }
  });
  const groups = [...members.values()].filter((g) => g.length > 1);
  const counter = new PairCounter(n);
  for (const g of groups) counter.addGroup(g, 1, 12);
  const expected = reference(n, groups, 12, 6);
  // far more pairs than the table's first 4,096 slots hold: it grew several times
  assert.ok(expected.size > 10_000, `${expected.size} pairs`);
  for (const min of [1, 2, 3, 5]) {
    const want = [...expected]
      .filter(([, c]) => c >= min)
      .map(([key, c]) => [Math.floor(key / n), key % n, c])
      .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    assert.deepEqual(counter.pairs(min), want, `pairs with ${min} or more`);
  }
  // the pairs with 4 or more, each adding 3 to another counter's: those are its pairs, counting 3 (or 6 if met twice)
  const into = new PairCounter(n);
  counter.addPairs(into, 4, 3);
  counter.addPairs(into, 8, 3);
  const twice = [...expected].filter(([, c]) => c >= 4).map(([key, c]) => [Math.floor(key / n), key % n, c >= 8 ? 6 : 3]);
  assert.deepEqual(
    into.pairs(1),
    twice.sort((p, q) => p[0] - q[0] || p[1] - q[1]),
  );
});

test('pair counts: a counter sized up front for the adds its groups make counts as the Map did; addsOf is the number of adds addGroup makes', async () => {
  const { documents } = await readDocuments([SAMPLE]);
  const bySentence: Uint32Array[] = documents.flatMap((d) => {
    const words = fingerprint(d).sentenceWords;
    return Array.from({ length: words.count }, (_, s) => words.at(s));
  });
  const n = bySentence.length;
  const members = new Map<number, number[]>();
  bySentence.forEach((words, s) => {
    for (const h of new Set(words)) {
      const l = members.get(h);
      if (l) l.push(s);
      else members.set(h, [s]);
    }
  });
  const groups = [...members.values()].filter((g) => g.length > 1);
  // the adds addGroup makes, counted one by one against addsOf, for small and big groups (pairAllUpTo 12, linkFirst 6)
  let adds = 0;
  let made = 0;
  const counting = new PairCounter(n);
  const add = counting.add.bind(counting);
  counting.add = (i, j, w) => {
    made++;
    add(i, j, w);
  };
  for (const g of groups) {
    const before = made;
    counting.addGroup(g, 1, 12);
    assert.equal(PairCounter.addsOf(g.length, 12), made - before, `a group of ${g.length}`);
    adds += made - before;
  }
  assert.ok(groups.some((g) => g.length > 12) && groups.some((g) => g.length <= 12));
  // sized once, in two steps (some pairs held already), then filled: the same counts as the Map's
  const sized = new PairCounter(n);
  const half = groups.length >> 1;
  for (const g of groups.slice(0, half)) sized.addGroup(g, 1, 12);
  sized.reserve(0);
  sized.reserve(adds);
  for (const g of groups.slice(half)) sized.addGroup(g, 1, 12);
  const expected = reference(n, groups, 12, 6);
  assert.ok(expected.size > 10_000, `${expected.size} pairs`);
  const want = [...expected].map(([key, c]) => [Math.floor(key / n), key % n, c]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  assert.deepEqual(sized.pairs(1), want);
  assert.deepEqual(counting.pairs(1), want);
});
