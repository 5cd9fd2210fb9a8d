// A fact-checker's walk through the Markdown and HTML reports (walk5): every cited sentence can be found by a reader.
// The reports cited "12_19ecb #3", "CBC News (002) #15" (ECB+'s three BBC articles all read "BBC (14_)"), quote
// variants as "003_0f878f7f675210c6#q9", and a briefing line with three citations "(single source)" with no reason.
// Now each pointer names the article as the story names it (its outlet, numbered when one outlet ran several), with
// the sentence's number; the Markdown Articles table pairs the name with the id; the HTML links the pointer to the
// sentence, numbered in the article's text. The JSON keeps the ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { renderHtml, renderMarkdown } from '../src/report/index.ts';
import { escapeMd } from '../src/report/escape.ts';
import type { Report } from '../src/model.ts';
import { discrepanciesHtml } from '../src/server/story/discrepancies.ts';
import { ROOT, SEEDS } from './helpers.ts';

const WALK = join(ROOT, 'test', 'fixtures', 'walk');

/** Every `href="#x"` of the HTML has an element with that id. */
function danglingAnchors(html: string): string[] {
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  return [...new Set([...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]))].filter((h) => !ids.has(h));
}

const sentence = (report: Report, doc: string, n: number) => report.documents.find((d) => d.id === doc)!.sentences[n - 1];

test('seeds: a briefing line of three copies says why it is one source, in Markdown and HTML', async () => {
  const report = await analyze([SEEDS]);
  const md = renderMarkdown(report);
  const html = renderHtml(report);
  const copies = report.stories[0].briefing.filter((b) => b.singleSource && new Set(b.support.map((r) => r.document)).size === 3);
  assert.ok(copies.length >= 1, 'the seeds briefing has a line three copies state');
  for (const b of copies) {
    assert.match(md, new RegExp(`${escapeRe(escapeMd(b.text))} \\S+ \\*\\(single source: its 3 articles are copies of one\\)\\*`));
    assert.ok(html.includes('<span class="meta">(single source: its 3 articles are copies of one)</span>'));
  }
  assert.doesNotMatch(md, /\*\(single source\)\*/, 'no line of the seeds is stated by one article alone');
});

