import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem, RawDocument } from '../model.ts';
import { feedDate, feedDocuments, largestFeedParse, looksLikeFeed, parseFeed } from './feed.ts';
import { scratchDir } from '../../test/scratch.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/web');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

async function collect(xml: string, source: string): Promise<Array<RawDocument | Problem>> {
  const feed = parseFeed(xml);
  assert.ok(feed);
  const out: Array<RawDocument | Problem> = [];
  for await (const x of feedDocuments(feed, { source, baseId: 'feed', firstOrder: 0, fetchLinks: false, fetch: {} })) out.push(x);
  return out;
}

test('RSS 2.0: items with title, link, date, author, summary and content:encoded', () => {
  const feed = parseFeed(fixture('rivertown-gazette.rss'))!;
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'The Rivertown Gazette');
  assert.equal(feed.items.length, 2);
  const [a, b] = feed.items;
  assert.equal(a.title, 'Flood barrier approved after decade of delays');
  assert.equal(a.published, '2022-12-19T08:30:00Z');
  assert.deepEqual(a.byline, ['Maria Lopez']);
  assert.match(a.content!, /Mill Street/);
  assert.deepEqual(b.byline, ['Tom Reed'], 'RSS author "mail (Name)" gives the name');
  assert.equal(b.content, null);
});

test('Atom: html, xhtml and summary-only entries', () => {
  const feed = parseFeed(fixture('world-wire.atom'))!;
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'World Wire');
  assert.deepEqual(
    feed.items.map((i) => i.link),
    [
      'https://worldwire.example/2023/03/14/pellworm-ferry',
      'https://worldwire.example/2023/09/01/tomsk-bridge',
      'https://worldwire.example/2023/09/01/markets',
    ],
  );
  assert.equal(feed.items[0].published, '2023-03-14T09:15:00+01:00');
  assert.match(feed.items[0].content!, /^<p>A new ferry/);
  assert.match(feed.items[1].content!, /<p>Traffic began on Friday/);
  assert.deepEqual(feed.items[1].byline, ['Ivan Sokolov']);
});

test('full-text items become documents; summary-only items use the summary and say so', async () => {
  const out = await collect(fixture('world-wire.atom'), 'wire.atom');
  const docs = out.filter((x): x is RawDocument => 'body' in x);
  const notes = out.filter((x): x is Problem => !('body' in x));
  assert.equal(docs.length, 3);
  assert.deepEqual(
    docs.map((d) => d.source),
    ['wire.atom#1', 'wire.atom#2', 'wire.atom#3'],
  );
  assert.deepEqual(
    docs.map((d) => d.meta.encoding),
    ['feed content', 'feed content', 'feed summary'],
  );
  // the feed's title is the outlet of last resort (the item's own source, then its page's site name, come first)
  assert.equal(docs[0].meta.outlet, null);
  assert.equal(docs[0].meta.feedTitle, 'World Wire');
  assert.equal(notes.length, 1);
  assert.equal(notes[0].source, 'wire.atom#3');
  assert.match(notes[0].reason, /only a summary.*--fetch-links/);
  const rss = (await collect(fixture('rivertown-gazette.rss'), 'g.rss')).filter((x): x is RawDocument => 'body' in x);
  assert.equal(rss[0].url, 'https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved', 'tracking parameters dropped');
});

test('not feeds, broken feeds and dates', async () => {
  assert.equal(parseFeed('<html><body>hi</body></html>'), null);
  assert.equal(looksLikeFeed('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">'), true);
  assert.equal(looksLikeFeed('<?xml version="1.0"?><svg/>'), false);
  const broken = parseFeed('<rss><channel><title>T</title><item><title>Unclosed <b>tag</title><description>Text &nbsp; here');
  assert.ok(broken && broken.items.length === 1, 'lenient parse of broken XML');
  const empty = await collect('<rss version="2.0"><channel><title>T</title></channel></rss>', 'e.rss');
  assert.match((empty[0] as Problem).reason, /no items/);
  assert.equal(feedDate('Mon, 19 Dec 2022 08:30:00 GMT'), '2022-12-19T08:30:00Z');
  // the item's own offset is kept: the same instant as 05:00Z, and the day its writer's "today" means (time37)
  assert.equal(feedDate('Tue, 20 Dec 2022 07:00:00 +0200'), '2022-12-20T07:00:00+02:00');
  assert.equal(feedDate('sometime'), null);
});

