// The per-article stages, one document at a time and independent of every other document: extract,
// text, fingerprint and the document's own enrichment. readDocuments runs them on worker threads
// (prepare-worker.ts) when the input is large, so this module is all a worker loads.
import type { Fingerprint, PreparedDocument, Problem, RawDocument, TextDocument } from '../model.ts';
import { extractArticle } from '../extract/index.ts';
import { analyzeText } from '../text/index.ts';
import { fingerprint, Packed } from '../fingerprint/index.ts';
import { enrichDocument } from '../enrich/index.ts';
import { attempt } from '../common/isolate.ts';

/** Why a document holds no article, or null when it does. */
function emptyArticleReason(doc: TextDocument): string | null {
  if (doc.sentences.length === 0) return 'no article text found (everything was page chrome or empty)';
  return null;
}

/** RawDocument -> TextDocument, or the problem that stopped it. A crash in a stage is one input's problem. */
export function processRaw(raw: RawDocument): TextDocument | Problem {
  try {
    const article = extractArticle(raw);
    const doc = analyzeText(article);
    const reason = emptyArticleReason(doc);
    return reason ? { source: raw.source, reason } : doc;
  } catch (err) {
    return { source: raw.source, reason: `could not be processed (${(err as Error)?.message?.split('\n')[0] ?? err})` };
  }
}

/**
 * processRaw, then the document's fingerprint and enrichment. These two are left out when they throw:
 * the provenance and enrich stages then work them out again and meet the same failure, so it is
 * reported where and as a single thread reports it.
 */
export function prepareDocument(raw: RawDocument): PreparedDocument | Problem {
  const doc = processRaw(raw);
  if ('reason' in doc) return doc;
  const fp = attempt(() => fingerprint(doc));
  const enrichment = attempt(() => enrichDocument(doc));
  return { doc, fingerprint: 'value' in fp ? fp.value : undefined, enrichment: 'value' in enrichment ? enrichment.value : undefined };
}

/** The buffers of a prepared document's typed arrays: moved to the other thread, not copied. */
export function transferList(prepared: PreparedDocument | Problem): ArrayBuffer[] {
  const fp = 'doc' in prepared ? prepared.fingerprint : undefined;
  if (!fp) return [];
  const { sentenceShingles: shingles, sentenceWords: words } = fp as Fingerprint & { sentenceShingles: Packed; sentenceWords: Packed };
  const arrays = [fp.minhash, fp.shingles, shingles.data, shingles.starts, words.data, words.starts];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * A structured clone copies every string apart: make the paragraphs and sentences slices of the
 * document's text again, as the text stage makes them, so that they share its memory.
 */
function sharingText(doc: TextDocument): TextDocument {
  const { text } = doc;
  let at = 0;
  const paragraphs = doc.paragraphs.map((p) => {
    const shared = text.startsWith(p, at) ? text.slice(at, at + p.length) : p;
    at += p.length + 2;
    return shared;
  });
  let para = -1;
  let cursor = 0;
  for (const s of doc.sentences) {
    if (s.paragraph !== para) [para, cursor] = [s.paragraph, 0];
    const paragraph = paragraphs[para] ?? '';
    const found = paragraph.indexOf(s.text, cursor);
    if (found < 0) continue;
    s.text = paragraph.slice(found, found + s.text.length);
    cursor = found + s.text.length;
  }
  return { ...doc, paragraphs };
}

/** A prepared document as it arrives from another thread: a structured clone keeps data, not classes. */
export function revived(prepared: PreparedDocument | Problem): PreparedDocument | Problem {
  if (!('doc' in prepared)) return prepared;
  const doc = sharingText(prepared.doc);
  const fp = prepared.fingerprint;
  if (!fp) return { ...prepared, doc };
  const packed = (p: unknown) => {
    const { data, starts } = p as { data: Uint32Array; starts: Uint32Array };
    return new Packed(data, starts);
  };
  const fingerprint: Fingerprint = { ...fp, sentenceShingles: packed(fp.sentenceShingles), sentenceWords: packed(fp.sentenceWords) };
  return { ...prepared, doc, fingerprint };
}
