// A re-run of `ingest` on inputs the base holds already (a newsroom's archive ingested again each day): nothing new
// is stored, each input is told as unchanged, and with worker threads a worker reading what the base holds leaves
// its enrichment and fingerprint out; an input whose article changed is a new version, prepared as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBase } from '../src/store/index.ts';
import { Preparer } from '../src/prepare/threads.ts';
import { contentHash, type Prepared } from '../src/prepare/index.ts';
import type { Problem, RawDocument } from '../src/model.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const DIR = scratchDir('cc-rerun-');
const LINES = ecbLines().slice(0, 12);
const INPUT = join(DIR, 'part.jsonl');
writeFileSync(INPUT, `${LINES.join('\n')}\n`);
// the same file again, its fifth article grown by a sentence (the same file and record id: a new version of it)
const fifth = JSON.parse(LINES[4]);
fifth.text = `${fifth.text}\n\nThe police said on Tuesday that an inquiry had been opened.`;
const CHANGED = `${[...LINES.slice(0, 4), JSON.stringify(fifth), ...LINES.slice(5)].join('\n')}\n`;

forEachBackend('ingest run again on %s', (kind) => {
  test('the same inputs again store nothing new and are told unchanged; a changed one is a new version (one thread and two)', async () => {
    const input = join(DIR, `${kind}.jsonl`);
    writeFileSync(input, `${LINES.join('\n')}\n`);
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      const first = await base.ingest([input], { batchSize: 5 });
      assert.equal(first.newDocuments, 12);
      const stored = await base.export();
      for (const threads of [1, 2]) {
        const again = await base.ingest([input], { batchSize: 5, threads });
        assert.equal(again.read, 12);
        assert.equal(again.unchanged, 12);
        assert.equal(again.newDocuments + again.newVersions + again.problems, 0);
        assert.deepEqual(again.stories, []);
        assert.deepEqual(await base.export(), stored, `threads ${threads}`);
      }
      writeFileSync(input, CHANGED);
      const changed = await base.ingest([input], { batchSize: 5, threads: 2 });
      assert.equal(changed.unchanged, 11);
      assert.equal(changed.newVersions, 1);
      assert.equal(changed.newDocuments, 0);
      assert.equal(changed.stories.length, 1);
      const after = await base.export();
      assert.notDeepEqual(after, stored);
      assert.ok(JSON.stringify(after).includes('an inquiry had been opened'));
    } finally {
      await base.close();
      await where.drop();
    }
  });
});

test('a worker handed the content hash the base holds leaves the enrichment and fingerprint out of that reading only', async () => {
  const raws: RawDocument[] = [];
  for await (const item of ingestPaths([INPUT])) if (!isProblem(item) && raws.length < 3) raws.push(item);
  const here = new Preparer({ threads: 1 });
  const docs = raws.map((raw) => here.prepare(raw) as Prepared);
  const preparer = new Preparer({ threads: 2, poolAfter: 0, help: false, features: false });
  try {
    const [held, other, none] = (await Promise.all([
      preparer.prepare(raws[0], contentHash(docs[0].doc)),
      preparer.prepare(raws[1], contentHash(docs[0].doc)),
      preparer.prepare(raws[2]),
    ])) as Array<Prepared | Problem>;
    assert.ok('doc' in held && 'doc' in other && 'doc' in none);
    assert.equal(held.doc.text, docs[0].doc.text);
    assert.equal(held.packedEnrichment ?? held.enrichment, undefined);
    assert.equal(held.fingerprint, undefined);
    for (const made of [other, none]) {
      assert.ok(made.packedEnrichment ?? made.enrichment);
      assert.ok(made.fingerprint);
    }
  } finally {
    await preparer.close();
  }
});
