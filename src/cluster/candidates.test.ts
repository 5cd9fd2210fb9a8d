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
import { Sums } from './sums.ts';
import { unitOfArrays } from './vector.ts';
import { LIMITS } from './weights.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster');
const docs = (await readDocuments([join(FIXTURES, 'reuters-issuers.jsonl'), join(FIXTURES, 'reuters-flashes.jsonl')])).documents;

/** The fixture documents' vectors, their key weights counted in arrival order (as the clusterer counts them). */
function vectorsOfDocs(): DocVectors[] {
  const idf = new OnlineIdf();
  const vectors = docs.map((doc) => {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    return docVectors(f, idf, ids);
  });
  return vectors;
}

test('an index kept up through re-posts and removals finds what a fresh index of the same stories finds', () => {
  const vectors = vectorsOfDocs();
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
  // a story opened after the removal takes the place the removed one left in the index (its slot)
  const late = new Story(stories.length);
  late.add(0, vectors[0], null, { ...membership }, 20);
  late.add(1, vectors[1], null, { ...membership }, 20);
  stories.push(late);
  kept.post(late);
  assert.ok(kept.candidates(docUnits(vectors[0])).includes(late));
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

// focused storylines (storylines.ts) look for the stories that offer a story as their partner among those
// sharing its posted keys only: every one of them must be there, whatever the common-key bound drops
test('every story counting a story among its neighbours shares a posted key with it', () => {
  const idf = new OnlineIdf();
  const limits = { ...LIMITS, postedTerms: 8, queryTerms: 6, storyCandidates: 2, maxPosting: 4 };
  const index = new StoryIndex(limits);
  const stories: Story[] = [];
  const membership = { document: '', similarity: 1, features: {}, reason: '' };
  docs.forEach((doc, i) => {
    const f = documentFeatures(doc);
    const ids = docKeyIds(f);
    countKeys(idf, ids);
    if (i % 2 === 0) stories.push(new Story(stories.length));
    const s = stories[stories.length - 1];
    s.add(i, docVectors(f, idf, ids), null, { ...membership }, 20);
    index.post(s);
  });
  let offers = 0;
  let shared = 0;
  for (const a of stories) {
    const list = index.sharing(a);
    const sharing = new Set(list);
    // each once, itself left out (a storyline walk meets them all: no repeats to skip)
    assert.equal(sharing.size, list.length, `story ${a.key}: a story met twice`);
    assert.ok(!sharing.has(a), `story ${a.key} shares keys with itself`);
    shared += sharing.size;
    for (const b of stories) {
      if (!index.neighbours(b).includes(a)) continue;
      offers++;
      assert.ok(sharing.has(b), `story ${b.key} offers story ${a.key}, which does not find it`);
    }
  }
  assert.ok(offers >= stories.length, 'stories offer partners');
  assert.ok(shared < stories.length * stories.length, 'not every story shares a key with every other');
});

// a story's look-up reads the first of its posted keys (a space's top 12 are the first 12 of its top 30) with
// its sums' weights: the stories a look-up by its top keys ranked afresh finds, and no ranking of its sums again
test("a story's look-up finds what a look-up by its top keys finds, its keys read off its posting", () => {
  const idf = new OnlineIdf();
  const membership = { document: '', similarity: 1, features: {}, reason: '' };
  // query keys within the posted ones, and more of them than are posted (ranked afresh then)
  for (const [queryTerms, postedTerms] of [
    [6, 8],
    [12, 30],
    [1, 1],
    [10, 8],
  ]) {
    const limits = { ...LIMITS, postedTerms, queryTerms, candidates: 3, storyCandidates: 3, maxPosting: 6 };
    const index = new StoryIndex(limits);
    const stories: Story[] = [];
    docs.forEach((doc, i) => {
      const f = documentFeatures(doc);
      const ids = docKeyIds(f);
      countKeys(idf, ids);
      if (i % 3 === 0) stories.push(new Story(stories.length));
      const s = stories[stories.length - 1];
      s.add(i, docVectors(f, idf, ids), null, { ...membership }, 20);
      index.post(s);
    });
    let found = 0;
    for (const s of stories) {
      // the story's sums as a unit: a document's look-up ranks its top keys (unitIndexKeys) as indexKeys does
      const unit = (sum: Story['centroids']['text']['sum']) => {
        const { keys, weights } = sum.arrays();
        return unitOfArrays(keys.slice(), weights.slice());
      };
      const want = index.candidates({ text: unit(s.centroids.text.sum), names: unit(s.centroids.names.sum) }, s).map((n) => n.key);
      const ranked = { n: 0 };
      const compacted = Sums.prototype.compacted;
      Sums.prototype.compacted = function (this: Sums) {
        ranked.n++;
        return compacted.call(this);
      };
      try {
        assert.deepEqual(
          index.neighbours(s).map((n) => n.key),
          want,
          `story ${s.key}, ${queryTerms} of ${postedTerms}`,
        );
      } finally {
        Sums.prototype.compacted = compacted;
      }
      if (queryTerms <= postedTerms) assert.equal(ranked.n, 0, 'a posted story is looked up by its posted keys, not ranked again');
      found += want.length;
    }
    assert.ok(found > 0, 'the look-ups find stories');
  }
});

// a story leaving a posting (removed, or re-posted without the key) is taken out at the place the index noted for
// it, and the slot moved into that place has its own place noted: no list is searched (common keys' lists grow
// with the stories held), and after any history every list holds what a fresh index's holds
test('a story leaves its postings at their noted places, no list searched, the lists as a fresh index holds them', () => {
  const vectors = vectorsOfDocs();
  // every list read (maxPosting past any list), few keys a story, so stories share them and lists are long
  const limits = { ...LIMITS, postedTerms: 6, queryTerms: 6, candidates: 1000, storyCandidates: 1000, maxPosting: 1000 };
  const kept = new StoryIndex(limits);
  const membership = { document: '', similarity: 1, features: {}, reason: '' };
  const stories = vectors.map((v, i) => {
    const s = new Story(i);
    s.add(i, v, null, { ...membership }, 20);
    kept.post(s);
    return s;
  });
  // the index's own calls only are counted (a story's removeMember searches its members)
  const searches = { n: 0 };
  const indexOf = Array.prototype.indexOf;
  const counted = (f: () => void) => {
    Array.prototype.indexOf = function (this: unknown[], ...args: [unknown, number?]) {
      searches.n++;
      return indexOf.apply(this, args);
    };
    try {
      f();
    } finally {
      Array.prototype.indexOf = indexOf;
    }
  };
  const gone = new Set<Story>();
  // stories absorb others' members (re-posted under the keys they gain, out of those they lose), some leave,
  // a removed story's slot is taken again
  for (let i = 0; i < stories.length; i++) {
    const s = stories[i];
    if (i % 4 === 1) {
      counted(() => kept.remove(s));
      gone.add(s);
    } else if (i % 4 === 2) {
      s.add(vectors.length + i, vectors[(i * 7) % vectors.length], null, { ...membership }, 20);
      counted(() => kept.post(s));
    } else if (i % 4 === 3 && s.members.length > 0) {
      s.removeMember(s.members[0], vectors[s.members[0]]);
      s.add(vectors.length + i, vectors[(i * 5 + 3) % vectors.length], null, { ...membership }, 20);
      counted(() => kept.post(s));
    }
  }
  const late = new Story(stories.length);
  late.add(0, vectors[0], null, { ...membership }, 20);
  stories.push(late);
  counted(() => kept.post(late));
  assert.equal(searches.n, 0, 'no posting list searched');
  const fresh = new StoryIndex(limits);
  const live = stories.filter((s) => !gone.has(s));
  for (const s of live) fresh.post(s);
  const lists = (index: StoryIndex, s: Story) => [...index.sharing(s)].map((t) => t.key).sort((a, b) => a - b);
  let shared = 0;
  for (const s of live) {
    const want = lists(fresh, s);
    assert.deepEqual(lists(kept, s), want, `story ${s.key}`);
    shared += want.length;
  }
  assert.ok(shared > 2 * live.length, 'stories share keys');
});
