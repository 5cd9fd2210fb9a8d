// Many inputs: the report is written piece by piece (never one string), and a run past --max-documents
// stops reading with one problem line instead of running out of memory. (How the cost grows with the
// number of inputs is measured by bench/growth.ts, not asserted here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { reportChunks, renderReport } from '../src/report/index.ts';
import { tinyRecords } from './generated.ts';
import { scratchDir } from './scratch.ts';

const dir = scratchDir('cc-many-');

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

test('a folder of 300 files: every file read, one article each, grouped into stories of the same event', async () => {
  const report = await analyze([folderOf(300)]);
  assert.equal(report.documents.length, 300);
  assert.equal(report.problems.length, 0);
  // about four articles per event (tinyRecords): far fewer stories than articles, and none empty
  assert.ok(report.stories.length > 30 && report.stories.length < 200, `${report.stories.length} stories`);
  assert.ok(report.stories.some((s) => s.documents.length >= 3));
});

test('the report is written piece by piece: the JSON pieces join to the JSON report, none holds more than one entry', async () => {
  const file = join(dir, 'recs.jsonl');
  writeFileSync(file, `${tinyRecords(60, 3).join('\n')}\n`);
  const report = await analyze([file, join(dir, 'missing.txt')]);
  const pieces = [...reportChunks(report, 'json')];
  assert.equal(pieces.join(''), `${JSON.stringify(report, null, 2)}\n`);
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
  writeFileSync(file, `${tinyRecords(400, 5).join('\n')}\n`);
  const report = await analyze([file, join(dir, 'never-read.txt')], { maxDocuments: 150 });
  assert.equal(report.documents.length, 150);
  assert.equal(report.problems.length, 1);
  assert.match(report.problems[0].source, /many\.jsonl.151$/);
  assert.match(report.problems[0].reason, /^not read: the run stopped at 150 articles \(--max-documents\).*left out/);
  assert.ok(report.stories.length > 0);
});
