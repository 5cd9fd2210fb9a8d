// An OSINT analyst's web archive (walk9): a WARC record's date is when the archive fetched the page, not when the
// page ran. It was taken for the publication date of any page that gave none ("published 2024-01-01T00:00:00Z" for
// 36 pages crawled that day), so a 2010 report archived in 2021 read as a 2021 article, the story's period ran to the
// capture and the citations dated it so. Now `published` is the page's own date or null, the capture date is kept
// apart (contract: document.captured), and every place that shows a date says which one it is. Real text: BASIL's
// Fox News and New York Times reports of Glenn Beck's CPAC speech (20 February 2010), the Fox page captured twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/pipeline.ts';
import { renderHtml, renderMarkdown } from '../src/report/index.ts';
import { articlePage } from '../src/server/pages/article.ts';
import { storyPage } from '../src/server/pages/story.ts';
import { validateReport } from './contract.ts';
import { archive } from './captures-fixture.ts';

test('a WARC capture date is kept apart from the publication date: JSON, Markdown, HTML report and web pages', async () => {
  const report = await analyze([archive()]);
  assert.deepEqual(validateReport(report), [], 'the report keeps to the contract');
  const times = report.documents.find((d) => d.outlet === 'The New York Times')!;
  assert.equal(times.published, null, 'a page with no date of its own is not dated by its capture');
  assert.equal(times.captured, '2021-03-02T11:05:00Z');
  const foxes = report.documents.filter((d) => d.outlet === 'Fox News');
  assert.deepEqual(
    foxes.map((d) => d.published),
    ['2010-02-20T19:30:00Z', '2010-02-20T19:30:00Z'],
    "the page's own stamp stays its date",
  );
  assert.deepEqual(foxes.map((d) => d.captured).sort(), ['2019-06-01T04:00:00Z', '2023-06-01T04:00:00Z'], 'the two captures told apart');

  // the two captures of one address: the later is the earlier's later text, as their capture dates tell
  const [early, late] = [...foxes].sort((x, y) => (x.captured! < y.captured! ? -1 : 1));
  const pair = report.relations.find((r) => [r.from, r.to].sort().join() === [early.id, late.id].sort().join())!;
  assert.deepEqual([pair.from, pair.to, pair.directed], [late.id, early.id, true]);
  assert.ok(
    pair.why?.includes(
      `${early.id} was captured earlier (2019-06-01T04:00:00Z before 2023-06-01T04:00:00Z): two captures of one address, the later one its later text`,
    ),
    JSON.stringify(pair.why),
  );

  assert.equal(report.stories.length, 1);
  const story = report.stories[0];
  assert.deepEqual(story.documents.length, 3);
  assert.ok(!`${story.period.start} ${story.period.end}`.includes('2021'), `the story's period is not stretched to a capture: ${JSON.stringify(story.period)}`);

  const md = renderMarkdown(report);
  assert.doesNotMatch(md, /2021-03-02T11:05:00Z – |– 2021-03-02/, 'no heading runs the story to the capture');
  assert.match(
    md,
    /\| The New York Times \| [^|]+ \| Beck Wows the CPAC Crowd \| The New York Times \| — \| not dated; captured by a web archive 2021-03-02T11:05:00Z \| en \|/,
  );
  assert.match(md, /\| 2010-02-20T19:30:00Z \\\(captured by a web archive 2019-06-01T04:00:00Z\\\) \|/);
  assert.match(md, /\| 2010-02-20T19:30:00Z \\\(captured by a web archive 2023-06-01T04:00:00Z\\\) \|/);
  // a citation of the Times names the capture as one, never as its date
  if (md.includes('The New York Times, 20')) assert.fail('a citation dates the Times by its capture');
  const cited = md.match(/The New York Times, captured 2021-03-02 · sentence \d+/g) ?? [];
  const citesTimes = story.briefing.some((b) => b.support.some((r) => r.document === times.id));
  assert.ok(!citesTimes || cited.length > 0, 'a briefing source of the Times says "captured"');

  assert.match(
    md,
    /\*\*Fox News(?: \d)?: Glenn Beck Rips Progressivism at CPAC\*\* was captured earlier \\\(2019-06-01T04:00:00Z before 2023-06-01T04:00:00Z\\\)/,
  );
  const reportHtml = renderHtml(report);
  assert.ok(reportHtml.includes('not dated; captured by a web archive 2021-03-02T11:05:00Z'));
  assert.ok(!reportHtml.includes('· 2021-03-02T11:05:00Z ·'), 'the HTML report shows no capture as a bare date');

  // the web app: the article page and the story page
  const view = {
    document: times,
    relations: report.relations.filter((r) => r.from === times.id || r.to === times.id),
    stories: [story.id],
    versions: [],
    reached: [],
  };
  const article = parseHTML(articlePage(view, (id) => report.documents.find((d) => d.id === id))).document;
  const meta = article.querySelector('p.meta')!.textContent!;
  assert.match(meta, /not dated; captured by a web archive 2021-03-02T11:05:00Z/);
  const storyText = parseHTML(storyPage(report, story)).document.body.textContent!;
  assert.ok(!/The New York Times, 2021-03-02/.test(storyText), 'the story page dates no citation by a capture');
});
