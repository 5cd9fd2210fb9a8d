// Figures in a sentence: counts with what they count, ranges, percentages, money, distances and
// other measures, years and dates. "200,000 fresh troops", "two hundred thousand new fighters" and
// "10,000 to fifteen,000 troops" all come out as numbers with "troops".
import type { Figure } from '../model.ts';
import { tokenize, type Token } from './tokens.ts';
import { findDates, type DateHit } from './dates.ts';
import { foreignDates, mayHoldForeignDate } from './foreign-dates.ts';
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_COUNTRIES,
  DOLLAR_WORDS,
  UNITS,
  QUALIFIERS,
  NOT_COUNTED,
  FRACTIONS,
  CHANGE_TO_LEVEL,
  FRACTION_MOVES,
  LEVEL_MOVES,
  FRACTION_NOUNS,
  HYPHENED_MEASURES,
} from './data/quantities.ts';
import { mayOpenNumberWords, opensNumberWords, readNumberWords, SCALE_WORDS, SHORT_SCALES } from '../common/numbers.ts';
import { isDemonym } from './names.ts';
import { UPPER_FIRST } from '../common/letters.ts';

const NOT_COUNTED_SET = new Set(NOT_COUNTED);
const FRACTION_NOUN_SET = new Set(FRACTION_NOUNS);
const RANGE_WORDS = new Set(['to', '-', '–', '—', 'and']);
/** The first words of the dollar countries' names: most figures are followed by none of them. */
const DOLLAR_FIRST_WORDS = new Set(Object.keys(DOLLAR_COUNTRIES).map((name) => name.split(' ')[0]));

