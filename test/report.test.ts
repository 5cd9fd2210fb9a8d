import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { renderHtml, renderMarkdown } from '../src/report/index.ts';
import { validateReport } from './contract.ts';
import { SEEDS, SCHEMA, ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';

test('the JSON report on the seeds is valid against the contract: one story of five', async () => {
  const report = await analyze([SEEDS]);
  assert.deepEqual(validateReport(JSON.parse(JSON.stringify(report))), []);
  assert.equal(report.documents.length, 5);
  assert.equal(report.stories.length, 1);
  assert.equal(report.stories[0].documents.length, 5);
  for (const d of report.documents) {
    assert.equal(d.text.split('\n\n').flat().length > 0, true);
    assert.ok(d.sentences.length > 5, d.id);
  }
});

test('the same input gives the same report', async () => {
  const a = JSON.stringify(await analyze([SEEDS]));
  const b = JSON.stringify(await analyze([SEEDS]));
  assert.equal(a, b);
});

test('the repository copy of the contract matches ../shared when that is present', () => {
  const shared = join(ROOT, '..', 'shared', 'contract', 'report.schema.json');
  if (!existsSync(shared)) return;
  assert.equal(readFileSync(SCHEMA, 'utf8'), readFileSync(shared, 'utf8'));
});

test('hostile article text is escaped in HTML and defanged in Markdown', async () => {
  const dir = scratchDir('crosscheck-report-');
  const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  writeFileSync(
    join(dir, 'evil.txt'),
    ` date 2022-12-19 Title ${evil}\n\nThe minister said on Monday that the talks ${evil} would continue next week in the capital.\n\nOfficials from both countries met for several hours and agreed to meet again in January.\n`,
  );
  const report = await analyze([dir]);
  const html = renderHtml(report);
  assert.ok(!html.includes('<script>'), 'no live script');
  assert.ok(!html.includes('<img'), 'no live image');
  assert.ok(html.includes('&lt;script&gt;'));
  const md = renderMarkdown(report);
  assert.ok(!md.includes('<script>'));
});
