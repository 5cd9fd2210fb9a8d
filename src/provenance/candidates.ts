// Candidate pairs, never all pairs: exact duplicates by text hash, near-duplicates by LSH bands of
// the MinHash signature, shared passages by an inverted index of sampled shingles and of sentence hashes.
import type { Fingerprint } from '../model.ts';
import { bandKeys, LSH_BANDS } from '../fingerprint/index.ts';
import { CANDIDATES } from './data/thresholds.ts';
import { PairCounter } from './pair-counter.ts';

/** Documents with the same normalised text, each group in input order (groups of one left out). */
export function exactGroups(fps: Fingerprint[]): number[][] {
  const byHash = new Map<string, number[]>();
  fps.forEach((fp, i) => {
    if (fp.shingleCount === 0) return;
    const l = byHash.get(fp.textHash);
    if (l) l.push(i);
    else byHash.set(fp.textHash, [i]);
  });
  return [...byHash.values()].filter((g) => g.length > 1);
}

/** The most documents one batch takes (the postings were once packed as hash * 2^21 + document). */
const DOC_BITS = 2 ** 21;

/** A shingle kept in the sample: its hash is 0 modulo sampleModulo, told by a mask (a power of two). */
const SAMPLE_MASK = CANDIDATES.sampleModulo - 1;
if ((CANDIDATES.sampleModulo & SAMPLE_MASK) !== 0) throw new Error('CANDIDATES.sampleModulo must be a power of two');

const DIGIT = 1 << 16;
const digitCounts = new Int32Array(DIGIT + 1);

/** One stable counting pass: the postings of `from` into `to`, by the 16 bits of the hash at `shift`. */
function countingPass(fromH: Uint32Array, fromD: Int32Array, toH: Uint32Array, toD: Int32Array, shift: number): void {
  const counts = digitCounts.fill(0);
  const n = fromH.length;
  for (let k = 0; k < n; k++) counts[((fromH[k] >>> shift) & 0xffff) + 1]++;
  for (let d = 0; d < DIGIT; d++) counts[d + 1] += counts[d];
  for (let k = 0; k < n; k++) {
    const h = fromH[k];
    const at = counts[(h >>> shift) & 0xffff]++;
    toH[at] = h;
    toD[at] = fromD[k];
  }
}

/**
 * Postings are two parallel arrays, a hash (unsigned 32-bit) and its document, filled in ascending document order:
 * sorted stably by hash, runs of equal hash are the documents that share it, in ascending order -- the order a
 * sort of hash * 2^21 + document gave, by two counting passes of 16 bits (low half, then high half) instead of a
 * comparison sort of doubles.
 */
export function sortPostings(hashes: Uint32Array, docs: Int32Array): void {
  const h2 = new Uint32Array(hashes.length);
  const d2 = new Int32Array(docs.length);
  countingPass(hashes, docs, h2, d2, 0);
  countingPass(h2, d2, hashes, docs, 16);
}

/** Where the run of sorted postings that starts at `i` (the postings of one hash) ends. */
function runEnd(hashes: Uint32Array, i: number): number {
  const h = hashes[i];
  let j = i + 1;
  while (j < hashes.length && hashes[j] === h) j++;
  return j;
}

/**
 * The adds the runs of sorted postings make, counting a run as a group of as many documents as postings (runs of
 * more than `upTo` postings left out): a size for the counter, once (a run holding a document twice makes fewer).
 */
function addsOfRuns(hashes: Uint32Array, upTo: number, pairAllUpTo: number): number {
  const n = hashes.length;
  let adds = 0;
  let i = 0;
  while (i < n) {
    const j = runEnd(hashes, i);
    if (j - i > 1 && j - i <= upTo) adds += PairCounter.addsOf(j - i, pairAllUpTo);
    i = j;
  }
  return adds;
}

/** The runs of equal hash in sorted postings, as their documents (each once, unless `repeats`). */
function runsOfPostings(hashes: Uint32Array, postingDocs: Int32Array, onRun: (docs: number[]) => void, repeats = false): void {
  const n = hashes.length;
  let i = 0;
  while (i < n) {
    const j = runEnd(hashes, i);
    // most hashes are one document's (all of Reuters: 396,107 of the 456,250 sampled shingles): a list only for two or more
    if (repeats ? j - i > 1 : postingDocs[j - 1] !== postingDocs[i]) {
      const docs: number[] = [];
      for (let k = i; k < j; k++) {
        const d = postingDocs[k];
        if (repeats || docs[docs.length - 1] !== d) docs.push(d);
      }
      onRun(docs);
    }
    i = j;
  }
}

/**
 * Each document's content terms as classes: a class per distinct term hash (fnv1a), numbered from 0 as met;
 * `hashes[c]` is class c's hash once every document's classes were asked for.
 */
export interface TermClasses {
  of(i: number): ArrayLike<number>;
  readonly hashes: number[];
}

const NO_TERMS: TermClasses = { of: () => [], hashes: [] };

export interface CandidateSet {
  /** pairs [i, j] (i < j) of document indexes to align, with their evidence count */
  pairs: Array<[number, number, number]>;
  /** exact-duplicate groups */
  exact: number[][];
  /** documents per content term hash (fnv1a), for terms in two documents or more */
  termDf: Map<number, number>;
}

/**
 * Candidates among documents. Only one member of each exact-duplicate group enters the indexes: its
 * copies are linked through it.
 */
