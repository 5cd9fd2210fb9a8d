// When to poll a feed next: from its own rhythm (items per week), never before the server's
// Cache-Control max-age or the feed's <ttl>, Retry-After honoured within caps, failures backed off
// exponentially up to a day, and a little jitter so feeds added together do not stay in step.
// Pure functions over numbers; the jitter comes from a seeded generator, so runs are reproducible.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export interface ScheduleLimits {
  /** never poll a feed more often than this */
  minIntervalMs: number;
  /** never wait longer than this between polls (also the cap of backoff, max-age, ttl and Retry-After) */
  maxIntervalMs: number;
  /** interval for a feed whose rhythm is not known yet */
  defaultIntervalMs: number;
  /** first backoff after a failure; doubles with each failure in a row */
  backoffBaseMs: number;
  /** jitter: the interval is scaled by a factor in [1 - jitter, 1 + jitter] */
  jitter: number;
  /** polls per expected item: 2 polls in the average gap between two items */
  pollsPerItem: number;
  /** a Retry-After up to this long is waited out inside the round (the poll is tried again), so the round still reads the feed */
  waitInRoundMs: number;
  /** tries of one poll within a round before a 429/503 ends it as "asked to wait" */
  pollAttempts: number;
}

export const DEFAULT_LIMITS: ScheduleLimits = {
  minIntervalMs: 5 * MINUTE,
  maxIntervalMs: DAY,
  defaultIntervalMs: HOUR,
  backoffBaseMs: 5 * MINUTE,
  jitter: 0.1,
  pollsPerItem: 2,
  waitInRoundMs: 30_000,
  pollAttempts: 3,
};

/** Items looked at to estimate the rhythm (the most recent ones). */
const RHYTHM_ITEMS = 20;

/** A number in [0, 1) from a seed (mulberry32 over a string hash): same seed, same number. */
export function seededRandom(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function jittered(ms: number, seed: string, jitter: number): number {
  return Math.round(ms * (1 - jitter + 2 * jitter * seededRandom(seed)));
}

/**
 * Items per week from the publication times the feed shows: its recent items over the time from the
 * oldest of them to now (so a feed that went quiet slows down). Null when fewer than two are dated.
 */
export function itemsPerWeek(published: Array<number | null>, now: number): number | null {
  const times = published
    .filter((t): t is number => t !== null && Number.isFinite(t) && t <= now)
    .sort((a, b) => b - a)
    .slice(0, RHYTHM_ITEMS);
  if (times.length < 2) return null;
  const span = Math.max(now - times[times.length - 1], HOUR);
  return (times.length * WEEK) / span;
}

/** Seconds of `max-age` (or `s-maxage`) in a Cache-Control header; null when absent; 0 for no-cache/no-store. */
export function cacheMaxAge(header: string | null | undefined): number | null {
  if (!header) return null;
  const h = header.toLowerCase();
  const m = /(?:^|[,\s])s-maxage\s*=\s*"?(\d+)/.exec(h) ?? /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(h);
  if (m) return Number(m[1]);
  return /no-cache|no-store/.test(h) ? 0 : null;
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  if (!header) return null;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

export interface NextPoll {
  at: number;
  /** why: shown in `feeds list` */
  reason: string;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const human = (ms: number) =>
  ms >= DAY
    ? `${(ms / DAY).toFixed(1)} d`
    : ms >= HOUR
      ? `${(ms / HOUR).toFixed(1)} h`
      : ms >= MINUTE
        ? `${Math.round(ms / MINUTE)} min`
        : `${Math.round(ms / 1000)} s`;

/** After a successful poll (200 or 304). */
export function afterSuccess(
  o: { now: number; itemsPerWeek: number | null; maxAgeS: number | null; ttlMin: number | null; seed: string },
  limits: ScheduleLimits = DEFAULT_LIMITS,
): NextPoll {
  let interval = limits.defaultIntervalMs;
  let reason = 'rhythm unknown';
  if (o.itemsPerWeek !== null && o.itemsPerWeek > 0) {
    interval = WEEK / o.itemsPerWeek / limits.pollsPerItem;
    reason = `${o.itemsPerWeek.toFixed(1)} items/week`;
  }
  interval = clamp(interval, limits.minIntervalMs, limits.maxIntervalMs);
  // the server said how long its answer stays fresh: no point asking sooner (within the cap)
  const fresh = Math.max((o.maxAgeS ?? 0) * 1000, (o.ttlMin ?? 0) * MINUTE);
  if (fresh > interval) {
    interval = Math.min(fresh, limits.maxIntervalMs);
    reason += (o.maxAgeS ?? 0) * 1000 >= (o.ttlMin ?? 0) * MINUTE ? `; max-age ${o.maxAgeS} s` : `; ttl ${o.ttlMin} min`;
  }
  const wait = jittered(interval, o.seed, limits.jitter);
  return { at: o.now + wait, reason: `${reason}; every ${human(wait)}` };
}

/** After a failure: exponential backoff up to the cap; never gives up on the feed. */
export function afterFailure(o: { now: number; errors: number; seed: string }, limits: ScheduleLimits = DEFAULT_LIMITS): NextPoll {
  const exp = Math.min(30, Math.max(0, o.errors - 1));
  const interval = Math.min(limits.backoffBaseMs * 2 ** exp, limits.maxIntervalMs);
  const wait = jittered(interval, o.seed, limits.jitter);
  return {
    at: o.now + Math.min(wait, limits.maxIntervalMs),
    reason: `backing off after ${o.errors} failure${o.errors === 1 ? '' : 's'}; retry in ${human(wait)}`,
  };
}

/** After 429 or 503 with Retry-After: when the server asked (within the cap, at least a second). */
export function afterRetryAfter(o: { now: number; retryMs: number }, limits: ScheduleLimits = DEFAULT_LIMITS): NextPoll {
  const wait = clamp(o.retryMs, 1000, limits.maxIntervalMs);
  return {
    at: o.now + wait,
    reason: `server asked to retry after ${human(o.retryMs)}${o.retryMs > limits.maxIntervalMs ? ` (capped at ${human(limits.maxIntervalMs)})` : ''}`,
  };
}
