// A date bound of a story window (--since/--until, the API's since= and until=), read once for the command line,
// the web API and the store alike. A bare day is a day (the store compares it with each article's own written
// day); a bound with a time is an instant, its zone applied: "2022-12-19T12:00+02:00" is 10:00 UTC, and compared
// as text it came after "2022-12-19T11:00:00Z" and before "2022-12-19T12:00:00+05:00".

/** YYYY-MM-DD, then optionally a time (T or a space; minutes, seconds, a fraction) and a zone (Z, +HH:MM, +HHMM, +HH). */
const BOUND = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface DateBound {
  /** as given */
  text: string;
  /** a time was given: the bound is an instant, not a day */
  timed: boolean;
  /** its first instant (ms since 1970, UTC; a time without a zone is read as UTC, as the store reads one) */
  start: number;
  /** the first instant past it at the precision given: the next day, minute, second or millisecond */
  end: number;
}

/** A zone's offset from UTC in ms (Z, +HH, +HHMM, +HH:MM; none is UTC); null past `maxHours` hours or 59 minutes. */
function zoneOffset(zone: string | undefined, maxHours: number): number | null {
  if (!zone || zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
  if (hours > maxHours || minutes > 59) return null;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * MINUTE;
}

/** The bound, or null when the value is no date or names a day or time that does not exist (2022-02-30, T25:99). */
export function dateBound(text: string): DateBound | null {
  const m = BOUND.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const ms = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const d = new Date(local);
  // Date.UTC rolls 2022-02-30 over to March 2 and T25:00 to the next day: the fields must come back as given
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (d.getUTCHours() !== hour || d.getUTCMinutes() !== minute || d.getUTCSeconds() !== second) return null;
  // a bound given by the user: no zone is more than 14 hours from UTC
  const offset = zoneOffset(m[8]?.toUpperCase(), 14);
  if (offset === null) return null;
  const start = local - offset;
  const timed = m[4] !== undefined;
  const unit = !timed ? DAY : m[7] ? 1 : m[6] !== undefined ? 1000 : MINUTE;
  return { text, timed, start, end: start + unit };
}

/** Whether a window from `since` to `until` (either may be open) holds no instant at all. */
export function emptyWindow(since: DateBound | null, until: DateBound | null): boolean {
  return !!since && !!until && since.start >= until.end;
}

/**
 * A stored publication date's parts (extract/published.ts writes them: a day, then maybe a time and a zone): day
 * (month and day in range, as Date.parse wants them: "2022-12-32" is no date), hours, minutes, seconds with a fraction,
 * zone. Shared by the JavaScript reader below and the
 * store's SQL (store/window.ts), so both read a date as the same instant.
 */
export const STORED_DATE = String.raw`^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$`;
const STORED = new RegExp(STORED_DATE);

/**
 * The instant (ms since 1970) of a stored publication date, its zone applied; null when it is no date. A bare day
 * is its first instant in UTC (a day, never moved to a zone); a time without a zone is UTC, whatever the
 * machine's zone (Date.parse read it in the local zone: the order of a run hung on TZ). Days past a month's end
 * roll over, as in Date.parse and the store's SQL ("2022-02-30" is March 2).
 */
export function storedInstant(text: string | null | undefined): number | null {
  const m = text ? STORED.exec(text) : null;
  if (!m) return null;
  const seconds = Number(m[6] ?? 0);
  // (setUTCFullYear, not Date.UTC: that reads a year below 100 as 19xx)
  const local =
    new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, 1) + (Number(m[3]) - 1) * DAY + Number(m[4] ?? 0) * 3_600_000 + Number(m[5] ?? 0) * MINUTE;
  // (the pattern holds the zone to 23:59, as the store's SQL reads it: never null here)
  return local + Math.round(seconds * 1000) - (zoneOffset(m[7], 23) ?? 0);
}

/** A stored date as the API and the pages show it: a time with a zone in UTC with "Z" ("2020-01-19T07:25:36-05:00" and
 * "…12:25:36+00:00" were listed beside "…Z": one instant written three ways); a bare day, a time without a zone (its
 * zone unknown) and a text that is no date as stored. */
export function zonedAsUtc(text: string | null): string | null {
  const m = text ? STORED.exec(text) : null;
  if (!m || m[4] === undefined || m[7] === undefined) return text;
  const at = storedInstant(text);
  return at === null ? text : new Date(at).toISOString().replace('.000Z', 'Z');
}
