// A mirror of wink's word table (word -> index) looked up by a span of a text's characters, so that a
// known word is found without cutting it out as a string first: V8 must hash and internalise every new
// string used as a property key, and the cut-out strings are most of what tokenising leaves to collect.

/** FNV-1a over UTF-16 code units: the same number for a span of text and for the word it spells. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class WordTable {
  /** slot -> word index + 1 (0: empty); open addressing, linear probing */
  private slots = new Int32Array(1 << 18);
  /**
   * slot -> the hash of its word: a probe compares this first and reads the word (an object elsewhere in
   * memory) only when it matches, so the slots passed on the way cost no cache miss; a word that matches has
   * this hash, so the same slot is found
   */
  private hashes = new Int32Array(1 << 18);
  /** words whose entry wink's table no longer has (forgotten): their slots stay, never matched */
  private dead = new Uint8Array(1 << 17);
  private used = 0;
  /** list entries up to here are in the slots */
  private synced = 0;

  /** `hash` and `list` are wink's: word -> index, and index -> word. */
  constructor(
    private readonly hash: Record<string, number>,
    private readonly list: string[],
  ) {}

  /** The index wink's table has for the word spelt by text[from, to), or -1. */
  find(text: string, from: number, to: number): number {
    if (this.synced < this.list.length) this.sync();
    const { slots, hashes, list, dead } = this;
    const mask = slots.length - 1;
    const length = to - from;
    const h = hashOf(text, from, to);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const entry = slots[s];
      if (entry === 0) return -1;
      if (hashes[s] !== h) continue;
      const index = entry - 1;
      const word = list[index];
      if (word.length !== length || (index < dead.length && dead[index] === 1)) continue;
      let i = 0;
      while (i < length && word.charCodeAt(i) === text.charCodeAt(from + i)) i++;
      if (i === length) return index;
    }
  }

  /** wink's table dropped this index's word (it will learn the word again under a new index). */
  forget(index: number): void {
    if (index >= this.dead.length) {
      const dead = new Uint8Array(Math.max(index + 1, this.dead.length * 2));
      dead.set(this.dead);
      this.dead = dead;
    }
    this.dead[index] = 1;
  }

  /** Whether wink's table dropped this index's word. */
  forgotten(index: number): boolean {
    return index < this.dead.length && this.dead[index] === 1;
  }

  /** Take in the words wink learnt since the last look-up (only those its table still maps to their index). */
  private sync(): void {
    const { list, hash } = this;
    if ((this.used + list.length - this.synced) * 2 > this.slots.length) this.grow(list.length);
    for (let i = this.synced; i < list.length; i++) if (hash[list[i]] === i) this.put(list[i], i);
    this.synced = list.length;
  }

  private grow(words: number): void {
    let size = this.slots.length;
    while (size < words * 2) size *= 2;
    const old = this.slots;
    this.slots = new Int32Array(size * 2);
    this.hashes = new Int32Array(size * 2);
    this.used = 0;
    for (const entry of old) if (entry !== 0) this.put(this.list[entry - 1], entry - 1);
  }

  private put(word: string, index: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    const h = hashOf(word, 0, word.length);
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = index + 1;
    this.hashes[s] = h;
    this.used++;
  }
}
