// The inverted index that finds candidate stories: each active story is posted under its strongest
// topic terms and names; a document looks up its own strongest keys. No scan over every story.
import type { Story } from './story.ts';
import { topEntries, writeTopKeys, writeTopUnit, type ReadVec, type Unit } from './vector.ts';

export interface IndexLimits {
  queryTerms: number;
  postedTerms: number;
  candidates: number;
  storyCandidates: number;
  maxPosting: number;
}

/** The keys a story or document is found by: top text terms and top names (key ids: a name's carries its
 * space's prefix, so it is told apart from a term written alike; `keyOf` gives the text a story base posts). */
export function indexKeys(text: ReadVec, names: ReadVec, k: number): Array<[number, number]> {
  const out = topEntries(text, k);
  for (const e of topEntries(names, Math.ceil(k / 2))) out.push(e);
  return out;
}

/** indexKeys(text.map, names.map, k), from the units' arrays, written into the look-up's scratch (no pairs);
 * the count written. */
function unitIndexKeys(text: Unit, names: Unit, k: number): number {
  roomForQuery(k + Math.ceil(k / 2));
  const n = writeTopUnit(text, k, queryKeys, queryWeights, 0);
  return n + writeTopUnit(names, Math.ceil(k / 2), queryKeys, queryWeights, n);
}

/** A look-up's keys and weights, by place (reused: a look-up reads them before the next is written). */
let queryKeys = new Int32Array(64);
let queryWeights = new Float64Array(64);
function roomForQuery(n: number): void {
  if (queryKeys.length >= n) return;
  queryKeys = new Int32Array(n);
  queryWeights = new Float64Array(n);
}

/**
 * A story's strongest keys, worked out once per change of its centroids (stories are posted and looked up
 * often), as keys alone for posting, ranked for the k asked. A look-up by the story reads the first of them
 * (`neighbours`: the top 12 of a space are the first 12 of its top 30, the order is total). One record per
 * story, made afresh in place at its changes; a k other than the last asked is worked out again (the
 * clusterer's indexes all ask the same).
 */
interface KnownKeys {
  version: number;
  /** the posting's keys, for `postedK` */
  postedK: number;
  posted: number[] | null;
}
const storyKeys = new WeakMap<object, KnownKeys>();

function knownKeys(story: Story): KnownKeys {
  // a story taken back and not changed since has the keys of the state it was restored from: kept with that
  // state, they are not worked out again each batch that takes the story back (key ids, yet never stale when
  // the key table is cleared, vocab.ts: a run's story goes with its run, and restored sums are made again)
  const owner = story.version === 0 && story.origin ? story.origin : story;
  let known = storyKeys.get(owner);
  if (!known) storyKeys.set(owner, (known = { version: story.version, postedK: 0, posted: null }));
  else if (known.version !== story.version) {
    known.version = story.version;
    known.posted = null;
  }
  return known;
}

/**
 * indexKeys(story's text, story's names, k) written into the look-up's scratch; the count written. Read off the
 * story's posted keys when they hold them (k no more than the posted k): a space's top k are the first k of its
 * posted ones, their weights the sums' own, so no ranking is made again and no [key, weight] pair (a story's
 * look-up ranked its keys as pairs, kept with it until its next change).
 */
function storyQueryKeys(story: Story, k: number, postedK: number): number {
  const { text, names } = story.centroids;
  const half = Math.ceil(k / 2);
  roomForQuery(k + half);
  if (k > postedK || half > Math.ceil(postedK / 2)) {
    let n = 0;
    for (const [key, w] of indexKeys(text.sum, names.sum, k)) {
      queryKeys[n] = key;
      queryWeights[n++] = w;
    }
    return n;
  }
  const posted = postedKeysOf(story, postedK);
  // the posting holds min(postedK, size) text keys, then the names'
  const inText = Math.min(postedK, text.sum.size);
  let n = 0;
  for (let i = 0; i < Math.min(k, inText); i++) {
    queryKeys[n] = posted[i];
    queryWeights[n++] = text.sum.weight(posted[i]);
  }
  const inNames = Math.min(half, posted.length - inText);
  for (let i = 0; i < inNames; i++) {
    queryKeys[n] = posted[inText + i];
    queryWeights[n++] = names.sum.weight(posted[inText + i]);
  }
  return n;
}

