// The shape of one line: the surface signals a line classifier reads (length, words, sentence shape,
// function-word density, title case, digits, punctuation).
import { isFunctionWord } from '../../common/function-words.ts';
import { lowerCase } from '../../common/normalize.ts';

export interface LineShape {
  text: string;
  words: string[];
  /** the words in lower case, trailing dots and apostrophes removed */
  lower: string[];
  chars: number;
  /** ends with . ! ? … (closing quotes and brackets allowed after it) */
  terminal: boolean;
  /** share of words that are function words of the article's language */
  fwDensity: number;
  /** share of longer words (4+ letters) that start with a capital */
  titleCase: number;
  /** share of characters that are neither letters, digits nor spaces */
  punctDensity: number;
  hasDigit: boolean;
  /** words that are numbers ("291.8", "2,986,000", "1987") */
  numbers: number;
  /** 2-20 words, no final full stop, starts with a capital, a digit or a quote */
  headline: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** a sentence end; closing quotes may stand after a space in tokenised text ('... girl. "') */
const TERMINAL = /[.!?…。](?:\s?["'”’»)\]])*\s*$/u;
/** a line ending like this leads into what follows (a quote, a list): not a headline */
/** a sentence followed by its source in brackets ("... north of Detroit. (CNN News Article)") */
const TERMINAL_CITED = /[.!?…]["'”’»]?\s*\([^()]{1,60}\)\s*$/u;
/** a sentence end inside the line: headlines are one phrase */
const INNER_END = /\p{Ll}{2}[.!?]["'”’»]?\s+["“(]?\p{Lu}/u;
export const LEAD_IN = /[,;:–—-]["'”’»]?\s*$/u;
const STARTS_CAPITAL = /^["'“‘«(]?[\p{Lu}\p{N}]/u;

const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Word tokens: letters and digits, with inner apostrophes, dots and hyphens ("Putin's", "U.S.", "ex-Soviet"). */
export function wordsOf(text: string): string[] {
  return scanWords(text, null);
}

/** A line's words (wordsOf), their lower case (as `lowerCase` gives each) put in `lowered`, made in one scan. */
export function wordsAndLowered(text: string, lowered: string[]): string[] {
  return scanWords(text, lowered);
}

/** A line's words (wordsOf) in lower case, as they are written otherwise. */
export function lowerWordsOf(text: string): string[] {
  const lowered: string[] = [];
  scanWords(text, lowered);
  return lowered;
}

/** wordsOf, and with `lowered` the words in lower case too: a word the scan met no capital in is its own lower case. */
function scanWords(text: string, lowered: string[] | null): string[] {
  // a hand-written scan for ASCII lines (most lines of most articles); the Unicode expression otherwise
  const out: string[] = [];
  let start = -1;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return unicodeWords(text, lowered);
    if (isAsciiWordChar(c)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (c <= 90 && c >= 65) upper = true;
    } else if (start >= 0 && (c === 39 || c === 46 || c === 45) && i + 1 < text.length && isAsciiWordChar(text.charCodeAt(i + 1))) {
      // inner punctuation: keep going
    } else if (start >= 0) {
      const word = text.slice(start, c === 46 || c === 39 ? i + 1 : i);
      out.push(word);
      if (lowered) lowered.push(upper ? word.toLowerCase() : word);
      start = -1;
    }
  }
  if (start >= 0) {
    const word = text.slice(start);
    out.push(word);
    if (lowered) lowered.push(upper ? word.toLowerCase() : word);
  }
  return out;
}

/** scanWords of a line past ASCII: the Unicode expression's words (`lowered` made again from them) */
function unicodeWords(text: string, lowered: string[] | null): string[] {
  const words = text.match(WORD) ?? [];
  if (lowered) {
    lowered.length = 0;
    for (const w of words) lowered.push(lowerCase(w));
  }
  return words;
}

/**
 * The line's shape. `words` and `lowered` (the same words in lower case) may be given when the caller made them
 * (the article's language reads them first); `lowered` then becomes the shape's `lower`, its dots cut in place.
 */
export function shapeOf(text: string, language: string, words: string[] = wordsOf(text), lowered?: string[]): LineShape {
  const lowers: string[] = lowered ?? new Array(words.length);
  let fw = 0;
  let long = 0;
  let caps = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    let lower = lowered ? lowered[k] : w.toLowerCase();
    const last = lower.charCodeAt(lower.length - 1);
    // "U.S." and "Putin's" end in punctuation the function-word lists do not hold
    if (last === 46 || last === 39 || last === 0x2019) lower = lower.replace(/[.'’]+$/, '');
    lowers[k] = lower;
    if (isFunctionWord(lower, language)) fw++;
    if (w.length >= 4) {
      long++;
      if (w[0] !== lower[0]) caps++;
    }
  }
  const chars = text.length;
  const terminal = TERMINAL.test(text) || TERMINAL_CITED.test(text);
  const n = words.length;
  let letters = 0;
  let numbers = 0;
  for (const w of words) {
    letters += w.length;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57 && /^[\d.,:-]+$/.test(w)) numbers++;
  }
  // characters that are neither word characters nor the single spaces between words
  const punct = Math.max(0, chars - letters - Math.max(0, n - 1));
  const question = terminal && /\?["'”’»]*$/.test(text);
  return {
    text,
    words,
    lower: lowers,
    chars,
    terminal,
    fwDensity: n ? fw / n : 0,
    titleCase: long ? caps / long : 0,
    punctDensity: chars ? punct / chars : 0,
    hasDigit: /\d/.test(text),
    numbers,
    // a line of figures ("Revs 291.8 mln vs 151.1 mln") is data, not a headline
    headline:
      numbers * 4 <= n &&
      !(n > 8 && INNER_END.test(text)) &&
      n >= 2 &&
      n <= 20 &&
      chars <= 160 &&
      (!terminal || (question && n <= 16)) &&
      STARTS_CAPITAL.test(text) &&
      !LEAD_IN.test(text) &&
      alphaWords(words) >= 2,
  };
}

/** words of two or more letters ("12:52 p.m." has none) */
export function alphaWords(words: string[]): number {
  let n = 0;
  for (const w of words) {
    // a word of letters: its first and last characters are not digits (cheap; exact enough)
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(w.length - 1);
    if (w.length >= 2 && !(a >= 48 && a <= 57) && !(b >= 48 && b <= 57)) n++;
  }
  return n;
}
