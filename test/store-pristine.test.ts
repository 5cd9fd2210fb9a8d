// A new embedded base's folder is copied from the one initdb made first (src/store/pristine.ts), and from the
// empty base migrated first: the copy is a working base of its own with the schema migrations give, a copy
// kept under other migrations is never used, and a cache folder that holds no database is passed over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Sql } from '../src/store/adapter.ts';
import { adapterOf, openAdapter, openBase, SCHEMA_VERSION } from '../src/store/index.ts';
import { migrate, migrations, schemaKey } from '../src/store/migrate.ts';
import { openPglite } from '../src/store/pglite.ts';
import { copyPristine, keepPristine, pristineMissing, pristinePath } from '../src/store/pristine.ts';
import { scratchDir } from './scratch.ts';

const seeds = join(import.meta.dirname, '..', 'examples', 'seeds');

/** The database cluster's identifier, which initdb draws anew each time it runs. */
async function identity(location: string, ingest = false): Promise<{ id: string; stories: number }> {
  const base = await openBase(location);
  try {
    if (ingest) await base.ingest([seeds]);
    const db = adapterOf(base);
    const [row] = await db.query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()');
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM stories');
    return { id: row.id, stories: count.n };
  } finally {
    await base.close();
  }
}

/** Runs `work` with the kept copies in the cache folder `dir` (by default a new, empty one of its own). */
async function inOwnCache(work: () => Promise<void>, dir = scratchDir('cc-cache-')): Promise<void> {
  const saved = process.env.CROSSCHECK_CACHE;
  process.env.CROSSCHECK_CACHE = dir;
  try {
    await work();
  } finally {
    if (saved === undefined) delete process.env.CROSSCHECK_CACHE;
    else process.env.CROSSCHECK_CACHE = saved;
  }
}

/** One cache folder, empty at first, for the tests that only need their kept copies apart from the user's: initdb
 * runs once for them all (about 9 s of CPU each time). */
const sharedCache = scratchDir('cc-cache-');
const inSharedCache = (work: () => Promise<void>) => inOwnCache(work, sharedCache);

/** initdb's folder as the shared cache keeps it (made there when no test before made it). */
async function sharedInitdbCopy(): Promise<string> {
  let kept = '';
  await inSharedCache(async () => {
    if (pristineMissing()) await (await openBase(join(scratchDir('cc-pristine-'), 'x'))).close();
    kept = pristinePath() as string;
  });
  return kept;
}

test('a new base is copied from the folder initdb made first', () =>
  inSharedCache(async () => {
    const dir = scratchDir('cc-pristine-');
    const first = await identity(join(dir, 'a'));
    const kept = pristinePath();
    assert.ok(kept && existsSync(join(kept, 'PG_VERSION')), 'initdb’s folder kept');
    assert.ok(existsSync(join(pristinePath(schemaKey()) as string, 'PG_VERSION')), 'the migrated base kept');
    const second = await identity(join(dir, 'b'));
    // the second folder is the kept copy (a second initdb draws another identifier); that a copy works with
    // articles in it is the migrated copy's test below
    assert.equal(second.id, first.id);
    assert.deepEqual([first.stories, second.stories], [0, 0]);
  }));

test('a cache folder holding no database is passed over: never copied from, never kept over', async () => {
  // a folder initdb made (what the kept copies are made from)
  const made = await sharedInitdbCopy();
  await inOwnCache(async () => {
    const kept = [pristinePath(), pristinePath(schemaKey())] as string[];
    for (const path of kept) mkdirSync(path, { recursive: true }); // left empty, as a copy cut short would be without its rename
    const dir = scratchDir('cc-pristine-');
    // a new folder is not copied from them, so the open makes it (initdb, migrations: the first test's path) ...
    assert.equal(pristineMissing(), true);
    assert.equal(pristineMissing(schemaKey()), true);
    assert.equal(copyPristine(join(dir, 'a')), false);
    assert.equal(copyPristine(join(dir, 'b'), schemaKey()), false);
    assert.deepEqual(readdirSync(dir), []);
    // ... and what it made is not kept over them (a base copied from an empty folder would be initdb's anew, so only
    // the kept folders tell: a second base made through openBase cost a second initdb and showed nothing more)
    keepPristine(made);
    keepPristine(made, schemaKey());
    for (const path of kept) assert.deepEqual(readdirSync(path), []);
  });
});

/** What the migrations made: applied migrations, tables and columns, indexes, extensions. */
async function schemaOf(db: Sql) {
  const rows = (sql: string) => db.query(sql);
  return {
    versions: await rows('SELECT version, name FROM schema_version ORDER BY version'),
    columns: await rows(
      `SELECT table_name, column_name, data_type, column_default, is_nullable FROM information_schema.columns
        WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
    ),
    indexes: await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`),
    extensions: await rows('SELECT extname FROM pg_extension ORDER BY extname'),
  };
}

