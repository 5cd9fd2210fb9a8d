// The page renderers on real pipeline output (the seeds) and on hostile articles: structure, citations
// that resolve to their sentence in its paragraph, and nothing from article text becoming markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../pipeline.ts';
import type { Report, ReportDocument } from '../model.ts';
import { storyPage } from './pages/story.ts';
import { articlePage, type ArticleView } from './pages/article.ts';
import { storiesPage } from './pages/stories.ts';
import { searchPage } from './pages/search.ts';
import { problemsPage } from './pages/problems.ts';
import { highlightSnippet } from './html.ts';
import { SEEDS, ROOT } from '../../test/helpers.ts';
import { scratchDir } from '../../test/scratch.ts';
import { renderHtml, renderMarkdown } from '../report/index.ts';

const HOSTILE = join(ROOT, 'test', 'fixtures', 'server');
let seedsReport: Promise<Report> | undefined;
const seeds = () => (seedsReport ??= analyze([SEEDS]));

function view(report: Report, doc: ReportDocument): ArticleView {
  return {
    document: doc,
    relations: report.relations.filter((r) => r.from === doc.id || r.to === doc.id),
    stories: report.stories.filter((s) => s.documents.includes(doc.id)).map((s) => s.id),
    versions: [],
    reached: [],
  };
}

const titleOf = (report: Report) => (id: string) => report.documents.find((d) => d.id === id);

/** Every page in the app for a report. */
function allPages(report: Report): Array<[string, string]> {
  const summaries = report.stories.map((s) => ({
    id: s.id,
    title: s.title,
    documents: s.documents.length,
    independentSources: 1,
    outlets: report.documents.filter((d) => s.documents.includes(d.id)).map((d) => d.outlet ?? ''),
    languages: ['en'],
    firstSeen: s.period.start,
    latest: s.period.end,
    updatedAt: '2024-01-01T00:00:00Z',
  }));
  return [
    ['stories', storiesPage({ stories: summaries, total: summaries.length, query: { outlet: report.documents[0].outlet ?? undefined }, limit: 50, seq: 3 })],
    ...report.stories.map((s): [string, string] => [`story ${s.id}`, storyPage(report, s)]),
    ...report.documents.map((d): [string, string] => [`article ${d.id}`, articlePage(view(report, d), titleOf(report))]),
    [
      'search',
      searchPage(
        report.documents[0].title,
        report.documents.map((d) => ({
          kind: 'document',
          id: d.id,
          title: d.title,
          snippet: `…<b>${d.sentences[0]}</b>…`,
          rank: 1,
          outlets: d.outlet ? [d.outlet] : [],
          date: d.published,
        })),
        0,
        20,
        report.documents.length,
      ),
    ],
    [
      'problems',
      problemsPage([{ source: '<script>window.__pwned=1</script>.html', reason: 'not HTML <img src=x onerror=alert(1)>', seen: '2024-01-01' }], 0, 50, 1),
    ],
  ];
}

