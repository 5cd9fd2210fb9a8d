// Benchmark: analyze end to end over Reuters-21578 (../shared/data/reuters21578/docs.jsonl).
// Prints documents per second, per-stage time and peak memory, next to a peer run in the same
// process: ingest alone (reading and parsing the records), the floor any analysis stands on.
//   node --import tsx bench/analyze.ts [file.jsonl] [--limit N]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderReport } from '../src/report/index.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? join(here, '..', '..', 'shared', 'data', 'reuters21578', 'docs.jsonl');
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

// peer: ingest only
let t = performance.now();
let n = 0;
for await (const item of ingestPaths([input])) if (!isProblem(item)) n++;
const ingestMs = performance.now() - t;

// crosscheck analyze, end to end (report rendered as JSON too)
const timings: Record<string, number> = {};
t = performance.now();
const report = await analyze([input], { timings });
const analyzeMs0 = performance.now() - t;
t = performance.now();
const json = renderReport(report, 'json');
timings['render json'] = performance.now() - t;
const analyzeMs = analyzeMs0 + timings['render json'];
const peak = process.resourceUsage().maxRSS * 1024;

const rate = (ms: number) => `${Math.round((n / ms) * 1000)} docs/s`;
console.log(`input: ${input} (${n} documents with text, ${report.problems.length} problems)`);
console.log(`peer  ingest only        ${(ingestMs / 1000).toFixed(2)} s  ${rate(ingestMs)}`);
console.log(`crosscheck analyze       ${(analyzeMs / 1000).toFixed(2)} s  ${rate(analyzeMs)}  (report ${mb(json.length)})`);
const accounted = Object.values(timings).reduce((a, b) => a + b, 0);
for (const [stage, ms] of Object.entries(timings)) {
  console.log(`  ${stage.padEnd(22)} ${(ms / 1000).toFixed(2)} s  ${((ms / analyzeMs) * 100).toFixed(0)}%`);
}
console.log(`  ${'other (ingest, glue)'.padEnd(22)} ${((analyzeMs - accounted) / 1000).toFixed(2)} s`);
console.log(`stories ${report.stories.length}, relations ${report.relations.length}`);
console.log(`peak memory (max RSS)    ${mb(peak)}`);