/**
 * The keys of indexKeys(text, names, k), ranked as keys alone (writeTopKeys): a story is posted at most of its
 * changes, and the [key, weight] pairs of a ranking, kept with the story until its next change, were an eighth
 * of what survived the clusterer's young collections only to die in the old space (Reuters' first 8,000).
 */
function postedKeysOf(story: Story, k: number): number[] {
  const known = knownKeys(story);
  if (known.posted && known.postedK === k) return known.posted;
  // gathered in a scratch written over (past `n`, stale), then copied at their number (grown by pushes, the
  // array left its smaller copies behind; emptied by `length = 0`, it was grown again at every posting)
  let n = writeTopKeys(story.centroids.text.sum, k, postScratch, 0);
  n += writeTopKeys(story.centroids.names.sum, Math.ceil(k / 2), postScratch, n);
  const keys = postScratch.slice(0, n);
  known.posted = keys;
  known.postedK = k;
  return keys;
}
const postScratch: number[] = [];

function sameKeys(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Keys marked for one posting's change, by id: a re-posted story adds only the keys it gains and drops only
 * those it loses, each found in O(1) (the generation tells this change's marks from earlier ones).
 */
let marks = new Int32Array(1024);
let markGeneration = 0;
/** by key id: a re-posted story's place in the key's list, for the keys it keeps (marks' room) */
let placeOf = new Int32Array(1024);

function markKeys(keys: readonly number[]): number {
  const g = ++markGeneration;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k >= marks.length) {
      const grown = new Int32Array(Math.max(k + 1, 2 * marks.length));
      grown.set(marks);
      marks = grown;
      const places = new Int32Array(grown.length);
      places.set(placeOf);
      placeOf = places;
    }
    marks[k] = g;
  }
  return g;
}

/**
 * The candidate index. Each story posted here has a slot (a small integer, given again once the story leaves):
 * the postings list slots, and what a look-up reads per posting sits in arrays by slot (the look-up that last
 * met the slot, the slot's place among the hits, the story's key for ties), so a look-up walks no story object
 * but the few it returns. Reading a story per posting was a cache miss each: the stories are spread over the
 * heap, and a look-up meets up to hundreds of postings.
 */
export class StoryIndex {
  /** the slots posted under each key, in no set order: a look-up ranks its hits by a total order (summed
   * weight, then story key), so the order they are met in changes nothing; arrays, as a look-up walks them
   * (a Set's iterator cost more than the rest of the look-up) */
  private postings: Array<number[] | undefined> = [];
  /** each posted story's slot (a story is held by several indexes at once) */
  private slots = new Map<Story, number>();
  /** by slot: the story, the keys it is posted under, its key */
  private storyAt: Array<Story | null> = [];
  private keysAt: Array<number[] | null> = [];
  /** by slot: where the slot stands in the postings of each of its keys (`keysAt`'s order), so taking it out of a
   * posting is no search of the list (lists of common keys grow with the stories held: on all of Reuters an
   * `indexOf` read 43 entries a removal, 20 on the first 5,000) */
  private placesAt: Array<number[] | null> = [];
  private keyAt: number[] = [];
  /** slots let go, to be given again */
  private free: number[] = [];
  /** by slot: the look-up that last met it, and its place in the look-up's hits */
  private markAt = new Int32Array(64);
  private hitAt = new Int32Array(64);
  /** numbers the look-ups, so a slot's place from an earlier one is told apart without clearing it */
  private lookups = 0;

  constructor(private limits: IndexLimits) {}

