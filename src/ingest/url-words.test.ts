import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invalidUrl } from './url-words.ts';

test('a file path given as a feed or webhook address is said to be one ("https:///home/me/feed.xml" was the advice)', () => {
  for (const path of ['/home/me/feeds/wire.xml', './wire.xml', '../saved/wire xml.rss', '~/wire.xml', 'wire.xml', 'feeds/wire.rss', 'Saved.OPML'])
    assert.equal(invalidUrl(path), 'not a valid URL: it is a file path, not a web address (http:// or https://)', path);
  for (const host of ['wire.example/rss', 'wire.example/news.xml', 'localhost/feed.xml'])
    assert.equal(invalidUrl(host), `not a valid URL: no scheme: write it in full, as https://${host}`);
});
