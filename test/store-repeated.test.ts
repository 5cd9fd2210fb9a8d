// One URL read three times in one ingest batch, with three texts (ECB+ dev 14_4 / 14_5 / 14_6ecbplus: an itv.com
// page on the Wellington Waitrose fire as it was updated): the batch stores what batches of one input each store --
// one article, its three readings three versions, the last its text -- and tells none of them "unchanged".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBase, type StoryBase } from '../src/store/index.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const DIR = scratchDir('cc-repeated-');
const ITV = 'http://www.itv.com/news/westcountry/story/2013-07-21/wellington-supermarket-fire/';
// the three BBC articles on the fire, then the itv.com page's three readings
const IDS = ['14_1ecbplus', '14_2ecbplus', '14_3ecbplus', '14_4ecbplus', '14_5ecbplus', '14_6ecbplus'];
const LINES = ecbLines().filter((l) => IDS.includes(JSON.parse(l).id));

/** The itv.com article as the base holds it: its stored id, title, version and versions' content hashes. */
async function itvArticle(base: StoryBase) {
  const report = await base.export();
  const doc = report.documents.find((d) => d.url === ITV);
  assert.ok(doc);
  const view = await base.document(doc.id);
  assert.ok(view);
  // every article the stories name is one the base holds (not an earlier reading's id)
  const ids = new Set(report.documents.map((d) => d.id));
  for (const entity of report.stories.flatMap((s) => s.entities)) for (const id of entity.documents) assert.ok(ids.has(id), `${entity.name}: ${id}`);
  return { ids: report.documents.map((d) => d.id).sort(), title: doc.title, version: view.document.version, hashes: view.versions.map((v) => v.contentHash) };
}

forEachBackend('one identity read three times in one batch on %s', (kind) => {
  test('each text is a version, as batches of one store them; none is told unchanged (one thread and two)', async () => {
    assert.equal(LINES.length, 6);
    assert.equal(LINES.filter((l) => JSON.parse(l).url === ITV).length, 3);
    const input = join(DIR, `${kind}.jsonl`);
    writeFileSync(input, `${LINES.join('\n')}\n`);
    // the page's first reading stored by a batch before, its two later ones in one batch: two versions of a stored article
    const [before, after] = [join(DIR, `${kind}-before.jsonl`), join(DIR, `${kind}-after.jsonl`)];
    writeFileSync(before, `${LINES.slice(0, 4).join('\n')}\n`);
    writeFileSync(after, `${LINES.slice(4).join('\n')}\n`);
    const stored = [];
    for (const [batchSize, threads, inputs] of [
      [1, 1, [input]],
      [10, 1, [input]],
      [10, 2, [input]],
      [10, 1, [before, after]],
    ] as const) {
      const where = await freshBase(kind);
      const base = await openBase(where.location);
      try {
        const told = { read: 0, newDocuments: 0, newVersions: 0, unchanged: 0 };
        for (const file of inputs) {
          const summary = await base.ingest([file], { batchSize, threads });
          for (const key of Object.keys(told) as Array<keyof typeof told>) told[key] += summary[key];
        }
        assert.deepEqual(told, { read: 6, newDocuments: 4, newVersions: 2, unchanged: 0 }, `batches of ${batchSize}, threads ${threads}`);
        const itv = await itvArticle(base);
        assert.equal(itv.version, 3);
        assert.equal(new Set(itv.hashes).size, 3);
        // the last reading is the article's text
        assert.equal(itv.title, 'Fire at Waitrose supermarket may have been arson');
        stored.push(itv);
        // a reading the same as the one before it is unchanged
        writeFileSync(join(DIR, `${kind}-last.jsonl`), `${LINES.at(-1)}\n${LINES.at(-1)}\n`);
        const again = await base.ingest([join(DIR, `${kind}-last.jsonl`)], { batchSize, threads });
        assert.deepEqual([again.newDocuments, again.newVersions, again.unchanged], [0, 0, 2]);
      } finally {
        await base.close();
        await where.drop();
      }
    }
    // one batch stores what six batches of one stored: the same articles, versions and content hashes
    assert.deepEqual(stored[1], stored[0]);
    assert.deepEqual(stored[2], stored[0]);
    assert.deepEqual(stored[3], stored[0]);
  });
});
