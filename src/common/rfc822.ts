// RFC 822 / 2822 dates (RSS, HTTP headers, e-mail) read as an instant whatever the machine's zone says.

/** A zone closing the date: +0100, GMT, UT, EST, Z... */
const ZONE_AT_END = /\s(?:[+-]\d{4}|[A-Za-z]{1,5})$/;

/** ms since 1970 of an RFC 822 date, NaN when it is none; one without a zone is UTC (Date.parse read it in the
 * machine's zone, so a feed's dates, and the order of a run, hung on TZ). */
export function rfc822Instant(value: string): number {
  return Date.parse(ZONE_AT_END.test(value) ? value : `${value} GMT`);
}
