// Word tables the cheap event features read: months, weekdays, number words, relative-day words.
// Kept as data so another language is a table, not a branch.
import { monthNames, monthWords, weekdayNames, weekdayWords } from '../common/calendar.ts';
import { NUMBER_WORDS as SHARED_NUMBER_WORDS, SCALE_WORDS as SHARED_SCALE_WORDS, SHORT_SCALES } from '../common/numbers.ts';

/** Month names and abbreviations -> month number. */
export const MONTHS = monthWords(['en']);

/** Month abbreviations that are also ordinary words: they count only when capitalised and next to a day number. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'sept']);

const title = (w: string) => w[0].toUpperCase() + w.slice(1);
export const MONTH_NAMES = ['', ...monthNames('en').map(title)];

/** Weekday names -> day number (0 is Sunday). */
export const WEEKDAYS = weekdayWords(['en']);

export const WEEKDAY_NAMES = weekdayNames('en').map(title);

/** Number words that are figures here: not "zero" and "one" (mostly pronouns: "one of them"); "dozens" is a dozen. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[...SHARED_NUMBER_WORDS].filter(([w]) => w !== 'zero' && w !== 'one'),
  ['hundred', 100],
  ['dozens', 12],
]);

/** Scale words after a number ("4.5 million"), written apart from it. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([...SHARED_SCALE_WORDS].filter(([w]) => w !== 'hundred' && !SHORT_SCALES.has(w)));

/** Capitalised words that are not names of things: titles, pronouns, discourse words often capitalised mid-sentence. */
export const NOT_NAMES = new Set([
  'i', 'mr', 'mrs', 'ms', 'dr', 'sir', 'st', 'the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'for', 'to', 'but', 'or',
  'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those',
  'ap', 'reuters', 'afp', 'cnn', 'bbc', 'update', 'breaking', 'news', 'photo', 'video', 'read', 'more', 'tv',
  'today', 'yesterday', 'tomorrow', 'am', 'pm', 'gmt', 'utc', 'est', 'pst', 'edt', 'pdt',
]);

/** Words before an item's lead subject that are not it: determiners ("The Chubb Corp", "A unit of"). */
export const LEAD_SKIP = new Set(['the', 'a', 'an']);

/** Lower-case words inside an organisation's name ("Merrill Lynch and Co", "Bank of New England Corp"). */
export const LEAD_CONNECTORS = new Set(['and', 'of', 'de', 'du', 'der', 'und']);

/** Words an item's opening name run is read over at most. */
export const LEAD_RUN = 8;

/** Words that make a name an organisation's: legal forms and the heads of company names. */
export const ORGANISATION_WORDS = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'co', 'cos', 'company', 'companies', 'ltd', 'limited', 'llc', 'plc',
  'ag', 'nv', 'bv', 'sa', 'spa', 'gmbh', 'kk', 'ab', 'asa', 'oy', 'bhd', 'pty', 'lp',
  'bancorp', 'bancorporation', 'group', 'holdings', 'industries', 'fund', 'trust',
]);
