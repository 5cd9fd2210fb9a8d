// A centroid's sums: key id -> summed weight, in a Map's insertion order, on arrays. A Map of numbers boxes
// every weight it is set to (a heap number per `set`, kept alive by an old-space Map, so each survives a
// scavenge), and its look-ups are a call into the runtime's hash table; here the weights sit unboxed in a
// double array and a look-up is an open-addressing probe the compiler inlines. Profiled on all of Reuters, the
// sums' look-ups (a member's score against its story, story-story products) were 12% of the clusterer's
// samples and its collections a fifth. Same order as a Map (a key set again keeps its place, one deleted and
// set again goes last), so sums walked in order add up to the same doubles.

/** Where a deleted entry's key was (ids are never negative). */
const DELETED = -1;
/** The index of a table holding nothing: one slot, empty, never written (the first `set` makes a real one). */
const NO_INDEX = new Int32Array(2);

/** No entries yet: shared, never written (the first `set` makes a sum's own arrays). */
const NO_KEYS = new Int32Array(0);
const NO_WEIGHTS = new Float64Array(0);

export class Sums implements ReadonlyMap<number, number> {
  /** entries' keys in insertion order, the first `n` of the array; DELETED where an entry was deleted. Typed
   * arrays with room to grow, not pushed JS arrays: a pushed array's backing store is copied at each growth in
   * the heap, and a growing story's old copies outlived young collections to die in the old space (on Reuters'
   * first 8,000, ~19 MB of what survived the clusterer's scavenges); a typed array's store is off the heap, so
   * a scavenge copies only its small header. */
  private ks: Int32Array = NO_KEYS;
  /** entries' weights, beside their keys */
  private ws: Float64Array = NO_WEIGHTS;
  /** entries in ks/ws, deleted ones included */
  private n = 0;
  /** open addressing, linear probing, two numbers a slot: the key and its entry's position + 1 (0: a free
   * slot), side by side so a probe reads one place; a deleted entry's slot keeps its position with the key
   * DELETED (taken, matching nothing) until the next rebuild */
  private index: Int32Array = NO_INDEX;
  private mask = 0;
  private shift = 32;
  private live = 0;

  get size(): number {
    return this.live;
  }

