// Incremental equals batch at scale: every other ECB+ dev article (386, every topic), ingested in 10 batches in input
// order, clusters within 0.01 B-cubed F1 of one batch run (on both backends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments } from '../src/pipeline.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { bcubed } from '../src/cluster/eval.ts';
import { openBase } from '../src/store/index.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, inconsistencies, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

// half of ECB+ dev is enough to tell: 10 batches give F1 0.0063 below one batch, and without the refinement pass
// (INCREMENTAL.refineWindow 0) 0.0101 below, which fails
const lines = ecbLines(2);
const ECB = join(scratchDir('cc-incremental-'), 'half.jsonl');
writeFileSync(ECB, `${lines.join('\n')}\n`);
const gold = new Map<string, string>(lines.map((l) => JSON.parse(l)).map((r) => [String(r.id), String(r.cluster)]));
const { documents } = await readDocuments([ECB]);
const oneBatch = bcubed(
  clusterStories(documents).map((s) => s.documents),
  gold,
);

forEachBackend('incremental clustering on %s', (kind) => {
  test('half of ECB+ dev in 10 batches is within 0.01 B-cubed F1 of one batch', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      const batches: number[] = [];
      const summary = await base.ingest([ECB], { batchSize: Math.ceil(lines.length / 10), onBatch: (n) => batches.push(n) });
      assert.equal(batches.length, 10);
      assert.equal(summary.read, lines.length);
      const exported = await base.export();
      await base.close();
      const tenBatches = bcubed(
        exported.stories.map((s) => s.documents),
        gold,
      );
      const figures = `10 batches F1 ${tenBatches.f1.toFixed(4)} (P ${tenBatches.precision.toFixed(4)}, R ${tenBatches.recall.toFixed(4)}), one batch ${oneBatch.f1.toFixed(4)}`;
      assert.ok(Math.abs(tenBatches.f1 - oneBatch.f1) <= 0.01, figures);
      assert.deepEqual(await inconsistencies(where.location), []);
    });
  });
});
