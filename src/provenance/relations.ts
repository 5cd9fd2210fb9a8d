// Relations between documents: duplicate, near-duplicate, re-use and paraphrase, each with its shared
// passages, a similarity, and a direction with its reasons (or directed: false and why not).
import type { CommonQuotation, Fingerprint, Passage, Relation, RelationKind, TextDocument } from '../model.ts';
import { estimateJaccard, fingerprint, fnv1a } from '../fingerprint/index.ts';
import { findCandidates, type TermClasses } from './candidates.ts';
import { matchSentences, passagesOf, type AlignedPassage, type SentenceMatch, type TermWeight } from './align.ts';
import { decide, directionVotes, type Vote } from './direction.ts';
import { RELATION } from './data/thresholds.ts';
import { docView, type DocView } from './view.ts';
import { quotePassages } from './quote.ts';
import { stemOf, TermCounts } from '../common/term-counts.ts';
import { counted } from '../common/counted.ts';
import { SIBLING_REASON } from './why-refs.ts';
import { quotationReason, quotationShare } from './quoted.ts';
import { HAS_QUOTE_MARK, QUOTATION } from './data/quotation.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

function orient(p: AlignedPassage, flip: boolean): Passage {
  const score = p.score;
  return flip
    ? { from: p.to, to: p.from, score, fromSentences: p.toSentences, toSentences: p.fromSentences }
    : { from: p.from, to: p.to, score, fromSentences: p.fromSentences, toSentences: p.toSentences };
}

/** A relation from A and B's sides, turned so that `from` is the derived one when the votes tell. */
function directed(
  a: TextDocument,
  b: TextDocument,
  kind: RelationKind,
  similarity: number,
  passages: AlignedPassage[],
  votes: Vote[],
  why: string[],
): Relation {
  const source = decide(votes);
  const flip = source === 'a'; // a is the source: b re-uses a
  const reasons = votes.length
    ? votes.map((v) => `${(v.source === 'a') === true ? a.id : b.id} ${v.reason}`)
    : ['no date, agency credit or edit pattern tells which came first'];
  if (votes.length && source === null) reasons.push('the signals cancel out: direction unknown');
  const quoted = quotePassages(a, b, passages);
  return {
    from: flip ? b.id : a.id,
    to: flip ? a.id : b.id,
    kind,
    directed: source !== null,
    similarity: round(Math.min(1, Math.max(0, similarity))),
    passages: quoted.passages.map((p) => orient(p, flip)),
    why: quoted.why ? [...why, quoted.why, ...reasons] : [...why, ...reasons],
  };
}

export interface PairOutcome {
  kind: RelationKind;
  similarity: number;
  passages: AlignedPassage[];
  why: string[];
}

/**
 * A near-duplicate or re-use found on lexical passages that is, without the words inside quotation marks in both,
 * neither: the reason it is a common quotation (null when what the documents share besides still makes the copy,
 * as a wire copy of a quote-heavy article does). Asked by findRelations of the few pairs relatePair calls copies,
 * after it: relatePair, run for every candidate pair, stays as it was.
 */
function commonQuotation(A: DocView, B: DocView, copy: PairOutcome & { matches: SentenceMatch[] }): string | null {
  if (copy.kind !== 'near-duplicate' && copy.kind !== 'reuse') return null;
  const jaccard = estimateJaccard(A.fp.minhash, B.fp.minhash);
  // what needs no quotation marks read first: a text without any, or shingles alike enough for a near-duplicate
  if (jaccard >= RELATION.nearDuplicateJaccard || !HAS_QUOTE_MARK.test(A.doc.text) || !HAS_QUOTE_MARK.test(B.doc.text)) return null;
  const share = quotationShare(A, B, copy.matches);
  // the quotation must be what they share most of: a stock background paragraph around a quoted phrase is no quotation
  let common = 0;
  for (const m of copy.matches) if (m.lexical) common += m.common;
  if (share.quotedWords === 0 || share.quotedWords < common * QUOTATION.minQuotedShare) return null;
  const smaller = Math.max(1, Math.min(A.wordCount, B.wordCount));
  if (share.ownWords / smaller >= RELATION.nearDuplicateCoverage) return null;
  if (share.ownWords >= RELATION.reuseMinWords || (share.ownSentences >= 2 && share.ownWords >= RELATION.reuseMinWordsTwoSentences)) return null;
  return quotationReason(share, copy.passages.length);
}

