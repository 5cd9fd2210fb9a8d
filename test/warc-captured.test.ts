// An OSINT analyst's web archive (walk9): a WARC record's date is when the archive fetched the page, not when the
// page ran. It was taken for the publication date of any page that gave none ("published 2024-01-01T00:00:00Z" for
// 36 pages crawled that day), so a 2010 report archived in 2021 read as a 2021 article, the story's period ran to the
// capture and the citations dated it so. Now `published` is the page's own date or null, the capture date is kept
// apart (contract: document.captured), and every place that shows a date says which one it is. Real text: BASIL's
// Fox News and New York Times reports of Glenn Beck's CPAC speech (20 February 2010), the Fox page captured twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/pipeline.ts';
import { renderHtml, renderMarkdown } from '../src/report/index.ts';
import { articlePage } from '../src/server/pages/article.ts';
import { storyPage } from '../src/server/pages/story.ts';
import { ROOT } from './helpers.ts';
import { validateReport } from './contract.ts';
import { scratchDir } from './scratch.ts';
import { buildWarc, httpResponse, type WarcRecordSpec } from './web-fixtures.ts';

interface BasilRecord {
  outlet: string;
  url: string;
  title: string;
  text: string;
}

const records: BasilRecord[] = readFileSync(join(ROOT, 'test', 'fixtures', 'walk', 'basil-beck-cpac.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const fox = records.find((r) => r.outlet === 'fox')!;
const nyt = records.find((r) => r.outlet === 'nyt')!;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The article as a saved page: its site name, its own publication stamp when given, its paragraphs. */
function page(r: BasilRecord, site: string, published: string | null, extra: string[] = []): Buffer {
  const paragraphs = [...r.text.split('\n\n').slice(1), ...extra].map((p) => `<p>${escape(p)}</p>`).join('');
  const stamp = published ? `<meta property="article:published_time" content="${published}">` : '';
  return Buffer.from(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(r.title)} | ${site}</title><meta property="og:site_name" content="${site}">${stamp}</head>` +
      `<body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><article><h1>${escape(r.title)}</h1>${paragraphs}</article></body></html>`,
  );
}

const response = (uri: string, date: string, body: Buffer): WarcRecordSpec => ({ type: 'response', uri, date, block: httpResponse('200 OK', 'text/html; charset=utf-8', body) });

// The Times blog post at an address that carries no date: nothing but the archive dates it
const NYT_URL = 'https://thecaucus.blogs.nytimes.com/beck-wows-the-cpac-crowd/';

function archive(): string {
  const dir = scratchDir('cc-captured-');
  const file = join(dir, 'cpac.warc.gz');
  writeFileSync(
    file,
    buildWarc(
      [
        { type: 'warcinfo', block: Buffer.from('software: test-archiver/1.0\r\n') },
        response(fox.url, '2019-06-01T04:00:00Z', page(fox, 'Fox News', '2010-02-20T19:30:00Z')),
        response(NYT_URL, '2021-03-02T11:05:00Z', page(nyt, 'The New York Times', null)),
        // the Fox page again, four years on, with an editor's note added
        response(fox.url, '2023-06-01T04:00:00Z', page(fox, 'Fox News', '2010-02-20T19:30:00Z', ['Editor\u2019s note: This story has been updated to include a video of the full speech.'])),
      ],
      true,
    ),
  );
  return file;
}

test('a WARC capture date is kept apart from the publication date: JSON, Markdown, HTML report and web pages', async () => {
  const report = await analyze([archive()]);
  assert.deepEqual(validateReport(report), [], 'the report keeps to the contract');
  const times = report.documents.find((d) => d.outlet === 'The New York Times')!;
  assert.equal(times.published, null, 'a page with no date of its own is not dated by its capture');
  assert.equal(times.captured, '2021-03-02T11:05:00Z');
  const foxes = report.documents.filter((d) => d.outlet === 'Fox News');
  assert.deepEqual(foxes.map((d) => d.published), ['2010-02-20T19:30:00Z', '2010-02-20T19:30:00Z'], "the page's own stamp stays its date");
  assert.deepEqual(foxes.map((d) => d.captured).sort(), ['2019-06-01T04:00:00Z', '2023-06-01T04:00:00Z'], 'the two captures told apart');

  assert.equal(report.stories.length, 1);
  const story = report.stories[0];
  assert.deepEqual(story.documents.length, 3);
  assert.ok(!`${story.period.start} ${story.period.end}`.includes('2021'), `the story's period is not stretched to a capture: ${JSON.stringify(story.period)}`);

  const md = renderMarkdown(report);
  assert.doesNotMatch(md, /2021-03-02T11:05:00Z – |– 2021-03-02/, 'no heading runs the story to the capture');
  assert.match(md, /\| The New York Times \| [^|]+ \| Beck Wows the CPAC Crowd \| The New York Times \| — \| not dated; captured by a web archive 2021-03-02T11:05:00Z \| en \|/);
  assert.match(md, /\| 2010-02-20T19:30:00Z \\\(captured by a web archive 2019-06-01T04:00:00Z\\\) \|/);
  assert.match(md, /\| 2010-02-20T19:30:00Z \\\(captured by a web archive 2023-06-01T04:00:00Z\\\) \|/);
  // a citation of the Times names the capture as one, never as its date
  if (md.includes('The New York Times, 20')) assert.fail('a citation dates the Times by its capture');
  const cited = md.match(/The New York Times, captured 2021-03-02 · sentence \d+/g) ?? [];
  const citesTimes = story.briefing.some((b) => b.support.some((r) => r.document === times.id));
  assert.ok(!citesTimes || cited.length > 0, 'a briefing source of the Times says "captured"');

  const reportHtml = renderHtml(report);
  assert.ok(reportHtml.includes('not dated; captured by a web archive 2021-03-02T11:05:00Z'));
  assert.ok(!reportHtml.includes('· 2021-03-02T11:05:00Z ·'), 'the HTML report shows no capture as a bare date');

  // the web app: the article page and the story page
  const view = { document: times, relations: report.relations.filter((r) => r.from === times.id || r.to === times.id), stories: [story.id], versions: [] };
  const article = parseHTML(articlePage(view, (id) => report.documents.find((d) => d.id === id))).document;
  const meta = article.querySelector('p.meta')!.textContent!;
  assert.match(meta, /not dated; captured by a web archive 2021-03-02T11:05:00Z/);
  const storyText = parseHTML(storyPage(report, story)).document.body.textContent!;
  assert.ok(!/The New York Times, 2021-03-02/.test(storyText), 'the story page dates no citation by a capture');
});
