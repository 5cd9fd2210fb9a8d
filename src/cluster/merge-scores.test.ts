// The merge pass's pair scores kept across passes (MergeScores): every answer is what storyToStory answers at
// that floor, the stories clustered are the same, and the later passes are answered from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { arrivalOrder, batchPasses, StoryClusterer } from './index.ts';
import { storyToStory } from './similarity.ts';

const ECB = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cluster', 'ecbplus-dev.jsonl');
const { documents } = await readDocuments([ECB]);
const order = arrivalOrder(documents).map((i) => documents[i]);

/** The batch run's passes (index.ts clusterRun): the online pass, then the merge, refinement and split passes. */
function run(c: StoryClusterer): void {
  for (const d of order) c.add(d);
  batchPasses(c);
}

test("a merge score kept across the passes is storyToStory's at every floor asked, and the stories are the same", () => {
  const kept = new StoryClusterer();
  const memo = kept.mergeScores;
  const score = memo.score.bind(memo);
  let asked = 0;
  let pruned = 0;
  memo.score = (a, b, w, floor) => {
    const got = score(a, b, w, floor);
    const fresh = storyToStory(a, b, w, floor);
    assert.equal(got.pruned === true, fresh.pruned === true, `${a.key}-${b.key} at ${floor}`);
    if (!fresh.pruned) assert.deepEqual(got, fresh);
    else pruned++;
    asked++;
    return got;
  };
  run(kept);
  // the later passes ask pairs again: answered without scoring (none were before MergeScores)
  assert.ok(memo.hits > 100, `${memo.hits} of ${asked} answered from the kept scores`);
  assert.ok(pruned > 100 && asked - pruned > 100, `${pruned} pruned of ${asked}`);

  // with every pair scored afresh, the same stories, members and reasons
  const fresh = new StoryClusterer();
  fresh.mergeScores.score = (a, b, w, floor) => storyToStory(a, b, w, floor);
  run(fresh);
  assert.deepEqual(kept.groups(), fresh.groups());
});

test('the kept scores are let go once the passes are over: cleared, a pair is scored again', () => {
  const c = new StoryClusterer();
  run(c);
  const memo = c.mergeScores;
  const [a, b] = c.stories.filter((s) => !s.mergedInto);
  memo.score(a, b, c.weights, 0);
  const hits = memo.hits;
  memo.score(a, b, c.weights, 0);
  assert.equal(memo.hits, hits + 1, 'asked again while kept: answered from memory');
  memo.clear();
  memo.score(a, b, c.weights, 0);
  assert.equal(memo.hits, hits + 1, 'asked after clear: scored again');
});

test("a storyline's score of a pair the merge passes kept is storyToStory's at the storylines' scale, and the lines are the same", () => {
  const c = new StoryClusterer();
  run(c);
  const memo = c.mergeScores;
  const w = { ...c.weights, timeScaleDays: c.weights.storylineTimeScaleDays };
  const storyline = memo.storyline.bind(memo);
  let asked = 0;
  let pruned = 0;
  memo.storyline = (a, b, sw, floor) => {
    assert.equal(sw.timeScaleDays, c.weights.storylineTimeScaleDays);
    const got = storyline(a, b, sw, floor);
    const fresh = storyToStory(a, b, w, floor);
    assert.equal(got.pruned === true, fresh.pruned === true, `${a.key}-${b.key}`);
    if (!fresh.pruned) assert.deepEqual(got, fresh);
    else pruned++;
    asked++;
    return got;
  };
  const hits = memo.hits;
  const live = c.stories.filter((s) => !s.mergedInto);
  const focus = new Set(live.filter((_, i) => i % 3 === 0));
  const lines = c.storylines();
  const focused = c.storylines(focus);
  // pairs the merge passes scored, within the free days of each other: not scored again
  assert.ok(memo.hits - hits > 100, `${memo.hits - hits} of ${asked} answered from the kept scores`);
  assert.ok(pruned > 100 && asked - pruned > 10, `${pruned} pruned of ${asked}`);
  assert.ok(lines.edges.length > 5 && focused.edges.length > 0, `${lines.edges.length} links`);
  // with every pair scored afresh (no kept scores), the same lines and links
  const keyed = (l: ReturnType<typeof c.storylines>) => ({
    lines: l.lines.map((line) => line.map((s) => s.key).sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]),
    edges: l.edges.map((e) => ({ a: e.a.key, b: e.b.key, score: e.score })),
  });
  memo.clear();
  assert.deepEqual(keyed(c.storylines()), keyed(lines));
  assert.deepEqual(keyed(c.storylines(focus)), keyed(focused));
});
