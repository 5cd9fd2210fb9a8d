// Story rows, synthesis deferred to the run's end: within an ingest run a touched story gets its membership
// columns written, its report holds only its group part, and it is marked stale (a new one searched by its title
// alone); the end of every ingest run synthesises every stale story once (synthesizeStale), a reader meeting one
// synthesises it on the fly (read.ts), so what a reader sees always matches the story's membership. A story
// touched by several batches of a run is synthesised once, not once per batch: what the base holds at the run's
// end is the same (a story's synthesis reads only its final members, their flags and relations). The feed
// watcher's commits (no run's end to wait for) synthesise every touched story at once.
import type { Membership, StoryGroup } from '../../model.ts';
import { keepRestored, type StoredStory } from '../../cluster/state.ts';
import type { Adapter, Sql } from '../adapter.ts';
import { lockIngest, rowParameters, searchVector, toText } from '../repo.ts';
import { parsedCache, type ParsedCache } from '../cache.ts';
import { groupOf, synthesizeGroups, type InThreads, type SynthesisedStory } from './synthesize.ts';

/** Story rows per statement: the embedded backend's WebAssembly heap grows to the largest statement it is
 * handed and never shrinks (a batch touching 400 stories sent about 10 MB of reports and states in one). */
const ROWS_PER_STATEMENT = 50;

/** Which of these stories the base holds (their rows are written over, the others inserted). */
async function storiesHeld(tx: Sql, keys: number[]): Promise<Set<number>> {
  if (!keys.length) return new Set();
  const rows = await tx.query<{ key: number }>('SELECT key FROM stories WHERE key = ANY($1::int[])', [keys]);
  return new Set(rows.map((r) => r.key));
}

/** A story's clustering state as written: the state and, apart, its memberships (in joining order). */
export interface WrittenState {
  state: StoredStory;
  memberships: Membership[];
}

function membershipColumns(key: number, group: StoryGroup, { state: st, memberships }: WrittenState) {
  return {
    key,
    id: group.id,
    title: group.title,
    active: st.active,
    last_seen: st.lastSeen,
    last_time: st.lastTime,
    documents: group.documents.length,
    first_seen: group.period.start,
    latest: group.period.end,
    state: toText(st),
    memberships: toText(memberships),
  };
}

