// Dates as pages write them -> ISO 8601 (date, or date-time when the page gives a time with a zone).
import { monthWords, pad } from '../../common/calendar.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/;
const DMY = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;
const SLASH_YMD = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;

/** Month names (English, German, French, Spanish, Italian) -> month number. */
const MONTHS = monthWords(['en', 'de', 'fr', 'es', 'it']);
const MONTH_DAY_YEAR = /\b([a-zäéû]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_MONTH_YEAR = /\b(\d{1,2})\.?\s+([a-zäéû]{3,9})\.?,?\s+(\d{4})\b/i;

function valid(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function ymd(y: number, m: number, d: number): string | null {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Normalise one date string, or null when it is not a date we can read without guessing. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = ISO.exec(s);
  if (m) {
    const date = ymd(+m[1], +m[2], +m[3]);
    if (!date) return null;
    if (m[4] && m[7]) {
      const zone = m[7] === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
      return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
    }
    return date;
  }
  m = COMPACT.exec(s);
  if (m && s.length >= 8 && /^\d{8}/.test(s)) return ymd(+m[1], +m[2], +m[3]);
  m = DMY.exec(s);
  if (m) return ymd(+m[3], +m[2], +m[1]);
  m = SLASH_YMD.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m && MONTHS.has(m[1].toLowerCase())) return ymd(+m[3], MONTHS.get(m[1].toLowerCase())!, +m[2]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m && MONTHS.has(m[2].toLowerCase())) return ymd(+m[3], MONTHS.get(m[2].toLowerCase())!, +m[1]);
  return null;
}

/** Date written in a URL path: /2022/12/19/, /2022-12-19-, /20221219/. */
const URL_DATES = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/,
];

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  for (const re of URL_DATES) {
    const m = re.exec(url);
    if (m) {
      const date = ymd(+m[1], +m[2], +m[3]);
      if (date) return date;
    }
  }
  return null;
}
