// Fingerprint stage: TextDocument -> Fingerprint (text hash, MinHash over word shingles, sentence hashes).
import type { Fingerprint, TextDocument } from '../model.ts';
import { fnv1a, hashSequence, hash64Hex } from './hash.ts';
import { minhash } from './minhash.ts';
import { sentenceWords } from './normalize.ts';

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

export function fingerprint(doc: TextDocument): Fingerprint {
  const sentenceHashes: number[] = [];
  const shingleLists: number[][] = [];
  const wordLists: number[][] = [];
  const all = new Set<number>();
  const normal: string[] = [];
  for (const s of doc.sentences) {
    const words = sentenceWords(s);
    normal.push(words.join(' '));
    const wordHashes = words.map((w) => fnv1a(w));
    wordLists.push(wordHashes);
    sentenceHashes.push(words.length ? hashSequence(wordHashes) : 0);
    const sh = shinglesOf(wordHashes);
    shingleLists.push(sh);
    for (const h of sh) all.add(h);
  }
  const shingles = Uint32Array.from(all).sort();
  return {
    id: doc.id,
    textHash: hash64Hex(normal.filter(Boolean).join(' ')),
    minhash: minhash(shingles),
    sentenceHashes,
    shingleCount: shingles.length,
    shingles,
    sentenceShingles: Packed.from(shingleLists),
    sentenceWords: Packed.from(wordLists),
  };
}
