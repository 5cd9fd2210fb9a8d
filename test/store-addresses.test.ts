// A researcher pastes an article's address, or types an outlet's domain, into the search (walk10; walk9's lead): the
// words' index holds neither, so "reuters.com" and a pasted Reuters address found nothing. And an article fetched
// through a redirect -- a short link, an http address moved to https, a web archive's 301 record -- was held under its
// final address alone: the address the researcher was given led nowhere. Now every address a reading was reached at is
// kept with its article (store/addresses.ts), shown on its page, and looked up by the search, on both backends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openAdapter, openBase } from '../src/store/index.ts';
import { addAlert, alertMatches, matchAlerts } from '../src/watch/alerts.ts';
import { startServer, type RunningServer } from '../src/server/index.ts';
import { addressKey, addressQuery } from '../src/store/addresses.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { ECB_DEV, ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { buildWarc, httpResponse, recordPage, type WalkRecord } from './web-fixtures.ts';

// ECB+ reports with their publishers' addresses: Reuters (www. and uk.), the BBC, ABC's Oscar blog
const ECB_IDS = ['2_7ecbplus', '2_8ecbplus', '8_8ecbplus', '27_1ecbplus'];
const ecb = readFileSync(ECB_DEV, 'utf8')
  .split('\n')
  .filter((l) => ECB_IDS.some((id) => l.includes(`"id": "${id}"`)));