// (the patterns live at module level: a literal in a function is a new RegExp object each time it is reached, and
// readNumber, countedNoun and findFigures reach theirs for every number)
const DIGITS = /^\d+$/;
/** the words glued after a number that leave it a figure ("5pct", "1st", "10km", "$2bn") */
const GLUED_AFTER_NUMBER = /^(pct|st|nd|rd|th|s|km|kg|m|bn|mn)$/i;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const COMMAS = /,/g;
const ONE_OR_ZERO = /^(one|zero)$/i;
/** ",000" spun after a number word ("fifteen,000") */
const THOUSANDS_GLUED = /^000(,000)*$/;
const QUOTE_MARK = /["“”'‘’]/;
const ADVERB_ENDING = /ly$/;
const PARTICIPLE_ENDING = /(ed|ing)$/;
const PLURAL_ENDING = /[^s]s$/;
const PLURAL_NOUN_ENDING = /(men|people|children|police|staff|personnel|cattle)$/;
/** "No. 1", "number one": a rank */
const RANK_WORD = /^no\.?$|^number$/i;
const BETWEEN_BEFORE = /between\s+$/i;
const YEAR = /^(1[89]|20)\d\d$/;

interface Num {
  value: number;
  /** token index after the number */
  next: number;
  start: number;
  end: number;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** "a/b" written by three glued tokens from `k`, when it is a fraction of FRACTIONS. */
function fractionAt(tokens: Token[], k: number): number | null {
  const a = tokens[k];
  const slash = tokens[k + 1];
  const b = tokens[k + 2];
  if (a?.kind !== 'number' || slash?.text !== '/' || b?.kind !== 'number' || slash.start !== a.end || b.start !== slash.end) return null;
  return FRACTIONS[`${a.text}/${b.text}`] ?? null;
}

/**
 * A whole number and a fraction from the number token at `i` ("7-1/2", "4 1/2"), or a glyph-lost "½" glued to
 * it ("41/2 months": the last digit and the fraction, only before a span or a measure, as "11/2 was" is a date): the value
 * and the index after it, or null.
 */
const isMeasure = (t: Token | undefined) => !!t && (FRACTION_NOUN_SET.has(t.text.toLowerCase()) || t.text.toLowerCase() in UNITS);

function mixedNumber(tokens: Token[], i: number): [number, number] | null {
  const t = tokens[i];
  if (!DIGITS.test(t.text)) return null;
  // a fraction alone, before a measure or after a move ("pays 5/8 pct", "down 1/8"): not two numbers
  const alone = fractionAt(tokens, i);
  if (alone !== null && (isMeasure(tokens[i + 3]) || FRACTION_MOVES.has(lower(tokens[i - 1])))) return [alone, i + 3];
  const sep = tokens[i + 1];
  const k = sep?.text === '-' && sep.start === t.end ? i + 2 : i + 1;
  if (k === i + 1 && sep?.kind === 'number' && sep.start > t.end) {
    const f = fractionAt(tokens, k);
    if (f !== null) return [Number(t.text) + f, k + 3];
  }
  if (k === i + 2) {
    const f = fractionAt(tokens, k);
    if (f !== null) return [Number(t.text) + f, k + 3];
  }
  if (t.text.length >= 2 && tokens[i + 1]?.text === '/' && isMeasure(tokens[i + 3])) {
    const glued = { ...t, text: t.text.slice(-1) };
    const f = fractionAt([glued, tokens[i + 1], tokens[i + 2]], 0);
    if (f !== null) return [Number(t.text.slice(0, -1)) + f, i + 3];
  }
  return null;
}

/** Is the hyphen at `h` glued to a measure word before it ("magnitude-6.4")? */
function hyphenedMeasure(tokens: Token[], h: number): boolean {
  const w = tokens[h - 1];
  return !!w && w.end === tokens[h].start && w.kind === 'word' && HYPHENED_MEASURES.has(w.text.toLowerCase());
}

const twelveDigits = (value: number) => (Number.isInteger(value) && Math.abs(value) < 1e12 ? value : Number(value.toPrecision(12)));

/**
 * The number words from `i` ("two hundred thousand"), read in lower case. (A function of its own: the reader's
 * closure over `tokens` inside readNumber made V8 allocate readNumber's context on every call, for every word it is
 * asked of, though nearly none opens a number.)
 */
function numberWordsAt(tokens: Token[], i: number): { value: number; used: number } | null {
  return readNumberWords((k) => (tokens[k]?.kind === 'word' ? tokens[k].text.toLowerCase() : undefined), i);
}

/** A number written in digits, words or both, with its scale: "200,000", "two hundred thousand", "fifteen,000", "5.93 mln". */
export function readNumber(tokens: Token[], i: number): Num | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number | null = null;
  let j = i;
  if (t.kind === 'number') {
    // glued to letters or a hyphen before ("COVID-19", "Su-35", "Tk505cr") is a code, not a figure
    const prev = tokens[i - 1];
    if (prev && prev.end === t.start && (prev.kind === 'word' || (prev.text === '-' && !hyphenedMeasure(tokens, i - 1)))) return null;
    const next = tokens[i + 1];
    if (next && next.start === t.end && next.kind === 'word' && !SHORT_SCALES.has(next.text.toLowerCase()) && !GLUED_AFTER_NUMBER.test(next.text)) return null;
    if (THOUSANDS.test(t.text)) value = parseFloat(t.text.replace(COMMAS, ''));
    else if (DECIMAL.test(t.text)) value = parseFloat(t.text);
    else if (DECIMAL_COMMA.test(t.text)) value = parseFloat(t.text.replace(',', '.'));
    else return null;
    j = i + 1;
    const mixed = mixedNumber(tokens, i);
    if (mixed) [value, j] = mixed;
  } else if (t.kind === 'word') {
    // "two hundred thousand", "forty-five", "two-dozen", "fifteen,000"; most words open none (asked first:
    // the reader below is a closure and a look-ahead per word)
    if (!mayOpenNumberWords(t.text) || !opensNumberWords(t.text.toLowerCase())) return null;
    const words = numberWordsAt(tokens, i);
    if (!words) return null;
    j = i + words.used;
    // "one" alone is too often a pronoun ("one of the few officials")
    if (j === i + 1 && ONE_OR_ZERO.test(t.text)) return null;
    value = words.value;
    // spun "fifteen,000": a number word glued to ",000"
    const glued = tokens[j];
    if (
      glued &&
      glued.kind === 'punct' &&
      glued.text === ',' &&
      glued.start === tokens[j - 1].end &&
      tokens[j + 1]?.kind === 'number' &&
      THOUSANDS_GLUED.test(tokens[j + 1].text) &&
      tokens[j + 1].start === glued.end
    ) {
      value *= 10 ** tokens[j + 1].text.replace(COMMAS, '').length;
      j += 2;
    }
  } else return null;
  // scale word after: "5.93 mln", "1.5 billion", "$2bn" (glued short scales only)
  const s = tokens[j];
  if (s && s.kind === 'word') {
    const w = s.text.toLowerCase();
    const scale = SCALE_WORDS.get(w);
    if (scale !== undefined && (!SHORT_SCALES.has(w) || s.start === tokens[j - 1].end)) {
      value = value! * scale;
      j++;
    }
  }
  // 67.1 * 1e6 is 67099999.99999999 in floating point: keep twelve significant digits (a whole number under 1e12 has
  // no more, so it is kept as it is without the round trip through a string)
  return { value: twelveDigits(value!), next: j, start: t.start, end: tokens[j - 1].end };
}

/** The noun a count counts: up to three words, adjectives and demonyms skipped, stopped by function words. */
function countedNoun(tokens: Token[], j: number): { what: string | null; end: number } {
  let what: string | null = null;
  let end = j;
  for (let k = j, n = 0; k < tokens.length && n < 4; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && QUOTE_MARK.test(t.text)) continue;
    if (t.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (NOT_COUNTED_SET.has(w)) break;
    if (UPPER_FIRST.test(t.text) && !isDemonym(t.text)) break;
    n++;
    // adverbs ("newly", "hardly") and participles ("mobilized") may stand in the phrase but are not what is counted
    if (ADVERB_ENDING.test(w)) continue;
    if (!isDemonym(t.text) && !PARTICIPLE_ENDING.test(w)) {
      what = w;
      end = k + 1;
    }
    // a noun phrase ends at its first plural noun ("troops", "kilometers")
    if (PLURAL_ENDING.test(w) || PLURAL_NOUN_ENDING.test(w)) break;
  }
  return { what, end };
}

/** "Australian dlrs", "New Zealand dollars" at `j`: the country's dollar and the token after it, or null. */
export function countryDollar(tokens: Token[], j: number): { currency: string; end: number } | null {
  // a token has no space in it, so a country's name of one or two words opens with the token's lower case
  const opening = tokens[j];
  if (opening?.kind !== 'word' || !DOLLAR_FIRST_WORDS.has(opening.text.toLowerCase())) return null;
  for (const n of [1, 2]) {
    const words = tokens.slice(j, j + n);
    const unit = tokens[j + n];
    if (words.length < n || !unit || words.some((t) => t.kind !== 'word')) continue;
    const country = DOLLAR_COUNTRIES[words.map((t) => t.text.toLowerCase()).join(' ')];
    const part = DOLLAR_WORDS[unit.text.toLowerCase()];
    if (country && part !== undefined) return { currency: `${country}${part}`, end: j + n + 1 };
  }
  return null;
}

/** each qualifier and the space after it */
const QUALIFIER_ENDINGS = QUALIFIERS.map((q) => `${q} `);
/** the ASCII codes a qualifier's last letter may be written with, either case (a number after a word ending otherwise,
 * "of 15", "in 1987", is told without the lower-cased copy of the text before it) */
const QUALIFIER_LAST = new Uint8Array(128);
for (const q of QUALIFIERS) {
  QUALIFIER_LAST[q.charCodeAt(q.length - 1)] = 1;
  QUALIFIER_LAST[q.toUpperCase().charCodeAt(q.length - 1)] = 1;
}

function qualifierBefore(text: string, start: number): number {
  // (each ends in a space: a number with none before it has no qualifier)
  if (text.charCodeAt(start - 1) !== 32) return start;
  // (ASCII's lower case is ASCII, one for one: past ASCII the letter is lower-cased as before)
  const last = text.charCodeAt(start - 2);
  if (last < 128 && QUALIFIER_LAST[last] === 0) return start;
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  // (indexed: for-of made an iterator and a result record per step, asked of every number)
  for (let k = 0; k < QUALIFIER_ENDINGS.length; k++) if (before.endsWith(QUALIFIER_ENDINGS[k])) return start - QUALIFIER_ENDINGS[k].length;
  return start;
}

// Could the sentence hold a figure at all? Was `[A-Z][a-z]+day\b`, which under /i tries every letter of a long run
// of letters and scans to its end (quadratic); `[a-z]{2}day\b` holds exactly when it does (the two letters before
// 'day' are there whenever the old one matched, and [A-Z] and [a-z] are the same letters under /i), in one pass.
const MAY_HOLD_FIGURE =
  /[\d]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|today|yesterday|tomorrow|week|month|year|day)\b|[a-z]{2}day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

