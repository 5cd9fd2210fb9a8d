// Memory of watching one large feed: a feed of N items (the Rivertown Gazette's summary item under ids of their
// own, no link: no page is fetched) served on 127.0.0.1, polled once by a Watcher on a fresh PGlite base. Prints
// the poll's outcome, the articles read and the process's peak RSS; run under /usr/bin/time for user+sys.
//   node --import tsx bench/watch-feed.ts [--items 20000]
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { adapterOf, openBase } from '../src/store/index.ts';
import { addFeed, Watcher } from '../src/watch/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const items = arg('--items', 20_000);
const gazette = readFileSync(join(import.meta.dirname, '../test/fixtures/web/rivertown-gazette.rss'), 'utf8');
const summary = /<item>[\s\S]*<description>([\s\S]*?)<\/description>[\s\S]*?<\/item>\s*<\/channel>/.exec(gazette)?.[1] ?? '';
const feed = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>The Rivertown Gazette</title><link>http://127.0.0.1/</link>\n${Array.from(
  { length: items },
  (_, i) =>
    `<item><title>Work starts at Ferry Meadows basin (${i + 1})</title><guid isPermaLink="false">basin-${i + 1}</guid><pubDate>Tue, 20 Dec 2022 07:00:00 GMT</pubDate><description>${summary}</description></item>`,
).join('\n')}\n</channel></rss>`;

const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-watch-feed-'));
const base = await openBase(dir);
try {
  const db = adapterOf(base);
  await addFeed(db, url);
  const w = new Watcher(db, { allowPrivate: true, maxBytes: 256 * 1024 * 1024, timeoutMs: 600_000, perHostGapMs: 1, concurrency: 2 });
  await w.once((ms) => new Promise((r) => setTimeout(r, ms)));
  const c = w.counts;
  const cpu = process.cpuUsage();
  console.log(
    `watch-feed: ${items} items, ${(feed.length / 1e6).toFixed(1)} MB; polls ${JSON.stringify(c.outcomes)}, ${c.articles} articles, ${c.newDocuments} new; ` +
      `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
} finally {
  await base.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
