// Tokens with character offsets, for reading names, quotes and figures from a sentence's text.
// wink-nlp's tokens (Sentence.words) drop the punctuation and offsets that these readers need.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** Abbreviations that keep their full stop (titles, months, "No.", corporate suffixes). */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sen rep del gov gen brig lt col maj sgt capt adm cmdr cpl pvt det rev st mt ft jr sr
   jan feb mar apr jun jul aug sep sept oct nov dec no nos co corp inc ltd bros vs etc dept univ est approx`.split(/\s+/),
);

// initials run (U.S., U.K.) | word with inner apostrophes/hyphens | number with separators | any other character
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*(?:-\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*|[^\s]/gu;

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
/** two upper-case letters (module-level: see src/common/letters.ts) */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

const NON_ASCII = /[^\x00-\x7f]/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // (a text all in ASCII, as most wire copy is, is read by hand: the same tokens without a match object per token)
  if (!NON_ASCII.test(text)) {
    for (let at = 0; at < text.length; ) at = pushToken(out, text, at, asciiTokenEnd(text, at));
    return out;
  }
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) TOKEN_RE.lastIndex = pushToken(out, text, m.index, m.index + m[0].length);
  return out;
}

/** Push the token read from `start` to `end` (-1: none) and give where reading goes on. */
function pushToken(out: Token[], text: string, start: number, end: number): number {
  if (end < 0) return start + 1;
  let t = text.slice(start, end);
  const first = t.charCodeAt(0);
  const isDigit = first >= 48 && first <= 57;
  // the regex only yields letters-first, digits-first or single-character tokens
  const isLetter = !isDigit && (t.length > 1 || LETTER.test(t));
  if (isLetter && text.charCodeAt(end) === 46 && (t.length === 1 ? UPPER.test(t) : ABBREVIATIONS.has(t.toLowerCase()))) {
    t += '.';
    end += 1;
  }
  out.push({ text: t, start, end, kind: isDigit ? 'number' : isLetter ? 'word' : 'punct' });
  return end;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isLetterAscii = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigitAscii = (c: number) => c >= 48 && c <= 57;

/**
 * Where the token that TOKEN_RE reads at `i` of an ASCII text ends, or -1 at a space (`\s`): its alternatives in
 * their order, over ASCII (a letter is A-Z or a-z, there are no marks, the apostrophe is ').
 */
function asciiTokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return -1;
  let end = i + 1;
  if (isUpperAscii(c) && text.charCodeAt(i + 1) === 46 && isUpperAscii(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
    // initials: (?:\p{Lu}\.){2,}
    end = i + 4;
    while (isUpperAscii(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 46) end += 2;
  } else if (isLetterAscii(c)) {
    // a word, its parts after apostrophes, then its parts after hyphens
    while (isLetterAscii(text.charCodeAt(end))) end++;
    while (text.charCodeAt(end) === 39 && isLetterAscii(text.charCodeAt(end + 1))) {
      end += 2;
      while (isLetterAscii(text.charCodeAt(end))) end++;
    }
    while (text.charCodeAt(end) === 45 && isLetterAscii(text.charCodeAt(end + 1))) {
      end += 2;
      while (isLetterAscii(text.charCodeAt(end))) end++;
    }
  } else if (isDigitAscii(c)) {
    // a number and its separated groups: \d+(?:[.,]\d+)*
    while (isDigitAscii(text.charCodeAt(end))) end++;
    while ((text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44) && isDigitAscii(text.charCodeAt(end + 1))) {
      end += 2;
      while (isDigitAscii(text.charCodeAt(end))) end++;
    }
  }
  return end;
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}.&-]+$/u.test(word) && TWO_CAPITALS.test(word);
}

const POSSESSIVE = /^(.+?)['’]s$/u;

/** "Putin's" -> Putin, "Lukashenko’s" -> Lukashenko, "Belarus'" stays (the tokeniser left the mark out). */
export function stripPossessive(word: string): { word: string; possessive: boolean } {
  const m = POSSESSIVE.exec(word);
  return m ? { word: m[1], possessive: true } : { word, possessive: false };
}
