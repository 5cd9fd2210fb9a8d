// Calendar words of the languages crosscheck reads: month and weekday names with their other spellings and
// abbreviations. One table per language; each reader picks the languages it trusts (an English-only reader
// must not take French "mars" for March). Lookups are Maps: "constructor" is never a month.

/** Twelve entries per language, January first: the full name, then other spellings and abbreviations. */
const MONTH_WORDS: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null), {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec'],
  de: ['januar jänner jän', 'februar febr', 'märz maerz marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober okt', 'november', 'dezember dez'],
  fr: ['janvier janv', 'février févr fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre decembre'],
  es: ['enero ene', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto ago', 'septiembre', 'octubre', 'noviembre', 'diciembre dic'],
  it: ['gennaio genn gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto', 'settembre sett', 'ottobre ott', 'novembre', 'dicembre dic'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro set', 'outubro out', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ru: ['января январь', 'февраля февраль', 'марта март', 'апреля апрель', 'мая май', 'июня июнь', 'июля июль', 'августа август', 'сентября сентябрь', 'октября октябрь', 'ноября ноябрь', 'декабря декабрь'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
});

/**
 * Seven entries per language in one numbering, that of `Date.getUTCDay()`: 0 is Sunday, 6 Saturday.
 * The full name first, then abbreviations.
 */
const WEEKDAY_WORDS: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null), {
  en: ['sunday sun', 'monday mon', 'tuesday tue tues', 'wednesday wed', 'thursday thu thurs', 'friday fri', 'saturday sat'],
  de: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
});

/** Every language with month names. */
export const CALENDAR_LANGUAGES: readonly string[] = Object.keys(MONTH_WORDS);

function lookup(tables: Readonly<Record<string, readonly string[]>>, languages: readonly string[], base: number): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const language of languages) {
    const entries = tables[language];
    if (!entries) throw new Error(`no calendar words for language ${language}`);
    entries.forEach((entry, i) => {
      for (const word of entry.split(' ')) if (!out.has(word)) out.set(word, i + base);
    });
  }
  return out;
}

/** Month words of these languages (lower case, every spelling) -> month number, 1 (January) to 12. */
export function monthWords(languages: readonly string[]): ReadonlyMap<string, number> {
  return lookup(MONTH_WORDS, languages, 1);
}

/** Full month names of a language, lower case, January first. */
export function monthNames(language: string): string[] {
  return MONTH_WORDS[language].map((entry) => entry.split(' ')[0]);
}

/** Month abbreviations and other spellings of a language (not the full names) -> month number. */
export function monthAbbreviations(language: string): ReadonlyMap<string, number> {
  const full = new Set(monthNames(language));
  return new Map([...monthWords([language])].filter(([word]) => !full.has(word)));
}

/** Weekday words of these languages (lower case, every spelling) -> day number, 0 (Sunday) to 6 (Saturday). */
export function weekdayWords(languages: readonly string[]): ReadonlyMap<string, number> {
  return lookup(WEEKDAY_WORDS, languages, 0);
}

/** Full weekday names of a language, lower case, indexed by day number (0 is Sunday). */
export function weekdayNames(language: string): string[] {
  return WEEKDAY_WORDS[language].map((entry) => entry.split(' ')[0]);
}

/** Every weekday word of every language with weekday names. */
export function allWeekdayWords(): string[] {
  return [...weekdayWords(Object.keys(WEEKDAY_WORDS)).keys()];
}

/** Two digits: 3 -> "03" (months, days, hours in ISO dates). */
export const pad = (n: number): string => String(n).padStart(2, '0');

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a day exists in the Gregorian calendar (month 1-12, day within its month: no 2022-02-30, no 0000-00-00). */
export function dayExists(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= MONTH_DAYS[month - 1] + (month === 2 && leap ? 1 : 0);
}

/** ISO day of a UTC date: "2022-12-19". */
export const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
