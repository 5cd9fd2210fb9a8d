// Passage alignment: the runs of sentences one document shares with another, verbatim, lightly
// edited (words swapped, a clause dropped or added) or retold in other words.
import type { Passage } from '../model.ts';
import { ALIGN } from './data/thresholds.ts';
import { lcsLength } from './lcs.ts';
import { slotsOf, type DocView } from './view.ts';

export interface SentenceMatch {
  a: number;
  b: number;
  /** words in common, in order */
  common: number;
  dice: number;
  containment: number;
  /** true: same words (verbatim or edited); false: retold (shared content terms only) */
  lexical: boolean;
  score: number;
}

export interface AlignedPassage extends Passage {
  fromSentences: number[];
  toSentences: number[];
  lexical: boolean;
  /** words in common over the passage */
  common: number;
}

/** Weight of a term, by its stem id: rare in the collection weighs more (names every article of a story uses weigh little). */
export type TermWeight = (term: number) => number;

/** The summed weight of sentence i's terms (in their order, as weighOverlap once summed them per pair). */
function weightOf(view: DocView, i: number, weight: TermWeight): number {
  let sum = 0;
  for (let k = view.termStarts[i]; k < view.termStarts[i + 1]; k++) sum += weight(view.terms[k]);
  return sum;
}

/** The number of sentence i's (distinct) terms. */
function termsIn(view: DocView, i: number): number {
  return view.termStarts[i + 1] - view.termStarts[i];
}

/**
 * Sentence i's weightOf, kept on its view for the weight function it was worked out with: a document meets many
 * others, and its sentences' sums were worked out again for every pair (a Map look-up per term each time).
 */
function sentenceWeight(view: DocView, i: number, weight: TermWeight): number {
  let sums = view.termWeights;
  if (sums === undefined || view.weighedBy !== weight) {
    sums = view.termWeights = new Float64Array(view.termStarts.length - 1).fill(Number.NaN);
    view.weighedBy = weight;
  }
  let w = sums[i];
  if (Number.isNaN(w)) w = sums[i] = weightOf(view, i, weight);
  return w;
}

/** Per stem id, the stamp of the B sentence weighOverlap last marked it for (a Set of its terms, without one). */
let inB = new Int32Array(1 << 14);
let inBStamp = 0;

/**
 * Terms of A's sentence i in B's sentence j, and their weight over the lighter sentence's (`wa`, `wb`: the two
 * sentences' weightOf), summed in A's order.
 */
function weighOverlap(A: DocView, i: number, B: DocView, j: number, weight: TermWeight, wa: number, wb: number): { shared: number; overlap: number } {
  if (++inBStamp === 0x7fffffff) {
    inB.fill(0);
    inBStamp = 1;
  }
  for (let k = B.termStarts[j]; k < B.termStarts[j + 1]; k++) {
    const t = B.terms[k];
    if (t >= inB.length) {
      const grown = new Int32Array(Math.max(t + 1, 2 * inB.length));
      grown.set(inB);
      inB = grown;
    }
    inB[t] = inBStamp;
  }
  let shared = 0;
  let wShared = 0;
  for (let k = A.termStarts[i]; k < A.termStarts[i + 1]; k++) {
    const t = A.terms[k];
    if (t < inB.length && inB[t] === inBStamp) {
      shared++;
      wShared += weight(t);
    }
  }
  return { shared, overlap: wShared / Math.max(1e-9, Math.min(wa, wb)) };
}

/**
 * A copied sentence keeps its names and numbers; a template filled for another company, bond or
 * report ("X Corp is issuing a 100 mln dlr eurobond due ...") shares the wording but not them.
 */
function slotsAgree(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size) >= ALIGN.minSlotAgreement;
}

/** The B sentences a key is in: one sentence's index, or the list when it is in several. */
export type Sentences = number | number[];

export interface SentenceIndex {
  /** by shingle hash, as a signed 32-bit integer */
  byShingle: Map<number, Sentences>;
  /**
   * A bit per shingle hash's low 12 bits, set for those in byShingle: most shingles of the other document are in
   * none of this one's sentences, and a bit read tells most of them so without a look-up (no false "not in").
   */
  shingleBits: Int32Array;
  /** by term's stem id */
  byTerm: Map<number, Sentences>;
}

/** 2^12 bits (512 bytes a document indexed) */
const SHINGLE_BIT_WORDS = 128;

/** Sentence j under `key`, once (a key met again in the same sentence is not listed again). */
function put<K>(index: Map<K, Sentences>, key: K, j: number): void {
  const l = index.get(key);
  // most keys are in one sentence: a list only for those in several (all of Reuters: a list a key made most of the stage's garbage)
  if (l === undefined) index.set(key, j);
  else if (typeof l === 'number') {
    if (l !== j) index.set(key, [l, j]);
  } else if (l[l.length - 1] !== j) l.push(j);
}