  /** (Re)post a story under its current strongest keys. */
  post(story: Story): void {
    const keys = postedKeysOf(story, this.limits.postedTerms);
    let slot = this.slots.get(story);
    if (slot === undefined) {
      slot = this.take(story);
      const places: number[] = new Array(keys.length);
      for (let i = 0; i < keys.length; i++) places[i] = this.postUnder(keys[i], slot);
      this.keysAt[slot] = keys;
      this.placesAt[slot] = places;
      return;
    }
    const old = this.keysAt[slot] as number[];
    if (old === keys) return;
    // a story that grew by one member mostly keeps its strongest keys: then its postings stand as they are
    if (!sameKeys(old, keys)) {
      const now = markKeys(keys);
      for (let i = 0; i < old.length; i++) if (marks[old[i]] !== now) this.unpost(slot, i);
      // a key kept keeps its place (those taken out above moved other slots' entries only: a slot stands once in a list)
      const oldPlaces = this.placesAt[slot] as number[];
      const before = markKeys(old);
      for (let i = 0; i < old.length; i++) placeOf[old[i]] = oldPlaces[i];
      const places: number[] = new Array(keys.length);
      for (let i = 0; i < keys.length; i++) places[i] = marks[keys[i]] !== before ? this.postUnder(keys[i], slot) : placeOf[keys[i]];
      this.placesAt[slot] = places;
    }
    this.keysAt[slot] = keys;
  }

