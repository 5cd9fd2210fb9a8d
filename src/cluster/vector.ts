// Sparse vectors over key ids (vocab.ts), and centroids that sum unit vectors and keep their squared norm.
import { Sums } from './sums.ts';
import { keyOf } from './vocab.ts';
import { kthLargest } from '../common/select.ts';

export type Vec = Map<number, number>;
/** A vector only read: a Map, or a centroid's sums (sums.ts). */
export type ReadVec = ReadonlyMap<number, number>;

// Hot loops walk a Map by its keys (or its values), not by `[key, weight]` entries: each entry is an array
// allocated per step (measured: 8x the young collections of a keys walk), and the clusterer's heap is kept
// tight, so garbage costs collections. Same order, so the same sums.

export function dot(a: ReadVec, b: ReadVec): number {
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  let s = 0;
  for (const k of small.keys()) {
    const o = big.get(k);
    if (o !== undefined) s += (small.get(k) as number) * o;
  }
  return s;
}

/**
 * A document's vector read many times over (once per candidate story): its entries also as arrays, in the
 * Map's order, so a dot product walks them without the Map's iterator (same order, so the same sums).
 */
export interface Unit {
  readonly map: Vec;
  readonly keys: Int32Array;
  readonly weights: Float64Array;
}

/**
 * A unit whose Map is made only when first read: a document kept packed (packed-vectors.ts) is read again as
 * arrays, and most of its products walk those; the Map serves the look-ups by key a few need (a story smaller
 * than the document, the lead checks). One class for both kinds, so the hot loops meet one shape.
 */
class ArrayUnit implements Unit {
  constructor(
    readonly keys: Int32Array,
    readonly weights: Float64Array,
    private made: Vec | null,
  ) {}

  get map(): Vec {
    if (!this.made) {
      const m: Vec = new Map();
      for (let i = 0; i < this.keys.length; i++) m.set(this.keys[i], this.weights[i]);
      this.made = m;
    }
    return this.made;
  }
}

/** Typed arrays, as a packed document's units are (views of its blocks: packed-vectors.ts), so the products meet
 * one kind of array; both in one buffer (most vectors are too long for a typed array on the heap, and a backing
 * store allocated and freed outside it costs more than a plain array: one a unit, not two). Same values. */
export function unitOf(map: Vec): Unit {
  const n = map.size;
  const buffer = new ArrayBuffer(n * 12);
  const weights = new Float64Array(buffer, 0, n);
  const keys = new Int32Array(buffer, n * 8, n);
  let i = 0;
  for (const k of map.keys()) keys[i++] = k;
  i = 0;
  for (const w of map.values()) weights[i++] = w;
  return new ArrayUnit(keys, weights, map);
}

/** A unit of entries given in order (keys unique), its Map made when first read. */
export function unitOfArrays(keys: Int32Array, weights: Float64Array): Unit {
  return new ArrayUnit(keys, weights, null);
}

/** dot(unit.map, sum), summed in the same order (the smaller side's). */
function dotUnit(unit: Unit, sum: Sums): number {
  if (unit.keys.length > sum.size) return dotSumsDense(sum, denseOf(unit));
  return sum.dotArrays(unit.keys, unit.weights, unit.keys.length);
}

/** dot(v, sum), summed in the same order (the smaller side's; v's when they are as large). */
function dotMapSums(v: Vec, sum: Sums): number {
  if (v.size > sum.size) return dotSumsMap(sum, v);
  let s = 0;
  for (const k of v.keys()) {
    const o = sum.get(k);
    if (o !== undefined) s += (v.get(k) as number) * o;
  }
  return s;
}

/** The sum's entries, in order, times a Map's weights. */
function dotSumsMap(sum: Sums, v: Vec): number {
  const count = sum.entryCount();
  const keys = sum.entryKeys();
  const weights = sum.entryWeights();
  let s = 0;
  for (let i = 0; i < count; i++) {
    const k = keys[i];
    if (k < 0) continue; // deleted
    const o = v.get(k);
    if (o !== undefined) s += weights[i] * o;
  }
  return s;
}

/**
 * A few units' weights by key id, each in a dense array (ids are dense: vocab.ts; absent keys 0, as every
 * unit weight is positive): a product walking a story's sums, smaller than the document's unit, reads an
 * array slot per key where it probed the unit's Map, and a packed unit (the refinement pass reads every member
 * so) needs no Map made (profiled on all of Reuters: the refinement's Maps were a tenth of the clusterer's
 * garbage). A slot per space holds a document's five units while it is scored against its candidates; the
 * slot loaded longest ago is cleared (its unit's keys only) for the next unit.
 */
