// RFC 822 / 2822 dates (RSS, HTTP headers, e-mail) read as an instant whatever the machine's zone says.

/** A zone closing the date: +0100, +01:00 (as some feeds write it), GMT, UT, EST, Z... */
const ZONE_AT_END = /\s(?:[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})$/;
/** A military zone letter other than Z: RFC 2822 section 4.3 reads it as -0000 (its signs were given wrong in RFC
 * 822, so the letter tells nothing), Date.parse knows none of them. */
const MILITARY_ZONE = /\s[A-IK-Ya-ik-y]$/;

/**
 * The date without the comments after it ("-0500 (EST)": RFC 822 allows them) or trailing spaces. Date.parse skips
 * a comment, but the zone test looked at the text's last word: a date with a comment after its zone got " GMT" put
 * after it, and Date.parse read that last zone ("Tue, 01 Dec 2026 23:30:00 -0500 (EST)" was 23:30 UTC, five hours
 * early). (A loop, not a pattern: hostile text of many spaces or brackets costs one pass.)
 */
function withoutTrailingComments(value: string): string {
  let s = value.trimEnd();
  while (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open < 0) break;
    s = s.slice(0, open).trimEnd();
  }
  return s;
}

/** ms since 1970 of an RFC 822 date, NaN when it is none; one without a zone is UTC (Date.parse read it in the
 * machine's zone, so a feed's dates, and the order of a run, hung on TZ). */
export function rfc822Instant(value: string): number {
  const s = withoutTrailingComments(value);
  if (MILITARY_ZONE.test(s)) return Date.parse(`${s.slice(0, -1)}GMT`);
  return Date.parse(ZONE_AT_END.test(s) ? s : `${s} GMT`);
}

/** An RFC 822 date's own zone, in minutes east of UTC: a numeric offset, or a North American zone name (RFC 822
 * section 5); null for GMT / UT / a military letter / none (read as UTC). */
const NUMERIC_ZONE = /\s([+-])(\d{2}):?(\d{2})$/;
const NAMED_ZONE = /\s([ECMP][SD]T)$/i;
const NAMED_OFFSETS: Readonly<Record<string, number>> = { EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
/** The widest offset an ISO stamp is written with (the store reads hours to 23, date-bound.ts): wider is nonsense
 * ("+4721"), its instant written in UTC. */
const MAX_OFFSET = 23 * 60 + 59;

function ownOffset(value: string): number | null {
  const n = NUMERIC_ZONE.exec(value);
  if (n) return (n[1] === '-' ? -1 : 1) * (+n[2] * 60 + +n[3]);
  const named = NAMED_ZONE.exec(value);
  return named ? NAMED_OFFSETS[named[1].toUpperCase()] : null;
}

/**
 * An RFC 822 date as ISO 8601 with its own offset ("Tue, 01 Dec 2026 23:30:00 -0500" is "2026-12-01T23:30:00-05:00",
 * not the UTC "2026-12-02T04:30:00Z"): the instant is the same, and the wall day is the one its writer's "today"
 * and "yesterday" count from. GMT, UT, +0000 or no zone give Z; null when it is no date, or one of a year an ISO
 * stamp of four digits cannot write (Date.parse reads "275760": its wall time in its own zone can be past the
 * last Date, and toISOString threw).
 */
export function rfc822Iso(value: string): string | null {
  const t = rfc822Instant(value);
  if (Number.isNaN(t)) return null;
  const found = ownOffset(withoutTrailingComments(value));
  const offset = found && Math.abs(found) <= MAX_OFFSET ? found : 0;
  const wall = new Date(t + offset * 60_000);
  const year = wall.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return null;
  if (!offset) return wall.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const abs = Math.abs(offset);
  return `${wall.toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
