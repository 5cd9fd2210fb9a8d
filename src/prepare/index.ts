// The per-article stages, one document at a time and independent of every other document: extract,
// text, fingerprint and the document's own enrichment. readDocuments runs them on worker threads
// (prepare-worker.ts) when the input is large, so this module is all a worker loads.
import { createHash } from 'node:crypto';
import type { DocId, Fingerprint, PreparedDocument, Problem, RawDocument, TextDocument } from '../model.ts';
import { extractArticle } from '../extract/index.ts';
import { analyzeText, textDocument } from '../text/index.ts';
import { fingerprint, Packed } from '../fingerprint/index.ts';
import { enrichDocument, packEnrichment } from '../enrich/index.ts';
import { attempt } from '../common/isolate.ts';
import { TermCounts, withTermIds } from '../common/term-counts.ts';
import { documentFeatures, NO_TERMS as NO_COUNTS, titleCounts, type DocFeatures, type SurfaceForms } from '../cluster/features.ts';
import type { StringIds, StringTables, TripReader, TripStrings } from './trip-strings.ts';
import { standsAt } from '../common/stands-at.ts';
import { paragraphStarts, readParagraphs, sentencePlaces, writeParagraphs } from './text-places.ts';
import { MAX_HTML_CHARS, PAGE_CUT_NOTE } from '../extract/html/parse.ts';
import { ARTICLE_WORDS } from './article-words.ts';
import { scriptPageReason } from '../extract/html/script-page.ts';

/**
 * A prepared document, and, when a worker thread prepared it, its clustering features (cluster/features.ts): worked
 * out there, so that the thread clustering does not (15-18% of the cluster stage, on the one thread that clusters).
 */
export interface Prepared extends PreparedDocument {
  features?: DocFeatures;
  /** on the way from a worker thread: its words and terms as ids (forTrip; gone once revived) */
  strings?: TripStrings;
  /** left to be enriched by its worker after the reading (prepare-worker.ts), so it comes without its enrichment */
  enrichLater?: true;
}

/** A worker's answer after the reading: the documents it kept and enriched, and their enrichments packed, in order. */
export interface KeptEnrichments {
  ids: DocId[];
  bytes: Uint8Array[];
}

/** Why a document holds no article, or null when it does. */
function emptyArticleReason(raw: RawDocument, doc: TextDocument): string | null {
  if (doc.sentences.length > 0) return oneWordArticle(raw, doc);
  // a page cut at the parse limit: what was read held no text, what was cut is not known
  if (doc.removed.some((r) => r.text.startsWith(PAGE_CUT_NOTE)))
    return `no article text found in the page's first ${MAX_HTML_CHARS.toLocaleString('en-US')} characters (the page is ${raw.body.length.toLocaleString('en-US')}; the rest is not read)`;
  const reason = raw.kind === 'html' ? scriptPageReason(raw.body) : noWordsReason(raw.body) || tooShortReason(raw.body);
  return reason || 'no article text found (everything was page chrome or empty)';
}

const SPACES = /\s+/;
const SPACE_RUN = /\s+/g;

/** Why a plain text or record holds no article when it is a few words only; else null. */
function tooShortReason(body: string): string | null {
  const text = body.trim();
  const words = text ? text.split(SPACES).length : 0;
  if (!words || words > ARTICLE_WORDS.namedShort) return null;
  const cut = ARTICLE_WORDS.quoted;
  const quoted = JSON.stringify(text.length > cut ? `${text.slice(0, cut)}...` : text);
  return `no article text found: the text is ${words === 1 ? 'one word' : `only ${words} words`} (${quoted}), too short to be an article`;
}

/**
 * An article of every kind (text file, record, page, feed item) that is fewer than ARTICLE_WORDS.fewest words in all
 * -- its text, or its own title when it has no text or the title repeats it -- is refused as a one-word text file is.
 * A one-word page ("<p>Draft</p>") was kept while the same word as a text file was refused. A title made from the
 * file's name is none of the article's; a short text beneath a title of its own is a headline's, as a wire flash is.
 */
