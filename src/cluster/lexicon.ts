// Word tables the cheap event features read: months, weekdays, number words, relative-day words.
// Kept as data so another language is a table, not a branch.
import { monthAbbreviations, monthNames, monthWords, weekdayNames, weekdayWords } from '../common/calendar.ts';
import { NUMBER_WORDS as SHARED_NUMBER_WORDS, SCALE_WORDS as SHARED_SCALE_WORDS, SHORT_SCALES } from '../common/numbers.ts';

/** Month names and abbreviations -> month number. */
export const MONTHS = monthWords(['en']);

/** Month abbreviations that are also ordinary words: they count only when capitalised and next to a day number. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'sept']);

/** English month abbreviations ("Mar", "Jan", "Sept"): in another language's prose, with no day beside them and no year
 * after, they are words of that language or first names (Spanish "Mes del Mar", German "Diese Mär", Czech "Jan"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(monthAbbreviations('en').keys());


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

/**
 * Of word tables' keys, the lengths present per ASCII first character (bit n: keys of n characters, bit 31: of 31
 * or more), so a word no key could be is not looked up: readFeatures asked the months, weekdays and number words
 * of every word, and most words are none of them (each look-up of a word folded anew hashed it first).
 */
export function keyShapes(...tables: ReadonlyMap<string, unknown>[]): Uint32Array {
  const shapes = new Uint32Array(128);
  for (const table of tables) {
    for (const key of table.keys()) {
      const c = key.charCodeAt(0);
      if (c < 128) shapes[c] |= 1 << Math.min(key.length, 31);
    }
  }
  return shapes;
}

/** Whether a word of `length` characters may be a key of the tables `shapes` was made of (one opening with a
 * character past ASCII always may). */
export function mayHold(shapes: Uint32Array, word: string, length: number): boolean {
  const c = word.charCodeAt(0);
  return c >= 128 || (shapes[c] & (1 << Math.min(length, 31))) !== 0;
}

/** Scale words after a number ("4.5 million"), written apart from it. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([...SHARED_SCALE_WORDS].filter(([w]) => w !== 'hundred' && !SHORT_SCALES.has(w)));

export const MONTH_SHAPES = keyShapes(MONTHS);
export const WEEKDAY_AND_NUMBER_SHAPES = keyShapes(WEEKDAYS, NUMBER_WORDS);

/** Capitalised words that are not names of things: titles, pronouns, discourse words often capitalised mid-sentence. */
export const NOT_NAMES = new Set([
  'i', 'mr', 'mrs', 'ms', 'dr', 'sir', 'st', 'the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'for', 'to', 'but', 'or',
  'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those',
  'ap', 'reuters', 'afp', 'cnn', 'bbc', 'update', 'breaking', 'news', 'photo', 'video', 'read', 'more', 'tv',
  'today', 'yesterday', 'tomorrow', 'am', 'pm', 'gmt', 'utc', 'est', 'pst', 'edt', 'pdt',
]);

/** Words before an item's lead subject that are not it: determiners ("The Chubb Corp", "A unit of"). */
export const LEAD_SKIP = new Set(['the', 'a', 'an', 'corrected', 'correction']);

/**
 * Names that open an item without being its subject: rating agencies report on other companies ("Standard and
 * Poor's Corp said it upgraded Navistar ...", "S/P UPGRADES GEORGIA-PACIFIC"); as a lead they would make every
 * rating item one company's.
 */
export const NOT_SUBJECTS = new Set(['standard', 'sp', 'moody', 'moodys', 'duff', 'fitch']);

/**
 * Words that open many companies' names ("American Motors", "American Stores", "General Electric", "First Union"):
 * such a lead is told by the word after it too ("americanmotors").
 */
export const GENERIC_FIRST = new Set([
  'american', 'general', 'first', 'international', 'national', 'united', 'new', 'great', 'western', 'eastern', 'northern',
  'southern', 'pacific', 'atlantic', 'federal', 'continental', 'central', 'royal', 'union', 'consolidated', 'allied',
  'associated', 'universal', 'commonwealth', 'state', 'home', 'north', 'south', 'east', 'west', 'midland', 'security',
  'british', 'canadian', 'australian', 'texas', 'computer',
]);

