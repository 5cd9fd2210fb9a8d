// What alignment needs of a document: word hashes and content terms per sentence.
import type { Fingerprint, TextDocument } from '../model.ts';
import type { SentenceIndex } from './align.ts';
import { UPPER_FIRST } from '../common/letters.ts';

export interface DocView {
  doc: TextDocument;
  fp: Fingerprint;
  /** normalised word hashes per sentence */
  words: Uint32Array[];
  /** names and numbers per sentence (the slots a template fills differently) */
  slots: Set<string>[];
  /** content terms per sentence (distinct) */
  terms: string[][];
  wordCount: number;
  /** sentence lookup tables, built the first time the document is aligned against */
  index?: SentenceIndex;
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
  const slots = doc.sentences.map((s) => {
    const out = new Set<string>();
    s.words.forEach((w, i) => {
      if (DIGIT.test(w) || (i > 0 && UPPER_FIRST.test(w))) out.add(w.toLowerCase());
    });
    return out;
  });
  let wordCount = 0;
  for (const w of words) wordCount += w.length;
  return { doc, fp, words, terms, slots, wordCount };
}
