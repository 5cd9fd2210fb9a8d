// Dates written on a page ("19 December, 2022, 11:20 am", "Dec 19, 2022", "2022-12-19", "19.12.2022",
// "19 декабря 2022") to ISO: "2022-12-19" or "2022-12-19T11:20".
import { allWeekdayWords, CALENDAR_LANGUAGES, dayExists, monthWords, pad } from '../../common/calendar.ts';

/** Month names and abbreviations in the languages crosscheck reads, to month numbers. */
const MONTHS = monthWords(CALENDAR_LANGUAGES);

const MONTH = String.raw`([\p{L}]{3,10})\.?`;
const TIME = String.raw`(?:,?\s*(?:at|um|à|a las|alle|в)?\s*(\d{1,2})[:.h](\d{2})(?::\d{2})?\s*([aApP]\.?[mM]\.?)?)?`;
const PATTERNS: Array<{ re: RegExp; order: 'ymd' | 'dmy' | 'slash' | 'dMy' | 'Mdy' }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?()/u, order: 'ymd' },
  { re: new RegExp(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}`, 'u'), order: 'dmy' },
  { re: new RegExp(String.raw`\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}(?!\d))${TIME}`, 'u'), order: 'slash' },
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?${MONTH},?\s+(?:de\s+)?(\d{4})(?:\s*г\.?)?${TIME}`, 'iu'), order: 'dMy' },
  { re: new RegExp(String.raw`${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, 'iu'), order: 'Mdy' },
];

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM when the line gives a time */
  time: string | null;
  /** share of the line's characters the date covers */
  cover: number;
}

/** ISO form of a found date: "2022-12-19", or "2022-12-19T11:20" when it has a time. */
export function isoDate(found: Pick<FoundDate, 'date' | 'time'>): string {
  return found.time ? `${found.date}T${found.time}` : found.date;
}

/** A day of news: 1900-2100, and one that exists (31 June, 30 February are no dates). */
function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && dayExists(y, m, d);
}

/**
 * The first date in a line, or null. `monthFirst`: how to read a slashed date whose two first numbers
 * could both be the month ("2/3/2009"): English news writes it month first (US), most other languages day
 * first. A number above 12 settles it either way.
 */
export function findDate(line: string, monthFirst = false): FoundDate | null {
  if (!/\d{4}|\d\/\d{2}\b/.test(line)) return null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    let y: number, mo: number, d: number;
    if (order === 'ymd') [y, mo, d] = [+m[1], +m[2], +m[3]];
    else if (order === 'dmy' || order === 'slash') {
      [d, mo, y] = [+m[1], +m[2], +m[3]];
      if (y < 100) y += y < 70 ? 2000 : 1900;
      // 12/19/2022 is month first whatever the language
      if ((mo > 12 && d <= 12) || (order === 'slash' && monthFirst && d <= 12 && mo <= 12)) [d, mo] = [mo, d];
    } else if (order === 'dMy') [d, mo, y] = [+m[1], MONTHS.get(m[2].toLowerCase()) ?? 0, +m[3]];
    else [mo, d, y] = [MONTHS.get(m[1].toLowerCase()) ?? 0, +m[2], +m[3]];
    if (!valid(y, mo, d)) continue;
    let time: string | null = null;
    if (m[4] !== undefined && m[5] !== undefined) {
      let h = +m[4];
      const min = +m[5];
      const half = (m[6] ?? '').toLowerCase().replace(/\./g, '');
      if (half === 'pm' && h < 12) h += 12;
      if (half === 'am' && h === 12) h = 0;
      if (h < 24 && min < 60) time = `${pad(h)}:${pad(min)}`;
    }
    return { date: `${y}-${pad(mo)}-${pad(d)}`, time, cover: m[0].length / Math.max(1, line.trim().length) };
  }
  return null;
}

/** Words that may stand around a date on a date line ("Published", "GMT"; weekdays too). */
const DATE_LINE_EXTRA =
  /^(?:published|posted|updated|first|originally|on|at|am|um|le|el|il|der|den|от|мск|gmt|utc|cet|cest|est|edt|pst|pdt|cst|cdt|mst|mdt|et|pt|ct|bst|ist|msk|eet|eest|et|\|)$/i;
const WEEKDAYS = new Set(allWeekdayWords());

/** A line that is a date (and little else): the publication stamp under a headline. */
export function dateLine(line: string, monthFirst = false): FoundDate | null {
  if (line.length > 80) return null;
  const found = findDate(line, monthFirst);
  if (!found) return null;
  if (found.cover >= 0.6) return found;
  const rest = line
    .replace(/[\d:.,/\-–]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const monthish = (w: string) => MONTHS.has(w.toLowerCase().replace(/\.$/, ''));
  const others = rest.filter(
    (w) => !DATE_LINE_EXTRA.test(w) && !WEEKDAYS.has(w.toLowerCase()) && !monthish(w) && !/^(?:am|pm|a\.m|p\.m|st|nd|rd|th|de|г)$/i.test(w),
  );
  return others.length <= 1 ? found : null;
}
