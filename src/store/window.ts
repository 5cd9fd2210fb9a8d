// The story window of a listing or an export (--since/--until, the API's since= and until=) as SQL. A story is in
// the window when its latest article is on or after `since` and its first on or before `until`. Stored dates are
// the articles' own ISO texts (extract/published.ts): some a bare day, some a time with a zone, some without one.
// A bound that is a bare day compares by day, as text (each article's day as it wrote it). A bound with a time is an
// instant: compared as text, "2022-12-19T11:00:00Z" came before "2022-12-19T11:00Z" and "12:00+02:00" after
// "11:00Z", so each stored date is read as an instant too (a time without a zone as UTC; a bare day as the whole
// day), by arithmetic that cannot fail: a cast of a stored "2022-02-30" would fail the whole listing.
import { dateBound, STORED_DATE as STORED } from '../common/date-bound.ts';

/** Seconds since 1970 of the parts `m` (a text[] from regexp_match; null when it did not match). */
const SECONDS = `((make_date(greatest(m[1]::int, 1), m[2]::int, 1) - date '1970-01-01') + m[3]::int - 1) * 86400
  + coalesce(m[4]::int, 0) * 3600 + coalesce(m[5]::int, 0) * 60 + coalesce(m[6]::numeric, 0)
  - CASE WHEN m[7] IS NULL OR m[7] = 'Z' THEN 0
         ELSE (CASE WHEN m[7] LIKE '-%' THEN -1 ELSE 1 END) * (substr(m[7], 2, 2)::int * 3600 + right(m[7], 2)::int * 60) END`;

/** `test` over the instant `secs` (seconds since 1970) of a stored date (and its parts `m`: m[4] IS NULL for a bare day); null, so no
 * match, for a text that is no date. */
const instant = (column: string, pattern: string, test: string) =>
  `(SELECT ${test} FROM (SELECT m, ${SECONDS} AS secs FROM regexp_match(${column}, ${pattern}) AS r(m)) AS stored)`;

/** The instant (seconds since 1970) of the stored date in `column`, null for a text that is no date: what the
 * "newest" order sorts by (as text, "2022-12-19T23:00-05:00" came before "2022-12-20T01:00Z", five hours after it).
 * The pattern is a constant, written into the statement. */
export const storedSeconds = (column: string) => instant(column, `'${STORED}'`, 'secs');

export interface WindowSql {
  /** conditions to AND into a WHERE clause ('true' when the window is open) */
  where: string;
  params: unknown[];
}

/** The window's conditions over the stories table, their parameters numbered from `first`. */
export function storyWindow(q: { since?: string; until?: string }, first: number): WindowSql {
  const params: unknown[] = [];
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${first + params.length - 1}::${type}`;
  };
  const where: string[] = [];
  const since = q.since ? dateBound(q.since) : null;
  const until = q.until ? dateBound(q.until) : null;
  if (q.since && since?.timed) {
    const p = param(since.start / 1000, 'numeric');
    // a bare stored day is in when any of it is
    where.push(instant('coalesce(latest, first_seen)', param(STORED, 'text'), `CASE WHEN m[4] IS NULL THEN secs + 86400 > ${p} ELSE secs >= ${p} END`));
  } else if (q.since) where.push(`coalesce(latest, first_seen) >= ${param(q.since, 'text')}`);
  if (q.until && until?.timed) where.push(instant('coalesce(first_seen, latest)', param(STORED, 'text'), `secs < ${param(until.end / 1000, 'numeric')}`));
  // a bare day includes the whole day (and any time on it)
  else if (q.until) where.push(`coalesce(first_seen, latest) <= ${param(`${q.until}~`, 'text')}`);
  return { where: where.length ? where.join(' AND ') : 'true', params };
}
