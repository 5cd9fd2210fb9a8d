// The split check on real text: ECB+ topic 35 (two DUI arrests of San Diego Chargers players, Vincent
// Jackson's and Jamal Williams') in an input order where the other passes
// leave both events in one story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { readDocuments } from '../pipeline.ts';
import { clusterStories } from './index.ts';
import { shuffled } from './eval.ts';
import { findSplit, scratchStory, type PairSimilarities } from './split.ts';
import type { Story } from './story.ts';
import { arrivalOrder, StoryClusterer } from './index.ts';
import { WEIGHTS } from './weights.ts';
import { scratchDir } from '../../test/scratch.ts';

const ECB = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'ecbplus-dev.jsonl');
const gold = new Map<string, string>();
const TOPICS = ['10_', '35_'];
const lines = readFileSync(ECB, 'utf8')
  .split('\n')
  .filter((line) => line.trim() && TOPICS.some((t) => String(JSON.parse(line).id).startsWith(t)));
for (const line of lines) gold.set(String(JSON.parse(line).id), String(JSON.parse(line).cluster));
// only the two topics the tests read are prepared (an article's reading depends on no other article)
const file = join(scratchDir('cc-split-'), 'topics.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);
const ecb = (await readDocuments([file])).documents;
const topic = (t: number) => ecb.filter((d) => d.id.startsWith(`${t}_`));
/** topic 35 in the 11th shuffled order (bench/cluster.ts's seeds) */
const order = shuffled(topic(35), 11).map((d, i) => ({ ...d, order: i }));

/** Stories holding at least two articles of each of two gold events. */
const mixed = (groups: Array<{ documents: string[] }>) =>
  groups.filter((g) => {
    const count = new Map<string, number>();
    for (const id of g.documents) count.set(gold.get(id) as string, (count.get(gold.get(id) as string) ?? 0) + 1);
    return [...count.values()].filter((n) => n >= 2).length >= 2;
  });

test('a story holding two events the passes could not pull apart is split, and the split says why', () => {
  // without the split check, the 2009 arrest's reports end in the 2010 arrest's story
  assert.equal(mixed(clusterStories(order, { weights: { splitMinPart: Number.POSITIVE_INFINITY } })).length, 1);
  const groups = clusterStories(order);
  assert.deepEqual(mixed(groups), []);
  const moved = groups.flatMap((g) => g.members.filter((m) => m.reason.startsWith('split off')));
  assert.ok(moved.length >= WEIGHTS.splitMinPart);
  // every article split off is of the one event; its reason names what each group has that the other has not
  for (const m of moved) {
    assert.equal(gold.get(m.document), gold.get(moved[0].document));
    assert.match(m.reason, /score 0\.\d\d < merge 0\.\d\d as two stories/);
    // the 2010 arrest's articles name Jamal Williams; the 2009 one's are told by other names
    assert.match(m.reason, /these name Williams \d+\/\d+, Jamal \d+\/\d+/);
    assert.match(m.reason, /the others \S+ \d+\/\d+/);
  }
  // the articles left behind say a group went
  const left = groups.find((g) => g.members.some((m) => /was split off this story/.test(m.reason)));
  assert.ok(left?.documents.every((id) => gold.get(id) !== gold.get(moved[0].document)));
});

test('a story of one event is left whole', () => {
  // each event of 10 articles or more as one story, its articles read in a clusterer of the whole topic
  for (const t of [10, 35]) {
    const c = new StoryClusterer();
    for (const d of topic(t)) c.add(d);
    for (const event of [`${t}_1`, `${t}_2`]) {
      const members = c.arrived.flatMap((a, p) => (gold.get(a.doc.id) === event ? [p] : []));
      if (members.length < 10) continue;
      assert.equal(findSplit(c, scratchStory(c, members)), null, `${event} (${members.length} articles) split`);
    }
  }
});

test('a story checked again scores only the pairs its new members make, and splits as one checked afresh', () => {
  // the mixed story of the first test, left whole (no split check in the passes)
  const c = new StoryClusterer({ weights: { splitMinPart: Number.POSITIVE_INFINITY } });
  for (const i of arrivalOrder(order)) c.add(order[i]);
  c.merge();
  let changed: Set<Story> | undefined;
  for (let round = 0; round < c.weights.refine && changed?.size !== 0; round++) {
    changed = c.refine(changed);
    if (changed.size) c.merge(changed);
  }
  const story = c.stories.filter((s) => !s.mergedInto).find((s) => mixed([{ documents: s.members.map((p) => c.arrived[p].doc.id) }]).length);
  assert.ok(story && story.members.length >= 2 * WEIGHTS.splitMinPart);
  const kept = new Map<number, PairSimilarities>();
  const memo = { get: (k: number) => kept.get(k), set: (k: number, v: PairSimilarities) => void kept.set(k, v) };
  const host = (splitMemo?: typeof memo) => ({
    weights: WEIGHTS,
    limits: c.limits,
    arrived: c.arrived,
    mergeThreshold: (a: Story, b: Story) => c.mergeThreshold(a, b),
    splitMemo,
  });
  const fresh = findSplit(host(), story);
  assert.ok(fresh, 'the mixed story splits');
  // checked before it took its last three members: the pairs among the others are kept
  const members = story.members.slice().sort((a, b) => a - b);
  const earlier = members.slice(0, -3);
  const scratch = new Map<number, PairSimilarities>();
  findSplit(host({ get: (k) => scratch.get(k), set: (k, v) => void scratch.set(k, v) }), story);
  const full = scratch.get(story.key) as PairSimilarities;
  assert.deepEqual(full.members, members);
  const sim = earlier.map((_, i) => Float64Array.from(earlier, (_, j) => full.sim[i][j]));
  // one kept pair marked: a pair both members of which were checked before is taken, not scored again
  sim[0][1] = sim[1][0] = 0.123456789;
  kept.set(story.key, { members: earlier, sim });
  findSplit(host(memo), story);
  const again = kept.get(story.key) as PairSimilarities;
  assert.deepEqual(again.members, members);
  assert.equal(again.sim[0][1], 0.123456789);
  for (let i = 0; i < members.length; i++)
    for (let j = 0; j < members.length; j++) if (!(Math.min(i, j) === 0 && Math.max(i, j) === 1)) assert.equal(again.sim[i][j], full.sim[i][j]);
  // with the true values kept, the split is the one found afresh
  kept.set(story.key, { members: earlier, sim: earlier.map((_, i) => Float64Array.from(earlier, (_, j) => full.sim[i][j])) });
  assert.deepEqual(findSplit(host(memo), story), fresh);
});
