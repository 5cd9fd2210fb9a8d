// The base's own upkeep and the cluster step's fetching, on real text (ECB+ dev, in batches): the embedded
// base is vacuumed and analysed as it grows (PGlite runs no autovacuum), and fetching stored members only
// when a pass reads them gives the very base that fetching every member gives, and so does keeping the
// members read restored in the cache between batches.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openAdapter, openBase } from '../src/store/index.ts';
import { CACHE_BUDGET, parsedCache } from '../src/store/cache.ts';
import { UPKEEP } from '../src/store/maintain.ts';
import { INCREMENTAL } from '../src/store/update/cluster.ts';
import { ecbLines } from './helpers.ts';
import type { Sql } from '../src/store/adapter.ts';
import { BACKENDS, builtOncePerBackend, freshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const lines = ecbLines();
const INPUT = join(scratchDir('cc-upkeep-'), 'part.jsonl');
writeFileSync(INPUT, `${lines.slice(0, 240).join('\n')}\n`);

// upkeep from 50 documents on (not 2,000) in every base built here, the reference and the variants compared with it
UPKEEP.minDocuments = 50;

async function ingestExport(location: string, batchSize: number) {
  const base = await openBase(location);
  try {
    await base.ingest([INPUT], { batchSize });
    return await base.export();
  } finally {
    await base.close();
  }
}

for (const backend of BACKENDS) {
  describe(`upkeep of a base on ${backend.kind}`, { skip: backend.skip }, () => {
    test('a growing base is vacuumed and analysed, a fifth of growth apart, unless autovacuum does it', async () => {
      const db = await openAdapter((await reference(backend.kind)).location);
      try {
        const [meta] = await db.query<{ value: number }>(`SELECT value::int AS value FROM meta WHERE key = 'upkept'`);
        const [auto] = await db.query<{ on: boolean }>(`SELECT current_setting('autovacuum') = 'on' AS on`);
        if (backend.kind === 'postgres' && auto.on) {
          assert.equal(meta, undefined, 'a server with autovacuum on is left to it');
          return;
        }
        // 240 documents in batches of 30: upkeep after 60 (>= 50), 120 (>= 60 + 50), 180 and 240 (not after 90, 150, 210)
        assert.equal(meta?.value, 240);
        const stats = await db.query<{ relname: string; reltuples: number }>(
          `SELECT relname, reltuples::float8 AS reltuples FROM pg_class WHERE relname IN ('story_keys', 'stories', 'documents')`,
        );
        assert.equal(stats.length, 3);
        // analysed: the planner knows the tables' sizes (never analysed, PostgreSQL says -1)
        for (const s of stats) assert.ok(s.reltuples > 0, `${s.relname} analysed`);
      } finally {
        await db.close();
      }
    });
  });
}

/** The base the tests read, built once per backend and only read after: INPUT in batches of 30 with the defaults
 * (but upkeep from 50 documents on, for the upkeep test; every base here is built so); where it is, whether the
 * cache held restored members at the end, the export, the story rows. */
interface Reference {
  location: string;
  restoredHeld: boolean;
  exported: Awaited<ReturnType<typeof ingestExport>>;
  rows: unknown[];
}
const references = builtOncePerBackend(async (base, where): Promise<Reference> => {
  await base.ingest([INPUT], { batchSize: 30 });
  const held = [...Array(lines.length).keys()].map((p) => parsedCache(adapterOf(base)).members.get(p)).filter((m) => m !== undefined);
  return {
    location: where.location,
    restoredHeld: held.some((m) => typeof m !== 'string'),
    exported: await base.export(),
    rows: await storyRows(adapterOf(base)),
  };
});

async function reference(kind: 'pglite' | 'postgres'): Promise<Reference> {
  return (await references(kind)).value;
}

const storyRows = (db: Sql) => db.query('SELECT key, id, state, memberships, report FROM stories ORDER BY key');

for (const backend of BACKENDS) {
  describe(`members fetched when read, on ${backend.kind}`, { skip: backend.skip }, () => {
    test('fetching members only when a pass reads them gives the base fetching all of them gives', async () => {
      const eager = await freshBase(backend.kind);
      try {
        const a = (await reference(backend.kind)).exported;
        INCREMENTAL.lazyMembers = false;
        const b = await ingestExport(eager.location, 30).finally(() => {
          INCREMENTAL.lazyMembers = true;
        });
        assert.ok(a.stories.length > 10);
        assert.deepEqual(
          a.stories.map((s) => s.documents),
          b.stories.map((s) => s.documents),
        );
        assert.deepEqual(
          a.stories.map((s) => [s.id, s.title, s.members, s.storyline ?? null]),
          b.stories.map((s) => [s.id, s.title, s.members, s.storyline ?? null]),
        );
      } finally {
        await eager.drop();
      }
    });
  });
}

for (const backend of BACKENDS) {
  describe(`members kept restored between batches, on ${backend.kind}`, { skip: backend.skip }, () => {
    test('the cache hands later batches the members it restored, and the base is the one a cache of nothing gives', async () => {
      const none = await freshBase(backend.kind);
      try {
        const ref = await reference(backend.kind);
        assert.ok(ref.restoredHeld, 'restored members are held');
        const a = ref.exported;
        const saved = CACHE_BUDGET.members;
        CACHE_BUDGET.members = 0;
        const b = await ingestExport(none.location, 30).finally(() => {
          CACHE_BUDGET.members = saved;
        });
        assert.ok(a.stories.length > 10);
        assert.deepEqual(
          a.stories.map((s) => [s.id, s.title, s.documents, s.members, s.why, s.storyline ?? null]),
          b.stories.map((s) => [s.id, s.title, s.documents, s.members, s.why, s.storyline ?? null]),
        );
      } finally {
        await none.drop();
      }
    });
  });
}

for (const backend of BACKENDS) {
  describe(`story states kept as written between batches, on ${backend.kind}`, { skip: backend.skip }, () => {
    test('a base whose batches take back the states the batch before wrote is the one fetching every state gives', async () => {
      const none = await freshBase(backend.kind);
      try {
        const saved = CACHE_BUDGET.stories;
        CACHE_BUDGET.stories = 0;
        await ingestExport(none.location, 30).finally(() => {
          CACHE_BUDGET.stories = saved;
        });
        const db = await openAdapter(none.location);
        const b = await storyRows(db).finally(() => db.close());
        const a = (await reference(backend.kind)).rows;
        assert.ok(a.length > 10);
        assert.deepEqual(a, b);
      } finally {
        await none.drop();
      }
    });
  });
}
