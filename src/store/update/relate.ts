// The batch meets stored copies: each new document's fingerprint keys (LSH bands of its MinHash, long
// sentences, a sample of shingles) are stored and looked up; relations and flags are worked out again over
// the new and changed documents, the stored documents sharing keys with them, and the latest members of the
// stories they joined (only those: a story the batch merged or moved members of holds no new text).
import type { DocId, DocumentFlags, Fingerprint, TextDocument } from '../../model.ts';
import { bandKeys, fingerprint } from '../../fingerprint/index.ts';
import { documentFlags, findRelations, translationRelations } from '../../provenance/index.ts';
import { loadBigramTable } from '../../provenance/bigrams.ts';
import { spunFlag } from '../../provenance/spun.ts';
import { canonicalCompare } from '../../pipeline.ts';
import type { Sql } from '../adapter.ts';
import { arrayText, documentsSharingKeys, insertColumns, loadDocuments, toText } from '../repo.ts';
import { documentKey, relateWeight, type ParsedCache, type RelateFacts } from '../cache.ts';

export const RELATE = {
  /** stored documents sharing the most keys with the batch that are looked at again */
  sharingDocuments: 100,
  /** of a key many stored documents hold, the earliest this many are looked at */
  keyPostings: 64,
  /** of a story bigger than this, only its latest members are related again with a new one. Reuters 21,578,
   * relations (of them also in analyze's 3,790): 300 over every touched story 3,955 (3,552); over the joined
   * ones 300: 3,957 (3,536), 100: 3,974 (3,514), 64: 4,088 (3,487), 32: 4,172 (3,357) (fewer members: more relations analyze does not find) */
  storyMembers: 100,
  /** one shingle in this many is stored (both copies keep the same ones) */
  shingleModulo: 16,
  /** a sentence this long (in shingles) is distinctive enough to find a copy by */
  sentenceMinShingles: 5,
};

/** A stored document's fingerprint (and, once asked, its spun flag), by its id and content hash: a story's latest
 * members and the documents sharing keys are related again batch after batch, and fingerprinting them each time
 * was a sixth of relating (0.7 ms per article at 15,000 Reuters articles). Kept apart from the parsed documents,
 * whose cache holds far fewer than a batch relates once the base has grown (see CACHE_BUDGET.relate). */
function storedFacts(doc: TextDocument, hash: string, cache: ParsedCache): RelateFacts {
  const key = documentKey(doc.id, hash);
  let facts = cache.relate?.get(key);
  if (!facts) {
    facts = { fp: fingerprint(doc) };
    cache.relate?.set(key, facts, relateWeight(facts.fp));
  }
  return facts;
}

/** A document this batch writes, met as a stored one by later batches (its story's latest members, documents sharing
 * its keys): its fingerprint, made before the commit, and its spun flag, worked out below, are kept under the key its
 * stored reading has, so those batches do not work them out again (a batch that does not commit empties the cache). */
function writtenFacts(doc: TextDocument, hash: string, fp: Fingerprint, cache: ParsedCache): RelateFacts | undefined {
  if (!cache.relate) return undefined;
  const facts: RelateFacts = { fp };
  cache.relate.set(documentKey(doc.id, hash), facts, relateWeight(fp));
  return facts;
}

const SENTENCE = 2 ** 32;
const SHINGLE = 2 ** 33;

/** The keys a document is found by: bands, long sentences, sampled shingles (each kind in its own range). */
export function fingerprintKeys(fp: Fingerprint): number[] {
  const keys = new Set<number>();
  if (fp.shingleCount === 0) return [];
  for (const k of bandKeys(fp.minhash)) keys.add(k >>> 0);
  fp.sentenceHashes.forEach((h, s) => {
    if (h && fp.sentenceShingles.length(s) >= RELATE.sentenceMinShingles) keys.add(SENTENCE + (h >>> 0));
  });
  for (const h of fp.shingles) if (h % RELATE.shingleModulo === 0) keys.add(SHINGLE + h);
  return [...keys].sort((a, b) => a - b);
}

