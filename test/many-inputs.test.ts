// Many inputs: cost grows near-linearly with their number (n against 4n, never an absolute time), the
// report is written piece by piece (never one string), and a run past --max-documents stops reading
// with one problem line instead of running out of memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { reportChunks, renderReport } from '../src/report/index.ts';
import type { Report } from '../src/model.ts';
import { tinyRecords } from './generated.ts';

const dir = mkdtempSync(join(tmpdir(), 'cc-many-'));
const MAX_GROWTH = 6;

/** A folder of `n` small text files (one article each). */
function folderOf(n: number): string {
  const folder = join(dir, `files-${n}`);
  mkdirSync(folder);
  tinyRecords(n, 7).forEach((line, i) => {
    const { title, text, published } = JSON.parse(line);
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), ` date ${published} ${title}\n\n${text}\n`);
  });
  return folder;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds to analyse a folder, and to write its Markdown and JSON reports. */
async function costOf(folder: string): Promise<{ analyse: number; render: number; report: Report }> {
  let t = cpu();
  const report = await analyze([folder]);
  const analyse = cpu() - t;
  t = cpu();
  for (const format of ['md', 'json'] as const) for (const _chunk of reportChunks(report, format));
  return { analyse, render: cpu() - t, report };
}

test(`a folder of 4x the files costs under ${MAX_GROWTH}x the time to analyse and to report`, async (t) => {
  await costOf(folderOf(40)); // warm-up: models and tables load once
  const small = await costOf(folderOf(150));
  const large = await costOf(folderOf(600));
  assert.equal(large.report.documents.length, 600);
  const figures = `150 files: analyse ${small.analyse.toFixed(2)} s, report ${small.render.toFixed(2)} s; 600 files: analyse ${large.analyse.toFixed(2)} s, report ${large.render.toFixed(2)} s`;
  t.diagnostic(figures);
  assert.ok(large.analyse / small.analyse < MAX_GROWTH, figures);
  assert.ok(large.render / Math.max(small.render, 0.05) < MAX_GROWTH, figures);
});

test('the report is written piece by piece: the JSON pieces join to the JSON report, none holds more than one entry', async () => {
  const file = join(dir, 'recs.jsonl');
  writeFileSync(file, tinyRecords(60, 3).join('\n') + '\n');
  const report = await analyze([file, join(dir, 'missing.txt')]);
  const pieces = [...reportChunks(report, 'json')];
  assert.equal(pieces.join(''), JSON.stringify(report, null, 2) + '\n');
  const largest = Math.max(...[...report.documents, ...report.stories, ...report.relations].map((x) => JSON.stringify(x, null, 2).length));
  assert.ok(Math.max(...pieces.map((p) => p.length)) <= 2 * largest, 'no piece holds more than one document, relation or story (indented)');
  for (const format of ['md', 'html'] as const) {
    const chunks = [...reportChunks(report, format)];
    assert.ok(chunks.length > report.stories.length, format);
    assert.equal(chunks.join(''), renderReport(report, format));
  }
});

test('past --max-documents reading stops with one problem line naming where, and the report of what was read is written', async () => {
  const file = join(dir, 'many.jsonl');
  writeFileSync(file, tinyRecords(400, 5).join('\n') + '\n');
  const report = await analyze([file, join(dir, 'never-read.txt')], { maxDocuments: 150 });
  assert.equal(report.documents.length, 150);
  assert.equal(report.problems.length, 1);
  assert.match(report.problems[0].source, /many\.jsonl.151$/);
  assert.match(report.problems[0].reason, /^not read: the run stopped at 150 articles \(--max-documents\).*left out/);
  assert.ok(report.stories.length > 0);
});