/** What an HTML page must never contain, whatever the articles say. */
function assertInert(name: string, markup: string): Document {
  const { document } = parseHTML(markup);
  const scripts = [...document.querySelectorAll('script')];
  assert.deepEqual(
    scripts.map((s) => s.getAttribute('src')?.replace(/\?.*/, '')),
    ['/assets/app.js'],
    `${name}: only the app's own script`,
  );
  for (const el of document.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      assert.ok(!/^on/i.test(attr.name), `${name}: <${el.tagName.toLowerCase()} ${attr.name}> is an event handler`);
      if (['href', 'src', 'action', 'xlink:href', 'formaction'].includes(attr.name)) {
        assert.match(attr.value, /^(\/|#|\?|https?:\/\/|url\(#)/, `${name}: ${attr.name}="${attr.value}" is not a web or local address`);
      }
    }
    assert.ok(
      !['iframe', 'object', 'embed', 'img', 'base', 'meta'].includes(el.tagName.toLowerCase()) ||
        (el.tagName.toLowerCase() === 'meta' && !el.getAttribute('http-equiv')),
      `${name}: <${el.tagName}> from article text`,
    );
  }
  return document;
}

function assertAccessible(name: string, document: Document): void {
  assert.equal(document.querySelectorAll('h1').length, 1, `${name}: one h1`);
  assert.equal(document.documentElement.getAttribute('lang'), 'en', `${name}: lang`);
  for (const input of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
    const id = input.getAttribute('id');
    const labelled = (id && document.querySelector(`label[for="${id}"]`)) || input.getAttribute('aria-label');
    assert.ok(labelled, `${name}: form control ${id ?? input.outerHTML} has a label`);
  }
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
  assert.equal(new Set(ids).size, ids.length, `${name}: ids are unique`);
}

test('seeds: every page is well formed, accessible and inert', async () => {
  const report = await seeds();
  for (const [name, markup] of allPages(report)) assertAccessible(name, assertInert(name, markup));
});

test('seeds story page: every citation resolves to its source sentence, marked in its paragraph', async () => {
  const report = await seeds();
  const story = report.stories[0];
  const { document } = parseHTML(storyPage(report, story));
  assert.equal(document.querySelector('h1')?.textContent, story.title);
  const cites = [...document.querySelectorAll('ol.briefing a.cite')];
  assert.ok(cites.length >= story.briefing.length, 'each briefing line is cited');
  const byId = new Map(report.documents.map((d) => [d.id, d]));
  // the first line's first citation is the first source: its sentence text, marked, inside a longer paragraph
  const ref = story.briefing[0].support[0];
  const src = document.getElementById(cites[0].getAttribute('href')!.slice(1))!;
  assert.equal(src.querySelector('mark')?.textContent, byId.get(ref.document)!.sentences[ref.sentence]);
  assert.ok(
    src
      .querySelector('a')!
      .getAttribute('href')!
      .endsWith(`#s-${ref.sentence + 1}`),
  );
  for (const a of cites) assert.ok(document.getElementById(a.getAttribute('href')!.slice(1))?.querySelector('mark'), `${a.getAttribute('href')} resolves`);
  // claims matrix: one column per article, ticks link to sentences
  const matrix = document.querySelector('table.matrix')!;
  assert.equal(matrix.querySelectorAll('thead th').length, 3 + story.documents.length);
  assert.ok(matrix.querySelectorAll('td.yes a[href*="#s-"]').length > 0);
  assert.ok(matrix.querySelector('.status-corroborated'));
  // the copy graph: one circle per article in a relation, arrows for the directed ones, links to articles
  const svg = document.querySelector('svg.graph')!;
  assert.ok(svg.querySelectorAll('circle').length >= 3);
  assert.equal(svg.querySelectorAll('line[marker-end]').length, report.relations.filter((r) => r.directed).length);
  assert.equal(svg.querySelectorAll('line.undirected').length, report.relations.filter((r) => !r.directed).length);
  assert.match(document.getElementById('copies')!.parentElement!.textContent!, /independent source/);
  // quotes by speaker, discrepancies, timeline, outlets, membership
  assert.ok(document.querySelectorAll('ul.quotes q').length > 0);
  assert.match(document.querySelector('ul.discrepancies')!.textContent!, /Peskov/);
  assert.ok(document.querySelectorAll('table.timeline tbody tr').length > 0);
  assert.ok(document.querySelectorAll('ul.outlets > li').length === story.outlets.length);
  assert.match(document.getElementById('why')!.parentElement!.textContent!, /opened the story/);
});

test('seeds article page: sentences addressable, shared sentences marked, removed chrome with reasons, passages side by side', async () => {
  const report = await seeds();
  const rel = report.relations.find((r) => r.directed)!;
  const doc = report.documents.find((d) => d.id === rel.from)!;
  const { document } = parseHTML(articlePage(view(report, doc), titleOf(report)));
  assert.equal(document.querySelectorAll('.article-text .s').length, doc.sentences.length);
  assert.equal(document.getElementById('s-1')?.textContent, doc.sentences[0]);
  const shared = rel.passages[0].fromSentences![0];
  assert.ok(document.getElementById(`s-${shared + 1}`)!.classList.contains('shared'));
  const removed = document.querySelector('ul.removed');
  assert.ok(doc.removed.length > 0 && removed && removed.querySelectorAll('li').length === doc.removed.length);
  assert.equal(removed!.querySelector('.reason')!.textContent, doc.removed[0].reason);
  const table = document.querySelector('table.passages')!;
  assert.ok(table.querySelectorAll('tbody tr').length > 0 && table.querySelector('mark'));
  assert.ok(document.querySelector(`ul.relations a[href="/articles/${rel.to}"]`), 'links to the other article');
});

test('hostile articles: titles, bylines, outlets, text and links are shown as text, never run', async () => {
  const report = await analyze([HOSTILE]);
  assert.equal(report.stories.length, 1, 'the hostile fixtures form one story');
  for (const [name, markup] of allPages(report)) {
    const document = assertInert(name, markup);
    assertAccessible(name, document);
  }
  const story = storyPage(report, report.stories[0]);
  const { document } = parseHTML(story);
  assert.match(document.querySelector('h1')!.textContent!, /Portmere/);
  // the payloads are still there, as text
  const wire = report.documents.find((d) => d.id === 'hostile-wire')!;
  const art = parseHTML(articlePage(view(report, wire), titleOf(report))).document;
  assert.match(art.querySelector('h1')!.textContent!, /<\/title><script>window.__pwned=5<\/script>/);
  assert.match(art.querySelector('.article-text')!.textContent!, /<script>window.__pwned=1<\/script>/);
  assert.match(art.body.textContent!, /javascript:window.__pwned=3/, 'the javascript: address is shown as text');
  assert.ok(![...art.querySelectorAll('a')].some((a) => /javascript/i.test(a.getAttribute('href') ?? '')));
  const copy = report.documents.find((d) => d.id === 'hostile-copy')!;
  const copyPage = parseHTML(articlePage(view(report, copy), titleOf(report))).document;
  const link = [...copyPage.querySelectorAll('a[rel~=noopener]')][0];
  assert.ok(link.getAttribute('href')!.startsWith('https://example.org/portmere?x=%22%3E%3Cscript%3E'), 'the web address is kept, percent-encoded');
});

// The copy relations' reasons name articles by record id (the JSON keeps them); the copy map and the article page
// show the article there as they show it elsewhere, linked to its page, its hostile outlet and title as text (walk4).
test('copy reasons: the articles they name shown by outlet and title, linked; hostile names as text', async () => {
  const report = await seeds();
  const seedsStory = parseHTML(storyPage(report, report.stories[0])).document;
  const reasons = [...seedsStory.querySelectorAll('ul.relations ul.meta li')];
  assert.ok(reasons.length > 0);
  assert.ok(
    reasons.every((li) => !/000_a5b2a6d156f426f8/.test(li.textContent!)),
    'no reason shows a record id',
  );
  const name = 'The Business Standard: Putin heads for Belarus amid fears of new assault on Ukraine';
  const credit = reasons.filter((li) => /carries the agency credit "Reuters"/.test(li.textContent!));
  assert.equal(credit.length, 2);
  for (const li of credit) {
    assert.equal(li.querySelector('a')!.getAttribute('href'), '/articles/000_a5b2a6d156f426f8');
    assert.equal(li.textContent, `${name} carries the agency credit "Reuters" (the other does not)`);
  }
  const sibling = reasons.find((li) => /^both re-use /.test(li.textContent!))!;
  assert.equal(sibling.textContent, `both re-use ${name}: 4 of 4 shared sentences come from it, so neither copied the other`);
  assert.equal(sibling.querySelector('a')!.getAttribute('href'), '/articles/000_a5b2a6d156f426f8');
  // the article page: the same, and "This article" for itself
  const wire = report.documents.find((d) => d.id === '000_a5b2a6d156f426f8')!;
  const own = parseHTML(articlePage(view(report, wire), titleOf(report))).document;
  assert.ok(
    [...own.querySelectorAll('ul.relations ul.meta li')].some(
      (li) => li.textContent === 'This article carries the agency credit "Reuters" (the other does not)',
    ),
  );
  const copy = report.documents.find((d) => d.id === '001_3faca63f91a4deb3')!;
  const other = parseHTML(articlePage(view(report, copy), titleOf(report))).document;
  assert.ok(
    [...other.querySelectorAll('ul.relations ul.meta li a')].some((a) => a.textContent === name && a.getAttribute('href') === '/articles/000_a5b2a6d156f426f8'),
  );

  const hostile = await analyze([HOSTILE]);
  const page = parseHTML(storyPage(hostile, hostile.stories[0])).document;
  const named = [...page.querySelectorAll('ul.relations ul.meta li a')];
  const copyLink = named.find((a) => a.getAttribute('href') === '/articles/hostile-copy')!;
  assert.equal(copyLink.textContent, 'Daily <img src=x onerror="window.__pwned=2">: Cracks close Portmere bridge <img src=x onerror="window.__pwned=2">');
  assert.equal(copyLink.children.length, 0, 'the name is text, no element');
  const wirePage = parseHTML(articlePage(view(hostile, hostile.documents.find((d) => d.id === 'hostile-page')!), titleOf(hostile))).document;
  const wireLink = [...wirePage.querySelectorAll('ul.relations ul.meta li a')].find((a) => a.getAttribute('href') === '/articles/hostile-wire')!;
  assert.equal(wireLink.textContent, 'Wire "><svg onload=window.__pwned=4>: Portmere bridge shut after cracks found </title><script>window.__pwned=5</script>');
  assert.equal(wireLink.children.length, 0);
});

test('search snippets: only the matches become marks; the rest is escaped and balanced', () => {
  assert.equal(highlightSnippet('a <b>bridge</b> <script>x</script> <b>b').value, 'a <mark>bridge</mark> &lt;script&gt;x&lt;/script&gt; <mark>b</mark>');
  assert.equal(highlightSnippet('</b><b><b>x</b></b>').value, '<mark>x</mark>');
  assert.equal(highlightSnippet('<img src=x onerror=alert(1)>').value, '&lt;img src=x onerror=alert(1)&gt;');
  // the base escapes snippets itself: decoded once, escaped once (no double escaping, no unescaped markup)
  assert.equal(highlightSnippet('Tom &amp; Jerry &lt;script&gt; <b>cat</b>').value, 'Tom &amp; Jerry &lt;script&gt; <mark>cat</mark>');
  assert.equal(highlightSnippet('&lt;b&gt;not a marker&lt;/b&gt;').value, '&lt;b&gt;not a marker&lt;/b&gt;');
});

/** Whether every bidirectional embedding, override and isolate the text opens is closed within it. */
function bidiBalanced(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    if ('\u202a\u202b\u202d\u202e'.includes(c)) open.push('embed');
    else if ('\u2066\u2067\u2068'.includes(c)) open.push('isolate');
    else if (c === '\u202c' && open.at(-1) === 'embed') open.pop();
    else if (c === '\u2069' && open.includes('isolate')) open.length = open.lastIndexOf('isolate');
  }
  return open.length === 0;
}

