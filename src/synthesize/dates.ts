// Dates a sentence states, resolved against the article's publication date ("on Friday" said on Monday
// 19 December 2022 is 2022-12-16). Used for the timeline when enrichment found no date figures.
import { isoDay as iso, monthWords, pad, weekdayWords } from '../common/calendar.ts';
import { looksForward, scheduledAhead } from '../enrich/dates.ts';
import { DATE_DETERMINERS, DATE_HEDGES, DATE_LEAD_QUALIFIERS, DATE_RANGE_WORDS, DATE_ROLES, DATE_ROLE_WINDOW, DATE_SAID_AFTER } from './lexicon.ts';
import { memoize } from '../common/memo.ts';

const MONTHS = monthWords(['en']);
/** how far ahead of the reference a yearless day may fall, and (looking forward) how far behind */
const DAYS_AHEAD = 60;
const DAYS_BEHIND = 180;
const WEEKDAYS = weekdayWords(['en']);

export interface StatedDate {
  /** ISO date, year-month or year */
  date: string;
  text: string;
  /** position in the sentence */
  at: number;
  /** written out (a month name or a year), not only relative ("today", "on Monday") */
  explicit: boolean;
  /** the year is written, not inferred from the reference day */
  yearStated: boolean;
}

/** where a publication date's day is written (`YYYY-MM-DD` opening it): the digits' places and the dashes' */
const DAY_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const DAY_DASHES = [4, 7];
const DASH = 45;

/** The day a publication date opens with (`YYYY-MM-DD`, ASCII digits), as the number YYYYMMDD; -1 when it opens otherwise.
 * Read from the characters: no match, slice or string is made. */
