// The web app over the watcher: subscriptions and alerts through the API and the Feeds and Alerts pages'
// forms, a real watch over a feed farm on 127.0.0.1 (real ECB+ articles), each feed's state on the page,
// the alert's matches and its Atom feed read back with feedsmith, OPML out and in, the SSRF guard on
// added URLs. On PGlite, and on PostgreSQL when a server is reachable (as the watcher's own tests).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAtomFeed, parseOpml } from 'feedsmith';
import { adapterOf, openBase, type StoryBase } from '../src/store/index.ts';
import type { RunningServer } from '../src/server/index.ts';
import { startTestServer } from './helpers.ts';
import { Watcher } from '../src/watch/index.ts';
import { DEFAULT_LIMITS } from '../src/watch/schedule.ts';
import { FeedFarm } from './feed-farm.ts';
import { createDatabase, dropDatabase, pgAvailable } from './pg-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API under test, read field by field
type Json = any;

const TOKEN = 'watch-token-0123456789';
const MIN = 60_000;
const H = 60 * MIN;
// the clock starts now: subscriptions made through the app are due at the real time they were made
const START = Math.floor(Date.now() / MIN) * MIN;
/** A feed URL nothing answers on (port 1 on loopback): its feed records why it failed. */
const DEAD = 'http://127.0.0.1:1/feed.xml';

const backends: Array<[string, () => Promise<{ location: string; done: () => Promise<void> }>]> = [
  [
    'PGlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-serve-watch-'));
      return { location: dir, done: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
];
if (await pgAvailable()) {
  backends.push([
    'PostgreSQL',
    async () => {
      const name = `cc_serve_watch_${process.pid}`;
      return { location: await createDatabase(name), done: () => dropDatabase(name) };
    },
  ]);
}

