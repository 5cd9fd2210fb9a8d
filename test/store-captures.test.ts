// A web archive ingested again (walk9): the Fox News page on Glenn Beck's CPAC speech (BASIL's text) captured in
// 2019 and again in 2023 with an editor's note is one article with two versions. Ingesting the same archive a second
// time (the .warc beside its .warc.gz, or two archives that overlap) made versions 3 and 4 of the same two texts, the
// story "grown", "What changed" telling "2 articles with changed text" and every citation "(version 4, text changed
// <the day of the second ingest>)". A capture whose text the base already holds as a version is unchanged now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBase } from '../src/store/index.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { archive } from './captures-fixture.ts';

forEachBackend('an archive of two captures of one page ingested twice on %s', (kind) => {
  test('the second ingest changes nothing: no new version, no story grown', async () => {
    const file = archive();
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      const first = await base.ingest([file], { batchSize: 10, threads: 1 });
      assert.deepEqual([first.newDocuments, first.newVersions, first.unchanged], [2, 1, 0]);
      const again = await base.ingest([file], { batchSize: 10, threads: 1 });
      assert.deepEqual([again.newDocuments, again.newVersions, again.unchanged, again.storiesGrown], [0, 0, 3, 0]);
      // one capture at a time (batches of one) tells the same
      const oneByOne = await base.ingest([file], { batchSize: 1, threads: 1 });
      assert.deepEqual([oneByOne.newVersions, oneByOne.unchanged], [0, 3]);
      const report = await base.export();
      const fox = report.documents.find((d) => d.outlet === 'Fox News')!;
      const view = (await base.document(fox.id))!;
      assert.equal(view.versions.length, 2, JSON.stringify(view.versions));
      assert.equal(view.document.version, 2);
      assert.equal(fox.captured, '2023-06-01T04:00:00Z', 'the later capture is the text held');
    } finally {
      await base.close();
      await where.drop();
    }
  });
});
