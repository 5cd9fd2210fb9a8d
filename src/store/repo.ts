// The SQL the ingest runs, one function per question or change. Narrow rows go in as one array parameter per
// column (unnest): one round trip per table per batch, whatever the batch size, and nothing to write as JSON
// and parse back (jsonb_to_recordset cost the embedded backend more than the inserts it fed). Wide rows of
// long texts go in as plain parameters (`rowParameters`): their texts are not escaped at all.
import type { Sql } from './adapter.ts';
import { documentFromText, fromText, toText } from './serial.ts';
import { currentIds, type StoredStory } from '../cluster/state.ts';
import type { Arrived } from '../cluster/index.ts';
import type { DocumentEnrichment, DocumentFlags, Membership, Problem, Relation, TextDocument } from '../model.ts';
import { documentKey, type ParsedCache, type ParsedDocument } from './cache.ts';

/** The text search configuration for every text (migration 001: English stems, accents folded by unaccent);
 * one for all languages, so a query matches any language's words. */
export const TS_CONFIG = 'crosscheck';

/** A text (SQL expression) as the text-search parser is given it: search_text (migration 016) keeps a bracketed
 * name ("<Gulfex Inc>") from being read as a tag and left out. Every to_tsvector, query and ts_headline goes through it. */
export const searchText = (text: string): string => `search_text(${text})`;

/** The search column of a title and a body (SQL expressions): the title's words weigh more. */
export function searchVector(title: string, body: string): string {
  return `setweight(to_tsvector('${TS_CONFIG}', ${searchText(`coalesce(${title}, '')`)}), 'A') || setweight(to_tsvector('${TS_CONFIG}', ${searchText(`coalesce(${body}, '')`)}), 'B')`;
}

/** One advisory lock serialises the ingest's story assignment across processes sharing a base. */
export const INGEST_LOCK = 7_245_002;

export async function lockIngest(tx: Sql): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
}

/** Rows fetched in chunks: the embedded backend's heap grows to the largest result it hands over, and never shrinks. */
const CHUNK = 100;

/** What a look-up's keys come back joined by (chr(1)): a key holding it splits into more parts than there are
 * numbers beside them, and is then read again as rows. */
const SEPARATOR = '\u0001';

/** A part of a split text as a string of its own: V8 makes a part of 13 characters or more a slice that keeps the
 * whole text alive, and a part kept past the batch (a cache's key, the clustering key table's) would keep every
 * batch's text (200 texts of 70 kB, one part of each kept as a Map key: 14.6 MB of heap, 0.1 MB as own strings). */
const unsliced = (part: string): string => `${part} `.slice(0, -1);

async function chunked<K, R>(keys: K[], fetch: (part: K[]) => Promise<R[]>, size = CHUNK): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < keys.length; i += size) out.push(...(await fetch(keys.slice(i, i + size))));
  return out;
}

/** An array parameter as PostgreSQL's array text, cast in SQL (`$1::text::int[]`): the server backend's client
 * serialised a long JS array element by element (57,000 keys a batch: 0.33 ms an article of client CPU, ten
 * times the JSON it replaced); this is one join, and the same text the embedded client would have made. */
export function arrayText(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `{${values.map((v) => (v == null ? 'NULL' : typeof v === 'string' ? quoted(v) : String(v))).join(',')}}`;
}
/** An element quoted, its backslashes and quotes escaped (most texts hold neither: then no regex runs). */
function quoted(v: string): string {
  if (v.indexOf('\\') < 0 && v.indexOf('"') < 0) return `"${v}"`;
  return `"${v.replace(BACKSLASH, '\\\\').replace(QUOTE, '\\"')}"`;
}
const BACKSLASH = /\\/g;
const QUOTE = /"/g;

/** Insert rows given as one array per column (`columns`: name -> SQL type). Rows of a table with an index on
 * a scattered key should come sorted by it: each index page is then visited once, in order, rather than once per
 * row (the embedded backend's 16 MB of buffers hold a small part of a grown base's indexes). Returns the rows a
 * `RETURNING` in `suffix` gives (none without one). */
