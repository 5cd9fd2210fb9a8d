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
  // one permutation at a time over every shingle: its minimum stays in a register
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const a = MUL[i];
    const b = ADD[i];
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      let h = (Math.imul(shingles[j], a) + b) >>> 0;
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < min) min = h;
    }
    sig[i] = min;
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
