// Dates as news writes them, normalised against the article's publication date:
// "on Monday", "Dec. 3", "last week", "last month", "in February", "December 19, 2022".
import { isoDay as iso, monthAbbreviations, monthNames, pad, weekdayNames } from '../common/calendar.ts';
import { FUTURE_MARKERS, PAST_FORMS, PAST_REACH, SCHEDULED_PRESENT } from './data/quantities.ts';
import { UPPER_FIRST } from '../common/letters.ts';
import { foreignDates, ownMonthWords } from './foreign-dates.ts';

export interface DateHit {
  text: string;
  start: number;
  end: number;
  /** ISO date (2022-12-19), month (2022-12), week (2022-W50) or year (2022); null when it cannot be placed */
  date: string | null;
  /** a language reader's span it leaves undated: an English month word in it is read as the English reader read it
   * before that reader (German "im April" with no year after it) */
  leave?: true;
  /** a language reader's day named by its distance from the day of writing ("gestern", "ayer", "ce matin") */
  relative?: true;
  /** a language reader's day and month ("12. Februar", dated or left): the month, and where the days of that month
   * listed before it start ("am 11. und 12. Februar", "vom 26. bis 28. Juni": at the first day's number) */
  month?: number;
  from?: number;
}

const MONTHS = monthNames('en');
const MONTH_ABBREVIATIONS = monthAbbreviations('en');
const WEEKDAYS = weekdayNames('en');
const MONTH_RE = `(?:${MONTHS.join('|')}|(?:${[...MONTH_ABBREVIATIONS.keys()].join('|')})\\.?)`;
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const WEEKDAY_RE = `(?:${WEEKDAYS.join('|')})`;

/**
 * What a pattern's every match holds, tested first: a sentence without it is not read with the pattern. Most sentences
 * that may hold a date name no month ("market", "demand" pass ANY_DATE), week or weekday. A month's name ends before a
 * character that is no letter (the patterns have a word boundary, a space or a comma after it; "Jan." may stop
 * before its full stop).
 */
const MONTH_NAMED = new RegExp(`\\b${MONTH_RE}(?![a-z])`, 'i');
const WEEKDAY_NAMED = new RegExp(WEEKDAY_RE, 'i');

const PATTERNS: Array<[string, RegExp, RegExp?]> = [
  ['iso', /\b(\d{4})-(\d{2})-(\d{2})\b/g],
  ['mdy', new RegExp(`\\b(${MONTH_RE})\\s+(${DAY_RE}),?\\s+(\\d{4})\\b`, 'gi'), MONTH_NAMED],
  ['dmy', new RegExp(`\\b(${DAY_RE})\\s+(${MONTH_RE}),?\\s+(\\d{4})\\b`, 'gi'), MONTH_NAMED],
  ['md', new RegExp(`\\b(${MONTH_RE})\\s+(${DAY_RE})\\b(?!,?\\s*\\d{4})(?![,.]?\\d)`, 'gi'), MONTH_NAMED],
  ['dm', new RegExp(`\\b(${DAY_RE})\\s+(${MONTH_RE})\\b(?!,?\\s+\\d{4})`, 'gi'), MONTH_NAMED],
  ['my', new RegExp(`\\b(${MONTH_RE})\\s+(\\d{4})\\b`, 'gi'), MONTH_NAMED],
  // "in February last year": the month of that year, not of this one
  ['month-rel-year', new RegExp(`\\b(${MONTH_RE})\\s+(?:of\\s+)?(last|this|next|past)\\s+year\\b`, 'gi'), MONTH_NAMED],
  ['rel-week', /\b(last|this|next|past)\s+week\b/gi, /week/i],
  ['rel-month', /\b(last|this|next|past)\s+month\b/gi, /month/i],
  ['rel-year', /\b(last|this|next|past)\s+year\b/gi, /year/i],
  ['weekday', new RegExp(`\\b(?:(last|this|next|on|past)\\s+)?(${WEEKDAY_RE})\\b`, 'gi'), WEEKDAY_NAMED],
  ['month', new RegExp(`\\b(?:(last|this|next|early|mid|late|in|since|until|by)\\s+)?(${MONTH_RE})\\b`, 'gi'), MONTH_NAMED],
  ['day', /\b(today|yesterday|tomorrow|tonight)\b/gi],
];

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full + 1 : (MONTH_ABBREVIATIONS.get(w) ?? 0);
}

