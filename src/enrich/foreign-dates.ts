// Dates with a month name in another language than English, one reader per language made from data (data/date-forms.ts
// and common/calendar.ts's month names): German "am 31. Oktober 2024", French "le 1er octobre", Spanish "el 31 de
// octubre de 2024", Italian "31 ottobre 2024", Portuguese "31 de outubro de 2024", Dutch "31 oktober 2024", a month and
// its year ("Oktober 2024", "octubre de 2024") and a month after a cue ("im Oktober", "en octobre", "a finales de
// octubre"). Run only on a document whose language reading is sure (enrich/index.ts): a wire's quote table the
// detector reads as Dutch keeps its English reading alone.
import { dayExists, isoDay, monthAbbreviations, monthNames, pad, weekdayWords } from '../common/calendar.ts';
import { UPPER_FIRST } from '../common/letters.ts';
import { DATE_FORMS } from './data/date-forms.ts';
import type { DateHit } from './dates.ts';

/** how far ahead of the publication a yearless day may fall and be this year's whatever the sentence's tense; and how
 * far before it last year's may fall (as the English reader reads a day when the sentence does not look forward) */
const DAYS_AHEAD = 60;

interface Reader {
  /** day, month, then perhaps a year */
  dayMonth: RegExp;
  /** month and year */
  monthYear: RegExp;
  /** a cue, then a month alone */
  cued: RegExp;
  /** right after a month alone, words pinning its year: groups last / this / next year */
  yearAfter: RegExp;
  /** right after a month alone, a word telling the last such month or the next: groups past / next */
  directionAfter: RegExp;
  /** a word of the future or of a plan, or a next-word ("próximo", "nächsten", "prochain"): the sentence may look
   * forward, and a yearless day in it is read only when both tenses give it the same year */
  forward: RegExp;
  /** a word telling the last such day, ending the text before a day ("el pasado ") or starting the text after it
   * (" dernier") */
  lastBefore: RegExp;
  lastAfter: RegExp;
  /** after a day: a range or list word, perhaps other days, and a later day with its year ("vom 22. April sowie vom 12.
   * und 30. September 2005"; groups day, month word, year) */
  rangeEnd: RegExp;
  /** ending the text before a day: another day of its month joined by a range or list word or a comma ("11. und ",
   * "26. bis ", "24., "; group: the day) */
  dayBefore: RegExp;
  /** a year standing alone (not after a month word or a since-word: tested on the text before it) */
  bareYear: RegExp;
  yearOfDate: RegExp;
  /** a weekday after a word telling which ("este miércoles", "vergangenen Mittwoch"), and before one ("mercredi
   * dernier"): groups this / last / next word, then the weekday; the weekday, then last / next word */
  weekdayAfter: RegExp;
  weekdayBefore: RegExp;
  /** what every match holds: one of the language's month or weekday words' first three letters */
  needs: RegExp;
  /** a word naming a day by its distance from the day of writing ("gestern", "hier", "ayer"), and the words before
   * (ending the text before it) and after it (starting the text after it) that make it none */
  relativeDay: RegExp;
  relativeNotBefore: RegExp;
  relativeNotAfter: RegExp;
  /** relative day word (lower case) -> days from the day of writing */
  relativeDays: ReadonlyMap<string, number>;
  relativeLowerOnly: ReadonlySet<string>;
  /** a weekday ending the text before a day ("domingo 4 de septiembre", "Mittwoch, den 8. November") */
  weekdayBeforeDay: RegExp;
  /** weekday word (lower case) -> day number, 0 is Sunday */
  weekdays: ReadonlyMap<string, number>;
  /** month word (lower case) -> number; full names and abbreviations */
  full: ReadonlyMap<string, number>;
  abbreviations: ReadonlyMap<string, number>;
  /** every month word of the language, lower case */
  words: ReadonlySet<string>;
  notAlone: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  capitalised: boolean;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

function makeReader(language: string): Reader | null {
  const form = DATE_FORMS[language];
  if (!form) return null;
  const names = monthNames(language);
  const full = new Map(names.map((w, i) => [w, i + 1] as const));
  const abbreviations = monthAbbreviations(language);
  const any = alternation([...full.keys(), ...abbreviations.keys()]);
  const fullOnly = alternation(full.keys());
  const toMonth = form.dayToMonth ? `(?:${form.dayToMonth})\\s+` : '';
  const toYear = form.monthToYear ? `(?:(?:${form.monthToYear})\\s+)?` : '';
  const year = '(1\\d{3}|20\\d\\d)(?![\\p{L}\\p{N}])';
  const w = form.weekdays;
  const weekdays = w.names ? new Map(w.names.flatMap((entry, day) => entry.split(' ').map((word) => [word, day] as const))) : weekdayWords([language]);
  const day = `(${alternation(weekdays.keys())})(?![\\p{L}\\p{N}])(?!,?\\s+(?:den\\s+)?\\d)`;
  const before = `(${alternation(weekdays.keys())}),?\\s+(?:(?:den|le|el|il|o)\\s+)?$`;
  const group = (words: string) => (words ? `(${words})` : '((?!))');
  const relative = form.relativeDays;
  // a day of a list or range before its month's day ("12. und " of "vom 12. und 30. September 2005")
  const listed = `\\d{1,2}${form.daySuffix}\\s*(?:,|(?:${form.rangeTo}|${form.dayListTo})(?![\\p{L}\\p{N}]))\\s*(?:(?:el|le|les|il|o|den|dem|am|vom|zum)\\s+)?`;
  const relativeDays = new Map(Object.entries(relative.words));
  return {
    relativeDay: new RegExp(`(?<![\\p{L}\\p{N}'’-])(${alternation(relativeDays.keys())})(?![\\p{L}\\p{N}'’-])`, 'giu'),
    relativeNotBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${relative.notBefore || '(?!)'})\\s*$`, 'iu'),
    relativeNotAfter: new RegExp(`^\\s+(?:${relative.notAfter || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu'),
    relativeDays,
    relativeLowerOnly: new Set(relative.lowerOnly),
    weekdayAfter: new RegExp(`(?<![\\p{L}\\p{N}])(?:${group(w.thisWeek)}|${group(w.last)}|${group(w.next)})\\s+${day}`, 'giu'),
    weekdayBefore: new RegExp(`(?<![\\p{L}\\p{N}])${day}\\s+(?:${group(w.lastAfter)}|${group(w.nextAfter)})(?![\\p{L}\\p{N}])`, 'giu'),
    weekdays,
    weekdayBeforeDay: new RegExp(before, 'iu'),
    dayMonth: new RegExp(
      `(?<![\\p{L}\\p{N}.,])(\\d{1,2})${form.daySuffix}\\s+(?:${toMonth})?(${any})(\\.)?(?![\\p{L}\\p{N}])(?:,?\\s+${toYear}${year})?`,
      'giu',
    ),
    monthYear: new RegExp(`(?<![\\p{L}\\p{N}])(${fullOnly}),?\\s+${toYear}${year}`, 'giu'),
    yearAfter: new RegExp(`^\\s+(?:${group(form.yearAfter.last)}|${group(form.yearAfter.this)}|${group(form.yearAfter.next)})(?![\\p{L}\\p{N}])`, 'iu'),
    directionAfter: new RegExp(`^\\s+(?:${group(form.directionAfter.past)}|${group(form.directionAfter.next)})(?![\\p{L}\\p{N}])`, 'iu'),
    forward: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[form.future, form.nextWords].filter(Boolean).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    lastBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${form.lastBeside.before || '(?!)'})\\s+$`, 'iu'),
    lastAfter: new RegExp(`^,?\\s+(?:${form.lastBeside.after || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu'),
    rangeEnd: new RegExp(
      `^\\s*(?:${form.rangeTo}|${form.dayListTo})\\s*(?:(?:el|le|il|o|den|dem|vom)\\s+)?(?:${listed}){0,4}(\\d{1,2})${form.daySuffix}\\s+(?:${toMonth})?(${any})\\.?,?\\s+${toYear}${year}`,
      'iu',
    ),
    dayBefore: new RegExp(
      `(?<![\\p{L}\\p{N}.,])(\\d{1,2})${form.daySuffix}\\s*(?:,|(?:${form.rangeTo}|${form.dayListTo})(?![\\p{L}\\p{N}]))\\s*(?:(?:el|le|les|il|o|den|dem|am|zum)\\s+)?$`,
      'iu',
    ),
    bareYear: /(?<![\p{L}\p{N}.,/-])(?:19|20)\d\d(?![\p{L}\p{N}]|[.,/-]\d)/gu,
    yearOfDate: new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:${any})\\.?,?\\s+${toYear}|(?<![\\p{L}\\p{N}])(?:${form.since})\\s+)$`, 'iu'),
    cued: new RegExp(`(?<![\\p{L}\\p{N}])(${form.cues})(?:[\\s-]+|(?<=['’]))(${fullOnly})(?![\\p{L}\\p{N}])`, 'giu'),
    needs: new RegExp(
      [...new Set([...full.keys(), ...abbreviations.keys(), ...weekdays.keys(), ...relativeDays.keys()].map((k) => escapeRegex(k.slice(0, 3))))].join('|'),
      'i',
    ),
    full,
    abbreviations,
    words: new Set([...full.keys(), ...abbreviations.keys()]),
    notAlone: new Set(form.notAlone),
    givenNames: new Set(form.givenNames),
    capitalised: form.capitalised,
  };
}

/** readers by language, made at first use (most collections hold few languages) */
const readers = new Map<string, Reader | null>();
function readerOf(language: string): Reader | null {
  let r = readers.get(language);
  if (r === undefined) readers.set(language, (r = makeReader(language)));
  return r;
}

/** Whether a language has a date reader here. */
export const hasDateReader = (language: string): boolean => language in DATE_FORMS;

/** Does a sentence name one of the language's months (the cheap test before the patterns)? */
export function mayHoldForeignDate(text: string, language: string): boolean {
  const r = readerOf(language);
  return r?.needs.test(text) ?? false;
}

/** a capitalised word follows at `at` (sticky: the rest of the text is not copied) */
const CAPITAL_NEXT = /\s+\p{Lu}/uy;
function capitalFollows(text: string, at: number): boolean {
  CAPITAL_NEXT.lastIndex = at;
  return CAPITAL_NEXT.test(text);
}

/** Month words (lower case, every spelling) of a language with a reader: the English reader leaves them to it. */
export function ownMonthWords(language: string): ReadonlySet<string> | null {
  const r = readerOf(language);
  return r === null ? null : r.words;
}

/** A span overlapping no hit taken. */
function free(hits: DateHit[], s: number, e: number): boolean {
  for (let k = 0; k < hits.length; k++) if (s < hits[k].end && e > hits[k].start) return false;
  return true;
}

/** The month word as the language writes it: German months with a capital ("Mai", not "mai"). */
const written = (r: Reader, word: string) => !r.capitalised || UPPER_FIRST.test(word);

const DAY = 86400e3;

/** a yearless day: this year's when it falls up to DAYS_AHEAD after the publication; more than that after it, last
 * year's only when last year's falls within DAYS_AHEAD before the publication or a word beside it says so (`last`: "el
 * pasado 21 de agosto"); before the publication, this year's unless next year's falls within DAYS_AHEAD after it ("tritt
 * am 1. Januar in Kraft" written in December) and no word says it is the last. Undefined (no date) where the year would
 * be a guess by the sentence's tense: a verbless fragment ("bis 28. Juni auf Schloss Elmau" in January), a list of
 * closing days, a past sentence naming a well-known older day. In a sentence that may look forward (`forward`) only a
 * day from the publication's to DAYS_AHEAD after it ("el próximo 4 de septiembre" written in May is not last
 * September). */
function yearlessDay(month: number, day: number, pub: Date | null, forward: boolean, last: boolean): string | null | undefined {
  if (!pub) return null;
  let y = pub.getUTCFullYear();
  const today = Date.UTC(y, pub.getUTCMonth(), pub.getUTCDate());
  const ahead = Date.UTC(y, month - 1, day) - today;
  if (forward && (ahead < 0 || ahead > DAYS_AHEAD * DAY)) return undefined;
  if (ahead > DAYS_AHEAD * DAY) {
    if (!last && today - Date.UTC(y - 1, month - 1, day) > DAYS_AHEAD * DAY) return undefined;
    y -= 1;
  } else if (ahead < 0 && !last && Date.UTC(y + 1, month - 1, day) - today <= DAYS_AHEAD * DAY) return undefined;
  return dayExists(y, month, day) ? `${y}-${pad(month)}-${pad(day)}` : null;
}

/** a year the sentence names alone (not a date's, not a span's start: "seit 1951") other than `year`: a yearless day
 * beside it may be of that year ("die Demonstration am 30. Mai, ... bei der 2018 15 Menschen getötet wurden") */
function namesOtherYear(r: Reader, text: string, year: string): boolean {
  let m: RegExpExecArray | null;
  for (r.bareYear.lastIndex = 0; (m = r.bareYear.exec(text)); ) {
    if (m[0] !== year && !r.yearOfDate.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

/** a yearless day's year: from a later day of its range or list ("vom 8. April bis 15. Mai 2021", "vom 22. April sowie
 * vom 12. und 30. September 2005"), the year before when the later day's month and day come first; null when none follows */
function rangeYear(r: Reader, text: string, end: number, month: number, day: number): number | null {
  const m = r.rangeEnd.exec(text.slice(end, end + 96));
  if (m === null) return null;
  const later = r.full.get(m[2].toLowerCase()) ?? r.abbreviations.get(m[2].toLowerCase());
  if (later === undefined) return null;
  const y = Number(m[3]);
  return month > later || (month === later && day > Number(m[1])) ? y - 1 : y;
}

/** a yearless day its weekday names ("el próximo domingo 4 de septiembre"): of the publication's year, the one before or
 * the one after, the one where it falls on that weekday nearest the publication; null when none does */
function dayOfWeekday(month: number, day: number, weekday: number, pub: Date | null): string | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  let best: number | null = null;
  for (const year of [y, y + 1, y - 1]) {
    if (!dayExists(year, month, day) || new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== weekday) continue;
    if (best === null || Math.abs(Date.UTC(year, month - 1, day) - pub.getTime()) < Math.abs(Date.UTC(best, month - 1, day) - pub.getTime())) best = year;
  }
  return best === null ? null : `${best}-${pad(month)}-${pad(day)}`;
}

/** the last such month up to the publication's ("en juin dernier") or the next one after it ("prochain") */
function lastOrNextMonth(month: number, next: boolean, pub: Date | null): string | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  const current = pub.getUTCMonth() + 1;
  return `${next ? (month <= current ? y + 1 : y) : month <= current ? y : y - 1}-${pad(month)}`;
}

/** a month of the year before, of or after the publication's ("im April des letzten Jahres") */
function pinnedMonth(month: number, shift: number, pub: Date | null): string | null {
  return pub ? `${pub.getUTCFullYear() + shift}-${pad(month)}` : null;
}

/**
 * Dates with a month name of `language` in a sentence (none when the language has no reader), resolved against the
 * publication date as the English reader resolves its own. `undefined` dates are never returned: a yearless date in an
 * undated document is a hit with date null, as enrich/dates.ts gives it.
 */
export function foreignDates(text: string, language: string, pub: Date | null): DateHit[] {
  const r = readerOf(language);
  const hits: DateHit[] = [];
  if (r === null || !r.needs.test(text)) return hits;
  let m: RegExpExecArray | null;
  for (r.dayMonth.lastIndex = 0; (m = r.dayMonth.exec(text)); ) {
    const word = m[2].toLowerCase();
    const day = Number(m[1]);
    const yearWritten = m[4] !== undefined;
    const full = r.full.get(word);
    // an abbreviation only between a day and a year ("31. Okt. 2024"): "vince in 3 set" is a tennis score
    const month = full ?? (yearWritten ? r.abbreviations.get(word) : undefined);
    if (month === undefined || !written(r, m[2]) || day < 1 || day > 31) continue;
    if (yearWritten && !dayExists(Number(m[4]), month, day)) continue;
    // a full month's name and no year: the match ends at the name (not at an abbreviation's full stop, the sentence's)
    const end = yearWritten ? m.index + m[0].length : m.index + m[0].length - (m[3] && full !== undefined ? 1 : 0);
    const named = yearWritten ? null : r.weekdayBeforeDay.exec(text.slice(Math.max(0, m.index - 32), m.index));
    const ranged = yearWritten ? null : rangeYear(r, text, end, month, day);
    const last = !yearWritten && (r.lastBefore.test(text.slice(Math.max(0, m.index - 24), m.index)) || r.lastAfter.test(text.slice(end, end + 24)));
    let date = yearWritten
      ? `${m[4]}-${pad(month)}-${pad(day)}`
      : ranged !== null
        ? dayExists(ranged, month, day)
          ? `${ranged}-${pad(month)}-${pad(day)}`
          : null
        : named
          ? (dayOfWeekday(month, day, r.weekdays.get(named[1].toLowerCase())!, pub) ?? yearlessDay(month, day, pub, r.forward.test(text), last))
          : yearlessDay(month, day, pub, r.forward.test(text), last);
    // a yearless day read by the publication's year in a sentence naming another year alone: it may be that year's
    if (!yearWritten && ranged === null && !named && typeof date === 'string' && namesOtherYear(r, text, date.slice(0, 4))) date = undefined;
    const from = listedFrom(r, text, m.index);
    // (no date: the numbers stay figures, as before this reader)
    if (date === undefined) {
      hits.push({ text: m[0], start: m.index, end: m.index + m[0].length, date: null, leave: true, month, from });
      continue;
    }
    if (!yearWritten && pub && date === null) continue;
    hits.push({ text: text.slice(m.index, end), start: m.index, end, date, month, from });
  }
  for (r.monthYear.lastIndex = 0; (m = r.monthYear.exec(text)); ) {
    const month = r.full.get(m[1].toLowerCase());
    const end = m.index + m[0].length;
    if (month === undefined || !written(r, m[1]) || !free(hits, m.index, end)) continue;
    hits.push({ text: m[0], start: m.index, end, date: `${m[2]}-${pad(month)}` });
  }
  for (r.cued.lastIndex = 0; (m = r.cued.exec(text)); ) {
    const word = m[2].toLowerCase();
    const month = r.full.get(word);
    const end = m.index + m[0].length;
    if (month === undefined || r.notAlone.has(word) || !written(r, m[2]) || !free(hits, m.index, end)) continue;
    if (r.givenNames.has(word) && capitalFollows(text, end)) continue;
    // a month alone is read only when the words after it pin its year: its tense cannot (German "soll" and "werden" are
    // reportative and passive as often as future: "soll ... im April angefangen haben")
    const pinned = r.yearAfter.exec(text.slice(end, end + 40));
    const direction = pinned ? null : r.directionAfter.exec(text.slice(end, end + 20));
    if (!pinned && !direction) {
      hits.push({ text: m[0], start: m.index, end, date: null, leave: true });
      continue;
    }
    const date = pinned ? pinnedMonth(month, pinned[1] ? -1 : pinned[2] ? 0 : 1, pub) : lastOrNextMonth(month, !!direction![2], pub);
    hits.push({ text: m[0], start: m.index, end, date });
  }
  for (r.weekdayAfter.lastIndex = 0; (m = r.weekdayAfter.exec(text)); ) {
    const end = m.index + m[0].length;
    if (!written(r, m[4]) || !free(hits, m.index, end)) continue;
    hits.push({ text: m[0], start: m.index, end, date: weekday(r.weekdays.get(m[4].toLowerCase())!, m[1] ? 'this' : m[2] ? 'last' : 'next', pub) });
  }
  for (r.weekdayBefore.lastIndex = 0; (m = r.weekdayBefore.exec(text)); ) {
    const end = m.index + m[0].length;
    if (!written(r, m[1]) || !free(hits, m.index, end)) continue;
    hits.push({ text: m[0], start: m.index, end, date: weekday(r.weekdays.get(m[1].toLowerCase())!, m[2] ? 'last' : 'next', pub) });
  }
  for (r.relativeDay.lastIndex = 0; (m = r.relativeDay.exec(text)); ) {
    const word = m[1].toLowerCase();
    const end = m.index + m[0].length;
    if (r.relativeLowerOnly.has(word) && m[1] !== word) continue;
    if (r.relativeNotBefore.test(text.slice(Math.max(0, m.index - 24), m.index)) || r.relativeNotAfter.test(text.slice(end, end + 16))) continue;
    if (!free(hits, m.index, end)) continue;
    hits.push({ text: m[0], start: m.index, end, date: pub ? isoDay(new Date(pub.getTime() + r.relativeDays.get(word)! * DAY)) : null, relative: true });
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/** Where the days of a day's month listed before it start ("am 11. und 12. Februar", "vom 26. bis 28. Juni", "24., 25.,
 * 26. Oktober"): the first such day's number, or the day's own start. */
function listedFrom(r: Reader, text: string, start: number): number {
  let from = start;
  for (let m: RegExpExecArray | null; (m = r.dayBefore.exec(text.slice(0, from))); ) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) break;
    from = m.index;
  }
  return from;
}

/** A weekday of the week of writing (weeks from Monday), the last one before the publication or the next one after it,
 * as the English reader resolves "this", "last" and "next Friday". */
function weekday(target: number, which: 'this' | 'last' | 'next', pub: Date | null): string | null {
  if (!pub) return null;
  const today = pub.getUTCDay();
  const shift = which === 'this' ? ((target + 6) % 7) - ((today + 6) % 7) : which === 'last' ? -((today - target + 7) % 7 || 7) : (target - today + 7) % 7 || 7;
  return isoDay(new Date(pub.getTime() + shift * 86400e3));
}
