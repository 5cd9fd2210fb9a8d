// A merge explains itself by the first member of the story it folds in. For a story taken back from a store
// (its memberships not yet read) that member is read when the memberships are, not during the merge pass: the
// store then fetches no member for the pass, and the reason is the one an uninterrupted run writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { OnlineIdf } from './idf.ts';
import { dfKeys } from './story.ts';
import { arrivalOrder, StoryClusterer } from './index.ts';
import { lazyMember, memberState, restoreMember, restoreStory, storyState } from './state.ts';
import { documentFeatures } from './features.ts';
import { scratchDir } from '../../test/scratch.ts';
import type { Membership } from '../model.ts';

const ECB = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cluster', 'ecbplus-dev.jsonl');
const lines = readFileSync(ECB, 'utf8').split('\n').filter(Boolean).slice(0, 160);
const file = join(scratchDir('cc-merge-opener-'), 'part.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);
const { documents } = await readDocuments([file]);
const order = arrivalOrder(documents).map((i) => documents[i]);

test("a stored story's merge reason reads its first member only with its memberships, and is an uninterrupted run's", () => {
  const whole = new StoryClusterer();
  for (const d of order) whole.add(d);
  whole.merge();

  // the first half stored as a store keeps it, then resumed with its members restored on first use (reads noted)
  const half = Math.floor(order.length / 2);
  const first = new StoryClusterer();
  for (const d of order.slice(0, half)) first.add(d);
  const stories = JSON.parse(JSON.stringify(first.stories.map(storyState)));
  const memberships: Membership[][] = JSON.parse(JSON.stringify(first.stories.map((s) => s.memberships)));
  const members = first.arrived.map((a) => memberState(a));
  const counts = new Map<string, number>();
  for (const d of order.slice(0, half)) for (const k of new Set(dfKeys(documentFeatures(d)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const read = new Set<number>();
  const c = new StoryClusterer();
  c.resume(OnlineIdf.from(half, counts), half, stories.length);
  for (const [i, st] of stories.entries())
    c.adopt(
      restoreStory(st, () => memberships[i]),
      st.members.map((p: number) => [
        p,
        lazyMember(() => {
          read.add(p);
          return restoreMember(members[p]);
        }),
      ]),
    );
  for (const d of order.slice(half)) c.add(d);

  read.clear();
  c.merge();
  const mergedStored = c.stories.filter((s) => s.mergedInto && s.key < stories.length);
  assert.ok(mergedStored.length > 0, 'the merge pass folded in a stored story');
  assert.deepEqual([...read], [], 'no stored member read during the merge pass');

  // read with the memberships: the reasons are those of the run that never stopped
  const reasons = (x: StoryClusterer) =>
    x
      .groups()
      .flatMap((g) => g.members)
      .map((m) => [m.document, m.similarity, m.reason] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const got = reasons(c);
  assert.deepEqual(got, reasons(whole));
  const openers = mergedStored.map((s) => order[s.members[0]].id);
  for (const id of openers) assert.match(got.find(([d]) => d === id)?.[2] ?? '', /^merged with/);
});