// BASIL's New York Times report of Glenn Beck's CPAC speech, as the page a short link leads to through two redirects
const nyt = readFileSync(join(ROOT, 'test', 'fixtures', 'walk', 'basil-beck-cpac.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as WalkRecord)
  .find((r) => r.outlet === 'nyt')!;
const SHORT = 'https://nyti.ms/beckCPAC';
const nytPage = recordPage(nyt, 'The New York Times');
const moved = (to: string) => httpResponse('301 Moved Permanently', 'text/html', Buffer.alloc(0), [`Location: ${to}`]);

function inputs(): string[] {
  const dir = scratchDir('cc-addresses-');
  const records = join(dir, 'ecb.jsonl');
  writeFileSync(records, `${ecb.join('\n')}\n`);
  const warc = join(dir, 'beck.warc');
  // the short link, then the http address, then the page: the order a crawler writes them in
  const http = nyt.url.replace(/^https:/, 'http:');
  writeFileSync(
    warc,
    buildWarc(
      [
        { type: 'response', uri: SHORT, date: '2019-06-01T04:00:00Z', block: moved(http) },
        { type: 'response', uri: http, date: '2019-06-01T04:00:01Z', block: moved(nyt.url) },
        { type: 'response', uri: nyt.url, date: '2019-06-01T04:00:02Z', block: httpResponse('200 OK', 'text/html; charset=utf-8', nytPage) },
      ],
      false,
    ),
  );
  return [records, warc];
}

test('an address as typed or pasted is keyed without scheme, www., fragment or tracking; a domain is one', () => {
  assert.equal(
    addressKey('http://www.reuters.com/article/2013/08/02/us-oscars-degeneres-idUSBRE9710UQ20130802'),
    'reuters.com/article/2013/08/02/us-oscars-degeneres-idusbre9710uq20130802',
  );
  assert.equal(addressKey('https://www.bbc.co.uk/news/technology-24142934/?utm_source=twitter#comments'), 'bbc.co.uk/news/technology-24142934');
  assert.equal(addressKey('bbc.co.uk/news/technology-24142934'), 'bbc.co.uk/news/technology-24142934');
  assert.equal(addressKey('file:///tmp/x.html'), null);
  assert.deepEqual(addressQuery('reuters.com'), { keys: null, hosts: ['reuters.com'], words: '' });
  assert.deepEqual(addressQuery('www.BBC.co.uk Microsoft'), { keys: null, hosts: ['bbc.co.uk'], words: 'Microsoft' });
  assert.deepEqual(addressQuery('https://nyti.ms/beckCPAC?utm_medium=social')?.keys, ['nyti.ms/beckcpac', 'nyti.ms/beckcpac?utm_medium=social']);
  // words that only look like domains at a glance
  for (const words of ['U.S. sanctions', 'version 3.5', 'Ellen DeGeneres', '"reuters.com"', '-reuters.com']) assert.equal(addressQuery(words), null, words);
});

forEachBackend('an article found by its addresses and its outlet\u2019s domain on %s', (kind) => {
  test('a pasted address, a redirect\u2019s, a domain and a domain with words find the articles; the page names the addresses', async () => {
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      const files = inputs();
      const first = await base.ingest(files, { batchSize: 10, threads: 1 });
      assert.equal(first.newDocuments, 5);
      const ids = async (q: string) => (await base.search(q)).map((h) => `${h.kind}:${h.id}`);

      // a domain: the articles at it or under it (uk.reuters.com), newest first; none of the words' index holds it
      assert.deepEqual(await ids('reuters.com'), ['document:2_8ecbplus', 'document:8_8ecbplus']);
      assert.deepEqual(await ids('uk.reuters.com'), ['document:8_8ecbplus']);
      assert.deepEqual(await ids('www.bbc.co.uk'), ['document:27_1ecbplus']);
      // a domain and words: the articles at it holding them
      assert.deepEqual(await ids('reuters.com Oscars'), ['document:2_8ecbplus']);
      const [hit] = await base.search('reuters.com');
      assert.match(
        hit.snippet,
        /^at <b>http:\/\/www\.reuters\.com\/article\/2013\/08\/02\/us-oscars-degeneres-idUSBRE9710UQ20130802<\/b> … Comedian Ellen DeGeneres/,
      );

      // a pasted address, with or without its scheme, www. or a trailing slash
      assert.deepEqual(await ids('https://www.bbc.co.uk/news/technology-24142934/'), ['document:27_1ecbplus']);
      assert.deepEqual(await ids('oscar.go.com/blogs/oscar-news/ellen-degeneres-returns-to-host-the-oscars'), ['document:2_7ecbplus']);
      // the short link and the http address the archive's redirects led from: the Times's page
      const [beck] = await base.search(SHORT);
      assert.ok(beck, 'the short link finds the page it led to');
      assert.equal(beck.title, nyt.title);
      assert.deepEqual(await ids(`${SHORT}?utm_source=twitter`), [`document:${beck.id}`]);
      assert.deepEqual(await ids(nyt.url.replace(/^https:/, 'http:')), [`document:${beck.id}`]);
      assert.deepEqual(await ids('nytimes.com'), [`document:${beck.id}`]);
      // an address no article was reached at finds nothing; a "domain" no article is at is read as words
      assert.deepEqual(await ids('https://www.reuters.com/article/nothing-here'), []);
      assert.ok((await ids('DeGeneres.com')).length === 0);

      // the article's page names the addresses it was reached at besides its own
      const view = (await base.document(beck.id))!;
      assert.equal(view.document.url, nyt.url);
      // (the http address is the same one as the https page's own: an address's key has no scheme)
      assert.deepEqual(view.addresses, [SHORT]);
      assert.deepEqual((await base.document('2_8ecbplus'))!.addresses, []);

      // the same archive again: nothing new, the addresses held once
      const again = await base.ingest(files, { batchSize: 1, threads: 1 });
      assert.deepEqual([again.newDocuments, again.newVersions, again.unchanged], [0, 0, 5]);
      assert.deepEqual((await base.document(beck.id))!.addresses, [SHORT]);
    } finally {
      await base.close();
      await where.drop();
    }
  });
});

forEachBackend('an article fetched through redirects on %s', (kind) => {
  test('the address asked for and every hop find it; a later reading at another address adds that one', async () => {
    let hits = 0;
    const server = http.createServer((req, res) => {
      hits++;
      if (req.url === '/s/1') res.writeHead(302, { Location: '/go/beck' }).end();
      else if (req.url === '/go/beck') res.writeHead(301, { Location: '/2010/02/20/beck-cpac.html' }).end();
      else if (req.url === '/2010/02/20/beck-cpac.html') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(nytPage);
      else res.writeHead(404).end();
    });
    server.keepAliveTimeout = 600_000;
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const at = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      const first = await base.ingest([`${at}/s/1`], { allowPrivate: 'loopback', threads: 1 });
      assert.equal(first.newDocuments, 1);
      const [doc] = await base.search(`${at}/s/1`);
      assert.ok(doc, 'the address asked for finds the article');
      // the page's canonical link is on another site than the one fetched: its address is the one fetched
      const view = (await base.document(doc.id))!;
      assert.equal(view.document.url, `${at}/2010/02/20/beck-cpac.html`);
      assert.deepEqual(view.addresses, [`${at}/s/1`, `${at}/go/beck`]);
      // how each reached it: the one asked for, the hop a redirect led from (the page said the two alike)
      assert.deepEqual(view.reached, [
        { address: `${at}/s/1`, how: 'asked' },
        { address: `${at}/go/beck`, how: 'redirect' },
      ]);
      assert.deepEqual(
        (await base.search(`${at}/go/beck`)).map((h) => h.id),
        [doc.id],
      );
      // read again at the page's own address: unchanged, and no address added twice
      const again = await base.ingest([`${at}/2010/02/20/beck-cpac.html`], { allowPrivate: 'loopback', threads: 1 });
      assert.equal(again.unchanged, 1);
      assert.deepEqual((await base.document(doc.id))!.addresses, [`${at}/s/1`, `${at}/go/beck`]);
      assert.ok(hits >= 4);
    } finally {
      await base.close();
      await where.drop();
      server.close();
    }
  });
});

