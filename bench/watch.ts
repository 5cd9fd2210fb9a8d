// Benchmark: watching a feed farm on 127.0.0.1 (test/feed-farm.ts) with a clock the bench moves.
//   node --import tsx bench/watch.ts [--feeds 1000] [--hosts 10] [--hours 3] [--gap 1000]
//   node --import tsx bench/watch.ts --workers [--feeds 60]   (articles/s with 1 and 2 worker processes on PostgreSQL)
// Watch part (embedded PGlite base): items ingested against items published, requests per host per
// minute against the limit, share of 304s, minutes from publication to story, feeds that recover after
// their host comes back. Workers part: the same static farm read by 1 and by 2 `crosscheck worker`
// processes on one PostgreSQL base each; articles/s and whether both bases are equal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openBase, adapterOf } from '../src/store/index.ts';
import type { Adapter } from '../src/store/adapter.ts';
import { Watcher, addFeed, listFeeds } from '../src/watch/index.ts';
import { DEFAULT_LIMITS } from '../src/watch/schedule.ts';
import { FeedFarm } from '../test/feed-farm.ts';
import { ROOT } from '../test/helpers.ts';
import { createDatabase, dropDatabase, pgAvailable } from '../test/pg-helpers.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MIN = 60_000;
const H = 60 * MIN;

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN);

