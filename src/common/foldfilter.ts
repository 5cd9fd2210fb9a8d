// A bit table over a set of folded words (enrich/lexicon.ts's `notNames`, numbers.ts' run words): a word whose bit is
// clear folds to none of them, told from its character codes with no lower-cased copy made. names.ts `isNameWord`
// asks `notNames` of nearly every capitalised token, and nearly none is there; fold's copy of each was the enrich
// stage's largest string allocation after the tokens' own.

/** 2^16 bits: a table of n words lets ~n / 65,536 of the words not in it through to the real look-up. */
const SIZE = 1 << 16;

/** The hash of the word as fold would give it, or -1 past ASCII (fold's lower case is then not ASCII's). */
function foldedHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c > 127) return -1;
    // (fold of an ASCII word is its lower case: A-Z only)
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  // (murmur3's final mix: FNV's low bits alone put "the" on a bit of the not-name table)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & (SIZE - 1);
}

/** The bit table of a set of folded words (its words past ASCII need no bit: an ASCII word never folds to one). */
export function foldFilter(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(SIZE >>> 5);
  for (const w of words) {
    const h = foldedHash(w);
    if (h >= 0) bits[h >>> 5] |= 1 << (h & 31);
  }
  return bits;
}

/** Might `fold(word)` be one of the table's words? False only when it surely is not; always true past ASCII. */
export function mayFoldInto(bits: Uint32Array, word: string): boolean {
  const h = foldedHash(word);
  return h < 0 || (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}

/** The ASCII codes, either case, the folded words open with: fold leaves a word's ASCII first character first,
 * lower-cased (NFKD keeps ASCII as it is and puts no mark before it), so a word opening with another ASCII code folds
 * to none of them. A smaller test than the bit table, for a few short words asked of many. */
export function foldOpenings(words: Iterable<string>): Uint8Array {
  const codes = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!(c < 128)) continue;
    codes[c] = 1;
    // (A-Z and a-z: fold lower-cases the first)
    if (c >= 97 && c <= 122) codes[c - 32] = 1;
  }
  return codes;
}

/** Might `fold(word)` be one of the words `openings` was made of? False only when it surely is not. */
export function mayFoldOpen(openings: Uint8Array, word: string): boolean {
  const c = word.charCodeAt(0);
  return !(c < 128) || openings[c] === 1;
}
