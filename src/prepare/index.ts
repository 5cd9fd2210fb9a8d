// The per-article stages, one document at a time and independent of every other document: extract,
// text, fingerprint and the document's own enrichment. readDocuments runs them on worker threads
// (prepare-worker.ts) when the input is large, so this module is all a worker loads.
import type { Fingerprint, PreparedDocument, Problem, RawDocument, TextDocument } from '../model.ts';
import { extractArticle } from '../extract/index.ts';
import { analyzeText } from '../text/index.ts';
import { fingerprint, Packed } from '../fingerprint/index.ts';
import { enrichDocument } from '../enrich/index.ts';
import { attempt } from '../common/isolate.ts';
import { serialize } from 'node:v8';
import { TermCounts } from '../common/term-counts.ts';
import { documentFeatures, type DocFeatures } from '../cluster/features.ts';

/**
 * A prepared document, and, when a worker thread prepared it, its clustering features (cluster/features.ts): worked
 * out there, so that the thread clustering does not (15-18% of the cluster stage, on the one thread that clusters).
 */
export interface Prepared extends PreparedDocument {
  features?: DocFeatures;
}

/** Why a document holds no article, or null when it does. */
function emptyArticleReason(raw: RawDocument, doc: TextDocument): string | null {
  if (doc.sentences.length === 0) return (raw.kind !== 'html' && noWordsReason(raw.body)) || 'no article text found (everything was page chrome or empty)';
  return null;
}

/**
 * Characters without a space longer than any word or web address (the longest run between spaces in BASIL,
 * ECB+, PolNeAR and Reuters is 244 characters, a URL): a 12 MB line of one letter was "page chrome".
 */
const NO_WORD_RUN = 500;

/** Why a text holds no words, when most of it is runs too long to be words; else null. */
function noWordsReason(body: string): string | null {
  // counted by code, not by a regex: V8's backtracking stack overflows on a greedy run of millions
  let inRuns = 0;
  let longest = 0;
  let runs = 0;
  let visible = 0;
  let run = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : 0x20;
    if (c > 0x20 && c !== 0xa0) {
      run++;
      visible++;
      continue;
    }
    if (run >= NO_WORD_RUN) {
      runs++;
      inRuns += run;
      longest = Math.max(longest, run);
    }
    run = 0;
  }
  if (runs === 0 || inRuns * 2 < visible) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  const what = runs === 1 ? `one run of ${n(longest)} characters` : `${n(runs)} runs of up to ${n(longest)} characters`;
  return `no readable text: ${what} without a space, no words or sentences`;
}