/**
 * A document's sentences that are alike in everything matchSentences reads of one (word hashes, shingles, content
 * terms, written words for the slots): a pair's outcome is its two classes'. An article repeating one sentence
 * thousands of times met the other's copies one by one, every pair kept (n² matches: the 4 GB heap gone at 6,700).
 */
export interface SentenceClasses {
  /** per sentence, the first sentence of its class */
  first: Int32Array;
  /** per first sentence of a class of several, the class's sentences in order (empty: every sentence is its own) */
  members: Map<number, number[]>;
}

function sameSentence(view: DocView, f: number, i: number): boolean {
  const wf = view.words[f];
  const wi = view.words[i];
  if (wf.length !== wi.length) return false;
  for (let k = 0; k < wf.length; k++) if (wf[k] !== wi[k]) return false;
  const tf = view.termStarts[f];
  const ti = view.termStarts[i];
  const nt = view.termStarts[f + 1] - tf;
  if (view.termStarts[i + 1] - ti !== nt) return false;
  for (let k = 0; k < nt; k++) if (view.terms[tf + k] !== view.terms[ti + k]) return false;
  const sf = view.fp.sentenceShingles.at(f);
  const si = view.fp.sentenceShingles.at(i);
  if (sf.length !== si.length) return false;
  for (let k = 0; k < sf.length; k++) if (sf[k] !== si[k]) return false;
  const xf = view.doc.sentences[f]?.words ?? [];
  const xi = view.doc.sentences[i]?.words ?? [];
  if (xf.length !== xi.length) return false;
  for (let k = 0; k < xf.length; k++) if (xf[k] !== xi[k]) return false;
  return true;
}

/** The view's sentences by class (worked out once per document). */
export function sentenceClasses(view: DocView): SentenceClasses {
  if (view.classes) return view.classes;
  const n = view.words.length;
  const first = new Int32Array(n);
  const members = new Map<number, number[]>();
  // by a hash of the sentence's word hashes: the first sentences met with it (several only when hashes collide)
  const byHash = new Map<number, Sentences>();
  for (let i = 0; i < n; i++) {
    const w = view.words[i];
    let h = w.length;
    for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w[k]) | 0;
    const l = byHash.get(h);
    let f = -1;
    if (typeof l === 'number') {
      if (sameSentence(view, l, i)) f = l;
    } else if (l !== undefined) {
      for (const x of l) if (sameSentence(view, x, i)) f = x;
    }
    if (f < 0) {
      first[i] = i;
      if (l === undefined) byHash.set(h, i);
      else if (typeof l === 'number') byHash.set(h, [l, i]);
      else l.push(i);
      continue;
    }
    first[i] = f;
    const m = members.get(f);
    if (m) m.push(i);
    else members.set(f, [f, i]);
  }
  view.classes = { first, members };
  return view.classes;
}

/** Sentence j is the first of its class (the one its class is indexed and matched by). */
const isFirst = (c: SentenceClasses, j: number) => j >= c.first.length || c.first[j] === j;

/** B's sentences by shingle and by content term, so each A sentence meets only those it shares something with (built once per document; a class once, by its first sentence). */
function sentenceIndex(B: DocView): SentenceIndex {
  if (B.index) return B.index;
  const classes = sentenceClasses(B);
  const byShingle = new Map<number, Sentences>();
  // keyed by the hash as a signed 32-bit integer (the same hashes one to one): a small integer, where an unsigned
  // hash of 2^31 or more is a heap number, made and hashed as a double at every put and look-up
  const shingleBits = new Int32Array(SHINGLE_BIT_WORDS);
  for (let j = 0; j < B.fp.sentenceShingles.count; j++) {
    if (!isFirst(classes, j)) continue;
    for (const h of B.fp.sentenceShingles.at(j)) {
      put(byShingle, h | 0, j);
      shingleBits[(h >>> 5) & (SHINGLE_BIT_WORDS - 1)] |= 1 << (h & 31);
    }
  }
  const byTerm = new Map<number, Sentences>();
  for (let j = 0; j + 1 < B.termStarts.length; j++) {
    if (!isFirst(classes, j)) continue;
    for (let k = B.termStarts[j]; k < B.termStarts[j + 1]; k++) put(byTerm, B.terms[k], j);
  }
  B.index = { byShingle, shingleBits, byTerm };
  return B.index;
}

/**
 * Scratch of matchSentences, per B sentence: the stamp of the A sentence it was last met for (through a
 * shingle or as enough shared terms, and through any term), and the terms it shares with it. Kept between
 * calls and grown as needed: a Set and a Map per A sentence made much of provenance's garbage.
 */
