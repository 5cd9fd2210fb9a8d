// `crosscheck watch` on a web page subscribed to as a feed: the refusal names the feeds the page links (its
// <link rel="alternate" type="application/rss+xml" href=...>), as absolute addresses, and none of them is fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runCli } from './helpers.ts';

const page = readFileSync(join(import.meta.dirname, 'fixtures/web/rivertown-gazette.html'), 'utf8');
const CANONICAL = '<link rel="canonical" href="https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved">';

test('watch on a web page that links its feeds: the refusal names them, absolute, none fetched', async () => {
  assert.ok(page.includes(CANONICAL));
  // the Gazette's article page with its feeds linked in its head, one by a relative address, one on another host
  const linking = page.replace(
    CANONICAL,
    `${CANONICAL}\n<link rel="alternate" type="application/rss+xml" title="Gazette news" href="/feeds/news.rss">\n<link rel="alternate" type="application/atom+xml" href="https://feeds.rivertown-gazette.example/all.atom?from=page&amp;v=2">`,
  );
  const bodies: Record<string, string> = { '/news/flood-barrier': linking, '/news/plain': page };
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = bodies[req.url ?? ''];
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-page-'));
  const db = join(dir, 'base');
  try {
    const add = await runCli(['feeds', 'add', `${origin}/news/flood-barrier`, `${origin}/news/plain`, '--db', db]);
    assert.equal(add.status, 0, add.stderr);
    const watch = await runCli(['watch', '--once', '--allow-loopback', '--db', db]);
    // neither address is a feed: no feed could be read (walk3: it exited 0)
    assert.equal(watch.status, 3, watch.stderr);
    const about = (path: string) => watch.stderr.split('\n').filter((l) => l.startsWith(`crosscheck: ${origin}${path}: `));
    // on main: "not an RSS, Atom or JSON feed" alone
    assert.deepEqual(about('/news/flood-barrier'), [
      `crosscheck: ${origin}/news/flood-barrier: not an RSS, Atom or JSON feed: a web page linking the feeds ${origin}/feeds/news.rss, https://feeds.rivertown-gazette.example/all.atom?from=page&v=2; subscribe to one of them instead`,
    ]);
    // a page that links none says what it said
    assert.deepEqual(about('/news/plain'), [`crosscheck: ${origin}/news/plain: not an RSS, Atom or JSON feed`]);
    assert.deepEqual(requests.sort(), ['/news/flood-barrier', '/news/plain'], 'no linked feed fetched');
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
