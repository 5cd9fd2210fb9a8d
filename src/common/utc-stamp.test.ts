import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctPrecision, utcStamp } from './utc-stamp.ts';

test('utcStamp: a stored time to the minute, second or millisecond, with its zone; anything else as written', () => {
  assert.equal(utcStamp('2026-12-06T13:29:02.344Z'), '2026-12-06 13:29 UTC');
  assert.equal(utcStamp('2026-12-06T13:29:02.344Z', 'second'), '2026-12-06 13:29:02 UTC');
  assert.equal(utcStamp('2026-12-06T13:29:02.344Z', 'ms'), '2026-12-06 13:29:02.344 UTC');
  assert.equal(utcStamp('2026-12-06T13:29Z', 'second'), '2026-12-06 13:29:00 UTC');
  assert.equal(utcStamp('2026-12-06T13:29:02Z', 'ms'), '2026-12-06 13:29:02.000 UTC');
  assert.equal(utcStamp('2026-12-06'), '2026-12-06');
  assert.equal(utcStamp('2026-12-06T13:29:02+02:00'), '2026-12-06T13:29:02+02:00');
  assert.equal(utcStamp(null), '');
});

test('distinctPrecision: the minute unless two times read alike at it', () => {
  assert.equal(distinctPrecision(['2026-12-06T13:29:02.344Z', '2026-12-06T13:30:01.000Z']), 'minute');
  assert.equal(distinctPrecision(['2026-12-06T13:29:02.344Z', '2026-12-06T13:29:41.000Z']), 'second');
  assert.equal(distinctPrecision(['2026-12-06T13:29:02.344Z', '2026-12-06T13:29:02.900Z']), 'ms');
  assert.equal(distinctPrecision(['2026-12-06T13:29:02.344Z']), 'minute');
});
