// A floor only saves work: a pair scored with one is either the pair scored without it or, when its score is
// below the floor, pruned; and what is read once is not worked out twice. On real Reuters items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { gapDays, publishedGap, type TimeSide } from './days.ts';
import { whenOf } from './index.ts';
import { documentFeatures } from './features.ts';
import { OnlineIdf } from './idf.ts';
import { docToStory, docUnits, sharedKeys, storyToStory } from './similarity.ts';
import { scoreFeatures } from './explain.ts';
import { countKeys, docKeyIds, docVectors, SPACES, Story } from './story.ts';
import { Centroid, topEntries, topKeys, type ReadVec } from './vector.ts';
import { keyOf } from './vocab.ts';
import { WEIGHTS } from './weights.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster');
const docs = (await readDocuments(['reuters-issuers.jsonl', 'reuters-flashes.jsonl', 'reuters-groups.jsonl'].map((f) => join(FIXTURES, f)))).documents;

/** Every document read, and stories of three documents each in input order. */
function read() {
  const idf = new OnlineIdf();
  const membership = { document: '', similarity: 1, features: {}, reason: '' };
  const stories: Story[] = [];
  const arrived = docs.map((doc, i) => {
    const features = documentFeatures(doc);
    const ids = docKeyIds(features);
    countKeys(idf, ids);
    const vectors = docVectors(features, idf, ids);
    if (i % 3 === 0) stories.push(new Story(stories.length));
    stories[stories.length - 1].add(i, vectors, features.time, { ...membership }, 400, features.mentions);
    return { units: docUnits(vectors), when: whenOf(features) };
  });
  return { arrived, stories };
}

test('a document scored with a floor gets the score it gets without one, or is pruned when that score is below the floor', () => {
  const { arrived, stories } = read();
  let scored = 0;
  let leads = 0;
  let prunedBelow = 0;
  for (const a of arrived) {
    for (const s of stories) {
      const full = docToStory(a.units, a.when, s, WEIGHTS);
      if (full.value === 0) continue;
      scored++;
      if (full.lead) leads++;
      // the score before its lead factor (at most 1)
      const unscaled = full.lead ? full.value / full.lead.factor : full.value;
      for (const floor of [full.value / 2, full.value, full.value + 1e-6, unscaled + 1e-6, unscaled * 1.5, 0.99]) {
        const r = docToStory(a.units, a.when, s, WEIGHTS, floor);
        if (r.pruned) assert.ok(full.value < floor, `pruned at ${floor}, scores ${full.value}`);
        else assert.deepEqual(r, full);
      }
      // just above its score before the lead factor: pruned, whatever the spaces after the names gave
      assert.equal(docToStory(a.units, a.when, s, WEIGHTS, unscaled + 1e-6).pruned, true);
      prunedBelow++;
    }
  }
  assert.ok(scored > 500 && leads > 20 && prunedBelow === scored, `${scored} pairs, ${leads} with a lead factor`);
});

test("a document's score carries the time factor and the gap gapDays gives the pair; a pair too far apart in time is pruned above a floor", () => {
  const { arrived, stories } = read();
  const w = WEIGHTS;
  const slack = { day: w.mentionDaySlack, month: w.mentionMonthSlack, year: w.mentionYearSlack };
  const DAY = 86_400_000;
  let apart = 0;
  let far = 0;
  let via = 0;
  for (const a of arrived) {
    // the same document as if published ~11 years later (its text's mentions as they are)
    const later: TimeSide = { ...a.when, firstTime: (a.when.firstTime ?? 0) + 4000 * DAY, lastTime: (a.when.lastTime ?? 0) + 4000 * DAY };
    for (const when of [a.when, later]) {
      for (const s of stories) {
        const score = docToStory(a.units, when, s, w);
        const published = publishedGap(when, s);
        const gap = published === null || published <= w.timeFreeDays ? undefined : (gapDays(when, s, slack, w.timeFreeDays) ?? undefined);
        const time = !gap || gap.days <= w.timeFreeDays ? 1 : Math.exp(-(gap.days - w.timeFreeDays) / w.joinTimeScaleDays);
        assert.deepEqual(score.gap, gap);
        assert.equal(score.time, time);
        if (gap) apart++;
        if (gap?.via) via++;
        if (time < 0.02) {
          far++;
          assert.equal(score.value, 0);
          assert.equal(docToStory(a.units, when, s, w, 0.01).pruned, true);
        }
      }
    }
  }
  assert.ok(apart > 100 && far > 100 && via > 0, `${apart} pairs apart, ${far} far, ${via} bridged by a mention`);
});

