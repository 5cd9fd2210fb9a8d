// Benchmark: the story base's ingest over Reuters-21578 (../shared/data/reuters21578/docs.jsonl), on PGlite
// and on PostgreSQL in one run (each backend in its own child process, so each peak RSS is its own).
// Prints, at each stop (5k, 10k, 20k articles stored), the articles per second of the last stretch and
// overall, and the peak RSS so far: flat cost per article and bounded memory are the goals. After the last stop,
// the run's end: the stories it left stale synthesised (every story an ingest run touched: its CPU an article stored
// belongs to the run's figure).
// Stops 1,000 apart (--stops 4000,5000,18779,19779) give the cost of one stretch at a given size.
//   node --import tsx bench/ingest.ts [file.jsonl] [--stops 5000,10000,20000] [--backends pglite,postgres] [--batch N] [--threads N] [--keep DIR]
// (--keep DIR: the PGlite base is built in DIR and kept, to compare it with `analyze` afterwards.)
// (the PostgreSQL server's own memory is not in the figure; PGlite runs inside the process and is.)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { applyV8Flags } from '../bin/v8-flags.js';
import { adapterOf, openBase } from '../src/store/index.ts';
import { DEFAULT_BATCH } from '../src/store/update/index.ts';
import { synthesizeStale } from '../src/store/update/stories.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const stops = flag('--stops', '5000,10000,20000').split(',').map(Number);
const batch = Number(flag('--batch', String(DEFAULT_BATCH)));
const keep = flag('--keep', '');
const threads = Number(flag('--threads', '1'));
const server = process.env.CROSSCHECK_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

if (args[0] === '--child') {
  // child: ingest into one base, report at every stop
  const [, location, file] = args;
  // the command's V8 flags (bin/v8-flags.js), so that the bench measures what `crosscheck ingest` runs
  applyV8Flags(['ingest']);
  const base = await openBase(location);
  // the process's start (tsx, the modules, a new base's engine and migrations) is in the first stretch's CPU:
  // shown apart, as it does not grow with the articles (the language model loads in the first batch)
  const begun = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ started: true, cpuMs: Math.round((begun.user + begun.system) / 1000) })}\n`);
  const start = performance.now();
  let lastTime = start;
  let lastCount = 0;
  let lastCpu = 0;
  let next = 0;
  // CPU per step (commit's parts: cluster, relate, synthesize), per article of the last stretch
  const cpuTimings: Record<string, number> = {};
  let lastSteps: Record<string, number> = {};
  // main-thread GC pauses (wall ms) per article too: a long run's heap grows with its caches, a copy's does not
  cpuTimings.gc = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) cpuTimings.gc += e.duration;
  }).observe({ entryTypes: ['gc'] });
  const mb = (kb: number) => Math.round(kb / 1024);
  const report = (count: number) => {
    const now = performance.now();
    const cu = process.cpuUsage();
    const cpu = (cu.user + cu.system) / 1e6;
    const line = {
      stored: count,
      // CPU milliseconds per article over the last stretch: steadier than wall time on a shared machine
      cpuMsPerArticle: Math.round(((cpu - lastCpu) / Math.max(1, count - lastCount)) * 1000 * 10) / 10,
      stretch: Math.round(((count - lastCount) / (now - lastTime)) * 1000 * 10) / 10,
      overall: Math.round((count / (now - start)) * 1000 * 10) / 10,
      rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
      peakMB: mb(process.resourceUsage().maxRSS),
      steps: Object.fromEntries(
        Object.entries(cpuTimings).map(([k, v]) => [k, Math.round(((v - (lastSteps[k] ?? 0)) / Math.max(1, count - lastCount)) * 10) / 10]),
      ),
    };
    lastSteps = { ...cpuTimings };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    lastTime = now;
    lastCount = count;
    lastCpu = cpu;
  };
  // past the last stop nothing more is ingested: the child stops the run there (its base is thrown away) rather than
  // ingesting the rest of the file, which kept the machine busy for minutes after a short run's figures -- and then
  // does what the run's end does, synthesising the stories the run left stale (an ingest run synthesises its stories
  // once, at its end: without it the stops would leave synthesis out)
  const STOPPED = new Error('stopped at the last stop');
  let stored = 0;
  try {
    const summary = await base.ingest([file], {
      batchSize: batch,
      threads,
      cpuTimings,
      onBatch: (n) => {
        stored = n;
        while (next < stops.length && n >= stops[next]) {
          report(n);
          next++;
        }
        if (next === stops.length) throw STOPPED;
      },
    });
    if (next < stops.length) report(summary.read + summary.problems);
  } catch (err) {
    if (err !== STOPPED) throw err;
    const before = process.cpuUsage();
    await synthesizeStale(adapterOf(base));
    const cu = process.cpuUsage(before);
    process.stdout.write(`${JSON.stringify({ finish: true, stored, cpuMs: Math.round((cu.user + cu.system) / 1000) })}\n`);
  }
  await base.close();
  process.exit(0);
}

const file =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(here, '..', '..', 'shared', 'data', 'reuters21578', 'docs.jsonl');
if (!existsSync(file)) {
  console.error(`bench/ingest: ${file}: not found (pass the path of a .jsonl file)`);
  process.exit(2);
}
const backends = flag('--backends', 'pglite,postgres').split(',');

async function runChild(kind: string, location: string): Promise<void> {
  await new Promise<void>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        '--child',
        location,
        file,
        '--stops',
        stops.join(','),
        '--batch',
        String(batch),
        '--threads',
        String(threads),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.setEncoding('utf8');
    let buffered = '';
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const r = JSON.parse(buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
        if (r.started) {
          console.log(`${kind.padEnd(10)}          process started, base opened: ${r.cpuMs} ms CPU (in the first stretch's figure)`);
          continue;
        }
        if (r.finish) {
          console.log(
            `${kind.padEnd(10)} ${String(r.stored).padStart(6)} stored   the run's end (stale stories synthesised): ${r.cpuMs} ms CPU, ${Math.round((r.cpuMs / Math.max(1, r.stored)) * 10) / 10} ms an article stored`,
          );
          continue;
        }
        console.log(
          `${kind.padEnd(10)} ${String(r.stored).padStart(6)} stored   ${String(r.stretch).padStart(6)} articles/s (last stretch, ${r.cpuMsPerArticle} ms CPU each)   ${String(r.overall).padStart(6)} overall   RSS ${r.rssMB} MB, peak ${r.peakMB} MB`,
        );
        console.log(
          `${''.padEnd(10)}        CPU ms per article by step: ${Object.entries(r.steps)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
        );
      }
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${kind} run exited with ${code}`))));
  });
}

console.log(`input ${file}, batches of ${batch}, ${threads} thread(s), stops ${stops.join(', ')}`);
for (const kind of backends) {
  if (kind === 'pglite' && keep) await runChild(kind, keep);
  else if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
    try {
      await runChild(kind, join(dir, 'base'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    const name = `cc_bench_${process.pid}`;
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`CREATE DATABASE ${name}`);
    } catch (err) {
      console.log(`postgres   skipped: no server at ${server} (${(err as Error).message})`);
      await admin.end();
      continue;
    }
    const url = new URL(server);
    url.pathname = `/${name}`;
    try {
      await runChild(kind, url.toString());
    } finally {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
}
