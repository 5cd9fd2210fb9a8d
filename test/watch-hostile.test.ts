// `crosscheck watch --once` against hostile feeds on a real HTTP server on 127.0.0.1 (loopback allowed with
// --allow-loopback, so a redirect to another private address is still refused): each bad feed is one line naming
// it and why, the other feeds are read, and what the base held stays. The feed reader is analyze's, an item at a
// time: counted by the most characters handed to the XML parser at once, never timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runCli } from './helpers.ts';
import { largestFeedParse } from '../src/ingest/feed.ts';
import { WATCH_FEED } from '../src/watch/parse.ts';

const gazette = readFileSync(join(import.meta.dirname, 'fixtures/web/rivertown-gazette.rss'), 'utf8');
const page = readFileSync(join(import.meta.dirname, 'fixtures/web/rivertown-gazette.html'), 'utf8');
const ITEMS = 50_000;
// the items a feed gives at most: 100 here, not 2,000 (each item kept is a job of the watcher: claimed, run and
// finished in the base, 2,000 of them were most of this file's CPU); src/watch/parse.test.ts keeps the 2,000
WATCH_FEED.maxItems = 100;

/** An RSS feed of these items, under the Gazette's channel. */
const rss = (items: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title><link>http://127.0.0.1/</link>\n${items.join('\n')}\n</channel></rss>`;

test('watch on hostile feeds: one line each, the other feeds read, nothing stored lost', { timeout: 1_800_000 }, async () => {
  // items with a guid and title but no link and no text: the watcher keeps the first 100, each a "no text" item (no page fetched)
  const big = rss(Array.from({ length: ITEMS }, (_, i) => `<item><title>Item ${i + 1}</title><guid>big-${i + 1}</guid></item>`));
  const bodies: Record<string, { type: string; body: string | Buffer; encoding?: string; status?: number; location?: string }> = {
    '/big.xml': { type: 'application/rss+xml', body: big },
    // two titled items with no guid or link, two with neither title: none of them may swallow another
    '/nolink.xml': {
      type: 'application/rss+xml',
      body: rss([
        '<item><title>Barrier vote</title><description>Council votes on the barrier.</description></item>',
        '<item><title>Basin works</title><description>Works start at the basin.</description></item>',
        '<item><description>A note with no title.</description></item>',
        '<item><description>Another note with no title.</description></item>',
      ]),
    },
    '/dupes.xml': {
      type: 'application/rss+xml',
      body: rss(
        ['one', 'two', 'three'].map((t) => `<item><title>Take ${t}</title><guid>same-guid</guid><description>Take ${t} of the story.</description></item>`),
      ),
    },
    // an HTML page where a feed was expected, and served as one
    '/page.xml': { type: 'application/rss+xml', body: page },
    // 64 MB of zeros in 64 kB of gzip
    '/bomb.xml': { type: 'application/rss+xml', body: gzipSync(Buffer.alloc(64 * 1024 * 1024)), encoding: 'gzip' },
    // a feed said to be an image: read by what it is
    '/typed.xml': { type: 'image/png', body: rss(['<item><title>Typed</title><guid>typed-1</guid></item>']) },
    '/redirect.xml': { type: 'text/plain', body: '', status: 302, location: 'http://169.254.169.254/latest/meta-data/' },
    // a JSON Feed whose second item is not well-formed (before: the whole feed unreadable, its good items lost)
    '/bad.json': {
      type: 'application/feed+json',
      body: '{"version":"https://jsonfeed.org/version/1.1","title":"Bad JSON","items":[{"id":"bj-1","title":"Library hours","content_text":"The library opens late on Sundays."},{"id":"bj-2","title":},{"id":"bj-3","title":"Chess club","content_text":"The chess club meets on Tuesdays."}]}',
    },
  };
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const b = bodies[req.url ?? ''];
    if (!b) return res.writeHead(404).end();
    res.writeHead(b.status ?? 200, {
      'content-type': b.type,
      ...(b.encoding ? { 'content-encoding': b.encoding } : {}),
      ...(b.location ? { location: b.location } : {}),
    });
    res.end(b.body);
  });
  // a busy process may leave a kept-alive connection idle past Node's 5 s; the watcher does not send again at once
  server.keepAliveTimeout = 600_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // the Gazette with its links on this server (its summary-only item's page is served too)
  bodies['/gazette.xml'] = { type: 'application/rss+xml', body: gazette.replaceAll('https://www.rivertown-gazette.example', origin) };
  bodies['/news/2022/12/20/ferry-meadows-basin'] = { type: 'text/html', body: page };
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-hostile-'));
  const db = join(dir, 'base');
  const watch = () =>
    runCli(['watch', '--once', '--db', db, '--allow-loopback', '--max-size', '4MB', '--per-host-gap', '1', '--timeout', '600', '--concurrency', '1']);
  try {
    const paths = ['/gazette.xml', '/big.xml', '/nolink.xml', '/dupes.xml', '/page.xml', '/bomb.xml', '/typed.xml', '/redirect.xml', '/bad.json'];
    const add = await runCli(['feeds', 'add', ...paths.map((p) => origin + p), '--db', db]);
    assert.equal(add.status, 0, add.stderr);
    largestFeedParse();
    const first = await watch();
    assert.equal(first.status, 0, first.stderr);
    const lines = first.stderr.split('\n').filter((l) => l && !/^crosscheck: \d+ polls/.test(l));
    const about = (path: string) => lines.filter((l) => l.startsWith(`crosscheck: ${origin}${path}: `));
    // each hostile feed: one line naming it and why
    assert.deepEqual(about('/big.xml'), [`crosscheck: ${origin}/big.xml: the feed lists 50,000 items: the first 100 are read`]);
    assert.deepEqual(about('/nolink.xml'), [
      `crosscheck: ${origin}/nolink.xml: 4 items (#1-#4) have no guid or link: told apart by title, or by what they say`,
    ]);
    assert.deepEqual(about('/dupes.xml'), [
      `crosscheck: ${origin}/dupes.xml: 2 items (#2-#3) repeat the guid or link of an earlier item: one item is read for each`,
    ]);
    assert.deepEqual(about('/page.xml'), [`crosscheck: ${origin}/page.xml: not an RSS, Atom or JSON feed`]);
    assert.deepEqual(about('/bomb.xml'), [`crosscheck: ${origin}/bomb.xml: too large (over 4.0 MB once decompressed; raise it with --max-size)`]);
    assert.deepEqual(about('/redirect.xml'), [
      `crosscheck: ${origin}/redirect.xml: redirected to http://169.254.169.254/latest/meta-data/: refused: address 169.254.169.254 is link-local (169.254/16) (use --allow-private to fetch it)`,
    ]);
    assert.equal(about('/bad.json').length, 1);
    assert.match(about('/bad.json')[0], new RegExp(`^crosscheck: ${origin}/bad\\.json: item #2 is not well-formed JSON, skipped \\(.+\\)$`));
    assert.deepEqual(about('/typed.xml'), []);
    assert.deepEqual(about('/gazette.xml'), []);
    // the big feed was read an item at a time: the most the XML parser held at once is an item or the channel
    const most = largestFeedParse();
    // (the channel with its 50,000 items cut out keeps the newline between each; feedsmith's parse counted nothing)
    assert.ok(most > 0 && most < gazette.length + 2 * ITEMS, `${most} characters parsed at once (big feed: ${big.length})`);

    const { feeds } = JSON.parse((await runCli(['feeds', 'list', '--db', db, '--format', 'json'])).stdout) as {
      feeds: Array<{ url: string; lastError: string | null; itemsSeen: number }>;
    };
    const error = (path: string) => feeds.find((f) => f.url === origin + path)?.lastError ?? null;
    assert.match(error('/page.xml') ?? '', /not an RSS, Atom or JSON feed/);
    assert.match(error('/bomb.xml') ?? '', /too large/);
    assert.equal(error('/gazette.xml'), null);
    assert.equal(error('/bad.json'), null, 'the JSON feed was read');
    const ids = async () => (await runCli(['stories', '--db', db, '--format', 'json', '--limit', '1000'])).stdout;
    const before = await ids();
    assert.match(before, /Flood barrier/, 'the good feeds were read');
    assert.equal(feeds.find((f) => f.url === `${origin}/bad.json`)?.itemsSeen, 2, "the JSON feed's two good items are read");

    // the Gazette turns hostile: one line, its stories stay
    bodies['/gazette.xml'] = { type: 'application/rss+xml', body: page };
    const second = await watch();
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stderr, new RegExp(`^crosscheck: ${origin}/gazette\\.xml: not an RSS, Atom or JSON feed$`, 'm'));
    assert.deepEqual(await ids(), before, 'nothing stored is lost');
    // a redirect to the link-local address was refused before any connection: only this server was asked
    assert.ok(requests.every((r) => r.startsWith('/')));
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
