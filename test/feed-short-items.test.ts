// Short feed items whose whole text is in the feed (a wire brief in content:encoded) are the article, not "a summary":
// real Reuters briefs served as RSS from a local HTTP server, read by the feed ingest and by a watch worker's article
// step; teasers (an ellipsis cut, a "Read more" link, a description-only lede) still fetch their pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Problem, RawDocument } from '../src/model.ts';
import { feedDocuments, parseFeed } from '../src/ingest/feed.ts';
import { parseWatchedFeed } from '../src/watch/parse.ts';
import { needsPage, prepareArticle } from '../src/watch/article.ts';

// Reuters-21578 records (r3k: STANDARD OIL <SRD> TO FORM FINANCIAL UNIT, TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN,
// RED LION INNS FILES PLANS OFFERING, CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT)
const STANDARD_OIL = [
  'Standard Oil Co and BP North America Inc said they plan to form a venture to manage the money market borrowing and investment activities of both companies.',
  'BP North America is a subsidiary of British Petroleum Co Plc &lt;BP&gt;, which also owns a 55 pct interest in Standard Oil.',
  'The venture will be called BP/Standard Financial Trading and will be operated by Standard Oil under the oversight of a joint management committee.',
];
const TEXAS = [
  "Texas Commerce Bancshares Inc's Texas Commerce Bank-Houston said it filed an application with the Comptroller of the Currency in an effort to create the largest banking network in Harris County.",
  'The bank said the network would link 31 banks having 13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.',
];
const RED_LION = [
  'Red Lion Inns Limited Partnership said it filed a registration statement with the Securities and Exchange Commission covering a proposed offering of 4,790,000 units of limited partnership interests.',
  'The company said it expects the offering to be priced at 20 dlrs per unit.',
  'It said proceeds from the offering, along with a 102.5 mln dlr mortgage loan, will be used to finance its planned acquisition of 10 Red Lion hotels.',
];
const CHAMPION = [
  'Champion Products Inc said its board of directors approved a two-for-one stock split of its common shares for shareholders of record as of April 1, 1987.',
  'The company also said its board voted to recommend to shareholders at the annual meeting April 23 an increase in the authorized capital stock from five mln to 25 mln shares.',
];

const paras = (ss: string[]) => ss.map((s) => `<p>${s}</p>`).join('');
const cdata = (html: string) => `<![CDATA[${html}]]>`;

function feedXml(base: string): string {
  const item = (slug: string, title: string, inner: string) =>
    `<item><title>${title}</title><link>${base}/${slug}</link><guid>${base}/${slug}</guid><pubDate>Thu, 26 Feb 1987 15:01:01 GMT</pubDate>${inner}</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire briefs</title><link>${base}/</link>
${item('standard-oil', 'Standard Oil to form financial unit', `<description>${STANDARD_OIL[0]}</description><content:encoded>${cdata(paras(STANDARD_OIL))}</content:encoded>`)}
${item('texas-commerce', 'Texas Commerce Bancshares files plan', `<content:encoded>${cdata(paras(TEXAS))}</content:encoded>`)}
${item('red-lion', 'Red Lion Inns files plans offering', `<content:encoded>${cdata(`<p>${RED_LION[0].slice(0, 120)} [&#8230;]</p>`)}</content:encoded>`)}
${item('champion', 'Champion Products approves stock split', `<content:encoded>${cdata(`<p>${CHAMPION[0]} ${CHAMPION[1]}</p><p><a href="${base}/champion">Read more</a></p>`)}</content:encoded>`)}
${item('red-lion-lede', 'Red Lion Inns offering', `<description>${RED_LION[0]} ${RED_LION[1]}</description>`)}
</channel></rss>`;
}

