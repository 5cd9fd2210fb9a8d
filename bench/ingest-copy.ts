// Benchmark: the cost per article of the story base's ingest at a given size, on a copy of a base.
// A base built to a size (PGlite folder, or a PostgreSQL database used as a template) is copied, the copy
// ingests the next articles in batches, and each batch's CPU milliseconds per article are printed in all
// and per step (cluster, relate, synthesize, the rest of the commit), with the CPU of each SQL statement
// summed by its opening words (--statements). The copy's upkeep is pinned (no VACUUM falls inside the
// measured batches). Ends with digests of the copy's stories (their states compared as values, so bases of
// either layout of memberships compare), documents' stories, story keys and relations, so two versions of
// the code run on copies of one base can be shown to leave the same base. With --statements on PGlite, also
// the WAL each article wrote (records, full-page images, kB).
// Old and new code side by side: run this file from each tree in turn (same base, same input).
//   node --import tsx bench/ingest-copy.ts BASE INPUT.jsonl [--batch 500] [--statements] [--sql "statements run on the copy first"]
// BASE: a PGlite folder, or postgres://.../NAME (NAME is copied with CREATE DATABASE ... TEMPLATE NAME).
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import postgres from 'postgres';
import type { Adapter, Sql } from '../src/store/adapter.ts';
import { openAdapter, openBase } from '../src/store/index.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const [source, input] = args.filter((a, i) => !a.startsWith('--') && !['--batch', '--sql'].includes(args[i - 1]));
const batch = Number(flag('--batch', '500'));
const statements = args.includes('--statements');
if (!source || !input) {
  console.error('usage: bench/ingest-copy.ts BASE INPUT.jsonl [--batch 500] [--statements]');
  process.exit(2);
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Copy the base; returns its location and how to drop the copy. */
async function copyBase(): Promise<{ location: string; drop: () => Promise<void> }> {
  if (!/^postgres(ql)?:\/\//.test(source)) {
    const dir = mkdtempSync(join(tmpdir(), 'cc-copy-'));
    cpSync(source, join(dir, 'base'), { recursive: true });
    rmSync(join(dir, 'base', 'crosscheck.lock'), { force: true });
    return { location: join(dir, 'base'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = new URL(source);
  const template = url.pathname.slice(1);
  const name = `${template}_copy_${process.pid}`;
  const admin = new URL(source);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => {
      await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql.end();
    },
  };
}

/** CPU ms per statement, summed by the statement's opening words. */
const byStatement = new Map<string, { ms: number; n: number }>();
function timed(tx: Sql): Sql {
  return {
    async query(text, params) {
      const t0 = cpuMs();
      try {
        return await tx.query(text, params);
      } finally {
        const name = text.replace(/\s+/g, ' ').trim().slice(0, 70);
        const e = byStatement.get(name) ?? { ms: 0, n: 0 };
        e.ms += cpuMs() - t0;
        e.n++;
        byStatement.set(name, e);
      }
    },
    exec: (text) => tx.exec(text),
  } as Sql;
}

const digest = (rows: unknown[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 12);

/** JSON with every object's keys in order: the same values give the same text whatever order they were written in. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;

async function digests(db: Adapter): Promise<Record<string, string>> {
  // a story's clustering state with its memberships, however the base keeps them (inside the state up to schema
  // 12, apart from 13 on), so bases written by either layout compare
  const [apart] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'stories' AND column_name = 'memberships' AND table_schema = current_schema()`,
  );
  const stories = await db.query<{ state: string; memberships: string | null }>(
    `SELECT key, id, title, documents, state, ${apart.n ? 'memberships' : 'NULL AS memberships'}, report, active FROM stories ORDER BY key`,
  );
  const state = ({ state, memberships, ...row }: { state: string; memberships: string | null }) => {
    const st = JSON.parse(state);
    if (memberships !== null) st.memberships = JSON.parse(memberships);
    return { ...row, state: canonical(st) };
  };
  return {
    stories: digest(stories.map(state)),
    documentStories: digest(await db.query('SELECT id, story, position FROM documents ORDER BY position')),
    storyKeys: digest(await db.query('SELECT key, story, active FROM story_keys ORDER BY story, key, active')),
    relations: digest(await db.query('SELECT from_doc, to_doc, body FROM relations ORDER BY from_doc COLLATE "C", to_doc COLLATE "C"')),
  };
}

const copy = await copyBase();
try {
  // pin the upkeep: its VACUUM falls once per fifth of growth, not in the batches measured here
  const pin = await openAdapter(copy.location);
  await pin.query(
    `INSERT INTO meta (key, value) SELECT 'upkept', value FROM meta WHERE key = 'positions' ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  // --sql "...": statements run on the copy first (an index setting tried, say)
  if (args.includes('--sql')) await pin.exec(flag('--sql', ''));
  const [{ stored }] = await pin.query<{ stored: number }>('SELECT count(*)::int AS stored FROM documents');
  await pin.close();

  const base = await openBase(copy.location);
  const db = (base as unknown as { db: Adapter }).db;
  // the embedded backend's WAL written (records, full-page images, bytes), read after each transaction; a server's
  // pg_stat_wal counts every database on it, so only PGlite's is shown
  let wal = { records: 0, fpi: 0, bytes: 0 };
  const readWal = async () => {
    const [w] = await db.query<{ records: number; fpi: number; bytes: number }>(
      'SELECT wal_records::float8 AS records, wal_fpi::float8 AS fpi, wal_bytes::float8 AS bytes FROM pg_stat_wal',
    );
    wal = w;
  };
  if (statements) {
    const transaction = db.transaction.bind(db);
    (db as { transaction: Adapter['transaction'] }).transaction = async (work) => {
      const out = await transaction((tx) => work(timed(tx)));
      if (db.kind === 'pglite') await readWal();
      return out;
    };
  }
  const walSnapshots: Array<typeof wal> = [];
  const cpuTimings: Record<string, number> = {};
  // garbage collection's pauses (wall ms on the main thread), per batch like the steps
  cpuTimings.gc = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) cpuTimings.gc += e.duration;
  }).observe({ entryTypes: ['gc'] });
  let last = { cpu: cpuMs(), steps: {} as Record<string, number>, count: 0, load: loadavg()[0] };
  const batches: Array<Record<string, number>> = [];
  const snapshots: Array<Map<string, { ms: number; n: number }>> = [];
  await base.ingest([input], {
    batchSize: batch,
    cpuTimings,
    onBatch: (count) => {
      const cpu = cpuMs();
      const n = count - last.count;
      const per = (v: number) => Math.round((v / n) * 100) / 100;
      const steps = Object.fromEntries(Object.entries(cpuTimings).map(([k, v]) => [k, per(v - (last.steps[k] ?? 0))]));
      const row: Record<string, number> = { all: per(cpu - last.cpu), ...steps, load: Math.round(loadavg()[0] * 10) / 10 };
      row['rest of commit'] =
        Math.round((row.commit - (row.cluster ?? 0) - (row.relate ?? 0) - (row.synthesize ?? 0) - (row['enrich+fingerprint'] ?? 0)) * 100) / 100;
      row.heapMB = Math.round(process.memoryUsage().heapUsed / 1e6);
      batches.push(row);
      // statements counted from the end of the first batch to the end of the last (not the run's final synthesis)
      snapshots.push(new Map([...byStatement].map(([k, e]) => [k, { ...e }])));
      walSnapshots.push({ ...wal });
      console.log(JSON.stringify({ stored: stored + count, ...row }));
      last = { cpu, steps: { ...cpuTimings }, count, load: loadavg()[0] };
    },
  });
  // the first batch warms the caches: the mean of the others is the figure
  const rest = batches.length > 1 ? batches.slice(1) : batches;
  const mean = Object.fromEntries(Object.keys(rest[0]).map((k) => [k, Math.round((rest.reduce((s, r) => s + (r[k] ?? 0), 0) / rest.length) * 100) / 100]));
  console.log(JSON.stringify({ stored, mean: true, ...mean }));
  if (statements) {
    const articles = (batches.length - 1) * batch || batch;
    const first = batches.length > 1 ? snapshots[0] : new Map();
    const lastSnap = snapshots[snapshots.length - 1];
    const spent = [...lastSnap].map(([k, e]) => [k, { ms: e.ms - (first.get(k)?.ms ?? 0), n: e.n - (first.get(k)?.n ?? 0) }] as const);
    for (const [name, e] of spent.sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
      console.log(`  ${(e.ms / articles).toFixed(3).padStart(7)} ms/art  ${String(e.n).padStart(5)}x  ${name}`);
    if (db.kind === 'pglite') {
      const [w0, w1] = [batches.length > 1 ? walSnapshots[0] : { records: 0, fpi: 0, bytes: 0 }, walSnapshots[walSnapshots.length - 1]];
      const per = (v: number) => Math.round((v / articles) * 10) / 10;
      console.log(
        `  WAL per article: ${per(w1.records - w0.records)} records, ${per(w1.fpi - w0.fpi)} full-page images, ${per((w1.bytes - w0.bytes) / 1024)} kB`,
      );
    }
  }
  console.log(JSON.stringify({ digests: await digests(db) }));
  await base.close();
} finally {
  await copy.drop();
}
process.exit(0);