let metFor = new Int32Array(256);
let hitFor = new Int32Array(256);
let termsMet = new Int32Array(256);
/**
 * the B sentences met for the current A sentence, in the order first met (the first `sharedCount`); those met through
 * a term (the first `termCount`). Written over, never emptied: `length = 0` lets an array's store go, to be grown
 * again by the next A sentence.
 */
const sharedB: number[] = [];
const termB: number[] = [];
let sharedCount = 0;
let termCount = 0;
/** one per A sentence, never 0 */
let stamp = 0;

/** B sentence j shares one more term with the current A sentence. */
function termMet(j: number): void {
  if (hitFor[j] !== stamp) {
    hitFor[j] = stamp;
    termsMet[j] = 0;
    termB[termCount++] = j;
  }
  termsMet[j]++;
}

/** Sentence pairs of A and B that say the same thing, at most one partner per sentence. */
export function matchSentences(A: DocView, B: DocView, weight: TermWeight = () => 1): SentenceMatch[] {
  const { byShingle, shingleBits, byTerm } = sentenceIndex(B);
  const nB = Math.max(B.words.length, B.termStarts.length - 1);
  if (metFor.length < nB) {
    metFor = new Int32Array(nB * 2);
    hitFor = new Int32Array(nB * 2);
    termsMet = new Int32Array(nB * 2);
    stamp = 0;
  }
  const classesA = sentenceClasses(A);
  const classesB = sentenceClasses(B);
  const found: SentenceMatch[] = [];
  for (let i = 0; i < A.words.length; i++) {
    if (!isFirst(classesA, i)) continue;
    const wa = A.words[i];
    if (wa.length < ALIGN.minCommonWords && termsIn(A, i) < ALIGN.paraphraseMinTerms) continue;
    if (++stamp === 0x7fffffff) {
      metFor.fill(0);
      hitFor.fill(0);
      stamp = 1;
    }
    // the B sentences sharing a shingle, then those sharing enough terms, each once and in the order first met
    sharedCount = termCount = 0;
    for (const h of A.fp.sentenceShingles.at(i)) {
      if ((shingleBits[(h >>> 5) & (SHINGLE_BIT_WORDS - 1)] & (1 << (h & 31))) === 0) continue;
      const js = byShingle.get(h | 0);
      if (js === undefined) continue;
      if (typeof js === 'number') {
        if (metFor[js] !== stamp) {
          metFor[js] = stamp;
          sharedB[sharedCount++] = js;
        }
        continue;
      }
      for (const j of js) {
        if (metFor[j] === stamp) continue;
        metFor[j] = stamp;
        sharedB[sharedCount++] = j;
      }
    }
    for (let k = A.termStarts[i]; k < A.termStarts[i + 1]; k++) {
      const js = byTerm.get(A.terms[k]);
      if (js === undefined) continue;
      if (typeof js === 'number') termMet(js);
      else for (const j of js) termMet(j);
    }
    for (let k = 0; k < termCount; k++) {
      const j = termB[k];
      if (termsMet[j] < ALIGN.paraphraseMinTerms || metFor[j] === stamp) continue;
      metFor[j] = stamp;
      sharedB[sharedCount++] = j;
    }
    for (let k = 0; k < sharedCount; k++) {
      const j = sharedB[k];
      const wb = B.words[j];
      const common = lcsLength(wa, wb);
      const dice = (2 * common) / (wa.length + wb.length);
      const containment = common / Math.min(wa.length, wb.length);
      const lexical = common >= ALIGN.minCommonWords && (dice >= ALIGN.minDice || (containment >= ALIGN.minContainment && common >= ALIGN.minContainedWords));
      if (lexical && !slotsAgree(slotsOf(A, i), slotsOf(B, j))) continue;
      if (lexical) {
        found.push({ a: i, b: j, common, dice, containment, lexical, score: Math.max(dice, containment * 0.9) });
        continue;
      }
      const { shared: st, overlap } = weighOverlap(A, i, B, j, weight, sentenceWeight(A, i, weight), sentenceWeight(B, j, weight));
      if (st >= ALIGN.paraphraseMinTerms && overlap >= ALIGN.paraphraseMinOverlap) {
        found.push({ a: i, b: j, common, dice, containment, lexical, score: overlap * 0.6 });
      }
    }
  }
  // One partner per sentence: best matches first (stable on ties by position).
  found.sort((x, y) => Number(y.lexical) - Number(x.lexical) || y.score - x.score || x.a - y.a || x.b - y.b);
  if (classesA.members.size > 0 || classesB.members.size > 0) return partnersByClass(found, classesA, classesB);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept: SentenceMatch[] = [];
  for (const m of found) {
    if (usedA.has(m.a) || usedB.has(m.b)) continue;
    usedA.add(m.a);
    usedB.add(m.b);
    kept.push(m);
  }
  return kept.sort((x, y) => x.a - y.a);
}

