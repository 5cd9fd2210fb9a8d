// Evidence counts per unordered pair of document indexes, in an open-addressing table of typed arrays: a
// pair's count is read and written with one probe (a Map keyed by number took a look-up to read and another
// to write; on all of Reuters those were a quarter of the provenance stage's samples).
import { CANDIDATES } from './data/thresholds.ts';

const EMPTY = -1;
const FIRST_CAPACITY = 1 << 12;

export class PairCounter {
  /** i * n + j (i < j) per slot, EMPTY where none */
  private keys = new Float64Array(FIRST_CAPACITY).fill(EMPTY);
  private counts = new Float64Array(FIRST_CAPACITY);
  private mask = FIRST_CAPACITY - 1;
  /** pairs held */
  private size = 0;
  constructor(private readonly n: number) {}

  /** The slot of key i * n + j: where it is, or the empty one it would take. */
  private slotOf(i: number, j: number, key: number): number {
    // i and j mixed (murmur3's finaliser), so runs of neighbouring documents spread over the table
    let h = Math.imul(i, 0x9e3779b1) ^ j;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    let slot = h & this.mask;
    const keys = this.keys;
    for (;;) {
      const k = keys[slot];
      if (k === key || k === EMPTY) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds `w` to the pair (i, j) in either order; a document with itself is no pair. */
  add(i: number, j: number, w: number): void {
    if (i === j) return;
    if (i > j) {
      const t = i;
      i = j;
      j = t;
    }
    const key = i * this.n + j;
    const slot = this.slotOf(i, j, key);
    if (this.keys[slot] === key) {
      this.counts[slot] += w;
      return;
    }
    this.keys[slot] = key;
    this.counts[slot] = w;
    // at most half full: probes stay short
    if (++this.size * 2 > this.keys.length) this.grow(this.keys.length * 2);
  }

  /**
   * Room for `more` pairs beyond those held, made at once: a counter told how many adds are coming is not grown
   * (and every pair slotted again) at each doubling on the way (all of Reuters: 15 growths from 4,096 slots).
   */
  reserve(more: number): void {
    let capacity = this.keys.length;
    while ((this.size + more) * 2 > capacity) capacity *= 2;
    if (capacity > this.keys.length) this.grow(capacity);
  }

  private grow(capacity: number): void {
    const { keys, counts } = this;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.counts = new Float64Array(capacity);
    this.mask = this.keys.length - 1;
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s];
      if (key === EMPTY) continue;
      const i = Math.floor(key / this.n);
      const slot = this.slotOf(i, key - i * this.n, key);
      this.keys[slot] = key;
      this.counts[slot] = counts[s];
    }
  }

  /** How many adds addGroup makes for a group of `members` (distinct) documents. */
  static addsOf(members: number, pairAllUpTo: number): number {
    const firsts = members <= pairAllUpTo ? members : CANDIDATES.linkFirst;
    // member x is added with the min(x, firsts) before it
    return members <= firsts ? (members * (members - 1)) / 2 : (firsts * (firsts - 1)) / 2 + (members - firsts) * firsts;
  }

  /** Every pair in a group when it is small; each member with the first few when it is big. */
  addGroup(members: ArrayLike<number>, w: number, pairAllUpTo: number): void {
    const n = members.length;
    const firsts = n <= pairAllUpTo ? n : CANDIDATES.linkFirst;
    for (let x = 1; x < n; x++) for (let y = 0; y < Math.min(x, firsts); y++) this.add(members[x], members[y], w);
  }

  /** Each pair with `min` or more, as [i, j, count], by i then j: a key's order (i * n + j, i < j < n), sorted natively. */
  pairs(min: number): Array<[number, number, number]> {
    const { keys, counts, n } = this;
    let kept = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== EMPTY && counts[s] >= min) kept++;
    const sorted = new Float64Array(kept);
    kept = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== EMPTY && counts[s] >= min) sorted[kept++] = keys[s];
    sorted.sort();
    const out = new Array<[number, number, number]>(sorted.length);
    for (let k = 0; k < sorted.length; k++) {
      const key = sorted[k];
      const i = Math.floor(key / n);
      const j = key - i * n;
      out[k] = [i, j, counts[this.slotOf(i, j, key)]];
    }
    return out;
  }

  /** Adds `w` to `into` for each pair with `min` or more (in no order: a count is a sum). */
  addPairs(into: PairCounter, min: number, w: number): void {
    const { keys, counts, n } = this;
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s];
      if (key === EMPTY || counts[s] < min) continue;
      const i = Math.floor(key / n);
      into.add(i, key - i * n, w);
    }
  }
}
