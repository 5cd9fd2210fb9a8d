// `crosscheck watch` and `feeds list` as a cron job and a media monitor use them (stop 68, walk3), over real ECB+
// text served from 127.0.0.1: a feed item's outlet is the site (the item's own <source>, else what its page names,
// as ingest of the page reads it, else the feed's title), its author the byline; `watch --once` exits 3 when no feed
// could be read; `feeds list` shows its times as the web app does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runCli } from './helpers.ts';
import { WALK_ITEMS, xmlText } from './walk-items.ts';

const ITEMS = WALK_ITEMS;
const xml = xmlText;
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((p) => `<p>${xml(p)}</p>`)
    .join('');

test('feed items: the outlet is the site, the author the byline; watch --once exits 3 when no feed was read; feeds list shows zoned times', async () => {
  const [cheeks, fired, page] = ['5_1ecb', '5_2ecb', '4_1ecb'].map((id) => ITEMS.get(id)!);
  const article = `<!doctype html><html><head><title>${xml(cheeks.title)}</title><meta property="og:site_name" content="Philadelphia Daily News"></head><body><article><h1>${xml(cheeks.title)}</h1>${paragraphs(cheeks.text)}</article></body></html>`;
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Sports wire</title><link>ORIGIN/</link>
<item><title>${xml(cheeks.title)}</title><link>ORIGIN/a/5_1ecb</link><description>Cheeks is out.</description><author>desk@example.org (Sports Desk)</author></item>
<item><title>${xml(fired.title)}</title><link>ORIGIN/a/5_2ecb</link><author>jdoe@example.org (John Doe)</author><source url="https://apnews.com/rss">Associated Press</source><description>${xml(paragraphs(fired.text))}</description></item>
<item><title>${xml(page.title)}</title><link>ORIGIN/a/4_1ecb</link><description>${xml(paragraphs(page.text))}</description></item>
</channel></rss>`;
  const server = http.createServer((req, res) => {
    if (req.url === '/sports.rss') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss.replaceAll('ORIGIN', origin));
    if (req.url === '/a/5_1ecb') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
    res.writeHead(404).end();
  });
  // a busy process may leave a kept-alive connection idle past Node's 5 s; the watcher does not send again at once
  server.keepAliveTimeout = 600_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-walk3-'));
  const outlets = async (db: string) => {
    const report = JSON.parse((await runCli(['export', '--db', db])).stdout) as {
      documents: Array<{ title: string; outlet: string | null; byline: string[] }>;
    };
    return Object.fromEntries(report.documents.map((d) => [d.title, [d.outlet, d.byline.join('; ')]]));
  };
  try {
    // every feed fails: a cron job is told by the exit code (it was 0)
    const down = join(dir, 'down');
    assert.equal((await runCli(['feeds', 'add', `${origin}/gone.rss`, `${origin}/moved.rss`, '--db', down])).status, 0);
    const failed = await runCli(['watch', '--once', '--allow-loopback', '--db', down]);
    assert.equal(failed.status, 3, failed.stderr);
    assert.match(failed.stdout, /: 2 polls \(0 with news, 0 unchanged, 0 asked to wait, 2 failed\)/);
    assert.match(failed.stderr, /^crosscheck: no feed could be read: 2 polls, each failed or asked to wait$/m);
    assert.match((await runCli(['watch', '--help'])).stdout.replace(/\s+/g, ' '), /0 when a feed was read, 3 when none could be/);

    // one feed of two read: 0
    const db = join(dir, 'base');
    assert.equal((await runCli(['feeds', 'add', `${origin}/sports.rss`, `${origin}/gone.rss`, '--db', db])).status, 0);
    const watch = await runCli(['watch', '--once', '--allow-loopback', '--db', db]);
    assert.equal(watch.status, 0, watch.stderr);
    assert.match(watch.stdout, /: 2 polls \(1 with news, .*1 failed\); 3 articles read/);

    // the item's author is its byline, never its outlet; the feed's title ("Sports wire", once every item's outlet)
    // only where nothing names the site
    const watched = await outlets(db);
    assert.deepEqual(watched, {
      [cheeks.title]: ['Philadelphia Daily News', 'Sports Desk'],
      // the item's <source> by the outlet's canonical name
      [fired.title]: ['The Associated Press', 'John Doe'],
      [page.title]: ['Sports wire', ''],
    });
    // as ingest reads the same feed, and the same page given alone
    const ingested = join(dir, 'ingested');
    assert.equal((await runCli(['ingest', `${origin}/sports.rss`, '--allow-loopback', '--quiet', '--db', ingested])).status, 0);
    assert.deepEqual(await outlets(ingested), watched);
    const alone = join(dir, 'alone');
    assert.equal((await runCli(['ingest', `${origin}/a/5_1ecb`, '--allow-loopback', '--quiet', '--db', alone])).status, 0);
    assert.equal((await outlets(alone))[cheeks.title][0], 'Philadelphia Daily News');

    // times as the web app shows them, with their zone ("next poll 2026-12-07T17:10:35.570Z" before)
    const list = (await runCli(['feeds', 'list', '--db', db])).stdout;
    assert.match(list, /; ok \d{4}-\d\d-\d\d \d\d:\d\d UTC\n\tnext poll \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    assert.match(list, /1 failure in a row, last \d{4}-\d\d-\d\d \d\d:\d\d UTC: HTTP 404/);
    assert.doesNotMatch(list, /\d{4}-\d\d-\d\dT\d\d:/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
