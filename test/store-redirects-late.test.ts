// A web archive's redirect record written after the page it leads to (a crawler that writes the 301 after the 200, or
// an archive of redirects alone, ingested after the pages): walk10 kept a redirect's address only for the response
// after it, so the short link a researcher was given found nothing (walk10's and walk11's lead). The reader now hands
// the store a link ("these addresses lead to the article at Y"), and the store adds them to that article's addresses
// whenever it was read: earlier in the archive, in an earlier batch, in an earlier run. A redirect that leads to no
// article, and a loop, get a line each. Both backends; the page is BASIL's New York Times report of Beck's CPAC speech.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../src/model.ts';
import { openBase } from '../src/store/index.ts';
import type { RunningServer } from '../src/server/index.ts';
import { problemRule } from '../src/common/problem-rules.ts';
import { summaryText } from '../src/cli/ingest.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { startTestServer } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { beckCpac, buildWarc, crawlRecords, recordPage, type WarcRecordSpec } from './web-fixtures.ts';

const { nyt, fox, SHORT, HTTP, FOX_SHORT } = beckCpac();
const { moved, page } = crawlRecords('04');
const NYT_PAGE = page(nyt.url, recordPage(nyt, 'The New York Times'));
const FOX_PAGE = page(fox.url, recordPage(fox, 'Fox News'));
/** the short link's chain, in the order a crawler follows it */
const CHAIN = [moved(SHORT, HTTP), moved(HTTP, nyt.url)];

function warc(name: string, specs: WarcRecordSpec[]): string {
  const file = join(scratchDir('cc-late-redirects-'), name);
  writeFileSync(file, buildWarc(specs, name.endsWith('.gz')));
  return file;
}

