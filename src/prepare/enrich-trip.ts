// A document this thread prepared on its way to a worker thread that enriches it after the reading (prepare-worker.ts:
// enrichKept), as compact as the worker's own documents come here (index.ts forTrip): only what enrich reads (its
// id, title, text, language and dates, paragraphs, sentences' words), the words as ids into a table of strings sent
// once, the paragraphs and sentences as places in the text. A structured clone of the documents themselves (every
// word a string of its own) held ~100 MB more on the worker and took all of Reuters on two threads over 1 GB once
// (bench/HISTORY.md threads138).
import type { Sentence, TextDocument } from '../model.ts';
import { textDocument } from '../text/index.ts';
import { paragraphStarts, readParagraphs, sentencePlaces, writeParagraphs } from './text-places.ts';
import type { StringIds, TripReader } from './trip-strings.ts';

/** What crosses of one document, besides its numbers and word ids in the trip's shared list. */
export interface EnrichTrip {
  id: string;
  title: string;
  text: string;
  language: string;
  published: string | null;
  localDay: string | undefined;
  /** the paragraphs when they are not the text's one after another (else sent as their lengths) */
  paragraphs?: string[];
  /** the sentences' texts not found in their paragraph, in order (else sent as their places in the text) */
  texts?: string[];
}

/** What a document's sentences hold as terms and its terms as ids on the worker: enrich reads neither. */
const NO_TERMS: string[] = [];
const NO_IDS = new Int32Array(0);
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** A document's trip: its numbers and word ids written to `ids` (read back in this order by `enrichInput`). */
export function enrichTrip(doc: TextDocument, ids: StringIds): EnrichTrip {
  const trip: EnrichTrip = { id: doc.id, title: doc.title, text: doc.text, language: doc.language, published: doc.published, localDay: doc.localDay };
  const starts = paragraphStarts(doc);
  writeParagraphs(doc, starts, ids);
  if (!starts) trip.paragraphs = doc.paragraphs;
  const places = starts && sentencePlaces(doc, starts);
  ids.number(doc.sentences.length);
  doc.sentences.forEach((s, k) => {
    ids.number(s.index);
    ids.number(s.paragraph);
    const at = places ? places[k] : -1;
    ids.number(at);
    if (at < 0) (trip.texts ??= []).push(s.text);
    else ids.number(s.text.length);
    ids.list(s.words);
  });
  return trip;
}

/** The document as enrich reads it, from its trip and the next lists of `lists` (its other fields empty). */
export function enrichInput(trip: EnrichTrip, lists: TripReader): TextDocument {
  const { text } = trip;
  const paragraphs = readParagraphs(text, lists) ?? trip.paragraphs ?? [];
  const sentences: Sentence[] = [];
  let texts = 0;
  for (let k = 0, n = lists.number(); k < n; k++) {
    const index = lists.number();
    const paragraph = lists.number();
    const at = lists.number();
    const sentence = at >= 0 ? text.slice(at, at + lists.number()) : (trip.texts as string[])[texts++];
    sentences.push({ index, text: sentence, paragraph, words: lists.list(NO_TERMS), terms: NO_TERMS });
  }
  const article = {
    id: trip.id,
    source: '',
    url: null,
    title: trip.title,
    outlet: null,
    byline: [],
    published: trip.published,
    localDay: trip.localDay,
    removed: [],
    order: 0,
  };
  return textDocument(article, {
    paragraphs,
    language: trip.language,
    text,
    sentences,
    termCounts: NO_COUNTS,
    titleTerms: NO_TERMS,
    termIds: NO_IDS,
    titleTermIds: NO_IDS,
  });
}