function publishedDay(published: string): number {
  if (published.length < 10) return -1;
  for (const i of DAY_DASHES) if (published.charCodeAt(i) !== DASH) return -1;
  let n = 0;
  for (const i of DAY_DIGITS) {
    const d = published.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Reference days by the day they are (publishedDay), read once: a story asks again for every sentence it dates
 * (units, the timeline, the date discrepancies) of its few articles. Keyed by the day, not the whole stamp: the
 * stamps of a collection are nearly all different (a table of 10,000 of them turned over and over on Reuters),
 * its days few. The Date is shared: callers only read it. */
const referenceDays = memoize(10_000, (day: number): Date | null => {
  const at = new Date(Date.UTC(Math.floor(day / 10_000), (Math.floor(day / 100) % 100) - 1, day % 100));
  return Number.isNaN(at.getTime()) ? null : at;
});

/** The reference day an article's relative dates count from, or null when it has no usable date. */
export function referenceDate(published: string | null | undefined): Date | null {
  if (!published) return null;
  const day = publishedDay(published);
  return day < 0 ? null : referenceDays(day);
}

/** An article's reference day: the day of writing where its dateline places it (Article.localDay), else its
 * publication day. */
export function articleDay(doc: { published: string | null; localDay?: string } | undefined): Date | null {
  return referenceDate(doc?.localDay ?? doc?.published);
}

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?(?:,?\\s+((?:19|20)\\d\\d))?\\b`, 'gi');
// (not a table's month and figure: "Feb 48.7, March 13.2"; not the month and year of "10 Nov 11")
const MONTH_DAY = new RegExp(`(?<!\\d\\s)\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d)(?:,?\\s+((?:19|20)\\d\\d))?`, 'gi');
const MONTH_ONLY = new RegExp(
  `\\b(?:in|early|late|mid|last|this|of|by|until|from)[\\s-]+(?:early\\s+|late\\s+|mid-?)?(${MONTH_NAMES})\\b(?:\\s+((?:19|20)\\d\\d))?`,
  'gi',
);
const WEEKDAY =
  /\b(?:on|last|this|from|until|by)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)'s\b/gi;
const RELATIVE = /\b(today|yesterday|tomorrow|last month|last year)\b/gi;
const YEAR_ONLY = /\b(?:in|during)\s+((?:19|20)\d\d)\b/gi;
/** what the month patterns need: a month word's first three letters (every month word holds its own), any case as
 * they match -- most sentences name no month */
const MONTH_NEEDS = new RegExp([...new Set([...MONTHS.keys()].map((w) => w.slice(0, 3)))].join('|'), 'i');
/** what the day-and-month and year patterns need: a digit */
const DIGIT = /\d/;
/** what the weekday and relative patterns need: every weekday name, "today" and "yesterday" end in "day" */
const RELATIVE_NEEDS = /day|tomorrow|last (?:month|year)/i;

/**
 * A month/day without a year is the latest such day not more than two months after the reference (news names
 * coming days without a future verb: "payable April 1 to holders of record March 20"); in a sentence that looks
 * forward ("will", "is due to", "as early as") the next such day not more than half a year before it. As
 * enrichment reads dates.
 */
function resolveDay(month: number, day: number, year: number | null, ref: Date | null, future: boolean): string | null {
  if (day < 1 || day > 31) return null;
  if (year) return `${year}-${pad(month)}-${pad(day)}`;
  if (!ref) return null;
  let y = ref.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  if (!future && candidate > ref.getTime() + DAYS_AHEAD * 86400e3) y -= 1;
  if (future && candidate < ref.getTime() - DAYS_BEHIND * 86400e3) y += 1;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** A month without a year is the latest such month, or in a sentence that looks forward the next one. */
function resolveMonth(month: number, year: number | null, ref: Date | null, future: boolean): string | null {
  if (year) return `${year}-${pad(month)}`;
  if (!ref) return null;
  const current = ref.getUTCMonth() + 1;
  const y = future ? (month < current ? ref.getUTCFullYear() + 1 : ref.getUTCFullYear()) : month > current ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
  return `${y}-${pad(month)}`;
}

/** Is the span [a, b) clear of every span taken? */
function free(taken: Array<[number, number]>, a: number, b: number): boolean {
  for (const [s, e] of taken) if (!(b <= s || a >= e)) return false;
  return true;
}

/** A match's date, unless none or its span overlaps one taken (module level: no closure per sentence). */
function addDate(out: StatedDate[], taken: Array<[number, number]>, date: string | null, m: RegExpMatchArray, explicit = true, yearStated = false): void {
  const a = m.index!;
  const b = a + m[0].length;
  if (!date || !free(taken, a, b)) return;
  taken.push([a, b]);
  out.push({ date, text: m[0], at: a, explicit, yearStated });
}

/** Every date the sentence states, most precise reading of each span, in order of appearance. */
export function statedDates(text: string, ref: Date | null): StatedDate[] {
  const out: StatedDate[] = [];
  const taken: Array<[number, number]> = [];
  // as enrichment reads it (looksForward): "will begin soon, probably in January" and "In January, X will open"
  // look forward, "In October, Moscow announced that troops would return" does not
  // each pattern only where what it needs is in the sentence (most sentences state no date): the same answer
  const digits = DIGIT.test(text);
  const months = MONTH_NEEDS.test(text);
  // each pattern's matches by `exec` from the text's start: `matchAll` makes a copy of the pattern at every call, five
  // per sentence (none of the patterns matches an empty string: the two walk the same matches)
  let m: RegExpExecArray | null;
  if (digits && months)
    for (MONTH_DAY.lastIndex = 0; (m = MONTH_DAY.exec(text)); ) {
      const date = resolveDay(MONTHS.get(m[1].toLowerCase())!, Number(m[2]), m[3] ? Number(m[3]) : null, ref, looksForward(text, m.index!));
      addDate(out, taken, date, m, true, !!m[3]);
    }
  if (digits && months)
    for (DAY_MONTH.lastIndex = 0; (m = DAY_MONTH.exec(text)); ) {
      const date = resolveDay(MONTHS.get(m[2].toLowerCase())!, Number(m[1]), m[3] ? Number(m[3]) : null, ref, looksForward(text, m.index!));
      addDate(out, taken, date, m, true, !!m[3]);
    }
  if (months)
    for (MONTH_ONLY.lastIndex = 0; (m = MONTH_ONLY.exec(text)); ) {
      // "may" is also a verb: only with a year or a clear month preposition
      if (m[1].toLowerCase() === 'may' && !m[2] && !/^(in|early|late|mid|since|until|from)/i.test(m[0])) continue;
      addDate(out, taken, resolveMonth(MONTHS.get(m[1].toLowerCase())!, m[2] ? Number(m[2]) : null, ref, looksForward(text, m.index!)), m, true, !!m[2]);
    }
  if (ref && RELATIVE_NEEDS.test(text)) {
    for (WEEKDAY.lastIndex = 0; (m = WEEKDAY.exec(text)); ) {
      const wd = WEEKDAYS.get((m[1] ?? m[2]).toLowerCase())!;
      // the last such day, or in a sentence that looks forward the next one ("would go to Japan on Friday"; not
      // "would be discussing last Sunday's agreement")
      // ... or after a timetable's present verb ("the visit, which starts on Friday": scheduledAhead)
      const ahead = (looksForward(text, m.index!) || scheduledAhead(text, m.index!)) && !/^last\b/i.test(m[0]);
      const shift = ahead ? (wd - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - wd + 7) % 7);
      addDate(out, taken, iso(new Date(ref.getTime() + shift * 86400e3)), m, false);
    }
    for (RELATIVE.lastIndex = 0; (m = RELATIVE.exec(text)); ) {
      const w = m[1].toLowerCase();
      if (w === 'today') addDate(out, taken, iso(ref), m, false);
      else if (w === 'yesterday') addDate(out, taken, iso(new Date(ref.getTime() - 86400e3)), m, false);
      else if (w === 'tomorrow') addDate(out, taken, iso(new Date(ref.getTime() + 86400e3)), m, false);
      else if (w === 'last month') {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1));
        addDate(out, taken, `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, m, false);
      } else addDate(out, taken, String(ref.getUTCFullYear() - 1), m, false);
    }
  }
  if (digits) for (YEAR_ONLY.lastIndex = 0; (m = YEAR_ONLY.exec(text)); ) addDate(out, taken, m[1], m, true, true);
  return out.sort((a, b) => a.at - b.at);
}