forEachBackend('a web archive\u2019s redirect written after its page on %s', (kind) => {
  test('the short link finds the page in either order, in one batch or batches of one, with one thread or two', async () => {
    const orders = {
      // walk10: the redirects before the page (the page learns them)
      before: warc('before.warc', [...CHAIN, NYT_PAGE]),
      // the page first, then the chain; and the chain's hops the other way round
      after: warc('after.warc', [NYT_PAGE, ...CHAIN]),
      reversed: warc('reversed.warc.gz', [NYT_PAGE, CHAIN[1], CHAIN[0]]),
    };
    const seen: Record<string, unknown> = {};
    for (const [name, file] of Object.entries(orders))
      for (const [batchSize, threads] of [
        [10, 1],
        [1, 1],
        [1, 2],
      ]) {
        const where = await freshBase(kind);
        const base = await openBase(where.location);
        try {
          const problems: Problem[] = [];
          const summary = await base.ingest([file], { batchSize, threads, onProblem: (p) => problems.push(p) });
          assert.deepEqual([summary.newDocuments, summary.problems, problems], [1, 0, []], `${name} ${batchSize} ${threads}`);
          // the short link's address linked (the http address is the page's own key: not new), whatever the order
          assert.deepEqual([summary.linked, summary.waiting], [1, 0], `${name} ${batchSize} ${threads}`);
          const [hit] = await base.search(SHORT);
          assert.ok(hit, `${name} ${batchSize} ${threads}: the short link finds the page`);
          assert.equal(hit.title, nyt.title);
          assert.equal(hit.address, SHORT);
          // the other host's domain finds it too
          assert.deepEqual(
            (await base.search('nyti.ms')).map((h) => h.id),
            [hit.id],
          );
          seen[`${name} ${batchSize} ${threads}`] = { id: hit.id, addresses: [...(await base.document(hit.id))!.addresses].sort() };
        } finally {
          await base.close();
          await where.drop();
        }
      }
    // every order and batching: the same article, the same addresses (the http address is the page's own key)
    const all = Object.values(seen);
    for (const one of all) assert.deepEqual(one, all[0]);
    assert.deepEqual((all[0] as { addresses: string[] }).addresses, [SHORT]);
  });

  test('across two runs: the archive of redirects alone, ingested after the pages, links them; the rest get a line each', async () => {
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      const pages = await base.ingest([warc('pages.warc', [NYT_PAGE, FOX_PAGE])], { batchSize: 10, threads: 1 });
      assert.equal(pages.newDocuments, 2);
      const [nytHit] = await base.search(nyt.url);
      const [foxHit] = await base.search(fox.url);
      assert.ok(nytHit && foxHit);
      assert.deepEqual(await base.search(SHORT), []);

      const empty = 'https://www.nytimes.com/2010/02/20/us/politics/empty.html';
      const redirects = warc('redirects.warc', [
        // a chain X -> Y -> Z, Z stored in the run before
        ...CHAIN,
        // another host's short link to the Fox page, through its http address
        moved(FOX_SHORT, fox.url),
        // a redirect of the page's address to itself (a cookie's round trip): nothing
        moved(fox.url, fox.url),
        // a page with no article text, then a redirect to it
        page(empty, Buffer.from('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>')),
        moved('https://nyti.ms/empty', empty),
        // a loop, and a redirect to a page neither in this archive nor in the base
        moved('https://loop.example/a', 'https://loop.example/b'),
        moved('https://loop.example/b', 'https://loop.example/a'),
        moved('https://nyti.ms/gone', 'https://www.nytimes.com/2010/02/21/not-captured.html'),
      ]);
      const problems: Problem[] = [];
      const run = await base.ingest([redirects], { batchSize: 1, threads: 1, onProblem: (p) => problems.push(p) });
      assert.deepEqual([run.newDocuments, run.newVersions, run.unchanged], [0, 0, 0]);
      const lines = problems.map((p) => `${p.source.replace(/^.*\//, '')}: ${p.reason}`);
      assert.deepEqual(lines, [
        'redirects.warc#5: no article text found (everything was page chrome or empty)',
        'redirects.warc#6: redirect to a page not stored (its own line says why): https://nyti.ms/empty -> https://www.nytimes.com/2010/02/20/us/politics/empty.html; its addresses wait for that page, and find it if a later reading of it is stored',
        'redirects.warc#9: redirect to a page neither in this archive nor in the base: https://nyti.ms/gone -> https://www.nytimes.com/2010/02/21/not-captured.html; its addresses wait for that page, and find it once it is ingested',
        'redirects.warc#7: redirect loop: https://loop.example/a -> https://loop.example/b -> https://loop.example/a; no page at its end, its addresses are not kept',
      ]);
      // walk14: the two redirects whose page is not stored wait for it (notes), the page with no text and the loop are
      // problems; two addresses linked (the short links; the http address is the page's own key)
      assert.deepEqual(
        problems.map((p) => problemRule(p.reason)),
        ['no-article-text', 'redirect-waiting', 'redirect-waiting', 'redirect-not-kept'],
      );
      assert.deepEqual([run.read, run.problems, run.notes, run.linked, run.waiting], [0, 2, 2, 2, 2]);
      assert.equal(
        summaryText(run, 'base'),
        'base: no article read, only redirects: 2 addresses linked to the articles redirects lead to; 2 redirects waiting for their pages (linked when ingested); 2 problems, 2 notes (on inputs used)\n' +
          'stories: 0 opened, 0 grown, 0 merged into others\n',
      );

      // the chain's first address, and the other host's, find their pages; nothing else moved
      assert.deepEqual(
        (await base.search(SHORT)).map((h) => [h.id, h.address]),
        [[nytHit.id, SHORT]],
      );
      assert.deepEqual(
        (await base.search(FOX_SHORT)).map((h) => h.id),
        [foxHit.id],
      );
      assert.deepEqual((await base.document(nytHit.id))!.addresses, [SHORT]);
      assert.deepEqual((await base.document(foxHit.id))!.addresses, [FOX_SHORT]);
      assert.deepEqual(await base.search('https://nyti.ms/gone'), []);
      assert.deepEqual(await base.search('https://loop.example/a'), []);

      // the same archive again: the addresses held once, the same lines
      const again: Problem[] = [];
      const twice = await base.ingest([redirects], { batchSize: 10, threads: 2, onProblem: (p) => again.push(p) });
      assert.deepEqual((await base.document(nytHit.id))!.addresses, [SHORT]);
      assert.equal(again.length, problems.length);
      assert.deepEqual([twice.linked, twice.waiting], [0, 2]);
    } finally {
      await base.close();
      await where.drop();
    }
  });
});

test('the web app and the API: the short link read after its page finds it, and the page says it was reached there', async () => {
  const where = await freshBase('pglite');
  const base = await openBase(where.location);
  let server: RunningServer | undefined;
  try {
    await base.ingest([warc('after.warc', [NYT_PAGE, ...CHAIN])], { batchSize: 10, threads: 1 });
    server = await startTestServer(base);
    const [beck] = await base.search(SHORT);
    const search = await (await fetch(`${server.url}/search?q=${encodeURIComponent(SHORT)}`)).text();
    assert.match(search, /1 result/);
    assert.match(search, /at <mark>https:\/\/nyti\.ms\/beckCPAC<\/mark> … /);
    const api = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent(SHORT)}`)).json()) as { hits: Array<{ id: string; address?: string }> };
    assert.deepEqual(
      api.hits.map((r) => [r.id, r.address]),
      [[beck.id, SHORT]],
    );
    const article = await (await fetch(`${server.url}/articles/${beck.id}`)).text();
    assert.match(article, /Redirected here from: <code class="address">https:\/\/nyti\.ms\/beckCPAC<\/code>/);
    const doc = (await (await fetch(`${server.url}/api/documents/${beck.id}`)).json()) as { addresses: string[]; reached: unknown };
    assert.deepEqual(doc.addresses, [SHORT]);
    assert.deepEqual(doc.reached, [{ address: SHORT, how: 'redirect' }]);
  } finally {
    await server?.close();
    await base.close();
    await where.drop();
  }
});
