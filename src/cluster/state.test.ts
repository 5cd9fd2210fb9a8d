// A stream stopped, stored as plain JSON and resumed goes on exactly as if it never stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { OnlineIdf } from './idf.ts';
import { dfKeys, SPACES, type Story } from './story.ts';
import { docUnits } from './similarity.ts';
import { arrivalOrder, StoryClusterer } from './index.ts';
import { memberState, restoreMember, restoreStory, storyState } from './state.ts';
import { documentFeatures } from './features.ts';
import { scratchDir } from '../../test/scratch.ts';
import type { Membership } from '../model.ts';

const ECB = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cluster', 'ecbplus-dev.jsonl');
const lines = readFileSync(ECB, 'utf8').split('\n').filter(Boolean).slice(0, 160);
const file = join(scratchDir('cc-state-'), 'part.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);
const { documents } = await readDocuments([file]);
const order = arrivalOrder(documents).map((i) => documents[i]);

/**
 * The first half of the stream as a store keeps it (stories and members as JSON, document frequencies as counts),
 * the memberships it gave, and a way to resume a clusterer from that one stored state (as often as asked).
 */
function storedHalf() {
  const half = Math.floor(order.length / 2);
  const first = new StoryClusterer();
  const got = order.slice(0, half).map((d) => first.add(d));
  const stories = JSON.parse(JSON.stringify(first.stories.map(storyState)));
  // memberships are stored apart from the state, and read through `loads` (counted, per story key)
  const memberships: Membership[][] = JSON.parse(JSON.stringify(first.stories.map((s) => s.memberships)));
  const loads = new Map<number, number>();
  const members = first.arrived.map((a) => memberState(a));
  const counts = new Map<string, number>();
  for (const m of members) for (const k of new Set(dfKeys(documentFeatures(order[members.indexOf(m)])))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const resumed = () => {
    const c = new StoryClusterer();
    c.resume(OnlineIdf.from(half, counts), half, stories.length);
    for (const [i, st] of stories.entries())
      c.adopt(
        restoreStory(st, () => {
          loads.set(st.key, (loads.get(st.key) ?? 0) + 1);
          return memberships[i];
        }),
        st.members.map((p: number) => [p, restoreMember(members[p])]),
      );
    return c;
  };
  return { half, got, resumed, loads, stories: stories.length };
}

test('the online pass resumed from stored state gives the memberships of one uninterrupted pass', () => {
  const whole = new StoryClusterer();
  const expected = order.map((d) => whole.add(d));

  const { half, got, resumed } = storedHalf();
  const second = resumed();
  for (const d of order.slice(half)) got.push(second.add(d));
  assert.deepEqual(got, expected);
  assert.deepEqual(
    second.groups().map((g) => g.documents),
    whole.groups().map((g) => g.documents),
  );
});

test('stories taken back again from one stored state share its restored sums until they change, and change only themselves', () => {
  const whole = new StoryClusterer();
  const expected = order.map((d) => whole.add(d));
  // one parsed state handed back batch after batch (the base's cache does so while a story is unchanged)
  const { half, resumed } = storedHalf();
  const a = resumed();
  const b = resumed();
  const big = a.stories.findIndex((s) => s.centroids.text.size > 0);
  // restored once: both read the same sums
  assert.equal(a.stories[big].centroids.text.sum, b.stories[big].centroids.text.sum);
  const before = [...b.stories[big].centroids.text.sum];
  // the first resumed stream goes on and changes its stories; the second, taken back from the same states, is untouched
  const got = order.slice(0, half).map((_, i) => expected[i]);
  for (const d of order.slice(half)) got.push(a.add(d));
  assert.deepEqual(got, expected);
  assert.deepEqual([...b.stories[big].centroids.text.sum], before);
  const again: typeof expected = order.slice(0, half).map((_, i) => expected[i]);
  for (const d of order.slice(half)) again.push(b.add(d));
  assert.deepEqual(again, expected);
  assert.deepEqual(
    b.groups().map((g) => g.documents),
    whole.groups().map((g) => g.documents),
  );
});

/** Refinement rounds after the merge pass, as a batch run does them. */
function refineRounds(c: StoryClusterer): void {
  let changed: Set<Story> | undefined;
  for (let round = 0; round < c.weights.refine; round++) {
    changed = c.refine(changed);
    if (changed.size === 0) break;
    c.merge(changed);
  }
}

test('stored memberships are read only when a pass reads them; merged and refined they are those of one uninterrupted pass', () => {
  const whole = new StoryClusterer();
  for (const d of order) whole.add(d);
  const { half, resumed, loads, stories } = storedHalf();
  const c = resumed();
  for (const d of order.slice(half)) c.add(d);
  c.merge();
  // stored stories took new members and were merged, and no stored membership was read for it
  assert.ok(c.stories.some((s, i) => i < stories && s.mergedInto));
  assert.ok(c.stories.some((s, i) => i < stories && s.members.some((p) => p >= half)));
  assert.equal(loads.size, 0);
  whole.merge();
  refineRounds(whole);
  refineRounds(c);
  const groups = c.groups();
  assert.deepEqual(
    groups.map((g) => [g.documents, g.members]),
    whole.groups().map((g) => [g.documents, g.members]),
  );
  // each stored story's memberships read once, whatever merges carried them
  assert.ok([...loads.values()].every((n) => n === 1));
});

test("a stored member gives its units straight from the stored entries: its vectors' units, keyed by id, no Map made first", () => {
  const c = new StoryClusterer();
  for (const d of order.slice(0, 40)) c.add(d);
  for (const a of c.arrived) {
    const stored = memberState(a);
    const expected = docUnits(restoreMember(stored).vectors);
    const r = restoreMember(stored);
    const units = r.units?.();
    assert.ok(units, 'a restored member reads its units without its vectors');
    for (const sp of SPACES) {
      assert.deepEqual([...units[sp].keys], [...expected[sp].keys], sp);
      assert.deepEqual([...units[sp].weights], [...expected[sp].weights], sp);
      assert.deepEqual([...units[sp].map], [...expected[sp].map], sp);
    }
    assert.deepEqual(units.lead, expected.lead);
    // its vectors, read after its units, are the Maps a member read for its vectors alone holds, in their order
    const later = r.vectors;
    const first = restoreMember(stored).vectors;
    for (const sp of SPACES) assert.deepEqual([...later[sp]], [...first[sp]], sp);
    assert.deepEqual(later.lead, first.lead);
  }
});
