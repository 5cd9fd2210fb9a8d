// wink's tokeniser, with its common cases done here: the tokens, and the words wink learns on the way,
// are exactly wink's. wink splits a text at runs of spaces and at runs of line breaks, and reads each
// piece in between: a piece its word table knows is one token (a contraction: its parts); otherwise the
// piece's shape decides (a regular expression per token category, then splitting rules). Done here: a
// known piece (found by its characters, without cutting it out), and unknown pieces of the shapes news text
// is mostly made of: words and numbers alone or with marks, and (`rare`) the shapes wink's recursive
// tokeniser splits: hyphenated words, <Company> names, short forms, bracketed words, 1ST. Any other piece
// is handed to wink's own tokeniser, with the spaces before it, so it reads it as it would have in place.
import type { WordTable } from './word-table.ts';

/** wink's token categories met here (the model's `tcat`) */
const WORD = 1;
const NUMBER = 2;
const PUNCTUATION = 12;
const SYMBOL = 13;
const APOS = 17;
/** wink keeps at most this many preceding spaces per token; this value means "non-breaking, stored apart" */
const NBSP_COUNT = 65535;

/** What tokenising reads and writes: wink's word table and cache, and the document's token data. */
export interface PlainParts {
  table: WordTable;
  /** a word of wink's table that the current article has not met (wink's look-up must not see it) */
  hidden: (index: number) => boolean;
  /** a model word that wink reads as a contraction (its parts are its tokens) */
  contraction: (index: number) => boolean;
  /** a known word wink's `add` would return as it is (its lower-case form known too): nothing to learn */
  settled: (index: number) => boolean;
  /** wink's (isolated) `add`: the word's index, learning it if new */
  add: (text: string, category: number) => number;
  /** what `add` gives for a hidden word (by its index) when it only marks it met, else -1 */
  again: (index: number, category: number) => number;
  /** wink's hyphen rule: a word whose first part is a prefix or last part a suffix it keeps whole */
  kept: (first: string, last: string) => boolean;
  /** wink's own tokeniser, on a piece of text with the spaces before it */
  wink: (piece: string) => void;
  tokens: TokenNumbers;
  nonBreakingSpaces: Record<number, string>;
}

/**
 * A read's tokens as wink lays them out, four numbers each (see WinkRaw), written into room kept from read to read:
 * an array grown by `push` made ~3 times its numbers, 8 bytes each, at every read (r4k: ~50 of the text stage's 235 MB
 * allocated). wink's own tokeniser pushes onto it as onto its array (its dd-wrapper calls only `push`). Every number
 * is a 32-bit integer (word indexes, spaces, a contraction's normal shifted by 16, part of speech shifted by 20).
 */
export class TokenNumbers {
  numbers = new Int32Array(1 << 14);
  /**
   * Per token, where its characters are in the text read: start and end (two numbers a token, half the numbers'
   * room); -1 and -1 for a token wink's own tokeniser pushed (its place not known here). A token with a place has
   * exactly the text's characters there as its word's value (it was found in the word table by them, or learnt from
   * them), so a reader can tell where it stands without reading its word's string.
   */
  spans = new Int32Array(1 << 13);
  /** numbers written in this read */
  length = 0;

  /** One token's numbers, as `Array.prototype.push` adds them (its place not known); the new length. */
  push(word: number, second: number, third: number, fourth: number): number {
    return this.pushAt(word, second, third, fourth, -1, -1);
  }

  /** One token's numbers and its place in the text, [from, to) (-1 both: not known); the new length. */
  pushAt(word: number, second: number, third: number, fourth: number, from: number, to: number): number {
    const at = this.length;
    if (at + 4 > this.numbers.length) {
      const grown = new Int32Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
      const spans = new Int32Array(this.numbers.length / 2);
      spans.set(this.spans);
      this.spans = spans;
    }
    const n = this.numbers;
    n[at] = word;
    n[at + 1] = second;
    n[at + 2] = third;
    n[at + 3] = fourth;
    const s = this.spans;
    s[at >> 1] = from;
    s[(at >> 1) + 1] = to;
    this.length = at + 4;
    return this.length;
  }
}