/** Align two documents and name the relation, or null when they share too little. */
export function relatePair(A: DocView, B: DocView, weight?: TermWeight): (PairOutcome & { matches: ReturnType<typeof matchSentences> }) | null {
  const matches = matchSentences(A, B, weight);
  const passages = passagesOf(matches, A, B);
  const lexical = passages.filter((p) => p.lexical);
  let common = 0;
  for (const p of lexical) common += p.common;
  const smaller = Math.max(1, Math.min(A.wordCount, B.wordCount));
  const coverage = common / smaller;
  const dice = (2 * common) / Math.max(1, A.wordCount + B.wordCount);
  const jaccard = estimateJaccard(A.fp.minhash, B.fp.minhash);
  if (lexical.length && (coverage >= RELATION.nearDuplicateCoverage || jaccard >= RELATION.nearDuplicateJaccard)) {
    const why = [`${Math.round(coverage * 100)}% of the shorter text is in shared passages; estimated shingle Jaccard ${jaccard.toFixed(2)}`];
    return { kind: 'near-duplicate', similarity: Math.max(dice, jaccard, coverage * 0.95), passages: lexical, why, matches };
  }
  const sentences = lexical.reduce((n, p) => n + p.fromSentences.length, 0);
  if (common >= RELATION.reuseMinWords || (sentences >= 2 && common >= RELATION.reuseMinWordsTwoSentences)) {
    const why = [`${counted(lexical.length, 'shared passage')}, ${counted(common, 'word')} in common (${Math.round(coverage * 100)}% of the shorter text)`];
    return { kind: 'reuse', similarity: dice, passages: lexical, why, matches };
  }
  // A retelling keeps the source's order: the longest chain of retold sentences in the same order on both sides.
  const chain = orderedChain(matches.filter((m) => !m.lexical));
  if (chain.length >= RELATION.paraphraseMinSentences) {
    const why = [`${chain.length} sentences retell the other's in other words, in the same order (shared content terms)`];
    const retoldPassages = passagesOf(chain, A, B);
    const sim = chain.reduce((s, m) => s + m.score, 0) / Math.max(1, Math.min(A.words.length, B.words.length));
    return { kind: 'paraphrase', similarity: sim, passages: [...lexical, ...retoldPassages], why, matches };
  }
  return null;
}