function oneWordArticle(raw: RawDocument, doc: TextDocument): string | null {
  const text = doc.text.trim();
  const title = doc.title === raw.id ? '' : doc.title.trim();
  // (the words are counted up to the fewest, not split out of the whole text: the title above a text adds its own)
  const joined = text !== '' && title !== '' && title !== text;
  const most = ARTICLE_WORDS.fewest;
  const words = joined ? wordsUpTo(title, most) + wordsUpTo(text, most) : wordsUpTo(text || title, most);
  return words > 0 && words < most ? tooShortReason(joined ? `${title} ${text}` : text || title) : null;
}

/** The number of words `text.split(SPACES)` gives a trimmed text (none for an empty one), counted up to `most`. */
function wordsUpTo(text: string, most: number): number {
  if (!text) return 0;
  SPACE_RUN.lastIndex = 0;
  let n = 1;
  while (n < most && SPACE_RUN.exec(text) !== null) n++;
  return n;
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
    // what the reading took out goes with the verdict, one line (the kept document's note is its `cut`)
    const taken = raw.meta.takenOut?.taken;
    return reason ? { source: raw.source, reason: taken ? `${reason} (${taken})` : reason } : doc;
  } catch (err) {
    return { source: raw.source, reason: `could not be processed (${(err as Error)?.message?.split('\n')[0] ?? err})` };
  }
}

/**
 * processRaw, then the document's fingerprint and enrichment. These two are left out when they throw:
 * the provenance and enrich stages then work them out again and meet the same failure, so it is
 * reported where and as a single thread reports it. With `enrich` false it comes without its enrichment
 * (a worker enriching it after the reading).
 */
export function prepareDocument(raw: RawDocument, enrich = true, storedHash?: string): PreparedDocument | Problem {
  const doc = processRaw(raw);
  if ('reason' in doc) return doc;
  // the story base holds this reading already (a re-run of the same files): it is neither enriched nor fingerprinted
  // again; should the base hold another by its commit, the thread committing it prepares it (store/update)
  if (storedHash !== undefined && contentHash(doc) === storedHash) return { doc };
  const fp = attempt(() => fingerprint(doc));
  if (!enrich) return { doc, fingerprint: 'value' in fp ? fp.value : undefined };
  const enrichment = attempt(() => enrichDocument(doc));
  return { doc, fingerprint: 'value' in fp ? fp.value : undefined, enrichment: 'value' in enrichment ? enrichment.value : undefined };
}

/** What the article says (title and text): the story base stores a new hash as a new version. */
export function contentHash(doc: TextDocument): string {
  return createHash('sha256').update(`${doc.title}\n${doc.text}`).digest('hex').slice(0, 32);
}