const DENSE_SLOTS = 5;
const denseUnits: Array<Unit | null> = new Array(DENSE_SLOTS).fill(null);
const denseWeights: Float64Array[] = [];
let denseNext = 0;

function denseOf(unit: Unit): Float64Array {
  for (let i = 0; i < DENSE_SLOTS; i++) if (denseUnits[i] === unit) return denseWeights[i];
  const slot = denseNext;
  denseNext = (slot + 1) % DENSE_SLOTS;
  const { keys, weights } = unit;
  let dense = denseWeights[slot];
  const old = denseUnits[slot];
  if (old && dense) for (let i = 0; i < old.keys.length; i++) dense[old.keys[i]] = 0;
  let top = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i] > top) top = keys[i];
  if (!dense || dense.length <= top) denseWeights[slot] = dense = new Float64Array(Math.max(top + 1, 2 * (dense?.length ?? 0), 1 << 16));
  for (let i = 0; i < keys.length; i++) dense[keys[i]] = weights[i];
  denseUnits[slot] = unit;
  return dense;
}

/** A unit's weight for a key, 0 when it has none (its dense array: no Map made for a packed unit). */
export function unitWeight(unit: Unit, key: number): number {
  const dense = denseOf(unit);
  return key >= 0 && key < dense.length ? dense[key] : 0;
}

/** The sum's entries, in order, times a unit's weights read from its dense array (an absent key adds 0 there,
 * which leaves the sum as it was: the same doubles as the Map's walk). */
function dotSumsDense(sum: Sums, dense: Float64Array): number {
  const count = sum.entryCount();
  const keys = sum.entryKeys();
  const weights = sum.entryWeights();
  const n = dense.length;
  let s = 0;
  for (let i = 0; i < count; i++) {
    const k = keys[i];
    if (k < 0 || k >= n) continue; // deleted, or a key the unit cannot hold
    const o = dense[k];
    if (o !== 0) s += weights[i] * o;
  }
  return s;
}

/** Scale to unit length (an empty or zero vector stays as it is). */
export function normalise(v: Vec): Vec {
  let n = 0;
  for (const w of v.values()) n += w * w;
  if (n === 0) return v;
  n = Math.sqrt(n);
  for (const k of v.keys()) v.set(k, (v.get(k) as number) / n);
  return v;
}

/** The k items that rank first by `before`, in that order. One pass with a small sorted buffer: no sort of all items. */
export function topBy<T>(items: Iterable<T>, k: number, before: (a: T, b: T) => boolean): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const e of items) {
    if (top.length === k && !before(e, top[k - 1])) continue;
    let i = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(e);
    while (i > 0 && before(e, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = e;
  }
  return top;
}

/** a ranks before b: larger weight first, then smaller key text (so the choice is deterministic). */
function before(a: [number, number], b: [number, number]): boolean {
  return a[1] > b[1] || (a[1] === b[1] && a[0] !== b[0] && keyOf(a[0]) < keyOf(b[0]));
}

/** The k largest entries, ties broken by key text. */
export function topEntries(v: ReadVec, k: number): Array<[number, number]> {
  if (k <= 0 || v.size === 0) return [];
  if (v instanceof Sums) {
    const n = v.compacted();
    return topUnitEntries({ keys: v.entryKeys(), weights: v.entryWeights() }, k, n);
  }
  // every entry of the top k weighs at least the k-th largest weight: only those are sorted
  const n = v.size;
  let floor = -Infinity;
  if (k < n) {
    // the selection's scratch is kept between calls (a centroid ranks up to 800 weights, often)
    if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
    let i = 0;
    for (const w of v.values()) scratch[i++] = w;
    floor = kthLargest(scratch, n, k);
  }
  const out: Array<[number, number]> = [];
  for (const key of v.keys()) {
    const w = v.get(key) as number;
    if (w >= floor) out.push([key, w]);
  }
  sortEntries(out);
  if (out.length > k) out.length = k;
  return out;
}

/** Sort ranked entries by `before` (a total order: keys are unique), in place. A short list (most: a look-up's
 * 12 or 30) by binary insertion, as Array's sort copies the list to a work array each call. */
function sortEntries(out: Array<[number, number]>): void {
  if (out.length > 64) {
    out.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return;
  }
  for (let i = 1; i < out.length; i++) {
    const e = out[i];
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(e, out[mid])) hi = mid;
      else lo = mid + 1;
    }
    for (let j = i; j > lo; j--) out[j] = out[j - 1];
    out[lo] = e;
  }
}