const SPACE = 1;
const NON_BREAKING = 2;
const BREAK = 3;
/** wink's splitter: spaces (and non-breaking ones) in one class, tab and line breaks in another */
function spaceKind(c: number): number {
  if (c === 32) return SPACE;
  if (c === 10 || c === 13 || c === 9) return BREAK;
  if (c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f) return NON_BREAKING;
  return 0;
}

/**
 * The longest piece read whole. wink's patterns (URL, e-mail, word, hyphen and quote rules) are quadratic in a
 * piece's length: 30k characters without a space took 5 s; a piece of 1,000 takes milliseconds. No word, number
 * or URL of real text comes near it (the longest run between spaces in the BASIL, ECB+, PolNeAR and Reuters
 * sets is 244 characters, a URL), so their tokens are wink's exactly; only a longer run is cut.
 */
const MAX_PIECE = 1000;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * letters of wink's word pattern as widened (wink-model.ts, widenLatin): ASCII, Latin-1, Latin Extended-A/B and
 * Latin Extended Additional (the pattern also takes combining marks)
 */
const isLetter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** the closing marks of wink's "word and a mark" pattern: ’ ” " ] ) } … , . ! ; ? / : */
const WORD_MARKS = new Set([0x2019, 0x201d, 0x22, 0x5d, 0x29, 0x7d, 0x2026, 0x2c, 0x2e, 0x21, 0x3b, 0x3f, 0x2f, 0x3a]);
/** marks wink splits off the end of an unrecognised piece ("1987," -> "1987" ","); a subset of its pattern's */
const NUMBER_MARKS = new Set([0x2c, 0x2e, 0x21, 0x3b, 0x3f, 0x3a]);
/** what may stand between digits in wink's number pattern ("1,000", "2.5", "3-5/8") */
const NUMBER_JOINS = new Set([0x2e, 0x2c, 0x2d, 0x2f, 0x3a]);
/** opening marks wink splits off the start of an unrecognised piece ("(Reuters" -> "(" "Reuters"): " ( [ { “ ‘ */
const OPENING_MARKS = new Set([0x22, 0x28, 0x5b, 0x7b, 0x201c, 0x2018]);
/** marks that end a sentence or clause before a closing quote (`said,"`), and the closing quotes " ” ’ */
const SENTENCE_MARKS = new Set([0x2c, 0x2e, 0x21, 0x3f, 0x3b, 0x3a]);
const CLOSING_QUOTES = new Set([0x22, 0x201d, 0x2019]);
const APOSTROPHE = 0x27;
const LOWER_S = 0x73;
const UPPER_S = 0x53;
const HYPHEN = 0x2d;
const COMMA = 0x2c;
const PERIOD = 0x2e;
const LESS = 0x3c;
const GREATER = 0x3e;
/** closing marks of wink's "marks either side" pattern that end a word in brackets or quotes: " ) ] } ” ’ */
const BRACKET_CLOSES = new Set([0x22, 0x29, 0x5d, 0x7d, 0x201d, 0x2019]);
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isUpper = (c: number) => c >= 65 && c <= 90;

/** the end of the run of letters from `at` */
function lettersEnd(text: string, at: number, to: number): number {
  while (at < to && isLetter(text.charCodeAt(at))) at++;
  return at;
}

/** the end of the run of upper-case ASCII letters from `at` */
function upperEnd(text: string, at: number, to: number): number {
  while (at < to && isUpper(text.charCodeAt(at))) at++;
  return at;
}

/** the end of digits joined by single marks from `from` (wink's number pattern), or `from` */
function numberEnd(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isDigit(text.charCodeAt(at))) at++;
  if (at === from) return from;
  while (at + 1 < to && NUMBER_JOINS.has(text.charCodeAt(at)) && isDigit(text.charCodeAt(at + 1))) {
    at++;
    while (at < to && isDigit(text.charCodeAt(at))) at++;
  }
  return at;
}