test("a centroid's keys ranked in place are topEntries' keys, in its order (a story's why)", () => {
  const { stories } = read();
  let asked = 0;
  for (const s of stories) {
    for (const space of SPACES) {
      const sum = s.centroids[space].sum;
      for (const k of [0, 1, 4, 12, 400]) {
        const want = topEntries(sum, k).map(([key]) => key);
        assert.deepEqual(topKeys(sum, k), want);
        assert.deepEqual(topKeys(new Map(sum), k), want);
        asked++;
      }
    }
  }
  assert.ok(asked > 100, `${asked}`);
});

test('two stories are scored with one product of their sums per space, their lead rescue included', () => {
  const { stories } = read();
  const products = { n: 0 };
  const meanWithCentroid = Centroid.prototype.meanWithCentroid;
  Centroid.prototype.meanWithCentroid = function (this: Centroid, other: Centroid) {
    products.n++;
    return meanWithCentroid.call(this, other);
  };
  let withLeads = 0;
  try {
    for (const a of stories) {
      for (const b of stories) {
        if (a === b) continue;
        products.n = 0;
        storyToStory(a, b, WEIGHTS);
        assert.ok(products.n <= 5, `${products.n} products for stories ${a.key} and ${b.key}`);
        if (a.leads.members && b.leads.members) withLeads++;
      }
    }
  } finally {
    Centroid.prototype.meanWithCentroid = meanWithCentroid;
  }
  assert.ok(withLeads > 100, `${withLeads} pairs with lead subjects`);
});

test('two stories whose time factor alone is below the floor are pruned before any product, their ceiling the time factor', () => {
  const { stories } = read();
  const DAY = 86_400_000;
  const products = { n: 0 };
  const meanWithCentroid = Centroid.prototype.meanWithCentroid;
  Centroid.prototype.meanWithCentroid = function (this: Centroid, other: Centroid) {
    products.n++;
    return meanWithCentroid.call(this, other);
  };
  let apart = 0;
  try {
    for (const a of stories) {
      for (const b of stories) {
        if (a === b || a.firstTime === null || b.firstTime === null) continue;
        const [first, last] = [b.firstTime, b.lastTime as number];
        // b as if published weeks later: its time factor between "too far" and the merge threshold
        for (const days of [20, 40, 80]) {
          b.firstTime = first + days * DAY;
          b.lastTime = last + days * DAY;
          const full = storyToStory(a, b, WEIGHTS);
          if (full.time >= WEIGHTS.merge || full.value === 0) continue;
          apart++;
          assert.ok(full.value <= full.time, `${full.value} above its time factor ${full.time}`);
          products.n = 0;
          const ceilings = { text: Number.POSITIVE_INFINITY, names: Number.POSITIVE_INFINITY };
          const pruned = storyToStory(a, b, WEIGHTS, WEIGHTS.merge, ceilings);
          assert.equal(pruned.pruned, true);
          assert.equal(products.n, 0, 'no product of the sums');
          assert.ok(ceilings.text >= full.time && ceilings.text < WEIGHTS.merge, `ceiling ${ceilings.text}, time ${full.time}`);
          // below its time factor the floor does not rule the pair out: scored as without one
          if (full.value >= full.time / 2) assert.deepEqual(storyToStory(a, b, WEIGHTS, full.time / 2), full);
        }
        b.firstTime = first;
        b.lastTime = last;
      }
    }
  } finally {
    Centroid.prototype.meanWithCentroid = meanWithCentroid;
  }
  assert.ok(apart > 100, `${apart} pairs apart in time`);
});