export async function insertColumns<R = never>(tx: Sql, table: string, columns: Record<string, string>, values: unknown[][], suffix = ''): Promise<R[]> {
  if (!values[0]?.length) return [];
  const names = Object.keys(columns);
  const arrays = names.map((c, i) => `$${i + 1}::text::${columns[c]}[]`).join(', ');
  return tx.query<R>(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${arrays}) ${suffix}`,
    values.map((v) => arrayText(v as string[])),
  );
}

/** Problems stored as seen at `seen` (ISO); one already stored (same source and reason) is kept as it was. */
export async function insertProblems(tx: Sql, problems: Problem[], seen: string): Promise<void> {
  await insertColumns(
    tx,
    'problems',
    { source: 'text', reason: 'text', seen: 'text' },
    [problems.map((p) => p.source), problems.map((p) => p.reason), problems.map(() => seen)],
    'ON CONFLICT (source, reason) DO NOTHING',
  );
}

/** `VALUES` rows of plain parameters ($1::type, ...), and the parameters (undefined sent as NULL). */
export function rowParameters(columns: Record<string, string>, rows: Array<Record<string, unknown>>): { values: string; params: unknown[] } {
  const names = Object.keys(columns);
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${names.map((c) => `$${params.push(row[c] ?? null)}::${columns[c]}`).join(', ')})`);
  return { values: `VALUES ${tuples.join(', ')}`, params };
}

/** Code-unit order (the same in every run, whatever a server's collation): what rows are sorted by before they go in. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- counters

export async function readMeta(tx: Sql): Promise<Record<string, number>> {
  const rows = await tx.query<{ key: string; value: number }>('SELECT key, value::float8 AS value FROM meta');
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));
}

export async function writeMeta(tx: Sql, values: Record<string, number>): Promise<void> {
  for (const [k, v] of Object.entries(values)) await tx.query('UPDATE meta SET value = $2 WHERE key = $1', [k, v]);
}

// ---------------------------------------------------------------- documents

export interface KnownDocument {
  id: string;
  identity: string;
  content_hash: string;
  version: number;
  story: number | null;
  position: number;
}

export async function knownByIdentity(tx: Sql, identities: string[]): Promise<KnownDocument[]> {
  if (!identities.length) return [];
  return tx.query<KnownDocument>('SELECT id, identity, content_hash, version, story, position FROM documents WHERE identity = ANY($1::text[])', [identities]);
}

/** The content hashes of every version the base holds of these documents (by id). */
export async function versionHashes(tx: Sql, ids: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (!ids.length) return out;
  const rows = await tx.query<{ document: string; content_hash: string }>(
    'SELECT document, content_hash FROM document_versions WHERE document = ANY($1::text[])',
    [ids],
  );
  for (const r of rows) {
    const held = out.get(r.document);
    if (held) held.add(r.content_hash);
    else out.set(r.document, new Set([r.content_hash]));
  }
  return out;
}