/** currency codes wink's recursive tokeniser cuts out of any text (its pattern is case-sensitive) */
const CURRENCY_CODES = ['USD', 'AUD', 'INR', 'GBP'];
function hasCurrencyCode(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 <= to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 85 || c === 65 || c === 73 || c === 71) && CURRENCY_CODES.some((code) => text.startsWith(code, i))) return true;
  }
  return false;
}

/** upper-case letters that begin wink's time pattern after digits (its pattern ignores case): AM, PM, HRS, HOURS */
function isTimeSuffix(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  if ((a === 65 || a === 80) && b === 77) return true;
  return a === 72 && (b === 82 || b === 79) && (text.startsWith('HRS', at) || text.startsWith('HOURS', at));
}

/** Tokenise `text` into `parts.tokens` exactly as wink's `tokenize` does. */
export function tokenizePlain(text: string, parts: PlainParts): void {
  const { tokens, nonBreakingSpaces } = parts;
  let spaces = 0;
  let nbsp: string | null = null;
  /** where the spaces before the current piece start */
  let spacesAt = 0;
  /** one token, text[from, to), after `before` spaces */
  const push = (index: number, before: number, from: number, to: number) => {
    tokens.pushAt(index, before, 0, 0, from, to);
    if (nbsp !== null && before > 0) nonBreakingSpaces[tokens.length / 4 - 1] = nbsp;
  };
  /**
   * wink's `add` of text[from, to), whose index in the table is `known` (-1: none): a word an earlier article
   * learnt is met again by its index when it can be (most of the words `add` is asked for), else cut out
   */
  const learn = (from: number, to: number, category: number, known: number) => {
    if (known >= 0 && parts.hidden(known)) {
      const index = parts.again(known, category);
      if (index >= 0) return index;
    }
    return parts.add(text.slice(from, to), category);
  };

  /** wink's `add` of text[from, to): a settled known word is taken as it is, without cutting it out */
  const add = (from: number, to: number, category: number) => {
    const index = parts.table.find(text, from, to);
    return index >= 0 && !parts.hidden(index) && parts.settled(index) ? index : learn(from, to, category, index);
  };

  /**
   * The first part of a piece wink's `processUnk` splits: a known word as it is (false for a contraction:
   * nothing pushed, wink reads the whole piece), else learnt with the category its pattern gives.
   */
  const word = (from: number, to: number, before: number, category = WORD) => {
    const known = parts.table.find(text, from, to);
    if (known < 0 || parts.hidden(known)) push(learn(from, to, category, known), before, from, to);
    else if (parts.contraction(known)) return false;
    else push(known, before, from, to);
    return true;
  };

  /** letters and a closing mark: wink's `processWordRP` (a letter and a full stop stay one word) */
  const wordAndMark = (from: number, to: number) => {
    if (to - from === 2 && text.charCodeAt(from + 1) === 0x2e) return push(parts.add(text.slice(from, to), WORD), spaces, from, to);
    push(add(from, to - 1, WORD), spaces, from, to - 1);
    push(add(to - 1, to, PUNCTUATION), 0, to - 1, to);
  };

  /** one piece, text[from, to): what wink's `tokenize` does with it */
  const piece = (from: number, to: number) => {
    const known = parts.table.find(text, from, to);
    if (known >= 0 && !parts.hidden(known)) {
      if (parts.contraction(known)) return parts.wink(text.slice(spacesAt, to));
      return push(known, spaces, from, to);
    }
    let letters = from;
    while (letters < to && isLetter(text.charCodeAt(letters))) letters++;
    if (letters === to) return push(learn(from, to, WORD, known), spaces, from, to);
    const last = text.charCodeAt(to - 1);
    if (letters === to - 2 && letters - from >= 2 && text.charCodeAt(letters) === APOSTROPHE && last === LOWER_S) {
      // a word and "'s": no category fits the whole, so wink's `processUnk` splits "'s" off
      if (!word(from, letters, spaces)) return parts.wink(text.slice(spacesAt, to));
      return push(add(letters, to, PUNCTUATION), 0, letters, to);
    }
    if (OPENING_MARKS.has(text.charCodeAt(from)) && to - from >= 3) {
      let rest = from + 1;
      while (rest < to && isLetter(text.charCodeAt(rest))) rest++;
      if (rest === to) {
        // an opening mark and a word: wink's `processUnk` splits the mark off
        const known = parts.table.find(text, from + 1, to);
        const visible = known >= 0 && !parts.hidden(known);
        if (visible && parts.contraction(known)) return parts.wink(text.slice(spacesAt, to));
        push(add(from, from + 1, PUNCTUATION), spaces, from, from + 1);
        return push(visible ? known : learn(from + 1, to, WORD, known), 0, from + 1, to);
      }
    }
    if (letters === to - 1 && letters > from && WORD_MARKS.has(last)) return wordAndMark(from, to);
    if (letters === to - 2 && letters > from && SENTENCE_MARKS.has(text.charCodeAt(letters)) && CLOSING_QUOTES.has(last)) {
      // a word, a mark and a closing quote: wink's `processUnk` splits the quote off, then reads the rest
      // as a known word or as a word and a mark
      const known = parts.table.find(text, from, to - 1);
      if (known >= 0 && !parts.hidden(known)) {
        if (parts.contraction(known)) return parts.wink(text.slice(spacesAt, to));
        push(known, spaces, from, to - 1);
      } else wordAndMark(from, to - 1);
      return push(add(to - 1, to, PUNCTUATION), 0, to - 1, to);
    }
    let digits = from;
    while (digits < to && isDigit(text.charCodeAt(digits))) digits++;
    if (digits === to) return push(learn(from, to, NUMBER, known), spaces, from, to);
    // digits joined by single marks: wink's number pattern
    if (digits > from && isDigit(last) && numberEnd(text, from, to) === to) return push(learn(from, to, NUMBER, known), spaces, from, to);
    if (digits > from && NUMBER_MARKS.has(last) && numberEnd(text, from, to) === to - 1) {
      if (to - from >= 3) {
        // a number and a mark: no category fits the whole, so wink's `processUnk` splits the mark off and
        // reads the number as a known word or a number
        if (!word(from, to - 1, spaces, NUMBER)) return parts.wink(text.slice(spacesAt, to));
        return push(add(to - 1, to, PUNCTUATION), 0, to - 1, to);
      }
      // a digit and a mark: too short for `processUnk`'s patterns, wink's recursive tokeniser splits it
      if (!word(from, to - 1, spaces, NUMBER)) return parts.wink(text.slice(spacesAt, to));
      return word(to - 1, to, 0, PUNCTUATION);
    }
    if (!rare(from, to, letters, digits)) parts.wink(text.slice(spacesAt, to));
  };

  /** text[from, to) is a known word (not hidden) that wink reads as a contraction */
  const contractionAt = (from: number, to: number) => {
    const known = parts.table.find(text, from, to);
    return known >= 0 && !parts.hidden(known) && parts.contraction(known);
  };

  /**
   * Letters joined by single hyphens, text[from, to), as wink's recursive tokeniser reads them (its
   * `pushHyphenatedToken`): one word when the first part is a prefix or the last a suffix it keeps,
   * else the parts and the hyphens. False (nothing pushed) when a part is a contraction.
   */
  const hyphenated = (from: number, to: number, before: number) => {
    let firstEnd = -1;
    let lastFrom = from;
    for (let s = from; s < to; ) {
      let e = s;
      while (e < to && text.charCodeAt(e) !== HYPHEN) e++;
      if (contractionAt(s, e)) return false;
      if (firstEnd < 0) firstEnd = e;
      lastFrom = s;
      s = e + 1;
    }
    if (parts.kept(text.slice(from, firstEnd), text.slice(lastFrom, to))) return word(from, to, before);
    for (let s = from, ps = before; s < to; ps = 0) {
      let e = s;
      while (e < to && text.charCodeAt(e) !== HYPHEN) e++;
      word(s, e, ps);
      if (e < to) word(e, e + 1, 0, PUNCTUATION);
      s = e + 1;
    }
    return true;
  };

  /**
   * Shapes wink's `processUnk` hands whole to its recursive tokeniser, or splits by its patterns, done here:
   * hyphenated words, <Company> names, short forms (U.S.), words in brackets or quotes, words and a plain
   * apostrophe, numbers and upper-case letters (1ST). `letters` and `digits` end the piece's first runs of
   * letters and digits. False: none of these (nothing pushed).
   */
  const rare = (from: number, to: number, letters: number, digits: number): boolean => {
    const first = text.charCodeAt(from);
    const last = text.charCodeAt(to - 1);
    // wink's recursive tokeniser cuts currency codes out of letters before it reads words
    if (hasCurrencyCode(text, from, to)) return false;
    if (letters > from && text.charCodeAt(letters) === HYPHEN) {
      // letters joined by hyphens, and perhaps a comma or full stop (split off by `processUnk` when the
      // word before it is known, else read with it by the recursive tokeniser: the same tokens)
      let end = letters;
      while (end + 1 < to && text.charCodeAt(end) === HYPHEN && isLetter(text.charCodeAt(end + 1))) end = lettersEnd(text, end + 1, to);
      if (end === to) return hyphenated(from, to, spaces);
      if (end === to - 1 && (last === COMMA || last === PERIOD)) {
        const known = parts.table.find(text, from, end);
        if (known >= 0 && !parts.hidden(known)) {
          if (parts.contraction(known)) return false;
          push(known, spaces, from, end);
          push(add(end, to, PUNCTUATION), 0, end, to);
          return true;
        }
        if (!hyphenated(from, end, spaces)) return false;
        return word(end, to, 0, PUNCTUATION);
      }
      return false;
    }
    if (first === LESS || (letters > from && text.charCodeAt(letters) === GREATER)) {
      // <Company> names: the brackets are symbols, the letters a word; then perhaps a comma, or a full
      // stop after the closing bracket
      const open = first === LESS ? 1 : 0;
      const wordEnd = lettersEnd(text, from + open, to);
      if (wordEnd === from + open) return false;
      const close = text.charCodeAt(wordEnd) === GREATER && wordEnd < to ? 1 : 0;
      const end = wordEnd + close;
      if (open + close === 0) return false;
      if (end !== to && !(end === to - 1 && (last === COMMA || (last === PERIOD && close === 1)))) return false;
      if (contractionAt(from + open, wordEnd)) return false;
      if (end !== to) {
        const known = parts.table.find(text, from, end);
        if (known >= 0 && !parts.hidden(known)) return false;
      }
      if (open === 1) word(from, from + 1, spaces, SYMBOL);
      word(from + open, wordEnd, open === 1 ? 0 : spaces);
      if (close === 1) word(wordEnd, end, 0, SYMBOL);
      if (end !== to) word(end, to, 0, PUNCTUATION);
      return true;
    }
    if (letters === from + 1 && isAsciiLetter(first) && text.charCodeAt(from + 1) === PERIOD) {
      // short forms (U.S., E.B.I.), perhaps with a comma: one word
      let end = from;
      while (end + 1 < to && isAsciiLetter(text.charCodeAt(end)) && text.charCodeAt(end + 1) === PERIOD) end += 2;
      if (end - from < 4 || !(end === to || (end === to - 1 && last === COMMA))) return false;
      // `processUnk` first splits the last mark off when what is before it is a known word
      const known = parts.table.find(text, from, to - 1);
      if (known >= 0 && !parts.hidden(known)) {
        if (parts.contraction(known)) return false;
        push(known, spaces, from, to - 1);
        push(add(to - 1, to, PUNCTUATION), 0, to - 1, to);
        return true;
      }
      push(parts.add(text.slice(from, end), WORD), spaces, from, end);
      if (end !== to) word(end, to, 0, PUNCTUATION);
      return true;
    }
    if (OPENING_MARKS.has(first) && BRACKET_CLOSES.has(last) && to - from >= 3 && lettersEnd(text, from + 1, to) === to - 1) {
      // a word in brackets or quotes: `processUnk` splits the marks off both sides
      const known = parts.table.find(text, from + 1, to - 1);
      const visible = known >= 0 && !parts.hidden(known);
      if (visible && parts.contraction(known)) return false;
      push(add(from, from + 1, PUNCTUATION), spaces, from, from + 1);
      push(visible ? known : learn(from + 1, to - 1, WORD, known), 0, from + 1, to - 1);
      push(add(to - 1, to, PUNCTUATION), 0, to - 1, to);
      return true;
    }
    if (OPENING_MARKS.has(first) && to - from === 2 && isLetter(last)) {
      // a mark and one letter: the recursive tokeniser splits the mark off
      if (contractionAt(from + 1, to)) return false;
      word(from, from + 1, spaces, PUNCTUATION);
      word(from + 1, to, 0);
      return true;
    }
    if (letters - from >= 2 && text.charCodeAt(letters) === APOSTROPHE) {
      if (letters === to - 1) {
        // a word and a plain apostrophe (boys'): `processUnk` splits it off
        if (!word(from, letters, spaces)) return false;
        push(add(letters, to, PUNCTUATION), 0, letters, to);
        return true;
      }
      if (letters === to - 2 && last === UPPER_S) {
        // a word and 'S: the recursive tokeniser cuts 'S off (its own category) before it reads words
        if (contractionAt(from, letters)) return false;
        word(from, letters, spaces);
        word(letters, to, 0, APOS);
        return true;
      }
      return false;
    }
    if (digits > from) {
      // digits and upper-case letters (1ST, 4TH): the recursive tokeniser reads a number and a word,
      // unless the letters begin a time (its pattern: AM, PM, HRS, HOURS)
      const end = upperEnd(text, digits, to);
      if (end !== to || end === digits || isTimeSuffix(text, digits)) return false;
      if (contractionAt(from, digits) || contractionAt(digits, to)) return false;
      word(from, digits, spaces, NUMBER);
      word(digits, to, 0);
      return true;
    }
    return false;
  };

  /**
   * A run longer than any word, URL or number (a page's run without spaces): read as pieces of MAX_PIECE
   * characters, the first with the spaces before the run, so the cost stays linear in the run's length.
   */
  const longPiece = (from: number, to: number) => {
    for (let start = from; start < to; ) {
      let end = Math.min(start + MAX_PIECE, to);
      // never between the halves of a surrogate pair
      if (end < to && isLowSurrogate(text.charCodeAt(end))) end--;
      if (start !== from) {
        spaces = 0;
        nbsp = null;
        spacesAt = start;
      }
      piece(start, end);
      start = end;
    }
  };

  let at = 0;
  while (at < text.length) {
    const kind = spaceKind(text.charCodeAt(at));
    let end = at + 1;
    if (kind === SPACE || kind === NON_BREAKING) {
      let nonBreaking = kind === NON_BREAKING;
      for (let k: number; end < text.length && (k = spaceKind(text.charCodeAt(end))) !== 0 && k !== BREAK; end++) nonBreaking ||= k === NON_BREAKING;
      spacesAt = at;
      if (nonBreaking) {
        nbsp = text.slice(at, end);
        spaces = NBSP_COUNT;
      } else spaces = Math.min(end - at, NBSP_COUNT - 1);
    } else {
      if (kind === BREAK) while (end < text.length && spaceKind(text.charCodeAt(end)) === BREAK) end++;
      else while (end < text.length && spaceKind(text.charCodeAt(end)) === 0) end++;
      if (spaces === 0) spacesAt = at;
      if (kind === BREAK || end - at <= MAX_PIECE) piece(at, end);
      else longPiece(at, end);
      spaces = 0;
      nbsp = null;
    }
    at = end;
  }
}
