// The zone a publication stamp without one is read in, and why. Evidence the input gives comes first (another
// stamp on the page with its offset, a zone the record declares), then the outlet's zone by its domain
// (data/outlet-zones.ts), else UTC (as the store reads a zone-less time).
import type { StampZone } from '../model.ts';
import { COUNTRY_DOMAIN_ZONES, DOMAIN_ZONES, ZONE_WORD_READINGS, ZONE_WORDS } from './data/outlet-zones.ts';

/** A stamp with a time of day and no zone: the zone question is open. */
const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;
/** An ISO stamp with its zone, anywhere in a page's markup (meta content, JSON-LD, time datetime). */
const ZONED = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})(?![\d:])/g;
const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
/** Seconds (or their fraction) other than zero: a time that tells one instant from a quarter hour's others. */
const SECONDS_GIVEN = /[1-9]/;
/** Zoned stamps read on a page: the head's dates come first, a page of comments may hold hundreds. */
const MAX_ZONED = 40;

/** Whether a stamp has a time and no zone. */
export const zoneless = (stamp: string | null | undefined): boolean => !!stamp && ZONELESS.test(stamp);

/** A stamp's wall-clock time read as if UTC (ms), or NaN. */
function wallMs(m: RegExpExecArray): number {
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0), m[7] ? Math.round(Number(m[7]) * 1000) : 0);
}

/** Minutes east of UTC of a fixed offset ("+09:00", "Z"), or null for an IANA name. */
function fixedOffset(zone: string): number | null {
  if (zone === 'Z' || zone === 'UTC') return 0;
  const m = OFFSET.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : null;
}

/** Intl's name of an offset: "GMT+09:00", or with seconds for a local mean time before a place took a standard zone
 * ("GMT-04:32:36", La Paz before 1932; Monrovia's -00:44:30 until 1972): read as no offset, such a stamp's place
 * gave no day and a record declaring "Africa/Monrovia" no zone (fuzz33). */
const INTL_OFFSET = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/;

const formats = new Map<string, Intl.DateTimeFormat>();
/** Minutes east of UTC of an IANA zone at an instant ("GMT+09:00" from Intl), or null for an unknown name. */
export function zoneOffsetAt(zone: string, ms: number): number | null {
  let f = formats.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      return null;
    }
    formats.set(zone, f);
  }
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const m = INTL_OFFSET.exec(name);
  // (seconds rounded to the minute: every offset here is whole minutes)
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3] + Math.round(+(m[4] ?? 0) / 60)) : null;
}

/** The instant (ms) of a zone-less stamp read in a zone, or null when the stamp has a zone or the zone is unknown. */
export function stampInstant(stamp: string, zone: string): number | null {
  const m = ZONELESS.exec(stamp);
  if (!m) return null;
  const wall = wallMs(m);
  const fixed = fixedOffset(zone);
  if (fixed !== null) return wall - fixed * 60_000;
  // an IANA zone: its offset at the wall time, asked again at the instant that gives (a summer-time change between)
  const first = zoneOffsetAt(zone, wall);
  if (first === null) return null;
  const second = zoneOffsetAt(zone, wall - first * 60_000) ?? first;
  return wall - second * 60_000;
}

const zoneName = (minutes: number): string =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;

/**
 * The zone a page's other stamps give a zone-less one: a stamp of the same wall time with a zone (the same
 * stamp written twice: "12:00:10.372" and "12:00:10.372Z"), else one of the same seconds a whole quarter hour
 * away (the same instant in UTC: "17:25:26.972" and "22:25:26.972Z" is -05:00), else the offset the page's
 * stamps carry (not Z alone: a CMS writes UTC whatever its newsroom's zone).
 */
export function pageZone(stamp: string | null | undefined, markup: string): StampZone | null {
  const m = stamp ? ZONELESS.exec(stamp) : null;
  if (!m) return null;
  const wall = wallMs(m);
  let offsetSeen: { zone: string; text: string } | null = null;
  let n = 0;
  for (const z of markup.matchAll(ZONED)) {
    if (++n > MAX_ZONED) break;
    const minutes = fixedOffset(z[8]);
    if (minutes === null) continue;
    const zone = minutes === 0 ? 'UTC' : zoneName(minutes);
    const zWall = wallMs(z as unknown as RegExpExecArray);
    const instant = zWall - minutes * 60_000;
    if (zWall === wall) return { zone, reason: `the page gives the same time with its zone (${z[0]})` };
    const apart = wall - instant;
    // the same instant: minutes and seconds (not zero) agree, at most 14 hours apart
    if (SECONDS_GIVEN.test(`${m[6] ?? ''}${m[7] ?? ''}`) && apart % (15 * 60_000) === 0 && Math.abs(apart) <= 14 * 3600_000) {
      return { zone: zoneName(apart / 60_000), reason: `the page gives the same instant with its zone (${z[0]})` };
    }
    if (minutes !== 0 && !offsetSeen) offsetSeen = { zone, text: z[0] };
  }
  return offsetSeen ? { zone: offsetSeen.zone, reason: `the page's other stamps carry ${offsetSeen.zone} (${offsetSeen.text})` } : null;
}

