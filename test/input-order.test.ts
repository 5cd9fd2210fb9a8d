// Output does not depend on input order: every tie-break is by content or id, never by arrival.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { renderMarkdown } from '../src/report/index.ts';
import type { Report } from '../src/model.ts';
import { seededRandom } from './generated.ts';
import { ecbLines, SEEDS } from './helpers.ts';
import { scratchDir } from './scratch.ts';

const dir = scratchDir('cc-order-');

function shuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  return items
    .map((x) => [random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
}

/** The report with each document's source left out (a record's line number is where it was, by definition). */
function withoutSources(report: Report): string {
  return JSON.stringify({ ...report, documents: report.documents.map((d) => ({ ...d, source: '' })) });
}

test('the seeds in reverse and in shuffled order give the same report', async () => {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS, f));
  const reference = await analyze(files);
  for (const order of [[...files].reverse(), shuffle(files, 7)]) {
    const report = await analyze(order);
    assert.deepEqual(report, reference);
    assert.equal(renderMarkdown(report), renderMarkdown(reference));
  }
});

test('ECB+ dev records shuffled give the same stories, relations and accounts', async () => {
  // every fourth record: all topics, a quarter of the cost (the full set was checked identical too)
  const lines = ecbLines(4);
  const inOrder = join(dir, 'ecb.jsonl');
  const shuffled = join(dir, 'ecb-shuffled.jsonl');
  writeFileSync(inOrder, `${lines.join('\n')}\n`);
  writeFileSync(shuffled, `${shuffle(lines, 11).join('\n')}\n`);
  const a = await analyze([inOrder]);
  const b = await analyze([shuffled]);
  assert.ok(a.stories.length > 10);
  assert.equal(withoutSources(b), withoutSources(a));
});