/** Write rows a part per statement. */
async function inStatements(rows: object[], write: (part: object[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await write(rows.slice(i, i + ROWS_PER_STATEMENT));
}

/** The columns of a story row as written (SQL types): membership columns, then synthesis columns. */
const MEMBERSHIP_TYPES = {
  key: 'int',
  id: 'text',
  title: 'text',
  active: 'boolean',
  last_seen: 'int',
  last_time: 'float8',
  documents: 'int',
  first_seen: 'text',
  latest: 'text',
  state: 'text',
  memberships: 'text',
  report: 'text',
};
const SYNTHESIS_TYPES = { independent_sources: 'int', outlets: 'text[]', languages: 'text[]', body: 'text' };

/** Rows as plain parameters (their long texts are not escaped into a JSON array and parsed back). */
function rowsOf(types: Record<string, string>, rows: object[]): { values: string; params: unknown[]; names: string } {
  return { ...rowParameters(types, rows as Array<Record<string, unknown>>), names: Object.keys(types).join(', ') };
}

const SYNTHESISED_COLUMNS = 'id, title, active, last_seen, last_time, documents, independent_sources, outlets, languages, first_seen, latest';

/** Synthesised rows of stories the base does not hold yet: a plain insert (an upsert's speculative insertion
 * confirms each row with a WAL record of its own). */
async function insertSynthesised(tx: Sql, rows: object[], seq: number, seen: string): Promise<void> {
  if (!rows.length) return;
  const { values, params, names } = rowsOf({ ...MEMBERSHIP_TYPES, ...SYNTHESIS_TYPES }, rows);
  const at = params.length;
  await tx.query(
    `INSERT INTO stories (key, ${SYNTHESISED_COLUMNS}, created_seq, updated_seq, updated_at, state, memberships, report, body, search, stale, synthesized_documents)
     SELECT key, ${SYNTHESISED_COLUMNS}, $${at + 1}::bigint, $${at + 1}::bigint, $${at + 2}::text, state, memberships, report, body, ${searchVector('title', 'body')}, false, documents
     FROM (${values}) AS x(${names})`,
    [...params, seq, seen],
  );
}

/** Synthesised rows of stories the base holds: an update (an upsert locked each row before writing it over, a
 * WAL record of its own). */
async function updateSynthesised(tx: Sql, rows: object[], seq: number, seen: string): Promise<void> {
  if (!rows.length) return;
  const { values, params, names } = rowsOf({ ...MEMBERSHIP_TYPES, ...SYNTHESIS_TYPES }, rows);
  const at = params.length;
  await tx.query(
    `UPDATE stories SET ${SYNTHESISED_COLUMNS.split(', ')
      .map((c) => `${c} = x.${c}`)
      .join(', ')}, updated_seq = $${at + 1}::bigint, updated_at = $${at + 2}::text,
       state = x.state, memberships = x.memberships, report = x.report, body = x.body, search = ${searchVector('x.title', 'x.body')}, stale = false, synthesized_documents = x.documents
     FROM (${values}) AS x(${names})
     WHERE stories.key = x.key`,
    [...params, seq, seen],
  );
}

/** Membership rows of stories left stale: their report is their group part alone (no synthesis that could
 * contradict it); sources, outlets, languages and search text stay those of the last synthesis until the run's end. */
async function storeStale(tx: Sql, rows: object[], seq: number, seen: string): Promise<void> {
  if (!rows.length) return;
  const { values, params, names } = rowsOf(MEMBERSHIP_TYPES, rows);
  const at = params.length;
  await tx.query(
    `UPDATE stories SET id = x.id, title = x.title, active = x.active, last_seen = x.last_seen, last_time = x.last_time, documents = x.documents,
       first_seen = x.first_seen, latest = x.latest, updated_seq = $${at + 1}::bigint, updated_at = $${at + 2}::text, state = x.state, memberships = x.memberships, report = x.report, stale = true
     FROM (${values}) AS x(${names})
     WHERE stories.key = x.key`,
    [...params, seq, seen],
  );
}

/** Membership rows of new stories left stale: nothing synthesised yet (no sources, outlets, languages, body nor search). */
async function insertStale(tx: Sql, rows: object[], seq: number, seen: string): Promise<void> {
  if (!rows.length) return;
  const { values, params, names } = rowsOf(MEMBERSHIP_TYPES, rows);
  const at = params.length;
  await tx.query(
    `INSERT INTO stories (key, id, title, active, last_seen, last_time, documents, first_seen, latest, created_seq, updated_seq, updated_at, state, memberships, report, stale, synthesized_documents,
       independent_sources, outlets, languages, body, search)
     SELECT key, id, title, active, last_seen, last_time, documents, first_seen, latest, $${at + 1}::bigint, $${at + 1}::bigint, $${at + 2}::text, state, memberships, report, true, 0,
       0, '{}', '{}', '', ${searchVector('title', "''")}
     FROM (${values}) AS x(${names})`,
    [...params, seq, seen],
  );
}

function synthesisColumns(s: SynthesisedStory) {
  return { independent_sources: s.independentSources, outlets: s.outlets, languages: s.languages, report: JSON.stringify(s.report), body: s.searchBody };
}

/** Write the rows of the stories a batch touched (in key order): synthesised now, or left stale when `defer`
 * (an ingest run, which synthesises them at its end). The states written go into the cache at the
 * sequence they were written with, so the next batch does not fetch and parse what this one wrote. */
export async function writeStories(
  tx: Sql,
  touched: Array<[number, StoryGroup]>,
  states: Map<number, WrittenState>,
  o: { seq: number; seen: string; defer: boolean; cache: ParsedCache; timed: <T>(work: () => Promise<T>) => Promise<T> },
): Promise<void> {
  const held = await storiesHeld(
    tx,
    touched.map(([key]) => key),
  );
  const [now, later] = o.defer ? [[], touched] : [touched, []];
  const synthesised = await o.timed(() => synthesizeGroups(tx, now, o.cache));
  const columns = (key: number, group: StoryGroup) => {
    const written = states.get(key)!;
    const row = membershipColumns(key, group, written);
    // weighed as the text it was written as (what a fetch would have parsed)
    o.cache.stories.set(key, { seq: o.seq, ...written }, row.state.length + row.memberships.length);
    keepRestored(written.state);
    return row;
  };
  const rows = now.map(([key, group]) => ({ ...columns(key, group), ...synthesisColumns(synthesised.get(key)!) }));
  await inStatements(
    rows.filter((r) => held.has(r.key)),
    (part) => updateSynthesised(tx, part, o.seq, o.seen),
  );
  await inStatements(
    rows.filter((r) => !held.has(r.key)),
    (part) => insertSynthesised(tx, part, o.seq, o.seen),
  );
  const stale = later.map(([key, group]) => ({ ...columns(key, group), report: JSON.stringify(group) }));
  await inStatements(
    stale.filter((r) => held.has(r.key)),
    (part) => storeStale(tx, part, o.seq, o.seen),
  );
  await inStatements(
    stale.filter((r) => !held.has(r.key)),
    (part) => insertStale(tx, part, o.seq, o.seen),
  );
}

/** Stale stories synthesised per transaction (a crash keeps what was done; a concurrent ingest waits little). */
const STALE_CHUNK = 200;

/** Synthesise and write every story stale when this starts (the end of an ingest run). The report is what a
 * reader synthesised on the fly already: the story's change sequence and time stay as they are. With `accounts`
 * (ingest --threads), worker threads synthesise the stories beside this thread. */
export async function synthesizeStale(db: Adapter, accounts?: InThreads): Promise<number> {
  const keys = (await db.query<{ key: number }>('SELECT key FROM stories WHERE stale ORDER BY key')).map((r) => r.key);
  const cache = parsedCache(db);
  for (let i = 0; i < keys.length; i += STALE_CHUNK) {
    await db.transaction(async (tx) => {
      await lockIngest(tx);
      // another run may have synthesised or merged some meanwhile
      const rows = await tx.query<{ key: number; report: string }>('SELECT key, report FROM stories WHERE key = ANY($1::int[]) AND stale ORDER BY key', [
        keys.slice(i, i + STALE_CHUNK),
      ]);
      const groups = rows.map((r): [number, StoryGroup] => [r.key, groupOf(JSON.parse(r.report))]);
      const synthesised = await synthesizeGroups(tx, groups, cache, accounts);
      const { values, params, names } = rowsOf(
        { key: 'int', ...SYNTHESIS_TYPES, report: 'text' },
        groups.map(([key]) => ({ key, ...synthesisColumns(synthesised.get(key)!) })),
      );
      if (!params.length) return;
      await tx.query(
        `UPDATE stories SET independent_sources = x.independent_sources, outlets = x.outlets, languages = x.languages, report = x.report, body = x.body,
           search = ${searchVector('stories.title', 'x.body')}, stale = false, synthesized_documents = stories.documents
         FROM (${values}) AS x(${names})
         WHERE stories.key = x.key`,
        params,
      );
    });
  }
  return keys.length;
}
