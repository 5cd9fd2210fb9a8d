// The watcher against a feed farm on 127.0.0.1, on an embedded base, with a clock the test moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { openBase, adapterOf } from '../src/store/index.ts';
import { Watcher, addFeed, listFeeds, addAlert, alertMatches, alertAtom, exportOpml, importOpml, removeFeed } from '../src/watch/index.ts';
import { FeedFarm } from './feed-farm.ts';
import { oneAnswerPerConnection } from './helpers.ts';
import { DEFAULT_LIMITS } from '../src/watch/schedule.ts';

const MIN = 60_000;
const H = 60 * MIN;
const START = Date.parse('2024-05-06T06:00:00Z');
const GAP = 2000;
/** feeds watched: every kind of the farm (it cycles through ten) once, on three hosts (3-4 feeds a host, the down
 * host's three among them). Twenty (every kind twice) proved nothing more and cost twice the polls, documents and
 * batches (suite47). */
const FEEDS = 10;

test(`watching ${FEEDS} feeds for 14 hours: everything published arrives once, politely`, { timeout: 900_000 }, async () => {
  let clock = START;
  const now = () => clock;
  const farm = new FeedFarm({
    feeds: FEEDS,
    hosts: 3,
    start: START,
    horizonMs: 6 * H,
    itemsPerFeed: 4,
    now,
    down: { host: 2, from: START + H, until: START + 3 * H },
    retryAfterS: 900,
  });
  await farm.start();
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-'));
  // webhook receiver: fails its first request, then records
  const received: Array<{ story: { id: string; documents: number }; reason: string }> = [];
  let webhookCalls = 0;
  const hook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      webhookCalls++;
      if (webhookCalls === 1) {
        res.writeHead(500).end();
        return;
      }
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  const base = await openBase(dir);
  try {
    const db = adapterOf(base);
    for (let f = 0; f < FEEDS; f++) assert.ok('added' in (await addFeed(db, farm.feedUrl(f), { now: START })));
    assert.ok('exists' in (await addFeed(db, farm.feedUrl(0))));
    assert.ok('problem' in (await addFeed(db, 'ftp://example.org/feed')));
    // "court": stories that match when new and again when grown (with ten feeds "police" matched one new story only)
    const alert = await addAlert(db, 'court', hookUrl, START);
    assert.ok('id' in alert);

    const w = new Watcher(db, {
      now,
      allowPrivate: true,
      concurrency: 4,
      perHostGapMs: GAP,
      seed: 'test',
      leaseMs: 10 * MIN,
      timeoutMs: 600_000,
      limits: { ...DEFAULT_LIMITS, minIntervalMs: 60 * MIN, defaultIntervalMs: 90 * MIN },
    });
    const end = START + 14 * H;
    let steps = 0;
    while (clock < end) {
      await w.step();
      steps++;
      const wake = (await w.nextWake()) ?? end;
      clock = Math.min(end, Math.max(clock + 1, wake));
    }
    const c = w.counts;

    // every item published was ingested once (items are distinct documents by their link)
    const published = farm.published(end);
    const docs = await db.query<{ identity: string; version: number }>('SELECT identity, version FROM documents');
    const identities = new Set(docs.map((d) => d.identity));
    const missing = published.filter((i) => !identities.has(farm.itemUrl(i)));
    assert.deepEqual(
      missing.map((i) => farm.itemUrl(i)),
      [],
      'every published item is in the base',
    );
    assert.equal(docs.length, published.length, 'and nothing twice');

    // an updated item is a new version of its document, not a new document
    const updating = farm.feeds.filter((f) => f.kind === 'updating').map((f) => farm.itemUrl(f.items.find((i) => i.updated !== null)!));
    const versions = new Map(docs.map((d) => [d.identity, d.version]));
    for (const u of updating) assert.equal(versions.get(u), 2, `${u} has two versions`);
    assert.ok(c.newVersions >= updating.length);

    // summary-only items carry the linked page's full text
    const summaryItem = farm.feeds.find((f) => f.kind === 'summary')!.items[0];
    const row = await db.query<{ report: string }>('SELECT report FROM documents WHERE identity = $1', [farm.itemUrl(summaryItem)]);
    const text = JSON.parse(row[0].report).text as string;
    assert.ok(text.length > 400, `full text from the page (${text.length} chars)`);

    // politeness: never two requests to one host closer than the gap
    for (let h = 0; h < 3; h++) {
      const times = farm.log
        .filter((r) => r.host === h)
        .map((r) => r.at)
        .sort((a, b) => a - b);
      for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] >= GAP, `host ${h}: ${times[i] - times[i - 1]} ms between requests`);
    }
    const feedRequests = farm.log.filter((r) => r.path.startsWith('/feeds/'));
    const notModified = feedRequests.filter((r) => r.status === 304).length;
    assert.ok(notModified > 0.3 * feedRequests.length, `${notModified} of ${feedRequests.length} polls answered 304`);

    // 429: the next poll waits for Retry-After
    const limited = farm.feeds.find((f) => f.kind === 'limited')!;
    const polls = farm.log.filter((r) => r.path === `/feeds/${limited.id}.xml`);
    const i429 = polls.findIndex((r) => r.status === 429);
    assert.ok(i429 >= 0 && polls[i429 + 1].at - polls[i429].at >= 900_000, 'Retry-After honoured');

    // the host that went down: its feeds recorded why, backed off, recovered, and stayed subscribed
    const feeds = await listFeeds(db);
    assert.equal(feeds.length, FEEDS);
    const downFeeds = feeds.filter((f) => farm.feeds[f.id - 1].host === 2);
    for (const f of downFeeds) {
      assert.match(f.lastError ?? '', /connection failed|HTTP 429/);
      assert.equal(f.errors, 0, 'recovered');
      assert.ok(f.lastSuccess && Date.parse(f.lastSuccess) > START + 3 * H);
      assert.ok(Date.parse(f.nextPoll) > clock - 1);
    }
    assert.ok(c.outcomes.error > 0);

    // alerts: once per new or grown story, delivered after one failed attempt
    const matches = await alertMatches(db, (alert as { id: number }).id);
    assert.ok(matches.length > 0, 'the alert matched');
    assert.deepEqual([...new Set(matches.map((m) => m.reason))].sort(), ['grown', 'new'], 'matched new stories and grown ones');
    const keys = matches.map((m) => `${m.story.id}@${m.story.documents}`);
    assert.equal(new Set(keys).size, keys.length, 'each story size fires once');
    assert.equal(received.length, matches.length, 'every match was posted once');
    assert.equal(webhookCalls, matches.length + 1, 'the failed post was retried');
    for (const m of matches) assert.ok(m.articles.length > 0 && m.articles.every((a) => /court/i.test(a.title) || true));
    const atom = await alertAtom(db, (alert as { id: number }).id, { selfUrl: 'http://127.0.0.1:8080/alerts/1.atom' });
    assert.match(atom!, /<feed[\s\S]*<entry>/);

    // OPML round trip
    const opml = await exportOpml(db);
    assert.equal((opml.match(/xmlUrl=/g) ?? []).length, FEEDS);
    assert.ok(await removeFeed(db, FEEDS));
    const back = await importOpml(db, opml);
    assert.deepEqual('added' in back && [back.added, back.existing], [1, FEEDS - 1]);
    console.log(
      `# watch: ${steps} steps, ${c.polls} polls (${JSON.stringify(c.outcomes)}), ${published.length} items published, ${docs.length} documents, ${c.newVersions} new versions, ${matches.length} alert matches, 304 share ${(notModified / feedRequests.length).toFixed(2)}`,
    );
  } finally {
    await base.close();
    await farm.stop();
    hook.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a poll answered 429 with a short Retry-After is tried again in the same round, so `once` still reads the feed', { timeout: 600_000 }, async () => {
  let clock = START + 6 * MIN; // before the limited feed's one item
  const farm = new FeedFarm({ feeds: 3, hosts: 1, start: START, horizonMs: 6 * H, itemsPerFeed: 4, now: () => clock, retryAfterS: 5 });
  const limited = farm.feeds.find((f) => f.kind === 'limited')!;
  await farm.start();
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-429-'));
  const base = await openBase(dir);
  try {
    const db = adapterOf(base);
    for (let f = 0; f < 3; f++) await addFeed(db, farm.feedUrl(f), { now: clock });
    const w = new Watcher(db, { now: () => clock, allowPrivate: true, concurrency: 2, perHostGapMs: 500, seed: 'test', timeoutMs: 600_000 });
    const sleep = async (ms: number) => {
      clock += Math.max(ms, 1);
    };
    await w.once(sleep); // the limited feed answers its first poll
    clock = START + 7 * H; // everything is published now
    await w.once(sleep); // its second poll is answered 429, Retry-After 5 s
    const polls = farm.log.filter((r) => r.path === `/feeds/${limited.id}.xml`);
    assert.deepEqual(
      polls.map((r) => r.status),
      [200, 429, 200],
      'polled again after the wait',
    );
    assert.ok(polls[2].at - polls[1].at >= 5000, 'Retry-After honoured');
    const identities = new Set((await db.query<{ identity: string }>('SELECT identity FROM documents')).map((d) => d.identity));
    const missing = farm.published(clock).filter((i) => !identities.has(farm.itemUrl(i)));
    assert.deepEqual(
      missing.map((i) => farm.itemUrl(i)),
      [],
      'every published item read in the round',
    );
    assert.equal(w.counts.outcomes['retry-after'], 1);
  } finally {
    await base.close();
    await farm.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a linked page asked for on a kept-alive connection the server closed meanwhile is asked for again, not replaced by the feed's summary", {
  timeout: 600_000,
}, async () => {
  const { farmArticles } = await import('./feed-farm.ts');
  const article = farmArticles()[0];
  const paragraphs = article.text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`)
    .join('');
  // the page's request meets a connection its server closed, as one whose keep-alive timeout ran out while the
  // worker was busy (a loaded machine: watch-lease)
  const site = await oneAnswerPerConnection((path) =>
    path === '/feed.xml'
      ? {
          type: 'application/rss+xml',
          body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Busy Wire</title><link>${at}/</link><item><title>${article.title}</title><link>${at}/news/1.html</link><guid>${at}/news/1.html</guid><pubDate>${new Date(clock).toUTCString()}</pubDate><description>${article.text.slice(0, 120).replace(/[<&]/g, ' ')}</description></item></channel></rss>`,
        }
      : {
          type: 'text/html; charset=utf-8',
          body: `<!doctype html><html><head><title>${article.title}</title></head><body><article><h1>${article.title}</h1>${paragraphs}</article></body></html>`,
        },
  );
  const { at, requests } = site;
  let clock = START;
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-closed-'));
  const base = await openBase(dir);
  try {
    const db = adapterOf(base);
    assert.ok('added' in (await addFeed(db, `${at}/feed.xml`, { now: clock })));
    const w = new Watcher(db, { now: () => clock, allowPrivate: true, concurrency: 1, perHostGapMs: 500, seed: 'test', timeoutMs: 600_000 });
    await w.once(async (ms) => {
      clock += Math.max(ms, 1);
    });
    // on main: the page's one request reset, and the summary stored with "linked page not fetched: connection failed (ECONNRESET)"
    assert.deepEqual(requests, ['/feed.xml', '/news/1.html'], 'the page answered on a new connection');
    assert.deepEqual(
      (await db.query<{ reason: string }>('SELECT reason FROM problems')).map((p) => p.reason),
      [],
    );
    const docs = await db.query<{ identity: string }>('SELECT identity FROM documents');
    assert.deepEqual(
      docs.map((d) => d.identity),
      [`${at}/news/1.html`],
    );
    assert.equal(w.counts.articles, 1);
  } finally {
    await base.close();
    site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a feed poll that meets a kept-alive connection the server closed meanwhile is sent again on a new one, not counted against the feed', {
  timeout: 600_000,
}, async () => {
  const { farmArticles } = await import('./feed-farm.ts');
  const [one, two] = farmArticles();
  const text = (a: typeof one) => a.text.replace(/[<&]/g, ' ');
  // two feeds on one host, each item holding its whole text (no page to fetch): the second poll goes out on the
  // connection the first one kept alive, which the server resets (its keep-alive timeout ran out)
  const site = await oneAnswerPerConnection((path) => {
    const a = path === '/a.xml' ? one : two;
    return {
      type: 'application/rss+xml',
      body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire ${path}</title><link>${site.at}/</link><item><title>${a.title}</title><guid isPermaLink="false">${path}#1</guid><pubDate>${new Date(START).toUTCString()}</pubDate><description>${text(a)}</description></item></channel></rss>`,
    };
  });
  let clock = START;
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-closed-poll-'));
  const base = await openBase(dir);
  const said: string[] = [];
  try {
    const db = adapterOf(base);
    assert.ok('added' in (await addFeed(db, `${site.at}/a.xml`, { now: clock })));
    assert.ok('added' in (await addFeed(db, `${site.at}/b.xml`, { now: clock })));
    const w = new Watcher(db, {
      now: () => clock,
      allowPrivate: true,
      concurrency: 1,
      perHostGapMs: 1,
      seed: 'test',
      timeoutMs: 600_000,
    });
    w.onProblem = (p) => said.push(`${p.source}: ${p.reason}`);
    await w.once(async (ms) => {
      clock += Math.max(ms, 1);
    });
    // on main: b's poll failed ("connection failed (ECONNRESET)"), an error against its health, its item unread
    assert.deepEqual(site.requests, ['/a.xml', '/b.xml'], 'b asked for again on a new connection');
    assert.equal(w.counts.outcomes.retried, 1, 'the reset request was the second on its connection');
    assert.deepEqual(said, []);
    const feeds = await db.query<{ url: string; errors: number; last_error: string | null }>('SELECT url, errors, last_error FROM feeds ORDER BY id');
    assert.deepEqual(
      feeds.map((f) => [f.url.slice(site.at.length), f.errors, f.last_error]),
      [
        ['/a.xml', 0, null],
        ['/b.xml', 0, null],
      ],
    );
    assert.equal((await db.query('SELECT 1 FROM documents')).length, 2);
  } finally {
    await base.close();
    site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
