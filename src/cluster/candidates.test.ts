// The candidate index keeps a story's postings up to date as the story changes (re-posted under the keys it
// gains, taken out of those it loses, removed when merged away): after any such history, a look-up must find
// what an index built afresh from the stories as they now are finds, best first, on real articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { StoryIndex } from './candidates.ts';
import { documentFeatures } from './features.ts';
import { OnlineIdf } from './idf.ts';
import { docUnits } from './similarity.ts';
import { countKeys, docKeyIds, docVectors, Story, type DocVectors } from './story.ts';
import { LIMITS } from './weights.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster');
const docs = (await readDocuments([join(FIXTURES, 'reuters-issuers.jsonl'), join(FIXTURES, 'reuters-flashes.jsonl')])).documents;

test('an index kept up through re-posts and removals finds what a fresh index of the same stories finds', () => {
  const idf = new OnlineIdf();
  const vectors: DocVectors[] = docs.map((doc) => {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    return docVectors(f, idf, ids);
  });
  assert.ok(vectors.length >= 20);
  // small limits, so postings fill past the common-key bound and the look-ups choose among many hits
  const limits = { ...LIMITS, postedTerms: 8, queryTerms: 6, candidates: 3, maxPosting: 4 };
  const kept = new StoryIndex(limits);
  const stories: Story[] = [];
  const membership = { document: '', similarity: 1, features: {}, reason: '' };
  vectors.forEach((v, i) => {
    // every third article opens a story, the others join the one opened before (each change re-posts it)
    if (i % 3 === 0) stories.push(new Story(stories.length));
    const s = stories[stories.length - 1];
    s.add(i, v, null, { ...membership }, 20);
    kept.post(s);
  });
  // a story merged away leaves the index, and one member moves (its story loses keys)
  const gone = stories[1];
  kept.remove(gone);
  stories[2].removeMember(stories[2].members[0], vectors[stories[2].members[0]]);
  kept.post(stories[2]);
  const fresh = new StoryIndex(limits);
  for (const s of stories) if (s !== gone) fresh.post(s);
  let found = 0;
  for (const v of vectors) {
    const units = docUnits(v);
    const a = kept.candidates(units).map((s) => s.key);
    assert.deepEqual(
      a,
      fresh.candidates(units).map((s) => s.key),
    );
    assert.ok(!a.includes(gone.key));
    found += a.length;
  }
  assert.ok(found > vectors.length, 'the look-ups find stories');
  for (const s of stories)
    if (s !== gone)
      assert.deepEqual(
        kept.neighbours(s).map((n) => n.key),
        fresh.neighbours(s).map((n) => n.key),
      );
});
