// The web app behind a reverse proxy under a path prefix (serve --base-path /news): a small node proxy passes
// /news/* to the app with the prefix taken off (as nginx's `location /news/ { proxy_pass http://app/; }`) and
// answers anything else 404; headless Chromium walks the stories page, a story, search and its pages, the Atom
// feeds and the API through it. Every request the browser makes, and every one the proxy sees, stays under
// /news/. Without the option the app's addresses are root-relative as before; X-Forwarded-Prefix counts only
// when the server was told to trust it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openBase, type StoryBase } from '../src/store/index.ts';
import { createApp, startServer, type RunningServer } from '../src/server/index.ts';
import { normalBasePath } from '../src/server/base-path.ts';
import { runCli, SEEDS } from './helpers.ts';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_SKIP } from './chromium.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API under test, read field by field
type Json = any;

const PREFIX = '/news';

/** Every address an HTML page names in href, src and action. */
const addresses = (body: string) => [...body.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
/** The ones that name this app (not another site, not a place on the same page). */
const appAddresses = (body: string) => addresses(body).filter((a) => a.startsWith('/'));

let dbDir: string;
let base: StoryBase;

before(async () => {
  dbDir = mkdtempSync(join(tmpdir(), 'crosscheck-base-path-'));
  base = await openBase(dbDir);
  await base.ingest([SEEDS]);
});
after(async () => {
  await base?.close();
  rmSync(dbDir, { recursive: true, force: true });
});

test('a base path is a slash and segments of unreserved characters; "/" and a trailing slash are normalised', () => {
  assert.equal(normalBasePath('/news'), '/news');
  assert.equal(normalBasePath('/news/'), '/news');
  assert.equal(normalBasePath('/tools/cross-check_1.0~x'), '/tools/cross-check_1.0~x');
  assert.equal(normalBasePath('/'), '');
  assert.equal(normalBasePath(''), '');
  for (const bad of ['news', '//news', '/news//x', '/a b', '/"><script>', '/../x', '/.', '/x/..', '/%2e%2e', 'http://x/news', `/${'a'.repeat(300)}`])
    assert.equal(normalBasePath(bad), null, bad);
});

test('serve --base-path refuses a bad value in one line, before opening any base', async () => {
  const r = await runCli(['serve', '--db', join(dbDir, 'never'), '--base-path', 'news']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /not a base path: "?news"? \(a path like \/news/);
  assert.equal(existsSync(join(dbDir, 'never')), false);
  const help = (await runCli(['serve', '--help'])).stdout.replace(/\s+/g, ' ');
  assert.match(help, /--base-path <path>/);
  assert.match(help, /--forwarded-prefix .*anyone reaching the port directly could otherwise choose/);
});

test('without a base path every address is root-relative as before; with one, every address starts with it', async () => {
  const plain = createApp(base, { cache: false });
  const news = createApp(base, { basePath: PREFIX });
  for (const path of ['/', '/search?q=Lukashenko&limit=1', '/problems', '/feeds', '/alerts', '/no-such-page']) {
    const a = await (await plain.request(path)).text();
    const b = await (await news.request(path)).text();
    assert.ok(appAddresses(a).length > 5, path);
    assert.deepEqual(
      appAddresses(b),
      appAddresses(a).map((x) => PREFIX + x),
      path,
    );
    assert.match(a, /<body data-base="">/);
    assert.match(b, /<body data-base="\/news">/);
  }
  const storyId = ((await (await news.request('/api/stories?limit=1')).json()) as Json).stories[0].id;
  const story = await (await news.request(`/stories/${encodeURIComponent(storyId)}`)).text();
  const inStory = appAddresses(story);
  assert.ok(inStory.some((x) => x.startsWith('/news/articles/')));
  assert.deepEqual(
    inStory.filter((x) => !x.startsWith('/news/')),
    [],
  );
  // the favicon's redirect, the OpenAPI server, an alert's feed address
  assert.equal((await news.request('/favicon.ico')).headers.get('location'), '/news/assets/icon.svg');
  assert.deepEqual(((await (await news.request('/api/openapi.json')).json()) as Json).servers, [{ url: '/news', description: 'this server' }]);
  assert.deepEqual(((await (await plain.request('/api/openapi.json')).json()) as Json).servers, [{ url: '/', description: 'this server' }]);
});

test('the API next address and its Link header carry the prefix, also when answered from the cache', async () => {
  const news = createApp(base, { basePath: PREFIX });
  for (const how of ['rendered', 'kept']) {
    const r = await news.request('/api/search?q=Lukashenko&limit=1');
    const body = (await r.json()) as Json;
    assert.equal(body.next, '/news/api/search?q=Lukashenko&limit=1&offset=1', how);
    assert.equal(r.headers.get('link'), '</news/api/search?q=Lukashenko&limit=1&offset=1>; rel="next"', how);
    if (how === 'kept') assert.equal(r.headers.get('x-cache'), 'hit');
  }
});

test('X-Forwarded-Prefix counts only when trusted; a bad one is refused; the cache keeps two prefixes apart', async () => {
  const untrusted = createApp(base, { basePath: PREFIX });
  const page = await (await untrusted.request('/', { headers: { 'X-Forwarded-Prefix': '/evil' } })).text();
  assert.ok(!page.includes('/evil'));
  assert.ok(appAddresses(page).every((x) => x.startsWith('/news/')));

  const trusted = createApp(base, { forwardedPrefix: true });
  const one = await trusted.request('/', { headers: { 'X-Forwarded-Prefix': '/desk-a/' } });
  const two = await trusted.request('/', { headers: { 'X-Forwarded-Prefix': '/desk-b' } });
  const none = await trusted.request('/');
  assert.ok(appAddresses(await one.text()).every((x) => x.startsWith('/desk-a/')));
  assert.ok(appAddresses(await two.text()).every((x) => x.startsWith('/desk-b/')));
  assert.ok(appAddresses(await none.text()).every((x) => !x.startsWith('/desk')));
  assert.match(one.headers.get('vary') ?? '', /X-Forwarded-Prefix/);
  const bad = await trusted.request('/api/stories', { headers: { 'X-Forwarded-Prefix': '/"><script>alert(1)</script>' } });
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as Json).error, /^X-Forwarded-Prefix is not a path prefix/);
  const badPage = await trusted.request('/', { headers: { 'X-Forwarded-Prefix': 'javascript:alert(1)' } });
  assert.equal(badPage.status, 400);
  assert.ok(!(await badPage.text()).includes('javascript:'));
});

