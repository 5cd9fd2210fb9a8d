import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rfc822Instant } from './rfc822.ts';

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
