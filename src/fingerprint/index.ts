// Fingerprint stage: TextDocument -> Fingerprint (text hash, MinHash over word shingles, sentence hashes).
import type { Fingerprint, TextDocument } from '../model.ts';
import { FNV_OFFSET, FNV_PRIME, fmix32, hashSequence, SEED_B } from './hash.ts';
import { minhash } from './minhash.ts';
import { normalWords } from './normalize.ts';

export { fnv1a, fmix32, hashSequence, hash64Hex } from './hash.ts';
export { minhash, estimateJaccard, bandKeys, MINHASH_SIZE, LSH_BANDS, LSH_ROWS } from './minhash.ts';
export { normalWords, sentenceWords } from './normalize.ts';

/** Words per shingle: four words rarely repeat by chance outside set phrases. */
export const SHINGLE_WORDS = 4;

/** Hashes of the word shingles of one sentence (a shorter sentence is one shingle of itself). */
export function shinglesOf(wordHashes: number[], size = SHINGLE_WORDS): number[] {
  if (wordHashes.length === 0) return [];
  if (wordHashes.length <= size) return [hashSequence(wordHashes)];
  const out: number[] = [];
  for (let i = 0; i + size <= wordHashes.length; i++) out.push(hashSequence(wordHashes, i, i + size));
  return out;
}

/** Per-sentence lists packed in one array with offsets: millions of small typed arrays would cost far more memory. */
export class Packed {
  constructor(
    readonly data: Uint32Array,
    /** start of sentence i is starts[i], its end starts[i + 1] */
    readonly starts: Uint32Array,
  ) {}
  get count(): number {
    return this.starts.length - 1;
  }
  length(i: number): number {
    return this.starts[i + 1] - this.starts[i];
  }
  /** a view (no copy) of sentence i's list */
  at(i: number): Uint32Array {
    return this.data.subarray(this.starts[i], this.starts[i + 1]);
  }
  static from(lists: number[][]): Packed {
    let n = 0;
    for (const l of lists) n += l.length;
    const data = new Uint32Array(n);
    const starts = new Uint32Array(lists.length + 1);
    let k = 0;
    lists.forEach((l, i) => {
      starts[i] = k;
      for (const x of l) data[k++] = x;
    });
    starts[lists.length] = k;
    return new Packed(data, starts);
  }
}

/** Scratch space of `fingerprint`, grown as needed and copied out at exact length (one document at a time). */
let scratchWords = new Uint32Array(4096);
let scratchShingles = new Uint32Array(4096);

function grown(a: Uint32Array<ArrayBuffer>, n: number): Uint32Array<ArrayBuffer> {
  if (n <= a.length) return a;
  const b = new Uint32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The document's hashes in one pass over its words' characters, without a string per word: each normal
 * word (`sentenceWords`: an ASCII word lower-cased, any other folded and split at non-letters) is hashed
 * from its code units as fnv1a would hash the string, and the text hash (`hash64Hex` of the normal words
 * joined by single spaces) is two FNV-1a states carried across them. Equal to hashing the strings
 * (fingerprint.test.ts holds that definition and checks it on real text).
 */
export function fingerprint(doc: TextDocument): Fingerprint {
  const { sentences } = doc;
  const sentenceHashes: number[] = new Array(sentences.length);
  const wordStarts = new Uint32Array(sentences.length + 1);
  const shingleStarts = new Uint32Array(sentences.length + 1);
  let words = scratchWords;
  let shingles = scratchShingles;
  let nw = 0;
  let ns = 0;
  // FNV-1a states of the text hash's two halves (fmix32 only at the end, as fnv1a does)
  let ta = FNV_OFFSET;
  let tb = SEED_B;
  let first = true;
  const addWord = (h: number) => {
    if (nw === words.length) words = grown(words, nw + 1);
    words[nw++] = h;
  };
  for (let si = 0; si < sentences.length; si++) {
    wordStarts[si] = nw;
    shingleStarts[si] = ns;
    for (const w of sentences[si].words) {
      // an ASCII letter-or-digit word: lower-cased code units hashed as they come (the common case)
      let h = FNV_OFFSET;
      let a = ta;
      let b = tb;
      if (!first && w.length > 0) {
        a = Math.imul(a ^ 32, FNV_PRIME);
        b = Math.imul(b ^ 32, FNV_PRIME);
      }
      let ascii = w.length > 0;
      for (let i = 0; i < w.length; i++) {
        let c = w.charCodeAt(i);
        if (c >= 65 && c <= 90) c += 32;
        else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
          ascii = false;
          break;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        a = Math.imul(a ^ c, FNV_PRIME);
        b = Math.imul(b ^ c, FNV_PRIME);
      }
      if (ascii) {
        ta = a;
        tb = b;
        first = false;
        addWord(fmix32(h));
        continue;
      }
      for (const part of normalWords(w)) {
        if (!first) {
          ta = Math.imul(ta ^ 32, FNV_PRIME);
          tb = Math.imul(tb ^ 32, FNV_PRIME);
        }
        first = false;
        let ph = FNV_OFFSET;
        for (let i = 0; i < part.length; i++) {
          const c = part.charCodeAt(i);
          ph = Math.imul(ph ^ c, FNV_PRIME);
          ta = Math.imul(ta ^ c, FNV_PRIME);
          tb = Math.imul(tb ^ c, FNV_PRIME);
        }
        addWord(fmix32(ph));
      }
    }
    const from = wordStarts[si];
    const n = nw - from;
    sentenceHashes[si] = n ? hashSequence(words, from, nw) : 0;
    // the sentence's shingles: a shorter sentence is one shingle of itself
    const count = n === 0 ? 0 : n <= SHINGLE_WORDS ? 1 : n - SHINGLE_WORDS + 1;
    if (ns + count > shingles.length) shingles = grown(shingles, ns + count);
    if (n > 0 && n <= SHINGLE_WORDS) shingles[ns++] = sentenceHashes[si];
    else for (let i = from; i + SHINGLE_WORDS <= nw; i++) shingles[ns++] = hashSequence(words, i, i + SHINGLE_WORDS);
  }
  wordStarts[sentences.length] = nw;
  shingleStarts[sentences.length] = ns;
  [scratchWords, scratchShingles] = [words, shingles];
  const sentenceShingles = shingles.slice(0, ns);
  const distinct = sortedDistinct(sentenceShingles);
  return {
    id: doc.id,
    textHash: hex8(fmix32(ta)) + hex8(fmix32(tb)),
    minhash: minhash(distinct),
    sentenceHashes,
    shingleCount: distinct.length,
    shingles: distinct,
    sentenceShingles: new Packed(sentenceShingles, shingleStarts),
    sentenceWords: new Packed(words.slice(0, nw), wordStarts),
  };
}

/** The distinct values of a list, sorted (a copy). */
function sortedDistinct(values: Uint32Array): Uint32Array {
  const sorted = values.slice().sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i];
  return sorted.slice(0, k);
}

const hex8 = (h: number) => h.toString(16).padStart(8, '0');