let scratch = new Float64Array(1024);

/**
 * The keys of topEntries(sum, k), written into `out` from `at` on in that order (over what it held there, `at` no
 * further than its length), without its [key, weight] pairs; the count written. A story posted in the candidate
 * index needs its keys only, and is posted again at most of its changes (all of Reuters: the pairs of those
 * rankings, kept with the story until its next change, were an eighth of what survives the clusterer's young
 * collections to die in the old space). Written over, not pushed onto an emptied array: `length = 0` lets the
 * array's store go, and the pushes grew it again from nothing at every posting.
 */
export function writeTopKeys(sum: Sums, k: number, out: number[], at: number): number {
  if (k <= 0 || sum.size === 0) return 0;
  const n = sum.compacted();
  const keys = sum.entryKeys();
  const c = rankTop(keys, sum.entryWeights(), n, k);
  for (let i = 0; i < c; i++) out[at + i] = keys[ranked[i]];
  return c;
}

/**
 * topUnitEntries(unit, k) written into `keys` and `weights` from `at` on, no pair made; the count written (a
 * document's look-up ranks its unit's keys once per arrival and refinement round: ~20 MB of pairs on Reuters'
 * first 8,000). The arrays must have room for k more.
 */
export function writeTopUnit(unit: Pick<Unit, 'keys' | 'weights'>, k: number, keys: Int32Array, weights: Float64Array, at: number): number {
  const n = unit.keys.length;
  if (k <= 0 || n === 0) return 0;
  const c = rankTop(unit.keys, unit.weights, n, k);
  for (let i = 0; i < c; i++) {
    const p = ranked[i];
    keys[at + i] = unit.keys[p];
    weights[at + i] = unit.weights[p];
  }
  return c;
}

/** The positions of the first n entries' top k, ranked as topEntries ranks them, left in `ranked`; their count. */
function rankTop(keys: ArrayLike<number>, weights: ArrayLike<number>, n: number, k: number): number {
  let floor = -Infinity;
  if (k < n) {
    if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
    for (let i = 0; i < n; i++) scratch[i] = weights[i];
    floor = kthLargest(scratch, n, k);
  }
  // the positions at or above the floor (k of them but for ties at the floor), ranked by `before`
  if (ranked.length < n) ranked = new Int32Array(Math.max(n, 2 * ranked.length));
  let m = 0;
  for (let i = 0; i < n; i++) if (weights[i] >= floor) ranked[m++] = i;
  if (m > 64) {
    // many ties at the floor: a sort (as sortEntries does past 64)
    const all = Array.from(ranked.subarray(0, m)).sort((i, j) => (ahead(keys, weights, i, j) ? -1 : ahead(keys, weights, j, i) ? 1 : 0));
    for (let i = 0; i < m; i++) ranked[i] = all[i];
    return Math.min(m, k);
  }
  for (let i = 1; i < m; i++) {
    const e = ranked[i];
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ahead(keys, weights, e, ranked[mid])) hi = mid;
      else lo = mid + 1;
    }
    ranked.copyWithin(lo + 1, lo, i);
    ranked[lo] = e;
  }
  return Math.min(m, k);
}
let ranked = new Int32Array(64);

/** Position i ranks before j: the larger weight, then the smaller key text (a module function, not a closure over
 * the arrays made at each ranking: all of Reuters ranks 145,838 times). */
function ahead(keys: ArrayLike<number>, weights: ArrayLike<number>, i: number, j: number): boolean {
  return weights[i] > weights[j] || (weights[i] === weights[j] && keyOf(keys[i]) < keyOf(keys[j]));
}

/**
 * The keys of the k largest of the first n weights (each beside its key, keys unique), larger first, ties by key
 * text: the order of a sort of [key, weight] pairs by weight then key text, without the pairs or the sort.
 */
export function topKeysOf(keys: ArrayLike<number>, weights: ArrayLike<number>, n: number, k: number): number[] {
  const out: number[] = [];
  if (k <= 0 || n === 0) return out;
  const c = rankTop(keys, weights, n, k);
  for (let i = 0; i < c; i++) out.push(keys[ranked[i]]);
  return out;
}

