// Benchmark: analyze end to end over Reuters-21578 (../shared/data/reuters21578/docs.jsonl).
// Prints documents per second, per-stage time and peak memory, next to a peer run in the same
// process: ingest alone (reading and parsing the records), the floor any analysis stands on. Stage
// times are given as wall and CPU time (this process, user + system): on a shared machine compare CPU.
// The JSON report is written piece by piece as the command does (to --out, or counted and dropped), its
// stories worked out one at a time as they are written.
// --threads N sets the threads preparing documents (default: as the command, CROSSCHECK_THREADS or one
// per core but one; 1 = no worker threads); the workers' CPU time counts in the process's. With worker
// threads the bench runs itself again with one malloc arena, as the command does (bin/one-arena.js), and
// the figures are the child's (this process waits, a bare node of some 40 MB beside it).
//   node --import tsx bench/analyze.ts [file.jsonl] [--limit N] [--threads N] [--out report.json]
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultThreads, runWithOneArena, wantsOneArena, watchLauncher } from '../bin/one-arena.js';
import { applyV8Flags } from '../bin/v8-flags.js';

const args = process.argv.slice(2);
const threadsAt = args.indexOf('--threads');
// the engine loads after this: a process that runs the bench again holds none of it
if (wantsOneArena(['analyze', ...(threadsAt >= 0 ? args.slice(threadsAt, threadsAt + 2) : [])])) await runWithOneArena(args);
watchLauncher();
// the command's V8 flags (bin/v8-flags.js), so that the bench measures what the command runs
applyV8Flags(['analyze']);
const threads = threadsAt >= 0 ? Number(args[threadsAt + 1]) : defaultThreads();
const [{ ingestPaths, isProblem }, { analyzeStream }, { reportChunks }] = await Promise.all([
  import('../src/ingest/index.ts'),
  import('../src/pipeline.ts'),
  import('../src/report/index.ts'),
]);

const here = fileURLToPath(new URL('.', import.meta.url));
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const file =
  args.find((a, i) => !a.startsWith('--') && !['--limit', '--out', '--threads'].includes(args[i - 1])) ??
  join(here, '..', '..', 'shared', 'data', 'reuters21578', 'docs.jsonl');
if (!existsSync(file)) {
  console.error(`bench/analyze: ${file}: not found (pass the path of a .jsonl file)`);
  process.exit(2);
}

let input = file;
if (Number.isFinite(limit)) {
  // a prefix of the file, written once, so both runs read the same documents
  const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit);
  input = join(mkdtempSync(join(tmpdir(), 'bench-')), 'docs.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// peer: ingest only
let t = performance.now();
let n = 0;
for await (const item of ingestPaths([input])) if (!isProblem(item)) n++;
const ingestMs = performance.now() - t;

// crosscheck analyze, end to end (report rendered as JSON too)
const timings: Record<string, number> = {};
const cpuTimings: Record<string, number> = {};
t = performance.now();
const cpu0 = cpuMs();
const report = await analyzeStream([input], { timings, cpuTimings, threads });
const analyzeMs0 = performance.now() - t;
t = performance.now();
const c = cpuMs();
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
// the per-story stages run while the report is written: what they add is not the writing's
const [staged, stagedCpu] = [sum(timings), sum(cpuTimings)];
const fd = out ? openSync(out, 'w') : -1;
let bytes = 0;
for (const chunk of reportChunks(report, 'json')) {
  bytes += Buffer.byteLength(chunk);
  if (fd >= 0) writeSync(fd, chunk);
}
if (fd >= 0) closeSync(fd);
const writeMs = performance.now() - t;
timings['render json'] = writeMs - (sum(timings) - staged);
cpuTimings['render json'] = cpuMs() - c - (sum(cpuTimings) - stagedCpu);
const analyzeMs = analyzeMs0 + writeMs;
const analyzeCpu = cpuMs() - cpu0;
const peak = process.resourceUsage().maxRSS * 1024;

const rate = (ms: number) => `${Math.round((n / ms) * 1000)} docs/s`;
console.log(`input: ${input} (${n} documents with text, ${report.problems.length} problems), ${threads} thread${threads === 1 ? '' : 's'} preparing documents`);
console.log(`peer  ingest only        ${(ingestMs / 1000).toFixed(2)} s  ${rate(ingestMs)}`);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
console.log(`crosscheck analyze       ${s(analyzeMs)}  ${rate(analyzeMs)}  (report ${mb(bytes)})`);
console.log(`  CPU time               ${s(analyzeCpu)}  ${rate(analyzeCpu)} on one core`);
console.log(`  ${'stage'.padEnd(22)} ${'wall'.padStart(8)}  ${'CPU'.padStart(8)}`);
const accounted = Object.values(timings).reduce((a, b) => a + b, 0);
const accountedCpu = Object.values(cpuTimings).reduce((a, b) => a + b, 0);
for (const [stage, ms] of Object.entries(timings)) {
  console.log(`  ${stage.padEnd(22)} ${s(ms)}  ${s(cpuTimings[stage])}  ${((ms / analyzeMs) * 100).toFixed(0)}%`);
}
console.log(`  ${'other (ingest, glue)'.padEnd(22)} ${s(analyzeMs - accounted)}  ${s(analyzeCpu - accountedCpu)}`);
console.log(`stories ${report.stories.length}, relations ${report.relations.length}`);
console.log(`peak memory (max RSS)    ${mb(peak)}`);