/** Is `pos` inside one of the dates (a loop, not `some` with a closure made per token)? */
function inDate(dates: DateHit[], pos: number): boolean {
  for (let k = 0; k < dates.length; k++) if (pos >= dates[k].start && pos < dates[k].end) return true;
  return false;
}

/** A number read in findFigures, and where its figure goes. */
interface Reading {
  out: Figure[];
  text: string;
  tokens: Token[];
  /** where the figure's text starts (its qualifier, currency or number) */
  qStart: number;
  endOfNumber: number;
  value: number;
  high: number | null;
  document: string;
  sentence: number;
  /** the month whose day the number is, in a date of another language's reader (DateHit.month) */
  month: number | undefined;
}

/** The figure of a reading, its text up to the end of the token before `endTok`. (A function of its own, not a closure
 * made per number: under tsx every named closure made in a call is given its name, about 1 µs.) */
function make(r: Reading, kind: Figure['kind'], unit: string | null, what: string | null, endTok: number): void {
  const end = r.tokens[endTok - 1]?.end ?? r.endOfNumber;
  const text = r.text.slice(r.qStart, end);
  // (two literals, the fields in one order, not a spread: a range has its high value after its value)
  r.out.push(
    r.high !== null
      ? { kind: kind === 'count' ? 'range' : kind, text, value: r.value, high: r.high, unit, what, document: r.document, sentence: r.sentence }
      : { kind, text, value: r.value, unit, what, document: r.document, sentence: r.sentence },
  );
  if (r.month !== undefined) r.out[r.out.length - 1].month = r.month;
}