/** The keys of topEntries(v, k), in its order; of a centroid's sums ranked in place (no [key, weight] pair made:
 * a story's why ranks its sums' keys by the hundred, all of Reuters' groups ~30 MB of pairs). */
export function topKeys(v: ReadVec, k: number): number[] {
  if (!(v instanceof Sums)) return topEntries(v, k).map(([key]) => key);
  if (k <= 0 || v.size === 0) return [];
  const n = v.compacted();
  return topKeysOf(v.entryKeys(), v.entryWeights(), n, k);
}

/** topEntries(unit.map, k), from the unit's arrays. */
export function topUnitEntries(unit: { keys: ArrayLike<number>; weights: ArrayLike<number> }, k: number, n = unit.keys.length): Array<[number, number]> {
  const { keys, weights } = unit;
  if (k <= 0 || n === 0) return [];
  let floor = -Infinity;
  if (k < n) {
    if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
    for (let i = 0; i < n; i++) scratch[i] = weights[i];
    floor = kthLargest(scratch, n, k);
  }
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) if (weights[i] >= floor) out.push([keys[i], weights[i]]);
  sortEntries(out);
  if (out.length > k) out.length = k;
  return out;
}

/** What a document's score reads of a centroid: a `Centroid`, or one read without a member (`CentroidWithout`). */
export interface Scorable {
  readonly count: number;
  readonly size: number;
  meanWith(unit: Unit): number;
  /** a key's summed weight over the members (the others, for `CentroidWithout`): 0 when none holds it */
  weightOf(key: number): number;
  /** each key the members hold (the others', for `CentroidWithout`), in the sums' order */
  forEachKey(f: (key: number) => void): void;
}

/** Below this a key's sum is taken as gone when a member is taken out (`Centroid.remove` deletes it). */
const GONE = 1e-12;

/**
 * A centroid read as if one member's unit vector were taken out (`Centroid.remove`), without changing it: the
 * refinement pass scores each member against its own story without it, and most stay, so taking them out
 * and putting them back was a write of every key twice for nothing (and garbage: a fifth of the pass).
 */
export class CentroidWithout implements Scorable {
  constructor(
    private of: Centroid,
    private member: Unit,
  ) {}

  get count(): number {
    return this.of.count - (this.member.keys.length ? 1 : 0);
  }

  /** keys left: those the member alone held go */
  get size(): number {
    if (this.count === 0) return 0;
    const { keys, weights } = this.member;
    let gone = 0;
    const sum = this.of.sum;
    for (let i = 0; i < keys.length; i++) {
      const e = sum.entryOf(keys[i]);
      if (e >= 0 && Math.abs(sum.entryWeights()[e] - weights[i]) < GONE) gone++;
    }
    return this.of.size - gone;
  }

  weightOf(key: number): number {
    const e = this.of.sum.entryOf(key);
    if (e < 0) return 0;
    const left = this.of.sum.entryWeights()[e] - unitWeight(this.member, key);
    return left < GONE ? 0 : left;
  }

  forEachKey(f: (key: number) => void): void {
    this.of.sum.forEach((_, k) => {
      if (this.weightOf(k) !== 0) f(k);
    });
  }

  /** Mean cosine of the member itself with the others (the only unit it is asked about). */
  meanWith(unit: Unit): number {
    const n = this.count;
    if (!n || unit !== this.member) return 0;
    const { keys, weights } = unit;
    let s = 0;
    const sum = this.of.sum;
    for (let i = 0; i < keys.length; i++) {
      const e = sum.entryOf(keys[i]);
      if (e < 0) continue; // pruned away
      const rest = sum.entryWeights()[e] - weights[i];
      if (Math.abs(rest) >= GONE) s += weights[i] * rest;
    }
    return s / n;
  }
}

/** dot(a.sum, b.sum), summed in the same order (the smaller sum's). */
function dotSums(a: Centroid, b: Centroid): number {
  const small = a.sum.size <= b.sum.size ? a.sum : b.sum;
  const big = small === a.sum ? b.sum : a.sum;
  return dotSumsWith(small, big);
}

/** The first sum's entries, in order, times the second's weights. */
function dotSumsWith(small: Sums, big: Sums): number {
  return big.dotEntries(small);
}