/** An input sent to a worker thread with the content hash the story base holds for its identity. */
export interface RawWithStored {
  raw: RawDocument;
  storedHash: string;
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
 * A prepared document as a worker thread sends it: its enrichment packed (enrich/pack.ts, in a buffer of
 * its own), as the thread that takes it keeps it (PackedValues), so that it is never made into objects there;
 * with `ids`, its words and terms as ids into the table of strings the two threads keep (trip-strings.ts).
 */
export function forTrip(prepared: Prepared | Problem, ids?: StringIds): Prepared | Problem {
  if (!('doc' in prepared)) return prepared;
  // the features' terms are the document's term counts: sent once, as the document's (set again on arrival); their
  // title's counts are by this thread's stem ids: made again from the document's title on arrival
  if (prepared.features) prepared = { ...prepared, features: { ...prepared.features, terms: NO_TERMS, title: NO_TERMS } };
  if (ids) prepared = withIds(prepared, ids);
  // the term counts' stem ids are this thread's: sent as terms (a Map), made ids of the other thread's on arrival
  else if (prepared.doc.termCounts instanceof TermCounts) prepared = { ...prepared, doc: { ...prepared.doc, termCounts: new Map(prepared.doc.termCounts) } };
  if (!prepared.enrichment) return prepared;
  const { enrichment, ...rest } = prepared;
  // moved to the other thread with its buffer: a copy holding only these bytes (packEnrichment's are a view)
  return { ...rest, packedEnrichment: new Uint8Array(packEnrichment(enrichment)) };
}

/** What a list of strings holds on the way when it goes as ids (one array: a structured clone writes it once). */
const SENT_AS_IDS: string[] = [];

/**
 * The document's words and terms, its term counts and its features' surface forms written as ids (in the order
 * `revived` reads them), the lists left empty.
 */
function withIds(prepared: Prepared, ids: StringIds): Prepared {
  const { doc } = prepared;
  const starts = paragraphStarts(doc);
  const inPlace = starts !== null;
  writeParagraphs(doc, starts, ids);
  const places = starts && sentencePlaces(doc, starts);
  // the terms go by their stem ids (an array read each, not a look-up by string); the taking thread makes its own
  ids.number(doc.termIds.length);
  let at = 0;
  const sentences = doc.sentences.map((s, k) => {
    ids.list(s.words);
    ids.stems(doc.termIds, at, s.terms.length);
    at += s.terms.length;
    const sent = { ...s };
    sent.words = SENT_AS_IDS;
    sent.terms = SENT_AS_IDS;
    if (!places) return sent;
    // the sentence's place in the text, found as `sharingText` finds it: the text crosses once, not three times
    ids.number(places[k]);
    if (places[k] < 0) return sent;
    ids.number(s.text.length);
    sent.text = '';
    return sent;
  });
  ids.stems(doc.titleTermIds, 0, doc.titleTermIds.length);
  ids.counts(doc.termCounts);
  const trip: Prepared = {
    ...prepared,
    doc: {
      ...doc,
      paragraphs: inPlace ? SENT_AS_IDS : doc.paragraphs,
      sentences,
      termCounts: NO_TERMS,
      titleTerms: SENT_AS_IDS,
      termIds: NO_IDS,
      titleTermIds: NO_IDS,
    },
  };
  if (prepared.features) {
    const { terms, names } = prepared.features.surface;
    // the terms' forms by place (TermForms) go as their list
    const termList = 'byTerm' in terms ? terms.byTerm : terms;
    ids.list(termList);
    ids.list(names);
    const asIds = (forms: SurfaceForms) => (Array.isArray(forms) ? SENT_AS_IDS : forms);
    trip.features = {
      ...prepared.features,
      surface: { terms: termList === terms ? asIds(terms as SurfaceForms) : { byTerm: SENT_AS_IDS }, names: asIds(names) },
    };
  }
  trip.strings = ids.finish();
  return trip;
}

/** What a document's features hold as terms on the way (the document's term counts, set again on arrival). */
const NO_TERMS: ReadonlyMap<string, number> = new Map();

/** What a document holds as term ids on the way (this thread's: the taking thread makes its own). */
const NO_IDS = new Int32Array(0);

/** The buffers of a prepared document's typed arrays: moved to the other thread, not copied. */
export function transferList(prepared: Prepared | Problem): ArrayBuffer[] {
  if (!('doc' in prepared)) return [];
  const fp = prepared.fingerprint;
  const arrays: Array<Uint32Array | Uint8Array | Int32Array> = prepared.packedEnrichment ? [prepared.packedEnrichment] : [];
  if (prepared.strings) arrays.push(prepared.strings.ids);
  if (fp) {
    const { sentenceShingles: shingles, sentenceWords: words } = fp as Fingerprint & { sentenceShingles: Packed; sentenceWords: Packed };
    arrays.push(fp.minhash, fp.shingles, shingles.data, shingles.starts, words.data, words.starts);
  }
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * A structured clone copies every string apart: make the paragraphs and sentences slices of the
 * document's text again, as the text stage makes them, so that they share its memory; the words and terms,
 * sent as ids, the strings of the sending thread's table (one object each: all of Reuters on two threads, RSS at
 * clustering's end 1,063 MB with a copy of every word, 1,028 without).
 */
function sharingText(doc: TextDocument, lists?: TripReader): TextDocument {
  const { text } = doc;
  // sent as places in the text (withIds): the paragraphs' lengths, each sentence's offset and length
  const placed = lists && readParagraphs(text, lists);
  if (lists && placed) {
    const paragraphs = placed;
    const termIds = new Int32Array(lists.number());
    let terms = 0;
    for (const s of doc.sentences) {
      s.words = lists.list(s.words);
      s.terms = lists.terms(termIds, terms);
      terms += s.terms.length;
      const at = lists.number();
      if (at >= 0) s.text = text.slice(at, at + lists.number());
    }
    return withListedTitle(doc, paragraphs, termIds, lists);
  }
  const termIds = lists ? new Int32Array(lists.number()) : NO_IDS;
  let terms = 0;
  let at = 0;
  const paragraphs = doc.paragraphs.map((p) => {
    const shared = standsAt(text, p, at) ? text.slice(at, at + p.length) : p;
    at += p.length + 2;
    return shared;
  });
  let para = -1;
  let cursor = 0;
  for (const s of doc.sentences) {
    if (lists) {
      s.words = lists.list(s.words);
      s.terms = lists.terms(termIds, terms);
      terms += s.terms.length;
    }
    if (s.paragraph !== para) [para, cursor] = [s.paragraph, 0];
    const paragraph = paragraphs[para] ?? '';
    const found = paragraph.indexOf(s.text, cursor);
    if (found < 0) continue;
    s.text = paragraph.slice(found, found + s.text.length);
    cursor = found + s.text.length;
  }
  if (!lists) {
    // term counts and term ids by this thread's stem ids (their terms are the stem table's strings)
    const termCounts = doc.termCounts instanceof TermCounts ? doc.termCounts : TermCounts.of(doc.termCounts);
    const { language, sentences, titleTerms, termIds, titleTermIds } = doc;
    return withTermIds(textDocument(doc, { paragraphs, language, text, sentences, termCounts, titleTerms, termIds, titleTermIds }));
  }
  return withListedTitle(doc, paragraphs, termIds, lists);
}

/** The document with its paragraphs and sentences' term ids, then the title's terms and the term counts, which the
 * trip's lists hold after the sentences'. */
function withListedTitle(doc: TextDocument, paragraphs: string[], termIds: Int32Array, lists: TripReader): TextDocument {
  const titleTermIds = new Int32Array(lists.nextLength());
  const titleTerms = lists.terms(titleTermIds, 0);
  return textDocument(doc, {
    paragraphs,
    language: doc.language,
    text: doc.text,
    sentences: doc.sentences,
    termCounts: lists.counts(),
    titleTerms,
    termIds,
    titleTermIds,
  });
}

/**
 * A document's features as they arrive from another thread: its terms the document's term counts again and its
 * title's counted from the title's stem ids, this thread's, as documentFeatures counts them (`titleCounts`: its clock
 * times left out -- counted apart, a worker's document read otherwise than one prepared here), and the ways keys are
 * written, sent as ids, the table's strings.
 */
function revivedFeatures(features: DocFeatures, doc: TextDocument, lists?: TripReader): DocFeatures {
  // (an eventless page's topic words and title were left out where it was read: documentFeatures)
  const title = features.eventless ? NO_COUNTS : titleCounts(doc.titleTermIds);
  const counts = features.eventless ? NO_COUNTS : doc.termCounts;
  if (!lists) return { ...features, terms: counts, title };
  const { terms, names } = features.surface;
  const termForms = 'byTerm' in terms ? { byTerm: lists.list(terms.byTerm) } : lists.list(terms);
  return { ...features, terms: counts, title, surface: { terms: termForms, names: lists.list(names) } };
}

/**
 * A prepared document as it arrives from another thread: a structured clone keeps data, not classes. Its words
 * and terms, when they came as ids (forTrip), are read off `tables`, which took the thread's earlier documents.
 */
export function revived(prepared: Prepared | Problem, tables?: StringTables): Prepared | Problem {
  if (!('doc' in prepared)) return prepared;
  const { strings, ...rest } = prepared;
  prepared = rest;
  if (strings && !tables) throw new Error('a document sent with its strings as ids needs the tables of their strings');
  const lists = strings && tables?.open(strings);
  const doc = sharingText(prepared.doc, lists);
  if (prepared.features) prepared = { ...prepared, features: revivedFeatures(prepared.features, doc, lists) };
  const fp = prepared.fingerprint;
  if (!fp) return { ...prepared, doc };
  const packed = (p: unknown) => {
    const { data, starts } = p as { data: Uint32Array; starts: Uint32Array };
    return new Packed(data, starts);
  };
  const fingerprint: Fingerprint = { ...fp, sentenceShingles: packed(fp.sentenceShingles), sentenceWords: packed(fp.sentenceWords) };
  return { ...prepared, doc, fingerprint };
}
