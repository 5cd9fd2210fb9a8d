// A story's input and account as bytes, for the trip to a worker thread and back: one serialisation each
// way, into flat buffers (a structured clone of the objects would walk them again on both threads).
// The enrichments are already packed (PackedValues): their bytes are sent as they are. Given the table of strings
// the two threads keep (prepare/trip-strings.ts), the documents' sentences go as places in their text and their
// words and terms as ids: serialising wrote every word apart, and the worker looked every term up again.
import { deserialize, serialize } from 'node:v8';
import type { DocId, DocumentFlags, Relation, StoryGroup, StoryDocument } from '../model.ts';
import type { AccountOutcome, StoryInput } from './account.ts';
import { unpackEnrichment } from '../enrich/index.ts';
import { sentenceTermIds } from '../common/term-counts.ts';
import type { StringIds, StringTables, TripReader, TripStrings } from '../prepare/trip-strings.ts';

/** A story's input, packed. */
export interface PackedStory {
  /** group, documents, relations and flags, serialised */
  head: Uint8Array;
  /** the documents' enrichments, serialised one after another */
  enrichments: Uint8Array;
  /** where each document's enrichment ends in `enrichments` */
  ends: number[];
  /** the documents' words, terms and sentences' places as ids (packStory's `strings`), read in order by the taking
   * thread's table */
  strings?: TripStrings;
  /** answer with the account written as the JSON report's list item (the first one: no comma), not packed */
  item?: 'first' | 'next';
}

/** Bytes in a buffer of their own (what v8 gives may sit in a larger one), so that moving it moves only them. */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : bytes.slice();
}

/** What a sentence's words and terms hold on the way when they go as ids, and its term ids (the taking thread's made). */
const AS_IDS: string[] = [];
const NO_IDS = new Int32Array(0);

/**
 * The document's sentences' words and terms written as ids, and each sentence's place in the text (its start and
 * length; -1: not found there, its text sent as it is), in the order `revivedDocument` reads them; the lists left
 * empty.
 */
function documentAsIds(doc: StoryDocument, ids: StringIds): StoryDocument {
  const { text, termIds } = doc;
  let terms = 0;
  for (const s of doc.sentences) terms += s.terms.length;
  ids.number(terms);
  // the terms go by their stem ids where the document has them (an array read each, not a look-up by string)
  const byStem = termIds.length === terms;
  let cursor = 0;
  let at = 0;
  const sentences = doc.sentences.map((s) => {
    ids.list(s.words);
    if (byStem) ids.stems(termIds, at, s.terms.length);
    else ids.list(s.terms);
    at += s.terms.length;
    const sent = { ...s, words: AS_IDS, terms: AS_IDS };
    const found = text.indexOf(s.text, cursor);
    ids.number(found);
    if (found < 0) return sent;
    ids.number(s.text.length);
    cursor = found + s.text.length;
    sent.text = '';
    return sent;
  });
  return { ...doc, sentences, termIds: NO_IDS };
}

/** A document as documentAsIds sent it: its sentences' words and terms the table's strings, their texts slices of the
 * document's text again, its term ids this thread's. */
function revivedDocument(doc: StoryDocument, lists: TripReader): void {
  const { text } = doc;
  const termIds = new Int32Array(lists.number());
  let at = 0;
  for (const s of doc.sentences) {
    s.words = lists.list(AS_IDS);
    s.terms = lists.terms(termIds, at);
    at += s.terms.length;
    const found = lists.number();
    if (found >= 0) s.text = text.slice(found, found + lists.number());
  }
  doc.termIds = termIds;
}

export function packStory(
  story: { group: StoryGroup; documents: StoryDocument[]; relations: Relation[]; flags: Map<DocId, DocumentFlags> },
  enrichmentBytes: Uint8Array[],
  strings?: StringIds,
): PackedStory {
  const flags = story.documents.flatMap((d) => {
    const f = story.flags.get(d.id);
    return f ? [[d.id, f] as const] : [];
  });
  const documents = strings ? story.documents.map((d) => documentAsIds(d, strings)) : story.documents;
  const head = own(serialize({ group: story.group, documents, relations: story.relations, flags }));
  const enrichments = new Uint8Array(enrichmentBytes.reduce((n, b) => n + b.length, 0));
  const ends: number[] = [];
  let at = 0;
  for (const b of enrichmentBytes) {
    enrichments.set(b, at);
    ends.push((at += b.length));
  }
  return { head, enrichments, ends, ...(strings ? { strings: strings.finish() } : {}) };
}

/** A story's input as it arrives; `tables`: the strings of the stories before it from the same thread (packStory's
 * `strings`). */
export function unpackStory(packed: PackedStory, tables?: StringTables): StoryInput {
  const head = deserialize(packed.head) as Omit<StoryInput, 'enrichments' | 'flags'> & { flags: Array<[DocId, DocumentFlags]> };
  if (packed.strings && !tables) throw new Error('a story sent with its strings as ids needs the tables of their strings');
  const lists = packed.strings && tables?.open(packed.strings);
  // the documents' term ids are the sending thread's stem ids: this thread's made from their terms
  if (lists) for (const d of head.documents) revivedDocument(d, lists);
  else for (const d of head.documents) d.termIds = sentenceTermIds(d.sentences);
  const enrichments = packed.ends.map((end, i) => unpackEnrichment(packed.enrichments.subarray(i === 0 ? 0 : packed.ends[i - 1], end)));
  return { ...head, enrichments, flags: new Map(head.flags) };
}

/** An account, packed: kept so until the report writes it. */
export function packAccount(outcome: AccountOutcome): Uint8Array {
  return own(serialize(outcome));
}

export function unpackAccount(bytes: Uint8Array): AccountOutcome {
  return deserialize(bytes) as AccountOutcome;
}
