// Workers on one PostgreSQL base: two processes share the polling and per-article work through the job
// queue; one is killed with SIGKILL mid-run; the base ends up as one process builds it, nothing lost or doubled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openBase, adapterOf } from '../src/store/index.ts';
import type { Adapter } from '../src/store/adapter.ts';
import { Watcher, addFeed } from '../src/watch/index.ts';
import { FeedFarm } from './feed-farm.ts';
import { ROOT } from './helpers.ts';
import { createDatabase, dropDatabase, pgAvailable } from './pg-helpers.ts';

const FEEDS = 16;

/** What must be equal: each document with its version, and each story as the set of its documents. */
async function shape(db: Adapter) {
  const docs = await db.query<{ identity: string; version: number; story: number | null }>('SELECT identity, version, story FROM documents ORDER BY identity');
  const byStory = new Map<number, string[]>();
  for (const d of docs) if (d.story !== null) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d.identity]);
  const stories = (
    await db.query<{ key: number; id: string; documents: number; independent_sources: number }>('SELECT key, id, documents, independent_sources FROM stories')
  )
    .map((s) => `${s.id}|${s.documents}|${s.independent_sources}|${(byStory.get(s.key) ?? []).sort().join(',')}`)
    .sort();
  return { documents: docs.map((d) => `${d.identity}@${d.version}`), stories };
}

function worker(url: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      join(ROOT, 'bin', 'crosscheck.js'),
      'worker',
      '--db',
      url,
      '--exit-when-idle',
      '--allow-private',
      '--per-host-gap',
      '30',
      // short: a live worker renews its leases while it works, so only the killed worker's jobs come back (after 3 s)
      '--lease',
      '3',
      '--concurrency',
      '4',
      '--quiet',
      // the farm's pages are no test of time: a loaded machine must not turn a loopback fetch into an error
      '--timeout',
      '600',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

const exited = (p: ChildProcess) =>
  new Promise<number | null>((resolve) => (p.exitCode !== null || p.signalCode ? resolve(p.exitCode) : p.once('exit', (code) => resolve(code))));

test('two workers, one killed mid-run, build the base one process builds', { timeout: 900_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip('PostgreSQL is not running on 127.0.0.1:5432');
  const names = [`cc_watch_${process.pid}_one`, `cc_watch_${process.pid}_two`];
  const farm = new FeedFarm({
    feeds: FEEDS,
    hosts: 2,
    start: Date.now() - 7_200_000,
    horizonMs: 3_600_000,
    itemsPerFeed: 5,
    now: Date.now,
    retryAfterS: 1,
    slowMs: 100,
  });
  await farm.start();
  try {
    // one process
    const one = await openBase(await createDatabase(names[0]));
    let single: Awaited<ReturnType<typeof shape>> | undefined;
    try {
      const db = adapterOf(one);
      for (let f = 0; f < FEEDS; f++) await addFeed(db, farm.feedUrl(f));
      const w = new Watcher(db, { allowPrivate: true, perHostGapMs: 30, concurrency: 4, timeoutMs: 600_000 });
      await w.once((ms) => new Promise((r) => setTimeout(r, ms)));
      single = await shape(db);
    } finally {
      await one.close();
    }
    assert.equal(single.documents.length, farm.published(Date.now()).length, 'every published item read');

    // two workers; the first is killed once it holds work
    farm.reset();
    const url = await createDatabase(names[1]);
    const two = await openBase(url);
    try {
      const db = adapterOf(two);
      for (let f = 0; f < FEEDS; f++) await addFeed(db, farm.feedUrl(f));
      const a = worker(url);
      const b = worker(url);
      let errors = '';
      for (const p of [a, b]) p.stderr!.on('data', (d) => (errors += d));
      // kill a once it has taken a job and some articles are waiting to be committed
      // (no count of tries: on a loaded machine the workers' start-up alone outlasted 600 tries of 20 ms)
      while (a.exitCode === null && !a.signalCode) {
        const r = await db.query<{ mine: number; prepared: number }>(
          `SELECT count(*) FILTER (WHERE worker LIKE $1 AND state = 'running')::int AS mine, count(*) FILTER (WHERE state = 'prepared')::int AS prepared FROM watch_jobs`,
          [`%:${a.pid}`],
        );
        if (r[0].mine > 0 && r[0].prepared > 0) break;
        await new Promise((res) => setTimeout(res, 20));
      }
      a.kill('SIGKILL');
      assert.equal(await exited(b), 0, `the other worker finishes the run: ${errors}`);
      const shared = await shape(db);
      assert.deepEqual(shared.documents, single.documents, 'nothing lost or doubled');
      assert.deepEqual(shared.stories, single.stories, 'the same stories');
      const left = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM watch_jobs');
      assert.equal(left[0].n, 0);
    } finally {
      await two.close();
    }
  } finally {
    await farm.stop();
    for (const n of names) await dropDatabase(n);
  }
});
