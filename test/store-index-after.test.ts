// A new embedded base's first batch builds the indexes of the tables it fills after their rows (store/index-after.ts),
// on real text (ECB+ dev): each index is made anew by the migration's own words, a later smaller batch adds to them as
// before, and what the search index finds is what a scan of every row finds. A server base keeps its indexes (other
// processes read them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase } from '../src/store/index.ts';
import { searchText, TS_CONFIG } from '../src/store/repo.ts';
import type { Adapter } from '../src/store/adapter.ts';
import { AFTER_ROWS, INDEXES_AFTER_ROWS } from '../src/store/index-after.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const lines = ecbLines();
const dir = scratchDir('cc-search-index-');
const FIRST = join(dir, 'first.jsonl');
const LATER = join(dir, 'later.jsonl');
writeFileSync(FIRST, `${lines.slice(0, 20).join('\n')}\n`);
writeFileSync(LATER, `${lines.slice(20, 30).join('\n')}\n`);
// a first batch of 20 builds them after its rows (not 1,000 and more)
AFTER_ROWS.minDocuments = 20;

const NAMES: string[] = Object.values(INDEXES_AFTER_ROWS).flat();

/** The indexes built after the rows: their numbers (a new one for an index built again) and definitions. */
const indexes = async (db: Adapter) =>
  db.query<{ name: string; oid: number; def: string }>(
    'SELECT c.relname AS name, c.oid::int AS oid, pg_get_indexdef(c.oid) AS def FROM pg_class c WHERE c.relname = ANY($1::text[]) ORDER BY c.relname',
    [NAMES],
  );

/** The documents a query's words match, through the index and by reading every row. */
async function matches(db: Adapter, words: string): Promise<{ indexed: string[]; scanned: string[] }> {
  const q = `SELECT id FROM documents WHERE search @@ plainto_tsquery('${TS_CONFIG}', ${searchText('$1')}) ORDER BY id`;
  const indexed = await db.transaction(async (tx) => {
    await tx.exec('SET LOCAL enable_seqscan = off');
    return (await tx.query<{ id: string }>(q, [words])).map((r) => r.id);
  });
  const scanned = await db.transaction(async (tx) => {
    await tx.exec('SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off');
    return (await tx.query<{ id: string }>(q, [words])).map((r) => r.id);
  });
  return { indexed, scanned };
}

forEachBackend("indexes built after a new base's rows on %s", (kind) => {
  test("a new base's first batch builds its tables' indexes after their rows (embedded); a smaller later batch adds to them", async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        const db = adapterOf(base);
        const migrated = await indexes(db);
        assert.equal(migrated.length, NAMES.length);
        await base.ingest([FIRST]);
        const first = await indexes(db);
        assert.deepEqual(
          first.map((i) => i.def),
          migrated.map((i) => i.def),
          "the migrations' indexes, made again by their words",
        );
        for (const [i, index] of first.entries()) {
          if (kind === 'pglite') assert.notEqual(index.oid, migrated[i].oid, `${index.name} built anew after the rows`);
          else assert.equal(index.oid, migrated[i].oid, `a server base keeps ${index.name}`);
        }
        await base.ingest([LATER]);
        assert.deepEqual(await indexes(db), first, 'ten documents into twenty: added to the indexes');
        for (const words of ['Lindsay Lohan rehab', 'Tara Reid', 'American Pie actress', 'Betty Ford Center']) {
          const { indexed, scanned } = await matches(db, words);
          assert.ok(scanned.length > 0, words);
          assert.deepEqual(indexed, scanned, words);
        }
      } finally {
        await base.close();
      }
    });
  });
});
