// RFC 822 / 2822 dates (RSS, HTTP headers, e-mail) read as an instant whatever the machine's zone says.

/** A zone closing the date: +0100, GMT, UT, EST, Z... */
const ZONE_AT_END = /\s(?:[+-]\d{4}|[A-Za-z]{1,5})$/;

/** ms since 1970 of an RFC 822 date, NaN when it is none; one without a zone is UTC (Date.parse read it in the
 * machine's zone, so a feed's dates, and the order of a run, hung on TZ). */
export function rfc822Instant(value: string): number {
  return Date.parse(ZONE_AT_END.test(value) ? value : `${value} GMT`);
}

/** An RFC 822 date's own zone, in minutes east of UTC: a numeric offset, or a North American zone name (RFC 822
 * section 5); null for GMT / UT / a military letter / none (read as UTC). */
const NUMERIC_ZONE = /\s([+-])(\d{2})(\d{2})$/;
const NAMED_ZONE = /\s([ECMP][SD]T)$/i;
const NAMED_OFFSETS: Readonly<Record<string, number>> = { EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

function ownOffset(value: string): number | null {
  const n = NUMERIC_ZONE.exec(value);
  if (n) return (n[1] === '-' ? -1 : 1) * (+n[2] * 60 + +n[3]);
  const named = NAMED_ZONE.exec(value);
  return named ? NAMED_OFFSETS[named[1].toUpperCase()] : null;
}

/**
 * An RFC 822 date as ISO 8601 with its own offset ("Tue, 01 Dec 2026 23:30:00 -0500" is "2026-12-01T23:30:00-05:00",
 * not the UTC "2026-12-02T04:30:00Z"): the instant is the same, and the wall day is the one its writer's "today"
 * and "yesterday" count from. GMT, UT, +0000 or no zone give Z; null when it is no date.
 */
export function rfc822Iso(value: string): string | null {
  const t = rfc822Instant(value);
  if (Number.isNaN(t)) return null;
  const offset = ownOffset(value);
  if (!offset) return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const wall = new Date(t + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  return `${wall}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
