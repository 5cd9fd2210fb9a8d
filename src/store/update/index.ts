// The story base's ingest: inputs are read and analysed as in a batch run, then committed batch by batch,
// each batch in one transaction: new documents and new versions are stored, join the stored stories
// (cluster.ts), meet stored copies (relate.ts, against the stories they joined), and the stories they touched
// are written again (stories.ts: in an ingest run left stale, synthesised once at the run's end).
import { resolve } from 'node:path';
import type { DocumentEnrichment, Problem, RawDocument, RedirectLink, StoryGroup, TextDocument } from '../../model.ts';
import { ingestPaths, isProblem } from '../../ingest/index.ts';
import { loadLanguageModel, processRaw } from '../../pipeline.ts';
import { enrichDocument, unpackEnrichment } from '../../enrich/index.ts';
import { Preparer } from '../../prepare/threads.ts';
import { contentHash, type Prepared } from '../../prepare/index.ts';
import { fingerprint } from '../../fingerprint/index.ts';
import { NO_FLAG, reportDocument } from '../../report/index.ts';
import type { Fingerprint } from '../../model.ts';
import type { Adapter, Sql } from '../adapter.ts';
import {
  addDf,
  arrayText,
  byText,
  insertColumns,
  insertProblems,
  rowParameters,
  knownByIdentity,
  lockIngest,
  readMeta,
  replacePostings,
  searchVector,
  storyReports,
  takenIds,
  toText,
  writeMeta,
  type KnownDocument,
  versionHashes,
} from '../repo.ts';
import type { BaseIngestOptions, IngestSummary } from '../types.ts';
import { clusterBatch, type ClusterOutcome } from './cluster.ts';
import { fingerprintKeys, relateBatch, storeKeys } from './relate.ts';
import { groupOf, type Synthesised } from './synthesize.ts';
import { AccountStream, type StorySource } from '../../accounts/threads.ts';
import { synthesizeStale, writeStories } from './stories.ts';
import { documentKey, parsedCache, type ParsedCache } from '../cache.ts';
import { upkeep } from '../maintain.ts';
import { indexAfterRows, withIndexesAfter } from '../index-after.ts';
import { collectGarbage, keepHeapNearLive } from '../../common/collect.ts';
import { timeStepAsync, type StepClock } from '../../common/step-clock.ts';
import { storable } from '../serial.ts';
import { addressesOf, expireWaiting, type Linked, linkRedirects, linkWaiting, type Reached, recordAddresses } from '../addresses.ts';
import { isNote } from '../../common/problem-rules.ts';

// Inputs per transaction. Each batch takes back, relates and synthesises again every stored story it touches,
// so a long-running story costs its size once per batch: 2,000 a batch cost about 30% less CPU per Reuters
// article than 500, with the run's peak memory 2-4% higher (4,000 passed 1 GB; bench/HISTORY.md, "The story base's
// ingest"). The feed watcher keeps its own small batches (watch/commit.ts), where latency matters.
export const DEFAULT_BATCH = 2000;

/** No story yet: the stream's list before the run's end hands it the stale stories (synthesize.ts). */
const NO_STORIES: StorySource<Synthesised> = {
  count: 0,
  packed: () => {
    throw new Error('no story to pack');
  },
  local: () => {
    throw new Error('no story to work out');
  },
  done: () => {},
};

/** One analysed input on its way into the base. */
interface Incoming {
  doc: TextDocument;
  /** what makes two readings the same document */
  identity: string;
  /** the web addresses this reading was reached at (store/addresses.ts), stored for its article whatever its text */
  addresses?: Reached[];
  /** those of them a redirect led from (counted in the summary's `linked`) */
  redirected?: string[];
  hash: string;
  /** filled for documents that are new or changed */
  enrichment?: DocumentEnrichment;
  fp?: Fingerprint;
  keys?: number[];
}

