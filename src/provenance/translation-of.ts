// A translated article's original: among the collection's articles in another language, the one whose sentences it
// follows in order, sentence after sentence, with the same names and figures. A translation shares no wording with
// its original, so the copy relations (shared words, within one language) never join them, and a story counted a
// wire story and its translation as two independent sources (walk9). The relation found makes them one source family
// (kind `paraphrase`: a retelling in other words), with its reason "a translation of <id>: ...".
import type { DocId, DocumentFlags, Relation, TextDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { upperFirst } from '../common/letters.ts';
import { TRANSLATION_OF } from './data/thresholds.ts';
import { TRANSLATION_REASON } from './why-refs.ts';

const DIGIT = /\d/;

/** Per sentence, the names and figures it writes (folded): what a translation keeps as written. */
function sentenceAnchors(doc: TextDocument): Array<Set<string>> {
  return doc.sentences.map((s) => {
    const out = new Set<string>();
    const { words } = s;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      // a capital opening a sentence is no sign of a name; German nouns are capitalised everywhere, but they are
      // words of German only and meet no English anchor
      if (DIGIT.test(w) || (k > 0 && w.length >= 2 && upperFirst(w))) out.add(fold(w));
    }
    return out;
  });
}

/** The sentences writing each anchor, counted once per sentence. */
function sentenceCounts(anchors: Array<Set<string>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const set of anchors) for (const a of set) out.set(a, (out.get(a) ?? 0) + 1);
  return out;
}

interface TranslationMatch {
  /** aligned sentence pairs, in order: [translation's sentence, original's sentence, the names and figures both write] */
  pairs: Array<[number, number, string[]]>;
  /** of them, those sharing a name or figure */
  anchored: number;
  /** pairs right after the pair before them on both sides (a run of sentences rendered one after another) */
  steps: number;
  /** ... of them, sharing a name or figure */
  anchoredSteps: number;
  /** sentences of each side */
  sentences: [number, number];
}

/** A sentence's length in letters and digits: what a translation keeps in proportion. */
function lengthOf(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER_OR_DIGIT.test(ch)) n++;
  return n;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The two texts' sentences paired one to one in order, as a translation renders its original: two sentences pair
 * when they sit at about the same place in their texts, their lengths are in about the texts' proportion, and the
 * names and figures of either that the other text writes too are shared, not different (a length-based alignment,
 * checked by the names and figures). The longest such chain.
 */
function alignTranslation(t: { texts: string[]; anchors: Array<Set<string>> }, o: { texts: string[]; anchors: Array<Set<string>> }): TranslationMatch {
  const inT = sentenceCounts(t.anchors);
  const inO = sentenceCounts(o.anchors);
  // only the anchors both texts write: a German text's capitalised nouns, which no translation keeps, are none
  const keep = (sets: Array<Set<string>>, other: Map<string, number>) => sets.map((set) => new Set([...set].filter((a) => other.has(a))));
  const ta = keep(t.anchors, inO);
  const oa = keep(o.anchors, inT);
  const tl = t.texts.map(lengthOf);
  const ol = o.texts.map(lengthOf);
  const tTotal = Math.max(
    1,
    tl.reduce((x, y) => x + y, 0),
  );
  const oTotal = Math.max(
    1,
    ol.reduce((x, y) => x + y, 0),
  );
  const n = ta.length;
  const m = oa.length;
  const shared = (i: number, j: number): string[] | null => {
    if (Math.abs((i + 0.5) / n - (j + 0.5) / m) > TRANSLATION_OF.band) return null;
    const ratio = tl[i] / tTotal / Math.max(1e-9, ol[j] / oTotal);
    if (!(ratio >= 1 / TRANSLATION_OF.lengthRatio && ratio <= TRANSLATION_OF.lengthRatio)) return null;
    const a = ta[i];
    const b = oa[j];
    const both: string[] = [];
    for (const x of a) if (b.has(x)) both.push(x);
    // each writes names or figures of the other text, none the same: two different sentences
    if (!both.length && a.size && b.size) return null;
    return both;
  };
  // the longest chain, the pairs sharing names or figures counted twice (a table of the two texts' sentences)
  const best = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const matched = new Map<number, string[]>();
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const both = shared(i, j);
      let v = Math.max(best[at(i + 1, j)], best[at(i, j + 1)]);
      if (both) {
        matched.set(at(i, j), both);
        v = Math.max(v, best[at(i + 1, j + 1)] + (both.length ? 2 : 1));
      }
      best[at(i, j)] = v;
    }
  }
  const pairs: Array<[number, number, string[]]> = [];
  let anchored = 0;
  let steps = 0;
  let anchoredSteps = 0;
  for (let i = 0, j = 0; i < n && j < m; ) {
    const both = matched.get(at(i, j));
    if (both && best[at(i, j)] === best[at(i + 1, j + 1)] + (both.length ? 2 : 1)) {
      const last = pairs[pairs.length - 1];
      const step = last !== undefined && last[0] === i - 1 && last[1] === j - 1;
      pairs.push([i, j, both]);
      if (both.length) anchored++;
      if (step) steps++;
      if (step && both.length) anchoredSteps++;
      i++;
      j++;
    } else if (best[at(i + 1, j)] >= best[at(i, j + 1)]) i++;
    else j++;
  }
  return { pairs, anchored, steps, anchoredSteps, sentences: [n, m] };
}