/** Numbers the states of every centroid's sums (one new at each change): a pair of them names two sums' contents. */
let stamps = 0;
/** Products kept per centroid (`walkedWith`) before they are let go for new ones. */
const WALKED_KEPT = 64;
/** No product kept yet: shared, never written (the first one kept makes a centroid's own array). */
const NO_WALKED = new Float64Array(0);

/** Sum of member unit vectors. cosine(doc, centroid) = dot(doc, sum) / |sum|. */
export class Centroid implements Scorable {
  /** read only outside: a centroid `sharing` another's sums copies them before its first change */
  sum: Sums = new Sums();
  private sq = 0;
  /** members that brought a non-empty vector */
  count = 0;
  private shared = false;
  /** its sums' state: no other centroid's state, nor an earlier one of its own, has this number */
  private stamp = ++stamps;
  /** products of its sums walked (as the smaller side) with other centroids' sums, by their stamp, for this
   * stamp: the merge pass scores a pair of stories again (the second story's best partner, a neighbour offered
   * the first) while neither changed, and storylines score the pairs the last merge pass left (Reuters' first
   * 8,000: 43% of the story-story products were of sums already walked) */
  // [stamp, product] pairs, the first `walkedN`; the array outlives the states (a Map a state, its doubles boxed,
  // was ~28 MB of the clusterer's garbage on all of Reuters)
  private walked: Float64Array = NO_WALKED;
  private walkedN = 0;

  /** Its sums change: a new stamp, and the products kept for the old one go. */
  private changed(): void {
    this.stamp = ++stamps;
    this.walkedN = 0;
  }

  /** A centroid holding the same sums as `of` without copying them until it changes (a story taken back
   * from the base every batch is mostly only scored against: its stored sums are restored once, not per batch). */
  static sharing(of: Centroid): Centroid {
    const c = new Centroid();
    c.sum = of.sum;
    c.sq = of.sq;
    c.count = of.count;
    c.shared = true;
    return c;
  }

  /** A centroid holding its sums as they are now: both share them, and whichever changes first copies them. */
  snapshot(): Centroid {
    this.shared = true;
    return Centroid.sharing(this);
  }

  /** Own the sums before changing them (a copy keeps their order, so the same sums follow). */
  private own(): void {
    if (!this.shared) return;
    this.sum = this.sum.copy();
    this.shared = false;
  }

  /** Empty sums of its own (shared sums are let go, not cleared under the centroids sharing them). */
  private emptied(): void {
    if (this.shared) {
      this.sum = new Sums();
      this.shared = false;
    } else this.sum.clear();
  }

  add(v: Vec, members = 1): void {
    this.addUnit(unitOf(v), members);
  }

