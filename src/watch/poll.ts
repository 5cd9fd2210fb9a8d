// Rounds and polls. A round takes every feed that is due; polling a feed is one conditional GET with
// the server's exact validators. A 304 or an unchanged body is "nothing new"; new and changed items
// become article jobs of the same round, written in the transaction that finishes the poll, so a
// worker killed mid-poll leaves nothing half done.
import { createHash } from 'node:crypto';
import type { Problem } from '../model.ts';
import type { Adapter, Sql } from '../store/adapter.ts';
import { fetchUrl, type FetchOptions } from '../ingest/fetch.ts';
import { decodeHtmlBytes, headerCharset } from '../ingest/html-charset.ts';
import { needsPage } from './article.ts';
import { finishJob, retryJob, type Job } from './queue.ts';
import type { Lease } from './lease.ts';
import { parseWatchedFeed, type WatchItem } from './parse.ts';
import { afterFailure, afterRetryAfter, afterSuccess, cacheMaxAge, itemsPerWeek, retryAfterMs, type NextPoll, type ScheduleLimits } from './schedule.ts';
import { storedInstant } from '../common/date-bound.ts';

/** One process at a time opens a round. */
export const ROUND_LOCK = 7_245_010;

export interface PollPayload {
  feed: number;
  url: string;
}

export interface ArticlePayload {
  feed: number;
  feedUrl: string;
  feedTitle: string | null;
  item: WatchItem;
  /** position in the round's commit order */
  order: number;
  /** the item's number in the feed as read (1 = its first item): how a grouped problem names it (absent in jobs queued before) */
  position?: number;
  /** seen before with other text: a new version of its document */
  changed: boolean;
}

const pad = (n: number, width = 9) => String(n).padStart(width, '0');

/** Open a round with every feed due (all feeds when `all`); returns its id and size, or null when none is due. */
export async function openRound(db: Adapter, now: number, all = false): Promise<{ round: number; feeds: number } | null> {
  return db.transaction(async (tx) => {
    const got = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [ROUND_LOCK]);
    if (!got[0].ok) return null;
    const due = await tx.query<{ id: number; url: string; host: string }>(
      `SELECT id, url, host FROM feeds WHERE NOT queued ${all ? '' : 'AND next_poll_ms <= $1'} ORDER BY id`,
      all ? [] : [now],
    );
    if (!due.length) return null;
    const round = Number((await tx.query<{ id: number }>('INSERT INTO watch_rounds (created_ms) VALUES ($1) RETURNING id::float8 AS id', [now]))[0].id);
    await tx.query(
      `INSERT INTO watch_jobs (round, kind, sort_key, host, payload, run_ms) SELECT $1, 'poll', x.sort_key, x.host, x.payload, $2 FROM jsonb_to_recordset($3::text::jsonb) AS x(sort_key text, host text, payload text)`,
      [
        round,
        now,
        JSON.stringify(due.map((f) => ({ sort_key: pad(f.id), host: f.host, payload: JSON.stringify({ feed: f.id, url: f.url } satisfies PollPayload) }))),
      ],
    );
    await tx.query('UPDATE feeds SET queued = true WHERE id = ANY($1::int[])', [due.map((f) => f.id)]);
    return { round, feeds: due.length };
  });
}

export interface PollContext {
  now: () => number;
  worker: string;
  fetch: FetchOptions;
  limits: ScheduleLimits;
  seed: string;
  /** the job's lease, renewed while the poll runs: once lost, the poll's result is dropped */
  lease?: Lease;
  /** a failed poll, and a note on the feed's reading the base did not hold yet: the feed and why, one line each */
  onProblem?: (p: Problem) => void;
}

/** `retried`: the request met a kept-alive connection the server had closed; the poll goes again on a new one */
export type PollOutcome = 'new' | 'not-modified' | 'unchanged' | 'retry-after' | 'retried' | 'error';

interface FeedRow {
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  errors: number;
  polls: number;
  ttl_min: number | null;
}

