// probe (not kept): wall and CPU of an ingest by phase, SQL time on the main thread apart
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyV8Flags } from '../bin/v8-flags.js';
import { adapterOf, openBase } from '../src/store/index.ts';
import { ingestIntoBase } from '../src/store/update/index.ts';
import type { Adapter, Sql } from '../src/store/adapter.ts';
import { openPgliteThread } from '../src/store/pglite-thread.ts';

applyV8Flags(['ingest']);
const [file, threadsArg, where] = process.argv.slice(2);
const dir = where ? '' : mkdtempSync(join(tmpdir(), 'cc-probe-'));
const t0 = performance.now();
const c0 = process.cpuUsage();
let base = await openBase(where || join(dir, 'base'));
let db = adapterOf(base);
if (process.env.PROBE_THREAD) {
  const location = db.location;
  await base.close();
  db = openPgliteThread(join(location, 'pgdata'), location);
  base = { close: () => db.close() } as typeof base;
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sql = { wall: 0, n: 0 };
const wrap = (s: Sql): Sql => ({
  query: async (text, params) => {
    const w = performance.now();
    try {
      return await s.query(text, params);
    } finally {
      sql.wall += performance.now() - w;
      sql.n++;
    }
  },
  exec: async (text) => {
    const w = performance.now();
    try {
      return await s.exec(text);
    } finally {
      sql.wall += performance.now() - w;
      sql.n++;
    }
  },
  ...(s.send
    ? {
        send: (text: string, params?: unknown[]) => {
          sql.n++;
          s.send!(text, params);
        },
      }
    : {}),
});
const wrapped: Adapter = { ...db, ...wrap(db), transaction: (work) => db.transaction((tx) => work(wrap(tx))) };
const opened = { wall: performance.now() - t0, cpu: cpu() - (c0.user + c0.system) / 1000 };
const timings: Record<string, number> = {};
const cpuTimings: Record<string, number> = {};
const w1 = performance.now();
const c1 = cpu();
const marks: string[] = [];
const summary = await ingestIntoBase(wrapped, [file], {
  threads: Number(threadsArg || 1),
  timings,
  cpuTimings,
  onBatch: (n) => marks.push(`batch ${n} at ${Math.round(performance.now() - w1)} ms`),
});
const total = { wall: performance.now() - w1, cpu: cpu() - c1 };
await base.close();
const r = (x: number) => Math.round(x);
console.log(
  JSON.stringify({
    threads: threadsArg,
    opened: { wall: r(opened.wall), cpu: r(opened.cpu) },
    run: { wall: r(total.wall), cpu: r(total.cpu) },
    sqlWall: r(sql.wall),
    sqlN: sql.n,
    marks,
  }),
);
for (const k of Object.keys(timings))
  console.log(`${k.padEnd(20)} wall ${String(r(timings[k])).padStart(7)}  cpu ${String(r(cpuTimings[k] ?? 0)).padStart(7)}`);
console.log(`summary new ${summary.newDocuments} opened ${summary.storiesOpened} grown ${summary.storiesGrown} merged ${summary.storiesMerged}`);
if (dir) rmSync(dir, { recursive: true, force: true });
