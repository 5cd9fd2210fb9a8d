// bench/html-ab.ts's per-page comparison on a real page (test/fixtures/html/related-teaser-article.html: a blog post
// with a "related posts" box of teasers under it): the extractor's output scored against a run that kept the whole
// page's text, as trafilatura-eval scores it, and the two runs compared page by page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../src/extract/html/index.ts';
import { loadLanguageModel } from '../src/common/language.ts';
import { scorePage, type EvalEntry } from '../bench/lib/trafilatura-eval.ts';
import { compareRuns, renderComparison, type Run } from '../bench/lib/page-ab.ts';

await loadLanguageModel();

const FILE = 'related-teaser-article.html';
const URL = 'https://example.org/ear-candy';
const html = readFileSync(join(import.meta.dirname, 'fixtures/html', FILE), 'utf8');
/** what the page's reader should get (the post) and not get (the related box) */
const ENTRY: EvalEntry = {
  with: ['Ohrringe sind in diesem Frühling wieder das wichtigste Accessoire', 'die sich mit fast jedem Outfit kombinieren lassen.'],
  without: ['Das könnte dir auch gefallen', 'Die leichten Kleider aus Leinen sind in vielen Größen schon fast ausverkauft'],
};
const extracted = extractHtml({ id: FILE, source: URL, kind: 'html', body: html, order: 0, url: URL, meta: {} }).paragraphs.join('\n');
/** every text node of the page, the related box included: a run with no chrome removal */
const wholePage = html.slice(html.indexOf('<body')).replace(/<[^>]*>/g, ' ');

test('a page whose related box stops leaking is better; the other way round it is worse, with the segments listed', () => {
  const kept: Run = { [FILE]: { url: URL, ...scorePage(wholePage, ENTRY) } };
  const extractedRun: Run = { [FILE]: { url: URL, ...scorePage(extracted, ENTRY) } };
  assert.deepEqual(kept[FILE], { url: URL, found: 2, missed: [], leaked: ENTRY.without }, 'the whole page holds every segment');
  assert.deepEqual(extractedRun[FILE], { url: URL, found: 2, missed: [], leaked: [] }, extracted);

  const better = compareRuns(kept, extractedRun);
  assert.deepEqual(better.counts, { better: 1, worse: 0, traded: 0, same: 0 });
  assert.deepEqual(better.before, { tp: 2, fn: 0, fp: 2 });
  assert.deepEqual(better.after, { tp: 2, fn: 0, fp: 0 });
  assert.deepEqual(better.changes[0].noLongerLeaked, ENTRY.without);

  const worse = compareRuns(extractedRun, kept);
  assert.deepEqual(worse.counts, { better: 0, worse: 1, traded: 0, same: 0 });
  assert.deepEqual(worse.changes[0].nowLeaked, ENTRY.without);
  const text = renderComparison(worse, 'before.json', 'this run');
  assert.deepEqual(text.slice(3), [
    'better 0, worse 1, traded 0, same 0',
    `worse  ${FILE}  errors 0 -> 2  ${URL}`,
    '         - leaked now:   "Das könnte dir auch gefallen"',
    '         - leaked now:   "Die leichten Kleider aus Leinen sind in vielen Größen schon fast ausverkauft"',
  ]);
  assert.match(text[1], /^before\.json: P 1\.0000 {2}R 1\.0000 {2}F1 1\.0000 {2}\(TP 2 FN 0 FP 0\)$/);
  assert.match(text[2], /^this run: P 0\.5000 {2}R 1\.0000 {2}F1 0\.6667 {2}\(TP 2 FN 0 FP 2\)$/);
});

test('a page that loses a segment and leaks another is worse, one that finds one and leaks another traded; an unchanged page is the same, not listed', () => {
  const before: Run = {
    [FILE]: { url: URL, ...scorePage(extracted, ENTRY) },
    'other.html': { url: 'https://example.org/other', found: 1, missed: ['x'], leaked: [] },
  };
  // the post's last sentence lost, the related box's heading now kept: two errors where there were none
  const cut = `${extracted.replace(ENTRY.with[1], '')}\nDas könnte dir auch gefallen`;
  const after: Run = { ...before, [FILE]: { url: URL, ...scorePage(cut, ENTRY) }, 'new.html': { url: 'u', found: 1, missed: [], leaked: [] } };
  const cmp = compareRuns(before, after);
  assert.equal(cmp.shared, 2);
  assert.deepEqual(cmp.onlyAfter, ['new.html']);
  assert.deepEqual(cmp.counts, { better: 0, worse: 1, traded: 0, same: 1 });
  assert.deepEqual(
    cmp.changes.map((c) => [c.file, c.nowMissed, c.nowLeaked]),
    [[FILE, [ENTRY.with[1]], ['Das könnte dir auch gefallen']]],
  );

  // a missed segment found again while a leak appears: as many errors, other segments
  const traded = compareRuns(
    { [FILE]: { url: URL, found: 1, missed: [ENTRY.with[1]], leaked: [] } },
    { [FILE]: { url: URL, ...scorePage(`${extracted}\nDas könnte dir auch gefallen`, ENTRY) } },
  );
  assert.deepEqual(traded.counts, { better: 0, worse: 0, traded: 1, same: 0 });
  assert.deepEqual([traded.changes[0].nowFound, traded.changes[0].nowLeaked], [[ENTRY.with[1]], ['Das könnte dir auch gefallen']]);
});
