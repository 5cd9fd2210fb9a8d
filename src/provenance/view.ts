// What alignment needs of a document: word hashes and content terms per sentence.
import type { Fingerprint, TextDocument } from '../model.ts';
import type { SentenceIndex } from './align.ts';
import { UPPER_FIRST } from '../common/letters.ts';
import { lowerCase } from '../common/normalize.ts';

export interface DocView {
  doc: TextDocument;
  fp: Fingerprint;
  /** normalised word hashes per sentence */
  words: Uint32Array[];
  /** names and numbers per sentence (the slots a template fills differently), made when first asked for (slotsOf) */
  slots: Array<Set<string> | undefined>;
  /** content terms per sentence (distinct) */
  terms: string[][];
  wordCount: number;
  /** sentence lookup tables, built the first time the document is aligned against */
  index?: SentenceIndex;
  /** each sentence's terms' summed weight under `weighedBy` (NaN until asked: only retold candidates ask) */
  termWeights?: Float64Array;
  weighedBy?: (term: string) => number;
}

const DIGIT = /\d/;

/** A sentence's terms, each once, in order: a Set's order without a Set per sentence (most hold a few terms). */
function distinct(terms: string[]): string[] {
  if (terms.length > 16) return [...new Set(terms)];
  const out: string[] = [];
  for (const t of terms) if (!out.includes(t)) out.push(t);
  return out;
}

export function docView(doc: TextDocument, fp: Fingerprint): DocView {
  const words = Array.from({ length: fp.sentenceWords.count }, (_, i) => fp.sentenceWords.at(i));
  const terms = doc.sentences.map((s) => distinct(s.terms));
  let wordCount = 0;
  for (const w of words) wordCount += w.length;
  // every field a view gets later is there from the start: views of one shape (matchSentences reads many)
  return { doc, fp, words, terms, slots: [], wordCount, index: undefined, termWeights: undefined, weighedBy: undefined };
}

/** Sentence i's names and numbers, read once asked for: only a pair sharing most of its words in order asks
 * (copies), and most sentences of most compared documents never are (their words were read per sentence). */
export function slotsOf(view: DocView, i: number): Set<string> {
  let out = view.slots[i];
  if (out === undefined) {
    out = new Set<string>();
    const words = view.doc.sentences[i]?.words ?? [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (DIGIT.test(w) || (k > 0 && UPPER_FIRST.test(w))) out.add(lowerCase(w));
    }
    view.slots[i] = out;
  }
  return out;
}