/** A document's identity: its URL; else its file (and record id for records inside one). */
export function identityOf(raw: Pick<RawDocument, 'url' | 'source' | 'kind' | 'id'>): string {
  if (raw.url) return raw.url;
  if (/^https?:\/\//i.test(raw.source)) return raw.source;
  const file = raw.source.replace(/#\d+$/, '');
  const path = file.startsWith('api:') ? file : resolve(file);
  return raw.kind === 'record' ? `${path}#${raw.id}` : path;
}

export function emptySummary(): IngestSummary {
  return {
    read: 0,
    newDocuments: 0,
    newVersions: 0,
    unchanged: 0,
    problems: 0,
    notes: 0,
    linked: 0,
    waiting: 0,
    expired: 0,
    storiesOpened: 0,
    storiesGrown: 0,
    storiesMerged: 0,
    stories: [],
    seq: 0,
  };
}

function prepare(inc: Incoming): void {
  if (inc.enrichment) return;
  inc.enrichment = enrichDocument(inc.doc);
  inc.fp = fingerprint(inc.doc);
  inc.keys = fingerprintKeys(inc.fp);
}

/** A reading stored under the article's id (a later reading of a URL read before): its enrichment and fingerprint
 * made again under it, else their mentions and quotes name an id the base does not hold. */
function renamed(inc: Incoming, id: string): void {
  if (inc.doc.id === id) return;
  inc.doc.id = id;
  inc.enrichment = undefined;
  prepare(inc);
}

/** An id not taken: the reader's id, else "~2", "~3", ... (as a batch run names repeated ids). */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}~${n}`;
  taken.add(candidate);
  return candidate;
}

const DOC_COLUMNS = {
  id: 'text',
  identity: 'text',
  position: 'int',
  version: 'int',
  content_hash: 'text',
  first_seen: 'text',
  last_seen: 'text',
  changed_at: 'text',
  story: 'int',
  title: 'text',
  outlet: 'text',
  language: 'text',
  published: 'text',
  report: 'text',
  flags: 'text',
  text_doc: 'text',
  enrichment: 'text',
  cluster: 'text',
};

function documentRow(inc: Incoming, extra: { position: number; story: number | null; seen: string; cluster: string; version: number }) {
  const { flags: _flags, ...report } = reportDocument(inc.doc);
  return {
    id: inc.doc.id,
    identity: inc.identity,
    position: extra.position,
    version: extra.version,
    content_hash: inc.hash,
    first_seen: extra.seen,
    last_seen: extra.seen,
    // a new article read more than once in its batch, with texts that differ: changed as it came in
    changed_at: extra.version > 1 ? extra.seen : null,
    story: extra.story,
    title: inc.doc.title,
    outlet: inc.doc.outlet,
    language: inc.doc.language,
    published: inc.doc.published,
    report: JSON.stringify(report),
    flags: toText({ spun: NO_FLAG, translated: NO_FLAG }),
    text_doc: toText(storable(inc.doc)),
    enrichment: toText(inc.enrichment),
    cluster: extra.cluster,
    text: inc.doc.text,
  };
}

async function insertDocuments(tx: Sql, rows: ReturnType<typeof documentRow>[]): Promise<void> {
  const columns = { ...DOC_COLUMNS, text: 'text' };
  const names = Object.keys(DOC_COLUMNS);
  // a few dozen rows per statement: the embedded backend's heap grows to the largest statement it is handed.
  // Plain parameters: the texts go in as they are (as a JSON array, each was escaped, and parsed back as jsonb)
  for (let i = 0; i < rows.length; i += 50) {
    const { values, params } = rowParameters(columns, rows.slice(i, i + 50));
    await tx.query(
      `INSERT INTO documents (${names.join(', ')}, search) SELECT ${names.join(', ')}, ${searchVector('title', 'text')} FROM (${values}) AS x(${[...names, 'text'].join(', ')})`,
      params,
    );
  }
}

/** A document the batch wrote, as `loadDocuments` reads it back (cache.ts, `written`): its stored texts' length for a weight. */
function heldAsWritten(cache: ParsedCache, inc: Incoming, textDoc: string, enrichment: string): void {
  cache.written?.set(documentKey(inc.doc.id, inc.hash), { parsed: { doc: inc.doc, enrichment: inc.enrichment! }, weight: textDoc.length + enrichment.length });
}

/** A stored document's new text, one version for each reading in `hashes` (the batch's readings that differ, in order; the last is `inc`'s). */
async function updateVersion(tx: Sql, inc: Incoming, known: KnownDocument, seen: string, cache: ParsedCache, hashes: string[]): Promise<void> {
  const { flags: _flags, ...report } = reportDocument(inc.doc);
  const textDoc = toText(storable(inc.doc));
  const enrichment = toText(inc.enrichment);
  heldAsWritten(cache, inc, textDoc, enrichment);
  await tx.query(
    `UPDATE documents SET version = version + ${hashes.length}, content_hash = $2, last_seen = $3, changed_at = $3, title = $4, outlet = $5, language = $6, published = $7,
       report = $8, text_doc = $9, enrichment = $10, search = ${searchVector('$4::text', '$11::text')} WHERE id = $1`,
    [known.id, inc.hash, seen, inc.doc.title, inc.doc.outlet, inc.doc.language, inc.doc.published, JSON.stringify(report), textDoc, enrichment, inc.doc.text],
  );
  for (const [i, hash] of hashes.entries()) {
    await tx.query('INSERT INTO document_versions (document, version, seen, content_hash) VALUES ($1, $2, $3, $4)', [
      known.id,
      known.version + 1 + i,
      seen,
      hash,
    ]);
  }
}

/** Commit one batch in one transaction. */
export async function commitBatch(
  db: Adapter,
  batch: Incoming[],
  problems: Problem[],
  summary: IngestSummary,
  clock?: StepClock,
  /** leave the touched stories stale (stories.ts); the caller synthesises them at the run's end */
  defer = false,
  /** stops the batch, which then commits nothing (`interruptible`) */
  signal?: AbortSignal,
  /** a web archive's redirects to pages read before them: linked once the batch's addresses are stored */
  links: RedirectLink[] = [],
): Promise<Problem[]> {
  /** what the redirects did: the lines said of those that lead to no article, the addresses linked */
  let linkedBy: Linked = { lines: [], linked: 0, waiting: 0, expired: 0 };
  // the costly per-document work happens before the lock, for the documents the base does not hold as they are
  const knownBefore = new Map(
    (
      await knownByIdentity(
        db,
        batch.map((b) => b.identity),
      )
    ).map((k) => [k.identity, k]),
  );
  await timeStepAsync(clock, 'enrich+fingerprint', async () => {
    for (let i = 0; i < batch.length; i++) {
      const inc = batch[i];
      if (signal && i % TURN_EVERY === 0) await turn(signal);
      if (knownBefore.get(inc.identity)?.content_hash !== inc.hash) prepare(inc);
    }
  });

  const cache = parsedCache(db);
  // the batch before this one is no longer the run's last
  cache.lastWritten = undefined;
  let committed = false;
  try {
    await db.transaction(async (tx) => {
      await lockIngest(tx);
      const seen = new Date().toISOString();
      await insertProblems(tx, problems, seen);
      const meta = await readMeta(tx);
      const known = new Map(
        (
          await knownByIdentity(
            tx,
            batch.map((b) => b.identity),
          )
        ).map((k) => [k.identity, k]),
      );

      // classify: new, new version, unchanged. An identity read again in the batch is stored as batches of one
      // input each would store it: each reading whose text differs from the one before is a version (its content
      // hash in document_versions), the last is the document's text; a reading the same as the one before is unchanged
      const fresh = new Map<string, Incoming>();
      const versions = new Map<string, Incoming>();
      /** an identity's readings that differ, in order, when the batch holds more than one: their content hashes */
      const readings = new Map<string, string[]>();
      /** a new identity's first reading's id: the article's, as a batch of one would have stored it */
      const firstIds = new Map<string, string>();
      let unchanged = 0;
      // A web archive's capture of a text the base already holds as a version of its article is no new version: the
      // same archive ingested again (or two that overlap) made versions 3 and 4 of a page captured twice, its story
      // "grown" with "2 articles with changed text". Asked only for captures whose text is not the article's current one.
      const held = await versionHashes(
        tx,
        batch.flatMap((inc) => {
          const k = inc.doc.captured ? known.get(inc.identity) : undefined;
          return k && k.content_hash !== inc.hash ? [k.id] : [];
        }),
      );
      for (const inc of batch) {
        const k = known.get(inc.identity);
        const pending = fresh.get(inc.identity) ?? versions.get(inc.identity);
        const current = pending?.hash ?? k?.content_hash;
        const heldCapture =
          inc.doc.captured !== undefined &&
          ((k !== undefined && held.get(k.id)?.has(inc.hash) === true) ||
            (readings.get(inc.identity) ?? []).includes(inc.hash) ||
            (pending !== undefined && k?.content_hash === inc.hash));
        if (current === inc.hash || heldCapture) {
          unchanged++;
          continue;
        }
        prepare(inc);
        if (pending) readings.set(inc.identity, [...(readings.get(inc.identity) ?? [pending.hash]), inc.hash]);
        if (k) versions.set(inc.identity, inc);
        else {
          if (!firstIds.has(inc.identity)) firstIds.set(inc.identity, inc.doc.id);
          fresh.set(inc.identity, inc);
        }
      }
      for (const [identity, inc] of fresh) renamed(inc, firstIds.get(identity)!);
      const hashesOf = (inc: Incoming) => readings.get(inc.identity) ?? [inc.hash];
      /** the versions beyond one a reading each: the earlier readings of an identity read again with another text */
      const extraVersions = [...readings.values()].reduce((sum, hashes) => sum + hashes.length - 1, 0);
      const taken = await takenIds(
        tx,
        [...fresh.values()].map((f) => f.doc.id),
      );
      for (const inc of fresh.values()) inc.doc.id = freeId(inc.doc.id, taken);
      for (const [identity, inc] of versions) renamed(inc, known.get(identity)!.id);

      const newDocs = [...fresh.values()];
      const outcome: ClusterOutcome = await timeStepAsync(clock, 'cluster', () =>
        clusterBatch(
          tx,
          newDocs.map((f) => f.doc),
          {
            positions: meta.positions,
            storyKeys: meta.story_keys,
            dfDocuments: meta.df_documents,
          },
          cache,
        ),
      );

      // stories merged away: their rows go, their ids lead to the story they went into
      const gone = [...outcome.merged.keys()];
      if (gone.length) {
        await tx.query('DELETE FROM story_keys WHERE story = ANY($1::int[])', [gone]);
        await tx.query('DELETE FROM stories WHERE key = ANY($1::int[])', [gone]);
        await tx.query('UPDATE story_ids SET story = x.target FROM unnest($1::int[], $2::int[]) AS x(gone, target) WHERE story_ids.story = x.gone', [
          gone,
          gone.map((g) => outcome.merged.get(g)!),
        ]);
      }

      cache.written = new Map();
      const versioned = [...versions.entries()].map(([identity, inc]) => ({ inc, known: known.get(identity)! }));
      // a new base's first batch builds the indexes of the tables it fills after their rows
      const after = indexAfterRows(db, meta.positions, newDocs.length);
      await withIndexesAfter(tx, 'documents', after, async () => {
        await insertDocuments(
          tx,
          newDocs.map((inc) => {
            const m = outcome.members.get(inc.doc.id)!;
            const version = hashesOf(inc).length;
            const row = documentRow(inc, { position: m.position, story: outcome.storyOf.get(inc.doc.id) ?? null, seen, cluster: toText(m.state), version });
            heldAsWritten(cache, inc, row.text_doc, row.enrichment);
            return row;
          }),
        );
        // their first versions from what was just written, not looked up again by id (in id order, as the look-up gave them)
        // (an article read again in the batch with another text: a version for each reading)
        const firsts = newDocs
          .map((d) => [d.doc.id, hashesOf(d)] as const)
          .sort((a, b) => byText(a[0], b[0]))
          .flatMap(([id, hashes]) => hashes.map((hash, i) => ({ id, version: i + 1, hash })));
        await insertColumns(tx, 'document_versions', { document: 'text', version: 'int', seen: 'text', content_hash: 'text' }, [
          firsts.map((f) => f.id),
          firsts.map((f) => f.version),
          firsts.map(() => seen),
          firsts.map((f) => f.hash),
        ]);
        for (const { inc, known: k } of versioned) await updateVersion(tx, inc, k, seen, cache, hashesOf(inc));
      });
      // every reading's addresses, a reading of a held text too (the same article reached at another address)
      const linkedBefore = await recordAddresses(
        tx,
        batch.map((inc) => ({
          document: known.get(inc.identity)?.id ?? fresh.get(inc.identity)?.doc.id ?? inc.doc.id,
          addresses: inc.addresses ?? [],
          redirected: inc.redirected,
        })),
      );
      // the redirects that waited in the base for a page the batch holds (read in an earlier archive or run)
      const linkedLater = await linkWaiting(
        tx,
        batch.flatMap((inc) => (inc.addresses ?? []).map((a) => a.address)),
      );
      if (links.length) linkedBy = await linkRedirects(tx, links, seen);
      // the redirects that waited too long for their pages (after this batch's pages found theirs, and its redirects
      // met again were renewed)
      const expired = await expireWaiting(tx, seen);
      linkedBy.lines.push(...expired.lines);
      linkedBy.expired = expired.expired;
      await insertProblems(tx, linkedBy.lines, seen);
      linkedBy.linked += linkedBefore + linkedLater;
      // members moved between stories by the merge and refinement passes
      await tx.query(
        'UPDATE documents SET story = x.story FROM unnest($1::text::text[], $2::text::int[]) AS x(id, story) WHERE documents.id = x.id AND documents.story IS DISTINCT FROM x.story',
        [arrayText([...outcome.storyOf.keys()]), arrayText([...outcome.storyOf.values()])],
      );

      const freshIncoming = newDocs.map((inc) => ({
        doc: inc.doc,
        hash: inc.hash,
        position: outcome.members.get(inc.doc.id)!.position,
        fp: inc.fp!,
        keys: inc.keys!,
      }));
      const versionIncoming = versioned.map(({ inc, known: k }) => ({ doc: inc.doc, hash: inc.hash, position: k.position, fp: inc.fp!, keys: inc.keys! }));
      await withIndexesAfter(tx, 'document_keys', after, async () => {
        await storeKeys(tx, versionIncoming, true);
        await storeKeys(tx, freshIncoming, false);
      });
      const incoming = [...freshIncoming, ...versionIncoming];

      // the stories to write again: those clustering changed, and those holding a new version
      const groups = new Map<number, StoryGroup>(outcome.groups);
      const versionOnly = [...new Set(versioned.map((v) => v.known.story).filter((s): s is number => s !== null && !groups.has(s)))];
      const storedReports = await storyReports(tx, versionOnly);
      for (const [key, report] of storedReports) groups.set(key, groupOf(JSON.parse(report)));
      // relate against the stories the new and changed documents are in (not every story the batch touched)
      const joined = new Set([
        ...newDocs.map((inc) => outcome.storyOf.get(inc.doc.id)),
        ...versioned.map((v) => outcome.storyOf.get(v.inc.doc.id) ?? v.known.story),
      ]);
      const storyMembers = [...joined].flatMap((key) => (key != null && groups.has(key) ? [groups.get(key)!.documents] : []));
      await timeStepAsync(clock, 'relate', () => relateBatch(tx, { incoming, storyMembers, firstDocuments: meta.positions === 0 }, cache));

      const changed = gone.length + groups.size + newDocs.length + versioned.length > 0;
      const seq = meta.change_seq + (changed ? 1 : 0);
      const states = new Map([...outcome.states].map(([key, state]) => [key, { state, memberships: outcome.memberships.get(key)! }]));
      if (versionOnly.length) {
        const rows = await tx.query<{ key: number; state: string; memberships: string }>(
          'SELECT key, state, memberships FROM stories WHERE key = ANY($1::int[])',
          [versionOnly],
        );
        for (const r of rows) states.set(r.key, { state: JSON.parse(r.state), memberships: JSON.parse(r.memberships) });
      }
      const ordered = [...groups].sort((a, b) => a[0] - b[0]);
      const storyIds = ordered.map(([key, group]) => ({ id: group.id, story: key }));
      await writeStories(tx, ordered, states, { seq, seen, defer, cache, timed: (work) => timeStepAsync(clock, 'synthesize', work) });
      await withIndexesAfter(tx, 'story_keys', after, () => replacePostings(tx, outcome.postings, outcome.states));
      await insertColumns(
        tx,
        'story_ids',
        { id: 'text', story: 'int' },
        [storyIds.map((s) => s.id), storyIds.map((s) => s.story)],
        // an id that already leads to its story is left as it is (an upsert wrote it over, with a lock and its WAL)
        'AS x(id, story) WHERE NOT EXISTS (SELECT 1 FROM story_ids s WHERE s.id = x.id AND s.story = x.story) ON CONFLICT (id) DO UPDATE SET story = excluded.story',
      );
      await addDf(tx, outcome.df, outcome.dfStored);
      await writeMeta(tx, { positions: outcome.nextPosition, story_keys: outcome.nextKey, df_documents: meta.df_documents + newDocs.length, change_seq: seq });

      summary.newDocuments += newDocs.length;
      summary.newVersions += versioned.length + extraVersions;
      summary.unchanged += unchanged;
      summary.storiesOpened += outcome.opened.size;
      summary.storiesGrown += [...outcome.grown].filter((k) => !outcome.opened.has(k)).length + versionOnly.length;
      summary.storiesMerged += gone.length;
      summary.stories.push(...storyIds.map((s) => s.id));
      summary.seq = seq;
    });
    committed = true;
  } catch (err) {
    // what was read inside a transaction that did not commit must not outlive it
    cache.documents.clear();
    cache.members.clear();
    cache.stories.clear();
    cache.splitPairs.clear();
    cache.relate?.clear();
    throw err;
  } finally {
    // an ingest run's end synthesises what its batches left stale, this batch's documents among them: kept for it
    cache.lastWritten = committed && defer ? cache.written : undefined;
    cache.written = undefined;
  }
  summary.read += batch.length;
  // a note (a text cut, NULs taken out, a redirect waiting for its page) is said, stored and counted apart: its input was used
  const lines = [...problems, ...linkedBy.lines];
  const notes = lines.filter(isNote).length;
  summary.notes += notes;
  summary.problems += lines.length - notes;
  summary.linked += linkedBy.linked;
  summary.waiting += linkedBy.waiting;
  summary.expired += linkedBy.expired;
  await timeStepAsync(clock, 'upkeep', () => upkeep(db));
  return linkedBy.lines;
}

/** Documents prepared between two turns of the event loop in an interruptible batch (~1 ms each). */
const TURN_EVERY = 32;

/** A turn of the event loop, then a stop if `signal` was aborted meanwhile (its handler ran in that turn). */
async function turn(signal: AbortSignal): Promise<void> {
  await new Promise<void>((done) => setImmediate(done));
  signal.throwIfAborted();
}

/**
 * The base, each statement after a turn of the event loop that stops once `signal` is aborted. PGlite answers in
 * microtasks, so a batch's commit was one task of the event loop (2,000 Reuters articles: ~11 s of CPU): Ctrl-C's
 * handler ran only after it. Now between any two statements; the transaction then rolls back.
 */
function interruptible(db: Adapter, signal: AbortSignal | undefined): Adapter {
  if (!signal) return db;
  const each = (sql: Sql): Sql => ({
    query: async (text, params) => {
      await turn(signal);
      return sql.query(text, params);
    },
    exec: async (text) => {
      await turn(signal);
      return sql.exec(text);
    },
  });
  return { ...db, ...each(db), transaction: (work) => db.transaction((tx) => work(each(tx))) };
}

/** An input read, in reading order: a problem ingest met, or its document (being) prepared. */
type Slot = { problem: Problem } | ReadSlot;
/** An input's document: `prepared` is set once the base was asked which reading it holds (`post`). */
interface ReadSlot {
  raw: RawDocument;
  prepared?: Prepared | Problem | Promise<Prepared | Problem>;
}

/**
 * Inputs read before the base is asked, in one statement, which readings it holds of them: with worker threads,
 * each input waits for that before it is posted, so a worker reading what the base holds already skips its
 * enrichment and fingerprint (a re-run of the same files). Small beside a batch, so the workers do not wait long.
 */
const LOOK_UP_EVERY = 64;

/** A batch's inputs: their documents and problems, and, with worker threads, the inputs they prepare, in reading order. */
interface Batch {
  documents: Incoming[];
  problems: Problem[];
  slots: Slot[];
  /** a web archive's redirects to pages read before them (or not in it), in this batch or an earlier one */
  links: RedirectLink[];
}

const newBatch = (): Batch => ({ documents: [], problems: [], slots: [], links: [] });

/** A document as a worker thread prepared it, with its enrichment and fingerprint when both were made there (else
 * `prepare` makes them here, and meets the same failure). */
function preparedIncoming(prepared: Prepared, raw: RawDocument): Incoming {
  const { doc, fingerprint: fp } = prepared;
  const inc: Incoming = { doc, identity: identityOf(raw), addresses: addressesOf(raw, doc.url), redirected: raw.meta.redirectedFrom, hash: contentHash(doc) };
  const enrichment = prepared.packedEnrichment ? unpackEnrichment(prepared.packedEnrichment) : prepared.enrichment;
  if (enrichment && fp) Object.assign(inc, { enrichment, fp, keys: fingerprintKeys(fp) });
  return inc;
}

/** Read, analyse and commit inputs (files, folders, URLs, feeds, WARC) batch by batch. */
export async function ingestIntoBase(base: Adapter, inputs: string[], options: BaseIngestOptions = {}): Promise<IngestSummary> {
  const { signal } = options;
  const db = interruptible(base, signal);
  keepHeapNearLive();
  await loadLanguageModel();
  const summary = emptySummary();
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const started = new Date().toISOString();
  let count = 0;
  const cache = parsedCache(db);
  // with worker threads, each batch's inputs are handed to them as they are read (a whole batch may wait at a
  // worker: PGlite answers in microtasks, so no answer is taken in while a batch commits), and the batch is
  // committed once the next one has been read: the workers prepare that one meanwhile
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  let preparer = threads > 1 ? new Preparer({ threads, poolAfter: 0, help: false, perWorker: size, features: false }) : null;
  /** the run's end: worker threads synthesise the stale stories beside this thread (started as the last batches commit) */
  let accounts: AccountStream<Synthesised> | null = null;
  /** An input's problems told and its document added to its batch (a worker's once it is prepared). */
  const take = (batch: Batch, raw: RawDocument | null, result: TextDocument | Prepared | Problem) => {
    const doc = isProblem(result) ? result : 'doc' in result ? result.doc : result;
    for (const p of problemsOf(doc)) {
      batch.problems.push(p);
      options.onProblem?.(p);
    }
    if (isProblem(doc) || !raw) return;
    batch.documents.push(
      'doc' in result
        ? preparedIncoming(result, raw)
        : { doc, identity: identityOf(raw), addresses: addressesOf(raw, doc.url), redirected: raw.meta.redirectedFrom, hash: contentHash(doc) },
    );
  };
  const commit = async (batch: Batch, read: number) => {
    for (const slot of batch.slots) {
      if ('problem' in slot) take(batch, null, slot.problem);
      else take(batch, slot.raw, await (slot.prepared as NonNullable<ReadSlot['prepared']>));
    }
    batch.slots = [];
    const lines = await timeStepAsync(options, 'commit', () => commitBatch(db, batch.documents, batch.problems, summary, options, true, signal, batch.links));
    for (const p of lines) options.onProblem?.(p);
    collectGarbage();
    options.onBatch?.(read);
  };
  let reading = newBatch();
  let ahead: { batch: Batch; read: number } | null = null;
  /** inputs read, not yet posted to a worker (LOOK_UP_EVERY) */
  let waiting: ReadSlot[] = [];
  const post = async (work: Preparer) => {
    if (!waiting.length) return;
    const held = await knownByIdentity(
      db,
      waiting.map((slot) => identityOf(slot.raw)),
    );
    const stored = new Map(held.map((k) => [k.identity, k.content_hash]));
    for (const slot of waiting) slot.prepared = work.prepare(slot.raw, stored.get(identityOf(slot.raw)));
    waiting = [];
  };
  try {
    // a web archive's redirect read after its page: linked in the batch being read (its page is in it or before it)
    const onRedirectLink = (link: RedirectLink) => reading.links.push(link);
    for await (const item of ingestPaths(inputs, { ...options, onRedirectLink })) {
      signal?.throwIfAborted();
      // a batch follows the last one committed: its documents are let go before this one's are read
      cache.lastWritten = undefined;
      count++;
      if (isProblem(item)) {
        if (preparer) reading.slots.push({ problem: item });
        else take(reading, null, item);
      } else if (preparer) {
        const slot: ReadSlot = { raw: item };
        reading.slots.push(slot);
        waiting.push(slot);
        if (waiting.length >= LOOK_UP_EVERY) await post(preparer);
      } else take(reading, item, await timeStepAsync(options, 'extract+text', () => processRaw(item)));
      // batch boundaries fall on input counts, so a re-run after a crash commits the same batches
      if (count % size !== 0) continue;
      if (preparer) await post(preparer);
      if (ahead) await commit(ahead.batch, ahead.read);
      if (preparer) ahead = { batch: reading, read: count };
      else await commit(reading, count);
      reading = newBatch();
    }
    if (preparer) await post(preparer);
    // the workers load their modules while the last batches commit
    if (threads > 1) accounts = new AccountStream<Synthesised>(NO_STORIES, { threads });
    if (ahead) await commit(ahead.batch, ahead.read);
    if (reading.slots.length || reading.documents.length || reading.problems.length || reading.links.length) await commit(reading, count);
    // every input is prepared: the preparing threads go before the run's end
    await preparer?.close();
    preparer = null;
    // a finished run leaves no stale story (nor one a crashed run left)
    await timeStepAsync(options, 'finish', () => synthesizeStale(db, accounts ? { stream: accounts, threads, clock: options } : undefined));
  } finally {
    // the run's end has read the last batch's documents; a run stopped or failed before it lets them go too
    cache.lastWritten = undefined;
    await preparer?.close();
    await accounts?.close();
  }
  if (summary.seq === 0) summary.seq = (await readMeta(db)).change_seq;
  await db.query('INSERT INTO runs (started, finished, inputs, summary) VALUES ($1, $2, $3, $4)', [
    started,
    new Date().toISOString(),
    JSON.stringify(inputs),
    JSON.stringify(summary),
  ]);
  return summary;
}

/** The problems of one input: its own, or the note on a page's text cut by extract (the article is kept). */
function problemsOf(result: TextDocument | Problem): Problem[] {
  if (isProblem(result)) return [result];
  return result.cut ? [{ source: result.source, reason: result.cut }] : [];
}

/** Commit documents handed over directly (the web app's POST /api/documents). */
export async function ingestRawIntoBase(
  db: Adapter,
  raws: RawDocument[],
  options: { problems?: Problem[]; onProblem?(p: Problem): void } = {},
): Promise<IngestSummary> {
  keepHeapNearLive();
  await loadLanguageModel();
  const summary = emptySummary();
  const batch: Incoming[] = [];
  // the caller's lines (records it could not read), then the readings' own; a line said twice is one (a record's NULs
  // taken out, named by the caller and by the reading)
  const problems: Problem[] = [];
  const said = new Set<string>();
  const add = (p: Problem, tell: boolean) => {
    const key = `${p.source}\u0000${p.reason}`;
    if (said.has(key)) return;
    said.add(key);
    problems.push(p);
    if (tell) options.onProblem?.(p);
  };
  for (const p of options.problems ?? []) add(p, false);
  for (const raw of raws) {
    const result = processRaw(raw);
    for (const p of problemsOf(result)) add(p, true);
    if (!isProblem(result))
      batch.push({
        doc: result,
        identity: identityOf(raw),
        addresses: addressesOf(raw, result.url),
        redirected: raw.meta.redirectedFrom,
        hash: contentHash(result),
      });
  }
  await commitBatch(db, batch, problems, summary);
  await synthesizeStale(db);
  return summary;
}
