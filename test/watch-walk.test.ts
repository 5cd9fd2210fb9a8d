// `crosscheck watch` on feeds a newsroom meets (stop 68, walk2), over real ECB+ text served from 127.0.0.1: an RSS
// feed whose item title holds a script and an image, an Atom feed whose entries have no title.
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
const html = (text: string) =>
  xml(
    text
      .split('\n')
      .map((p) => `<p>${xml(p)}</p>`)
      .join(''),
  );

test('watch: a title holding a script reads as its words; an Atom entry with no title is titled by its first sentence, not by a hash', async () => {
  const cheeks = ['5_1ecb', '5_2ecb'].map((id, i) => {
    const d = ITEMS.get(id)!;
    // the second item's title is escaped HTML with a script and an image in it, as a careless CMS writes one
    const title = i === 1 ? xml(`<script>window.__pwned=1</script>${d.title} <img src=x onerror="window.__pwned=2">`) : xml(d.title);
    return `<item><title>${title}</title><link>ORIGIN/a/${id}</link><pubDate>Sat, 06 Dec 2008 1${i}:00:00 GMT</pubDate><description>${html(d.text)}</description></item>`;
  });
  const page = ['4_1ecb', '4_2ecb'].map(
    (id, i) =>
      `<entry><id>ORIGIN/a/${id}</id><link href="ORIGIN/a/${id}"/><updated>2008-12-12T1${i}:00:00Z</updated><content type="html">${html(ITEMS.get(id)!.text)}</content></entry>`,
  );
  const bodies: Record<string, [string, string]> = {
    '/sports.rss': [
      'application/rss+xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Sports wire</title><link>ORIGIN/</link>${cheeks.join('')}</channel></rss>`,
    ],
    '/culture.atom': [
      'application/atom+xml',
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>ORIGIN/culture</id><title>Culture</title><updated>2008-12-12T12:00:00Z</updated>${page.join('')}</feed>`,
    ],
  };
  const server = http.createServer((req, res) => {
    const b = bodies[req.url ?? ''];
    if (!b) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': b[0] }).end(b[1].replaceAll('ORIGIN', origin));
  });
  // a busy process may leave a kept-alive connection idle past Node's 5 s; the watcher does not send again at once
  server.keepAliveTimeout = 600_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-walk-'));
  const db = join(dir, 'base');
  try {
    assert.equal((await runCli(['feeds', 'add', `${origin}/sports.rss`, `${origin}/culture.atom`, '--db', db])).status, 0);
    assert.equal((await runCli(['alerts', 'add', 'Cheeks 76ers', '--db', db])).status, 0);
    const watch = await runCli(['watch', '--once', '--allow-loopback', '--db', db]);
    assert.equal(watch.status, 0, watch.stderr);
    // in words ("1 alerts", "1 matches" before); the line said at a commit, before its alerts are matched, says "so far"
    // (it said "0 alerts" right above the final line's "1 alerts")
    assert.match(watch.stdout, /: 2 polls \(2 with news, .*; 4 articles read; 4 new, 0 new versions; stories 2 opened, 0 grown; 1 alert, 0 webhooks posted$/m);
    assert.match(watch.stderr, /^crosscheck: so far: 2 polls .*; 0 alerts, 0 webhooks posted$/m);
    assert.match((await runCli(['alerts', 'list', '--db', db])).stdout, /^1\tCheeks 76ers\t\(no webhook\)\t1 match, 0 deliveries pending, 0 given up$/m);
    const stories = JSON.parse((await runCli(['stories', '--format', 'json', '--db', db])).stdout) as Array<{ id: string; title: string }>;
    const titles = stories.map((s) => s.title).sort();
    // before: "window.__pwned=1 Maurice Cheeks was fired ..." (the script's code kept as words), and the Bettie Page
    // story titled "a34d72e9d3ff", its first article's id
    assert.ok(
      titles.every((t) => !/[0-9a-f]{12}|__pwned|<|>/.test(t)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((t) => /Bettie Page/.test(t) || /^She was 85\./.test(t)),
      titles.join(' | '),
    );
    const all = await runCli(['search', 'Cheeks', '--format', 'json', '--db', db]);
    const hits = JSON.parse(all.stdout) as Array<{ kind: string; title: string }>;
    const cheeksTitles = hits.filter((h) => h.kind === 'document').map((h) => h.title);
    assert.ok(cheeksTitles.includes(ITEMS.get('5_2ecb')!.title), cheeksTitles.join(' | '));
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
