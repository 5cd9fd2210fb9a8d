// Figures written in digits or in words ("200,000", "two hundred thousand", "10,000 to 15,000"), and years a
// sentence points at ("since 2019", "in three years" said in 2022). Used when enrichment gave no figures, and
// always for year anchors, so that reworded statements of one fact still meet.
import { NUMBER_WORDS, readNumberWords, SCALE_WORDS, SHORT_SCALES } from '../common/numbers.ts';

export interface ParsedNumber {
  value: number;
  high: number | null;
  /** the word after the figure, lower case ("troops"), when it is a word */
  what: string | null;
  text: string;
}

const TOKEN = /[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:,\d{3})*(?:\.\d+)?%?/g;

interface Tok {
  s: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ s: m[0], lower: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  return out;
}

function digitValue(s: string): number | null {
  const clean = s.replace(/%$/, '');
  // "1,234" is thousands; "1,5" is not how English writes decimals, treat as two numbers (rare)
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(clean)) return null;
  const v = Number(clean.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** Read a number starting at token i (digits or words, with scales); returns value and tokens used. */
function readNumber(toks: Tok[], i: number): { value: number; used: number } | null {
  let value = digitValue(toks[i].s);
  let used = 1;
  if (value === null) {
    // word numbers: "two hundred thousand", "twenty-five", "two dozen"; words further apart are two things
    const word = (k: number) =>
      k < toks.length && /^[a-z]/.test(toks[k].lower) && (k === i || toks[k].start - toks[k - 1].end <= 2) ? toks[k].lower : undefined;
    const words = readNumberWords(word, i);
    if (!words) return null;
    ({ value, used } = words);
  }
  // scale words after: "1.5 million", "200 thousand", "5bn" (a short scale only glued to the number)
  while (i + used < toks.length) {
    const next = toks[i + used];
    const gap = next.start - toks[i + used - 1].end;
    const scale = SCALE_WORDS.get(next.lower);
    if (gap > 2 || scale === undefined || (SHORT_SCALES.has(next.lower) && gap > 0)) break;
    value *= scale;
    used++;
  }
  return { value, used };
}

const RANGE_WORDS = new Set(['to', 'and', '-', 'or']);

/** All figures of a sentence, ranges joined ("10,000 to 15,000" is one figure). */
export function parseNumbers(text: string): ParsedNumber[] {
  const toks = tokens(text.replace(/[–—]/g, ' - '));
  const out: ParsedNumber[] = [];
  for (let i = 0; i < toks.length; ) {
    const n = readNumber(toks, i);
    if (!n) {
      i++;
      continue;
    }
    let j = i + n.used;
    let high: number | null = null;
    if (j + 1 < toks.length && RANGE_WORDS.has(toks[j].lower)) {
      const h = readNumber(toks, j + 1);
      if (h && h.value > n.value) {
        high = h.value;
        j = j + 1 + h.used;
      }
    }
    const after = toks[j];
    const what = after && /^[a-z]/.test(after.lower) && !NUMBER_WORDS.has(after.lower) ? after.lower : null;
    out.push({ value: n.value, high, what, text: text.slice(toks[i].start, toks[j - 1].end) });
    i = j;
  }
  return out;
}

/** A year of this century or the last: what an absolute anchor ("since 2019") needs. */
const YEAR_DIGITS = /(?:19|20)\d\d/;

/** "year" in any case (what the lower-cased sentence's "year" comes from) */
const YEAR_WORD = /year/i;
const FIRST_WORD = /first/i;
/** no year: one list for every sentence without any (never changed) */
const NO_YEARS: readonly number[] = [];

/** an absolute anchor ("since 2019", "in 2020"), in the lower-cased sentence */
const ANCHOR_YEAR = /\b(since|in|from|until|before|after)\s+((?:19|20)\d\d)\b/g;
/** years counted ("in three years", "for the past 5 years", "three years ago"), in the lower-cased sentence */
const YEARS_COUNTED = /\b(?:in|for)\s+(?:the\s+(?:past|last)\s+)?([a-z]+|\d+)\s+years?\b|\b([a-z]+|\d+)\s+years?\s+ago\b/g;
const ALL_DIGITS = /^\d+$/;

/** Years a sentence points at: "since 2019", "in 2020", "in three years" / "three years ago" (counted back from `year`). */
export function yearAnchors(text: string, year: number | null): readonly number[] {
  // each pattern only where what it needs is in the sentence (most have neither): the answer is the same, and
  // a sentence with neither is not lower-cased
  const digits = YEAR_DIGITS.test(text);
  if (!digits && (year === null || !YEAR_WORD.test(text))) return NO_YEARS;
  const out = new Set<number>();
  const lower = text.toLowerCase();
  // (the module's patterns walked by exec from the start: matchAll copies its pattern at every call)
  if (digits) {
    ANCHOR_YEAR.lastIndex = 0;
    for (let m = ANCHOR_YEAR.exec(lower); m !== null; m = ANCHOR_YEAR.exec(lower)) out.add(Number(m[2]));
  }
  if (year !== null && lower.includes('year')) {
    YEARS_COUNTED.lastIndex = 0;
    for (let m = YEARS_COUNTED.exec(lower); m !== null; m = YEARS_COUNTED.exec(lower)) {
      const word = m[1] ?? m[2];
      const n = ALL_DIGITS.test(word) ? Number(word) : NUMBER_WORDS.get(word);
      if (n && n > 0 && n < 100) out.add(year - n);
    }
  }
  // (one year or none: no copy to sort)
  return out.size === 0 ? NO_YEARS : out.size === 1 ? [...out] : [...out].sort((a, b) => a - b);
}

const MILESTONE = /\bfirst\b[^.;:!?]{0,60}?\b(?:since\s+((?:19|20)\d\d)|in\s+(?:the\s+(?:past|last)\s+)?(?:([a-z]+|\d+)\s+years?))\b/g;

/**
 * Years a record statement counts from: "his first to Minsk since 2019" and "his first visit in three years"
 * (said in 2022) both point at 2019. Such statements are rare and telling, so they get their own key.
 */
export function milestoneYears(text: string, year: number | null): readonly number[] {
  // (a record statement says "first": most sentences do not, and are not lower-cased)
  if (!FIRST_WORD.test(text)) return NO_YEARS;
  const out = new Set<number>();
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(MILESTONE)) {
    if (m[1]) out.add(Number(m[1]));
    else if (year !== null) {
      const n = /^\d+$/.test(m[2]) ? Number(m[2]) : NUMBER_WORDS.get(m[2]);
      if (n && n > 0 && n < 100) out.add(year - n);
    }
  }
  return [...out].sort((a, b) => a - b);
}