test('seeds: discrepancies, timeline and quotes point at "outlet, sentence N", never at a record or quote id', async () => {
  const report = await analyze([SEEDS]);
  const md = renderMarkdown(report);
  // the discrepancy's two sides: the CBC's and InoSMI's sentences, each findable by its number
  assert.equal(sentence(report, '002_9536d35874c14773', 15).startsWith('Kremlin spokesperson Dmitry Peskov told'), true);
  assert.ok(md.includes('  - CBC News, sentence 15: “Kremlin spokesperson Dmitry Peskov told Russian news agencies'));
  assert.ok(md.includes(`  - InoSMI, sentence 51: “${escapeMd(sentence(report, '003_0f878f7f675210c6', 51))}”`));
  // the timeline names the articles (it said "(000\_a5b2a6d156f426f8 \#1, 002\_9536d35874c14773 \#1, ...)")
  assert.match(
    md,
    /Kremlin leader Vladimir Putin flies to Belarus on Monday .* \(The Business Standard, sentence 1; CBC News, sentence 1; The Week, sentence 1\)/,
  );
  // a quote's other wordings: where they are, and which words it differently (Peskov's "fabrications" /
  // "statements"; Nayev's cut is the same wording)
  assert.ok(md.includes('“stupid and unfounded fabrications.” — CBC News, sentence 15 (also in InoSMI, sentence 51, worded differently)'));
  assert.match(md, /in our opinion, also on the ground,” — The Business Standard, sentence 4 \(also in CBC News, sentence 16\)/);
  assert.doesNotMatch(md, /#q\d/, 'no quote id');
  // the claims table's columns and "what each article adds" by name ("The Business Standard (000)" before)
  assert.ok(md.includes('| claim | independent sources | status | The Business Standard | CBC News | The Washington Post | The Week | InoSMI |'));
  assert.ok(md.includes('3 independent sources among 5 articles; copies counted once: {The Business Standard, CBC News, The Week}.'));
  // the ids stay where a tool or a careful reader needs them: the Articles table, beside the name
  assert.ok(md.includes('| CBC News | 002\\_9536d35874c14773 | Putin in Belarus for talks amid fears of new assault on Ukraine |'));
  for (const d of report.documents) {
    const id = escapeMd(d.id);
    const lines = md.split('\n').filter((l) => l.includes(id));
    assert.deepEqual(
      lines.filter((l) => !l.startsWith('| ')),
      [],
      `${d.id} is named only in the Articles table`,
    );
  }
  // the JSON keeps its references
  assert.ok(report.stories[0].quotes.some((q) => q.variants?.includes('003_0f878f7f675210c6#q9')));
});

test('seeds HTML: every pointer links to its sentence, numbered and anchored in the article text', async () => {
  const report = await analyze([SEEDS]);
  const html = renderHtml(report);
  assert.deepEqual(danglingAnchors(html), []);
  const peskov = sentence(report, '002_9536d35874c14773', 15);
  assert.ok(
    html.includes(
      '<a href="#s-002_9536d35874c14773-15" title="Putin in Belarus for talks amid fears of new assault on Ukraine (002_9536d35874c14773)">CBC News, sentence 15</a>',
    ),
  );
  const target = html.match(/<span id="s-002_9536d35874c14773-15"><sup class="sn">15<\/sup>(.*?)<\/span>/);
  assert.ok(target, 'the sentence is anchored');
  assert.equal(target[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'"), peskov);
  // the source list of the briefing links each citation's sentence
  assert.match(
    html,
    /<li id="cite-story-[0-9a-f]+-1"><span class="meta"><a href="#s-000_a5b2a6d156f426f8-3" [^>]*>The Business Standard, 2022-12-19 · sentence 3<\/a><\/span>/,
  );
});

test('ECB+ BBC: three articles of one outlet are told apart (they all read "BBC (14_)")', async () => {
  const report = await analyze([join(WALK, 'waitrose-bbc.jsonl')]);
  assert.equal(report.stories.length, 1);
  const md = renderMarkdown(report);
  assert.ok(md.includes('| claim | independent sources | status | BBC 1 | BBC 2 | BBC 3 |'));
  assert.ok(md.includes('| BBC 3 | 14\\_2ecbplus | Waitrose Wellington fire: Man denies arson | BBC |'));
  assert.ok(md.includes(`[2] BBC 2, 2013-07-22 · sentence 1: “${escapeMd(sentence(report, '14_3ecbplus', 1))}”`));
  assert.ok(md.includes('<details><summary>BBC 3: 1 line removed</summary>'), 'one line, named as the other sections name the article');
  assert.doesNotMatch(md, /BBC \\\(14/);
  for (const name of ['BBC 1', 'BBC 2', 'BBC 3']) assert.match(md, new RegExp(`^- \\*\\*${name}\\*\\*: adds`, 'm'));
  const html = renderHtml(report);
  assert.deepEqual(danglingAnchors(html), []);
  assert.ok(html.includes('<th><a href="#doc-14_3ecbplus" title="Man charged with arson over Waitrose fire in Wellington (14_3ecbplus)">BBC 2</a></th>'));
});

test('seeds web app: a discrepancy names its articles as the page does, linked, not "CBC News (002_9536d35874c14773)"', async () => {
  const report = await analyze([SEEDS]);
  const story = report.stories[0];
  assert.ok(
    story.discrepancies.some((d) => d.detail.includes('(CBC News (002_9536d35874c14773))')),
    'the JSON keeps the ids',
  );
  const page = String(discrepanciesHtml(story, report));
  assert.ok(
    page.includes(
      '&quot;stupid and unfounded fabrications.&quot; (<a href="/articles/002_9536d35874c14773">CBC News</a>) vs &quot;Stupid and unfounded statements&quot; (<a href="/articles/003_0f878f7f675210c6">InoSMI</a>). <a href="/articles/003_0f878f7f675210c6">InoSMI</a> is flagged as translated',
    ),
  );
  assert.doesNotMatch(page, /\(002_9536d35874c14773\)/);
  const md = renderMarkdown(report);
  assert.ok(
    md.includes('"stupid and unfounded fabrications." \\(CBC News\\) vs "Stupid and unfounded statements" \\(InoSMI\\). InoSMI is flagged as translated'),
  );
});

test('a figure that reads like a numeric record id stays a figure in a discrepancy', async () => {
  const { detailPieces } = await import('../src/report/sections/where.ts');
  const report = {
    documents: [
      { id: '393', outlet: null },
      { id: '400', outlet: null },
    ],
  } as unknown as Report;
  const story = { documents: ['393', '400'] } as unknown as Report['stories'][number];
  // synthesize's figure list: "a figure (articles)"; Reuters' ids are numbers
  assert.deepEqual(detailPieces(story, report, 'Figures differ: 393 tonnes (400) vs 400 tonnes (393).'), [
    'Figures differ: 393 tonnes (',
    { document: '400' },
    ') vs 400 tonnes (',
    { document: '393' },
    ').',
  ]);
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('seeds: a claim an article "adds" that its copies also make names them (three articles listed it as their own)', async () => {
  const report = await analyze([SEEDS]);
  const md = renderMarkdown(report);
  const line = 'Moscow and Minsk have since set up a joint regional unit of forces in Belarus and held numerous military exercises.';
  assert.ok(md.includes(`  - adds: ${line} *(also in CBC News, The Week: copies of one source)*`));
  assert.ok(md.includes(`  - adds: ${line} *(also in The Business Standard, The Week: copies of one source)*`));
  const html = renderHtml(report);
  assert.ok(
    html.includes(
      `<li>${line} <span class="meta">(also in <a href="#doc-002_9536d35874c14773" title="Putin in Belarus for talks amid fears of new assault on Ukraine (002_9536d35874c14773)">CBC News</a>, <a href="#doc-001_3faca63f91a4deb3"`,
    ),
  );
  // an addition of one article alone says nothing more
  assert.match(
    md,
    /^ {2}- adds: Putin’s talks with Belarusian President Alexander Lukashenko centered on financial cooperation, in keeping with readouts from their workplaces\.$/m,
  );
});

test('ECB+ Lohan web app: a line three AP copies each "add" names the other two, linked', async () => {
  const { outletsHtml } = await import('../src/server/story/outlets.ts');
  const report = await analyze([join(WALK, 'lohan-copies.jsonl')]);
  const story = report.stories[0];
  const page = String(outletsHtml(story, report));
  const ensconced = story.claims.find((c) => c.text.startsWith('"My client is ensconced'))!;
  assert.equal(new Set(ensconced.support.map((s) => s.document)).size, 3);
  const adding = story.outlets!.filter((o) => o.unique.includes(ensconced.id));
  assert.equal(adding.length, 3, 'each copy lists the line as its own');
  for (const o of adding) {
    const others = story.documents.filter((d) => d !== o.document);
    assert.match(page, new RegExp(`${others.map((d) => `<a href="/articles/${d}">[^<]+</a>`).join(', ')}: copies of one source\\)`));
  }
});

test('Reuters: an article named by a numeric record id is said to be an article, not a bare number', async () => {
  const { docLabels } = await import('../src/report/labels.ts');
  // real Reuters-21578 records: no outlet, byline or address, ids that are numbers
  const report = await analyze([join(ROOT, 'test', 'fixtures', 'cluster', 'reuters-issuers.jsonl')]);
  const story = report.stories.find((s) => s.documents.length > 1 && s.briefing.length)!;
  assert.ok(story, 'a story of several records with a briefing');
  const labels = docLabels(story, report);
  for (const id of story.documents) assert.equal(labels.get(id), `article ${id}`);
  const md = renderMarkdown({ ...report, stories: [story] });
  assert.match(md, /^\[1\] article \d+, \d{4}-\d\d-\d\d · sentence \d+: “/m);
  assert.doesNotMatch(md, /^\[\d+\] \d+, /m, 'no source named by a bare number');
});