async function rhythm(tx: Sql, feed: number, now: number): Promise<number | null> {
  const rows = await tx.query<{ t: number }>('SELECT coalesce(published_ms, first_ms)::float8 AS t FROM feed_items WHERE feed = $1 ORDER BY 1 DESC LIMIT 20', [
    feed,
  ]);
  return itemsPerWeek(
    rows.map((r) => Number(r.t)),
    now,
  );
}

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** Poll one feed and finish its job; what happened, for the run's counts. */
export async function runPoll(db: Adapter, job: Job, ctx: PollContext): Promise<{ outcome: PollOutcome; items: number }> {
  const p = JSON.parse(job.payload) as PollPayload;
  const rows = await db.query<FeedRow>('SELECT etag, last_modified, body_hash, errors, polls, ttl_min FROM feeds WHERE id = $1', [p.feed]);
  if (!rows.length) {
    // unsubscribed meanwhile
    await db.transaction((tx) => finishJob(tx, job, ctx.worker, 'done', null, 'feed removed'));
    return { outcome: 'unchanged', items: 0 };
  }
  const f = rows[0];
  const conditional: Record<string, string> = {};
  if (f.etag) conditional['if-none-match'] = f.etag;
  if (f.last_modified) conditional['if-modified-since'] = f.last_modified;
  // a poll taken again (after a closed kept-alive connection, a short Retry-After) goes out on a new connection
  const res = await fetchUrl(p.url, { ...ctx.fetch, headers: conditional, anyStatus: true, retryClosed: false, fresh: job.attempts > 1 });
  const now = ctx.now();
  const seed = `${ctx.seed}:${p.feed}:${f.polls + 1}`;

  const finish = async (o: {
    next: NextPoll;
    status: number | null;
    error: string | null;
    success: boolean;
    notModified?: boolean;
    write?: (tx: Sql) => Promise<void>;
  }) => {
    if (ctx.lease?.lost) throw new LostLease();
    await db.transaction(async (tx) => {
      if (!(await finishJob(tx, job, ctx.worker, 'done', null, o.error))) throw new LostLease();
      await tx.query(
        `UPDATE feeds SET queued = false, polls = polls + 1, last_poll_ms = $2, last_status = $3, next_poll_ms = $4, schedule_reason = $5,
           not_modified = not_modified + $6,
           last_success_ms = CASE WHEN $7 THEN $2 ELSE last_success_ms END,
           errors = CASE WHEN $7 THEN 0 ELSE errors + (CASE WHEN $8::text IS NULL THEN 0 ELSE 1 END) END,
           last_error = CASE WHEN $8::text IS NULL THEN last_error ELSE $8 END,
           last_error_ms = CASE WHEN $8::text IS NULL THEN last_error_ms ELSE $2 END
         WHERE id = $1`,
        [p.feed, now, o.status, o.next.at, o.next.reason, o.notModified ? 1 : 0, o.success, o.error],
      );
      await o.write?.(tx);
    });
    // said once the poll is kept (a lost lease says nothing: the worker that took the job says it)
    if (o.error && !o.success) ctx.onProblem?.({ source: p.url, reason: o.error });
  };

  // the request went out on a kept-alive connection the server had closed (its keep-alive timeout ran out while this
  // worker was busy), or that held bytes left over from an earlier answer: never answered, it is no failure of the
  // feed. Put back at once: the claim takes it at the host's next slot (the per-host gap holds), on a new connection.
  if ('problem' in res && res.closed && job.attempts < ctx.limits.pollAttempts) {
    if (ctx.lease?.lost) throw new LostLease();
    await retryJob(db, job, ctx.worker, now, `${res.problem}: tried again on a new connection`);
    return { outcome: 'retried', items: 0 };
  }
  if ('problem' in res) {
    const next = afterFailure({ now, errors: f.errors + 1, seed }, ctx.limits);
    await finish({ next, status: null, error: res.problem, success: false });
    return { outcome: 'error', items: 0 };
  }
  const maxAge = cacheMaxAge(header(res.headers['cache-control']));
  if (res.status === 304) {
    const next = afterSuccess({ now, itemsPerWeek: await rhythm(db, p.feed, now), maxAgeS: maxAge, ttlMin: f.ttl_min, seed }, ctx.limits);
    await finish({ next, status: 304, error: null, success: true, notModified: true });
    return { outcome: 'not-modified', items: 0 };
  }
  if (res.status === 429 || res.status === 503) {
    const after = retryAfterMs(header(res.headers['retry-after']), now);
    const why = `HTTP ${res.status} (${res.status === 429 ? 'too many requests' : 'unavailable'})`;
    const asked = after === null ? null : `${why}, Retry-After ${Math.round(after / 1000)} s`;
    if (after !== null && after <= ctx.limits.waitInRoundMs && job.attempts < ctx.limits.pollAttempts) {
      // a short wait: the poll runs again in this round (the job keeps its place), so the round still reads the feed
      if (ctx.lease?.lost) throw new LostLease();
      await retryJob(db, job, ctx.worker, now + after, `${asked}: tried again in this round`);
      return { outcome: 'retry-after', items: 0 };
    }
    if (after !== null) {
      const next = afterRetryAfter({ now, retryMs: after }, ctx.limits);
      await finish({ next, status: res.status, error: asked, success: false });
      return { outcome: 'retry-after', items: 0 };
    }
    await finish({ next: afterFailure({ now, errors: f.errors + 1, seed }, ctx.limits), status: res.status, error: why, success: false });
    return { outcome: 'error', items: 0 };
  }
  if (res.status >= 400) {
    await finish({
      next: afterFailure({ now, errors: f.errors + 1, seed }, ctx.limits),
      status: res.status,
      error: `HTTP ${res.status} from the server`,
      success: false,
    });
    return { outcome: 'error', items: 0 };
  }
  const bodyHash = createHash('sha256').update(res.bytes).digest('hex').slice(0, 32);
  const validators = { etag: header(res.headers.etag), lastModified: header(res.headers['last-modified']) };
  const keepValidators = async (tx: Sql) => {
    await tx.query('UPDATE feeds SET etag = $2, last_modified = $3, body_hash = $4 WHERE id = $1', [
      p.feed,
      validators.etag,
      validators.lastModified,
      bodyHash,
    ]);
  };
  if (bodyHash === f.body_hash) {
    const next = afterSuccess({ now, itemsPerWeek: await rhythm(db, p.feed, now), maxAgeS: maxAge, ttlMin: f.ttl_min, seed }, ctx.limits);
    await finish({ next, status: res.status, error: null, success: true, notModified: true, write: keepValidators });
    return { outcome: 'unchanged', items: 0 };
  }
  const decoded = decodeHtmlBytes(res.bytes, headerCharset(header(res.headers['content-type'])));
  const parsed = 'problem' in decoded ? decoded : parseWatchedFeed(decoded.text, res.url);
  if ('problem' in parsed) {
    await finish({ next: afterFailure({ now, errors: f.errors + 1, seed }, ctx.limits), status: res.status, error: parsed.problem, success: false });
    return { outcome: 'error', items: 0 };
  }

  let fresh = 0;
  const said: Problem[] = [];
  await finish({
    next: { at: 0, reason: '' }, // replaced below, inside the transaction, once the items are known
    status: res.status,
    error: null,
    success: true,
    write: async (tx) => {
      said.length = 0;
      await keepValidators(tx);
      // a note on how the feed was read: one line in the problems, as analyze gives it
      for (const note of parsed.notes) {
        const stored = await tx.query('INSERT INTO problems (source, reason, seen) VALUES ($1, $2, $3) ON CONFLICT (source, reason) DO NOTHING RETURNING 1', [
          p.url,
          note,
          new Date(now).toISOString(),
        ]);
        if (stored.length) said.push({ source: p.url, reason: note });
      }
      const known = new Map(
        (
          await tx.query<{ key: string; hash: string }>('SELECT key, hash FROM feed_items WHERE feed = $1 AND key = ANY($2::text[])', [
            p.feed,
            parsed.items.map((i) => i.key),
          ])
        ).map((r) => [r.key, r.hash]),
      );
      // oldest first: the feed lists newest first; one reading per key
      const seen = new Set<string>();
      const numbered = parsed.items.map((item, k) => ({ item, position: k + 1 }));
      const items = numbered.reverse().filter(({ item: i }) => !seen.has(i.key) && Boolean(seen.add(i.key)));
      const jobs: object[] = [];
      items.forEach(({ item, position }, i) => {
        const before = known.get(item.key);
        if (before === item.hash) return;
        const link = item.link && needsPage(item) ? safeHost(item.link) : null;
        const payload: ArticlePayload = {
          feed: p.feed,
          feedUrl: p.url,
          feedTitle: parsed.title,
          item,
          order: p.feed * 100_000 + i,
          position,
          changed: before !== undefined,
        };
        jobs.push({ sort_key: `${pad(p.feed)}:${pad(i, 5)}`, host: link, payload: JSON.stringify(payload) });
      });
      fresh = jobs.length;
      if (jobs.length)
        await tx.query(
          `INSERT INTO watch_jobs (round, kind, sort_key, host, payload, run_ms) SELECT $1, 'article', x.sort_key, x.host, x.payload, $2 FROM jsonb_to_recordset($3::text::jsonb) AS x(sort_key text, host text, payload text)
           ON CONFLICT (round, kind, sort_key) DO NOTHING`,
          [job.round, now, JSON.stringify(jobs)],
        );
      await tx.query(
        `INSERT INTO feed_items (feed, key, hash, published_ms, first_ms, last_ms) SELECT $1, x.key, x.hash, x.published_ms, $2, $2 FROM jsonb_to_recordset($3::text::jsonb) AS x(key text, hash text, published_ms bigint)
         ON CONFLICT (feed, key) DO UPDATE SET hash = excluded.hash, last_ms = excluded.last_ms, published_ms = coalesce(excluded.published_ms, feed_items.published_ms)`,
        [p.feed, now, JSON.stringify(items.map(({ item: i }) => ({ key: i.key, hash: i.hash, published_ms: storedInstant(i.published) })))],
      );
      const ipw = await rhythm(tx, p.feed, now);
      const next = afterSuccess({ now, itemsPerWeek: ipw, maxAgeS: maxAge, ttlMin: parsed.ttlMin, seed }, ctx.limits);
      await tx.query(
        `UPDATE feeds SET title = coalesce(title, $2), site = coalesce(site, $3), ttl_min = $4, items_per_week = $5, items_seen = items_seen + $6, next_poll_ms = $7, schedule_reason = $8 WHERE id = $1`,
        [p.feed, parsed.title, parsed.site, parsed.ttlMin, ipw, fresh, next.at, next.reason],
      );
    },
  });
  for (const note of said) ctx.onProblem?.(note);
  return { outcome: 'new', items: fresh };
}

/** The job went to another worker after this one's lease ran out: its work is dropped, not stored twice. */
export class LostLease extends Error {}

function safeHost(link: string): string | null {
  try {
    return new URL(link).host;
  } catch {
    return null;
  }
}

export { decodeHtmlBytes };
