// Tokens with character offsets, for reading names, quotes and figures from a sentence's text.
// wink-nlp's tokens (Sentence.words) drop the punctuation and offsets that these readers need.
import { standsAt } from '../common/stands-at.ts';
import { DOTTED_STATE_WORDS } from './data/places.ts';

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
   jan feb mar apr jun jul aug sep sept oct nov dec no nos co corp inc ltd bros vs etc dept univ est approx const`.split(/\s+/),
);
/** the longest abbreviation: a longer word before a full stop (most are a sentence's last) is not lower-cased to be
 * looked up (toLowerCase never shortens a string) */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// initials run (U.S., U.K.) | initials whose last stop the wire left out, before a space or a comma ("U.S officials",
// "AMONG U.S, EUROPE": was "U." and a word "S", read as a person's initial and surname) | word with inner apostrophes/hyphens, an initials run after a hyphen ("Sino-U.S.") | number with separators | any other character;
// sticky, asked with `test` at each token's first character (no match array made per token: the tokens' end is its
// lastIndex). Its last branch takes any character but white space, so a token starts at every non-space character
// the one before leaves, as a global scan would find it.
const TOKEN_AT =
  /(?:\p{Lu}\.){2,}|(?:\p{Lu}\.)+\p{Lu}(?=[\s,;:]|$)|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*(?:-(?:\p{Lu}\.){2,}|-\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*|[^\s]/uy;
/** a full stop, a capitalised word of up to four letters and its full stop: the rest of "W.Va." after its "W" */
const DOTTED_WORD_REST = /\.\p{Lu}\p{Ll}{1,3}\./uy;
/** white space as the regex's `\s` reads it (asked past ASCII only) */
const SPACE_CHAR = /\s/;

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
/** two upper-case letters (module-level: see src/common/letters.ts) */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** capitals, full stops, ampersands and hyphens only (module-level: isAllCaps is asked of most capitalised words) */
const CAPITALS_ONLY = /^[\p{Lu}.&-]+$/u;

/** Is the character at `i` white space (`/\s/`)? ASCII told by its code. */
export function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32) return true;
  return c < 128 ? c >= 9 && c <= 13 : SPACE_CHAR.test(text[i]);
}

/** What `s.split(/\s+/)` ends with, the text after its last white space, with no array of the words made. */
export function afterLastSpace(s: string): string {
  let k = s.length;
  while (k > 0 && !spaceAt(s, k - 1)) k--;
  return s.slice(k);
}

/** What `s.split(/\s+/)` starts with, the text before its first white space, with no array of the words made. */
export function beforeFirstSpace(s: string): string {
  let k = 0;
  while (k < s.length && !spaceAt(s, k)) k++;
  return s.slice(0, k);
}

/**
 * `text.indexOf(sentence, cursor)`, searched from past the white space that follows the sentence before, where the
 * sentence most often stands: one that opens on no white space can start at none of the spaces skipped, so the search
 * from there finds what the search from the cursor finds. (Not `startsWith` there first: V8's compares one character
 * at a time, several times slower than indexOf's match; see common/stands-at.ts.)
 */
export function sentenceAt(text: string, sentence: string, cursor: number): number {
  if (sentence.length === 0 || spaceAt(sentence, 0)) return text.indexOf(sentence, cursor);
  let at = cursor;
  while (at < text.length && spaceAt(text, at)) at++;
  return text.indexOf(sentence, at);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (;;) {
    while (at < text.length && spaceAt(text, at)) at++;
    if (at >= text.length) break;
    TOKEN_AT.lastIndex = at;
    // (a non-space character always matches: the last branch)
    if (!TOKEN_AT.test(text)) break;
    const start = at;
    let end = TOKEN_AT.lastIndex;
    let t = text.slice(start, end);
    const first = t.charCodeAt(0);
    const isDigit = first >= 48 && first <= 57;
    // the regex only yields letters-first, digits-first or single-character tokens
    const isLetter = !isDigit && (t.length > 1 || LETTER.test(t));
    // "Charleston, W.Va.", "(D-W.Va.)": a state's abbreviation in a table of them is one token, as "N.Y." is
    const dotted = isLetter && text.charCodeAt(end) === 46 ? dottedStateEnd(text, t, end) : -1;
    if (dotted > 0) {
      t = text.slice(start, dotted);
      end = dotted;
    } else if (
      isLetter &&
      text.charCodeAt(end) === 46 &&
      (t.length === 1 ? UPPER.test(t) : t.length <= ABBREVIATION_MAX && ABBREVIATIONS.has(t.toLowerCase()))
    ) {
      t += '.';
      end += 1;
    }
    out.push({ text: t, start, end, kind: isDigit ? 'number' : isLetter ? 'word' : 'punct' });
    at = end;
  }
  return out;
}

/** Where a state's abbreviation opened by the single capital that ends `word` ("W", "D-W") ends (`DOTTED_STATE_WORDS`:
 * "W.Va."), or -1; `end` is where the word ends, at a full stop. */
function dottedStateEnd(text: string, word: string, end: number): number {
  const n = word.length;
  // (asked at every word before a full stop, most a sentence's last: a capital must follow the stop, and the only
  // capitals in ASCII are A-Z -- told by the code before a regex)
  if (!mayBeUpper(text.charCodeAt(end + 1)) || !mayBeUpper(word.charCodeAt(n - 1))) return -1;
  if (!UPPER.test(word[n - 1]) || (n > 1 && word.charCodeAt(n - 2) !== 45)) return -1;
  DOTTED_WORD_REST.lastIndex = end;
  if (!DOTTED_WORD_REST.test(text)) return -1;
  return DOTTED_STATE_WORDS.has(text.slice(end - 1, DOTTED_WORD_REST.lastIndex).toLowerCase()) ? DOTTED_WORD_REST.lastIndex : -1;
}

/** Whether a character code may be a capital letter: A-Z, or any code past ASCII (NaN, past the text's end, is none). */
const mayBeUpper = (code: number) => (code >= 65 && code <= 90) || code > 127;

export function isAllCaps(word: string): boolean {
  return CAPITALS_ONLY.test(word) && TWO_CAPITALS.test(word);
}

const POSSESSIVE = /^(.+?)['’]s$/u;
const LOWER_S = 115;
const UPPER_S = 83;
/** a word in capitals with its possessive in capitals, as a headline shouts it ("TREASURY'S BAKER SAYS ..."): the
 * possessive ends the name as a small one does (else the whole headline was one name) */
const SHOUTED_POSSESSIVE = /^([\p{Lu}.&-]*\p{Lu}[\p{Lu}.&-]*)['’]S$/u;
/** The possessive's match of a word `endsInPossessive` passed. */
const possessiveMatch = (word: string) => (word.charCodeAt(word.length - 1) === LOWER_S ? POSSESSIVE.exec(word) : SHOUTED_POSSESSIVE.exec(word));

/** "Putin's" -> Putin, "Lukashenko’s" -> Lukashenko, "Belarus'" stays (the tokeniser left the mark out). */
export function stripPossessive(word: string): { word: string; possessive: boolean } {
  const m = endsInPossessive(word) ? possessiveMatch(word) : null;
  return m ? { word: m[1], possessive: true } : { word, possessive: false };
}

/** Does `stripPossessive` find a possessive ("Putin's")? No record made (asked where a run may end, per name word). */
export function hasPossessive(word: string): boolean {
  return endsInPossessive(word) && possessiveMatch(word) !== null;
}

/** The word `stripPossessive` leaves, with no record made (asked of nearly every capitalised word). */
export function possessiveStem(word: string): string {
  const m = endsInPossessive(word) ? possessiveMatch(word) : null;
  return m ? m[1] : word;
}

/** Does the word end in "'s" or "’s" ("'S" in capitals: the only words the possessives' regexes may match; most do not,
 * told without them)? */
function endsInPossessive(word: string): boolean {
  const n = word.length;
  const s = word.charCodeAt(n - 1);
  if (n < 3 || (s !== LOWER_S && s !== UPPER_S)) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

const NOT_SPACE = /\S/g;
const SPACE = /\s/;

/** Nothing but white space from `from` up to `to`. */
function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return true;
  NOT_SPACE.lastIndex = from;
  const m = NOT_SPACE.exec(text);
  return m === null || m.index >= to;
}

/**
 * A paragraph's tokens made from its sentences' (each tokenised alone), as `tokenize(paragraph)` gives them, or
 * undefined where that is not sure. No token holds white space (the regex's every branch excludes it, and the kept full
 * stop is no space), so where each sentence's text stands in the paragraph at its start, white space (or an end) on
 * both sides, and only white space between and around the sentences, the paragraph's tokens are the sentences', moved
 * by their starts. `parts` in paragraph order; `tokens` of a part: tokenize(its text).
 */
export function paragraphTokens(text: string, parts: ReadonlyArray<{ start: number; text: string; tokens: readonly Token[] }>): Token[] | undefined {
  const out: Token[] = [];
  let cursor = 0;
  // (indexed loops: for-of made an iterator and a result record per step here, optimised or not)
  for (let p = 0; p < parts.length; p++) {
    const { start, text: sentence, tokens } = parts[p];
    const end = start + sentence.length;
    if (start < cursor || !onlySpace(text, cursor, start) || !standsAt(text, sentence, start)) return undefined;
    if ((start > 0 && !SPACE.test(text[start - 1])) || (end < text.length && !SPACE.test(text[end]))) return undefined;
    // (a sentence at the paragraph's start has its tokens where they are: the same objects, not copies; no reader
    // changes a token)
    if (start === 0) for (let k = 0; k < tokens.length; k++) out.push(tokens[k]);
    else
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        out.push({ text: t.text, start: t.start + start, end: t.end + start, kind: t.kind });
      }
    cursor = end;
  }
  return onlySpace(text, cursor, text.length) ? out : undefined;
}
