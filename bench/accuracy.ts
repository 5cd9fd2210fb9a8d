// Every row of issue 14's accuracy table in one run, from ../shared/data with the scorers in ../shared/scoring
// (python3): the report is produced in this process as the CLI would, written to a temporary file and
// scored by the same script a user would run. HTML extraction runs bench/extract-html.ts (crosscheck only,
// or with --peers Readability.js too) and reads its figure.
//   node --import tsx bench/accuracy.ts [--only cluster|quotes|html] [--peers]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, readDocuments } from '../src/pipeline.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { renderReport } from '../src/report/index.ts';
import type { Report } from '../src/model.ts';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const DATA = join(SHARED, 'data');
const SCORING = join(SHARED, 'scoring');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const peers = args.includes('--peers');

interface Row {
  measure: string;
  figure: string;
  goal: string;
  /** seconds this row took (CPU time of the child processes is not included) */
  seconds: number;
}

const work = mkdtempSync(join(tmpdir(), 'crosscheck-accuracy-'));
const rows: Row[] = [];

/** Run a scorer on a report; returns its printed line(s). */
function score(script: string, gold: string, report: Report | { stories: Array<{ id: string; documents: string[] }> }, name: string): string {
  const path = join(work, `${name}.json`);
  writeFileSync(path, 'version' in report ? renderReport(report as Report, 'json') : JSON.stringify(report));
  const r = spawnSync('python3', [join(SCORING, script), gold, path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr.trim() || r.error}`);
  return r.stdout.trim();
}

/** A number after `label` in a scorer's output. */
function figure(out: string, label: string): string {
  const m = out.match(new RegExp(`${label} ([0-9.]+)`));
  if (!m) throw new Error(`no "${label}" in: ${out}`);
  return m[1];
}

async function measure(name: string, run: () => Promise<Array<Omit<Row, 'seconds'>>>): Promise<void> {
  const t = performance.now();
  try {
    const out = await run();
    const seconds = (performance.now() - t) / 1000;
    for (const r of out) rows.push({ ...r, seconds });
  } catch (e) {
    rows.push({ measure: name, figure: `not measured: ${(e as Error).message.split('\n')[0]}`, goal: '', seconds: (performance.now() - t) / 1000 });
  }
  process.stderr.write(`${name}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}

/** The lines of a JSONL file whose record passes `keep`, written to a temporary file. */
function subset(path: string, keep: (r: Record<string, unknown>) => boolean, name: string): string {
  const out = join(work, name);
  writeFileSync(
    out,
    `${readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && keep(JSON.parse(l)))
      .join('\n')}\n`,
  );
  return out;
}

if (!existsSync(DATA) || !existsSync(SCORING)) {
  console.error(`needs ${DATA} and ${SCORING} (the shared data and scorers)`);
  process.exit(2);
}

// BASIL-dev: one full report serves the clustering and the quote rows
if (!only || only === 'cluster' || only === 'quotes') {
  await measure('BASIL-dev', async () => {
    const docs = join(DATA, 'basil-dev', 'docs.jsonl');
    const report = await analyze([docs]);
    const out: Array<Omit<Row, 'seconds'>> = [];
    if (only !== 'quotes') {
      const c = score('score_clusters.py', docs, report, 'basil');
      out.push({
        measure: 'BASIL-dev story clustering, B-cubed F1 (P / R)',
        figure: `${figure(c, 'F1')} (${figure(c, 'P')} / ${figure(c, 'R')})`,
        goal: '>= 0.97',
      });
    }
    if (only !== 'cluster') {
      const q = score('score_quotes.py', join(DATA, 'basil-dev', 'quotes.jsonl'), report, 'basil-quotes');
      out.push({ measure: 'BASIL-dev quotes, speaker right (named-person spans)', figure: figure(q, 'speaker-right-overall'), goal: '>= 0.85' });
    }
    return out;
  });
}

// ECB+ dev: clustering only (the rest of the report does not change which stories there are)
if (!only || only === 'cluster') {
  await measure('ECB+ dev', async () => {
    const path = join(DATA, 'ecbplus-dev', 'docs.jsonl');
    const { documents } = await readDocuments([path]);
    const stories = clusterStories(documents).map((s) => ({ id: s.id, documents: s.documents }));
    const c = score('score_clusters.py', path, { stories }, 'ecbplus');
    return [
      { measure: 'ECB+ dev story clustering, B-cubed F1 (P / R)', figure: `${figure(c, 'F1')} (${figure(c, 'P')} / ${figure(c, 'R')})`, goal: '>= 0.95' },
    ];
  });
}

// PolNeAR dev: its 84 dev articles and their quotes
if (!only || only === 'quotes') {
  await measure('PolNeAR dev', async () => {
    const dir = join(DATA, 'polnear-dev');
    const docs = subset(join(dir, 'docs.jsonl'), (r) => r.split === 'dev', 'polnear-dev-docs.jsonl');
    const ids = new Set(
      readFileSync(docs, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => String(JSON.parse(l).id)),
    );
    const quotes = subset(join(dir, 'quotes.jsonl'), (r) => ids.has(String(r.document)), 'polnear-dev-quotes.jsonl');
    const report = await analyze([docs]);
    const q = score('score_quotes_polnear.py', quotes, report, 'polnear');
    return [{ measure: 'PolNeAR dev quotes, speaker right (named sources)', figure: figure(q, 'speaker-right-overall'), goal: '>= 0.85' }];
  });
}

// HTML extraction: the trafilatura-eval pages, scored by bench/extract-html.ts
if (!only || only === 'html') {
  await measure('HTML extraction', async () => {
    const bench = join(import.meta.dirname, 'extract-html.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', bench, ...(peers ? [] : ['--only', 'crosscheck'])], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`extract-html.ts failed: ${r.stderr.trim().split('\n').pop()}`);
    const line = (name: string) => r.stdout.split('\n').find((l) => l.startsWith(`${name} `));
    const ours = line('crosscheck');
    if (!ours) throw new Error(`no crosscheck line in: ${r.stdout}`);
    const peer = line('readability+linkedom');
    const vs = peer ? `; Readability.js ${figure(peer, 'F1')}` : '';
    return [
      {
        measure: 'HTML extraction, trafilatura-eval segment F1 (P / R)',
        figure: `${figure(ours, 'F1')} (${figure(ours, 'P')} / ${figure(ours, 'R')})${vs}`,
        goal: '>= 0.97 (held-out news pages)',
      },
    ];
  });
}

rmSync(work, { recursive: true, force: true });
const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`| ${'measure'.padEnd(width)} | figure | goal | seconds |`);
console.log(`|${'-'.repeat(width + 2)}|---|---|---|`);
for (const r of rows) console.log(`| ${r.measure.padEnd(width)} | ${r.figure} | ${r.goal} | ${r.seconds.toFixed(0)} |`);