  /** A slot for a story newly posted. */
  private take(story: Story): number {
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.storyAt.length;
      this.storyAt.push(null);
      this.keysAt.push(null);
      this.placesAt.push(null);
      this.keyAt.push(0);
      if (slot >= this.markAt.length) {
        const [marks, hits] = [new Int32Array(2 * this.markAt.length), new Int32Array(2 * this.markAt.length)];
        marks.set(this.markAt);
        hits.set(this.hitAt);
        [this.markAt, this.hitAt] = [marks, hits];
      }
    }
    this.slots.set(story, slot);
    this.storyAt[slot] = story;
    this.keyAt[slot] = story.key;
    this.markAt[slot] = 0;
    return slot;
  }

  /** Post a slot under a key; its place in the key's list. */
  private postUnder(key: number, slot: number): number {
    // by key id, in an array (ids are dense: a look-up reads a slot, where a Map hashed and probed a table of
    // tens of thousands of keys); grown one slot at a time so it never turns into a sparse one
    const postings = this.postings;
    while (postings.length <= key) postings.push(undefined);
    const list = postings[key];
    if (list) return list.push(slot) - 1;
    postings[key] = [slot];
    return 0;
  }

  /** Take a story out of the candidate set (it went quiet, or was merged away). */
  remove(story: Story): void {
    const slot = this.slots.get(story);
    if (slot === undefined) return;
    const keys = this.keysAt[slot] as number[];
    for (let i = 0; i < keys.length; i++) this.unpost(slot, i);
    this.slots.delete(story);
    this.storyAt[slot] = null;
    this.keysAt[slot] = null;
    this.placesAt[slot] = null;
    this.free.push(slot);
  }

  /** Take a slot out of the posting of its `k`th key (keysAt's order). */
  private unpost(slot: number, k: number): void {
    const key = (this.keysAt[slot] as number[])[k];
    const list = this.postings[key] as number[];
    const i = (this.placesAt[slot] as number[])[k];
    // order is free: the last takes its place, and its place is noted at that slot's own key
    const last = list.pop() as number;
    if (i < list.length) {
      list[i] = last;
      const lastKeys = this.keysAt[last] as number[];
      let j = 0;
      while (lastKeys[j] !== key) j++;
      (this.placesAt[last] as number[])[j] = i;
    }
    if (list.length === 0) this.postings[key] = undefined;
  }

  /** Every story that can count `story` among its `neighbours`: one posted under a key `story` is posted under
   * (a look-up's keys are the first of a story's posted ones, the same ranking) that a look-up reads (postings of
   * at most `maxPosting`), each once, in the order first met, `story` itself left out. Told apart by the look-ups'
   * marks by slot (a storyline walk meets hundreds a story, most of them several times: a generator's steps and a
   * Set of the stories met cost more than the rest of the walk). */
  sharing(story: Story): Story[] {
    const slot = this.slots.get(story);
    if (slot === undefined) return [];
    const keys = this.keysAt[slot] as number[];
    const mark = this.nextMark();
    const { markAt, postings, storyAt } = this;
    markAt[slot] = mark;
    const out: Story[] = [];
    for (let i = 0; i < keys.length; i++) {
      const list = postings[keys[i]];
      if (!list || list.length > this.limits.maxPosting) continue;
      for (let j = 0; j < list.length; j++) {
        const s = list[j];
        if (markAt[s] === mark) continue;
        markAt[s] = mark;
        out.push(storyAt[s] as Story);
      }
    }
    return out;
  }

  /** A mark no slot holds yet (the look-ups' count; all marks cleared when it would overflow). */
  private nextMark(): number {
    if (this.lookups === 0x7fffffff) {
      this.lookups = 0;
      this.markAt.fill(0);
    }
    return ++this.lookups;
  }

  /** Stories sharing the strongest keys of a story, best first. */
  neighbours(story: Story): Story[] {
    return this.lookup(storyQueryKeys(story, this.limits.queryTerms, this.limits.postedTerms), this.limits.storyCandidates, story);
  }

  /** Stories sharing the strongest keys of a document, best first (by summed key weight, then age). */
  candidates(v: { text: Unit; names: Unit }, exclude?: Story): Story[] {
    return this.lookup(unitIndexKeys(v.text, v.names, this.limits.queryTerms), this.limits.candidates, exclude);
  }

  /** The stories posted under the first `m` keys of the look-up's scratch (queryKeys, queryWeights). */
  private lookup(m: number, count: number, exclude?: Story): Story[] {
    // each slot hit keeps, by slot, the look-up that last met it and its place among the hits; the hits' slots
    // and summed weights sit in the module's scratch arrays, reused
    const mark = this.nextMark();
    const { markAt, hitAt, keyAt, postings } = this;
    const skip = exclude === undefined ? -1 : (this.slots.get(exclude) ?? -1);
    let hit = hitScratch;
    let scores = scoreScratch;
    let n = 0;
    const max = this.limits.maxPosting;
    const keys = queryKeys;
    const weights = queryWeights;
    for (let j = 0; j < m; j++) {
      const k = keys[j];
      const w = weights[j];
      const list = k < postings.length ? postings[k] : undefined;
      if (!list || list.length > max) continue;
      if (n + list.length > hit.length) [hit, scores] = growScratch(n + list.length);
      for (let i = 0; i < list.length; i++) {
        const s = list[i];
        if (s === skip) continue;
        if (markAt[s] === mark) scores[hitAt[s]] += w;
        else {
          markAt[s] = mark;
          hitAt[s] = n;
          hit[n] = s;
          scores[n++] = w;
        }
      }
    }
    // only a few of the hundreds of stories that can share a key are kept: the `count` first by summed weight,
    // then by story key (a total order), in that order (topBy's selection, written out over the slots)
    const top: number[] = [];
    const topScores: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = hit[i];
      const w = scores[i];
      const full = top.length === count;
      if (full && !(w > topScores[count - 1] || (w === topScores[count - 1] && keyAt[s] < keyAt[top[count - 1]]))) continue;
      let at = full ? count - 1 : top.length;
      while (at > 0 && (w > topScores[at - 1] || (w === topScores[at - 1] && keyAt[s] < keyAt[top[at - 1]]))) {
        top[at] = top[at - 1];
        topScores[at] = topScores[at - 1];
        at--;
      }
      top[at] = s;
      topScores[at] = w;
    }
    const out: Story[] = new Array(top.length);
    for (let i = 0; i < top.length; i++) out[i] = this.storyAt[top[i]] as Story;
    return out;
  }
}

/** The look-up's scratch: the slots hit and their summed weights, by place. */
let hitScratch: Int32Array = new Int32Array(1024);
let scoreScratch: Float64Array = new Float64Array(1024);

function growScratch(n: number): [Int32Array, Float64Array] {
  const size = Math.max(n, 2 * hitScratch.length);
  const [hit, scores] = [new Int32Array(size), new Float64Array(size)];
  hit.set(hitScratch);
  scores.set(scoreScratch);
  [hitScratch, scoreScratch] = [hit, scores];
  return [hit, scores];
}
