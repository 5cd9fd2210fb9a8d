// Leases renewed while a worker works: a worker whose article job takes several lease lengths (its
// linked page answers slowly) keeps the job while a second worker steps beside it (one take, one page
// request, one document); on PostgreSQL, a commit held up for several lease lengths (the base's ingest
// lock held by the test) stays its committer's. On PGlite (the two workers share its one connection)
// and on PostgreSQL (each worker its own connections) when a server is reachable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { adapterOf, openBase, type StoryBase } from '../src/store/index.ts';
import type { Adapter } from '../src/store/adapter.ts';
import { INGEST_LOCK } from '../src/store/repo.ts';
import { Watcher, addFeed } from '../src/watch/index.ts';
import { ROUND_LOCK } from '../src/watch/poll.ts';
import { farmArticles } from './feed-farm.ts';
import { createDatabase, dropDatabase, pgAvailable } from './pg-helpers.ts';

/** Short leases; the page answers after several of them. */
const LEASE_MS = 1500;
const PAGE_DELAY_MS = 4 * LEASE_MS;
/** The tests' own time-outs: a hang fails, never stalls the suite. Far above their real time (a loaded machine,
 * load 45 on 2 cores, took over 60 s before worker a held the article job); no wait below gives up on a clock. */
const GIVE_UP_MS = 600_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One feed with one summary-only item; its page (the article's text) answers after `delayMs`. Each answer
 * closes its connection: on a loaded machine the page was asked for over 5 s after the feed, on the feed's
 * kept-alive connection just as this server's keep-alive timeout closed it (ECONNRESET: the page never read; now the
 * job is put back for a new connection, a second take this test is not about: test/watch.test.ts tests that). */
