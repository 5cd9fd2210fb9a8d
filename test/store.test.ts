// The story base on both backends: the seeds ingested one file at a time equal a batch run; the same
// input again changes nothing; a changed text at a known URL is a new version; bad input is stored as
// problems; search ignores accents and escapes what it shows; a base newer than the program is refused.
// Relating keeps what it works out of a stored document alone (its fingerprint, its spun flag) by the document's
// id and content hash, apart from the parsed documents: a later batch relating the same stored documents does
// not work them out again, and what it keeps is what working them out gives (once store-relate-cache.test.ts:
// the seeds ingested one at a time relate every later batch with the stored ones, so it is shown on this base).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { renderReport } from '../src/report/index.ts';
import { validateReport } from './contract.ts';
import { fingerprint } from '../src/fingerprint/index.ts';
import { spunFlag } from '../src/provenance/spun.ts';
import { documentKey, parsedCache } from '../src/store/cache.ts';
import { adapterOf, openAdapter, openBase } from '../src/store/index.ts';
import { fromText } from '../src/store/repo.ts';
import type { TextDocument } from '../src/model.ts';
import { SEEDS } from './helpers.ts';
import { forEachBackend, inconsistencies, suiteBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const seedFiles = readdirSync(SEEDS)
  .sort()
  .map((f) => join(SEEDS, f));
const batch = await analyze(seedFiles);
const scratch = scratchDir('cc-store-');

function records(name: string, recs: object[]): string {
  const path = join(scratch, name);
  writeFileSync(path, `${recs.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return path;
}

const PAGE = 'https://example.org/news/cafe-fire';
const firstText =
  'Fire crews in Zürich were called to the Café Élysée on Monday night after flames spread from the kitchen. ' +
  'Three people were treated for smoke inhalation, the city fire service said. The owner said the café would stay closed for a week. ' +
  'Investigators were looking at a faulty fryer <script>alert(1)</script> sold by "Fryer & Sons" as the cause.';
const secondText = `${firstText.replace('Three people were treated', 'Four people were treated')} The fire service later raised the number of people treated to four.`;

forEachBackend('story base on %s', (kind) => {
  const on = suiteBase(kind);

  test('the seeds ingested one file at a time give the story, relations and claims of one batch run', async () => {
    let opened = 0;
    for (const f of seedFiles) {
      const s = await on.base.ingest([f]);
      assert.equal(s.newDocuments, 1);
      opened += s.storiesOpened;
    }
    assert.equal(opened, 1, 'one story opened; every later seed joined it');
    const exported = await on.base.export();
    assert.equal(exported.stories.length, 1);
    assert.equal(batch.stories.length, 1);
    assert.equal(exported.stories[0].id, batch.stories[0].id);
    assert.deepEqual(exported.stories[0].documents, batch.stories[0].documents);
    assert.deepEqual(exported.relations, batch.relations);
    assert.deepEqual(exported.stories[0].claims, batch.stories[0].claims);
    assert.deepEqual(exported.documents, batch.documents);
    // the id the story had before it grew still leads to it
    const first = await on.base.storyReport('story-7be0cb466770');
    assert.equal(first?.stories[0].id, batch.stories[0].id);
  });

  test('the stored documents a batch related are held by id and content hash, as fingerprinting them gives', async () => {
    const db = adapterOf(on.base);
    const cache = parsedCache(db);
    const rows = await db.query<{ id: string; content_hash: string; text_doc: string; position: number }>(
      'SELECT id, content_hash, text_doc, position FROM documents ORDER BY position',
    );
    assert.equal(rows.length, 5);
    const held = rows.filter((r) => cache.relate?.get(documentKey(r.id, r.content_hash)));
    // the first ones were stored before the later batches (one seed each) related against them
    assert.ok(held.length >= 2, `${held.length} of 5 stored documents held`);
    for (const r of held) {
      const facts = cache.relate!.get(documentKey(r.id, r.content_hash))!;
      const doc = fromText<TextDocument>(r.text_doc);
      assert.deepEqual(facts.fp, fingerprint(doc));
      assert.deepEqual(facts.spun, spunFlag(doc));
    }
    // another reading of a document is another key: nothing is held for it
    assert.equal(cache.relate!.get(documentKey(rows[0].id, 'another-hash')), undefined);
  });

  test('the same input again changes nothing', async () => {
    const before = await on.base.export();
    const { seq } = await on.base.changedSince(0);
    const s = await on.base.ingest(seedFiles);
    assert.equal(s.unchanged, 5);
    assert.equal(s.newDocuments + s.newVersions + s.storiesOpened + s.storiesGrown, 0);
    assert.deepEqual(await on.base.export(), before);
    assert.deepEqual((await on.base.changedSince(seq)).stories, []);
  });

  test('changed text at a known URL is a new version of the same document, never a second article', async () => {
    const one = await on.base.ingest([
      records('v1.jsonl', [{ id: 'cafe-fire', url: PAGE, title: 'Fire at Zürich café', text: firstText, published: '2024-03-04' }]),
    ]);
    assert.equal(one.newDocuments, 1);
    const storyId = one.stories[0];
    const two = await on.base.ingest([
      records('v2.jsonl', [{ id: 'cafe-fire-updated', url: PAGE, title: 'Fire at Zürich café', text: secondText, published: '2024-03-04' }]),
    ]);
    assert.equal(two.newDocuments, 0);
    assert.equal(two.newVersions, 1);
    const view = await on.base.document('cafe-fire');
    assert.ok(view);
    assert.deepEqual(
      view.versions.map((v) => v.version),
      [1, 2],
    );
    assert.notEqual(view.versions[0].contentHash, view.versions[1].contentHash);
    assert.match(view.document.text, /Four people were treated/);
    const report = await on.base.storyReport(storyId);
    assert.ok(report);
    assert.equal(report.stories[0].documents.length, 1, 'the story keeps one member');
    const doc = report.documents[0];
    assert.equal(doc.version, 2);
    assert.ok(doc.changedAt, 'the report says when the text changed');
    assert.match(renderReport(report, 'md'), /\\?\(version 2, text changed \d{4}-\d{2}-\d{2}\\?\)/);
    const stories = await on.base.stories({ limit: 10 });
    assert.equal(stories.length, 2);
    assert.deepEqual(validateReport(report), []);
    assert.deepEqual(validateReport(await on.base.export()), []);
    assert.deepEqual(validateReport(await on.base.export({ since: '2024-01-01' })), []);
    assert.deepEqual(
      (await on.base.export({ since: '2024-01-01' })).documents.map((d) => d.id),
      ['cafe-fire'],
    );
  });

  test('search ignores accents, ranks and highlights, and escapes what it shows', async () => {
    const hits = await on.base.search('cafe zurich');
    assert.ok(hits.length >= 1);
    assert.ok(hits.some((h) => h.kind === 'document' && h.id === 'cafe-fire'));
    for (const h of hits) {
      assert.match(h.snippet, /<b>[^<]+<\/b>/);
      assert.ok(!/<(?!\/?b>)/.test(h.snippet), `only <b> marks: ${h.snippet}`);
    }
    const fryer = await on.base.search('faulty fryer');
    assert.match(fryer[0].snippet, /&quot;<b>Fryer<\/b> &amp; Sons&quot;/);
    assert.ok(!/<script/i.test(fryer[0].snippet));
    const seeds = await on.base.search('Lukashenko sovereignty');
    assert.ok(seeds.some((h) => h.kind === 'story' && h.id === batch.stories[0].id));
    assert.ok(seeds[0].rank >= seeds[seeds.length - 1].rank);
    assert.deepEqual(await on.base.search('zzzyxq'), []);
  });

  test('bad input: one problem per input, stored with its reason; the rest goes on', async () => {
    writeFileSync(join(scratch, 'empty.txt'), '');
    writeFileSync(join(scratch, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    const seen: string[] = [];
    const s = await on.base.ingest([join(scratch, 'empty.txt'), join(scratch, 'binary.txt'), join(scratch, 'missing.txt'), seedFiles[0]], {
      onProblem: (p) => seen.push(p.source),
    });
    assert.equal(s.problems, 3);
    assert.equal(s.unchanged, 1);
    assert.equal(seen.length, 3);
    const stored = await on.base.problems();
    for (const name of ['empty.txt', 'binary.txt', 'missing.txt']) {
      const p = stored.find((x) => x.source.endsWith(name));
      assert.ok(p && p.reason.length > 3, `${name} stored with a reason`);
    }
    await on.base.close();
    assert.deepEqual(await inconsistencies(on.where.location), []);
    on.base = await openBase(on.where.location);
  });

  test('story lists filter and sort', async () => {
    const all = await on.base.stories({ sort: 'sources' });
    assert.equal(all[0].id, batch.stories[0].id);
    assert.equal(all[0].documents, 5);
    assert.ok(all[0].independentSources >= 2 && all[0].independentSources < 5, 'copies are not independent sources');
    assert.deepEqual(
      (await on.base.stories({ since: '2024-01-01' })).map((s) => s.documents),
      [1],
    );
    assert.deepEqual(
      (await on.base.stories({ until: '2022-12-19' })).map((s) => s.id),
      [batch.stories[0].id],
    );
    assert.equal((await on.base.stories({ outlet: 'InoSMI' })).length, 1);
    // as a person types them: any case ("inosmi", "EN"); a part of a name is no outlet
    assert.equal((await on.base.stories({ outlet: 'inosmi' })).length, 1);
    assert.equal((await on.base.stories({ outlet: 'INOSMI', language: 'EN' })).length, 1);
    assert.equal((await on.base.stories({ outlet: 'Ino' })).length, 0);
    assert.equal((await on.base.stories({ limit: 1, offset: 1 })).length, 1);
  });

  test('a base made by a newer crosscheck is refused with a clear message', async () => {
    await on.base.close();
    const db = await openAdapter(on.where.location);
    await db.query(`INSERT INTO schema_version (version, name, applied) VALUES (999, 'future', 'now')`);
    await db.close();
    await assert.rejects(openBase(on.where.location), /schema version 999, newer than this crosscheck understands/);
    const again = await openAdapter(on.where.location);
    await again.query('DELETE FROM schema_version WHERE version = 999');
    await again.close();
    on.base = await openBase(on.where.location);
    assert.equal((await on.base.stories()).length, 2);
  });
});