/** A binary heap of numbers, least first (the A classes of a block by their next sentence). */
function heapPush(heap: number[], keys: number[], x: number): void {
  let i = heap.push(x) - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (keys[heap[p]] <= keys[x]) break;
    heap[i] = heap[p];
    i = p;
  }
  heap[i] = x;
}

function heapPop(heap: number[], keys: number[]): number {
  const top = heap[0];
  const last = heap.pop() as number;
  if (heap.length === 0) return top;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= heap.length) break;
    if (c + 1 < heap.length && keys[heap[c + 1]] < keys[heap[c]]) c++;
    if (keys[heap[c]] >= keys[last]) break;
    heap[i] = heap[c];
    i = c;
  }
  heap[i] = last;
  return top;
}

/**
 * matchSentences' one-partner pass over the pairs of classes (`found`, by their first sentences, sorted best first),
 * giving the sentences the partners the pass over every pair of sentences gave. In a run of pairs of one
 * (lexical, score) that pass takes the A sentences in order, each the first B sentence left among its
 * candidates of the run; a class's sentences are thus taken in order, so each class keeps only how many are
 * taken, and each A class in the run is stepped through until its B classes are used up.
 */
function partnersByClass(found: SentenceMatch[], classesA: SentenceClasses, classesB: SentenceClasses): SentenceMatch[] {
  const takenA = new Map<number, number>();
  const takenB = new Map<number, number>();
  const membersA = (f: number) => classesA.members.get(f);
  const membersB = (f: number) => classesB.members.get(f);
  const kept: SentenceMatch[] = [];
  // per A class of the run: its first pair in `found`, one past its last, its next sentence (the heap's key)
  const groupStart: number[] = [];
  const groupEnd: number[] = [];
  const next: number[] = [];
  const heap: number[] = [];
  for (let s = 0; s < found.length; ) {
    let e = s + 1;
    while (e < found.length && found[e].lexical === found[s].lexical && found[e].score === found[s].score) e++;
    groupStart.length = groupEnd.length = next.length = heap.length = 0;
    for (let g = s; g < e; ) {
      let h = g + 1;
      while (h < e && found[h].a === found[g].a) h++;
      const fa = found[g].a;
      const taken = takenA.get(fa) ?? 0;
      const ms = membersA(fa);
      if (taken < (ms ? ms.length : 1)) {
        const k = groupStart.push(g) - 1;
        groupEnd.push(h);
        next.push(ms ? ms[taken] : fa);
        heapPush(heap, next, k);
      }
      g = h;
    }
    while (heap.length > 0) {
      const k = heapPop(heap, next);
      let best: SentenceMatch | undefined;
      let bestB = -1;
      for (let x = groupStart[k]; x < groupEnd[k]; x++) {
        const fb = found[x].b;
        const taken = takenB.get(fb) ?? 0;
        const ms = membersB(fb);
        if (taken >= (ms ? ms.length : 1)) continue;
        const b = ms ? ms[taken] : fb;
        if (bestB < 0 || b < bestB) {
          bestB = b;
          best = found[x];
        }
      }
      if (best === undefined) continue; // its B classes are used up: none of its later sentences finds one in this run
      const m = best;
      kept.push({ a: next[k], b: bestB, common: m.common, dice: m.dice, containment: m.containment, lexical: m.lexical, score: m.score });
      takenB.set(m.b, (takenB.get(m.b) ?? 0) + 1);
      const fa = found[groupStart[k]].a;
      const taken = (takenA.get(fa) ?? 0) + 1;
      takenA.set(fa, taken);
      const ms = membersA(fa);
      if (ms && taken < ms.length) {
        next[k] = ms[taken];
        heapPush(heap, next, k);
      }
    }
    s = e;
  }
  return kept.sort((x, y) => x.a - y.a);
}

/** Runs of matches that follow each other on both sides become passages. */
export function passagesOf(matches: SentenceMatch[], A: DocView, B: DocView): AlignedPassage[] {
  const runs: SentenceMatch[][] = [];
  for (const m of matches) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && m.lexical === last.lexical && m.a - last.a <= ALIGN.maxGap && m.b > last.b && m.b - last.b <= ALIGN.maxGap) run.push(m);
    else runs.push([m]);
  }
  return runs.map((run) => {
    let words = 0;
    let weighted = 0;
    let common = 0;
    for (const m of run) {
      const w = A.words[m.a].length + B.words[m.b].length;
      words += w;
      weighted += w * m.score;
      common += m.common;
    }
    return {
      from: run.map((m) => A.doc.sentences[m.a].text).join(' '),
      to: run.map((m) => B.doc.sentences[m.b].text).join(' '),
      score: Math.round((weighted / words) * 1000) / 1000,
      fromSentences: run.map((m) => m.a),
      toSentences: run.map((m) => m.b),
      lexical: run[0].lexical,
      common,
    };
  });
}