/** sharedKeys as it was written before it ranked in a scratch: every shared pair made, all sorted, the first k. */
function sharedKeysBySort(a: ReadVec, b: ReadVec, k: number): number[] {
  const out: Array<[number, number]> = [];
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small.keys()) {
    const o = big.get(key);
    if (o !== undefined) out.push([key, (small.get(key) as number) * o]);
  }
  return out
    .sort((x, y) => y[1] - x[1] || (keyOf(x[0]) < keyOf(y[0]) ? -1 : 1))
    .slice(0, k)
    .map(([key]) => key);
}

test('sharedKeys gives the keys a sort of every shared [key, product] pair gives: a document against stories, stories against stories, ties and deleted entries', () => {
  const idf = new OnlineIdf();
  const membership = { document: '', similarity: 1, features: {}, reason: '' };
  const stories: Story[] = [];
  const read = docs.map((doc, i) => {
    const features = documentFeatures(doc);
    const ids = docKeyIds(features);
    countKeys(idf, ids);
    const vectors = docVectors(features, idf, ids);
    if (i % 3 === 0) stories.push(new Story(stories.length));
    stories[stories.length - 1].add(i, vectors, features.time, { ...membership }, 400, features.mentions);
    return { vectors, features };
  });
  // a member taken out again: its story's sums hold deleted entries
  let deleted = 0;
  for (const s of stories.filter((_, i) => i % 4 === 0)) {
    const p = s.members[0];
    s.removeMember(p, read[p].vectors, read[p].features.mentions);
    deleted++;
  }
  let asked = 0;
  let ties = 0;
  let mapSmaller = 0;
  let sumsSmaller = 0;
  const check = (a: ReadVec, b: ReadVec) => {
    for (const k of [4, 8, 400]) {
      const want = sharedKeysBySort(a, b, k);
      assert.deepEqual(sharedKeys(a, b, k), want);
      asked++;
    }
    // products that tie (ranked by key text)
    const products = sharedKeysBySort(a, b, Infinity).map((key) => (a.get(key) as number) * (b.get(key) as number));
    if (new Set(products).size < products.length) ties++;
  };
  for (let i = 0; i < read.length; i += 2) {
    for (const s of stories) {
      for (const space of SPACES) {
        const v = read[i].vectors[space];
        const sum = s.centroids[space].sum;
        if (v.size <= sum.size) mapSmaller++;
        else sumsSmaller++;
        check(v, sum);
      }
    }
  }
  for (const a of stories) for (const b of stories) for (const space of SPACES) check(a.centroids[space].sum, b.centroids[space].sum);
  assert.ok(deleted > 0 && asked > 1000 && ties > 0 && mapSmaller > 0 && sumsSmaller > 0, `${deleted} ${asked} ${ties} ${mapSmaller} ${sumsSmaller}`);
});

test("a scored document's cosines hold every space's key (one shape), and its features only the spaces either side has", () => {
  const { arrived, stories } = read();
  let some = 0;
  for (const a of arrived)
    for (const s of stories) {
      const score = docToStory(a.units, a.when, s, WEIGHTS);
      if (score.value === 0) continue;
      // in the spaces' order, whichever are undefined
      assert.deepEqual(Object.keys(score.cosines), ['text', 'title', 'names', 'numbers', 'dates']);
      const features = scoreFeatures(score);
      for (const space of SPACES) assert.equal(space in features, score.cosines[space] !== undefined, space);
      if (SPACES.some((space) => score.cosines[space] === undefined)) some++;
    }
  assert.ok(some > 50, `${some} scores with a space neither side has`);
});
