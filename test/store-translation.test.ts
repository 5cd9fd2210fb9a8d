// A translation joins its original's source family in a story base as in a batch run (provenance/translation-of.ts,
// called by the store's relating too): stern.de's Letwin report, its English translation and the NZZ's own report,
// ingested together and one record at a time, on both backends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { openBase } from '../src/store/index.ts';
import { ROOT } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'provenance', 'letwin-translation.jsonl');
const batch = await analyze([FIXTURE]);
const scratch = scratchDir('cc-store-translation-');
const lines = readFileSync(FIXTURE, 'utf8').trim().split('\n');
const oneEach = lines.map((l, i) => {
  const path = join(scratch, `record-${i}.jsonl`);
  writeFileSync(path, `${l}\n`);
  return path;
});

forEachBackend('a translation in a story base on %s', (kind) => {
  for (const [how, inputs] of [
    ['in one batch', [[FIXTURE]]],
    ['one record at a time (the translation after its original)', oneEach.map((f) => [f])],
  ] as const) {
    test(`${how}: the translation's relation to its original is stored, and the story counts 2 independent sources of 3`, async () => {
      await withFreshBase(kind, async (where) => {
        const base = await openBase(where.location);
        try {
          for (const files of inputs) await base.ingest([...files]);
          const exported = await base.export();
          const translation = exported.relations.find((r) => r.from === 'eurodesk-english-brexit');
          assert.ok(translation, 'the translation relation is stored');
          assert.equal(translation.to, 'stern-brexit');
          assert.deepEqual(
            translation,
            batch.relations.find((r) => r.from === 'eurodesk-english-brexit'),
          );
          const stories = await base.stories({ sort: 'sources' });
          assert.equal(stories.length, 1);
          assert.equal(stories[0].documents, 3);
          assert.equal(stories[0].independentSources, 2);
        } finally {
          await base.close();
        }
      });
    });
  }
});
