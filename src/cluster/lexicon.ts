// Word tables the cheap event features read: months, weekdays, number words, relative-day words.
// Kept as data so another language is a table, not a branch.

/** A lookup table that never answers from Object.prototype ("constructor" is not a number word). */
function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

/** Month names and abbreviations -> month number. */
export const MONTHS: ReadonlyMap<string, number> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

/** Month abbreviations that are also ordinary words: they count only when capitalised and next to a day number. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'sept']);

export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Weekday names -> 1 (Monday) .. 7 (Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = table({
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
});

export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Number words written out in news text ("three killed" and "3 dead" are the same figure). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = table({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, dozens: 12,
});

/** Scale words after a number ("4.5 million"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = table({ thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bln: 1e9, trillion: 1e12 });

/** Capitalised words that are not names of things: titles, pronouns, discourse words often capitalised mid-sentence. */
export const NOT_NAMES = new Set([
  'i', 'mr', 'mrs', 'ms', 'dr', 'sir', 'st', 'the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'for', 'to', 'but', 'or',
  'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those',
  'ap', 'reuters', 'afp', 'cnn', 'bbc', 'update', 'breaking', 'news', 'photo', 'video', 'read', 'more', 'tv',
  'today', 'yesterday', 'tomorrow', 'am', 'pm', 'gmt', 'utc', 'est', 'pst', 'edt', 'pdt',
]);
