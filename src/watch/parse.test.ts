import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWatchedFeed } from './parse.ts';
import { largestFeedParse } from '../ingest/feed.ts';
import { largestJsonParse } from './json-feed.ts';
import { opmlFeeds } from './feeds.ts';

test('RSS, Atom and JSON Feed items get keys, absolute links, dates and a hash of what they say', () => {
  const rss = parseWatchedFeed(
    `<rss version="2.0"><channel><title>Wire</title><link>https://w.example/</link><ttl>45</ttl>
     <item><title>Quake hits coast</title><link>/a/1</link><guid isPermaLink="false">id-1</guid><pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate><description>Short.</description></item></channel></rss>`,
    'https://w.example/feed.xml',
  );
  assert.ok(!('problem' in rss));
  assert.equal(rss.ttlMin, 45);
  assert.deepEqual([rss.items[0].key, rss.items[0].link, rss.items[0].published], ['id-1', 'https://w.example/a/1', '2024-05-06T08:00:00Z']);
  const json = parseWatchedFeed(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [{ id: 7, url: 'https://j.example/7', title: 'T', content_text: 'Body' }],
    }),
    'https://j.example/feed.json',
  );
  assert.ok(!('problem' in json));
  assert.equal(json.items[0].key, '7');
  const edited = parseWatchedFeed(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [{ id: 7, url: 'https://j.example/7', title: 'T', content_text: 'Body, corrected' }],
    }),
    'https://j.example/feed.json',
  );
  assert.ok(!('problem' in edited));
  assert.notEqual(edited.items[0].hash, json.items[0].hash, 'changed text, changed hash, same key');
  const atom = parseWatchedFeed(
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:x</id><title>E</title><link href="https://a.example/e"/><updated>2024-05-06T08:00:00+02:00</updated><summary>s</summary></entry></feed>`,
    'https://a.example/',
  );
  assert.ok(!('problem' in atom) && atom.items[0].published === '2024-05-06T08:00:00+02:00');
  assert.deepEqual(parseWatchedFeed('<html><body>not a feed</body></html>', 'https://x.example/'), { problem: 'not an RSS, Atom or JSON feed' });
});

test("a feed of 5,000 items is read with analyze's reader, an item at a time, its first 2,000 items kept", () => {
  const items = Array.from(
    { length: 5000 },
    (_, i) => `<item><title>Item ${i + 1}</title><guid>g-${i + 1}</guid><description>Text of item ${i + 1}.</description></item>`,
  );
  const xml = `<rss version="2.0"><channel><title>Many</title><link>https://m.example/</link>${items.join('')}</channel></rss>`;
  largestFeedParse();
  const feed = parseWatchedFeed(xml, 'https://m.example/feed.xml');
  assert.ok(!('problem' in feed));
  assert.equal(feed.items.length, 2000);
  assert.deepEqual([feed.items[0].key, feed.items[1999].key, feed.items[1999].summary], ['g-1', 'g-2000', 'Text of item 2000.']);
  assert.deepEqual(feed.notes, ['the feed lists 5,000 items: the first 2,000 are read']);
  // feedsmith built the whole feed at once; now the XML parser holds one item or the channel
  const most = largestFeedParse();
  assert.ok(most > 0 && most < 200, `${most} characters parsed at once (feed: ${xml.length})`);
});

test('items with no guid, link or title are told apart by what they say; repeated guids are one line', () => {
  const feed = parseWatchedFeed(
    `<rss version="2.0"><channel><title>T</title><item><description>One.</description></item><item><description>Two.</description></item><item><guid>x</guid><title>A</title></item><item><guid>x</guid><title>B</title></item></channel></rss>`,
    'https://t.example/',
  );
  assert.ok(!('problem' in feed));
  assert.equal(new Set(feed.items.map((i) => i.key)).size, 3, 'two untitled items, two keys (both were "title:")');
  assert.deepEqual(feed.notes, [
    '2 items (#1-#2) have no guid or link: told apart by title, or by what they say',
    'item (#4) repeats the guid or link of an earlier item: one item is read for each',
  ]);
});

test('OPML folders become categories; broken OPML is one problem', () => {
  const feeds = opmlFeeds(
    `<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="World"><outline text="Wire" type="rss" xmlUrl="https://w.example/rss"/></outline><outline text="Top" xmlUrl="https://t.example/atom"/></body></opml>`,
  );
  assert.deepEqual(feeds, [
    { url: 'https://w.example/rss', title: 'Wire', site: null, category: 'World' },
    { url: 'https://t.example/atom', title: 'Top', site: null, category: null },
  ]);
  assert.ok('problem' in (opmlFeeds('garbage') as object));
});