/** Ids already taken among these ids and their "~n" variants. */
export async function takenIds(tx: Sql, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const taken = new Set((await tx.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1::text[])', [ids])).map((r) => r.id));
  // only an id already taken can have "~n" variants (rare: a scan is fine)
  if (taken.size) {
    const rows = await tx.query<{ id: string }>(`SELECT id FROM documents WHERE id LIKE '%~%' AND regexp_replace(id, '~[0-9]+$', '') = ANY($1::text[])`, [
      [...taken],
    ]);
    for (const r of rows) taken.add(r.id);
  }
  return taken;
}

export interface StoredDocument extends ParsedDocument {
  /** the content hash of the reading stored (with the id, what the caches key it by) */
  hash: string;
  position: number;
  story: number | null;
  flags: DocumentFlags;
}

/** Stored documents, parsed (through the cache: only what it does not hold is fetched and parsed), in arrival order. */
export async function loadDocuments(tx: Sql, ids: string[], cache: ParsedCache): Promise<StoredDocument[]> {
  if (!ids.length) return [];
  const heads = await chunked(ids, (part) => documentHeads(tx, part), 1000);
  // what the cache holds is taken now: fetching the rest may push it out of the cache
  const fetched = new Map<string, ParsedDocument>();
  const missing = heads.filter((h) => {
    const key = documentKey(h.id, h.content_hash);
    let hit = cache.documents.get(key);
    const held = hit ? undefined : (cache.written?.get(key) ?? takeLastWritten(cache, key));
    if (held) {
      // written by this batch: cached as a fetch would have cached it, without the fetch and the parse
      hit = held.parsed;
      cache.documents.set(key, hit, held.weight);
    }
    if (hit) fetched.set(h.id, hit);
    return !hit;
  });
  await chunked(missing, async (part) => {
    const rows = await tx.query<{ id: string; content_hash: string; text_doc: string; enrichment: string }>(
      'SELECT id, content_hash, text_doc, enrichment FROM documents WHERE id = ANY($1::text[])',
      [part.map((h) => h.id)],
    );
    for (const r of rows) {
      const parsed = new LazyDocument(documentFromText(r.text_doc), r.enrichment);
      fetched.set(r.id, parsed);
      cache.documents.set(documentKey(r.id, r.content_hash), parsed, r.text_doc.length + r.enrichment.length);
    }
    return [];
  });
  return heads
    .map((h): StoredDocument => {
      const parsed = fetched.get(h.id)!;
      let flags: DocumentFlags | undefined;
      return {
        doc: parsed.doc,
        get enrichment() {
          return parsed.enrichment;
        },
        hash: h.content_hash,
        position: h.position,
        story: h.story,
        get flags() {
          return (flags ??= fromText<DocumentFlags>(h.flags));
        },
      };
    })
    .sort((a, b) => a.position - b.position);
}

/** A document the run's last committed batch wrote (cache.ts, `lastWritten`), taken out: it is read once at the run's end. */
function takeLastWritten(cache: ParsedCache, key: string): { parsed: ParsedDocument; weight: number } | undefined {
  const held = cache.lastWritten?.get(key);
  if (held) cache.lastWritten!.delete(key);
  return held;
}

interface DocumentHead {
  id: string;
  position: number;
  story: number | null;
  content_hash: string;
  flags: string;
}

/** Stored documents' heads, in the order the backend's look-up meets them (it decides the order the cache takes
 * them in: kept). They come back as one row of texts -- the ids, hashes and flags each joined by `SEPARATOR`, the
 * positions and stories by spaces (a story not set as an empty part) -- aggregated over the same scan, so in its
 * order, not as a row each: the embedded client decoded every field of a row apart (~1,400 heads of five fields a
 * batch of 500). A text holding the separator splits into more parts than there are positions: read again as rows. */
async function documentHeads(tx: Sql, ids: string[]): Promise<DocumentHead[]> {
  const [row] = await tx.query<{ ids: string | null; positions: string | null; stories: string | null; hashes: string | null; flags: string | null }>(
    `SELECT string_agg(id, chr(1)) AS ids, string_agg(position::text, ' ') AS positions, string_agg(coalesce(story::text, ''), ' ') AS stories,
       string_agg(content_hash, chr(1)) AS hashes, string_agg(flags, chr(1)) AS flags FROM documents WHERE id = ANY($1::text[])`,
    [ids],
  );
  if (row.ids === null || row.positions === null || row.stories === null || row.hashes === null || row.flags === null) return [];
  const read = row.ids.split(SEPARATOR);
  const positions = row.positions.split(' ');
  const stories = row.stories.split(' ');
  const hashes = row.hashes.split(SEPARATOR);
  const flags = row.flags.split(SEPARATOR);
  const n = positions.length;
  if (read.length !== n || stories.length !== n || hashes.length !== n || flags.length !== n)
    return tx.query<DocumentHead>('SELECT id, position, story, content_hash, flags FROM documents WHERE id = ANY($1::text[])', [ids]);
  const out: DocumentHead[] = new Array(n);
  for (let i = 0; i < n; i++)
    // the id and hash key the caches past the batch (documents, relate): own strings
    out[i] = {
      id: unsliced(read[i]),
      position: Number(positions[i]),
      story: stories[i] === '' ? null : Number(stories[i]),
      content_hash: unsliced(hashes[i]),
      flags: flags[i],
    };
  return out;
}

/** A stored document with its enrichment parsed on first read: relating reads only the text, and the
 * enrichment (a third of what is fetched) is parsed only for the stories synthesised. */
class LazyDocument implements ParsedDocument {
  private parsed?: DocumentEnrichment;
  constructor(
    readonly doc: TextDocument,
    private stored: string | undefined,
  ) {}

  get enrichment(): DocumentEnrichment {
    if (this.parsed === undefined) {
      this.parsed = fromText<DocumentEnrichment>(this.stored!);
      this.stored = undefined;
    }
    return this.parsed;
  }
}

export const byEnds = (x: Relation, y: Relation) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0);

