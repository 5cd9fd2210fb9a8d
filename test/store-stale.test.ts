// Synthesis deferred within a run (src/store/update/stories.ts): a run stopped mid-way leaves stories stale;
// a reader meeting one shows what a fresh synthesis shows (story report, export, lists, change feed); the
// end of the next run leaves none stale, and the base equals the one an uninterrupted run gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase, type StoryBase } from '../src/store/index.ts';
import { synthesizeStale } from '../src/store/update/stories.ts';
import { parsedCache } from '../src/store/cache.ts';
import { ecbLines } from './helpers.ts';
import { builtOncePerBackend, copyOf, forEachBackend, freshBase, inconsistencies } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

// ECB+ dev's first 32 articles (topic 1's two events) in batches of 4, stopped after 24: an ingest run leaves every
// story it touched stale until its end (32 and 24, not 60 and 48: half the ingest, stale stories still)
const INPUT = join(scratchDir('cc-stale-'), 'part.jsonl');
writeFileSync(INPUT, `${ecbLines().slice(0, 32).join('\n')}\n`);
const BATCH = 4;
const STOP = 24;

/** Ingest INPUT, stopping (as a crash would) once STOP inputs are committed; the stale stories' keys and ids. */
async function stoppedMidRun(base: StoryBase): Promise<Array<{ key: number; id: string }>> {
  await assert.rejects(
    base.ingest([INPUT], {
      batchSize: BATCH,
      onBatch: (n) => {
        if (n >= STOP) throw new Error('stopped mid-run');
      },
    }),
    /stopped mid-run/,
  );
  return adapterOf(base).query<{ key: number; id: string }>('SELECT key, id FROM stories WHERE stale ORDER BY key');
}

async function staleCount(base: StoryBase): Promise<number> {
  return Number((await adapterOf(base).query<{ n: number }>('SELECT count(*)::int AS n FROM stories WHERE stale'))[0].n);
}

/** The base INPUT leaves when stopped at STOP, built once per backend and closed (as a crash leaves it), and its
 * stale stories: each test opens a copy of its own. */
const stoppedBase = builtOncePerBackend((base) => stoppedMidRun(base));

async function stoppedCopy(kind: 'pglite' | 'postgres') {
  const { where, value: stale } = await stoppedBase(kind);
  return { where: await copyOf(where), stale };
}

forEachBackend('deferred synthesis on %s', (kind) => {
  test('an ingest run synthesises no story before its end: every story a stopped run wrote is stale', async () => {
    const { where, stale } = await stoppedCopy(kind);
    const base = await openBase(where.location);
    try {
      const [{ n }] = await adapterOf(base).query<{ n: number }>('SELECT count(*)::int AS n FROM stories');
      assert.ok(stale.length > 0);
      assert.equal(stale.length, Number(n), 'a story synthesised mid-run (once per batch that touched it, not once a run)');
      // a new story is searched by its title until the run's end
      const [{ m }] = await adapterOf(base).query<{ m: number }>(
        `SELECT count(*)::int AS m FROM stories WHERE search = setweight(to_tsvector('crosscheck', search_text(title)), 'A') || setweight(to_tsvector('crosscheck', ''), 'B') AND body = ''`,
      );
      assert.ok(Number(m) > 0, 'new stories inserted stale, searched by their title');
    } finally {
      await base.close();
      await where.drop();
    }
  });

  test('a reader meeting a stale story gets the report a fresh synthesis gives', async () => {
    const { where, stale } = await stoppedCopy(kind);
    const base = await openBase(where.location);
    try {
      assert.ok(stale.length > 0, 'the stopped run left stale stories');
      const read = async () => ({
        reports: await Promise.all(stale.map((s) => base.storyReport(s.id))),
        exported: await base.export(),
        listed: await base.stories({ limit: 1000 }),
        changed: await base.changedSince(0),
        // what a feed reads of them (storyBriefings: summaries, briefings, cited articles)
        briefings: await base.storyBriefings(stale.map((s) => s.id)),
      });
      const whileStale = await read();
      assert.equal(whileStale.briefings.length, stale.length);
      for (const r of whileStale.reports) assert.ok(r && Array.isArray(r.stories[0].claims), 'a synthesised report');
      // what the end of a run does: synthesise and write them
      assert.equal(await synthesizeStale(adapterOf(base)), stale.length);
      assert.equal(await staleCount(base), 0);
      assert.deepEqual(whileStale, await read());
    } finally {
      await base.close();
      await where.drop();
    }
  });

  test('a story stale mid-run is fresh after the run; the base equals an uninterrupted run', async () => {
    const { where: stopped, stale } = await stoppedCopy(kind);
    const whole = await freshBase(kind);
    try {
      const base = await openBase(stopped.location);
      assert.ok(stale.length > 0, 'the stopped run left stale stories');
      assert.equal(await staleCount(base), stale.length);
      await base.ingest([INPUT], { batchSize: BATCH });
      assert.equal(await staleCount(base), 0, 'a finished run leaves no stale story');
      const rows = await adapterOf(base).query<{ key: number; report: string }>('SELECT key, report FROM stories WHERE key = ANY($1::int[])', [
        stale.map((s) => s.key),
      ]);
      assert.ok(rows.length > 0);
      for (const r of rows) assert.ok(Array.isArray(JSON.parse(r.report).claims), `story ${r.key} holds a synthesis`);
      const exported = await base.export();
      await base.close();
      const other = await openBase(whole.location);
      await other.ingest([INPUT], { batchSize: BATCH });
      assert.deepEqual(await other.export(), exported);
      await other.close();
      assert.deepEqual(await inconsistencies(stopped.location), []);
    } finally {
      await stopped.drop();
      await whole.drop();
    }
  });

  test("a run's end reads its last batch's documents from memory, not from the base; the base is the same", async () => {
    const fetchedAtEnd = async (forget: boolean) => {
      const where = await freshBase(kind);
      const base = await openBase(where.location);
      const db = adapterOf(base);
      const fetched: string[] = [];
      let ended = false;
      // the documents' fetch (repo.ts loadDocuments) in every transaction, once the last batch has committed
      const transaction = db.transaction.bind(db);
      db.transaction = (work) =>
        transaction((tx) =>
          work({
            ...tx,
            query: async (text, params) => {
              if (ended && text.startsWith('SELECT id, content_hash, text_doc, enrichment FROM documents')) fetched.push(...(params![0] as string[]));
              return tx.query(text, params);
            },
          }),
        );
      try {
        await base.ingest([INPUT], {
          batchSize: BATCH,
          onBatch: (n) => {
            if (n < 32) return;
            ended = true;
            // the path a run took before: every document the end reads is fetched and parsed
            if (forget) parsedCache(db).lastWritten = undefined;
          },
        });
        const last = (await db.query<{ id: string }>('SELECT id FROM documents WHERE position >= $1', [32 - BATCH])).map((r) => r.id);
        return { fetched, last, exported: await base.export() };
      } finally {
        await base.close();
        await where.drop();
      }
    };
    const kept = await fetchedAtEnd(false);
    const forgotten = await fetchedAtEnd(true);
    assert.equal(kept.last.length, BATCH);
    assert.deepEqual(
      forgotten.last.filter((id) => forgotten.fetched.includes(id)),
      forgotten.last,
      'without them the end fetches every document of the last batch',
    );
    assert.deepEqual(
      kept.last.filter((id) => kept.fetched.includes(id)),
      [],
      "the last batch's documents fetched again at the run's end",
    );
    assert.deepEqual(kept.exported, forgotten.exported);
  });
});