/** ISO week of a date: 2022-12-14 -> 2022-W50. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** ISO dates, and the "26-FEB-1987 15:01:01.79" of Reuters records when a container gives that form. */
export function parsePublished(published: string | null): Date | null {
  if (!published) return null;
  let d: Date | null = null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (m) d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const r = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(published);
  if (!d && r && monthNumber(r[2])) d = new Date(Date.UTC(+r[3], monthNumber(r[2]) - 1, +r[1]));
  return d && !Number.isNaN(d.getTime()) ? d : null;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

/**
 * Whether a date at `start` of a sentence points forward: a future marker comes before it ("will begin soon,
 * probably in January"), or after it with no past verb form before the marker that the date belongs to: one
 * after the date, or one a few words before it ("In January, the company will open", not "In October, Moscow
 * announced that troops would return" nor "Lusinchi said on Monday the government will limit").
 */
export function looksForward(text: string, start: number): boolean {
  const marker = text.search(FUTURE_MARKERS);
  if (marker < 0) return false;
  if (marker < start) return true;
  for (const m of text.slice(0, marker).matchAll(PAST_FORMS_ALL)) {
    const end = m.index! + m[0].length;
    if (m.index! > start || (end <= start && wordsIn(text.slice(end, start)) <= PAST_REACH)) return false;
  }
  return true;
}

const SCHEDULED = new Set(SCHEDULED_PRESENT.verbs);
const WORD = /[\p{L}'’-]+/gu;

/**
 * Whether a weekday at `start` is a timetable's day ahead: a present verb of SCHEDULED_PRESENT a few words before it,
 * with no past form between ("the visit, which starts on Friday"; not "which starts, officials said on Friday").
 */
export function scheduledAhead(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const words = before.match(WORD) ?? [];
  const from = words.length - SCHEDULED_PRESENT.reach;
  for (let i = words.length - 1; i >= 0 && i >= from; i--) {
    if (PAST_FORMS.test(words[i])) return false;
    if (SCHEDULED.has(words[i])) return true;
  }
  return false;
}

/** PAST_FORMS for `matchAll` (which reads a copy: the shared one's position is never moved). */
const PAST_FORMS_ALL = new RegExp(PAST_FORMS.source, 'g');

/** a capitalised word follows at `at` (sticky, so the rest of the text is not copied; made once: common/letters.ts) */
const CAPITAL_NEXT = /\s+\p{Lu}/uy;
function capitalFollows(text: string, at: number): boolean {
  CAPITAL_NEXT.lastIndex = at;
  return CAPITAL_NEXT.test(text);
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Dates in a sentence: bare weekday and month names point forward where `looksForward` says so. */
/** Cheap test first: most sentences name no month, weekday or relative day. */
const ANY_DATE =
  /\d{4}-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week|month|year|today|yesterday|tomorrow|tonight)/i;

/** which group of each pattern with a month name holds it */
const MONTH_GROUP: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  mdy: 1,
  dmy: 2,
  md: 1,
  dm: 2,
  my: 1,
  'month-rel-year': 1,
  month: 2,
});

/** A span overlapping no date taken (a loop over the hits themselves: no pair kept per hit, no closure per call). */
function free(taken: DateHit[], s: number, e: number): boolean {
  for (let k = 0; k < taken.length; k++) if (s < taken[k].end && e > taken[k].start) return false;
  return true;
}

/**
 * Dates of an English sentence; `english` false for another language's, where a lone month abbreviation is a word of
 * that language, not a month (Spanish "el Mes del Mar", the sea, was March in a Chilean story's timeline).
 * `language`: a language whose date reader reads the sentence first (foreign-dates.ts: German "am 31. Oktober",
 * Spanish "el 31 de octubre de 2024"), given for a document surely in it; the English patterns then read the rest.
 */
export function findDates(
  text: string,
  published: Date | null,
  english = true,
  language: string | null = null,
  foreign: readonly DateHit[] | null = null,
): DateHit[] {
  // (`foreign`: the language reader's hits when the caller read them already; copied, the English ones join them)
  let hits: DateHit[] = language === null ? [] : foreign === null ? foreignDates(text, language, published) : foreign.slice();
  const left = hits.some((h) => h.leave) ? hits.filter((h) => h.leave) : null;
  if (left !== null) hits = hits.filter((h) => !h.leave);
  if (!ANY_DATE.test(text)) return hits;
  // the language's own month words are its reader's ("August Bebel", "April" alone: no cue, no date)
  const own = language === null ? null : ownMonthWords(language);
  const months = MONTH_NAMED.test(text);
  // (indexed, and the entry read by index: for-of and an array pattern each walk an iterator)
  for (let p = 0; p < PATTERNS.length; p++) {
    const kind = PATTERNS[p][0];
    const re = PATTERNS[p][1];
    const needs = PATTERNS[p][2];
    if (needs && !(needs === MONTH_NAMED ? months : needs.test(text))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(hits, start, end)) continue;
      if (!english && kind === 'month' && !MONTHS.includes(m[2].toLowerCase())) continue;
      if (
        own !== null &&
        MONTH_GROUP[kind] !== undefined &&
        own.has(m[MONTH_GROUP[kind]].toLowerCase().replace(/\.$/, '')) &&
        !(kind === 'month' && left?.some((h) => start >= h.start && end <= h.end))
      )
        continue;
      const date = resolve(kind, m, published);
      if (date === undefined) continue;
      hits.push({ text: m[0], start, end, date });
    }
  }
  // (sort copies the array to work on: a sentence's one date is left as it is)
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/** The step a relative date's word takes (months, years; weeks times 7), read at module level: no record made per date. */
const STEP = { last: -1, past: -1, this: 0, next: 1 };
/** month names that are words too (module level: a literal in a function is a new RegExp each time it is reached) */
const MAY_OR_MARCH = /^(may|march)$/i;