test('an OPML list nested past the parser\'s 100 levels says so, not "Invalid OPML format"; 99 folders deep is read', () => {
  const nested = (n: number) =>
    `<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head><body>${'<outline text="World">'.repeat(n)}<outline text="Wire" type="rss" xmlUrl="https://w.example/rss"/>${'</outline>'.repeat(n)}</body></opml>`;
  assert.deepEqual(opmlFeeds(nested(99)), [{ url: 'https://w.example/rss', title: 'Wire', site: null, category: 'World' }]);
  assert.deepEqual(opmlFeeds(nested(50_000)), {
    problem: 'not an OPML list that can be read: its outlines nest more than 100 levels deep (folders within folders)',
  });
});

test('a JSON Feed is read an item at a time: 5,000 items, the first 2,000 kept, a malformed item skipped with its number', () => {
  const items = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `j-${i + 1}`, title: `Item ${i + 1}`, summary: `Text of item ${i + 1}.` }));
  // #3: a property with no value; #7: a trailing comma (before, either made the whole feed unreadable)
  items[2] = '{"id":"j-3","title":}';
  items[6] = '{"id":"j-7","title":"Item 7",}';
  const body = `{"version":"https://jsonfeed.org/version/1.1","title":"Many <b>JSON</b>","home_page_url":"https://m.example/","items":[\n${items.join(',\n')}\n]}`;
  largestJsonParse();
  const feed = parseWatchedFeed(body, 'https://m.example/feed.json');
  assert.ok(!('problem' in feed));
  assert.equal(feed.title, 'Many JSON');
  assert.equal(feed.site, 'https://m.example/');
  assert.equal(feed.items.length, 1998, 'the first 2,000 items less the two malformed ones');
  assert.deepEqual(
    feed.items.slice(0, 6).map((it) => it.key),
    ['j-1', 'j-2', 'j-4', 'j-5', 'j-6', 'j-8'],
  );
  assert.equal(feed.items[1997].summary, 'Text of item 2000.');
  assert.equal(feed.notes.length, 2);
  assert.equal(feed.notes[0], 'the feed lists 5,000 items: the first 2,000 are read');
  assert.match(feed.notes[1], /^2 items \(#3, #7\) are not well-formed JSON, skipped \(#3: .+; #7: .+\)$/);
  // JSON.parse of the whole body held every item at once; now one item, or the feed's own fields
  const most = largestJsonParse();
  assert.ok(most > 0 && most < 200, `${most} characters parsed at once (feed: ${body.length})`);
  // a body cut inside its items: the items before the cut are read, one note
  const cut = parseWatchedFeed(body.slice(0, body.indexOf('"j-11"') + 3), 'https://m.example/feed.json');
  assert.ok(!('problem' in cut));
  assert.deepEqual(
    cut.items.map((it) => it.key),
    ['j-1', 'j-2', 'j-4', 'j-5', 'j-6', 'j-8', 'j-9', 'j-10'],
  );
  assert.ok(cut.notes.includes('the feed ends inside item #11: the items before it are read'), cut.notes.join(' | '));
  // not JSON at all, or a feed field that is not: the whole feed is one problem, as before
  const badTitle = parseWatchedFeed('{"version": "https://jsonfeed.org/version/1.1", "title": tru, "items": []}', 'https://m.example/f.json');
  assert.ok('problem' in badTitle);
  assert.match(badTitle.problem, /^unreadable JSON feed \(the field "title" is not well-formed JSON \(.+\)\)$/);
  assert.deepEqual(parseWatchedFeed('{"title": "x", "items": [', 'https://m.example/f.json'), {
    format: 'json',
    title: 'x',
    site: null,
    ttlMin: null,
    items: [],
    notes: ['the feed ends inside item #1: no item is read'],
  });
});

test('a web page where a feed was expected: the refusal names the feed it links, absolute; a link of another kind is no feed', () => {
  const head = (links: string) => `<!doctype html><html><head><title>Gazette</title>${links}</head><body><p>News.</p></body></html>`;
  assert.deepEqual(parseWatchedFeed(head('<link rel="alternate" type="application/rss+xml" href="../rss/news.xml">'), 'https://x.example/news/today'), {
    problem: 'not an RSS, Atom or JSON feed: a web page linking the feed https://x.example/rss/news.xml; subscribe to that instead',
  });
  assert.deepEqual(
    parseWatchedFeed(head('<link rel="stylesheet" type="text/css" href="/site.css"><link rel="alternate" hreflang="de" href="/de/">'), 'https://x.example/'),
    {
      problem: 'not an RSS, Atom or JSON feed',
    },
  );
});
