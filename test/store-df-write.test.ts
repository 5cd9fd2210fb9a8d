// A batch's document frequencies are written as an update of the keys the base holds and an insert of the rest
// (repo.ts addDf, ingest36): the upsert it replaced locked each row before updating it, a WAL record of its own for
// each of the ~100 keys an article adds to. Real text: ECB+ dev's first articles; both backends for the counts, the
// WAL on PGlite (a server's WAL position moves with every database on it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase } from '../src/store/index.ts';
import type { Sql } from '../src/store/adapter.ts';
import { addDf, arrayText, byText } from '../src/store/repo.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const FILE = join(scratchDir('cc-df-write-'), 'first.jsonl');
writeFileSync(FILE, `${ecbLines().slice(0, 20).join('\n')}\n`);

/** The upsert addDf replaced: the reference its WAL is compared with. */
async function upsert(tx: Sql, counts: Map<string, number>): Promise<void> {
  const keys = [...counts.keys()].sort(byText);
  await tx.query(
    'INSERT INTO df (key, count) SELECT * FROM unnest($1::text::text[], $2::text::int[]) ON CONFLICT (key) DO UPDATE SET count = df.count + excluded.count',
    [arrayText(keys), arrayText(keys.map((k) => counts.get(k)!))],
  );
}

class Undo extends Error {}

forEachBackend('document frequencies written on %s', (kind) => {
  test('a batch updates the counts the base holds and inserts the others, with no row lock written first', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        await base.ingest([FILE], { batchSize: 20 });
        const db = adapterOf(base);
        const before = new Map((await db.query<{ key: string; count: number }>('SELECT key, count FROM df')).map((r) => [r.key, Number(r.count)]));
        assert.ok(before.size > 300, `${before.size} keys`);
        // every third key counted as new (its row taken out first), the rest as held; increments 1-3
        const keys = [...before.keys()].sort(byText);
        const fresh = keys.filter((_, i) => i % 3 === 0);
        const counts = new Map(keys.map((k, i) => [k, 1 + (i % 3)]));
        const stored = new Set(keys.filter((_, i) => i % 3 !== 0));
        const write = async (how: (tx: Sql) => Promise<void>) => {
          let wal = 0;
          let after = new Map<string, number>();
          await db
            .transaction(async (tx) => {
              await tx.query('DELETE FROM df WHERE key = ANY($1::text[])', [fresh]);
              const lsn = async () => (await tx.query<{ at: string }>('SELECT pg_current_wal_insert_lsn()::text AS at'))[0].at;
              const start = await lsn();
              await how(tx);
              const [{ bytes }] = await tx.query<{ bytes: number }>('SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn)::float8 AS bytes', [
                start,
              ]);
              wal = Number(bytes);
              after = new Map((await tx.query<{ key: string; count: number }>('SELECT key, count FROM df')).map((r) => [r.key, Number(r.count)]));
              throw new Undo();
            })
            .catch((err) => {
              if (!(err instanceof Undo)) throw err;
            });
          return { wal, after };
        };
        const mine = await write((tx) => addDf(tx, counts, stored));
        const old = await write((tx) => upsert(tx, counts));
        assert.equal(mine.after.size, before.size);
        for (const [k, n] of counts) assert.equal(mine.after.get(k), (stored.has(k) ? before.get(k)! : 0) + n, k);
        assert.deepEqual(mine.after, old.after);
        // the upsert wrote a lock record before each of its updates (the inserts write alike): measured 0.77 of
        // the upsert's bytes here (95,576 / 124,056), the upsert itself 1
        if (kind === 'pglite') assert.ok(mine.wal < 0.9 * old.wal, `df write ${mine.wal} WAL bytes, the upsert ${old.wal}`);
      } finally {
        await base.close();
      }
    });
  });
});