forEachBackend('a base written before addresses were kept, upgraded on %s', (kind) => {
  test('opening it keys the addresses its articles hold: their URLs, found by domain and by address', async () => {
    const where = await freshBase(kind);
    try {
      const base = await openBase(where.location);
      await base.ingest([inputs()[0]], { batchSize: 10, threads: 1 }).finally(() => base.close());
      // back to schema 16: no addresses kept
      const db = await openAdapter(where.location);
      await db.exec('DROP TABLE document_addresses; DELETE FROM schema_version WHERE version >= 17');
      await db.close();
      const opened = await openBase(where.location);
      try {
        assert.deepEqual(
          (await opened.search('reuters.com')).map((h) => h.id),
          ['2_8ecbplus', '8_8ecbplus'],
        );
        assert.deepEqual(
          (await opened.search('https://www.bbc.co.uk/news/technology-24142934')).map((h) => h.id),
          ['27_1ecbplus'],
        );
      } finally {
        await opened.close();
      }
    } finally {
      await where.drop();
    }
  });
});

test('the web app: a domain search lists the articles with the address matched; the article page names the others, escaped', async () => {
  const where = await freshBase('pglite');
  const base = await openBase(where.location);
  const hostile = 'https://nyti.ms/beck?x=<i>1</i>&y="2"';
  const dir = scratchDir('cc-addresses-web-');
  const warc = join(dir, 'hostile.warc');
  writeFileSync(
    warc,
    buildWarc(
      [
        { type: 'response', uri: hostile, date: '2019-06-01T04:00:00Z', block: moved(nyt.url) },
        { type: 'response', uri: nyt.url, date: '2019-06-01T04:00:02Z', block: httpResponse('200 OK', 'text/html; charset=utf-8', nytPage) },
      ],
      false,
    ),
  );
  let server: RunningServer | undefined;
  try {
    await base.ingest([inputs()[0], warc], { batchSize: 10, threads: 1 });
    server = await startServer(base, { port: 0 });
    const search = await (await fetch(`${server.url}/search?q=reuters.com`)).text();
    assert.match(search, /2 results/);
    assert.match(search, /at <mark>http:\/\/uk\.reuters\.com\/article\/2010\/05\/05\/uk-greece-idUKLDE6440NQ20100505<\/mark> … Three people/);
    const [beck] = await base.search('nyti.ms/beck?x=<i>1</i>&y="2"');
    assert.ok(beck, 'the hostile address as pasted finds the page');
    const found = await (await fetch(`${server.url}/search?q=${encodeURIComponent(hostile)}`)).text();
    assert.match(found, /at <mark>https:\/\/nyti\.ms\/beck\?x=&lt;i&gt;1&lt;\/i&gt;&amp;y=&quot;2&quot;<\/mark>/);
    assert.doesNotMatch(found, /<i>1<\/i>/);
    const article = await (await fetch(`${server.url}/articles/${beck.id}`)).text();
    assert.match(article, /Redirected here from: <code class="address">https:\/\/nyti\.ms\/beck\?x=&lt;i&gt;1&lt;\/i&gt;&amp;y=&quot;2&quot;<\/code>/);
    assert.doesNotMatch(article, /Asked for at|Also read at/);
    const api = (await (await fetch(`${server.url}/api/documents/${beck.id}`)).json()) as { addresses: string[] };
    assert.deepEqual(api.addresses, [hostile]);
  } finally {
    await server?.close();
    await base.close();
    await where.drop();
  }
});

forEachBackend('an alert on a domain or an address on %s', (kind) => {
  test('fires for the stories holding articles at it, as the search finds them (walk10: "reuters.com" never fired)', async () => {
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      const db = adapterOf(base);
      const add = async (query: string) => {
        const a = await addAlert(db, query, null, 1);
        assert.ok('id' in a, query);
        return a.id;
      };
      const alerts = {
        domain: await add('reuters.com'),
        under: await add('uk.reuters.com'),
        words: await add('reuters.com Oscars'),
        address: await add('https://www.bbc.co.uk/news/technology-24142934/'),
        short: await add(SHORT),
        parliament: await add('reuters.com parliament'),
        // the Times's page holds Beck, no Reuters report does
        none: await add('reuters.com Beck'),
        plain: await add('DeGeneres'),
      };
      await base.ingest(inputs(), { batchSize: 10, threads: 1 });
      assert.ok((await matchAlerts(db, { now: 2, publicUrl: 'http://localhost' })) > 0);
      const fired = async (id: number) => (await alertMatches(db, id)).flatMap((m) => m.articles.map((a) => a.id)).sort();
      assert.deepEqual(await fired(alerts.domain), ['2_8ecbplus', '8_8ecbplus']);
      assert.deepEqual(await fired(alerts.under), ['8_8ecbplus']);
      assert.deepEqual(await fired(alerts.words), ['2_8ecbplus']);
      assert.deepEqual(await fired(alerts.address), ['27_1ecbplus']);
      const [beck] = await base.search(SHORT);
      assert.deepEqual(await fired(alerts.short), [beck.id]);
      assert.deepEqual(await fired(alerts.parliament), ['8_8ecbplus']);
      assert.deepEqual(await fired(alerts.none), []);
      // an alert by words matches as before: the search's hits by words
      const byWords = (await base.search('DeGeneres'))
        .filter((h) => h.kind === 'document')
        .map((h) => h.id)
        .sort();
      assert.deepEqual(await fired(alerts.plain), byWords);
    } finally {
      await base.close();
      await where.drop();
    }
  });
});