/** The feed and its articles' pages; every request counted by path. */
async function wire(): Promise<{ server: Server; base: string; asked: Map<string, number> }> {
  const asked = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    asked.set(path, (asked.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path === '/feed.rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(feedXml(base));
      return;
    }
    const page = { '/red-lion': RED_LION, '/champion': CHAMPION, '/red-lion-lede': RED_LION }[path];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Wire</title></head><body><article><h1>Brief</h1>${paras(page)}</article></body></html>`);
  });
  server.keepAliveTimeout = 600_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked };
}

async function feedText(base: string): Promise<string> {
  const r = await fetch(`${base}/feed.rss`);
  return r.text();
}

test('feed ingest: short whole briefs are the articles (said so), teasers fetch their pages', async () => {
  const { server, base, asked } = await wire();
  try {
    const feed = parseFeed(await feedText(base));
    assert.ok(feed);
    const out: Array<RawDocument | Problem> = [];
    const fetch = { allowPrivate: true as const, timeoutMs: 30_000 };
    for await (const x of feedDocuments(feed, { source: `${base}/feed.rss`, baseId: 'feed', firstOrder: 0, fetchLinks: true, fetch })) out.push(x);
    const docs = out.filter((x): x is RawDocument => 'body' in x);
    const notes = out.filter((x): x is Problem => !('body' in x));
    assert.deepEqual(
      docs.map((d) => [d.source, d.meta.encoding === 'feed content']),
      [
        [`${base}/feed.rss#1`, true],
        [`${base}/feed.rss#2`, true],
        [`${base}/red-lion`, false],
        [`${base}/champion`, false],
        [`${base}/red-lion-lede`, false],
      ],
    );
    assert.match(docs[0].body, /joint management committee/);
    assert.equal(asked.get('/standard-oil'), undefined, 'a whole brief: its page is not asked for');
    assert.equal(asked.get('/texas-commerce'), undefined);
    for (const page of ['/red-lion', '/champion', '/red-lion-lede']) assert.equal(asked.get(page), 1, `${page}: a teaser's page is fetched`);
    assert.deepEqual(notes, [
      {
        source: `${base}/feed.rss`,
        reason:
          '2 feed items (#1-#2) have a short but whole content (complete sentences, no "read more" or ellipsis cut): taken as the articles, their linked pages not fetched',
      },
    ]);
  } finally {
    server.close();
  }
});

test('watch worker: a short whole brief is the article with its reason; a teaser is a summary and its page is read', async () => {
  const { server, base, asked } = await wire();
  try {
    const parsed = parseWatchedFeed(await feedText(base), `${base}/feed.rss`);
    assert.ok(!('problem' in parsed));
    const items = parsed.items;
    assert.deepEqual(
      items.map((i) => needsPage(i)),
      [false, false, true, true, true],
    );
    const step = (n: number) =>
      prepareArticle(
        { feed: 1, feedUrl: `${base}/feed.rss`, feedTitle: 'Wire briefs', item: items[n], order: n, position: n + 1, changed: false },
        { fetch: { allowPrivate: true, timeoutMs: 30_000 }, attempts: 1, now: Date.now() },
      );
    const oil = await step(0);
    assert.ok('prepared' in oil && oil.prepared.incoming);
    assert.match(oil.prepared.incoming, /joint management committee/);
    assert.equal(oil.prepared.problems.length, 1);
    assert.match(
      oil.prepared.problems[0].reason,
      /^feed item's content is short but whole: taken as the article, its linked page not fetched: 3 complete sentences, \d+ characters, no "read more" or ellipsis cut$/,
    );
    const texas = await step(1);
    assert.ok('prepared' in texas);
    assert.match(texas.prepared.problems[0].reason, /: 2 complete sentences,/);
    assert.equal(asked.get('/standard-oil'), undefined);
    assert.equal(asked.get('/texas-commerce'), undefined);
    // the cut teaser: its page (served) is the article, no summary note
    const lion = await step(2);
    assert.ok('prepared' in lion && lion.prepared.incoming);
    assert.match(lion.prepared.incoming, /10 Red Lion hotels/);
    assert.deepEqual(lion.prepared.problems, []);
    assert.equal(asked.get('/red-lion'), 1);
  } finally {
    server.close();
  }
});
