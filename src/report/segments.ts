// Where each sentence sits in its article's text: the report keeps paragraphs (text split by blank lines)
// and sentences separately, so the sentences are found again in order, each inside its paragraph.
import type { ReportDocument } from '../model.ts';

/** A run of a paragraph: one sentence (its index) or text between sentences (null). */
export interface Segment {
  text: string;
  sentence: number | null;
}

export interface Segmented {
  paragraphs: Segment[][];
  /** paragraph index of each sentence (-1 when it could not be placed) */
  paragraphOf: number[];
}

const cache = new WeakMap<ReportDocument, Segmented>();

/** Paragraphs of a document cut at its sentences. A sentence not found verbatim (in order) stays unplaced. */
export function segment(doc: ReportDocument): Segmented {
  const hit = cache.get(doc);
  if (hit) return hit;
  // paragraph spans in the text
  const spans: Array<[number, number]> = [];
  const sep = /\n\s*\n/g;
  let start = 0;
  for (let m = sep.exec(doc.text); m; m = sep.exec(doc.text)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, doc.text.length]);
  // sentence spans: each searched from where the previous one ended, never across a paragraph break
  const placed: Array<{ sentence: number; start: number; end: number; paragraph: number }> = [];
  const paragraphOf = doc.sentences.map(() => -1);
  let cursor = 0;
  let p = 0;
  doc.sentences.forEach((s, i) => {
    if (!s) return;
    const pos = doc.text.indexOf(s, cursor);
    if (pos < 0) return;
    while (p < spans.length - 1 && pos >= spans[p][1]) p++;
    if (pos + s.length > spans[p][1]) return;
    placed.push({ sentence: i, start: pos, end: pos + s.length, paragraph: p });
    paragraphOf[i] = p;
    cursor = pos + s.length;
  });
  const paragraphs: Segment[][] = spans.map(() => []);
  const at = spans.map(([s]) => s);
  for (const x of placed) {
    const segs = paragraphs[x.paragraph];
    if (x.start > at[x.paragraph]) segs.push({ text: doc.text.slice(at[x.paragraph], x.start), sentence: null });
    segs.push({ text: doc.text.slice(x.start, x.end), sentence: x.sentence });
    at[x.paragraph] = x.end;
  }
  spans.forEach(([, end], i) => {
    if (at[i] < end) paragraphs[i].push({ text: doc.text.slice(at[i], end), sentence: null });
  });
  const out = { paragraphs: paragraphs.filter((segs) => segs.some((s) => s.text.trim())), paragraphOf };
  // paragraph indexes shift when empty paragraphs are dropped: recompute from the kept list
  out.paragraphs.forEach((segs, i) => segs.forEach((s) => s.sentence !== null && (paragraphOf[s.sentence] = i)));
  cache.set(doc, out);
  return out;
}

/** The paragraph holding a sentence, cut at its sentences (or the sentence alone when it was not placed). */
export function sentenceInParagraph(doc: ReportDocument, sentence: number): Segment[] {
  const { paragraphs, paragraphOf } = segment(doc);
  const p = paragraphOf[sentence];
  if (p === undefined || p < 0) return [{ text: doc.sentences[sentence] ?? '', sentence }];
  return paragraphs[p];
}