/** Relations whose two ends are both among these documents, ordered by their ends in code-unit order (the
 * same on both backends, whatever a server's collation). */
export async function relationsAmong(tx: Sql, ids: string[]): Promise<Relation[]> {
  if (!ids.length) return [];
  const rows = await tx.query<{ body: string }>('SELECT body FROM relations WHERE from_doc = ANY($1::text[]) AND to_doc = ANY($1::text[])', [ids]);
  return rows.map((r) => JSON.parse(r.body) as Relation).sort(byEnds);
}

/** Members' clustering states by arrival position, as stored text or, once a batch read one, as the cache
 * holds it restored (written once: the cache never goes stale). The text is parsed only when the member is
 * read: most members of the stories a batch takes back never are. */
export async function memberStates(tx: Sql, positions: number[], cache: ParsedCache): Promise<Map<number, string | Arrived>> {
  const out = new Map<number, string | Arrived>();
  const missing: number[] = [];
  for (const p of positions) {
    const m = cache.members.get(p);
    // a member restored under an earlier key table (vocab.ts) is read again as stored
    if (m !== undefined && (typeof m === 'string' || currentIds(m))) out.set(p, m);
    else missing.push(p);
  }
  await chunked(missing, async (part) => {
    const rows = await tx.query<{ position: number; cluster: string }>('SELECT position, cluster FROM documents WHERE position = ANY($1::int[])', [part]);
    for (const r of rows) {
      out.set(r.position, r.cluster);
      cache.members.set(r.position, r.cluster, r.cluster.length);
    }
    return [];
  });
  return out;
}

/** Stored documents sharing fingerprint keys with these, most shared first. Of a key held by many documents
 * only the earliest `perKey` count (as a batch run links each member of a big group with its first ones). */