  /** Add a member's unit vector given as arrays (a packed document's entries: no Map walked, none made); the same
   * keys in the same order as its Map's, so the same sums. */
  addUnit(v: Pick<Unit, 'keys' | 'weights'>, members = 1): void {
    this.own();
    this.changed();
    const { keys, weights } = v;
    const n = keys.length;
    if (n) this.count += members;
    // a first member's keys are all new: the index is made once for them (sums.ts reserve)
    if (this.sum.size === 0) this.sum.reserve(n);
    // |s + v|^2 = |s|^2 + 2 s.v + |v|^2, kept exactly without a pass over the whole centroid
    let cross = 0;
    let self = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      const o = this.sum.addTo(keys[i], w);
      cross += o * w;
      self += w * w;
    }
    this.sq += 2 * cross + self;
  }

  /** Take one member's unit vector out again (the refinement pass moves documents between stories). */
  remove(v: Vec): void {
    this.removeUnit(unitOf(v));
  }

  /** remove, the vector given as arrays (as addUnit). */
  removeUnit(v: Pick<Unit, 'keys' | 'weights'>): void {
    this.own();
    this.changed();
    const { keys, weights } = v;
    const n = keys.length;
    if (n) this.count -= 1;
    let cross = 0;
    let self = 0;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      const w = weights[i];
      const e = this.sum.entryOf(k);
      if (e < 0) continue; // pruned away
      const o = this.sum.entryWeights()[e];
      cross += o * w;
      self += w * w;
      if (Math.abs(o - w) < GONE) this.sum.delete(k);
      else this.sum.set(k, o - w);
    }
    this.sq = Math.max(0, this.sq - 2 * cross + self);
    if (this.count === 0) {
      this.sum.clear();
      this.sq = 0;
    }
  }

  /** Empty it (a story merged away lets its centroids go). */
  clear(): void {
    this.changed();
    this.emptied();
    this.walked = NO_WALKED;
    this.sq = 0;
    this.count = 0;
  }

  /** add(other.sum, other.count), walking the other's entries in order. */
  absorb(other: Centroid): void {
    this.own();
    this.changed();
    const from = other.sum;
    if (from.size) this.count += other.count;
    const count = from.entryCount();
    const keys = from.entryKeys();
    const weights = from.entryWeights();
    this.reserveFor(keys, count);
    let cross = 0;
    let self = 0;
    for (let i = 0; i < count; i++) {
      const k = keys[i];
      if (k < 0) continue; // deleted
      const w = weights[i];
      const o = this.sum.addTo(k, w);
      cross += o * w;
      self += w * w;
    }
    this.sq += 2 * cross + self;
  }

  /** Room in the sums for the keys of `keys` (entry keys, DELETED skipped) they do not hold yet, made at once
   * when they would outgrow the index (a merge adds up to a whole story's keys). */
  private reserveFor(keys: Int32Array, count: number): void {
    const sum = this.sum;
    if (sum.fits(count)) return;
    let fresh = 0;
    for (let i = 0; i < count; i++) if (keys[i] >= 0 && !sum.has(keys[i])) fresh++;
    sum.reserve(sum.size + fresh);
  }

  /** Mean pairwise cosine between members (needs two; the sum's norm holds every pair). */
  get cohesion(): number | null {
    const n = this.count;
    return n >= 2 ? Math.max(0, (this.sq - n) / (n * (n - 1))) : null;
  }

  weightOf(key: number): number {
    return this.sum.weight(key);
  }

  forEachKey(f: (key: number) => void): void {
    this.sum.forEach((_, k) => f(k));
  }

  /** Mean cosine between a unit vector and each member. */
  meanWith(unit: Vec | Unit): number {
    if (!this.count) return 0;
    return (unit instanceof Map ? dotMapSums(unit, this.sum) : dotUnit(unit, this.sum)) / this.count;
  }

  /** Mean pairwise cosine between the members of two centroids (average link). */
  meanWithCentroid(other: Centroid): number {
    if (!this.count || !other.count) return 0;
    // dotSums(this, other), its walk kept with the smaller side
    const small = this.sum.size <= other.sum.size ? this : other;
    return small.walkedWith(small === this ? other : this) / (this.count * other.count);
  }

  /** dotSumsWith(this.sum, big.sum): its own sums walked, once per state of both (the same walk, the same double). */
  private walkedWith(big: Centroid): number {
    const stamp = big.stamp;
    let memo = this.walked;
    let n = this.walkedN;
    for (let i = 0; i < n; i++) if (memo[2 * i] === stamp) return memo[2 * i + 1];
    const product = big.sum.dotEntries(this.sum);
    // a story long unchanged meets its partners' new states: the oldest of them go together
    if (n >= WALKED_KEPT) n = 0;
    if (2 * n === memo.length) {
      const grown = new Float64Array(Math.max(8, 2 * memo.length));
      grown.set(memo);
      this.walked = memo = grown;
    }
    memo[2 * n] = stamp;
    memo[2 * n + 1] = product;
    this.walkedN = n + 1;
    return product;
  }

  get norm(): number {
    return Math.sqrt(Math.max(this.sq, 0));
  }

  get size(): number {
    return this.sum.size;
  }

  /** Cosine with a unit vector. */
  cosine(unit: Vec): number {
    const n = this.norm;
    return n > 0 ? dotMapSums(unit, this.sum) / n : 0;
  }

  /** cosine(unit.map), without the Map when the unit's arrays serve. */
  cosineUnit(unit: Unit): number {
    const n = this.norm;
    return n > 0 ? dotUnit(unit, this.sum) / n : 0;
  }

  /** Cosine with another centroid. */
  cosineWith(other: Centroid): number {
    const n = this.norm * other.norm;
    return n > 0 ? dotSums(this, other) / n : 0;
  }

  /** Keep the `keep` strongest terms once the centroid holds more than twice that: memory stays bounded. */
  prune(keep: number): void {
    if (this.sum.size <= 2 * keep) return;
    this.changed();
    const kept = topEntries(this.sum, keep);
    this.emptied();
    this.sum.reserve(kept.length);
    this.sq = 0;
    for (const [k, w] of kept) {
      this.sum.set(k, w);
      this.sq += w * w;
    }
  }
}