export function findCandidates(fps: Fingerprint[], terms: TermClasses = NO_TERMS): CandidateSet {
  const n = fps.length;
  if (n > DOC_BITS) throw new Error(`too many documents for one provenance batch (${n})`);
  const exact = exactGroups(fps);
  const skip = new Set<number>();
  for (const g of exact) for (const i of g.slice(1)) skip.add(i);
  const counter = new PairCounter(n);

  // Near-duplicates: LSH buckets over the MinHash signature, as postings (a document twice in a bucket
  // when two of its bands share a key, as a list per key had it).
  let banded = 0;
  for (let i = 0; i < n; i++) if (!skip.has(i) && fps[i].shingleCount > 0) banded++;
  const bandHashes = new Uint32Array(banded * LSH_BANDS);
  const bandDocs = new Int32Array(banded * LSH_BANDS);
  let b = 0;
  for (let i = 0; i < n; i++) {
    if (skip.has(i) || fps[i].shingleCount === 0) continue;
    for (const key of bandKeys(fps[i].minhash)) {
      bandHashes[b] = key;
      bandDocs[b++] = i;
    }
  }
  sortPostings(bandHashes, bandDocs);

  // Shared passages: sampled shingles and long sentences, in an inverted index.
  // (indexed loops over the typed arrays, the sample told by a mask: the two passes over every shingle of every
  // document, 2.4 million on all of Reuters, took twice as long by for-of and a remainder)
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    const shingles = fps[i].shingles;
    for (let x = 0; x < shingles.length; x++) if ((shingles[x] & SAMPLE_MASK) === 0) count++;
  }
  const shingleHashes = new Uint32Array(count);
  const shingleDocs = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    const shingles = fps[i].shingles;
    for (let x = 0; x < shingles.length; x++) {
      const h = shingles[x];
      if ((h & SAMPLE_MASK) === 0) {
        shingleHashes[k] = h;
        shingleDocs[k++] = i;
      }
    }
  }
  sortPostings(shingleHashes, shingleDocs);

  const sentenceHashes: number[] = [];
  const sentenceDocs: number[] = [];
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    const fp = fps[i];
    fp.sentenceHashes.forEach((h, s) => {
      if (h && fp.sentenceShingles.length(s) >= CANDIDATES.sentenceMinWords - 3) {
        sentenceHashes.push(h);
        sentenceDocs.push(i);
      }
    });
  }
  const sentenceRuns = Uint32Array.from(sentenceHashes);
  const sentenceRunDocs = Int32Array.from(sentenceDocs);
  sortPostings(sentenceRuns, sentenceRunDocs);

  // the counter sized once for the adds the three make (not grown by doubling on the way), then counted in order
  counter.reserve(
    addsOfRuns(bandHashes, Infinity, CANDIDATES.bucketPairAllUpTo) +
      addsOfRuns(shingleHashes, CANDIDATES.boilerplateAbove, CANDIDATES.pairAllUpTo) +
      addsOfRuns(sentenceRuns, CANDIDATES.boilerplateAbove, CANDIDATES.pairAllUpTo),
  );
  runsOfPostings(bandHashes, bandDocs, (members) => counter.addGroup(members, CANDIDATES.minScore, CANDIDATES.bucketPairAllUpTo), true);
  const onRun = (w: number) => (docs: number[]) => {
    if (docs.length <= CANDIDATES.boilerplateAbove) counter.addGroup(docs, w, CANDIDATES.pairAllUpTo);
  };
  runsOfPostings(shingleHashes, shingleDocs, onRun(1));
  runsOfPostings(sentenceRuns, sentenceRunDocs, onRun(2));

  // Retellings share few shingles but many rare content terms (names, places, figures).
  const termCounter = new PairCounter(n);
  // The documents of each term (its class: one per distinct hash), grouped by counting, not by sorting
  // postings: documents come in ascending order within a class, as the sorted postings had them, and the
  // classes' order is none the counts depend on (a pair's evidence is a sum, the pairs are sorted).
  const classesOf: Array<ArrayLike<number>> = [];
  for (let i = 0; i < n; i++) if (!skip.has(i)) classesOf[i] = terms.of(i);
  const classes = terms.hashes.length;
  const start = new Int32Array(classes + 1);
  for (let i = 0; i < n; i++) {
    const cs = classesOf[i];
    if (cs !== undefined) for (let x = 0; x < cs.length; x++) start[cs[x] + 1]++;
  }
  for (let c = 0; c < classes; c++) start[c + 1] += start[c];
  // the rare terms' counter sized once: every pair of a class of two to rareTermDocs postings
  let rareAdds = 0;
  for (let c = 0; c < classes; c++) {
    const m = start[c + 1] - start[c];
    if (m > 1 && m <= CANDIDATES.rareTermDocs) rareAdds += (m * (m - 1)) / 2;
  }
  termCounter.reserve(rareAdds);
  const fill = start.slice(0, classes);
  const docsByClass = new Int32Array(start[classes]);
  for (let i = 0; i < n; i++) {
    const cs = classesOf[i];
    if (cs !== undefined) for (let x = 0; x < cs.length; x++) docsByClass[fill[cs[x]]++] = i;
  }
  classesOf.length = 0;
  // The same groups give each term's document frequency (terms in one document only are left out: df 1).
  const termDf = new Map<number, number>();
  const docs: number[] = [];
  for (let c = 0; c < classes; c++) {
    const to = start[c + 1];
    if (to - start[c] < 2) continue;
    // a document twice in a class holds two terms of one hash: it counts once
    docs.length = 0;
    for (let k = start[c]; k < to; k++) if (docs[docs.length - 1] !== docsByClass[k]) docs.push(docsByClass[k]);
    if (docs.length < 2) continue;
    termDf.set(terms.hashes[c], docs.length);
    if (docs.length <= CANDIDATES.rareTermDocs) termCounter.addGroup(docs, 1, CANDIDATES.rareTermDocs);
  }
  termCounter.addPairs(counter, CANDIDATES.rareTermsMin, CANDIDATES.minScore);

  return { pairs: counter.pairs(CANDIDATES.minScore), exact, termDf };
}
