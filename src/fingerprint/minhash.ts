// MinHash over shingle hashes, and LSH band keys over the signature.
// Each of the k hash functions is a seeded permutation of 32-bit integers: fmix32(x XOR seed_i)
// (xor with a constant and fmix32 are both bijections), so min over a set estimates Jaccard similarity.
import { fmix32 } from './hash.ts';

export const MINHASH_SIZE = 64;
/** 16 bands of 4 rows: pairs above Jaccard ~0.5 are very likely to share a band, below ~0.25 rarely. */
export const LSH_BANDS = 16;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;

/** Fixed multipliers (odd) and offsets from a fixed generator: the same signatures on every run. */
function seeds(start: number, odd: boolean): Uint32Array {
  const out = new Uint32Array(MINHASH_SIZE);
  let x = start;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = fmix32((x + 0x9e3779b9) >>> 0);
    out[i] = odd ? x | 1 : x;
  }
  return out;
}
const MUL = seeds(0x6a09e667, true);
const ADD = seeds(0xbb67ae85, false);

/**
 * MinHash signature of a set of shingle hashes (an empty set gives all 0xffffffff). Permutation i is
 * x -> (a_i * x + b_i) mod 2^32 with odd a_i (a bijection), its high bits mixed down by a shift-xor
 * (also a bijection); the shingle hashes are already well mixed, so this cheap family is enough.
 */
export function minhash(shingles: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE);
  // four permutations at a time over every shingle: their minimums stay in registers, each shingle read once for
  // the four (one permutation a pass read every shingle 64 times: 30% more CPU, r4k)
  for (let i = 0; i < MINHASH_SIZE; i += 4) {
    const a0 = MUL[i];
    const b0 = ADD[i];
    const a1 = MUL[i + 1];
    const b1 = ADD[i + 1];
    const a2 = MUL[i + 2];
    const b2 = ADD[i + 2];
    const a3 = MUL[i + 3];
    const b3 = ADD[i + 3];
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const x = shingles[j];
      let h = (Math.imul(x, a0) + b0) >>> 0;
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < m0) m0 = h;
      h = (Math.imul(x, a1) + b1) >>> 0;
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < m1) m1 = h;
      h = (Math.imul(x, a2) + b2) >>> 0;
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < m2) m2 = h;
      h = (Math.imul(x, a3) + b3) >>> 0;
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < m3) m3 = h;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** One key per band (the band's number mixed in): documents that share a key become near-duplicate candidates. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = fmix32(b + 0x51ed270b);
    for (let r = 0; r < LSH_ROWS; r++) h = fmix32((h ^ sig[b * LSH_ROWS + r]) >>> 0);
    keys.push(h);
  }
  return keys;
}
