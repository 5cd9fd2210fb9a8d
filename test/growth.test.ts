// One large input: a 2 MB file of quoted remarks in few words (the worst case for anything that compares
// sentences) is analysed whole. How its cost grows with the size is measured by bench/growth.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { quotedText } from './generated.ts';
import { scratchDir } from './scratch.ts';

test('one input of 2 MB of quoted remarks in few words is analysed whole: one article, its quotes and speakers', async () => {
  const file = join(scratchDir('cc-growth-'), 'quoted.txt');
  writeFileSync(file, quotedText(2048 * 1024, 1));
  const report = await analyze([file], { maxBytes: 64 * 1024 * 1024 });
  assert.equal(report.documents.length, 1, JSON.stringify(report.problems));
  assert.equal(report.stories.length, 1);
  const quotes = report.stories[0].quotes;
  assert.ok(quotes.length > 1000, `${quotes.length} quotes`);
  assert.ok(
    quotes.some((q) => q.speaker === 'John Smith'),
    'a speaker named before a comma and title is kept whole',
  );
});