/** The month whose day a number at `at` is: a language reader's day and month holding it, or listing it before the
 * month's day ("am 11. und 12. Februar"). */
function dayMonth(hits: DateHit[], at: number): number | undefined {
  for (const h of hits) if (h.month !== undefined && h.from! <= at && at < h.end) return h.month;
  return undefined;
}

/** Figures of one sentence. */
const SLASH = /\//;

/**
 * Is "X to Y" after a word of a move a change and the level it reached ("rose 1/2 to 11-1/2 dlrs", "was up 2-1/2 to
 * 34", "the rig count was up 14 to 164"), not a range: a wire fraction in either, or the level far above the change
 * (CHANGE_TO_LEVEL)? "down 29.9 to 36.3 pct from last year's" stays a range of the change.
 */
function changeToLevel(text: string, tokens: Token[], i: number, n: Num, n2: Num): boolean {
  if (!LEVEL_MOVES.has(lower(tokens[i - 1])) || lower(tokens[n.next]) !== 'to') return false;
  return SLASH.test(text.slice(n.start, n.end)) || SLASH.test(text.slice(n2.start, n2.end)) || n2.value >= CHANGE_TO_LEVEL.ratio * n.value;
}

/** Figures of one sentence; `dateLanguage`: the language whose date reader reads it too (findDates), or null. */
export function findFigures(
  text: string,
  document: string,
  sentence: number,
  published: Date | null,
  tokenized?: Token[],
  english = true,
  dateLanguage: string | null = null,
): Figure[] {
  const out: Figure[] = [];
  if (!MAY_HOLD_FIGURE.test(text) && (dateLanguage === null || !mayHoldForeignDate(text, dateLanguage))) return out;
  const foreign = dateLanguage === null ? null : foreignDates(text, dateLanguage, published);
  const dates: DateHit[] = findDates(text, published, english, dateLanguage, foreign);
  // a date of the language's reader keeps its numbers as figures, as they were before it read dates: the claim aligner
  // meets two sentences of that language on them ("über den 31. Oktober hinaus", "des für 31. Oktober geplanten")
  const numbered = foreign === null || foreign.length === 0 ? dates : dates.filter((d) => !foreign.includes(d));
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    if (d.relative) out.push({ kind: 'date', text: d.text, value: null, unit: null, date: d.date, relative: true, document, sentence });
    else out.push({ kind: 'date', text: d.text, value: null, unit: null, date: d.date, document, sentence });
  }
  const tokens = tokenized ?? tokenize(text);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (inDate(numbered, t.start) || (t.kind !== 'number' && t.kind !== 'word')) {
      i++;
      continue;
    }
    const n = readNumber(tokens, i);
    if (!n) {
      i++;
      continue;
    }
    let j = n.next;
    let start = n.start;
    let high: number | null = null;
    // "No. 1", "number one": a rank, not a figure
    if (RANK_WORD.test(lower(tokens[i - 1]))) {
      i = j;
      continue;
    }
    // currency before: "$5 billion", "US$2", "Tk505cr" was refused above
    let currency: string | null = null;
    const prev = tokens[i - 1];
    // (glued first: most numbers have a space before them, and no look-up is made for those)
    if (prev && prev.end === t.start && prev.text.toLowerCase() in CURRENCY_SYMBOLS) {
      currency = CURRENCY_SYMBOLS[prev.text.toLowerCase()];
      start = prev.start;
    }
    // range: "10,000 to 15,000", "between 5 and 6", "340 to 350 cruzados"
    const mid = tokens[j];
    if (mid && RANGE_WORDS.has(lower(mid)) && (lower(mid) !== 'and' || BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 9), start)))) {
      let k = j + 1;
      if (tokens[k] && tokens[k].text in CURRENCY_SYMBOLS) k++;
      const n2 = readNumber(tokens, k);
      if (n2 && n2.value > n.value && !changeToLevel(text, tokens, i, n, n2)) {
        high = n2.value;
        j = n2.next;
      }
    }
    const endOfNumber = tokens[j - 1].end;
    const next = tokens[j];
    const w = lower(next);
    // "per cent" (no token holds a space: the two words told apart, no joined copy made per number)
    const perCent = w === 'per' && lower(tokens[j + 1]) === 'cent';
    const qStart = qualifierBefore(text, start);
    // (a day's number: the year written after its month is a year)
    const month = foreign === null || foreign.length === 0 || n.value > 31 ? undefined : dayMonth(foreign, t.start);
    const read: Reading = { out, text, tokens, qStart, endOfNumber, value: n.value, high, document, sentence, month };
    if (next && (next.text === '%' || w === 'pct' || w === 'percent' || perCent)) {
      make(read, 'percent', '%', null, j + (perCent ? 2 : 1));
      i = j + 1;
      continue;
    }
    if (currency) {
      make(read, 'money', currency, null, j);
      i = j;
      continue;
    }
    const dollar = countryDollar(tokens, j);
    if (dollar) {
      make(read, 'money', dollar.currency, null, dollar.end);
      i = dollar.end;
      continue;
    }
    if (w in CURRENCY_WORDS) {
      make(read, 'money', CURRENCY_WORDS[w], null, j + 1);
      i = j + 1;
      continue;
    }
    if (w in UNITS) {
      const [unit, kind] = UNITS[w];
      make(read, kind, unit, null, j + 1);
      i = j + 1;
      continue;
    }
    // a bare four-digit year: "in 2020", "since 2019", "winter 2023"
    if (t.kind === 'number' && YEAR.test(t.text) && high === null && (next?.kind !== 'word' || NOT_COUNTED_SET.has(w) || UPPER_FIRST.test(next.text))) {
      out.push({ kind: 'date', text: t.text, value: n.value, unit: 'year', date: t.text, document, sentence });
      i = j;
      continue;
    }
    const counted = countedNoun(tokens, j);
    make(read, counted.what ? 'count' : high !== null ? 'range' : 'other', null, counted.what, counted.what ? counted.end : j);
    i = Math.max(j, counted.end);
  }
  return out;
}
