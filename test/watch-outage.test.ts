// An operator's farm of workers on a PostgreSQL server (walk6): the server restarting or out of reach a moment, a
// worker stopped with SIGTERM mid-round, a look at the queue. Over real ECB+ text served from 127.0.0.1, a real
// server (CROSSCHECK_TEST_PG, else 127.0.0.1:5432; skipped without one) reached through a TCP relay the test can cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { openBase, adapterOf, baseFailure } from '../src/store/index.ts';
import { connectionLost, type Adapter } from '../src/store/adapter.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { Watcher, addFeed } from '../src/watch/index.ts';
import { createApp } from '../src/server/app.ts';
import { ecbLines, runCli } from './helpers.ts';
import { xmlText } from './walk-items.ts';
import { createDatabase, dropDatabase, pgAvailable, PG_ADMIN } from './pg-helpers.ts';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A TCP relay to the server that can be cut (every connection dropped, new ones refused, as by a stopped server) and
 * mended (listening again on its port). */
class Relay {
  private sockets = new Set<net.Socket>();
  private server = net.createServer((client) => {
    const target = new URL(PG_ADMIN);
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  port = 0;
  async start() {
    await new Promise<void>((r) => this.server.listen(this.port, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }
  url(database: string): string {
    const u = new URL(PG_ADMIN);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    u.pathname = `/${database}`;
    return u.toString();
  }
  async drop() {
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
  mend() {
    return this.start();
  }
}

/** ECB+ dev records as full-text RSS items, one feed of `n` from `first`. */
function feedServer(n: number, first = 0) {
  const records = ecbLines()
    .map((l) => JSON.parse(l) as { id: string; title: string; text: string })
    .filter((r) => r.title && r.text.length > 600)
    .slice(first, first + n);
  const paragraphs = (text: string) =>
    text
      .split('\n')
      .map((p) => `<p>${xmlText(p)}</p>`)
      .join('');
  const rss = (origin: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${records
      .map((r) => `<item><title>${xmlText(r.title)}</title><link>${origin}/a/${r.id}</link><description>${xmlText(paragraphs(r.text))}</description></item>`)
      .join('\n')}</channel></rss>`;
  const server = http.createServer((req, res) => {
    if (req.url === '/wire.rss') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(origin));
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 600_000;
  let origin = '';
  return {
    records,
    async start() {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return `${origin}/wire.rss`;
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function documents(db: Adapter): Promise<{ all: number; distinct: number; stale: number; jobs: number }> {
  const r = await db.query<{ all: number; distinct: number; stale: number; jobs: number }>(
    `SELECT (SELECT count(*) FROM documents)::int AS all, (SELECT count(DISTINCT identity) FROM documents)::int AS distinct,
       (SELECT count(*) FROM stories WHERE stale)::int AS stale, (SELECT count(*) FROM watch_jobs)::int AS jobs`,
  );
  return r[0];
}

test('a transaction whose server connection dies mid-query fails as a lost connection; the process lives, the next request works', async (t) => {
  if (!(await pgAvailable())) return t.skip('PostgreSQL is not running');
  const name = `cc_outage_${process.pid}_tx`;
  const url = await createDatabase(name);
  const db = await openPostgres(url);
  const killer = await openPostgres(url);
  try {
    await db.exec('CREATE TABLE t (n int)');
    let pid: number | null = null;
    const tx = db.transaction(async (q) => {
      await q.query('INSERT INTO t VALUES (1)');
      pid = (await q.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0].pid;
      await q.query('SELECT pg_sleep(5)');
    });
    while (pid === null) await sleep(20);
    await killer.query('SELECT pg_terminate_backend($1)', [pid]);
    // the client's own begin() wrote ROLLBACK to the closed socket: an uncaught TypeError ended the process
    // (postgres 3.4.9, porsager/postgres issue 1208)
    const err = await tx.then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(err && connectionLost(err), `a lost connection: ${String(err)}`);
    assert.match(baseFailure(err, db.location)?.message ?? '', /lost the connection|server stopped the work/);
    // give any write queued for the dead socket its turn (it threw from a setImmediate)
    await sleep(200);
    assert.deepEqual([...(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM t'))], [{ n: 0 }], 'nothing of the lost transaction kept');
    await db.transaction((q) => q.query('INSERT INTO t VALUES (2)'));
    assert.deepEqual([...(await db.query<{ n: number }>('SELECT n FROM t'))], [{ n: 2 }]);
  } finally {
    await db.close();
    await killer.close();
    await dropDatabase(name);
  }
});

test('a watcher rides out its server out of reach: says so, waits, goes on once it is back; every article stored once', async (t) => {
  if (!(await pgAvailable())) return t.skip('PostgreSQL is not running');
  const name = `cc_outage_${process.pid}_run`;
  await createDatabase(name);
  const relay = new Relay();
  await relay.start();
  const feed = feedServer(6);
  const feedUrl = await feed.start();
  const base = await openBase(relay.url(name));
  try {
    const db = adapterOf(base);
    await addFeed(db, feedUrl);
    const w = new Watcher(db, { allowPrivate: 'loopback', perHostGapMs: 10, timeoutMs: 600_000 });
    const lost: string[] = [];
    let back = 0;
    let committed = false;
    w.onBaseLost = (err, wait) => {
      lost.push(`${baseFailure(err, base.location)?.message} (${wait} ms)`);
      // out of reach for two tries, then back
      if (lost.length === 2) void relay.mend();
    };
    w.onBaseBack = () => back++;
    w.onCommit = () => {
      committed = true;
    };
    // the server goes away before the first pass
    await relay.drop();
    await w.run(sleep, () => committed, 50);
    assert.ok(lost.length >= 2, 'said each try');
    assert.match(lost[0], /lost the connection to the database .*\(1000 ms\)$/);
    assert.equal(back, 1, 'said once it was back');
    const d = await documents(db);
    assert.equal(d.all, feed.records.length, 'every item stored');
    assert.equal(d.distinct, d.all, 'none twice');
    assert.equal(d.stale, 0);
    assert.equal(d.jobs, 0, 'the round committed and its jobs gone');

    // the server away while a web app reads the base: a 503 saying so, to try again after (it was a 500 "failed to answer")
    const app = createApp(base, {});
    await relay.drop();
    const api = await app.request('http://localhost/api/stories');
    assert.equal(api.status, 503);
    assert.equal(api.headers.get('retry-after'), '30');
    assert.match(((await api.json()) as { error: string }).error, /story base is out of reach .*lost the connection to its database server/);
    const page = await app.request('http://localhost/');
    assert.equal(page.status, 503);
    assert.match(await page.text(), /Story base out of reach/);
    await relay.mend();
    const again = await app.request('http://localhost/api/stories');
    assert.equal(again.status, 200, 'answers once the server is back');
  } finally {
    // a failed run leaves a client that may not close cleanly: the database is dropped whatever happens
    await base.close().catch(() => {});
    await relay.drop();
    await feed.stop();
    await dropDatabase(name);
  }
});

test('a stopped watcher takes no new job: those in hand finish, the rest waits for the next; feeds list shows the queue', { timeout: 600_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip('PostgreSQL is not running');
  const name = `cc_outage_${process.pid}_stop`;
  const url = await createDatabase(name);
  const feed = feedServer(6, 10);
  const feedUrl = await feed.start();
  const base = await openBase(url);
  try {
    const db = adapterOf(base);
    await addFeed(db, feedUrl);
    const first = new Watcher(db, { allowPrivate: 'loopback', perHostGapMs: 10, concurrency: 1, timeoutMs: 600_000, worker: 'first:1' });
    // stopped (SIGTERM) once it has read one article: it went on taking jobs until the queue was empty
    await first.step({ all: true, stop: () => first.counts.articles >= 1 });
    assert.equal(first.counts.polls, 1);
    assert.equal(first.counts.articles, 1, 'no job taken after the stop');
    assert.equal(first.counts.rounds, 0, 'no commit started after the stop');
    assert.equal((await documents(db)).all, 0);

    // what an operator sees meanwhile: the open round, what is left of it; "1 poll", not "1 polls"
    const list = await runCli(['feeds', 'list', '--db', url]);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /\t1 poll \(0 unchanged\), 6 items; ok /);
    assert.match(
      list.stdout,
      /^queue: round \d+ opened \d{4}-\d\d-\d\d \d\d:\d\d UTC: 0 polls to go, 5 articles waiting, 0 jobs running, 1 prepared, 0 failed; commit once the 5 jobs left are done$/m,
    );

    const second = new Watcher(db, { allowPrivate: 'loopback', perHostGapMs: 10, timeoutMs: 600_000, worker: 'second:2' });
    await second.untilIdle(sleep);
    assert.equal(second.counts.articles, 5, 'the rest, each once');
    const d = await documents(db);
    assert.equal(d.all, feed.records.length);
    assert.equal(d.distinct, d.all);
    assert.equal(d.jobs, 0);
    const after = await runCli(['feeds', 'list', '--db', url]);
    assert.match(after.stdout, /^queue: empty \(no open round: every article read is in the base\)$/m);
  } finally {
    await base.close();
    await feed.stop();
    await dropDatabase(name);
  }
});