const LONG_TEXT = 'The council approved the flood barrier on Monday after a long debate about its cost and its route along the river. '.repeat(6);

function rssItems(n: number, prolog = ''): string {
  const items = Array.from(
    { length: n },
    (_, i) => `<item><title>Item ${i + 1}</title><link>https://news.example/a/${i + 1}</link><description>${LONG_TEXT} Number ${i + 1}.</description></item>`,
  );
  return `<?xml version="1.0"?>\n${prolog}<rss version="2.0"><channel><title>Gazette</title>${items.join('')}</channel></rss>`;
}

async function ingestFile(name: string, body: string): Promise<{ docs: RawDocument[]; problems: Problem[] }> {
  const { writeFileSync } = await import('node:fs');
  const { ingestPaths, isProblem } = await import('./index.ts');
  const dir = scratchDir('cc-feed-');
  writeFileSync(join(dir, name), body);
  const docs: RawDocument[] = [];
  const problems: Problem[] = [];
  for await (const x of ingestPaths([join(dir, name)], { maxBytes: 64 * 1024 * 1024 })) (isProblem(x) ? problems : docs).push(x as never);
  return { docs, problems };
}

test('a feed with more items than any fixed cap gives every item (none dropped silently)', async () => {
  const { docs, problems } = await ingestFile('big.rss', rssItems(6000));
  assert.deepEqual(problems, []);
  assert.equal(docs.length, 6000);
  assert.match(docs[5999].body, /Number 6000\./);
});

test('a feed with an internal DTD is read with its entities not expanded (no XXE, no billion laughs)', async () => {
  const dtd = `<!DOCTYPE rss [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
`;
  const xml = rssItems(3, dtd).replace('<title>Item 2</title>', '<title>Item 2 &xxe; &lol9;</title>');
  const { docs, problems } = await ingestFile('dtd.rss', xml);
  assert.equal(docs.length, 3, 'every good item is kept');
  assert.equal(docs[1].meta.title, 'Item 2 &xxe; &lol9;', 'entity references stay as written');
  assert.ok(!docs.some((d) => /root:|lollol/.test(d.body + d.meta.title)), 'nothing expanded');
  assert.equal(problems.length, 1);
  assert.match(problems[0].reason, /internal DTD.*not expanded/);
});

test("an RSS date without its zone is read as UTC, whatever the machine's zone", () => {
  const before = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    assert.equal(feedDate('Mon, 19 Dec 2022 11:20:00'), '2022-12-19T11:20:00Z');
    assert.equal(feedDate('Mon, 19 Dec 2022 11:20:00 GMT'), '2022-12-19T11:20:00Z');
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});

test('a feed of 3,000 items is read an item at a time: the XML parser never holds more than one item and the channel', () => {
  // the Rivertown Gazette's two items, the summary-only one 3,000 times under links of their own (robust28's feed
  // of 50,000 such items was one tree of them all: 1.27 GB for extract)
  const gazette = fixture('rivertown-gazette.rss');
  const first = gazette.indexOf('<item>');
  const item = gazette.slice(gazette.lastIndexOf('<item>'), gazette.lastIndexOf('</item>') + '</item>'.length);
  const items = Array.from({ length: 3000 }, (_, i) => item.replaceAll('ferry-meadows-basin', `ferry-meadows-basin-${i + 1}`));
  const xml = gazette.slice(0, gazette.lastIndexOf('<item>')) + items.join('\n') + gazette.slice(gazette.lastIndexOf('</item>') + 7);
  const one = parseFeed(gazette)!;
  largestFeedParse();
  const feed = parseFeed(xml)!;
  assert.equal(feed.title, 'The Rivertown Gazette');
  assert.equal(feed.items.length, 3001);
  assert.deepEqual(feed.items[0], one.items[0], 'the first item reads as in the feed of two');
  assert.deepEqual(feed.items[3000], { ...one.items[1], link: `${one.items[1].link}-3000`, guid: `${one.items[1].guid}-3000` });
  // the most handed to the parser at once: the channel (its items cut out) or the longest item, not the 1.8 MB feed
  const longest = Math.max(first + 3000 + 100, gazette.lastIndexOf('<item>') - first);
  const most = largestFeedParse();
  assert.ok(most < longest, `${most} characters parsed at once (feed: ${xml.length})`);
});
