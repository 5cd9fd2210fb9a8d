// An ingest run with worker threads (BaseIngestOptions.threads): the workers prepare each batch's inputs (extract,
// text, fingerprint, enrich) while this thread commits the batch before, and synthesise the stale stories beside it
// at the run's end; the base is the one a single thread leaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBase } from '../src/store/index.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

// ECB+ dev's first 30 articles in batches of 8: three batches committed while the next is prepared, and a last part
const INPUT = join(scratchDir('cc-threads-'), 'part.jsonl');
writeFileSync(INPUT, `${ecbLines().slice(0, 30).join('\n')}\n`);

forEachBackend('ingest with worker threads on %s', (kind) => {
  test('two threads leave the base one leaves, the inputs prepared and the stale stories synthesised on the workers', async () => {
    const run = async (threads: number) => {
      const where = await freshBase(kind);
      const base = await openBase(where.location);
      const timings: Record<string, number> = {};
      const batches: number[] = [];
      try {
        const summary = await base.ingest([INPUT], { batchSize: 8, threads, timings, onBatch: (n) => batches.push(n) });
        return { summary, batches, steps: Object.keys(timings), exported: await base.export() };
      } finally {
        await base.close();
        await where.drop();
      }
    };
    const one = await run(1);
    const two = await run(2);
    assert.equal(one.summary.newDocuments, 30);
    assert.deepEqual(two.summary, one.summary);
    assert.deepEqual(two.batches, [8, 16, 24, 30]);
    assert.deepEqual(two.batches, one.batches);
    assert.deepEqual(two.exported, one.exported);
    // no input read on this thread: the worker prepared each
    assert.ok(one.steps.includes('extract+text'));
    assert.ok(!two.steps.includes('extract+text'), two.steps.join(', '));
    // the run's end handed its stories to the account threads (this one among them)
    assert.ok(!one.steps.includes('stories (2 threads)'));
    assert.ok(two.steps.includes('stories (2 threads)'), two.steps.join(', '));
  });
});
