import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterFailure, afterRetryAfter, afterSuccess, cacheMaxAge, DEFAULT_LIMITS, itemsPerWeek, retryAfterMs, seededRandom } from './schedule.ts';

const H = 3_600_000;
const now = Date.parse('2024-03-01T12:00:00Z');

test('seeded jitter is reproducible and spread', () => {
  assert.equal(seededRandom('feed-1:3'), seededRandom('feed-1:3'));
  const xs = Array.from({ length: 200 }, (_, i) => seededRandom(`f:${i}`));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  assert.ok(mean > 0.4 && mean < 0.6, `mean ${mean}`);
});

test('rhythm: an hourly feed is polled about every half hour, a quiet one less often', () => {
  const hourly = Array.from({ length: 10 }, (_, i) => now - i * H);
  const ipw = itemsPerWeek(hourly, now)!;
  assert.ok(ipw > 150 && ipw < 200, String(ipw));
  const next = afterSuccess({ now, itemsPerWeek: ipw, maxAgeS: null, ttlMin: null, seed: 'a' });
  assert.ok(next.at - now >= 0.9 * 27 * 60_000 && next.at - now <= 1.1 * 34 * 60_000, `${(next.at - now) / 60_000} min`);
  const quiet = itemsPerWeek([now - 6 * 24 * H, now - 7 * 24 * H], now)!;
  const later = afterSuccess({ now, itemsPerWeek: quiet, maxAgeS: null, ttlMin: null, seed: 'a' });
  assert.ok(later.at - now > 10 * H, `${(later.at - now) / H} h`);
  assert.ok(later.at - now <= 1.1 * DEFAULT_LIMITS.maxIntervalMs);
  assert.equal(itemsPerWeek([now], now), null);
});

test('max-age and ttl delay the next poll, within the cap', () => {
  const base = { now, itemsPerWeek: 1000, seed: 'b' };
  const plain = afterSuccess({ ...base, maxAgeS: null, ttlMin: null });
  const cached = afterSuccess({ ...base, maxAgeS: 7200, ttlMin: null });
  assert.ok(cached.at - now >= 0.9 * 2 * H && cached.at > plain.at);
  assert.match(cached.reason, /max-age 7200/);
  const ttl = afterSuccess({ ...base, maxAgeS: null, ttlMin: 180 });
  assert.match(ttl.reason, /ttl 180/);
  const huge = afterSuccess({ ...base, maxAgeS: 10 * 86400, ttlMin: null });
  assert.ok(huge.at - now <= 1.1 * DEFAULT_LIMITS.maxIntervalMs);
  assert.equal(cacheMaxAge('public, max-age=600'), 600);
  assert.equal(cacheMaxAge('max-age=60, s-maxage=300'), 300);
  assert.equal(cacheMaxAge('no-store'), 0);
  assert.equal(cacheMaxAge(null), null);
});

test('failures back off exponentially up to a day; Retry-After is honoured within caps', () => {
  const waits = [1, 2, 3, 4, 12, 40].map((errors) => afterFailure({ now, errors, seed: 'c' }).at - now);
  for (let i = 1; i < 4; i++) assert.ok(waits[i] > waits[i - 1] * 1.5);
  assert.ok(waits[5] <= DEFAULT_LIMITS.maxIntervalMs && waits[5] >= 0.9 * DEFAULT_LIMITS.maxIntervalMs);
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs(new Date(now + 90_000).toUTCString(), now), 90_000);
  assert.equal(retryAfterMs('soon', now), null);
  assert.equal(afterRetryAfter({ now, retryMs: 120_000 }).at, now + 120_000);
  assert.equal(afterRetryAfter({ now, retryMs: 9 * 86_400_000 }).at, now + DEFAULT_LIMITS.maxIntervalMs);
});
