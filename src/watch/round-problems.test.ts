import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupRoundProblems } from './round-problems.ts';

const FEED = 'https://news.example/feed.xml';
const summary = (item: number, detail: string) => ({
  feedUrl: FEED,
  item,
  problems: [{ source: `${FEED}#story-${item}`, reason: `feed item holds only a summary, used as the text: linked page not fetched: ${detail}` }],
});

test('a feed’s items of one kind of problem are one problem with ranges; a lone item keeps its own row', () => {
  // the round commits oldest first (the feed's last items first): numbered in the feed's order all the same
  const items = [5000, 4999, 7, 3, 2, 1].map((n) => summary(n, n === 2 ? 'timed out after 20 s' : 'HTTP 404 from the server'));
  items.push({ feedUrl: FEED, item: 9, problems: [{ source: `${FEED}#story-9`, reason: 'feed item has no text: the item has no link' }] });
  items.push({
    feedUrl: 'https://other.example/rss',
    item: 1,
    problems: [{ source: 'https://other.example/rss#a', reason: 'feed item has no text: the item has no link' }],
  });
  assert.deepEqual(groupRoundProblems(items), [
    {
      source: FEED,
      reason: `6 feed items (#1-#3, #7, #4999-#5000): feed item holds only a summary, used as the text: linked page not fetched (#1 ${FEED}#story-1: HTTP 404 from the server; #2 ${FEED}#story-2: timed out after 20 s; #3 ${FEED}#story-3: HTTP 404 from the server; 3 more)`,
    },
    { source: `${FEED}#story-9`, reason: 'feed item has no text: the item has no link' },
    { source: 'https://other.example/rss#a', reason: 'feed item has no text: the item has no link' },
  ]);
});

test('thousands of bad items are one problem whose ranges are cut after ten', () => {
  const items = Array.from({ length: 3000 }, (_, i) => summary(2 * i + 1, 'HTTP 404 from the server'));
  const [one, ...rest] = groupRoundProblems(items);
  assert.equal(rest.length, 0);
  assert.match(one.reason, /^3,000 feed items \(#1, #3, #5, #7, #9, #11, #13, #15, #17, #19 and 2990 more\): .*; 2,997 more\)$/);
});
