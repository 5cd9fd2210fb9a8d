// Web ingest end to end through the CLI (in-process, so the test server answers from this process): HTML files (plain and .gz, several charsets), pages served over
// HTTP on 127.0.0.1 (with --allow-private), RSS and Atom feeds, and a WARC crawl.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli as cli } from './helpers.ts';
import { WEB_FIXTURES, buildWarc, fixtureBytes, sampleCrawl } from './web-fixtures.ts';
import { urlDocId } from '../src/ingest/url-id.ts';
import { scratchDir } from './scratch.ts';

const jsonl = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

// compressed once: compressing 50 MB per request would stall the server past the client's 1 s timeout
const BOMB = gzipSync(Buffer.alloc(50 * 1024 * 1024, ' '));

let server: Server;
let base = '';
const userAgents: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    userAgents.push(String(req.headers['user-agent']));
    const path = req.url ?? '/';
    const send = (status: number, type: string | null, body: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
      res.end(body);
    };
    if (path === '/article') return send(200, 'text/html; charset=utf-8', fixtureBytes('rivertown-gazette.html'));
    if (path === '/faehre') return send(200, 'text/html', fixtureBytes('tageblatt-nord.html'));
    if (path === '/tomsk') return send(200, 'text/html', gzipSync(fixtureBytes('tomsk-vesti.html')), { 'content-encoding': 'gzip' });
    if (path === '/old-address') return send(301, null, '', { location: '/article' });
    if (path === '/loop') return send(302, null, '', { location: '/loop' });
    if (path === '/elsewhere') return send(302, null, '', { location: 'ftp://example.org/file' });
    if (path === '/missing') return send(404, 'text/html', '<h1>Not found</h1>');
    if (path === '/image') return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    if (path === '/bomb') return send(200, 'text/html', BOMB, { 'content-encoding': 'gzip' });
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent >= 40) res.end();
        else res.once('drain', pump);
      };
      res.on('error', () => {});
      return pump();
    }
    if (path === '/slow') return; // never answers
    if (path === '/feed') {
      const feed = fixtureBytes('rivertown-gazette.rss')
        .toString('utf8')
        .replace('https://www.rivertown-gazette.example/news/2022/12/20/ferry-meadows-basin</link>', `${base}/faehre</link>`)
        .replace(/<guid>https:[^<]+<\/guid>/, '<guid>basin</guid>');
      return send(200, 'application/rss+xml; charset=utf-8', feed);
    }
    if (path === '/hidden-feed') {
      // the same feed with zero-width spaces, word joiners and soft hyphens in its names
      const feed = fixtureBytes('rivertown-gazette.rss')
        .toString('utf8')
        .replace('<title>The Rivertown Gazette</title>', '<title>The River\u200btown Gaz\u00adette</title>')
        .replace('<title>Flood barrier approved', '<title>Flood\u2060 barrier approved')
        .replace('<dc:creator>Maria Lopez</dc:creator>', '<dc:creator>Ma\u200bria Lopez\ufeff</dc:creator>');
      return send(200, 'application/rss+xml; charset=utf-8', feed);
    }
    send(404, 'text/plain', 'no such page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

after(() => {
  server.closeAllConnections?.();
  server.close();
});

test('a local URL is refused without --allow-private, and read with it', async () => {
  const refused = await cli(['extract', `${base}/article`, '--format', 'jsonl']);
  assert.equal(refused.status, 1);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /refused: address 127\.0\.0\.1 is loopback \(127\/8\) \(use --allow-private/);

  const r = await cli(['extract', `${base}/old-address`, `${base}/faehre`, `${base}/tomsk`, '--format', 'jsonl', '--allow-private']);
  assert.equal(r.status, 0, r.stderr);
  const [gazette, faehre, tomsk] = jsonl(r.stdout);
  assert.equal(gazette.id, urlDocId(`${base}/article`), 'id: short hash of the URL after the redirect');
  assert.equal(gazette.source, `${base}/old-address`);
  assert.equal(gazette.title, 'Flood barrier approved after decade of delays');
  assert.equal(gazette.outlet, 'The Rivertown Gazette');
  assert.deepEqual(gazette.byline, ['Maria Lopez']);
  assert.match(gazette.text, /^Rivertown council on Monday approved/);
  assert.match(gazette.text, /Treasury officials are expected to decide on the grant in February\.$/);
  for (const chrome of ['cookies', 'Share on Twitter', 'Related stories', 'newsletter', 'About time', 'Most read', 'All rights reserved', 'Photo: J. Smith']) {
    assert.ok(!gazette.text.includes(chrome), `chrome left in: ${chrome}`);
  }
  assert.match(faehre.text, /die alte „Pellworm I“ den Fährverkehr/, 'meta charset of a page served without one');
  assert.equal(faehre.language, 'de');
  assert.match(tomsk.text, /В пятницу в Томске открыли движение/, 'gzip content coding and meta charset');
  assert.ok(
    userAgents.every((ua) => /^crosscheck\//.test(ua)),
    'the user agent names crosscheck',
  );
});

test('fetch failures are one-line problems: status, redirects, scheme, type, size, gzip bomb, timeout', async () => {
  // the timeout case alone with a short timeout: on a loaded machine, reading the bomb outlasted a timeout shared by all
  const urls = ['/missing', '/loop', '/elsewhere', '/image', '/huge', '/bomb'].map((p) => base + p);
  const r = await cli(['extract', ...urls, '--allow-private', '--timeout', '600', '--max-size', '1MB']);
  assert.equal(r.status, 1);
  const slow = await cli(['extract', `${base}/slow`, '--allow-private', '--timeout', '1', '--max-size', '1MB']);
  assert.equal(slow.status, 1);
  const lines = (r.stderr + slow.stderr).trim().split('\n');
  const reasons = [
    /HTTP 404/,
    /too many redirects/,
    /unsupported URL scheme ftp:/,
    /binary content \(a PNG image\)/,
    /too large/,
    /too large \(over 1\.0 MB once decompressed/,
    /timed out after 1 s/,
  ];
  assert.equal(lines.length, reasons.length, r.stderr);
  reasons.forEach((re, i) => assert.match(lines[i], re, lines[i]));
  for (const line of lines) assert.ok(line.startsWith(`crosscheck: ${base}/`));
});

test('a feed URL: each item is a document; summary-only items are filled from the linked page', async () => {
  const r = await cli(['extract', `${base}/feed`, '--format', 'jsonl', '--allow-private']);
  assert.equal(r.status, 0, r.stderr);
  const docs = jsonl(r.stdout);
  assert.equal(docs.length, 2);
  assert.equal(docs[0].source, `${base}/feed#1`);
  assert.match(docs[0].text, /^Rivertown council on Monday/);
  assert.ok(!docs[0].text.includes('Sign up to our newsletter'));
  assert.equal(docs[1].source, `${base}/faehre`);
  assert.equal(docs[1].title, 'Ferry Meadows basin: what residents need to know', 'the feed title is kept');
  assert.match(docs[1].text, /Die neue Fähre zwischen Nordstrand und Pellworm/);

  const report = await cli(['analyze', `${base}/feed`, `${base}/tomsk`, '--format', 'json', '--allow-private', '--timeout', '600']);
  assert.equal(report.status, 0, report.stderr);
  const json = JSON.parse(report.stdout);
  assert.deepEqual(
    json.documents.map((d: { source: string }) => d.source),
    [`${base}/feed#1`, `${base}/faehre`, `${base}/tomsk`],
  );
  assert.deepEqual(
    json.documents.map((d: { language: string }) => d.language),
    ['en', 'de', 'ru'],
  );
});

test('files: HTML, gzip HTML, RSS, Atom and WARC through extract and analyze', async () => {
  const dir = scratchDir('cc-web-');
  for (const f of ['rivertown-gazette.html.gz', 'tageblatt-nord.html', 'tomsk-vesti.html', 'world-wire.atom', 'rivertown-gazette.rss'])
    copyFileSync(join(WEB_FIXTURES, f), join(dir, f));
  writeFileSync(join(dir, 'crawl.warc.gz'), buildWarc(sampleCrawl(), true));
  const r = await cli(['extract', dir, '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const docs = jsonl(r.stdout);
  const sources = docs.map((d) => d.source.slice(dir.length + 1));
  assert.deepEqual(sources, [
    'crawl.warc.gz#3',
    'crawl.warc.gz#7',
    'crawl.warc.gz#8',
    'rivertown-gazette.html.gz',
    'rivertown-gazette.rss#1',
    'rivertown-gazette.rss#2',
    'tageblatt-nord.html',
    'tomsk-vesti.html',
    'world-wire.atom#1',
    'world-wire.atom#2',
    'world-wire.atom#3',
  ]);
  const warcFaehre = docs[1];
  assert.equal(warcFaehre.url, 'https://www.tageblatt-nord.example/lokales/neue-faehre-nordstrand');
  assert.equal(warcFaehre.published, '2023-03-14', "the page's own date wins over the crawl date");
  assert.equal(docs[0].published, '2022-12-19T08:30:00+00:00');
  assert.equal(docs[2].published, '2023-09-01T10:15:00+07:00');
  assert.equal(docs[3].id, 'rivertown-gazette');
  assert.equal(docs[3].published, '2022-12-19T08:30:00+00:00');
  assert.equal(docs[7].outlet, 'Томские вести');
  assert.match(r.stderr, /rivertown-gazette\.rss#2: feed item holds only a summary/);

  const report = await cli(['analyze', dir, '--format', 'json']);
  assert.equal(report.status, 0, report.stderr);
  const json = JSON.parse(report.stdout);
  assert.equal(json.documents.length, docs.length);
  assert.ok(json.stories.length >= 1);
  assert.ok(json.problems.some((p: { reason: string }) => /only a summary/.test(p.reason)));
});

test('a feed whose names hold zero-width characters gives the same outlet, title and byline as the feed without them', async () => {
  const read = async (path: string) => {
    const r = await cli(['extract', `${base}${path}`, '--format', 'jsonl', '--allow-private', '--timeout', '600']);
    assert.equal(r.status, 0, r.stderr);
    return jsonl(r.stdout).map((d: { outlet: string; title: string; byline: string[] }) => [d.outlet, d.title, d.byline]);
  };
  const [plain, hidden] = [await read('/feed'), await read('/hidden-feed')];
  assert.equal(plain[0][0], 'The Rivertown Gazette');
  assert.deepEqual(hidden[0], plain[0]);
});