async function slowSite(delayMs: number) {
  const article = farmArticles()[0];
  let pageRequests = 0;
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('connection', 'close');
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Slow Wire</title><link>${base}/</link><item><title>${article.title}</title><link>${base}/news/1.html</link><guid>${base}/news/1.html</guid><pubDate>${new Date().toUTCString()}</pubDate><description>${article.text.slice(0, 120).replace(/[<&]/g, ' ')}</description></item></channel></rss>`,
      );
      return;
    }
    if (req.url === '/news/1.html') {
      pageRequests++;
      const paragraphs = article.text
        .split(/\n+/)
        .filter((p) => p.trim())
        .map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`)
        .join('');
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html><head><title>${article.title}</title></head><body><article><h1>${article.title}</h1>${paragraphs}</article></body></html>`,
        );
      }, delayMs);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    feedUrl: `${base}/feed.xml`,
    pageUrl: `${base}/news/1.html`,
    pageRequests: () => pageRequests,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
  };
}

interface Backend {
  name: string;
  /** the base, and a second handle on it for the second worker (the same one on PGlite: one connection) */
  open(): Promise<{ one: StoryBase; two: StoryBase; url: string | null; done(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'PGlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'cc-watch-lease-'));
      const one = await openBase(dir);
      return {
        one,
        two: one,
        url: null,
        async done() {
          await one.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];
const pg = await pgAvailable();
if (pg) {
  backends.push({
    name: 'PostgreSQL',
    async open() {
      const name = `cc_watch_lease_${process.pid}`;
      const url = await createDatabase(name);
      const one = await openBase(url);
      const two = await openBase(url);
      return {
        one,
        two,
        url,
        async done() {
          await two.close();
          await one.close();
          await dropDatabase(name);
        },
      };
    },
  });
}

const watcher = (db: Adapter, worker: string) =>
  new Watcher(db, { worker, leaseMs: LEASE_MS, allowPrivate: true, perHostGapMs: 10, concurrency: 2, timeoutMs: 30_000 });

/** Wait until `ready` holds; false if `over` holds first (the worker waited on finished without it). */
async function until(ready: () => Promise<boolean>, over: () => boolean): Promise<boolean> {
  for (;;) {
    if (await ready()) return true;
    if (over()) return false;
    await sleep(20);
  }
}

for (const backend of backends) {
  test(`a slow article job stays with its worker (${backend.name})`, { timeout: GIVE_UP_MS }, async () => {
    const site = await slowSite(PAGE_DELAY_MS);
    const b = await backend.open();
    try {
      const db = adapterOf(b.one);
      assert.ok('added' in (await addFeed(db, site.feedUrl)));
      const a = watcher(db, 'worker-a');
      const other = watcher(adapterOf(b.two), 'worker-b');
      let aDone = false;
      const aRun = a.once(sleep).finally(() => (aDone = true));
      aRun.catch(() => {});
      const running = () =>
        db.query<{ worker: string; attempts: number }>(`SELECT worker, attempts FROM watch_jobs WHERE kind = 'article' AND state = 'running'`);
      assert.ok(
        await until(
          async () => (await running()).some((j) => j.worker === 'worker-a'),
          () => aDone,
        ),
        'worker a takes the article job',
      );

      // worker b steps beside it (requeueing expired leases, taking what it may) until a is done or the job taken
      // again (the old code: a's lease ran out and b took the job)
      const takes: string[] = [];
      let maxAttempts = 0;
      while (!aDone) {
        for (const j of await running()) {
          maxAttempts = Math.max(maxAttempts, j.attempts);
          if (j.worker !== 'worker-a') takes.push(j.worker);
        }
        if (maxAttempts > 1 || takes.length) break;
        await other.step();
        await sleep(100);
      }
      assert.deepEqual(takes, [], 'no other worker took the job');
      assert.equal(maxAttempts, 1, 'taken once');
      await aRun;
      assert.equal(site.pageRequests(), 1, 'the page was read once');
      assert.equal(a.counts.lostLeases, 0);
      assert.equal(a.counts.articles, 1);
      assert.equal(other.counts.articles, 0);
      const docs = await db.query<{ identity: string; version: number }>('SELECT identity, version FROM documents');
      assert.deepEqual([...docs], [{ identity: site.pageUrl, version: 1 }], 'the article stored once');
      const problems = await db.query<{ reason: string }>('SELECT reason FROM problems');
      assert.deepEqual(
        problems.map((p) => p.reason),
        [],
      );
      assert.equal((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM watch_jobs'))[0].n, 0, 'the round is committed');
    } finally {
      await site.stop();
      await b.done();
    }
  });
}

test('a commit held up for several leases stays with its committer (PostgreSQL)', {
  timeout: GIVE_UP_MS,
  skip: !pg && 'PostgreSQL is not running on 127.0.0.1:5432',
}, async () => {
  const site = await slowSite(0);
  const b = await backends[1].open();
  // the test holds the base's ingest lock, so worker a's commit waits inside its first batch
  const holder = postgres(b.url!, { max: 1, onnotice: () => {} });
  try {
    const db = adapterOf(b.one);
    assert.ok('added' in (await addFeed(db, site.feedUrl)));
    await holder`SELECT pg_advisory_lock(${INGEST_LOCK})`;
    const a = watcher(db, 'worker-a');
    const other = watcher(adapterOf(b.two), 'worker-b');
    let aDone = false;
    const aRun = a.once(sleep).finally(() => (aDone = true));
    aRun.catch(() => {});
    const lease = async () =>
      (await holder<{ t: number | null }[]>`SELECT commit_lease_ms::float8 AS t FROM watch_rounds WHERE committed_ms IS NULL`)[0]?.t ?? null;
    assert.ok(
      await until(
        async () => (await lease()) !== null,
        () => aDone,
      ),
      'worker a takes the commit lease',
    );

    // worker b steps beside it while the commit waits for three lease lengths
    let stopOther = false;
    const otherRun = (async () => {
      while (!stopOther) {
        await other.step();
        await sleep(100);
      }
    })();
    const deadlines = new Set<number>();
    for (const end = Date.now() + 3 * LEASE_MS; Date.now() < end; await sleep(100)) deadlines.add((await lease())!);
    await holder`SELECT pg_advisory_unlock(${INGEST_LOCK})`;
    await aRun;
    stopOther = true;
    await otherRun;
    assert.ok(deadlines.size > 1, `the committer renewed its lease (${deadlines.size} deadlines seen)`);
    assert.equal(a.counts.rounds, 1, 'worker a committed the round');
    assert.equal(other.counts.rounds, 0, 'worker b did not commit it again');
    const docs = await db.query<{ identity: string; version: number }>('SELECT identity, version FROM documents');
    assert.deepEqual([...docs], [{ identity: site.pageUrl, version: 1 }]);
  } finally {
    await holder.end({ timeout: 1 });
    await site.stop();
    await b.done();
  }
});

test('a worker that meets another opening the round is not idle: it waits and takes part (PostgreSQL)', {
  timeout: GIVE_UP_MS,
  skip: !pg && 'PostgreSQL is not running on 127.0.0.1:5432',
}, async () => {
  const site = await slowSite(0);
  const b = await backends[1].open();
  // the test holds the round lock as a worker opening the round does: that worker's jobs and round are not
  // visible until it commits, and the feed still reads as due
  const holder = postgres(b.url!, { max: 1, onnotice: () => {} });
  try {
    const db = adapterOf(b.one);
    assert.ok('added' in (await addFeed(db, site.feedUrl)));
    await holder`SELECT pg_advisory_lock(${ROUND_LOCK})`;
    const w = watcher(adapterOf(b.two), 'worker-b');
    let idle = false;
    const run = w.untilIdle(sleep).then(() => {
      idle = true;
    });
    await sleep(1500);
    assert.equal(idle, false, 'a due feed is work: the worker does not leave while another opens its round');
    await holder`SELECT pg_advisory_unlock(${ROUND_LOCK})`;
    await run;
    assert.equal(idle, true, 'idle once the round is committed');
    const docs = await db.query<{ identity: string }>('SELECT identity FROM documents');
    assert.deepEqual(
      docs.map((d) => d.identity),
      [site.pageUrl],
      'the feed polled and its article stored',
    );
  } finally {
    await holder.end();
    await site.stop();
    await b.done();
  }
});
