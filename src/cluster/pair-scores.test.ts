// The merge pass's remembered story-story scores (pair-scores.ts) must be what scoring afresh gives: on real
// Reuters stories, a pair asked again unchanged is not scored again, one pruned under a floor is scored in full
// under a lower one, and a story that changed is scored as it is now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { documentFeatures } from './features.ts';
import { OnlineIdf } from './idf.ts';
import { PairScores } from './pair-scores.ts';
import { storyToStory } from './similarity.ts';
import { countKeys, docKeyIds, docVectors, Story, type DocVectors } from './story.ts';
import { WEIGHTS } from './weights.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster');
const docs = (await readDocuments([join(FIXTURES, 'reuters-issuers.jsonl')])).documents;

test('a pair scored before is the same score while neither story changes, and scored afresh when one does', () => {
  const idf = new OnlineIdf();
  const vectors: DocVectors[] = docs.map((doc) => {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    return docVectors(f, idf, ids);
  });
  const membership = { document: '', similarity: 1, features: {}, reason: '' };
  // two articles a story, the last few kept to join a story later
  const stories: Story[] = [];
  const spare = vectors.length - 4;
  for (let i = 0; i < spare; i++) {
    if (i % 2 === 0) stories.push(new Story(stories.length));
    stories[stories.length - 1].add(i, vectors[i], null, { ...membership }, 20);
  }
  assert.ok(stories.length >= 8);
  // a pair that scores in full under no floor and is pruned under a high one
  const high = 0.99;
  let pair: [Story, Story] | null = null;
  for (const a of stories)
    for (const b of stories) {
      if (pair || a === b) continue;
      const full = storyToStory(a, b, WEIGHTS, 0);
      if (!full.pruned && full.value > 0 && storyToStory(a, b, WEIGHTS, high).pruned) pair = [a, b];
    }
  assert.ok(pair, 'a pair pruned under the high floor');
  const [a, b] = pair;
  const scores = new PairScores(WEIGHTS);
  assert.equal(scores.score(a, b, high).pruned, true);
  // under a lower floor: scored in full, as afresh
  const full = scores.score(a, b, WEIGHTS.merge);
  assert.ok(!full.pruned);
  assert.deepEqual(full, storyToStory(a, b, WEIGHTS, WEIGHTS.merge));
  // asked again unchanged (under any floor): the same score, not made again
  assert.equal(scores.score(a, b, WEIGHTS.merge), full);
  assert.equal(scores.score(a, b, high), full);
  // the other order is its own pair
  assert.deepEqual(scores.score(b, a, 0), storyToStory(b, a, WEIGHTS, 0));
  // a story that changes is scored as it is now
  a.add(spare, vectors[spare], null, { ...membership }, 20);
  const now = scores.score(a, b, 0);
  assert.notEqual(now, full);
  assert.deepEqual(now, storyToStory(a, b, WEIGHTS, 0));
  assert.notDeepEqual(now.cosines, full.cosines);
  b.add(spare + 1, vectors[spare + 1], null, { ...membership }, 20);
  assert.deepEqual(scores.score(a, b, 0), storyToStory(a, b, WEIGHTS, 0));
});
