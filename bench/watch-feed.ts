// Memory of watching one large feed: a feed of N items (the Rivertown Gazette's summary item under ids of their
// own, no link: no page is fetched) served on 127.0.0.1, polled once by a Watcher on a fresh PGlite base. Prints
// the poll's outcome, the articles read and the process's peak RSS; run under /usr/bin/time for user+sys.
// `--json`: the same items as a JSON Feed. `--write FILE` writes the feed and stops; `--parse-only FILE`: no
// watcher, only the poll's reading of that body (parseWatchedFeed): its CPU and the peak RSS it adds over the
// process before it (the feed read from a file, as building it here would peak higher than reading it).
//   node --import tsx bench/watch-feed.ts [--items 20000] [--json] [--write FILE | --parse-only FILE]
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { adapterOf, openBase } from '../src/store/index.ts';
import { addFeed, Watcher } from '../src/watch/index.ts';
import { parseWatchedFeed } from '../src/watch/parse.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const items = arg('--items', 20_000);
const gazette = readFileSync(join(import.meta.dirname, '../test/fixtures/web/rivertown-gazette.rss'), 'utf8');
const summary = /<item>[\s\S]*<description>([\s\S]*?)<\/description>[\s\S]*?<\/item>\s*<\/channel>/.exec(gazette)?.[1] ?? '';
const json = process.argv.includes('--json');
const rss = () =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>The Rivertown Gazette</title><link>http://127.0.0.1/</link>\n${Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Work starts at Ferry Meadows basin (${i + 1})</title><guid isPermaLink="false">basin-${i + 1}</guid><pubDate>Tue, 20 Dec 2022 07:00:00 GMT</pubDate><description>${summary}</description></item>`,
  ).join('\n')}\n</channel></rss>`;
const jsonFeed = () =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The Rivertown Gazette',
    home_page_url: 'http://127.0.0.1/',
    items: Array.from({ length: items }, (_, i) => ({
      id: `basin-${i + 1}`,
      title: `Work starts at Ferry Meadows basin (${i + 1})`,
      date_published: '2022-12-20T07:00:00Z',
      summary: summary,
    })),
  });
const path = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : null);
const parseOnly = path('--parse-only');
const feed = parseOnly ? readFileSync(parseOnly, 'utf8') : json ? jsonFeed() : rss();
const writeTo = path('--write');
if (writeTo) {
  writeFileSync(writeTo, feed);
  process.exit(0);
}

if (parseOnly) {
  // the body as the poll holds it (a string), then its reading alone
  const before = process.resourceUsage().maxRSS;
  const cpu0 = process.cpuUsage();
  const parsed = parseWatchedFeed(feed, 'http://127.0.0.1/feed');
  const cpu = process.cpuUsage(cpu0);
  const read = 'problem' in parsed ? parsed.problem : `${parsed.items.length} items, ${parsed.notes.length} notes`;
  console.log(
    `watch-feed parse: ${parseOnly}, ${(feed.length / 1e6).toFixed(1)} MB: ${read}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; ` +
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (+${Math.round((process.resourceUsage().maxRSS - before) / 1024)} MB over the process before it)`,
  );
  process.exit(0);
}

const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': json ? 'application/feed+json' : 'application/rss+xml' }).end(feed));
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
