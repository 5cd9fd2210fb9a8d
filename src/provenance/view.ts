// What alignment needs of a document: word hashes and content terms per sentence.
import type { Fingerprint, TextDocument } from '../model.ts';
import type { SentenceClasses, SentenceIndex } from './align.ts';
import type { QuotedSentence } from './quoted.ts';
import { UPPER_FIRST } from '../common/letters.ts';
import { lowerCase } from '../common/normalize.ts';

export interface DocView {
  doc: TextDocument;
  fp: Fingerprint;
  /** normalised word hashes per sentence */
  words: Uint32Array[];
  /** names and numbers per sentence (the slots a template fills differently), made when first asked for (slotsOf) */
  slots: Array<Set<string> | undefined>;
  /** content terms per sentence, as stem ids (TextDocument.termIds), each once in the order first met: sentence i's
   * from termStarts[i] to termStarts[i + 1] */
  terms: Int32Array;
  termStarts: Int32Array;
  wordCount: number;
  /** sentence lookup tables, built the first time the document is aligned against */
  index?: SentenceIndex;
  /** sentences alike in all alignment reads, worked out the first time the document is aligned */
  classes?: SentenceClasses;
  /** each sentence's terms' summed weight under `weighedBy` (NaN until asked: only retold candidates ask) */
  termWeights?: Float64Array;
  weighedBy?: (term: number) => number;
  /** each sentence's words inside quotation marks, worked out when a pair's shared text is weighed (quoted.ts) */
  quoted?: QuotedSentence[];
}

const DIGIT = /\d/;

/** Per stem id, the sentence `distinctIds` last met it in (a stamp): a sentence's terms each once without a Set. */
let seenIn = new Int32Array(1 << 14);
let seenStamp = 0;

/** Each sentence's term ids (`ids`, sentence after sentence) each once, in order (a Set's order), into one array. */
function distinctIds(doc: TextDocument): { terms: Int32Array; termStarts: Int32Array } {
  const ids = doc.termIds;
  const terms = new Int32Array(ids.length);
  const termStarts = new Int32Array(doc.sentences.length + 1);
  let at = 0;
  let n = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    const end = at + doc.sentences[i].terms.length;
    if (++seenStamp === 0x7fffffff) {
      seenIn.fill(0);
      seenStamp = 1;
    }
    for (; at < end; at++) {
      const id = ids[at];
      if (id >= seenIn.length) {
        const grown = new Int32Array(Math.max(id + 1, 2 * seenIn.length));
        grown.set(seenIn);
        seenIn = grown;
      }
      if (seenIn[id] === seenStamp) continue;
      seenIn[id] = seenStamp;
      terms[n++] = id;
    }
    termStarts[i + 1] = n;
  }
  return { terms: n === terms.length ? terms : terms.slice(0, n), termStarts };
}

export function docView(doc: TextDocument, fp: Fingerprint): DocView {
  const words = Array.from({ length: fp.sentenceWords.count }, (_, i) => fp.sentenceWords.at(i));
  const { terms, termStarts } = distinctIds(doc);
  let wordCount = 0;
  for (const w of words) wordCount += w.length;
  // every field a view gets later is there from the start: views of one shape (matchSentences reads many)
  return {
    doc,
    fp,
    words,
    terms,
    termStarts,
    slots: [],
    wordCount,
    index: undefined,
    classes: undefined,
    termWeights: undefined,
    weighedBy: undefined,
    quoted: undefined,
  };
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