  /** A key's first slot to probe. Fibonacci hashing: the product's top bits (ids are dense, so their low bits
   * alone would cluster). */
  private home(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> this.shift) & this.mask;
  }

  /** The slot holding a key, or -1. */
  private probe(key: number): number {
    const { index, mask } = this;
    let h = this.home(key);
    for (;;) {
      if (index[2 * h + 1] === 0) return -1;
      if (index[2 * h] === key) return h;
      h = (h + 1) & mask;
    }
  }

  /** The entry position of a key, or -1. */
  private slot(key: number): number {
    const h = this.probe(key);
    return h < 0 ? -1 : this.index[2 * h + 1] - 1;
  }

  /** A key's entry position (its weight is entryWeights()[e]), or -1: a look-up that gives back no weight. Where
   * `get`'s weight meets its undefined, the compiled caller holds a tagged value and boxes every double it reads (a
   * heap number per key: the refinement's reads of its stories without a member were ~37 MB on all of Reuters). */
  entryOf(key: number): number {
    return this.slot(key);
  }

  get(key: number): number | undefined {
    const e = this.slot(key);
    return e < 0 ? undefined : this.ws[e];
  }

  /** get(key) ?? 0, without the undefined */
  weight(key: number): number {
    const e = this.slot(key);
    return e < 0 ? 0 : this.ws[e];
  }

  has(key: number): boolean {
    return this.slot(key) >= 0;
  }

  set(key: number, w: number): this {
    const e = this.slot(key);
    if (e >= 0) {
      this.ws[e] = w;
      return this;
    }
    if (this.n === this.ks.length) this.grow(this.n + (this.n >> 1) + 8);
    this.ks[this.n] = key;
    this.ws[this.n++] = w;
    this.live++;
    if (this.n * 2 > this.mask + 1) this.rebuild();
    else this.place(key, this.n);
    return this;
  }

  /** set(key, weight(key) + w), with one probe: the weight it held before (0 when new). A centroid adds each
   * key of a member's vector so, and the look-up then the set probed the table twice per key. */
  addTo(key: number, w: number): number {
    const { index, mask } = this;
    let h = this.home(key);
    for (;;) {
      const e = index[2 * h + 1];
      if (e === 0) break;
      if (index[2 * h] === key) {
        const o = this.ws[e - 1];
        this.ws[e - 1] = o + w;
        return o;
      }
      h = (h + 1) & mask;
    }
    // new: appended as `set` appends it, and placed in the free slot the probe stopped at (where `place` puts it)
    const o = 0;
    if (this.n === this.ks.length) this.grow(this.n + (this.n >> 1) + 8);
    this.ks[this.n] = key;
    this.ws[this.n++] = o + w;
    this.live++;
    if (this.n * 2 > mask + 1) this.rebuild();
    else {
      index[2 * h] = key;
      index[2 * h + 1] = this.n;
    }
    return o;
  }

  /**
   * The sum over the first `count` of `keys` (negative ones skipped: deleted entries) of their `weights` times
   * this sum's weight for the key, in the keys' order, keys it does not hold adding nothing: the dot products'
   * loop with the probe written out (the table's fields read once, no weight returned per key). Same products
   * in the same order as a walk that looks each key up with `get`, so the same double.
   */
  dotArrays(keys: Int32Array, weights: Float64Array, count: number): number {
    const { index, mask, shift, ws } = this;
    let s = 0;
    for (let i = 0; i < count; i++) {
      const k = keys[i];
      if (k < 0) continue;
      let h = (Math.imul(k, 0x9e3779b1) >>> shift) & mask;
      for (;;) {
        const e = index[2 * h + 1];
        if (e === 0) break;
        if (index[2 * h] === k) {
          s += weights[i] * ws[e - 1];
          break;
        }
        h = (h + 1) & mask;
      }
    }
    return s;
  }

  /** dotArrays over another sum's entries in their order (typed arrays: a loop of its own, so each stays of one kind). */
  dotEntries(other: Sums): number {
    const { index, mask, shift, ws } = this;
    const keys = other.ks;
    const weights = other.ws;
    const count = other.n;
    let s = 0;
    for (let i = 0; i < count; i++) {
      const k = keys[i];
      if (k < 0) continue; // deleted
      let h = (Math.imul(k, 0x9e3779b1) >>> shift) & mask;
      for (;;) {
        const e = index[2 * h + 1];
        if (e === 0) break;
        if (index[2 * h] === k) {
          s += weights[i] * ws[e - 1];
          break;
        }
        h = (h + 1) & mask;
      }
    }
    return s;
  }

  delete(key: number): boolean {
    const h = this.probe(key);
    if (h < 0) return false;
    this.index[2 * h] = DELETED;
    this.ks[this.index[2 * h + 1] - 1] = DELETED;
    this.live--;
    return true;
  }

  clear(): void {
    this.ks = NO_KEYS;
    this.ws = NO_WEIGHTS;
    this.n = 0;
    this.index = NO_INDEX;
    this.mask = 0;
    this.shift = 32;
    this.live = 0;
  }

  /** A copy holding the same entries in the same order. */
  copy(): Sums {
    const c = new Sums();
    if (this.n) {
      c.ks = this.ks.slice(0, this.n);
      c.ws = this.ws.slice(0, this.n);
    }
    c.n = this.n;
    c.index = this.index.slice();
    c.mask = this.mask;
    c.shift = this.shift;
    c.live = this.live;
    return c;
  }

  /** The entries as arrays in order, none deleted (views: valid until the next change). */
  arrays(): { keys: Int32Array; weights: Float64Array } {
    this.compact();
    return { keys: this.ks.subarray(0, this.n), weights: this.ws.subarray(0, this.n) };
  }

  /** Drop deleted entries (order kept); the entry count after it, every entry live: entryKeys/entryWeights
   * then hold the entries in order, as `arrays()` does, without its views. */
  compacted(): number {
    this.compact();
    return this.n;
  }

  /** Entry arrays for hot loops: the first entryCount() keys (DELETED where gone; skip those) and the weights
   * beside them (the arrays are longer: room to grow). */
  entryCount(): number {
    return this.n;
  }
  entryKeys(): Int32Array {
    return this.ks;
  }
  entryWeights(): Float64Array {
    return this.ws;
  }

  /** Whether `more` entries can be set without the index made again. */
  fits(more: number): boolean {
    return (this.n + more) * 2 <= this.mask + 1;
  }

  /** Room for `n` entries in all before the index is made again: a sum filled with a known count of new keys
   * (a centroid's first member, a pruned or merged centroid) makes its index once, where growing by doubling
   * made it again at 4, 8, 16, 32 ... entries. Each index past 16 slots is a typed array off the heap (its
   * backing store allocated outside it), and their allocation was 2% of the clusterer's samples on all of
   * Reuters. The index holds n entries under the same load as a grown one (its size is the same), and the
   * entries keep their order, so every walk and look-up reads the same. */
  reserve(n: number): void {
    if (n * 2 <= this.mask + 1) return;
    this.squeeze();
    let bits = 3;
    while (Math.max(n, this.live) * 2 > 1 << bits) bits++;
    if (n > this.ks.length) this.grow(n, 2 << bits);
    else this.resize(bits);
  }

  /** Room for `size` entries in the entry arrays (the first n copied); with `slots`, a new index of that many
   * numbers (2 << bits), the entries placed in it: past 8 entries made in the entries' buffer (reserve's growth,
   * a first member's keys: one backing store allocated where the entries and the index had one each). */
  private grow(size: number, slots = 0): void {
    // past what V8 keeps on the heap (64 bytes), both in one buffer: one backing store allocated (and freed) a
    // growth, where each array had its own (the sums' growths were 3% of the clusterer's samples on Reuters)
    let ks: Int32Array;
    let ws: Float64Array;
    if (size > 8) {
      const buffer = new ArrayBuffer(size * 12 + slots * 4);
      ws = new Float64Array(buffer, 0, size);
      ks = new Int32Array(buffer, size * 8, size);
      if (slots > 0) this.index = new Int32Array(buffer, size * 12, slots);
    } else {
      // small arrays V8 keeps on the heap (a young object each, no backing store): the index too
      ks = new Int32Array(size);
      ws = new Float64Array(size);
      if (slots > 0) this.index = new Int32Array(slots);
    }
    // (a first member's sums copy nothing: no views made for it)
    if (this.n > 0) {
      ks.set(this.ks.subarray(0, this.n));
      ws.set(this.ws.subarray(0, this.n));
    }
    this.ks = ks;
    this.ws = ws;
    if (slots > 0) this.placeAll(slots >> 1);
  }

  private place(key: number, position: number): void {
    const { index, mask } = this;
    let h = this.home(key);
    while (index[2 * h + 1] !== 0) h = (h + 1) & mask;
    index[2 * h] = key;
    index[2 * h + 1] = position;
  }

  /** Drop deleted entries (order kept) and make the index again, less than half full: two 32-bit numbers a
   * slot keep the sums no larger than the Map's (an index of plain arrays a quarter full made analyze's peak
   * RSS on all of Reuters 963 -> 1,033 MB). */
  private rebuild(): void {
    this.squeeze();
    let bits = 3;
    while (this.live * 2 >= 1 << bits) bits++;
    this.resize(bits);
  }

  /** A new index of 2^bits slots for the entries (squeezed: none deleted). */
  private resize(bits: number): void {
    this.index = new Int32Array(2 << bits);
    this.placeAll(1 << bits);
  }

  /** The entries placed in a new, empty index (`this.index`) of `size` slots (a power of two). */
  private placeAll(size: number): void {
    const bits = 31 - Math.clz32(size);
    this.mask = size - 1;
    this.shift = 32 - bits;
    for (let i = 0; i < this.n; i++) this.place(this.ks[i], i + 1);
  }

  private compact(): void {
    if (this.live < this.n) this.rebuild();
  }

  private squeeze(): void {
    const { ks, ws, n } = this;
    if (this.live === n) return;
    let j = 0;
    for (let i = 0; i < n; i++) {
      if (ks[i] === DELETED) continue;
      ks[j] = ks[i];
      ws[j++] = ws[i];
    }
    this.n = j;
  }

  *keys(): MapIterator<number> {
    const { ks, n } = this;
    for (let i = 0; i < n; i++) if (ks[i] !== DELETED) yield ks[i];
  }

  *values(): MapIterator<number> {
    const { ks, ws, n } = this;
    for (let i = 0; i < n; i++) if (ks[i] !== DELETED) yield ws[i];
  }

  *entries(): MapIterator<[number, number]> {
    const { ks, ws, n } = this;
    for (let i = 0; i < n; i++) if (ks[i] !== DELETED) yield [ks[i], ws[i]];
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  forEach(f: (value: number, key: number, map: ReadonlyMap<number, number>) => void): void {
    const { ks, ws, n } = this;
    for (let i = 0; i < n; i++) if (ks[i] !== DELETED) f(ws[i], ks[i], this);
  }
}
