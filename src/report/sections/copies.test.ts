import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copiesSection, wordDiff } from './copies.ts';
import type { Report, ReportDocument, ReportStory } from '../../model.ts';

const flag = { detected: false, score: 0, evidence: [] as string[] };
const doc = (id: string, extra: Partial<ReportDocument> = {}): ReportDocument => ({
  id,
  source: id,
  url: null,
  title: id,
  outlet: null,
  byline: [],
  published: null,
  language: 'en',
  text: '',
  sentences: [],
  removed: [],
  flags: { spun: { ...flag }, translated: { ...flag } },
  ...extra,
});
const story = (ids: string[]): ReportStory => ({
  id: 's1',
  title: 't',
  documents: ids,
  why: [],
  period: { start: null, end: null },
  members: [],
  entities: [],
  quotes: [],
  claims: [],
  discrepancies: [],
  briefing: [],
  timeline: [],
  outlets: [],
});

// Real sentences (seeds 001 and 000), one side carrying hostile markup.
const report: Report = {
  version: 1,
  documents: [
    doc('copy'),
    doc('wire'),
    doc('spun', {
      flags: {
        spun: { detected: true, score: 0.9, evidence: ['minister titles without a portfolio word: "Protection Minister" <img src=x onerror=alert(1)>'] },
        translated: { ...flag },
      },
    }),
  ],
  relations: [
    {
      from: 'copy',
      to: 'wire',
      kind: 'reuse',
      directed: true,
      similarity: 0.2,
      passages: [
        {
          from: 'Moscow and Minsk have also set up a joint regional unit of forces in Belarus <script>alert(1)</script>.',
          to: 'Moscow and Minsk have since set up a joint regional unit of forces in Belarus.',
          score: 0.9,
        },
      ],
      why: ['wire carries the agency credit "Reuters" (the other does not)'],
    },
  ],
  stories: [],
  problems: [],
};

test('word diff marks the words one side does not share', () => {
  const d = wordDiff('have also set up', 'have since set up');
  assert.deepEqual(
    d.a.filter(([, x]) => x).map(([w]) => w),
    ['also'],
  );
  assert.deepEqual(
    d.b.filter(([, x]) => x).map(([w]) => w),
    ['since'],
  );
});

test('HTML copy map: text escaped first, then differing words marked', () => {
  const html = copiesSection.html(story(['copy', 'wire', 'spun']), report);
  assert.ok(!html.includes('<script>'));
  assert.ok(!html.includes('<img'));
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /<mark>also<\/mark>/);
  assert.match(html, /<mark>since<\/mark>/);
  assert.match(html, /re-uses passages of/);
  assert.match(html, /2 independent sources among 3 articles/);
  assert.match(html, /Protection Minister/);
});

test('Markdown copy map: relation, reasons, passages and flag evidence', () => {
  const md = copiesSection.md(story(['copy', 'wire', 'spun']), report);
  assert.match(md, /\*\*copy\*\* re-uses passages of \*\*wire\*\* — reuse, similarity 0\.20/);
  assert.match(md, /agency credit "Reuters"/);
  assert.match(md, /\*\*also\*\*/);
  assert.ok(!md.includes('<script>'));
  assert.match(md, /flagged \*machine-spun\*/);
});

test('a story without relations or flags has no copy map', () => {
  assert.equal(copiesSection.md(story(['wire']), report), '');
  assert.equal(copiesSection.html(story(['wire']), report), '');
});

test('a reason names the article by outlet and title, escaped, linked in HTML; the id stays in the JSON', () => {
  const hostile = {
    ...report,
    documents: report.documents.map((d) =>
      d.id === 'wire' ? { ...d, outlet: 'Wire "><svg onload=alert(4)>', title: 'Bridge shut </title><script>alert(5)</script>' } : d,
    ),
  };
  const html = copiesSection.html(story(['copy', 'wire', 'spun']), hostile);
  assert.ok(!html.includes('<svg') && !html.includes('<script>'));
  assert.match(
    html,
    /<li><a href="#doc-wire" title="wire">Wire &quot;&gt;&lt;svg onload=alert\(4\)&gt;: Bridge shut &lt;\/title&gt;&lt;script&gt;alert\(5\)&lt;\/script&gt;<\/a> carries the agency credit &quot;Reuters&quot;/,
  );
  const md = copiesSection.md(story(['copy', 'wire', 'spun']), hostile);
  assert.match(
    md,
    /^ {2}- \*\*Wire "\\>\\<svg onload=alert\\\(4\\\)\\>: Bridge shut \\<\/title\\>\\<script\\>alert\\\(5\\\)\\<\/script\\>\*\* carries the agency credit "Reuters"/m,
  );
  assert.equal(hostile.relations[0].why?.[0], 'wire carries the agency credit "Reuters" (the other does not)');
});
