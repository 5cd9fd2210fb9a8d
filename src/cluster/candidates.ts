// The inverted index that finds candidate stories: each active story is posted under its strongest
// topic terms and names; a document looks up its own strongest keys. No scan over every story.
import type { DocVectors, Story } from './story.ts';
import { topBy, topEntries, type Vec } from './vector.ts';

export interface IndexLimits {
  queryTerms: number;
  postedTerms: number;
  candidates: number;
  storyCandidates: number;
  maxPosting: number;
}

/** The keys a story or document is found by: top text terms and top names (key ids: a name's carries its
 * space's prefix, so it is told apart from a term written alike; `keyOf` gives the text a story base posts). */
export function indexKeys(text: Vec, names: Vec, k: number): Array<[number, number]> {
  const out = topEntries(text, k);
  for (const e of topEntries(names, Math.ceil(k / 2))) out.push(e);
  return out;
}

/**
 * A story's strongest keys, computed once per change of its centroids (stories are posted and looked up
 * often): with their weights for look-ups, as keys alone for posting.
 */
const storyKeys = new WeakMap<object, { version: number; query: Map<number, Array<[number, number]>>; posted: Map<number, number[]> }>();

function knownKeys(story: Story) {
  // a story taken back and not changed since has the keys of the state it was restored from: kept with that
  // state, they are not worked out again each batch that takes the story back (key ids, yet never stale when
  // the key table is cleared, vocab.ts: a run's story goes with its run, and restored sums are made again)
  const owner = story.version === 0 && story.origin ? story.origin : story;
  let known = storyKeys.get(owner);
  if (!known || known.version !== story.version) storyKeys.set(owner, (known = { version: story.version, query: new Map(), posted: new Map() }));
  return known;
}

function keysOfStory(story: Story, k: number): Array<[number, number]> {
  const { query } = knownKeys(story);
  let keys = query.get(k);
  if (!keys) query.set(k, (keys = indexKeys(story.centroids.text.sum, story.centroids.names.sum, k)));
  return keys;
}

function postedKeysOf(story: Story, k: number): number[] {
  const { posted } = knownKeys(story);
  let keys = posted.get(k);
  if (!keys) posted.set(k, (keys = indexKeys(story.centroids.text.sum, story.centroids.names.sum, k).map(([key]) => key)));
  return keys;
}

function sameKeys(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Numbers the look-ups, so a story's look-up score from an earlier one is told apart without clearing it. */
let lookups = 0;

export class StoryIndex {
  private postings = new Map<number, Set<Story>>();
  /** the keys each story is posted under here (a story is held by several indexes at once) */
  private postedKeys = new Map<Story, number[]>();

  constructor(private limits: IndexLimits) {}

  /** (Re)post a story under its current strongest keys. */
  post(story: Story): void {
    const keys = postedKeysOf(story, this.limits.postedTerms);
    const old = this.postedKeys.get(story);
    if (old === keys) return;
    // a story that grew by one member mostly keeps its strongest keys: then its postings stand as they are
    if (old && sameKeys(old, keys)) {
      this.postedKeys.set(story, keys);
      return;
    }
    if (old) {
      const next = new Set(keys);
      for (const k of old) if (!next.has(k)) this.unpost(k, story);
    }
    for (const k of keys) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(story);
    }
    this.postedKeys.set(story, keys);
  }

  /** Take a story out of the candidate set (it went quiet, or was merged away). */
  remove(story: Story): void {
    for (const k of this.postedKeys.get(story) ?? []) this.unpost(k, story);
    this.postedKeys.delete(story);
  }

  private unpost(key: number, story: Story): void {
    const set = this.postings.get(key);
    if (!set) return;
    set.delete(story);
    if (set.size === 0) this.postings.delete(key);
  }

  /** Stories sharing the strongest keys of a story, best first. */
  neighbours(story: Story): Story[] {
    return this.lookup(keysOfStory(story, this.limits.queryTerms), this.limits.storyCandidates, story);
  }

  /** Stories sharing the strongest keys of a document, best first (by summed key weight, then age). */
  candidates(v: Pick<DocVectors, 'text' | 'names'>, exclude?: Story): Story[] {
    return this.lookup(indexKeys(v.text, v.names, this.limits.queryTerms), this.limits.candidates, exclude);
  }

  private lookup(keys: Array<[number, number]>, count: number, exclude?: Story): Story[] {
    // each story hit keeps, on itself, the look-up that last met it and its slot in `scores` (two small
    // integers held in the object: no other object is read per story met, and the summed weights sit in one
    // array of doubles)
    const mark = ++lookups;
    const hit: Story[] = [];
    const scores: number[] = [];
    for (const [k, w] of keys) {
      const set = this.postings.get(k);
      if (!set || set.size > this.limits.maxPosting) continue;
      for (const s of set) {
        if (s === exclude) continue;
        if (s.lookupMark === mark) scores[s.lookupSlot] += w;
        else {
          s.lookupMark = mark;
          s.lookupSlot = hit.length;
          hit.push(s);
          scores.push(w);
        }
      }
    }
    // only a few of the hundreds of stories that can share a key are kept
    const slots = topBy(hit.keys(), count, (a, b) => scores[a] > scores[b] || (scores[a] === scores[b] && hit[a].key < hit[b].key));
    return slots.map((i) => hit[i]);
  }
}