/**
 * statedDates memoised per sentence and reference day, for one story: the timeline and the date discrepancies
 * read the same sentences (the members of multi-article claims). The lists are shared: callers only read them.
 */
export function statedDatesOnce(): (text: string, ref: Date | null) => StatedDate[] {
  const byRef = new Map<number | null, Map<string, StatedDate[]>>();
  return (text, ref) => {
    const day = ref ? ref.getTime() : null;
    let memo = byRef.get(day);
    if (!memo) byRef.set(day, (memo = new Map()));
    let dates = memo.get(text);
    if (!dates) memo.set(text, (dates = statedDates(text, ref)));
    return dates;
  };
}

const ROLE_NEAR = new Map(DATE_ROLES.flatMap((r) => r.words.map((w) => [w, r.role] as const)));
const ROLE_FAR = new Map(DATE_ROLES.filter((r) => !r.adjacent).flatMap((r) => r.words.map((w) => [w, r.role] as const)));
const DETERMINERS = new Set(DATE_DETERMINERS);
const HEDGES = new Set(DATE_HEDGES.words);
const SAID_VERB = `(?:${DATE_SAID_AFTER.verbs.join('|')})\\b`;
/** a verb of saying right after a day ("today said") */
const SAID_NEXT = new RegExp(`^\\s+${SAID_VERB}`, 'i');
/** after a day opening its sentence: a comma or none, the subject (capitalised words or tickers), an aside, the verb of saying */
const SAID_AFTER_SUBJECT = new RegExp(
  `^\\s*,?\\s*(?:<[^>]*>|\\p{Lu}[\\p{L}.&'-]*)(?:\\s+(?:<[^>]*>|\\p{Lu}[\\p{L}.&'-]*)){0,${DATE_SAID_AFTER.subjectWords - 1}}(?:\\s*,[^,;]{1,${DATE_SAID_AFTER.asideChars}},)?\\s+${SAID_VERB}`,
  'u',
);
/** only words of the date pattern before a day opening its sentence ("On Sunday") */
const OPENING = /^\s*[\p{L}]*\s*$/u;

/** Does a day date its sentence's saying (DATE_SAID_AFTER): a verb of saying right after it, or after the subject of a
 * sentence it opens? */
function datesSaying(text: string, at: number, length: number): boolean {
  const after = text.slice(at + length, at + length + 200);
  return SAID_NEXT.test(after) || (OPENING.test(text.slice(0, at)) && SAID_AFTER_SUBJECT.test(after));
}
/** the role of a day the sentence looks forward to (DATE_ROLES' plans) */
const FORWARD_ROLE = 'plan';
/** the words a date pattern takes in before the day itself ("on", "last", "until" Friday; "in", "by" March) */
const LEADING_WORDS = /^(?:(?:on|last|this|from|until|by|in|early|late|mid|of)[\s-]+)+/i;
const WORDS = /[\p{L}]+/gu;
/** a date pattern's leading words that say which day, not what it dates (DATE_LEAD_QUALIFIERS) */
const QUALIFIERS = new Set(DATE_LEAD_QUALIFIERS);
const LEAD_QUALIFIERS = new RegExp(`(?:^|(?<=[\\s-]))(?:${DATE_LEAD_QUALIFIERS.join('|')})[\\s-]+`, 'gi');
const POSSESSIVE = /^['’]s\b/;
/** after a day, the other end of its period: a range word, then a day of the month or a month name and a day (DATE_RANGE_WORDS) */
const RANGE_END = new RegExp(
  `^\\s*(?:${DATE_RANGE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\s*(?:\\d{1,2}\\b(?![.,:]?\\d|\\s*(?:pct|percent|per|%))|(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}\\b)`,
  'i',
);

/** Whether `at` lies inside a quotation the sentence opens ("how many kids will you kill today"). */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

const CLAUSE_MARK = /[,;:(]/g;

/** Does a hedge word (DATE_HEDGES) stand among the few words before `at`, in its clause? */
function hedged(text: string, at: number): boolean {
  const before = text.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_MARK)) start = m.index! + 1;
  const words = before.slice(start).toLowerCase().match(WORDS) ?? [];
  return words.slice(-DATE_HEDGES.window).some((w) => HEDGES.has(w));
}