export async function storeKeys(tx: Sql, docs: Array<{ position: number; keys: number[] }>, replace: boolean): Promise<void> {
  if (replace && docs.length) await tx.query('DELETE FROM document_keys WHERE position = ANY($1::int[])', [docs.map((d) => d.position)]);
  // sorted by key: a batch's keys (about 57,000) land in order in the key index, each page visited once; in the
  // order they came (each document's own keys), each landed on a page of its own, which a grown base's index
  // (tens of MB) no longer keeps in the embedded backend's buffers
  const rows = docs.flatMap((d) => d.keys.map((key) => [key, d.position] as const)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    await insertColumns(tx, 'document_keys', { key: 'bigint', position: 'int' }, [part.map((r) => r[0]), part.map((r) => r[1])]);
  }
}

export interface RelateInput {
  /** new and changed documents of the batch, with their content hashes, positions and fingerprints */
  incoming: Array<{ doc: TextDocument; hash: string; position: number; fp: Fingerprint; keys: number[] }>;
  /** members of the stories the new and changed documents are in, in arrival order */
  storyMembers: string[][];
  /** the base held no document before the batch (a new base's first batch): every stored key is the batch's own */
  firstDocuments?: boolean;
}

/** Relations and flags over the batch's neighbourhood; stored in place of what was known of it. Returns the flags. */
export async function relateBatch(tx: Sql, input: RelateInput, cache: ParsedCache): Promise<Map<DocId, DocumentFlags>> {
  if (!input.incoming.length && !input.storyMembers.length) return new Map();
  const incomingIds = new Set(input.incoming.map((i) => i.doc.id));
  // the look-up leaves the batch's own documents out, so in a base that held none before it finds nothing
  const sharing = input.firstDocuments
    ? []
    : await documentsSharingKeys(
        tx,
        [...new Set(input.incoming.flatMap((i) => i.keys))],
        input.incoming.map((i) => i.position),
        RELATE.sharingDocuments,
        RELATE.keyPostings,
      );
  const wanted = new Set<string>(sharing);
  for (const members of input.storyMembers) for (const id of members.slice(-RELATE.storyMembers)) wanted.add(id);
  for (const id of incomingIds) wanted.delete(id);
  const stored = await loadDocuments(tx, [...wanted], cache);
  // the canonical order (as in a batch run) decides which of two identical texts is the representative
  const all: Array<{ doc: TextDocument; fp: Fingerprint; facts?: RelateFacts }> = [
    ...stored.map((r) => {
      const facts = storedFacts(r.doc, r.hash, cache);
      return { doc: r.doc, fp: facts.fp, facts };
    }),
    ...input.incoming.map((i) => ({ doc: i.doc, fp: i.fp, facts: writtenFacts(i.doc, i.hash, i.fp, cache) })),
  ].sort((a, b) => canonicalCompare(a.doc, b.doc));
  const docs = all.map((a) => a.doc);
  const copies = findRelations(
    docs,
    all.map((a) => a.fp),
  );
  // a stored document's spun flag depends on its text alone: kept with its fingerprint
  const table = loadBigramTable();
  const facts = new Map(all.map((a) => [a.doc, a.facts]));
  const flags = documentFlags(docs, table, (d) => {
    const f = facts.get(d);
    if (!f) return spunFlag(d, table);
    f.spun ??= spunFlag(d, table);
    return f.spun;
  });
  // each translated article's original in another language (as analyze does: provenance/translation-of.ts)
  const translations = translationRelations(docs, flags, copies);
  const relations = translations.length ? [...copies, ...translations] : copies;
  const ids = docs.map((d) => d.id);
  await tx.query('DELETE FROM relations WHERE from_doc = ANY($1::text[]) AND to_doc = ANY($1::text[])', [ids]);
  await insertColumns(
    tx,
    'relations',
    { from_doc: 'text', to_doc: 'text', body: 'text' },
    [relations.map((r) => r.from), relations.map((r) => r.to), relations.map((r) => JSON.stringify(r))],
    'ON CONFLICT (from_doc, to_doc) DO UPDATE SET body = excluded.body',
  );
  // only the flags that changed: most of the neighbourhood keeps its flags, and rewriting a document's row
  // re-indexes it whole (its text-search words too)
  await tx.query(
    'UPDATE documents SET flags = x.flags FROM unnest($1::text::text[], $2::text::text[]) AS x(id, flags) WHERE documents.id = x.id AND documents.flags IS DISTINCT FROM x.flags',
    [arrayText([...flags.keys()]), arrayText([...flags.values()].map((f) => toText(f)))],
  );
  return flags;
}
