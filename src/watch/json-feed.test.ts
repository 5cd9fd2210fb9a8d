// Counterexamples test/fuzz-feed-dates.test.ts found in readJsonFeed, kept as plain cases (fuzz33).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonFeed } from './json-feed.ts';
import { parseWatchedFeed } from './parse.ts';

test('a top-level "__proto__" field is an own field, as JSON.parse keeps it, never the head\'s prototype', () => {
  const body = '{"version":"https://jsonfeed.org/version/1.1","__proto__":{"title":"Not the title"},"items":[{"id":"1"}]}';
  const read = readJsonFeed(body, 10);
  assert.ok(!('problem' in read));
  assert.equal(Object.getPrototypeOf(read.head), Object.prototype);
  assert.deepEqual(Object.keys(read.head), ['version', '__proto__', 'items']);
  assert.equal(read.head.title, undefined);
  // the prototype gave the feed a title it has not (feedsmith read it as a feed); as JSON.parse reads it, it is none
  assert.deepEqual(parseWatchedFeed(body, 'https://j.example/feed.json'), { problem: 'unreadable JSON feed (Invalid feed format)' });
  const titled = parseWatchedFeed(body.replace('{"version"', '{"title":"Wire","version"'), 'https://j.example/feed.json');
  assert.ok(!('problem' in titled), 'a feed with its own title');
  assert.equal(titled.title, 'Wire');
});

test('a problem naming a hostile field name is one short line', () => {
  // shrunk: a field name with a newline, then no ':'
  const read = readJsonFeed('{"a\\nb" 1}', 10);
  assert.deepEqual(read, { problem: `a ':' expected after the field "a\\nb"` });
  const long = readJsonFeed(`{"title":"x","${'k'.repeat(100_000)}":tru}`, 10);
  assert.ok('problem' in long);
  assert.ok(long.problem.length < 200 && !long.problem.includes('\n'), long.problem.slice(0, 300));
  assert.match(long.problem, /^the field "k+\.\.\." is not well-formed JSON \(.+\)$/);
});