export interface EventDate extends StatedDate {
  /** what the date is of, when not the sentence's event (DATE_ROLES), else null */
  role: string | null;
}

/** the words before a day eventDates reads: the last, the one before it, the last DATE_ROLE_WINDOW */
const WORDS_READ = Math.max(2, DATE_ROLE_WINDOW);
/** characters before a day looked through first for those words (more when they hold fewer) */
const WORDS_SPAN = 48;

/**
 * The words (lower case) of `text` before `at` and then of `lead`, as `${text.slice(0, at)} ${lead}` gives them, or
 * the last of them: at least WORDS_READ when there are as many. Only a tail of the text is read, cut right after a
 * space: no run of letters crosses a space and no letter's lower case reads past one (a final sigma's context stops
 * at a space), so the tail's words are the last words of the whole, however long the sentence before the day.
 */
export function lastWords(text: string, at: number, lead: string): string[] {
  for (let span = WORDS_SPAN; ; span *= 4) {
    const space = at > span ? text.lastIndexOf(' ', at - span) : -1;
    if (space < 0) return `${text.slice(0, at)} ${lead}`.toLowerCase().match(WORDS) ?? [];
    const words = `${text.slice(space + 1, at)} ${lead}`.toLowerCase().match(WORDS);
    if (words !== null && words.length >= WORDS_READ) return words;
  }
}

/**
 * The stated dates that may date the sentence's own event, each with its role: dates inside a quotation, after a
 * determiner ("the June 20 shooting") or with a possessive ("Friday's second semifinal") name other events.
 */
export function eventDates(text: string, stated: StatedDate[]): EventDate[] {
  const out: EventDate[] = [];
  for (const d of stated) {
    const lead = LEADING_WORDS.exec(d.text)?.[0] ?? '';
    const after = text.slice(d.at + d.text.length);
    if (quoted(text, d.at) || POSSESSIVE.test(after) || /['’]s$/.test(d.text)) continue;
    // the first day of a period ("covering the period March 2 to 9") dates no one event
    if (d.explicit && RANGE_END.test(after)) continue;
    // the words before the day read past its qualifiers, in its pattern's lead or before it ("said last Friday",
    // "disclosed last November 23": "said", "disclosed")
    const read = lastWords(text, d.at, lead.replace(LEAD_QUALIFIERS, ''));
    if (!lead && DETERMINERS.has(read[read.length - 1])) continue;
    let end = read.length;
    while (end > 1 && QUALIFIERS.has(read[end - 1])) end--;
    const words = end === read.length ? read : read.slice(0, end);
    // "unclear if he would go to Japan on Friday": a possible day, not one the sentence states
    if (hedged(text, d.at)) continue;
    // "on" between a role word and the day is the day's own preposition ("due on", "effective on")
    const near = words[words.length - 1] === 'on' ? words.slice(-2, -1) : words.slice(-1);
    const nearRole = near.length ? ROLE_NEAR.get(near[0]) : undefined;
    const far = words
      .slice(-DATE_ROLE_WINDOW)
      .reverse()
      .find((w) => ROLE_FAR.has(w));
    // a day the sentence looks forward to is a plan's ("He will see Suharto on Tuesday"), not what happened on
    // another ("Conable arrived here on Saturday"): compared with plans' days only
    const role = nearRole ?? (far === undefined ? null : ROLE_FAR.get(far)!) ?? (datesSaying(text, d.at, d.text.length) ? DATE_SAID_AFTER.role : null);
    out.push({ ...d, role: role ?? (looksForward(text, d.at) ? FORWARD_ROLE : null) });
  }
  return out;
}