test('names with a right-to-left override or an isolate left open, or a zero-width space: closed where they end, one outlet', async () => {
  const dir = scratchDir('cc-bidi-');
  const page = (outlet: string, byline: string) => `<html><head><title>Harbour bridge \u202etxt.exe opens</title>
<meta property="og:site_name" content="${outlet}"><meta name="author" content="${byline}"></head><body><article>
<h1>Harbour bridge \u202etxt.exe opens</h1>
<p>The new harbour bridge in Portmere opened on Monday after four years of building, the city council said in a statement.</p>
<p>The mayor, Anna Lind, said the bridge cost 40 million euros and would carry 12,000 cars a day.</p>
<p>Critics said the cost had doubled since 2019, \u2067the opposition\u202b said.</p></article></body></html>`;
  writeFileSync(join(dir, 'a.html'), page('Reu\u200bters', 'Jane \u2066Doe'));
  writeFileSync(join(dir, 'b.html'), page('Reuters', 'John Doe'));
  const report = await analyze([dir]);
  assert.deepEqual(
    report.documents.map((d) => d.outlet),
    ['Reuters', 'Reuters'],
    'a zero-width space does not make a second outlet',
  );
  assert.ok(report.documents[0].title!.includes('\u202e'), 'the title keeps its own override');
  for (const line of renderMarkdown(report).split('\n')) assert.ok(bidiBalanced(line), `Markdown line left reversed: ${JSON.stringify(line)}`);
  const pages: Array<[string, string]> = [...allPages(report), ['report', renderHtml(report)]];
  for (const [name, markup] of pages) {
    const { document } = parseHTML(markup);
    const walker = document.createTreeWalker(document.body, 4 /* text */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) assert.ok(bidiBalanced(n.textContent!), `${name}: ${JSON.stringify(n.textContent)}`);
    for (const el of document.querySelectorAll('*'))
      for (const attr of [...el.attributes]) assert.ok(bidiBalanced(attr.value), `${name}: ${attr.name}=${JSON.stringify(attr.value)}`);
  }
});
