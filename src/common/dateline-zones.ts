// The day an article was written where its dateline places it. A timestamp without a zone is read in the zone
// the input or the outlet gives (common/stamp-zone.ts), else UTC (as the store reads it); a Wellington story
// stamped "1987-03-16T17:35:22" (UTC) was written on March 17 there, and its "yesterday" is March 16, not March 15.
// Relative dates count from that local day.
import { isoDay } from './calendar.ts';
import { DATELINE_IANA_ZONES, DATELINE_ZONES } from './data/dateline-zones.ts';
import { storedInstant } from './date-bound.ts';
import type { StampZone } from '../model.ts';
import { UTC_READING, stampInstant, zoneOffsetAt, zoneless } from './stamp-zone.ts';

/** A dateline's place: the words before its first comma, dash or bracket ("WELLINGTON, March 17 -"). */
const PLACE = /^\s*([\p{L}][\p{L}.'’ ]*?)\s*(?:[,([]|\s[-–—]|$)/u;

/** Characters of a dateline read for its place ("PORT MORESBY, PAPUA NEW GUINEA, March 3 -" is 41). */
const PLACE_CHARS = 60;

/** A stamp in UTC by its own word. */
const STAMP_UTC: StampZone = { zone: 'UTC', reason: 'the stamp says so (Z)' };

/** A dateline's place, lower case ("new york" of "NEW YORK, Dec 1 (Reuters) -"), or null. */
export function datelinePlace(dateline: string | null | undefined): string | null {
  // (a dateline's place is a few words: the pattern reads no more of a long line)
  return (dateline ? PLACE.exec(dateline.slice(0, PLACE_CHARS))?.[1].toLowerCase() : undefined) ?? null;
}

/** The zone offset (minutes) of a dateline's place east of Greenwich, or null when the table has no such place. */
export function datelineOffset(dateline: string | null | undefined): number | null {
  const place = datelinePlace(dateline);
  return place ? (DATELINE_ZONES[place] ?? null) : null;
}

/**
 * The offset (minutes) of a dateline's place at an instant: an eastern place always; a western or European one
 * (DATELINE_IANA_ZONES) only when the instant is known, not a zone-less stamp read as UTC for want of a zone.
 */
function placeOffsetAt(dateline: string | null | undefined, at: number, known: boolean): number | null {
  const east = datelineOffset(dateline);
  if (east !== null || !known) return east;
  const place = datelinePlace(dateline);
  const zone = place ? DATELINE_IANA_ZONES[place] : undefined;
  return zone ? zoneOffsetAt(zone, at) : null;
}

/** A stamp with a time and its own offset other than Z ("2026-12-01T23:30:00-05:00", as a feed item gives it). */
const OFFSET_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:?\d{2})$/;

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
  const own = published ? OFFSET_STAMP.exec(published) : null;
  if (own) return offsetStampDay(published!, own[1], dateline);
  // a Z stamp is UTC by its own word
  const bare = published?.endsWith('Z') ? published.slice(0, -1) : published;
  if (!bare || !zoneless(bare)) return NOTHING;
  const given = bare === published ? zone : STAMP_UTC;
  const instant = stampInstant(bare, given.zone);
  const read = instant === null ? UTC_READING : given;
  const at = instant ?? stampInstant(bare, 'UTC')!;
  const offset = placeOffsetAt(dateline, at, read !== UTC_READING);
  const day = offset === null ? null : isoDay(new Date(at + offset * 60_000));
  const localDay = day && day !== bare.slice(0, 10) ? day : null;
  if (!localDay && (read === UTC_READING || read === STAMP_UTC)) return NOTHING;
  const place = offset === null ? '' : `; at the dateline's place (${offsetName(offset)}) that is ${day}`;
  return { localDay, note: `stamp without a zone read in ${read.zone}: ${read.reason}${place}` };
}

/**
 * A stamp that carries its own offset (a feed item's "-0500", a page's "+02:00"): its wall day is its writer's, the
 * day relative dates count from, unless a dateline places the article elsewhere. Noted when that day is not the
 * UTC one (where reading it as UTC, as feeds did, would move "yesterday") or the dateline moves it.
 */
function offsetStampDay(published: string, offset: string, dateline: string | null | undefined): StampDay {
  const at = storedInstant(published);
  if (at === null) return NOTHING;
  const ownDay = published.slice(0, 10);
  const utcDay = isoDay(new Date(at));
  const place = placeOffsetAt(dateline, at, true);
  const day = place === null ? null : isoDay(new Date(at + place * 60_000));
  const localDay = day && day !== ownDay ? day : null;
  if (!localDay && ownDay === utcDay) return NOTHING;
  const zone = offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const there = ownDay === utcDay ? '' : `: the day there is ${ownDay} (${utcDay} in UTC)`;
  const moved = place === null ? '' : `; at the dateline's place (${offsetName(place)}) that is ${day}`;
  return { localDay, note: `stamp read in its own zone ${zone}${there}${moved}` };
}

/**
 * The day (ISO) the article was written at its dateline's place, when a UTC stamp moved by the place's offset
 * falls on another day than the stamp's own; null otherwise (no time, a zone given, a place not in the table).
 */
export function datelineDay(published: string | null | undefined, dateline: string | null | undefined): string | null {
  return stampDay(published, dateline).localDay;
}
