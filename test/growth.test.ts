// Cost grows near-linearly with the size of one input and with the number of inputs. These tests
// compare the CPU time of n against 4n (never an absolute time): near-linear cost gives about 4x,
// a quadratic part gives 16x. The bound of 6x leaves room for noise on a shared machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { lowVocabularyText, quotedText } from './generated.ts';

const dir = mkdtempSync(join(tmpdir(), 'cc-growth-'));
const MAX_GROWTH = 6;

/** CPU seconds of analysing one file holding `text`. */
async function cpuOf(name: string, text: string): Promise<number> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const start = process.cpuUsage();
  const report = await analyze([file], { maxBytes: 64 * 1024 * 1024 });
  const used = process.cpuUsage(start);
  assert.equal(report.documents.length, 1, `${name}: ${JSON.stringify(report.problems)}`);
  return (used.user + used.system) / 1e6;
}

const warm = cpuOf('warm-up.txt', lowVocabularyText(32 * 1024, 9));

for (const [shape, make] of [['quoted remarks in few words', quotedText]] as const) {
  test(`one input of ${shape}: 4x the size costs under ${MAX_GROWTH}x the time`, async (t) => {
    await warm;
    const small = await cpuOf(`${shape}-1.txt`, make(512 * 1024, 1));
    const large = await cpuOf(`${shape}-4.txt`, make(2048 * 1024, 1));
    const figures = `512 KB ${small.toFixed(2)} s, 2 MB ${large.toFixed(2)} s: ${(large / small).toFixed(1)}x`;
    t.diagnostic(figures);
    assert.ok(large / small < MAX_GROWTH, figures);
  });
}
