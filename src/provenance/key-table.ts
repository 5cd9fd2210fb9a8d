// A document's sentences by key (a shingle hash or a term's stem id), in typed arrays: an open-addressed table of
// the keys, each slot's sentences one range of a list. Two Maps of a key to a sentence or a list of them per
// document aligned against were provenance's largest allocation (r4k: 16 MB of Map.set, with the tables they grew
// out of and the lists), each entry a boxed slot and each key met in several sentences an array.

/** The keys, their slots' sentences (ascending, each once) at list[starts[slot]] .. list[starts[slot + 1]). */
export interface KeyTable {
  keys: Int32Array;
  /** 1 where a slot holds a key */
  filled: Uint8Array;
  starts: Int32Array;
  list: Int32Array;
  mask: number;
}

/** Scratch of `keyedSentences`, grown as needed: per pair its slot (-1: the key again in the same sentence); per slot the
 * sentence last put there, and its next free place in the list. */
let pairSlot = new Int32Array(1024);
let lastIn = new Int32Array(1024);
let next = new Int32Array(1024);

/** A key's first slot to look in (keys are hashes or small ids: a multiplicative hash spreads both). */
const home = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 7) & mask;

/**
 * The table of `n` pairs (keys[p] in sentence sentences[p]), the sentences in the order given (ascending, as a
 * document is read), a key met again in the sentence it was last met in put once.
 */
export function keyedSentences(keys: Int32Array, sentences: Int32Array, n: number): KeyTable {
  let size = 8;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = { keys: new Int32Array(size), filled: new Uint8Array(size), starts: new Int32Array(size + 1), list: new Int32Array(0), mask };
  if (pairSlot.length < n) pairSlot = new Int32Array(2 * n);
  if (lastIn.length < size) {
    lastIn = new Int32Array(size);
    next = new Int32Array(size);
  }
  // each pair's slot, and how many sentences each slot lists (counted in starts[slot + 1])
  let listed = 0;
  for (let p = 0; p < n; p++) {
    const key = keys[p];
    const j = sentences[p];
    let s = home(key, mask);
    while (table.filled[s] === 1 && table.keys[s] !== key) s = (s + 1) & mask;
    if (table.filled[s] === 0) {
      table.filled[s] = 1;
      table.keys[s] = key;
    } else if (lastIn[s] === j) {
      pairSlot[p] = -1;
      continue;
    }
    lastIn[s] = j;
    pairSlot[p] = s;
    table.starts[s + 1]++;
    listed++;
  }
  for (let s = 0; s < size; s++) {
    table.starts[s + 1] += table.starts[s];
    next[s] = table.starts[s];
  }
  table.list = new Int32Array(listed);
  for (let p = 0; p < n; p++) if (pairSlot[p] >= 0) table.list[next[pairSlot[p]]++] = sentences[p];
  return table;
}

/** The slot holding `key`, or -1: its sentences are list[starts[slot]] .. list[starts[slot + 1]). */
export function slotOf(table: KeyTable, key: number): number {
  let s = home(key, table.mask);
  while (table.filled[s] === 1) {
    if (table.keys[s] === key) return s;
    s = (s + 1) & table.mask;
  }
  return -1;
}
