// The day an article was written where its dateline places it. A timestamp without a zone is read in the zone
// the input or the outlet gives (common/stamp-zone.ts), else UTC (as the store reads it); a Wellington story
// stamped "1987-03-16T17:35:22" (UTC) was written on March 17 there, and its "yesterday" is March 16, not March 15.
// Relative dates count from that local day.
import { isoDay } from './calendar.ts';
import { DATELINE_ZONES } from './data/dateline-zones.ts';
import type { StampZone } from '../model.ts';
import { UTC_READING, stampInstant, zoneless } from './stamp-zone.ts';

/** A dateline's place: the words before its first comma, dash or bracket ("WELLINGTON, March 17 -"). */
const PLACE = /^\s*([\p{L}][\p{L}.'’ ]*?)\s*(?:[,([]|\s[-–—]|$)/u;

/** Characters of a dateline read for its place ("PORT MORESBY, PAPUA NEW GUINEA, March 3 -" is 41). */
const PLACE_CHARS = 60;

/** A stamp in UTC by its own word. */
const STAMP_UTC: StampZone = { zone: 'UTC', reason: 'the stamp says so (Z)' };

/** The zone offset (minutes) of a dateline's place, or null when the table has no such place. */
export function datelineOffset(dateline: string | null | undefined): number | null {
  // (a dateline's place is a few words: the pattern reads no more of a long line)
  const place = dateline ? PLACE.exec(dateline.slice(0, PLACE_CHARS))?.[1].toLowerCase() : undefined;
  return place ? (DATELINE_ZONES[place] ?? null) : null;
}

/** The day of writing a stamp gives, and the zone it was read in and why (both null when there was nothing to read). */
export interface StampDay {
  localDay: string | null;
  note: string | null;
}

const NOTHING: StampDay = { localDay: null, note: null };

const offsetName = (minutes: number): string =>
  `UTC${minutes < 0 ? '-' : '+'}${Math.floor(Math.abs(minutes) / 60)}${minutes % 60 ? `:${Math.abs(minutes) % 60}` : ''}`;

/**
 * The day (ISO) the article was written at its dateline's place, when the stamp (a time and no zone) read in its
 * zone and moved to the place's offset falls on another day than the stamp's own; and a note of the zone the stamp
 * was read in and why, when that zone was not the UTC default or the day moved.
 */
export function stampDay(published: string | null | undefined, dateline: string | null | undefined, zone: StampZone = UTC_READING): StampDay {
  // a Z stamp is UTC by its own word; one with another offset is already its place's day
  const bare = published?.endsWith('Z') ? published.slice(0, -1) : published;
  if (!bare || !zoneless(bare)) return NOTHING;
  const given = bare === published ? zone : STAMP_UTC;
  const instant = stampInstant(bare, given.zone);
  const read = instant === null ? UTC_READING : given;
  const at = instant ?? stampInstant(bare, 'UTC')!;
  const offset = datelineOffset(dateline);
  const day = offset === null ? null : isoDay(new Date(at + offset * 60_000));
  const localDay = day && day !== bare.slice(0, 10) ? day : null;
  if (!localDay && (read === UTC_READING || read === STAMP_UTC)) return NOTHING;
  const place = offset === null ? '' : `; at the dateline's place (${offsetName(offset)}) that is ${day}`;
  return { localDay, note: `stamp without a zone read in ${read.zone}: ${read.reason}${place}` };
}

/**
 * The day (ISO) the article was written at its dateline's place, when a UTC stamp moved by the place's offset
 * falls on another day than the stamp's own; null otherwise (no time, a zone given, a place not in the table).
 */
export function datelineDay(published: string | null | undefined, dateline: string | null | undefined): string | null {
  return stampDay(published, dateline).localDay;
}
