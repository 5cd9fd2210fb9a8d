// Word-level longest common subsequence: how much of two sentences is the same words in the same order.

// lcsLength is bit-parallel (Crochemore et al. 2001; Hyyrö 2004): one bit per word of `a`, in 32-bit blocks, and per word
// of `b` one pass over the blocks: V' = (V + (V & M)) | (V & ~M), M the positions of that word in `a`; the LCS length is
// the count of V's cleared bits. `a`'s match masks are kept for the next call with the same words as `a` (align.ts compares one
// A sentence with each of its candidates in turn). All scratch is module-level, grown as needed.

/** A copy of the last `a` whose masks are built (compared word by word: a caller may reuse its array), its length, its block count. */
let maskedFor = new Float64Array(64);
let maskedLength = -1;
let blocks = 0;
/** Slots: the word (keys), its mask's offset into `masks` + 1 (0: empty; cleared per new `a` only where used). */
let keys = new Float64Array(256);
let offsets = new Int32Array(256);
let used = new Int32Array(128);
let usedCount = 0;
let masks = new Int32Array(256);
let v = new Int32Array(8);

function slotOf(word: number): number {
  const mask = keys.length - 1;
  let s = (Math.imul(word, 0x9e3779b1) >>> 0) & mask;
  while (offsets[s] !== 0 && keys[s] !== word) s = (s + 1) & mask;
  return s;
}

function buildMasks(a: ArrayLike<number>): void {
  for (let k = 0; k < usedCount; k++) offsets[used[k]] = 0;
  usedCount = 0;
  const n = a.length;
  blocks = (n + 31) >>> 5;
  if (keys.length < n * 4) {
    let size = keys.length;
    while (size < n * 4) size *= 2;
    keys = new Float64Array(size);
    offsets = new Int32Array(size);
    used = new Int32Array(size);
  }
  if (masks.length < n * blocks) masks = new Int32Array(n * blocks * 2);
  if (v.length < blocks) v = new Int32Array(blocks * 2);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const word = a[i];
    const s = slotOf(word);
    let at = offsets[s] - 1;
    if (at < 0) {
      at = next;
      next += blocks;
      masks.fill(0, at, next);
      keys[s] = word;
      offsets[s] = at + 1;
      used[usedCount++] = s;
    }
    masks[at + (i >>> 5)] |= 1 << (i & 31);
  }
  if (maskedFor.length < n) maskedFor = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) maskedFor[i] = a[i];
  maskedLength = n;
}

function sameAsMasked(a: ArrayLike<number>): boolean {
  const n = a.length;
  if (n !== maskedLength) return false;
  for (let i = 0; i < n; i++) if (maskedFor[i] !== a[i]) return false;
  return true;
}

/** Length of the LCS of two sequences of word hashes (any numbers; fnv1a gives 32-bit ones). */
export function lcsLength(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n === 0 || b.length === 0) return 0;
  if (!sameAsMasked(a)) buildMasks(a);
  const w = blocks;
  v.fill(-1, 0, w);
  for (let j = 0; j < b.length; j++) {
    const at = offsets[slotOf(b[j])] - 1;
    if (at < 0) continue; // a word not in `a` leaves V as it is
    let carry = 0;
    for (let k = 0; k < w; k++) {
      const x = v[k];
      const m = masks[at + k];
      const u = x & m;
      const sum = (x >>> 0) + (u >>> 0) + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = sum | (x & ~m);
    }
  }
  let ones = 0;
  for (let k = 0; k < w; k++) {
    let x = v[k];
    if (k === w - 1 && (n & 31) !== 0) x &= (1 << (n & 31)) - 1;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    ones += Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return n - ones;
}

/** Which positions of a and of b are in one LCS (for showing the words that differ). */
export function lcsMask<T>(a: T[], b: T[]): { inA: boolean[]; inB: boolean[] } {
  const n = a.length;
  const m = b.length;
  const dp: Int32Array[] = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const inA = new Array<boolean>(n).fill(false);
  const inB = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      inA[i++] = true;
      inB[j++] = true;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return { inA, inB };
}