async function watchBench(): Promise<void> {
  const feeds = arg('feeds', 1000);
  const hosts = arg('hosts', 10);
  const hours = arg('hours', 3);
  const gap = arg('gap', 1000);
  const start = Date.parse('2024-05-06T06:00:00Z');
  let clock = start;
  const now = () => clock;
  const down = { host: 1, from: start + 0.5 * H, until: start + 1.5 * H };
  const farm = new FeedFarm({ feeds, hosts, start, horizonMs: hours * H, itemsPerFeed: 2, now, down, retryAfterS: 900, slowMs: 50 });
  await farm.start();
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-watch-'));
  const base = await openBase(dir);
  const db = adapterOf(base);
  const t0 = performance.now();
  try {
    for (let f = 0; f < feeds; f++) await addFeed(db, farm.feedUrl(f), { now: start });
    const w = new Watcher(db, {
      now,
      allowPrivate: true,
      concurrency: 8,
      perHostGapMs: gap,
      seed: 'bench',
      leaseMs: 30 * MIN,
      timeoutMs: 10_000,
      limits: { ...DEFAULT_LIMITS, minIntervalMs: 20 * MIN, defaultIntervalMs: 30 * MIN },
    });
    // when each document reached the base (the clock at its round's commit)
    const storedAt = new Map<string, number>();
    w.onCommit = async (_round, at) => {
      const rows = await db.query<{ identity: string }>('SELECT identity FROM documents');
      for (const r of rows) if (!storedAt.has(r.identity)) storedAt.set(r.identity, at);
    };
    const end = start + (hours + 1) * H;
    let steps = 0;
    while (clock < end) {
      await w.step();
      steps++;
      clock = Math.min(end, Math.max(clock + 1, (await w.nextWake()) ?? end));
    }
    const seconds = (performance.now() - t0) / 1000;
    const published = farm.published(end);
    const ingested = published.filter((i) => storedAt.has(farm.itemUrl(i)));
    const latencies = ingested.map((i) => (storedAt.get(farm.itemUrl(i))! - i.published) / MIN);
    // requests per host in any 60-second window
    let worst = 0;
    for (let h = 0; h < hosts; h++) {
      const times = farm.log
        .filter((r) => r.host === h)
        .map((r) => r.at)
        .sort((a, b) => a - b);
      for (let i = 0, j = 0; i < times.length; i++) {
        while (times[i] - times[j] >= MIN) j++;
        worst = Math.max(worst, i - j + 1);
      }
    }
    const polls = farm.log.filter((r) => r.path.startsWith('/feeds/'));
    const states = await listFeeds(db);
    const onDown = states.filter((s) => farm.feeds[s.id - 1].host === down.host);
    const recovered = onDown.filter((s) => s.errors === 0 && s.lastSuccess && Date.parse(s.lastSuccess) >= down.until);
    console.log(`watch: ${feeds} feeds on ${hosts} hosts, ${hours} h of publishing (+1 h), clock moved in ${steps} passes, ${seconds.toFixed(0)} s wall`);
    console.log(
      `  items published ${published.length}, ingested ${ingested.length} (${((100 * ingested.length) / published.length).toFixed(1)} %); documents in base ${(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents'))[0].n}`,
    );
    console.log(`  requests ${farm.log.length}; most requests to one host in any minute ${worst} (limit ${Math.floor(MIN / gap)} at a ${gap} ms gap)`);
    console.log(
      `  feed polls ${polls.length}: 304 ${((100 * polls.filter((r) => r.status === 304).length) / polls.length).toFixed(1)} %, 429 ${polls.filter((r) => r.status === 429).length}, refused while host down ${polls.filter((r) => r.status === 0).length}`,
    );
    console.log(
      `  publication to story: median ${pct(latencies, 0.5).toFixed(1)} min, p90 ${pct(latencies, 0.9).toFixed(1)} min, max ${Math.max(...latencies).toFixed(1)} min (clock minutes)`,
    );
    console.log(
      `  feeds on the host that was down ${((down.until - down.from) / H).toFixed(1)} h: ${recovered.length} of ${onDown.length} recovered; ${w.counts.newVersions} updated items stored as new versions`,
    );
    console.log(`  ingest: ${(w.counts.newDocuments / seconds).toFixed(1)} articles/s wall (2 shared cores)`);
  } finally {
    await base.close();
    await farm.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function shape(db: Adapter): Promise<string> {
  const docs = await db.query<{ identity: string; version: number; story: number | null }>('SELECT identity, version, story FROM documents ORDER BY identity');
  const stories = await db.query<{ key: number; id: string; documents: number }>('SELECT key, id, documents FROM stories ORDER BY id');
  const members = new Map<number, string[]>();
  for (const d of docs) if (d.story !== null) members.set(d.story, [...(members.get(d.story) ?? []), d.identity]);
  return JSON.stringify([docs.map((d) => `${d.identity}@${d.version}`), stories.map((s) => `${s.id}:${(members.get(s.key) ?? []).sort().join(',')}`).sort()]);
}

async function workersBench(): Promise<void> {
  if (!(await pgAvailable())) {
    console.log('workers: PostgreSQL is not running on 127.0.0.1:5432; skipped');
    return;
  }
  const feeds = arg('feeds', 60);
  const farm = new FeedFarm({ feeds, hosts: 4, start: Date.now() - 3 * H, horizonMs: 2 * H, itemsPerFeed: 5, now: Date.now, retryAfterS: 1, slowMs: 50 });
  await farm.start();
  const shapes: string[] = [];
  try {
    for (const n of [1, 2]) {
      farm.reset();
      const name = `cc_watch_${process.pid}_w${n}`;
      const url = await createDatabase(name);
      try {
        const base = await openBase(url);
        for (let f = 0; f < feeds; f++) await addFeed(adapterOf(base), farm.feedUrl(f));
        await base.close();
        const t0 = performance.now();
        const procs = Array.from({ length: n }, () =>
          spawn(
            process.execPath,
            [
              join(ROOT, 'bin', 'crosscheck.js'),
              'worker',
              '--db',
              url,
              '--exit-when-idle',
              '--allow-private',
              '--per-host-gap',
              '20',
              '--concurrency',
              '4',
              '--quiet',
            ],
            { stdio: 'ignore' },
          ),
        );
        await Promise.all(procs.map((p) => new Promise((r) => p.once('exit', r))));
        const seconds = (performance.now() - t0) / 1000;
        const check = await openBase(url);
        const docs = (await adapterOf(check).query<{ n: number }>('SELECT count(*)::int AS n FROM documents'))[0].n;
        shapes.push(await shape(adapterOf(check)));
        await check.close();
        console.log(
          `workers: ${n} worker${n > 1 ? 's' : ''}: ${docs} articles from ${feeds} feeds in ${seconds.toFixed(1)} s = ${(docs / seconds).toFixed(1)} articles/s (process start and polling included)`,
        );
      } finally {
        await dropDatabase(name);
      }
    }
    console.log(`workers: base with 2 workers ${shapes[0] === shapes[1] ? 'equals' : 'DIFFERS FROM'} the base with 1`);
  } finally {
    await farm.stop();
  }
}

if (args.includes('--workers')) await workersBench();
else await watchBench();
