// Publication dates from containers (records, feeds, headers) come in many shapes; the contract wants ISO 8601.
import { findDate, isoDate } from './plain/dates.ts';
import { dayExists, monthWords, pad } from '../common/calendar.ts';
import { rfc822Iso } from '../common/rfc822.ts';

const MONTHS = monthWords(['en']);

/** A time of day (HH:MM or HH:MM:SS) and a zone (Z, +HH:MM, +HHMM) that exist: hours to 23, minutes and seconds to 59. */
function validTime(time: string, zone?: string): boolean {
  const [h, min, sec] = time.split(':').map(Number);
  if (h > 23 || min > 59 || (sec ?? 0) > 59) return false;
  if (!zone || zone === 'Z') return true;
  const digits = zone.slice(1).replace(':', '');
  return Number(digits.slice(0, 2)) <= 23 && Number(digits.slice(2)) <= 59;
}

/** Shapes tried in order; each returns an ISO string or null. */
const SHAPES: Array<(s: string) => string | null> = [
  // already ISO: 2022-12-19, 2022-12-19T11:20, 2022-12-19T11:20:00Z, 2022-12-19 11:20:00+01:00; a day or a time that
  // does not exist (2020-13-45, 0000-00-00, T25:99, +27:00) is no date, as the store and the story windows read it
  (s) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    if (!m || !dayExists(+m[1].slice(0, 4), +m[1].slice(5, 7), +m[1].slice(8))) return null;
    if (m[2] && !validTime(m[2], m[3])) return null;
    return m[2] ? `${m[1]}T${m[2]}${m[3] ?? ''}` : m[1];
  },
  // Reuters-21578 and other wire feeds: 26-FEB-1987 15:01:01.79
  (s) => {
    const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/.exec(s);
    const month = m && MONTHS.get(m[2].toLowerCase());
    if (!m || !month || !dayExists(+m[3], month, +m[1]) || (m[4] && !validTime(`${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}`))) return null;
    const day = `${m[3]}-${pad(month)}-${pad(+m[1])}`;
    return m[4] ? `${day}T${pad(+m[4])}:${m[5]}${m[6] ? `:${m[6]}` : ''}` : day;
  },
  // RFC 2822 (RSS, HTTP): Mon, 19 Dec 2022 11:20:00 GMT; an offset kept ("-0500" is -05:00, its writer's day)
  (s) => (/^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(s) ? rfc822Iso(s) : null),
  // written dates: "19 December, 2022, 11:20 am", "Dec 19, 2022", "19.12.2022"
  (s) => {
    const found = findDate(s);
    return found ? isoDate(found) : null;
  },
];

/** ISO 8601 form of a publication date, or null when the string holds no recognisable date. */
export function normalizePublished(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  for (const shape of SHAPES) {
    const iso = shape(s);
    if (iso) return iso;
  }
  return null;
}