/** A reverse proxy serving the app under /news/: the prefix taken off, the Host passed on; anything else 404. */
function startProxy(target: string, seen: string[]): Promise<{ url: string; server: Server }> {
  const to = new URL(target);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push(path);
    if (!path.startsWith(`${PREFIX}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`outside ${PREFIX}/`);
      return;
    }
    const upstream = request({ host: to.hostname, port: to.port, method: req.method, path: path.slice(PREFIX.length), headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 600_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

describe('in Chromium through a proxy under /news/', { skip: CHROMIUM_SKIP }, () => {
  let app: RunningServer;
  let proxy: { url: string; server: Server };
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const requested: string[] = [];
  const proxied: string[] = [];
  const problems: string[] = [];

  before(async () => {
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'crosscheck-base-path-profile-'));
    app = await startServer(base, { port: 0, basePath: PREFIX, livePollMs: 300 });
    (app.server as Server).keepAliveTimeout = 600_000;
    proxy = await startProxy(app.url, proxied);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1200, height: 900 },
    });
    context.on('request', (r) => requested.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  });

  after(async () => {
    await context?.close();
    await new Promise((done) => (proxy ? proxy.server.close(done) : done(null)));
    proxy?.server.closeAllConnections();
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const inBrowser = (url: string) =>
    page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, link: r.headers.get('link'), type: r.headers.get('content-type'), text: await r.text() };
    }, url);

  test('stories, a story, search and its pages, feeds and the API: every request stays under /news/', async () => {
    const home = `${proxy.url}${PREFIX}/`;
    await page.goto(home);
    assert.equal(await page.locator('h1').textContent(), 'Stories');
    // the page's style sheet and script came through the proxy; the script's live updates too
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('header.site')!).display), '');
    await page.waitForFunction(() => document.getElementById('live')?.getAttribute('data-mode') === 'events');
    assert.ok(
      requested.some((u) => u.startsWith(`${proxy.url}${PREFIX}/api/events?since=`)),
      'the live stream, through the proxy',
    );

    // a story, and on to one of its articles by a citation's source link
    await page.getByRole('link', { name: 'Putin heads for Belarus amid fears of new assault on Ukraine' }).click();
    await page.waitForURL(/\/news\/stories\//);
    await page.locator('ol.sources > li > a').first().click();
    await page.waitForURL(/\/news\/articles\//);
    assert.equal(await page.locator('h1').count(), 1);

    // search from the header box, then its next page
    await page.getByLabel('Search stories and articles').fill('Lukashenko');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/news\/search\?q=Lukashenko/);
    await page.goto(`${proxy.url}${PREFIX}/search?q=Lukashenko&limit=1`);
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/\/news\/search\?.*limit=1&offset=1/);
    assert.equal(await page.locator('ol.results li').count(), 1);
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/\/news\/search\?.*limit=1&offset=2/);

    // the stories page's filter form and the nav
    await page.getByRole('link', { name: 'Problems' }).click();
    await page.waitForURL(`${proxy.url}${PREFIX}/problems`);
    await page.locator('a.brand').click();
    await page.waitForURL(home);

    // the Atom feeds the pages announce: their own, alternate and entry links, and the citations in entries
    for (const feedPage of [home, `${proxy.url}${PREFIX}/search?q=Lukashenko`]) {
      await page.goto(feedPage);
      const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
      assert.ok(feedHref?.startsWith(`${PREFIX}/feeds/`), feedHref ?? '');
      const feed = await inBrowser(feedHref!);
      assert.equal(feed.status, 200);
      const links = [...feed.text.matchAll(/<link [^>]*href="([^"]*)"/g), ...feed.text.matchAll(/href=&quot;([^&]*)&quot;/g)].map((m) => m[1]);
      assert.ok(links.length > 3);
      for (const l of links) assert.ok(l.startsWith(`${proxy.url}${PREFIX}/`), l);
      const entry = links.find((l) => l.includes('/stories/'))!;
      assert.equal((await inBrowser(entry)).status, 200);
      const cited = links.find((l) => l.includes('/articles/'))!;
      assert.equal((await inBrowser(cited)).status, 200);
    }

    // the API from the footer's link: its server URL, and paging by next and Link until the end
    // (fetched, not opened: Chromium asks a document without an icon of its own, JSON or XML, for the host's
    // /favicon.ico, an address no page of the app names; the intranet's own root answers that one)
    const apiHref = await page.getByRole('link', { name: 'API' }).getAttribute('href');
    assert.equal(apiHref, `${PREFIX}/api/openapi.json`);
    const doc = JSON.parse((await inBrowser(apiHref)).text) as Json;
    assert.equal(doc.servers[0].url, PREFIX);
    let next: string | null = `${doc.servers[0].url}/api/search?q=Lukashenko&limit=2`;
    let pages = 0;
    for (; next !== null; pages++) {
      const r = await inBrowser(next);
      assert.equal(r.status, 200, next);
      const body = JSON.parse(r.text) as Json;
      if (body.next !== null) {
        assert.ok(body.next.startsWith(`${PREFIX}/api/search?`), body.next);
        assert.equal(r.link, `<${body.next}>; rel="next"`);
      }
      next = body.next;
    }
    assert.ok(pages >= 2);

    assert.deepEqual(problems, []);
    assert.ok(requested.length > 20);
    assert.deepEqual(
      requested.filter((u) => !u.startsWith(`${proxy.url}${PREFIX}/`)),
      [],
      'every request the browser made is under the prefix',
    );
    assert.deepEqual(
      proxied.filter((p) => !p.startsWith(`${PREFIX}/`)),
      [],
      'every request the proxy saw is under the prefix',
    );
  });
});
