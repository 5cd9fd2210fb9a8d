// Wire copy writes names in angle brackets ("CoFAB Inc said it acquired <Gulfex Inc>, a Houston-based ..."), which
// PostgreSQL's text-search parser read as XML tags: the names were in no search vector and left out of snippets.
// On both backends: a name written only in brackets is found and its snippet keeps it; markup a record still holds
// (PolNeAR's `<tweet id=".." author="..">`) stays out; a base whose vectors were built before migration 016 has
// them built again when it is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { adapterOf, openAdapter, openBase } from '../src/store/index.ts';
import { packagePath } from '../src/common/package-root.ts';
import { copyOf, forEachBackend, inconsistencies, suiteBase } from './store-helpers.ts';
import { SCHEMA_VERSION } from '../src/store/migrate.ts';

const FIXTURE = join(packagePath('test', 'fixtures', 'store'), 'bracketed-names.jsonl');

forEachBackend('bracketed names in search on %s', (kind) => {
  const on = suiteBase(kind, (base) => base.ingest([FIXTURE]));

  test('a name written only in brackets is found, and its snippet keeps it with its brackets', async () => {
    const hits = await on.base.search('Willemijn');
    const doc = hits.find((h) => h.kind === 'document');
    assert.ok(doc);
    assert.equal(doc.id, '373');
    assert.match(doc.snippet, /AGREEMENT &lt;<b>Willemijn<\/b> Holding BV&gt; of Rotterdam said it has licensed NCR Corp/);
    assert.ok(
      hits.some((h) => h.kind === 'story'),
      'the story holding it too',
    );
    // "CoFAB Inc said it acquired , a Houston-based ..." before
    const cofab = (await on.base.search('Houston fabricator')).find((h) => h.kind === 'document');
    assert.ok(cofab);
    assert.equal(cofab.id, '68');
    assert.match(cofab.snippet, /CoFAB Inc said it acquired &lt;Gulfex Inc&gt;, a <b>Houston<\/b>-based <b>fabricator<\/b>/);
    // a ticker in a title; a fragment that starts inside a bracketed name shows no stray bracket
    const gulfex = (await on.base.search('COFAB GULFEX')).find((h) => h.kind === 'document');
    assert.ok(gulfex);
    assert.equal(gulfex.id, '68');
    assert.ok(!/^(?:(?!&lt;).)*&gt;/.test(gulfex.snippet), gulfex.snippet);
    assert.match(gulfex.snippet, /&lt;<b>Gulfex<\/b> Inc&gt;/);
    // the name as a query writes it, with its brackets
    assert.equal((await on.base.search('<Willemijn Holding BV>')).find((h) => h.kind === 'document')?.id, '373');
  });

  test("markup a record still holds stays out: an embedded post's attributes are not searched or shown", async () => {
    assert.deepEqual(await on.base.search('datetime'), []);
    const ryan = (await on.base.search('respect professionals')).find((h) => h.kind === 'document');
    assert.ok(ryan);
    assert.equal(ryan.id, 'breitbart_2016-07-05_paul-ryan-fbi-decision-not-to-in');
    assert.match(ryan.snippet, /<b>respect<\/b> the <b>professionals<\/b>/);
    assert.ok(!/tweet|author|datetime|&lt;|&gt;/.test(ryan.snippet), ryan.snippet);
  });

  test('a base whose search vectors were built before migration 016 has them built again when opened', async () => {
    await on.base.close();
    const old = await copyOf(on.where);
    on.base = await openBase(on.where.location);
    try {
      // back to schema 15: the vectors as the ingest built them then, and no search_text
      const db = await openAdapter(old.location);
      const before = (q: string) =>
        `setweight(to_tsvector('crosscheck', coalesce(title, '')), 'A') || setweight(to_tsvector('crosscheck', coalesce(${q}, '')), 'B')`;
      await db.exec(
        `UPDATE documents SET search = ${before("(report::json) ->> 'text'")}; UPDATE stories SET search = ${before('body')};
         DROP FUNCTION search_text(text); DELETE FROM schema_version WHERE version >= 16`,
      );
      const [lost] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM documents WHERE search @@ to_tsquery('crosscheck', 'willemijn')`);
      await db.close();
      assert.equal(lost.n, 0, 'the bracketed name was in no vector');

      const opened = await openBase(old.location);
      try {
        assert.equal((await opened.search('Willemijn')).find((h) => h.kind === 'document')?.id, '373');
        const [v] = await adapterOf(opened).query<{ v: number }>('SELECT max(version)::int AS v FROM schema_version');
        assert.equal(v.v, SCHEMA_VERSION);
      } finally {
        await opened.close();
      }
      // every vector as this program's ingest builds it
      assert.deepEqual(await inconsistencies(old.location), []);
    } finally {
      await old.drop();
    }
  });
});
