// A mirror of wink's word table (word -> index) looked up by a span of a text's characters, so that a
// known word is found without cutting it out as a string first: V8 must hash and internalise every new
// string used as a property key, and the cut-out strings are most of what tokenising leaves to collect.

/** FNV-1a over UTF-16 code units: the same number for a span of text and for the word it spells. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Int32s per slot: the word's index + 1 (0: empty), its hash, where its characters start in `chars`, its length. */
const SLOT = 4;
/** an image's header (WordTable.image): a mark, the list entries it holds, the slots used, characters used, slots' Int32s */
const IMAGE_HEADER = 5;
/** "WTb1": the image's layout */
const IMAGE_MAGIC = 0x57546231;
/** the words an image is checked at, spread over its list (WordTable.fromImage) */
const IMAGE_CHECKS = 64;

export class WordTable {
  /**
   * slot -> SLOT Int32s (open addressing, linear probing). A probe reads one slot's four numbers side by side and,
   * when the hash matches, the word's characters from `chars`: not the word's string (an object elsewhere in
   * memory, reached through wink's list), so a look-up costs two reads from memory where it cost four.
   */
  private slots: Int32Array = new Int32Array(SLOT << 17);
  /** the slots' words' characters, one after another */
  private chars: Uint16Array = new Uint16Array(1 << 19);
  private charsUsed = 0;
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

  /**
   * The table as bytes: what `fromImage` starts another table from. Taken after a look-up, so it holds every word of
   * the list so far (a table over the model's words, written by the build: wink-model.ts wordTableImage).
   */
  image(): Uint8Array {
    this.sync();
    const header = Int32Array.of(IMAGE_MAGIC, this.synced, this.used, this.charsUsed, this.slots.length);
    const bytes = new Uint8Array(header.byteLength + this.slots.byteLength + this.charsUsed * 2);
    bytes.set(new Uint8Array(header.buffer), 0);
    bytes.set(new Uint8Array(this.slots.buffer, this.slots.byteOffset, this.slots.byteLength), header.byteLength);
    bytes.set(new Uint8Array(this.chars.buffer, this.chars.byteOffset, this.charsUsed * 2), header.byteLength + this.slots.byteLength);
    return bytes;
  }

  /**
   * A table over `hash` and `list` that starts with the slots and characters of `image` (another table's `image()`,
   * taken over the same first words of a list in the same state), so that its first look-up takes in only the words
   * learnt since: putting the model's 87,593 words in one by one is ~40 ms of every run's start. The table takes the
   * image's bytes over (it writes into them). Null when the image is not of this list (another model, a list shorter
   * than the image's, words spelt or placed otherwise at the checks).
   */
  static fromImage(hash: Record<string, number>, list: string[], image: Uint8Array): WordTable | null {
    if (image.byteLength < IMAGE_HEADER * 4) return null;
    // typed views need aligned offsets: a copy when the bytes sit elsewhere
    const bytes = image.byteOffset % 4 === 0 ? image : image.slice();
    const [magic, synced, used, charsUsed, slotsLength] = new Int32Array(bytes.buffer, bytes.byteOffset, IMAGE_HEADER);
    const slotsAt = bytes.byteOffset + IMAGE_HEADER * 4;
    if (magic !== IMAGE_MAGIC || synced > list.length || bytes.byteLength !== IMAGE_HEADER * 4 + slotsLength * 4 + charsUsed * 2) return null;
    const table = new WordTable(hash, list);
    table.slots = new Int32Array(bytes.buffer, slotsAt, slotsLength);
    table.chars = new Uint16Array(bytes.buffer, slotsAt + slotsLength * 4, charsUsed);
    table.charsUsed = charsUsed;
    table.used = used;
    table.synced = synced;
    // spot checks: words across the list found at their own index (or absent, as a sync would have left them)
    for (let k = 0; k < IMAGE_CHECKS && synced > 0; k++) {
      const i = Math.floor(((synced - 1) * k) / (IMAGE_CHECKS - 1));
      const word = list[i];
      if (table.find(word, 0, word.length) !== (hash[word] === i ? i : -1)) return null;
    }
    return table;
  }

  /** The index wink's table has for the word spelt by text[from, to), or -1. */
  find(text: string, from: number, to: number): number {
    if (this.synced < this.list.length) this.sync();
    const { slots, chars, dead } = this;
    const mask = slots.length / SLOT - 1;
    const length = to - from;
    const h = hashOf(text, from, to);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const entry = slots[at];
      if (entry === 0) return -1;
      if (slots[at + 1] !== h || slots[at + 3] !== length) continue;
      const index = entry - 1;
      if (index < dead.length && dead[index] === 1) continue;
      const start = slots[at + 2];
      let i = 0;
      while (i < length && chars[start + i] === text.charCodeAt(from + i)) i++;
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
    if ((this.used + list.length - this.synced) * 2 > this.slots.length / SLOT) this.grow(list.length);
    for (let i = this.synced; i < list.length; i++) if (hash[list[i]] === i) this.put(list[i], i);
    this.synced = list.length;
  }

  private grow(words: number): void {
    // at most half the slots used (four slots share a cache line: a probe past a slot mostly reads no more memory)
    let size = this.slots.length / SLOT;
    while (size < words * 2) size *= 2;
    const old = this.slots;
    this.slots = new Int32Array(size * SLOT);
    this.used = 0;
    // the words are put again where their characters already are
    for (let at = 0; at < old.length; at += SLOT) if (old[at] !== 0) this.place(old[at] - 1, old[at + 1], old[at + 2], old[at + 3]);
  }

  private put(word: string, index: number): void {
    const length = word.length;
    if (this.charsUsed + length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length));
      chars.set(this.chars.subarray(0, this.charsUsed));
      this.chars = chars;
    }
    const start = this.charsUsed;
    for (let i = 0; i < length; i++) this.chars[start + i] = word.charCodeAt(i);
    this.charsUsed += length;
    this.place(index, hashOf(word, 0, length), start, length);
  }

  private place(index: number, h: number, start: number, length: number): void {
    const { slots } = this;
    const mask = slots.length / SLOT - 1;
    let s = h & mask;
    while (slots[s * SLOT] !== 0) s = (s + 1) & mask;
    const at = s * SLOT;
    slots[at] = index + 1;
    slots[at + 1] = h;
    slots[at + 2] = start;
    slots[at + 3] = length;
    this.used++;
  }
}