export async function documentsSharingKeys(tx: Sql, keys: number[], exclude: number[], limit: number, perKey: number): Promise<string[]> {
  if (!keys.length) return [];
  const rows = await tx.query<{ id: string }>(
    `SELECT d.id FROM (
       SELECT p.position, count(*) AS n FROM unnest($1::bigint[]) AS k(key)
       CROSS JOIN LATERAL (SELECT position FROM document_keys WHERE document_keys.key = k.key ORDER BY position LIMIT $4) p
       WHERE NOT (p.position = ANY($2::int[]))
       GROUP BY p.position ORDER BY n DESC, p.position LIMIT $3) k
     JOIN documents d ON d.position = k.position ORDER BY k.n DESC, k.position`,
    [keys, exclude, limit, perKey],
  );
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------- clustering state

/** Stored counts of these keys, in the order the backend's look-up meets them (the clusterer gives a key met first
 * its id then: the order is kept). They come back as two texts, the keys joined by `SEPARATOR` and the
 * counts by spaces -- one aggregate over the same scan, so in its order -- not as a row each: the embedded client
 * decoded every field of a row apart (~12,000 rows a batch of 500; 12,000 keys of a 2k Reuters base: 44 -> 19 ms
 * CPU, min of 8). */
export async function loadDf(tx: Sql, keys: string[]): Promise<Array<[string, number]>> {
  if (!keys.length) return [];
  const [{ names, counts }] = await tx.query<{ names: string | null; counts: string | null }>(
    `SELECT string_agg(key, chr(1)) AS names, string_agg(count::text, ' ') AS counts FROM df WHERE key = ANY($1::text[])`,
    [keys],
  );
  if (names === null || counts === null) return [];
  const read = names.split(SEPARATOR);
  const numbers = counts.split(' ');
  if (read.length !== numbers.length) {
    const rows = await tx.query<{ key: string; count: number }>('SELECT key, count FROM df WHERE key = ANY($1::text[])', [keys]);
    return rows.map((r) => [r.key, r.count]);
  }
  // the keys the clustering key table first meets here stay in it (cluster/vocab.ts): own strings
  return read.map((key, i) => [unsliced(key), Number(numbers[i])]);
}

/** Add a batch's counts to df. `stored`: the keys the base holds, as read in this transaction (every df write
 * runs under the ingest lock, so none came or went since): those are updated, the rest inserted. An upsert
 * (ON CONFLICT DO UPDATE) locked each row it updated first, a WAL record of its own: a third of the records a
 * batch wrote, for the ~100 keys an article adds to. */
export async function addDf(tx: Sql, counts: Map<string, number>, stored: Set<string>): Promise<void> {
  // sorted: the primary key's pages are visited in order (a batch adds to about 60,000 of a grown base's keys)
  const keys = [...counts.keys()].sort(byText);
  const old = keys.filter((k) => stored.has(k));
  const fresh = keys.filter((k) => !stored.has(k));
  if (old.length)
    await tx.query('UPDATE df SET count = df.count + x.count FROM unnest($1::text::text[], $2::text::int[]) AS x(key, count) WHERE df.key = x.key', [
      arrayText(old),
      arrayText(old.map((k) => counts.get(k)!)),
    ]);
  await insertColumns(tx, 'df', { key: 'text', count: 'int' }, [fresh, fresh.map((k) => counts.get(k)!)]);
}

/** Stories posted under each key (only keys posted by at most `maxPosting` stories: common keys find nothing).
 * Active postings are read whole and grouped here: a look-up per key (a lateral join, `LIMIT maxPosting + 1`)
 * grouped and aggregated by the backend cost the embedded one ~1.6 times the CPU for the same map (8,000 keys, 2k
 * Reuters base), and the rows past a common key's limit are few (active stories are the recent ones). They come
 * back as two texts, the keys joined by `SEPARATOR` and the stories by spaces, not as a row each: the embedded
 * client decoded every field of a row apart (a copy of its bytes and a text decoder each; ~25,000 rows a batch of
 * 500), and the texts take 35-45% less CPU for the same map (1,000 and 8,000 keys, 2k and 6k Reuters bases). Quiet
 * postings grow with the base, so a look-up among all stays bounded per key. */
export async function storiesByKeys(tx: Sql, keys: string[], activeOnly: boolean, maxPosting: number): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!keys.length) return out;
  if (!activeOnly) {
    const rows = await tx.query<{ key: string; stories: number[] }>(
      `SELECT k.key, array_agg(s.story ORDER BY s.story) AS stories FROM unnest($1::text[]) AS k(key)
         CROSS JOIN LATERAL (SELECT story FROM story_keys WHERE story_keys.key = k.key LIMIT $2 + 1) s
         GROUP BY k.key HAVING count(*) <= $2`,
      [keys, maxPosting],
    );
    for (const r of rows) out.set(r.key, r.stories.map(Number));
    return out;
  }
  const [{ names, stories }] = await tx.query<{ names: string | null; stories: string | null }>(
    `SELECT string_agg(key, chr(1)) AS names, string_agg(story::text, ' ') AS stories FROM story_keys WHERE key = ANY($1::text[]) AND active`,
    [keys],
  );
  if (names === null || stories === null) return out;
  let read = names.split(SEPARATOR);
  let numbers: Array<string | number> = stories.split(' ');
  if (read.length !== numbers.length) {
    const rows = await tx.query<{ key: string; story: number }>('SELECT key, story FROM story_keys WHERE key = ANY($1::text[]) AND active', [keys]);
    read = rows.map((r) => r.key);
    numbers = rows.map((r) => r.story);
  }
  for (let i = 0; i < read.length; i++) {
    const story = Number(numbers[i]);
    const list = out.get(read[i]);
    if (list) list.push(story);
    else out.set(read[i], [story]);
  }
  for (const [key, stories] of out) {
    if (stories.length > maxPosting) out.delete(key);
    else stories.sort(byNumber);
  }
  return out;
}
const byNumber = (a: number, b: number) => a - b;