/** Lower-case words inside an organisation's name ("Merrill Lynch and Co", "Bank of New England Corp"). */
export const LEAD_CONNECTORS = new Set(['and', 'of', 'de', 'du', 'der', 'und']);

/** Words an item's opening name run is read over at most. */
export const LEAD_RUN = 8;

/** Words that make a name an organisation's: legal forms and the heads of company names. */
export const ORGANISATION_WORDS = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'co', 'cos', 'company', 'companies', 'ltd', 'limited', 'llc', 'plc',
  'ag', 'nv', 'bv', 'sa', 'spa', 'gmbh', 'kk', 'ab', 'asa', 'oy', 'bhd', 'pty', 'lp',
  'bancorp', 'bancorporation', 'group', 'holdings', 'industries', 'fund', 'trust',
  'bancshares', 'bankshares', ...['bank', 'banque', 'banco', 'banca'],
]);

/**
 * Organisations' heads that are also common nouns of headlines ("COMMONWEALTH BANK OF AUSTRALIA ISSUES ..." but
 * "U.S. BANK DISCOUNT BORROWINGS ..."): in a caseless title one makes a name an organisation's only where the
 * text writes it capitalised after the same word ("Commonwealth Bank"); opening a name ("Bank of England",
 * "Banque Nationale de Paris") the word after it tells the organisation apart, not the head.
 */
export const COMMON_HEADS = new Set(['bank', 'banque', 'banco', 'banca']);

/** Endings of compound organisation heads ("Commerzbank", "Hamburgische Landesbank Girozentrale"). */
export const ORGANISATION_ENDINGS = ['bank'];

/**
 * Words that open the period a wire's flash item reports on: "GM FEBRUARY U.S. CAR OUTPUT", "AMERICAN MOTORS
 * LATE FEBRUARY CAR SALES", "CANADA 4TH QTR GDP", "ROYAL BANK OF CANADA 1ST QTR SHR". In a caseless title the
 * few words before one are the item's subject (a company or a country), whatever they are: a flash has no other
 * text to tell a name from a word. Full month names but May (abbreviations and "MAY" are words), the year's parts
 * after an ordinal, and a month's part before its name.
 */
export const PERIOD_MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
export const PERIOD_PARTS = new Set(['qtr', 'quarter', 'half', 'qtrly']);
export const PERIOD_ORDINALS = new Set(['1st', '2nd', '3rd', '4th', 'first', 'second', 'third', 'fourth']);
export const PERIOD_PREFIXES = new Set(['late', 'early', 'mid']);
/**
 * A title's slots that a series of one template fills differently each time, kept out of the title's terms: a clock
 * time ("MIDWEST GRAIN FUTURES 10:50 EDT", "... 11:00 EDT": one instrument's quotes through a day read as one title).
 */
export const TITLE_SLOTS: readonly RegExp[] = [/^\d{1,2}:\d{2}$/];

/**
 * A country's statistic, read as a flash's period is: in a caseless title the few words before one are the item's
 * subject ("ITALY CONSUMER PRICES RISE", "SOUTH KOREAN TRADE SURPLUS NARROWS", "N.Z. MONEY SUPPLY RISES"): one
 * country's figures are not another's. One word, or two joined by a space.
 */
export const STATISTIC_WORDS = new Set([
  'consumer prices', 'wholesale prices', 'producer prices', 'retail sales', 'industrial production', 'industrial output',
  'trade surplus', 'trade deficit', 'trade balance', 'current account', 'money supply', 'broad money', 'leading indicators',
  'foreign reserves', 'official reserves', 'unemployment', 'jobless', 'inflation', 'gnp', 'gdp', 'm1', 'm2', 'm3',
]);
/** A flash's subject before its period is short and holds no function word ("U.S. HOUSING STARTS FELL IN JANUARY"). */
export const PERIOD_SUBJECT_WORDS = 4;
export const NOT_IN_SUBJECTS = new Set(['in', 'on', 'at', 'to', 'for', 'by', 'from', 'with', 'says', 'said', 'sees', 'see', 'than', 'since', 'after', 'before', 'as']);