const form = (fields: Record<string, string | Blob>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

/** Every form control of a page has a label naming it, and the page has one h1. */
function accessibleBasics(page: string): void {
  assert.equal((page.match(/<h1[ >]/g) ?? []).length, 1, 'one h1');
  for (const m of page.matchAll(/<input id="([^"]+)"[^>]*>/g))
    if (!/type="hidden"/.test(m[0])) assert.match(page, new RegExp(`<label for="${m[1]}">`), `label for ${m[1]}`);
  for (const m of page.matchAll(/<button[^>]*>([^<]*)<\/button>/g)) assert.ok(m[1].trim() || /aria-label="/.test(m[0]), `button named: ${m[0]}`);
}

for (const [backend, make] of backends) {
  describe(`feeds and alerts in the web app (${backend})`, { timeout: 300_000 }, () => {
    let clock = START;
    const farm = new FeedFarm({ feeds: 5, hosts: 1, start: START, horizonMs: 6 * H, itemsPerFeed: 4, now: () => clock, retryAfterS: 600 });
    let store: { location: string; done: () => Promise<void> };
    let base: StoryBase;
    let server: RunningServer;
    /** the same base served without --allow-private */
    let guarded: RunningServer;
    let alertWord: string;
    const call = (s: RunningServer, path: string, init: RequestInit = {}) => fetch(s.url + path, init);
    const json = (body: unknown, token = TOKEN) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

    before(async () => {
      await farm.start();
      store = await make();
      base = await openBase(store.location);
      server = await startTestServer(base, { token: TOKEN, allowPrivate: true, writesPerMinute: 600 });
      guarded = await startTestServer(base, { token: TOKEN, writesPerMinute: 600 });
      // a word of the first article the farm publishes: the alert will match its story
      const first = farm.feeds.flatMap((f) => f.items).sort((a, b) => a.published - b.published)[0];
      alertWord = farm.articles[first.article].title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
      console.log(`# alert word: ${alertWord} (from "${farm.articles[first.article].title}")`);
    });

    after(async () => {
      await server?.close();
      await guarded?.close();
      await base?.close();
      await farm.stop();
      await store?.done();
    });

    test('subscribe and add an alert through the API: the token is needed, loopback is refused unless allowed', async () => {
      const urls = [...farm.feeds.map((_, i) => farm.feedUrl(i)), DEAD];
      assert.equal((await call(server, '/api/feeds', json({ urls }, ''))).status, 401);
      assert.equal((await call(server, '/api/feeds', json({ urls }, 'wrong-token-000'))).status, 401);
      const refused = await call(guarded, '/api/feeds', json({ urls }));
      assert.equal(refused.status, 400);
      const r = (await refused.json()) as Json;
      assert.equal(r.problems.length, urls.length);
      assert.match(r.problems[0].problem, /127\.0\.0\.1 is loopback.*--allow-private/);
      assert.equal(((await (await call(server, '/api/feeds')).json()) as Json).feeds.length, 0, 'nothing was added');

      const added = await call(server, '/api/feeds', json({ urls }));
      assert.equal(added.status, 201);
      const body = (await added.json()) as Json;
      assert.equal(body.added.length, urls.length);
      assert.deepEqual(body.problems, []);
      const again = (await (await call(server, '/api/feeds', json({ url: urls[0] }))).json()) as Json;
      assert.equal(again.existing.length, 1);
      assert.equal(
        ((await (await call(server, '/api/feeds', json({ url: 'ftp://example.org/feed' }))).json()) as Json).problems[0].problem,
        'unsupported URL scheme ftp: (only http and https)',
      );
      assert.equal((await call(server, '/api/feeds', json({ nope: 1 }))).status, 400);

      assert.equal((await call(server, '/api/alerts', json({ query: alertWord }, ''))).status, 401);
      const hook = await call(guarded, '/api/alerts', json({ query: alertWord, webhook: 'http://192.168.1.5/hook' }));
      assert.equal(hook.status, 400);
      assert.match(((await hook.json()) as Json).error, /192\.168\.1\.5 is private network/);
      assert.equal((await call(server, '/api/alerts', json({ query: '   ' }))).status, 400);
      const alert = await call(server, '/api/alerts', json({ query: alertWord }));
      assert.equal(alert.status, 201);
      assert.equal(((await alert.json()) as Json).feed, '/feeds/alerts/1.atom');
    });

    test('after a watch, each feed shows its state on the Feeds page and in the API', async () => {
      const w = new Watcher(adapterOf(base), {
        now: () => clock,
        allowPrivate: true,
        concurrency: 4,
        perHostGapMs: 500,
        seed: 'serve-test',
        leaseMs: 10 * MIN,
        // a generous fetch timeout: a busy machine must not turn a loopback poll into an error
        timeoutMs: 30_000,
        publicUrl: server.url,
        limits: { ...DEFAULT_LIMITS, minIntervalMs: 60 * MIN, defaultIntervalMs: 90 * MIN },
      });
      const end = START + 8 * H;
      while (clock < end) {
        await w.step();
        clock = Math.min(end, Math.max(clock + 1, (await w.nextWake()) ?? end));
      }
      assert.ok(w.counts.newDocuments > 0, 'the watch ingested articles');

      const feeds = ((await (await call(server, '/api/feeds')).json()) as Json).feeds as Json[];
      const dead = feeds.find((f) => f.url === DEAD);
      assert.match(dead.lastError, /connection failed/);
      assert.ok(dead.errors >= 2, 'errors in a row counted');
      assert.equal(dead.lastSuccess, null);
      assert.ok(Date.parse(dead.nextPoll) > START, 'backed off, still subscribed');
      const live = feeds.filter((f) => f.url !== DEAD);
      for (const f of live) assert.ok(f.lastSuccess, `${f.url} polled`);
      assert.ok(
        live.some((f) => f.itemsPerWeek > 0 && f.itemsSeen > 0),
        'items per week measured',
      );

      const page = await (await call(server, '/feeds')).text();
      accessibleBasics(page);
      assert.match(page, /<h1>Feeds<\/h1>/);
      assert.ok(page.includes(dead.lastError.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')), 'the last error and why');
      assert.match(page, /<span class="meta">never<\/span>/);
      assert.ok(page.includes(dead.nextPoll.slice(0, 16).replace('T', ' ')), 'next poll');
      for (const f of live) assert.ok(page.includes(f.lastSuccess.slice(0, 16).replace('T', ' ')), 'last success');
      assert.equal((page.match(/name="remove"/g) ?? []).length, feeds.length, 'one remove button per feed');
      // the queue, as `feeds list` says it: every round of the watch committed
      assert.match(page, /<h2 id="queue">Queue<\/h2><ul class="queue"><li>queue: empty \(no open round: every article read is in the base\)<\/li><\/ul>/);
      assert.deepEqual(((await (await call(server, '/api/feeds')).json()) as Json).queue, {
        rounds: [],
        workers: [],
        text: ['queue: empty (no open round: every article read is in the base)'],
      });
      // the same state in the single-feed answer
      assert.deepEqual(await (await call(server, `/api/feeds/${dead.id}`)).json(), dead);
    });

    test("the alert's matches: in the API, on the Alerts page and in its Atom feed (read by feedsmith)", async () => {
      const a = (await (await call(server, '/api/alerts/1')).json()) as Json;
      assert.equal(a.alert.query, alertWord);
      assert.ok(a.matches.length >= 1, 'the alert matched');
      assert.equal(a.matches.length, a.alert.matches);
      const storyIds = a.matches.map((m: Json) => m.story.id);
      for (const id of storyIds) assert.equal((await call(server, `/api/stories/${encodeURIComponent(id)}`)).status, 200, 'a real story');

      const page = await (await call(server, '/alerts')).text();
      accessibleBasics(page);
      for (const m of a.matches.slice(0, 10))
        assert.ok(page.includes(`href="/stories/${encodeURIComponent(m.story.id)}"`), `the match links its story ${m.story.id} (${a.matches.length} matches)`);
      assert.ok(page.includes('href="/feeds/alerts/1.atom"'));

      const atom = await call(server, '/feeds/alerts/1.atom');
      assert.match(atom.headers.get('content-type')!, /application\/atom\+xml/);
      const feed = parseAtomFeed(await atom.text()) as Json;
      assert.equal(feed.title.value, `crosscheck alert: ${alertWord}`);
      assert.equal(feed.entries.length, a.matches.length);
      for (const [i, e] of feed.entries.entries()) {
        assert.equal(e.title.value, a.matches[i].story.title);
        assert.equal(e.links[0].href, `${server.url}/stories/${encodeURIComponent(a.matches[i].story.id)}`);
        assert.match(e.summary.value, /^(New story|Story grew): \d+ articles, \d+ independent sources; matching: /);
      }
      assert.equal((await call(server, '/feeds/alerts/99.atom')).status, 404);
      assert.equal((await call(server, '/feeds/alerts/x.atom')).status, 404);
    });

    test('OPML out and back in; unsubscribe through the API', async () => {
      const feeds = ((await (await call(server, '/api/feeds')).json()) as Json).feeds as Json[];
      const opml = await (await call(server, '/api/feeds.opml')).text();
      const doc = parseOpml(opml) as Json;
      assert.deepEqual(doc.body.outlines.map((o: Json) => o.xmlUrl).sort(), feeds.map((f) => f.url).sort());
      const last = feeds.at(-1);
      assert.equal((await call(server, `/api/feeds/${last.id}`, { method: 'DELETE' })).status, 401);
      assert.equal((await call(server, `/api/feeds/${last.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status, 204);
      assert.equal((await call(server, `/api/feeds/${last.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status, 404);
      const imp = (url: RunningServer, text: string, type = 'text/x-opml') =>
        call(url, '/api/feeds/import', { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${TOKEN}` }, body: text });
      assert.equal((await imp(server, opml, 'application/json')).status, 415);
      const bad = await imp(server, '<html><body>not a list</body></html>');
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as Json).error, /OPML|no feeds/);
      // without --allow-private every loopback feed of the file is refused, with its reason
      const refused = (await (await imp(guarded, opml)).json()) as Json;
      assert.equal(refused.added, 0);
      assert.equal(refused.problems.length, feeds.length);
      const back = (await (await imp(server, opml)).json()) as Json;
      assert.deepEqual([back.added, back.existing, back.problems.length], [1, feeds.length - 1, 0]);
      assert.equal(((await (await call(server, '/api/feeds')).json()) as Json).feeds.length, feeds.length);
    });

    test("the pages' forms: the token is needed; subscribe, import, unsubscribe, add and remove an alert", async () => {
      const before = ((await (await call(server, '/api/feeds')).json()) as Json).feeds as Json[];
      const post = (s: RunningServer, path: string, fields: Record<string, string | Blob>) => call(s, path, { method: 'POST', body: form(fields) });

      const noToken = await post(server, '/feeds', { url: 'https://example.org/rss', do: 'add' });
      assert.equal(noToken.status, 401);
      assert.match(await noToken.text(), /The token is missing or wrong: nothing was changed/);
      const wrong = await post(server, '/feeds', { token: 'not-the-token', remove: String(before[0].id) });
      assert.equal(wrong.status, 401);
      assert.equal(((await (await call(server, '/api/feeds')).json()) as Json).feeds.length, before.length, 'nothing changed');

      const loop = await post(guarded, '/feeds', { token: TOKEN, url: 'http://127.0.0.1:9/feed', do: 'add' });
      assert.equal(loop.status, 400);
      assert.match(await loop.text(), /127\.0\.0\.1 is loopback/);

      const gone = await post(server, '/feeds', { token: TOKEN, remove: String(before[0].id) });
      assert.equal(gone.status, 200);
      assert.match(await gone.text(), /Unsubscribed/);
      const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline text="Wire"><outline text="f" type="rss" xmlUrl="${before[0].url}"/></outline></body></opml>`;
      const imported = await post(server, '/feeds', { token: TOKEN, do: 'import', opml: new File([opml], 'subs.opml', { type: 'text/x-opml' }) });
      assert.equal(imported.status, 200);
      assert.match(await imported.text(), /Subscribed to 1 feed\./);
      const now = ((await (await call(server, '/api/feeds')).json()) as Json).feeds as Json[];
      assert.equal(now.find((f) => f.url === before[0].url).category, 'Wire', 'the folder became its category');

      const alerts = async () => ((await (await call(server, '/api/alerts')).json()) as Json).alerts as Json[];
      const n = (await alerts()).length;
      const hook = await post(guarded, '/alerts', { token: TOKEN, query: 'strike', webhook: 'http://10.1.2.3/hook', do: 'add' });
      assert.equal(hook.status, 400);
      assert.match(await hook.text(), /10\.1\.2\.3 is private network/);
      const added = await post(server, '/alerts', { token: TOKEN, query: 'strike <script>', webhook: '', do: 'add' });
      assert.equal(added.status, 200);
      const page = await added.text();
      assert.match(page, /Alert \d+ added/);
      assert.ok(page.includes('strike &lt;script&gt;') && !page.includes('strike <script>'), 'the query is shown escaped');
      const list = await alerts();
      assert.equal(list.length, n + 1);
      const removed = await post(server, '/alerts', { token: TOKEN, remove: String(list.at(-1).id) });
      assert.equal(removed.status, 200);
      assert.equal((await alerts()).length, n);
      assert.equal((await post(server, '/alerts', { token: TOKEN, remove: '99999' })).status, 404);
    });

    test('an open round on the Feeds page and in the API: its jobs, the worker holding one (its name escaped), the feed polled now', async () => {
      const db = adapterOf(base);
      const now = Date.now();
      const [feed] = ((await (await call(server, '/api/feeds')).json()) as Json).feeds as Json[];
      // a worker holding a poll of the feed and an article waiting: what a round in flight leaves in the base
      const [{ id: round }] = await db.query<{ id: number }>('INSERT INTO watch_rounds (created_ms) VALUES ($1) RETURNING id::float8 AS id', [now]);
      await db.query(
        `INSERT INTO watch_jobs (round, kind, sort_key, payload, state, run_ms, lease_ms, worker) VALUES
           ($1, 'poll', 'a', '{}', 'running', $2, $3, '<b>vm&1</b>'), ($1, 'article', 'b', '{}', 'ready', $2, NULL, NULL)`,
        [round, now, now + 10 * MIN],
      );
      await db.query('UPDATE feeds SET queued = true WHERE id = $1', [feed.id]);
      try {
        const api = ((await (await call(server, '/api/feeds')).json()) as Json).queue;
        assert.equal(api.rounds.length, 1);
        assert.deepEqual(
          { ...api.rounds[0], opened: undefined },
          { round, opened: undefined, polls: 1, waiting: 1, running: 1, expired: 0, prepared: 0, failed: 0, left: 2, committingUntil: null },
        );
        assert.equal(api.rounds[0].opened, new Date(now).toISOString());
        assert.deepEqual(api.workers, [{ worker: '<b>vm&1</b>', jobs: 1 }]);
        assert.match(
          api.text[0],
          /^queue: round \d+ opened \d{4}-\d\d-\d\d \d\d:\d\d UTC: 1 poll to go, 1 article waiting, 1 job running, 0 prepared, 0 failed; commit once the 2 jobs left are done$/,
        );
        assert.equal(api.text[1], 'workers holding jobs: <b>vm&1</b> (1)');
        const page = await (await call(server, '/feeds')).text();
        accessibleBasics(page);
        assert.ok(page.includes(`<li>${api.text[0]}</li>`), 'the round, as feeds list says it');
        assert.ok(page.includes('<li>workers holding jobs: &lt;b&gt;vm&amp;1&lt;/b&gt; (1)</li>'), 'the worker named, escaped');
        assert.ok(!page.includes('<b>vm'), 'no markup from a worker name');
        assert.equal((page.match(/in the open round \(see the queue below\)/g) ?? []).length, 1, 'the queued feed: polled now, not at its past next poll');
      } finally {
        await db.query('UPDATE feeds SET queued = false WHERE id = $1', [feed.id]);
        await db.query('DELETE FROM watch_jobs WHERE round = $1', [round]);
        await db.query('DELETE FROM watch_rounds WHERE id = $1', [round]);
      }
    });
  });
}
