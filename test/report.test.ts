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

// The copy relations' reasons name articles by record id; the JSON keeps the ids (the contract's references), the
// reports people read show the article there, as the copy map names it elsewhere (walk4).
test('seeds: the copy reasons name the article by outlet and title in HTML and Markdown, by id in JSON', async () => {
  const report = await analyze([SEEDS]);
  const credit = '000_a5b2a6d156f426f8 carries the agency credit "Reuters" (the other does not)';
  assert.ok(
    report.relations.some((r) => r.why?.includes(credit)),
    'the JSON reason keeps the id',
  );
  assert.ok(report.relations.some((r) => r.why?.some((w) => w.startsWith('both re-use 000_a5b2a6d156f426f8: '))));
  const name = 'The Business Standard: Putin heads for Belarus amid fears of new assault on Ukraine';
  const html = renderHtml(report);
  const whys = html.match(/<ul class="why">.*?<\/ul>/g) ?? [];
  assert.equal(whys.length, report.relations.length);
  assert.ok(
    whys.every((w) => !/>000_a5b2a6d156f426f8|re-use 000_/.test(w)),
    'no reason opens with a record id',
  );
  assert.ok(html.includes(`<li><a href="#doc-000_a5b2a6d156f426f8" title="000_a5b2a6d156f426f8">${name}</a> carries the agency credit &quot;Reuters&quot;`));
  assert.ok(html.includes(`<li>both re-use <a href="#doc-000_a5b2a6d156f426f8" title="000_a5b2a6d156f426f8">${name}</a>: 4 of 4 shared sentences`));
  const md = renderMarkdown(report);
  assert.ok(md.includes(`  - **${name}** carries the agency credit "Reuters" \\(the other does not\\)`));
  assert.ok(md.includes(`  - both re-use **${name}**: 4 of 4 shared sentences come from it`));
  assert.doesNotMatch(md, /^ {2}- (000_|both re-use 000_)/m);
});
