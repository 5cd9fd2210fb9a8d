import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rfc822Instant, rfc822Iso } from './rfc822.ts';

test("an RFC 822 date without a zone is UTC whatever the machine's zone; one with a zone keeps it", () => {
  const before = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    assert.equal(new Date(rfc822Instant('Mon, 19 Dec 2022 11:20:00')).toISOString(), '2022-12-19T11:20:00.000Z');
    assert.equal(new Date(rfc822Instant('Mon, 19 Dec 2022')).toISOString(), '2022-12-19T00:00:00.000Z');
    assert.equal(new Date(rfc822Instant('Mon, 19 Dec 2022 11:20:00 +0100')).toISOString(), '2022-12-19T10:20:00.000Z');
    assert.equal(new Date(rfc822Instant('Mon, 19 Dec 2022 11:20 EST')).toISOString(), '2022-12-19T16:20:00.000Z');
    assert.ok(Number.isNaN(rfc822Instant('no date')));
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});

test("an RFC 822 date as ISO keeps its own offset (the writer's day), Z for GMT, UT, +0000 or none", () => {
  assert.equal(rfc822Iso('Tue, 01 Dec 2026 23:30:00 -0500'), '2026-12-01T23:30:00-05:00');
  assert.equal(rfc822Iso('Tue, 01 Dec 2026 23:30 EST'), '2026-12-01T23:30:00-05:00');
  assert.equal(rfc822Iso('Wed, 02 Dec 2026 05:15:00 +0530'), '2026-12-02T05:15:00+05:30');
  assert.equal(rfc822Iso('Tue, 01 Dec 2026 23:30:00 +0000'), '2026-12-01T23:30:00Z');
  assert.equal(rfc822Iso('Tue, 01 Dec 2026 23:30:00 GMT'), '2026-12-01T23:30:00Z');
  assert.equal(rfc822Iso('Tue, 01 Dec 2026 23:30:00'), '2026-12-01T23:30:00Z');
  assert.equal(rfc822Iso('no date'), null);
});

// counterexamples test/fuzz-feed-dates.test.ts found (fuzz33)
test('an RFC 822 date with a comment after its zone, or an offset with a colon, keeps its zone', () => {
  // " GMT" was put after the comment and Date.parse read that last zone: 23:30 UTC, five hours early
  assert.equal(rfc822Iso('Tue, 01 Dec 2026 23:30:00 -0500 (EST)'), '2026-12-01T23:30:00-05:00');
  assert.equal(rfc822Iso('Wed, 2 Dec 2026 10:15:00 +0100 (CET)  '), '2026-12-02T10:15:00+01:00');
  assert.equal(rfc822Iso('01  Sep  2097  07:56:13  -23:16'), '2097-09-01T07:56:13-23:16');
  assert.equal(rfc822Iso('Tue, 01 Dec 2026 23:30:00 GMT (UTC)'), '2026-12-01T23:30:00Z');
});

test('an RFC 822 military zone letter is -0000 (UTC); a wild offset or year gives a stamp the store reads, or none', () => {
  assert.equal(rfc822Iso('Wed, 6 Jul 2026 04:57:25 S'), '2026-07-06T04:57:25Z');
  assert.equal(rfc822Iso('Wed, 6 Jul 2026 04:57:25 Z'), '2026-07-06T04:57:25Z');
  // +47:21 is no zone: the instant Date.parse read, in UTC
  assert.equal(rfc822Iso('Sat, 13 Dec 2026 05:00:00 +4721'), '2026-12-11T05:39:00Z');
  // the wall time in its zone past the last Date: toISOString threw
  assert.equal(rfc822Iso('Sat, 13 Sep 275760 05:00:00 +0500'), null);
  assert.equal(rfc822Iso('Sat, 13 Sep 12026 05:00:00 +0500'), null);
});
