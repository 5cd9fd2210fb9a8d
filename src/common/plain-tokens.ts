// wink's tokeniser, with its common cases done here: the tokens, and the words wink learns on the way,
// are exactly wink's. wink splits a text at runs of spaces and at runs of line breaks, and reads each
// piece in between: a piece its word table knows is one token (a contraction: its parts); otherwise the
// piece's shape decides (a regular expression per token category, then splitting rules). Done here: a
// known piece (found by its characters, without cutting it out), and unknown pieces of four plain shapes
// (letters; letters and one closing mark; digits; digits and one closing mark). Any other piece is handed
// to wink's own tokeniser, with the spaces before it, so it reads it as it would have in place.
import type { WordTable } from './word-table.ts';

/** wink's token categories met here (the model's `tcat`) */
const WORD = 1;
const NUMBER = 2;
const PUNCTUATION = 12;
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
  /** wink's own tokeniser, on a piece of text with the spaces before it */
  wink: (piece: string) => void;
  tokens: number[];
  nonBreakingSpaces: Record<number, string>;
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

/** letters of wink's word pattern (ASCII and Latin-1; the pattern also takes combining marks) */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
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

/** Tokenise `text` into `parts.tokens` exactly as wink's `tokenize` does. */
export function tokenizePlain(text: string, parts: PlainParts): void {
  const { tokens, nonBreakingSpaces } = parts;
  let spaces = 0;
  let nbsp: string | null = null;
  /** where the spaces before the current piece start */
  let spacesAt = 0;
  const push = (index: number, before: number) => {
    tokens.push(index, before, 0, 0);
    if (nbsp !== null && before > 0) nonBreakingSpaces[tokens.length / 4 - 1] = nbsp;
  };
  /** wink's `add` of text[from, to): a settled known word is taken as it is, without cutting it out */
  const add = (from: number, to: number, category: number) => {
    const index = parts.table.find(text, from, to);
    return index >= 0 && !parts.hidden(index) && parts.settled(index) ? index : parts.add(text.slice(from, to), category);
  };

  /**
   * The first part of a piece wink's `processUnk` splits: a known word as it is (false for a contraction:
   * nothing pushed, wink reads the whole piece), else learnt with the category its pattern gives.
   */
  const word = (from: number, to: number, before: number, category = WORD) => {
    const known = parts.table.find(text, from, to);
    if (known < 0 || parts.hidden(known)) push(parts.add(text.slice(from, to), category), before);
    else if (parts.contraction(known)) return false;
    else push(known, before);
    return true;
  };

  /** letters and a closing mark: wink's `processWordRP` (a letter and a full stop stay one word) */
  const wordAndMark = (from: number, to: number) => {
    if (to - from === 2 && text.charCodeAt(from + 1) === 0x2e) return push(parts.add(text.slice(from, to), WORD), spaces);
    push(add(from, to - 1, WORD), spaces);
    push(add(to - 1, to, PUNCTUATION), 0);
  };

  /** one piece, text[from, to): what wink's `tokenize` does with it */
  const piece = (from: number, to: number) => {
    const known = parts.table.find(text, from, to);
    if (known >= 0 && !parts.hidden(known)) {
      if (parts.contraction(known)) return parts.wink(text.slice(spacesAt, to));
      return push(known, spaces);
    }
    let letters = from;
    while (letters < to && isLetter(text.charCodeAt(letters))) letters++;
    if (letters === to) return push(parts.add(text.slice(from, to), WORD), spaces);
    const last = text.charCodeAt(to - 1);
    if (letters === to - 2 && letters - from >= 2 && text.charCodeAt(letters) === APOSTROPHE && last === LOWER_S) {
      // a word and "'s": no category fits the whole, so wink's `processUnk` splits "'s" off
      if (!word(from, letters, spaces)) return parts.wink(text.slice(spacesAt, to));
      return push(add(letters, to, PUNCTUATION), 0);
    }
    if (OPENING_MARKS.has(text.charCodeAt(from)) && to - from >= 3) {
      let rest = from + 1;
      while (rest < to && isLetter(text.charCodeAt(rest))) rest++;
      if (rest === to) {
        // an opening mark and a word: wink's `processUnk` splits the mark off
        const known = parts.table.find(text, from + 1, to);
        const visible = known >= 0 && !parts.hidden(known);
        if (visible && parts.contraction(known)) return parts.wink(text.slice(spacesAt, to));
        push(add(from, from + 1, PUNCTUATION), spaces);
        return push(visible ? known : parts.add(text.slice(from + 1, to), WORD), 0);
      }
    }
    if (letters === to - 1 && letters > from && WORD_MARKS.has(last)) return wordAndMark(from, to);
    if (letters === to - 2 && letters > from && SENTENCE_MARKS.has(text.charCodeAt(letters)) && CLOSING_QUOTES.has(last)) {
      // a word, a mark and a closing quote: wink's `processUnk` splits the quote off, then reads the rest
      // as a known word or as a word and a mark
      const known = parts.table.find(text, from, to - 1);
      if (known >= 0 && !parts.hidden(known)) {
        if (parts.contraction(known)) return parts.wink(text.slice(spacesAt, to));
        push(known, spaces);
      } else wordAndMark(from, to - 1);
      return push(add(to - 1, to, PUNCTUATION), 0);
    }
    let digits = from;
    while (digits < to && isDigit(text.charCodeAt(digits))) digits++;
    if (digits === to) return push(parts.add(text.slice(from, to), NUMBER), spaces);
    if (digits > from && isDigit(last)) {
      // digits joined by single marks: wink's number pattern
      let at = digits;
      while (at < to && NUMBER_JOINS.has(text.charCodeAt(at)) && at + 1 < to && isDigit(text.charCodeAt(at + 1))) {
        at++;
        while (at < to && isDigit(text.charCodeAt(at))) at++;
      }
      if (at === to) return push(parts.add(text.slice(from, to), NUMBER), spaces);
    }
    if (digits === to - 1 && digits - from >= 2 && NUMBER_MARKS.has(last)) {
      // digits and a mark: no category fits the whole, so wink's `processUnk` splits the mark off and
      // reads the digits as a known word or a number
      if (!word(from, digits, spaces, NUMBER)) return parts.wink(text.slice(spacesAt, to));
      return push(add(digits, to, PUNCTUATION), 0);
    }
    parts.wink(text.slice(spacesAt, to));
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
      piece(at, end);
      spaces = 0;
      nbsp = null;
    }
    at = end;
  }
}