/** Longest subsequence of matches increasing on both sides (matches come sorted by a). */
function orderedChain(ms: SentenceMatch[]): SentenceMatch[] {
  const len = ms.map(() => 1);
  const prev = ms.map(() => -1);
  for (let i = 0; i < ms.length; i++)
    for (let j = 0; j < i; j++)
      if (ms[j].a < ms[i].a && ms[j].b < ms[i].b && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
  let best = -1;
  for (let i = 0; i < ms.length; i++) if (best < 0 || len[i] > len[best]) best = i;
  const out: SentenceMatch[] = [];
  for (let i = best; i >= 0; i = prev[i]) out.push(ms[i]);
  return out.reverse();
}

/** Two copies of one source share its passages: their own relation says nothing about direction. */
function markSiblings(relations: Relation[]): void {
  const sourcesOf = new Map<string, Map<string, Set<number>>>();
  for (const r of relations) {
    if (!r.directed) continue;
    let m = sourcesOf.get(r.from);
    if (!m) sourcesOf.set(r.from, (m = new Map()));
    const s = m.get(r.to) ?? new Set<number>();
    for (const p of r.passages) for (const i of p.fromSentences ?? []) s.add(i);
    m.set(r.to, s);
  }
  for (const r of relations) {
    if (r.kind === 'duplicate') continue;
    const fs = sourcesOf.get(r.from);
    const ts = sourcesOf.get(r.to);
    if (!fs || !ts) continue;
    for (const [src, fromSents] of fs) {
      const toSents = ts.get(src);
      if (!toSents || src === r.from || src === r.to) continue;
      let total = 0;
      let inSource = 0;
      for (const p of r.passages) {
        for (const i of p.fromSentences ?? []) {
          total++;
          if (fromSents.has(i)) inSource++;
        }
      }
      if (total && inSource / total >= RELATION.siblingShare) {
        r.directed = false;
        r.why = [...(r.why ?? []), SIBLING_REASON(src, inSource, total)];
        break;
      }
    }
  }
}

/**
 * Each document's terms as classes of their fnv1a hashes (candidates.ts), in its term counts' order: a stem's
 * class worked out once per run when the counts are by stem id (a stem is in many documents), else per term.
 */
export function termClasses(docs: TextDocument[]): TermClasses {
  const hashes: number[] = [];
  const classOfHash = new Map<number, number>();
  const classOf = (h: number) => {
    let c = classOfHash.get(h);
    if (c === undefined) {
      classOfHash.set(h, (c = hashes.length));
      hashes.push(h);
    }
    return c;
  };
  // by stem id, -1 until worked out; grown as ids are met
  let classById: Int32Array = new Int32Array(1 << 12).fill(-1);
  const of = (i: number): ArrayLike<number> => {
    const counts = docs[i].termCounts;
    if (!(counts instanceof TermCounts)) return Array.from(counts.keys(), (t) => classOf(fnv1a(t)));
    const out = new Int32Array(counts.size);
    for (let k = 0; k < out.length; k++) {
      const id = counts.idAt(k);
      if (id >= classById.length) {
        const grown = new Int32Array(Math.max(id + 1, 2 * classById.length)).fill(-1);
        grown.set(classById);
        classById = grown;
      }
      let c = classById[id];
      if (c < 0) classById[id] = c = classOf(fnv1a(stemOf(id)));
      out[k] = c;
    }
    return out;
  };
  return { of, hashes };
}

/**
 * All relations among documents. Candidates come from the fingerprints' indexes, never from all pairs. The pairs
 * that share only a common quotation are put in `quotations` when given.
 */
export function findRelations(docs: TextDocument[], fps: Fingerprint[] = docs.map(fingerprint), quotations?: CommonQuotation[]): Relation[] {
  const { pairs, exact, termDf } = findCandidates(fps, termClasses(docs));
  const n = docs.length;
  // each term's weight worked out once per run (a term is weighed again for every pair of sentences it is in), kept
  // by its stem id (NaN until asked)
  let weights = new Float64Array(1 << 14).fill(Number.NaN);
  const weight: TermWeight = (t) => {
    if (t >= weights.length) {
      const grown = new Float64Array(Math.max(t + 1, 2 * weights.length)).fill(Number.NaN);
      grown.set(weights);
      weights = grown;
    }
    let w = weights[t];
    if (Number.isNaN(w)) w = weights[t] = Math.log((n + 1) / ((termDf.get(fnv1a(stemOf(t))) ?? 1) + 0.5));
    return w;
  };
  const relations: Relation[] = [];
  const views = new Map<number, DocView>();
  const view = (i: number) => {
    let v = views.get(i);
    if (!v) views.set(i, (v = docView(docs[i], fps[i])));
    return v;
  };
  for (const group of exact) {
    const rep = group[0];
    for (const m of group.slice(1)) {
      const a = docs[m];
      const b = docs[rep];
      const votes = directionVotes(a, b, [], [], []);
      const first = (d: TextDocument) =>
        d.sentences
          .slice(0, 2)
          .map((s) => s.text)
          .join(' ');
      const passage: AlignedPassage = {
        from: first(a),
        to: first(b),
        score: 1,
        fromSentences: a.sentences.slice(0, 2).map((s) => s.index),
        toSentences: b.sentences.slice(0, 2).map((s) => s.index),
        lexical: true,
        common: 0,
      };
      relations.push(directed(a, b, 'duplicate', 1, [passage], votes, [`identical normalised text (hash ${fps[m].textHash}); first sentences shown`]));
    }
  }
  // a document's view (and its sentence index) is let go after the last pair that reads it: held to the
  // end, the views of every compared document were most of what the stage kept alive
  const lastPair = new Int32Array(n);
  pairs.forEach(([i, j], p) => {
    lastPair[i] = p;
    lastPair[j] = p;
  });
  for (let p = 0; p < pairs.length; p++) {
    const [i, j] = pairs[p];
    const A = view(i);
    const B = view(j);
    if (lastPair[i] === p) views.delete(i);
    if (lastPair[j] === p) views.delete(j);
    const out = relatePair(A, B, weight);
    if (!out) continue;
    // a copy whose shared words are a quotation both make: no relation, the pair and its reason kept when asked for
    const quotation = commonQuotation(A, B, out);
    if (quotation !== null) {
      if (quotations) {
        const quoted = quotePassages(docs[i], docs[j], out.passages);
        quotations.push({
          a: docs[i].id,
          b: docs[j].id,
          passages: quoted.passages.map((q) => orient(q, false)),
          why: quoted.why ? [quotation, quoted.why] : [quotation],
        });
      }
      continue;
    }
    const votes = directionVotes(
      docs[i],
      docs[j],
      out.matches,
      A.words.map((w) => w.length),
      B.words.map((w) => w.length),
    );
    relations.push(directed(docs[i], docs[j], out.kind, out.similarity, out.passages, votes, out.why));
  }
  markSiblings(relations);
  quotations?.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  return relations.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
}
