// The day an article was written where its dateline places it. A timestamp without a zone is UTC (as the store
// reads it); a Wellington story stamped "1987-03-16T17:35:22" was written on March 17 there, and its "yesterday"
// is March 16, not March 15. Relative dates count from that local day.
import { isoDay } from './calendar.ts';
import { DATELINE_ZONES } from './data/dateline-zones.ts';

/** A dateline's place: the words before its first comma, dash or bracket ("WELLINGTON, March 17 -"). */
const PLACE = /^\s*([\p{L}][\p{L}.'’ ]*?)\s*(?:[,([]|\s[-–—]|$)/u;

/** Characters of a dateline read for its place ("PORT MORESBY, PAPUA NEW GUINEA, March 3 -" is 41). */
const PLACE_CHARS = 60;

/** A stored publication date with a time and either no zone or Z (UTC). */
const UTC_STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z?$/;

/** The zone offset (minutes) of a dateline's place, or null when the table has no such place. */
export function datelineOffset(dateline: string | null | undefined): number | null {
  // (a dateline's place is a few words: the pattern reads no more of a long line)
  const place = dateline ? PLACE.exec(dateline.slice(0, PLACE_CHARS))?.[1].toLowerCase() : undefined;
  return place ? (DATELINE_ZONES[place] ?? null) : null;
}

/**
 * The day (ISO) the article was written at its dateline's place, when a UTC stamp moved by the place's offset
 * falls on another day than the stamp's own; null otherwise (no time, a zone given, a place not in the table).
 */
export function datelineDay(published: string | null | undefined, dateline: string | null | undefined): string | null {
  const m = published ? UTC_STAMP.exec(published) : null;
  const offset = m ? datelineOffset(dateline) : null;
  if (!m || offset === null) return null;
  const local = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) + offset * 60_000);
  const day = isoDay(local);
  return day === published!.slice(0, 10) ? null : day;
}