/** undefined: not a date after all ("May" as a verb, "March" as a noun without a cue). Whether the sentence looks
 * forward from the match (looksForward) is asked only where the answer is read. */
function resolve(kind: string, m: RegExpExecArray, pub: Date | null): string | null | undefined {
  const year = pub?.getUTCFullYear();
  switch (kind) {
    case 'iso':
      return `${m[1]}-${m[2]}-${m[3]}`;
    case 'mdy':
    case 'dmy': {
      // (no pair made and walked by an array pattern's iterator)
      const mo = monthNumber(kind === 'mdy' ? m[1] : m[2]);
      const day = parseInt(kind === 'mdy' ? m[2] : m[1], 10);
      return `${m[3]}-${pad(mo)}-${pad(day)}`;
    }
    case 'md':
    case 'dm': {
      const mo = monthNumber(kind === 'md' ? m[1] : m[2]);
      const day = parseInt(kind === 'md' ? m[2] : m[1], 10);
      if (!pub || !mo) return null;
      const future = looksForward(m.input, m.index);
      let d = new Date(Date.UTC(year!, mo - 1, day));
      // a date more than two months ahead of publication was last year's, unless the sentence looks forward
      if (!future && d.getTime() - pub.getTime() > 60 * 86400000) d = new Date(Date.UTC(year! - 1, mo - 1, day));
      if (future && pub.getTime() - d.getTime() > 180 * 86400000) d = new Date(Date.UTC(year! + 1, mo - 1, day));
      return iso(d);
    }
    case 'my':
      return `${m[2]}-${pad(monthNumber(m[1]))}`;
    case 'month-rel-year': {
      const mo = monthNumber(m[1]);
      if (!pub || !mo) return null;
      const shift = STEP[m[2].toLowerCase() as 'last'] ?? 0;
      return `${year! + shift}-${pad(mo)}`;
    }
    case 'rel-week': {
      if (!pub) return null;
      const shift = 7 * (STEP[m[1].toLowerCase() as 'last'] ?? 0);
      return isoWeek(addDays(pub, shift));
    }
    case 'rel-month': {
      if (!pub) return null;
      const shift = STEP[m[1].toLowerCase() as 'last'] ?? 0;
      const d = new Date(Date.UTC(year!, pub.getUTCMonth() + shift, 1));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    }
    case 'rel-year': {
      if (!pub) return null;
      const shift = STEP[m[1].toLowerCase() as 'last'] ?? 0;
      return String(year! + shift);
    }
    case 'weekday': {
      if (!UPPER_FIRST.test(m[2])) return undefined;
      if (!pub) return null;
      const target = WEEKDAYS.indexOf(m[2].toLowerCase());
      const mod = (m[1] ?? '').toLowerCase();
      const today = pub.getUTCDay();
      let back = (today - target + 7) % 7;
      if (mod === 'last' || mod === 'past') back = back || 7;
      // "this Friday" is the Friday of the week of writing (weeks from Monday)
      if (mod === 'this') return iso(addDays(pub, ((target + 6) % 7) - ((today + 6) % 7)));
      if (mod === 'next' || (mod !== 'last' && mod !== 'past' && (looksForward(m.input, m.index) || scheduledAhead(m.input, m.index)))) {
        let fwd = (target - today + 7) % 7;
        if (mod === 'next') fwd = fwd || 7;
        return iso(addDays(pub, fwd));
      }
      return iso(addDays(pub, -back));
    }
    case 'month': {
      const word = m[2];
      if (!UPPER_FIRST.test(word)) return undefined;
      const mod = (m[1] ?? '').toLowerCase();
      // "May" and "March" are words too: only with a cue before them; a bare "Jan" before a name is a given name ("Gov. Jan Brewer")
      if (MAY_OR_MARCH.test(word) && !mod) return undefined;
      if (!mod && !MONTHS.includes(word.toLowerCase()) && capitalFollows(m.input, m.index + m[0].length)) return undefined;
      const mo = monthNumber(word);
      if (!pub || !mo) return null;
      const cur = pub.getUTCMonth() + 1;
      let y = year!;
      if (mod === 'last') y = mo < cur ? year! : year! - 1;
      else if (mod === 'next' || (mod !== 'since' && looksForward(m.input, m.index))) y = mo >= cur ? year! : year! + 1;
      else y = mo <= cur ? year! : year! - 1;
      return `${y}-${pad(mo)}`;
    }
    case 'day': {
      if (!pub) return null;
      const w = m[1].toLowerCase();
      return iso(addDays(pub, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0));
    }
  }
  return undefined;
}
