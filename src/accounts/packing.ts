// A story's input and account as bytes, for the trip to a worker thread and back: one serialisation each
// way, into flat buffers (a structured clone of the objects would walk them again on both threads).
// The enrichments are already packed (PackedValues): their bytes are sent as they are.
import { deserialize, serialize } from 'node:v8';
import type { DocId, DocumentFlags, Relation, StoryGroup, StoryDocument } from '../model.ts';
import type { AccountOutcome, StoryInput } from './account.ts';
import { unpackEnrichment } from '../enrich/index.ts';
import { sentenceTermIds } from '../common/term-counts.ts';

/** A story's input, packed. */
export interface PackedStory {
  /** group, documents, relations and flags, serialised */
  head: Uint8Array;
  /** the documents' enrichments, serialised one after another */
  enrichments: Uint8Array;
  /** where each document's enrichment ends in `enrichments` */
  ends: number[];
  /** answer with the account written as the JSON report's list item (the first one: no comma), not packed */
  item?: 'first' | 'next';
}

/** Bytes in a buffer of their own (what v8 gives may sit in a larger one), so that moving it moves only them. */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : bytes.slice();
}

export function packStory(
  story: { group: StoryGroup; documents: StoryDocument[]; relations: Relation[]; flags: Map<DocId, DocumentFlags> },
  enrichmentBytes: Uint8Array[],
): PackedStory {
  const flags = story.documents.flatMap((d) => {
    const f = story.flags.get(d.id);
    return f ? [[d.id, f] as const] : [];
  });
  const head = own(serialize({ group: story.group, documents: story.documents, relations: story.relations, flags }));
  const enrichments = new Uint8Array(enrichmentBytes.reduce((n, b) => n + b.length, 0));
  const ends: number[] = [];
  let at = 0;
  for (const b of enrichmentBytes) {
    enrichments.set(b, at);
    ends.push((at += b.length));
  }
  return { head, enrichments, ends };
}

export function unpackStory(packed: PackedStory): StoryInput {
  const head = deserialize(packed.head) as Omit<StoryInput, 'enrichments' | 'flags'> & { flags: Array<[DocId, DocumentFlags]> };
  // the documents' term ids are the sending thread's stem ids: this thread's made from their terms
  for (const d of head.documents) d.termIds = sentenceTermIds(d.sentences);
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
