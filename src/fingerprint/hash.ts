// Fast non-cryptographic 32-bit hashing: FNV-1a over UTF-16 code units, murmur3's finaliser to mix.
// Fingerprints only need spread and speed, not resistance to attack.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
/** The seed of the second half of `hash64Hex`. */
export const SEED_B = 0x9747b28c;

/** FNV-1a of a string, optionally seeded (a different seed gives an independent-looking hash). */
export function fnv1a(s: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h);
}

/** murmur3 finaliser: a bijection on 32-bit integers that spreads every input bit over the output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine a running hash with one more 32-bit value (order matters: hashes of word sequences). */
export function combine(h: number, v: number): number {
  return fmix32((Math.imul(h ^ v, 0x9e3779b1) + 0x7f4a7c15) >>> 0);
}

/** Hash of a sequence of word hashes. */
export function hashSequence(values: ArrayLike<number>, from = 0, to = values.length): number {
  let h = 0x2545f491;
  for (let i = from; i < to; i++) h = combine(h, values[i]);
  return h;
}

/** Two independent 32-bit hashes as 16 hex digits: collisions between different texts are negligible. */
export function hash64Hex(s: string): string {
  const a = fnv1a(s);
  const b = fnv1a(s, SEED_B);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