/** RawDocument -> TextDocument, or the problem that stopped it. A crash in a stage is one input's problem. */
export function processRaw(raw: RawDocument): TextDocument | Problem {
  try {
    const article = extractArticle(raw);
    const doc = analyzeText(article);
    const reason = emptyArticleReason(raw, doc);
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

/**
 * A document prepared on a worker thread, with its clustering features: they read the document alone (its text,
 * words, terms, title and dates; the key ids, which need the run's one vocabulary, are made where it clusters).
 * Left out when they throw: the cluster stage works them out again and meets the same failure.
 */
export function withFeatures(prepared: PreparedDocument | Problem): Prepared | Problem {
  if (!('doc' in prepared)) return prepared;
  const features = attempt(() => documentFeatures(prepared.doc));
  return 'value' in features ? { ...prepared, features: features.value } : prepared;
}

/**
 * A prepared document as a worker thread sends it: its enrichment packed (v8 serialisation, in a buffer of
 * its own), as the thread that takes it keeps it (PackedValues), so that it is never made into objects there.
 */
export function forTrip(prepared: Prepared | Problem): Prepared | Problem {
  if (!('doc' in prepared)) return prepared;
  // the features' terms are the document's term counts: sent once, as the document's (set again on arrival)
  if (prepared.features) prepared = { ...prepared, features: { ...prepared.features, terms: NO_TERMS } };
  // the term counts' stem ids are this thread's: sent as terms (a Map), made ids of the other thread's on arrival
  if (prepared.doc.termCounts instanceof TermCounts) prepared = { ...prepared, doc: { ...prepared.doc, termCounts: new Map(prepared.doc.termCounts) } };
  if (!prepared.enrichment) return prepared;
  const { enrichment, ...rest } = prepared;
  const bytes = serialize(enrichment);
  // moved to the other thread with its buffer: a buffer holding only these bytes
  const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : new Uint8Array(bytes);
  return { ...rest, packedEnrichment: own };
}

/** What a document's features hold as terms on the way (the document's term counts, set again on arrival). */
const NO_TERMS: ReadonlyMap<string, number> = new Map();

/** The buffers of a prepared document's typed arrays: moved to the other thread, not copied. */
export function transferList(prepared: PreparedDocument | Problem): ArrayBuffer[] {
  if (!('doc' in prepared)) return [];
  const fp = prepared.fingerprint;
  const arrays: Array<Uint32Array | Uint8Array> = prepared.packedEnrichment ? [prepared.packedEnrichment] : [];
  if (fp) {
    const { sentenceShingles: shingles, sentenceWords: words } = fp as Fingerprint & { sentenceShingles: Packed; sentenceWords: Packed };
    arrays.push(fp.minhash, fp.shingles, shingles.data, shingles.starts, words.data, words.starts);
  }
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * One string object for each distinct word and term of the documents taken from other threads. A structured
 * clone copies every string apart, where this thread's text stage hands out one object per word (wink's word
 * table) and per term (the stem memo): all of Reuters on two threads, RSS at clustering's end 1,063 MB with
 * the copies, 1,028 without. Kept for one run (a Preparer's), so a long-lived process does not grow it.
 */
export class StringPool {
  private readonly kept = new Map<string, string>();

  of(s: string): string {
    const kept = this.kept.get(s);
    if (kept !== undefined) return kept;
    this.kept.set(s, s);
    return s;
  }

  /** The strings of `list`, each replaced by the pool's, in place. */
  all(list: string[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.of(list[i]);
  }
}

/**
 * A structured clone copies every string apart: make the paragraphs and sentences slices of the
 * document's text again, as the text stage makes them, so that they share its memory, and the words
 * and terms the pool's (the term counts keep their order).
 */
function sharingText(doc: TextDocument, pool?: StringPool): TextDocument {
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
    if (pool) {
      pool.all(s.words);
      pool.all(s.terms);
    }
    if (s.paragraph !== para) [para, cursor] = [s.paragraph, 0];
    const paragraph = paragraphs[para] ?? '';
    const found = paragraph.indexOf(s.text, cursor);
    if (found < 0) continue;
    s.text = paragraph.slice(found, found + s.text.length);
    cursor = found + s.text.length;
  }
  // term counts by this thread's stem ids (their terms are the stem table's strings: no pool needed)
  const termCounts = doc.termCounts instanceof TermCounts ? doc.termCounts : TermCounts.of(doc.termCounts);
  if (!pool) return { ...doc, paragraphs, termCounts };
  pool.all(doc.titleTerms);
  return { ...doc, paragraphs, termCounts };
}

/**
 * A document's features as they arrive from another thread: its terms the document's term counts again (as
 * documentFeatures gives them), and the ways keys are written the pool's strings (most are words of its text).
 */
function revivedFeatures(features: DocFeatures, doc: TextDocument, pool?: StringPool): DocFeatures {
  if (pool) {
    pool.all(features.surface.terms as string[]);
    pool.all(features.surface.names as string[]);
  }
  return { ...features, terms: doc.termCounts };
}

/** A prepared document as it arrives from another thread: a structured clone keeps data, not classes. */
export function revived(prepared: Prepared | Problem, pool?: StringPool): Prepared | Problem {
  if (!('doc' in prepared)) return prepared;
  const doc = sharingText(prepared.doc, pool);
  if (prepared.features) prepared = { ...prepared, features: revivedFeatures(prepared.features, doc, pool) };
  const fp = prepared.fingerprint;
  if (!fp) return { ...prepared, doc };
  const packed = (p: unknown) => {
    const { data, starts } = p as { data: Uint32Array; starts: Uint32Array };
    return new Packed(data, starts);
  };
  const fingerprint: Fingerprint = { ...fp, sentenceShingles: packed(fp.sentenceShingles), sentenceWords: packed(fp.sentenceWords) };
  return { ...prepared, doc, fingerprint };
}