/** When each migration ran: a base migrated anew has times of its own, a copy those of its original. */
async function appliedOf(db: Sql): Promise<string[]> {
  return (await db.query<{ applied: string }>('SELECT applied FROM schema_version ORDER BY version')).map((r) => r.applied);
}

test('a new base is a copy of the empty base migrated first, with the schema a freshly migrated base has', () =>
  inSharedCache(async () => {
    const dir = scratchDir('cc-pristine-');
    // the migrated base the first test kept (made here when it did not run)
    if (pristineMissing(schemaKey())) await (await openBase(join(dir, 'first'))).close();
    const since = new Date().toISOString();
    const copy = await openBase(join(dir, 'copy'));
    // migrated anew, without the kept migrated copy
    const fresh = await openAdapter(join(dir, 'fresh'));
    try {
      assert.equal(await migrate(fresh), SCHEMA_VERSION);
      const [a, b] = [await schemaOf(adapterOf(copy)), await schemaOf(fresh)];
      assert.ok(a.columns.length > 50 && a.indexes.length > 10, `${a.columns.length} columns, ${a.indexes.length} indexes`);
      assert.equal(a.versions.length, migrations().length);
      assert.deepEqual(a, b);
      // and it works: the seeds make their story
      await copy.ingest([seeds]);
      assert.equal((await copy.stories()).length, 1);
      // the copy's migrations ran when the kept base's did, before this test (not again), the fresh one's now
      const [copied, anew] = [await appliedOf(adapterOf(copy)), await appliedOf(fresh)];
      assert.ok(
        copied.every((t) => t < since),
        `copied: ${copied.at(-1)} before ${since}`,
      );
      assert.ok(
        anew.every((t) => t >= since),
        `anew: ${anew[0]} from ${since}`,
      );
    } finally {
      await copy.close();
      await fresh.close();
    }
  }));

test('the migrated base is kept under a digest of the migrations: other migrations are never served its copy', () =>
  inSharedCache(async () => {
    // any change to a migration's text or name changes the key
    const list = migrations();
    const changed = list.map((m, i) => (i === list.length - 1 ? { ...m, sql: `${m.sql}\n-- changed` } : m));
    const renamed = list.map((m, i) => (i === 0 ? { ...m, name: m.name.replace('.sql', '_x.sql') } : m));
    assert.equal(new Set([schemaKey(), schemaKey(list), schemaKey(changed), schemaKey(renamed)]).size, 3);
    assert.equal(schemaKey(), schemaKey(list));
    // two schemas, each made by its own migration: a folder of one never starts as the other's copy
    const dir = scratchDir('cc-pristine-');
    const schema = (key: string, table: string) => ({ key, migrate: (db: Sql) => db.exec(`CREATE TABLE ${table} (x int)`) });
    const tables = async (location: string, key: string, table: string) => {
      const db = await openPglite(location, schema(key, table));
      try {
        return (await db.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema()`)).map((r) => r.t);
      } finally {
        await db.close();
      }
    };
    assert.deepEqual(await tables(join(dir, 'a'), 'one', 'made_by_one'), ['made_by_one']);
    assert.deepEqual(await tables(join(dir, 'b'), 'two', 'made_by_two'), ['made_by_two']);
    // a folder of the first schema again is its kept copy (its migration not run: the table it names is not made)
    assert.deepEqual(await tables(join(dir, 'c'), 'one', 'not_made'), ['made_by_one']);
  }));

test('older kept copies are pruned: the newest two of the kind kept stay, the other kind untouched', async () => {
  // initdb's copy taken from the shared cache, so only the migrated base is kept anew (and its kind pruned)
  const initdbCopy = await sharedInitdbCopy();
  await inOwnCache(async () => {
    const root = process.env.CROSSCHECK_CACHE as string;
    cpSync(initdbCopy, pristinePath() as string, { recursive: true });
    // copies an earlier PGlite or earlier migrations left, oldest first
    const old = ['pgdata-0.0.1', 'pgdata-0.0.2', 'pgdata-0.0.1-schema-1-aaaa', 'pgdata-0.0.2-schema-2-bbbb'];
    old.forEach((name, i) => {
      const path = join(root, name);
      mkdirSync(path, { recursive: true });
      writeFileSync(join(path, 'PG_VERSION'), '17\n');
      const when = new Date(Date.UTC(2020, 0, 1 + i));
      utimesSync(path, when, when);
    });
    await (await openBase(join(scratchDir('cc-pristine-'), 'a'))).close();
    const left = readdirSync(root).sort();
    const kept = [pristinePath(), pristinePath(schemaKey())].map((p) => basename(p as string));
    // migrated: the new copy and the newest old one; initdb's: all three (none was kept anew)
    assert.deepEqual(left, [...kept, 'pgdata-0.0.1', 'pgdata-0.0.2', 'pgdata-0.0.2-schema-2-bbbb'].sort());
  });
});