/** A time of day and the zone word after it on a stamp line ("20:09 IST", "02.16PM IST", "11:25 GMT+02:00"). */
const TIME_AND_ZONE = /\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s?(?:([AaPp])\.?[Mm]\.?)?\s?\(?([A-Z]{2,4})(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\b/g;

/**
 * The zone a stamp line of the text writes after the stamp's own time ("Updated: November 11, 2011 20:09 IST"),
 * from lines at the head of the text; null when no line writes the time with a zone word.
 */
export function textZone(stamp: string | null | undefined, lines: readonly string[], where: ZoneHints = {}): StampZone | null {
  const m = stamp ? ZONELESS.exec(stamp) : null;
  if (!m) return null;
  // a time matching the stamp's writes its minutes after ':' or '.': a line without them is not searched (the
  // search ran over every line of every article, 1% of the prepare worker's CPU on Reuters)
  const colon = `:${m[5]}`;
  const dot = `.${m[5]}`;
  for (const line of lines) {
    if (!line.includes(colon) && !line.includes(dot)) continue;
    for (const t of line.matchAll(TIME_AND_ZONE)) {
      const hour = t[3] ? (+t[1] % 12) + (/[Pp]/.test(t[3]) ? 12 : 0) : +t[1];
      if (hour !== +m[4] || t[2] !== m[5]) continue;
      const word = ZONE_WORDS[t[4]];
      if (!word) continue;
      const said = `the stamp line says ${t[0].replace('(', '').trim()}`;
      const readings = ZONE_WORD_READINGS[t[4]];
      if (readings) return oneReading(t[4], readings, said, where);
      const zone = t[5] && word === 'UTC' ? `${t[5]}${t[6].padStart(2, '0')}:${t[7] ?? '00'}` : word;
      return { zone, reason: said };
    }
  }
  return null;
}

/** What tells one reading of a zone word from another: the page's address and the dateline's place (lower case). */
export interface ZoneHints {
  url?: string | null;
  place?: string | null;
}

type Readings = (typeof ZONE_WORD_READINGS)[string];

/**
 * The reading of a zone word that names more than one zone ("IST": India, Ireland, Israel): the one of the
 * outlet's zone (its domain), else the one of the dateline's place, else the first, said to be a guess.
 */
function oneReading(word: string, readings: Readings, said: string, where: ZoneHints): StampZone {
  const outlet = outletZone(where.url)?.zone;
  const byOutlet = outlet ? readings.find((r) => r.outletZones.includes(outlet)) : undefined;
  if (byOutlet) return { zone: byOutlet.zone, reason: `${said} (${byOutlet.name}: the outlet's zone is ${outlet})` };
  const place = where.place?.toLowerCase();
  const byPlace = place ? readings.find((r) => r.places.includes(place)) : undefined;
  if (byPlace) return { zone: byPlace.zone, reason: `${said} (${byPlace.name}: the dateline's place is ${where.place})` };
  const [first, ...others] = readings;
  return {
    zone: first.zone,
    reason: `${said} (read as ${first.name}; ${word} is also ${others.map((r) => r.name).join(' and ')}: neither the outlet nor a dateline tells which)`,
  };
}

/** The zone of an outlet by its page's domain (a newsroom's, else a one-zone country's), or null. */
export function outletZone(url: string | null | undefined): StampZone | null {
  let host: string;
  try {
    host = url ? new URL(url).hostname.toLowerCase().replace(/^www\./, '') : '';
  } catch {
    return null;
  }
  if (!host) return null;
  // the host and each domain it is under ("edition.cnn.com", "cnn.com")
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const domain = parts.slice(i).join('.');
    const zone = DOMAIN_ZONES[domain];
    if (zone) return { zone, reason: `the outlet ${domain}'s zone (outlet table)` };
  }
  const tld = host.slice(host.lastIndexOf('.') + 1);
  const zone = COUNTRY_DOMAIN_ZONES[tld];
  return zone ? { zone, reason: `the country of its domain .${tld} (one zone)` } : null;
}

/** A zone a record declares ("Asia/Tokyo", "+09:00"), when the name is one; null otherwise. */
export function declaredZone(value: string | null | undefined, field: string): StampZone | null {
  const zone = value?.trim();
  if (!zone) return null;
  const known = fixedOffset(zone) !== null || zoneOffsetAt(zone, 0) !== null;
  return known ? { zone, reason: `the record's ${field} field` } : null;
}

/** UTC, the reading when nothing tells the zone (as the store reads a zone-less time). */
export const UTC_READING: StampZone = { zone: 'UTC', reason: 'nothing on the page or its outlet tells the zone' };