/**
 * Whether a chain of paired sentences is a translation's: most sentences of the longer text rendered one after
 * another, and several of those runs' sentences sharing names or figures. Independent reports of one event pair
 * sentences here and there (ECB+ dev's 6,102 same-story pairs of different sources, BASIL's 138: none passes);
 * a translation, abridged or not, pairs nearly all in runs.
 */
function isTranslationOf(match: TranslationMatch): boolean {
  return match.steps >= TRANSLATION_OF.minStepShare * Math.max(...match.sentences) && match.anchoredSteps >= TRANSLATION_OF.minAnchoredSteps;
}

const quoted = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');

/**
 * For each article flagged translated, its original among the articles in another language, when one is found: a
 * relation from the translation to the original (directed, kind `paraphrase`), its passages the aligned sentences.
 * Of several candidates the longest chain wins (then the earlier in `docs`). A pair a copy relation joins already
 * is left as it is. Nothing is worked out when no article is flagged translated (most collections).
 */
export function translationRelations(docs: TextDocument[], flags: Map<DocId, DocumentFlags>, relations: Relation[] = []): Relation[] {
  const translated = docs.filter((d) => flags.get(d.id)?.translated.detected && d.language !== 'und');
  if (!translated.length) return [];
  const sidesOf = (d: TextDocument) => ({ texts: d.sentences.map((s) => s.text), anchors: anchorsOf(d) });
  const anchors = new Map<DocId, Array<Set<string>>>();
  const anchorsOf = (d: TextDocument) => {
    let a = anchors.get(d.id);
    if (!a) anchors.set(d.id, (a = sentenceAnchors(d)));
    return a;
  };
  // who writes each name or figure, among the articles a translation's original may be (another language than
  // 'und'): a candidate must share TRANSLATION_OF.minDocumentAnchors of them with the translation
  const writers = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.language === 'und') return;
    for (const a of new Set(anchorsOf(d).flatMap((s) => [...s]))) {
      const list = writers.get(a);
      if (list) list.push(i);
      else writers.set(a, [i]);
    }
  });
  const linked = new Set(relations.map((r) => `${r.from}\u0000${r.to}`));
  const joined = (a: DocId, b: DocId) => linked.has(`${a}\u0000${b}`) || linked.has(`${b}\u0000${a}`);
  const out: Relation[] = [];
  for (const t of translated) {
    const common = new Map<number, number>();
    for (const a of new Set(anchorsOf(t).flatMap((s) => [...s]))) {
      const list = writers.get(a) ?? [];
      // a name or figure most articles write tells no original (a wire's "U.S.", a year)
      if (list.length > TRANSLATION_OF.maxWriters) continue;
      for (const i of list) if (docs[i].language !== t.language) common.set(i, (common.get(i) ?? 0) + 1);
    }
    let found: { o: TextDocument; match: TranslationMatch } | null = null;
    // in the documents' order: of two equal chains the earlier document's wins
    for (const i of [...common.keys()].sort((a, b) => a - b)) {
      if (common.get(i)! < TRANSLATION_OF.minDocumentAnchors) continue;
      const o = docs[i];
      const match = alignTranslation(sidesOf(t), sidesOf(o));
      if (!isTranslationOf(match)) continue;
      if (!found || match.steps > found.match.steps) found = { o, match };
    }
    if (!found || joined(t.id, found.o.id)) continue;
    const { o, match } = found;
    // one relation per pair: two articles each flagged, each the other's best, are one translation
    if (out.some((r) => r.from === o.id && r.to === t.id)) continue;
    const evidence = flags.get(t.id)?.translated.evidence[0];
    const ta = anchorsOf(t);
    const oa = anchorsOf(o);
    // the names and figures as the translation writes them
    const written = new Map<string, string>();
    for (const [i] of match.pairs) for (const w of t.sentences[i].words) if (!written.has(fold(w))) written.set(fold(w), w);
    const examples = [...new Set(match.pairs.flatMap((p) => p[2]))].slice(0, TRANSLATION_OF.examples).map((a) => written.get(a) ?? a);
    const why = [
      `${TRANSLATION_REASON}${o.id}: ${match.pairs.length} of its ${match.sentences[0]} sentences follow the ${match.sentences[1]} of that ${o.language} article one to one, in order and of proportionate length, ${match.anchored} of them with the same names and figures (${quoted(examples)})`,
      ...(evidence ? [`flagged translated: ${evidence}`] : []),
      'a translation counts as a copy of its original: one source',
    ];
    out.push({
      from: t.id,
      to: o.id,
      kind: 'paraphrase',
      directed: true,
      similarity: Math.round(Math.min(1, match.pairs.length / Math.max(...match.sentences)) * 1000) / 1000,
      // the passages: the pairs sharing names or figures (the rest pair by place and length alone); a passage's score
      // the share of the names and figures of the side with fewer that the other writes too
      passages: match.pairs
        .filter((p) => p[2].length)
        .map(([i, j, both]) => ({
          from: t.sentences[i].text,
          to: o.sentences[j].text,
          score: Math.round((both.length / Math.max(1, Math.min(ta[i].size, oa[j].size))) * 1000) / 1000,
          fromSentences: [i],
          toSentences: [j],
        })),
      why,
    });
  }
  return out;
}