/** Stored stories' clustering states, by key, and the memberships of those the cache holds with them (the stories
 * the batch before wrote). A state the cache holds at the sequence that last wrote the story is not fetched nor
 * parsed again (most stories a batch takes back were taken back by the one before and left alone). Memberships
 * are stored apart (`storyMemberships`): most stories taken back are only scored against, never read. */
export async function loadStoryStates(
  tx: Sql,
  keys: number[],
  cache?: ParsedCache,
): Promise<{ states: StoredStory[]; memberships: Map<number, Membership[]> }> {
  const memberships = new Map<number, Membership[]>();
  if (!keys.length) return { states: [], memberships };
  // a state restored under an earlier key table (vocab.ts) is read again as stored
  const known = keys.map((k) => {
    const hit = cache?.stories.get(k);
    return hit && currentIds(hit.state) ? hit.seq : -1;
  });
  const rows = await chunked(
    keys.map((key, i) => [key, known[i]] as const),
    (part) =>
      tx.query<{ key: number; seq: number; state: string | null }>(
        `SELECT s.key, s.updated_seq AS seq, CASE WHEN s.updated_seq IS DISTINCT FROM k.seq THEN s.state END AS state
         FROM unnest($1::int[], $2::bigint[]) AS k(key, seq) JOIN stories s ON s.key = k.key`,
        [part.map(([k]) => k), part.map(([, seq]) => seq)],
      ),
  );
  // the cached ones are taken before any is added (an addition can push another out)
  const kept = new Map(rows.filter((r) => r.state === null).map((r) => [r.key, cache!.stories.get(r.key)!]));
  const states: StoredStory[] = [];
  for (const r of rows.sort((a, b) => a.key - b.key)) {
    if (r.state === null) {
      const hit = kept.get(r.key)!;
      states.push(hit.state);
      if (hit.memberships) memberships.set(r.key, hit.memberships);
      continue;
    }
    const state = fromText<StoredStory>(r.state);
    cache?.stories.set(r.key, { seq: Number(r.seq), state }, r.state.length);
    states.push(state);
  }
  return { states, memberships };
}

/** Stored stories' memberships (in joining order), by key. */
export async function storyMemberships(tx: Sql, keys: number[]): Promise<Map<number, Membership[]>> {
  const rows = await chunked(keys, (part) =>
    tx.query<{ key: number; memberships: string }>('SELECT key, memberships FROM stories WHERE key = ANY($1::int[])', [part]),
  );
  return new Map(rows.map((r) => [r.key, JSON.parse(r.memberships) as Membership[]]));
}

