// The clustering key table (src/cluster/vocab.ts) is bounded: a long-lived ingest clears it at the start of a
// batch once it passes its limit. The base's cache then holds story states and members restored with ids that
// now mean other keys: they must be read again from their stored text. ECB+ dev in batches, with a limit that
// clears the table before every batch, gives the very base a table never cleared gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase } from '../src/store/index.ts';
import { parsedCache } from '../src/store/cache.ts';
import { currentIds } from '../src/cluster/state.ts';
import { VOCABULARY, vocabularyGeneration } from '../src/cluster/vocab.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const lines = ecbLines();
const INPUT = join(scratchDir('cc-vocab-'), 'part.jsonl');
// every sixth article of ECB+ dev's first 240 (8 runs of 30, a topic or two each), the runs interleaved: every batch
// adds to stories the batches before opened (their members read again). 40 inputs in 5 batches of 8 (not 120 in 8 of
// 15: a third of the ingest) still give 16 stories and 2 cached states restored under a table since cleared
const COUNT = 40;
writeFileSync(INPUT, `${Array.from({ length: COUNT }, (_, i) => lines[(i % 8) * 30 + 6 * Math.floor(i / 8)]).join('\n')}\n`);
const BATCH = 8;

/** Ingest in batches; the base's stories, members and export, and the cached states stale at the end. */
async function ingest(location: string) {
  const base = await openBase(location);
  try {
    await base.ingest([INPUT], { batchSize: BATCH });
    const db = adapterOf(base);
    const cache = parsedCache(db);
    const stories = await db.query<{ key: number }>('SELECT key, id, state, memberships, report FROM stories ORDER BY key');
    const stale = stories.filter((s) => {
      const held = cache.stories.get(s.key);
      return held && !currentIds(held.state);
    }).length;
    return {
      stories,
      members: await db.query('SELECT position, id, story, cluster FROM documents ORDER BY position'),
      df: await db.query('SELECT key, count FROM df ORDER BY key'),
      exported: JSON.stringify(await base.export()),
      stale,
    };
  } finally {
    await base.close();
  }
}

forEachBackend('key table cleared between batches, on %s', (kind) => {
  test('a base whose key table is cleared before every batch is the base of a table never cleared', async () => {
    const kept = await freshBase(kind);
    const cleared = await freshBase(kind);
    const saved = VOCABULARY.limit;
    try {
      const a = await ingest(kept.location);
      const generation = vocabularyGeneration();
      VOCABULARY.limit = 1;
      const b = await ingest(cleared.location).finally(() => {
        VOCABULARY.limit = saved;
      });
      // every batch started with a table of more than one key: cleared each time
      assert.equal(vocabularyGeneration() - generation, COUNT / BATCH);
      // the cache did hold states restored under a table since cleared (the case the check is for)
      assert.ok(b.stale > 0, 'no cached state outlived a clear');
      assert.equal(a.stale, 0);
      assert.ok(a.stories.length > 10);
      assert.deepEqual(b.stories, a.stories);
      assert.deepEqual(b.members, a.members);
      assert.deepEqual(b.df, a.df);
      assert.equal(b.exported, a.exported);
    } finally {
      VOCABULARY.limit = saved;
      await kept.drop();
      await cleared.drop();
    }
  });
});