/** Stored stories' id, title and first publication date (what a storyline shows of a partner). */
export async function storyHeads(tx: Sql, keys: number[]): Promise<Map<number, { id: string; title: string; first_seen: string | null }>> {
  const rows = await chunked(keys, (part) =>
    tx.query<{ key: number; id: string; title: string; first_seen: string | null }>(
      'SELECT key, id, title, first_seen FROM stories WHERE key = ANY($1::int[])',
      [part],
    ),
  );
  return new Map(rows.map((r) => [r.key, r]));
}

export async function storyReports(tx: Sql, keys: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!keys.length) return out;
  const rows = await tx.query<{ key: number; report: string }>('SELECT key, report FROM stories WHERE key = ANY($1::int[])', [keys]);
  for (const r of rows) out.set(r.key, r.report);
  return out;
}

/** The index keys of these stories become exactly `postings` (active as each story's state says). Only what
 * changed is deleted and inserted: a story that grew keeps most of its strongest keys, and rewriting all of
 * them left as many dead rows as live ones in the index the candidates are looked up in. */
export async function replacePostings(tx: Sql, postings: Map<number, string[]>, states: Map<number, { active: boolean }>): Promise<void> {
  if (!postings.size) return;
  // sorted by key, then story: the key index's pages are visited in order (the distinct keys sorted, each one's
  // stories by number: the order a sort of every row by both gave, with a third of the comparisons and no row objects)
  const byKey = new Map<string, number[]>();
  for (const [story, keys] of postings)
    for (const key of keys) {
      const stories = byKey.get(key);
      if (stories) stories.push(story);
      else byKey.set(key, [story]);
    }
  const rows: { key: string[]; story: number[]; active: boolean[] } = { key: [], story: [], active: [] };
  for (const key of [...byKey.keys()].sort(byText)) {
    const stories = byKey.get(key)!;
    if (stories.length > 1) stories.sort((a, b) => a - b);
    for (const story of stories) {
      rows.key.push(key);
      rows.story.push(story);
      rows.active.push(states.get(story)!.active);
    }
  }
  // one statement, so the insert sees the rows as they were before the delete; the stories' rows are read once
  // and materialised (else the insert's test became an index probe per row: 5 times slower on 10,000 rows)
  await tx.query(
    `WITH x AS (SELECT * FROM unnest($1::text::text[], $2::text::int[], $3::text::boolean[]) AS x(key, story, active)),
     old AS MATERIALIZED (SELECT key, story, active FROM story_keys WHERE story = ANY($4::int[])),
     gone AS (DELETE FROM story_keys k WHERE k.story = ANY($4::int[])
       AND NOT EXISTS (SELECT 1 FROM x WHERE x.story = k.story AND x.key = k.key AND x.active = k.active))
     INSERT INTO story_keys (key, story, active) SELECT key, story, active FROM x
     WHERE NOT EXISTS (SELECT 1 FROM old WHERE old.story = x.story AND old.key = x.key AND old.active = x.active)`,
    [arrayText(rows.key), arrayText(rows.story), arrayText(rows.active), [...postings.keys()]],
  );
}

/** Stories that went quiet leave the candidate set (the clusterer's sweep, over the stored stories). Two
 * statements: joined in one, the planner scanned every story key to find the few of the quiet stories
 * (measured at 15,000 articles: 0.5 s a batch, growing with the base). */
export async function sweepStories(tx: Sql, position: number, time: number | null, idleDocs: number, idleDays: number): Promise<void> {
  const cut = time === null ? null : time - idleDays * 86_400_000;
  const idle = await tx.query<{ key: number }>(
    `UPDATE stories SET active = false WHERE active AND (last_seen < $1 OR ($2::float8 IS NOT NULL AND last_time IS NOT NULL AND last_time < $2::float8)) RETURNING key`,
    [position - idleDocs, cut],
  );
  if (idle.length) await tx.query('UPDATE story_keys SET active = false WHERE story = ANY($1::int[])', [idle.map((r) => r.key)]);
}

export { toText, fromText };
