// Sentences and tokens of one article with wink-nlp: one read per article (wink splits at blank
// lines, so no sentence spans two paragraphs), its common tokens made by our own code (plain-tokens.ts). The tokens are read from wink's raw data (word
// indexes), not through its `out()` calls, and what depends on a word alone (its token type, the
// folded form and stem of its normal form) is worked out once per word index.
import { readRawFresh, readRawTokensFresh, stemEnglish, type WinkLexicon, type WinkRaw } from '../common/nlp.ts';
import { fold, lightStem } from '../common/normalize.ts';
import { isStopWord } from '../common/stopwords.ts';
import { countStem, isCounting, stemId } from '../common/term-counts.ts';
import type { Sentence } from '../model.ts';
import {
  GIVEN_NAME_ABBREVIATIONS,
  GLUED_PLACE_PREFIXES,
  NAME_ABBREVIATIONS,
  NAME_OR_ABBREVIATION,
  OPENING_WORDS,
  PLACE_GLUE,
  WEB_ENDINGS,
} from './abbreviations.ts';
import { NAME_TITLES } from '../common/name-titles.ts';
import { CALENDAR_LANGUAGES, monthWords } from '../common/calendar.ts';

/** Token types that are words for matching (numbers kept: figures discriminate events). */
const WORD_TYPES = new Set(['word', 'number', 'hashtag', 'currency']);
/** What a word index's token type makes of it: not a word, a word, a number. */
const OTHER = 1;
const WORD = 2;
const NUMBER = 3;
/** the kind byte's bits past the kind: the word's value holds whitespace; its value is all whitespace (or empty) */
const KIND = 3;
const SPACED = 4;
const BLANK = 8;
const WHITESPACE = /\s/;
const ALL_WHITESPACE = /^\s*$/;

/** A normal form's flags (`byIndex.flags`): worked out, its folded form under two characters, English drops it. */
const KNOWN = 1;
const SHORT = 2;
const ENGLISH_STOP = 4;

/**
 * Per word index of one wink engine instance (its indexes mean nothing to another): the token type's kind,
 * and per normal form's index its flags, folded form and (once asked for) English stem, in parallel arrays: a
 * token's checks read one byte, not an object per normal form elsewhere in memory. A word's index, text and
 * properties never change in an instance, so these are exactly what reading the properties per token gives.
 */
const byIndex = {
  lexicon: null as WinkLexicon | null,
  kind: new Uint8Array(0),
  flags: new Uint8Array(0),
  folded: [] as Array<string | undefined>,
  stem: [] as Array<string | undefined>,
  /** the English stem's id (term-counts.ts) plus one, 0 until worked out */
  stemId: new Int32Array(0),
};

function lexiconOf(raw: WinkRaw): typeof byIndex {
  if (byIndex.lexicon !== raw.cache) {
    Object.assign(byIndex, {
      lexicon: raw.cache,
      kind: new Uint8Array(1 << 17),
      flags: new Uint8Array(1 << 17),
      folded: slots(1 << 17),
      stem: slots(1 << 17),
      stemId: new Int32Array(1 << 17),
    });
  }
  return byIndex;
}

/**
 * `n` empty entries, written out: an array filled at scattered indexes from empty (the model's word indexes
 * run past 100,000) is kept by V8 as a hash table, and each sentence's words read it. Lengthened then filled,
 * not pushed one by one: two arrays of 2^17 pushed took ~50 ms of CPU at an analyze's first article (run once, never
 * optimised), filled ~12 ms.
 */
function slots(n: number, into: Array<string | undefined> = []): Array<string | undefined> {
  const from = into.length;
  if (from >= n) return into;
  into.length = n;
  return into.fill(undefined, from);
}

/** A word index's kind (OTHER, WORD, NUMBER) and its SPACED and BLANK bits. */
function kindOf(lexicon: WinkLexicon, word: number): number {
  if (word >= byIndex.kind.length) {
    const kind = new Uint8Array(Math.max(word + 1, byIndex.kind.length * 2));
    kind.set(byIndex.kind);
    byIndex.kind = kind;
  }
  let k = byIndex.kind[word];
  if (k === 0) {
    const type = lexicon.property(word, 'tokenType') as string;
    const value = lexicon.value(word);
    const spaced = WHITESPACE.test(value) ? SPACED : 0;
    const blank = ALL_WHITESPACE.test(value) ? BLANK : 0;
    k = byIndex.kind[word] = (!WORD_TYPES.has(type) ? OTHER : type === 'number' ? NUMBER : WORD) | spaced | blank;
  }
  return k;
}

/** A normal form's flags, its folded form worked out on its first read. */
function flagsOf(lexicon: WinkLexicon, normal: number): number {
  if (normal >= byIndex.flags.length) {
    const flags = new Uint8Array(Math.max(normal + 1, byIndex.flags.length * 2));
    flags.set(byIndex.flags);
    byIndex.flags = flags;
    const ids = new Int32Array(flags.length);
    ids.set(byIndex.stemId);
    byIndex.stemId = ids;
    slots(flags.length, byIndex.folded);
    slots(flags.length, byIndex.stem);
  }
  let f = byIndex.flags[normal];
  if (f === 0) {
    const folded = fold(lexicon.value(normal));
    const englishStop = lexicon.property(normal, 'isStopWord') === 1 || isStopWord(folded, 'en');
    byIndex.folded[normal] = folded;
    f = byIndex.flags[normal] = KNOWN | (folded.length < 2 ? SHORT : 0) | (englishStop ? ENGLISH_STOP : 0);
  }
  return f;
}

/** whitespace that squeezing changes: a run of two, or any but a plain space (a trimmed text has none at its ends) */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/**
 * Whether the last `sentenceText` may hold whitespace that squeezing changes (IRREGULAR_SPACE); false only when
 * its tokens say it has none: after the blank tokens and spaces `trim` cuts from its start and before the blank
 * tokens it cuts from its end, each token has at most one space before it and a value that is not empty and holds
 * no whitespace (single spaces between non-spaces).
 */
let mayBeIrregular = false;
/** how many sentence texts were searched for IRREGULAR_SPACE in this process */
let irregularSearches = 0;
/** How many sentence texts were searched for whitespace to squeeze (the rest were known to have none). */
export const irregularSpaceSearches = (): number => irregularSearches;

/** A sentence's text as wink's `sentence.out()` gives it: each token after its preceding spaces, trimmed. */
function sentenceText(raw: WinkRaw, first: number, last: number): string {
  const { tokens, cache } = raw;
  let text = '';
  startShape();
  for (let i = first; i <= last; i++) {
    const spaces = tokens[i * 4 + 1] & 0xffff;
    noteShape(kindOf(cache, tokens[i * 4]), spaces);
    text += spaces < 0xffff ? ''.padEnd(spaces) : (raw.nonBreakingSpaces[i] ?? '');
    text += cache.value(tokens[i * 4]);
  }
  mayBeIrregular = shape.irregular;
  return text.trim();
}

/** What `trim` leaves of the sentence read so far, token by token: for `mayBeIrregular`. */
const shape = { content: false, irregular: false, trailing: false };

function startShape(): void {
  shape.content = false;
  shape.irregular = false;
  shape.trailing = false;
}

/** One more token of the sentence: its kind and the spaces before it. */
function noteShape(kind: number, spaces: number): void {
  if (shape.content) {
    // blank tokens after the words are cut by `trim` with their spaces, unless a word follows
    if ((kind & BLANK) !== 0) shape.trailing = true;
    else shape.irregular ||= shape.trailing || spaces > 1 || (kind & SPACED) !== 0;
  } else if ((kind & BLANK) === 0) {
    // the first token with a word: `trim` cuts the spaces before it (and the blank tokens before those)
    shape.content = true;
    shape.irregular ||= (kind & SPACED) !== 0;
  }
}

/** Whether `trim` cuts this code unit (ECMAScript's WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** how many sentence texts were made from their tokens and searched for in the text, in this process */
let textsMade = 0;
/** How many sentence texts were made from their tokens (the rest were found in place: `placedSentence`). */
export const sentenceTextsMade = (): number => textsMade;

/** tokens without whitespace `placedSentence` found in place by their span in the read, and by their characters */
let spanned = 0;
let compared = 0;
/** How many tokens without whitespace `placedSentence` placed by their span in the read, and by comparing their characters. */
export const placedTokens = (): { spanned: number; compared: number } => ({ spanned, compared });

/** the length of the sentence `placedSentence` last found in place */
let placedLength = 0;

/**
 * Where `text.indexOf(sentenceText(raw, first, last), cursor)` is, found without making the sentence's text: its
 * tokens (each after its preceding spaces, trimmed) are compared with the text from the first character at or after
 * `cursor` that `trim` does not cut (no earlier place can hold a trimmed text, whose first character is one of
 * those); the length is left in `placedLength`, and `mayBeIrregular` set as `sentenceText` sets it. -1 when the
 * tokens differ from the text there or spell nothing: the caller then makes the text and searches for it. A token
 * without whitespace whose span in the read (`raw.spans`: the read must be of `text`) starts where the comparison
 * stands is those characters of the text: passed without reading its word's string (the same answer); the spaces
 * before each token are compared as they are, and a token without a span, or one placed elsewhere, by its characters.
 */
function placedSentence(raw: WinkRaw, first: number, last: number, text: string, cursor: number): number {
  const { tokens, cache, spans } = raw;
  let start = cursor;
  while (start < text.length && isTrimmed(text.charCodeAt(start))) start++;
  place.at = start;
  place.end = start;
  place.begun = false;
  place.differs = false;
  startShape();
  for (let i = first; i <= last; i++) {
    const spaces = tokens[i * 4 + 1] & 0xffff;
    const kind = kindOf(cache, tokens[i * 4]);
    noteShape(kind, spaces);
    // the spaces before the token: cut by `trim` before the first character it keeps, else compared
    if (spaces === 0xffff) {
      if (!compareChars(text, raw.nonBreakingSpaces[i] ?? '')) return -1;
    } else if (place.begun && !place.differs) {
      let at = place.at;
      for (let k = 0; k < spaces; k++, at++) {
        if (text.charCodeAt(at) !== 0x20) {
          place.differs = true;
          break;
        }
      }
      if (!place.differs) place.at = at;
    }
    if ((kind & (SPACED | BLANK)) !== 0) {
      if (!compareChars(text, cache.value(tokens[i * 4]))) return -1;
      continue;
    }
    // a value without whitespace (most tokens): all of it must be in the text, from here
    if (place.differs) return -1;
    place.begun = true;
    // a token the read placed here is the text's characters from here (its word's string not read)
    if (spans !== undefined && spans[i * 2] === place.at) {
      place.at = place.end = spans[i * 2 + 1];
      spanned++;
      continue;
    }
    const value = cache.value(tokens[i * 4]);
    compared++;
    let at = place.at;
    for (let k = 0; k < value.length; k++, at++) if (text.charCodeAt(at) !== value.charCodeAt(k)) return -1;
    place.at = place.end = at;
  }
  if (!place.begun) return -1;
  mayBeIrregular = shape.irregular;
  placedLength = place.end - start;
  return start;
}

/** Where `placedSentence` is in the text and in the sentence's characters. */
const place = { at: 0, end: 0, begun: false, differs: false };

/** `placedSentence` on characters that may be whitespace, one by one; false when the sentence cannot be in place. */
function compareChars(text: string, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) {
    const c = chars.charCodeAt(k);
    const trimmed = isTrimmed(c);
    if (!place.begun) {
      if (trimmed) continue;
      place.begun = true;
    }
    if (place.differs) {
      if (!trimmed) return false;
    } else if (text.charCodeAt(place.at) === c) {
      place.at++;
      if (!trimmed) place.end = place.at;
    } else if (trimmed) place.differs = true;
    else return false;
  }
  return true;
}

/** A token's value starting with a lower-case letter. */
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const SPACE_START = /^\s/;
/** Marks inside a sentence that no sentence opens on. */
const CLAUSE_MARKS = new Set([',', ';']);

/** A part of a web address between its dots, as wink reads "www. nlm. nih. gov" (a space put after each dot). */
const ADDRESS_PART = /^[\p{Ll}\d-]+$/u;

/**
 * Whether the words before a full stop (token `stop`, the sentence starting at token `start`) are a web address
 * cut at its dots: lower-case parts each ended by a full stop, back to a "www" ("www. earthquake. usgs. gov").
 */
function addressBefore(value: (i: number) => string, stop: number, start: number): boolean {
  for (let i = stop; i - 1 >= start && value(i) === '.' && ADDRESS_PART.test(value(i - 1)); i -= 2) if (value(i - 1) === 'www') return true;
  return false;
}

/**
 * Whether a break after a sentence ending in a word + "." (the full stop its own token `stop`, glued to the word; the
 * sentence starts at token `start`) before a sentence starting with `next` falls inside a sentence: after a title
 * or a given name's abbreviation before a name, after a place's prefix glued to the name before it ("Dallas-Ft.
 * Worth") before a name, after a name's abbreviation before a lower-case word, inside a web address (abbreviations.ts).
 */
export function abbreviationBreak(value: (i: number) => string, stop: number, start: number, next: string): boolean {
  const word = value(stop - 1);
  if (NAME_TITLES.has(word) || GIVEN_NAME_ABBREVIATIONS.has(word)) return UPPER_START.test(next) || LOWER_START.test(next);
  // a place's prefix glued to the name before it ("Dallas-Ft. Worth"): its name follows, not a sentence's opening word
  if (GLUED_PLACE_PREFIXES.has(word) && stop - 2 > start && PLACE_GLUE.has(value(stop - 2))) return UPPER_START.test(next) && !OPENING_WORDS.has(next);
  if (NAME_OR_ABBREVIATION.has(word)) return UPPER_START.test(next) && !OPENING_WORDS.has(next);
  if (NAME_ABBREVIATIONS.has(word)) return LOWER_START.test(next);
  return WEB_ENDINGS.has(next) || (LOWER_START.test(next) && addressBefore(value, stop, start));
}

/**
 * Languages that write an ordinal number with a full stop ("am 31. Oktober", "vom 26. bis 28. Juni", Danish "den 3.
 * oktober", Czech "3. října", Hungarian "2019. október 3."), with their month words (German and Polish capitalise
 * or decline theirs; the others write them in lower case): a break after such a number
 * before a month's name or a lower-case word falls inside the sentence -- no sentence of these languages opens on a
 * lower-case word, and a month's name after a day's number is its date. wink broke stern.de's "Kann er sein
 * Versprechen einhalten, das Land am 31. Oktober aus der EU zu führen?" after "31." (the story's briefing cited "...
 * das Land am 31."), and bmfsfj.de's "Der G7-Gipfel findet vom 26. | bis 28. Juni auf Schloss Elmau in Bayern statt."
 * (the date reader saw a verbless fragment). English is not here: "in 2019. the" is a typing slip, not an ordinal.
 */
const ORDINAL_DAY_MONTHS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  ['de', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'da', 'nb', 'no', 'fi', 'hu', 'tr'].map(
    (language) => [language, CALENDAR_LANGUAGES.includes(language) ? monthWords([language]) : new Map<string, number>()] as const,
  ),
);
/**
 * Words before a number that make its full stop an ordinal's before a capitalised word too (German: "die 2. und 3.
 * Liga", "im 17. und 18. Jahrhundert", "die 20. FINA-Weltmeisterschaften", "den 3. Platz"): an article, a
 * preposition with its article, or a word joining two ordinals -- no German sentence ends on "die 3." or "im 17.".
 * wink broke liquimoly-hbl.de's "Der gilt formal für die 2. und 3. | Liga" (trafilatura-eval).
 */
const ORDINAL_BEFORE_CAPITAL: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'de',
    new Set(
      `der die das den dem des am im vom zum zur beim ins ans aufs ums ein eine einen einem einer eines sein seine seinen
       seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer`.split(/\s+/),
    ),
  ],
]);
/** Words joining two ordinals ("die 2. und 3. Liga", "im 16. und 17. Jahrhundert"): an ordinal's word before a
 * capitalised word only after another ordinal -- after a plain number they end a sentence on a span or a list ("von
 * 1903 bis 1971.", "2019 und 2020.", "z.B. 300, 1250, 425 und 750."). */
const ORDINAL_JOINERS: ReadonlySet<string> = new Set(['und', 'oder', 'bis', 'bzw']);
/** An ordinal's number before a capitalised word: a rank, a century, a day (not a year: "bis 1990. Im Vergleich"). */
const SHORT_ORDINAL = /^\d{1,3}$/;
/** A day of the month as a number ("31", "1", "01"). */
const DAY_NUMBER = /^(?:0?[1-9]|[12]\d|3[01])$/;
/** An ordinal's number (a day, a rank, a Hungarian year: "2019. október"). */
const ORDINAL_NUMBER = /^\d{1,4}$/;
/** A currency sign before a number: an amount ("$5. dann"), no ordinal. */
const CURRENCY_SIGN = /^\p{Sc}$/u;

/** Does a break after `stop` (a full stop glued to the token before it) before `next` cut an ordinal from its sentence:
 * a day's number from its month, a number from the lower-case word after it, or a number after an article from the
 * capitalised word after it (`before`)? */
function ordinalDayBreak(
  value: (i: number) => string,
  stop: number,
  start: number,
  next: string,
  months: ReadonlyMap<string, number> | undefined,
  before: ReadonlySet<string> | undefined,
): boolean {
  if (months === undefined || stop - 1 < start) return false;
  const number = value(stop - 1);
  if (!ORDINAL_NUMBER.test(number) || (stop - 2 >= start && CURRENCY_SIGN.test(value(stop - 2)))) return false;
  if (LOWER_START.test(next) || (DAY_NUMBER.test(number) && months.has(next.toLowerCase()))) return true;
  if (before === undefined || stop - 2 < start || !SHORT_ORDINAL.test(number) || !UPPER_START.test(next)) return false;
  const word = value(stop - 2).toLowerCase();
  if (before.has(word)) return true;
  // "2. und 3.": the joiner after another ordinal's full stop
  return ORDINAL_JOINERS.has(word) && stop - 4 >= start && value(stop - 3) === '.' && ORDINAL_NUMBER.test(value(stop - 4));
}

/** ordinalDayBreak with `language`'s tables: does a break after `stop` cut an ordinal's number from its sentence? */
export function ordinalBreak(value: (i: number) => string, stop: number, start: number, next: string, language: string): boolean {
  return ordinalDayBreak(value, stop, start, next, ORDINAL_DAY_MONTHS.get(language), ORDINAL_BEFORE_CAPITAL.get(language));
}

/**
 * wink's sentences, with two of its breaks that cut a sentence undone (as [first, last] token ranges): a break
 * with no space after the full stop falls inside a word ("A magnitude-6.0 quake", "MyFoxHouston.com reports",
 * "(Dh472.72bn)"), and a break after an abbreviation in brackets before a lower-case word falls inside a clause
 * ("Sen. Scott Brown (R-Mass.) recently introduced ..."), and so is a break after an abbreviation a sentence does
 * not end on there ("Police Const. Tim Fanning said ...", "Warner Bros. entrusted ...": `abbreviationBreak`) and one
 * before a comma or semicolon.
 */
function joinSplits(raw: WinkRaw, language: string): Array<[number, number]> {
  const { tokens, cache } = raw;
  const ordinalMonths = ORDINAL_DAY_MONTHS.get(language);
  const ordinalBefore = ORDINAL_BEFORE_CAPITAL.get(language);
  const out: Array<[number, number]> = [];
  const value = (i: number) => cache.value(tokens[i * 4]);
  for (const [first, last] of raw.sentences) {
    const prev = out[out.length - 1];
    // (a new line is a token of its own: a sentence opening a paragraph starts with it)
    const glued = prev !== undefined && (tokens[first * 4 + 1] & 0xffff) === 0 && !SPACE_START.test(value(first)) && value(prev[1]).endsWith('.');
    const bracketed = prev !== undefined && prev[1] > prev[0] && value(prev[1]) === ')' && value(prev[1] - 1) === '.' && LOWER_START.test(value(first));
    const abbreviated =
      prev !== undefined &&
      prev[1] > prev[0] &&
      value(prev[1]) === '.' &&
      (tokens[prev[1] * 4 + 1] & 0xffff) === 0 &&
      (abbreviationBreak(value, prev[1], prev[0], value(first)) || ordinalDayBreak(value, prev[1], prev[0], value(first), ordinalMonths, ordinalBefore));
    // (no sentence opens on a comma or semicolon: "Sens. Tim Kaine (D-Va.), who is ..."; but a paragraph's end stays)
    const continued = prev !== undefined && CLAUSE_MARKS.has(value(first)) && !SPACE_START.test(value(prev[1]));
    if (glued || bracketed || abbreviated || continued) prev[1] = last;
    else out.push([first, last]);
  }
  return out;
}

/** Split paragraphs into sentences with words and normalised terms. `text` is the paragraphs joined by a blank line:
 * the text stage passes the document's own, so that the sentences are slices of it, not of a second copy
 * (r3k: 0.7 KB an article kept). */
export function splitSentences(paragraphs: string[], language: string, text = paragraphs.join('\n\n')): Sentence[] {
  if (!text.trim()) return [];
  const english = language === 'en' || language === 'und';
  return readRawFresh(text, (raw) => sentencesOf(raw, text, paragraphs, language, english));
}

/**
 * A sentence's words and terms as they are read (scratch: each sentence keeps copies of the first `wordCount` and
 * `termCount`). Written over, never emptied: `length = 0` lets an array's store go, and pushing then grew it again
 * for every sentence (three times the bytes of the copies kept, microbenchmark).
 */
const words: string[] = [];
const terms: string[] = [];
let wordCount = 0;
let termCount = 0;

function sentencesOf(raw: WinkRaw, text: string, paragraphs: string[], language: string, english: boolean): Sentence[] {
  lexiconOf(raw);
  // paragraph starts, to tell which paragraph each sentence is in
  const paraStarts: number[] = [];
  for (let p = 0, at = 0; p < paragraphs.length; p++) {
    paraStarts.push(at);
    at += paragraphs[p].length + 2;
  }
  const out: Sentence[] = [];
  let cursor = 0;
  let para = 0;
  for (const [first, last] of joinSplits(raw, language)) {
    // the sentence's place in the text, its text a slice of it (made and searched for only where the tokens differ)
    let found = placedSentence(raw, first, last, text, cursor);
    const placed = found >= 0;
    let rawText: string;
    if (placed) rawText = text.slice(found, found + placedLength);
    else {
      rawText = sentenceText(raw, first, last);
      textsMade++;
      found = text.indexOf(rawText, cursor);
    }
    if (found >= 0) {
      cursor = found + rawText.length;
      while (para + 1 < paraStarts.length && paraStarts[para + 1] <= found) para++;
    }
    // most sentences hold single spaces only: they are their own squeezed form (no copy made)
    if (mayBeIrregular) irregularSearches++;
    const squeezed = mayBeIrregular && IRREGULAR_SPACE.test(rawText) ? rawText.replace(/\s+/g, ' ').trim() : rawText;
    if (!squeezed) continue;
    // a sentence written with single spaces is kept as a slice of the article's text, not a second copy
    const sentence = squeezed !== rawText || placed ? squeezed : found >= 0 ? text.slice(found, found + rawText.length) : rawText;
    wordCount = termCount = 0;
    readTokens(raw, first, last, language, english, true);
    // copies of exact length: arrays grown by push keep up to half again as much room (the two above are scratch,
    // reused for every sentence)
    out.push({ index: out.length, text: sentence, paragraph: para, words: words.slice(0, wordCount), terms: terms.slice(0, termCount) });
  }
  return out;
}

/**
 * The words (when `withWords`) and terms of tokens first..last into the scratch `words` and `terms`, after their
 * counts. A token's normal form is the one the sentence automata read (`raw.normals`) when the read kept them; else
 * worked out here: a contraction's part carries its own normal form (as wink's `its.normal` reads it).
 */
function readTokens(raw: WinkRaw, first: number, last: number, language: string, english: boolean, withWords: boolean): void {
  const { tokens, cache: lexicon, normals } = raw;
  for (let i = first; i <= last; i++) {
    const word = tokens[i * 4];
    const kind = kindOf(lexicon, word) & KIND;
    if (kind === OTHER) continue;
    if (withWords) words[wordCount++] = lexicon.value(word);
    let normal: number;
    if (normals) normal = normals[i];
    else {
      const second = tokens[i * 4 + 1];
      normal = second > 65535 ? lexicon.nox(second) : lexicon.normal(word);
    }
    const flags = flagsOf(lexicon, normal);
    if ((flags & SHORT) !== 0 && kind !== NUMBER) continue;
    // each term counted by its stem's id when the text stage counts a document's terms (term-counts.ts)
    if (english) {
      if ((flags & ENGLISH_STOP) !== 0) continue;
      const id = byIndex.stemId[normal];
      if (id === 0) {
        const stem = byIndex.stem[normal] ?? (byIndex.stem[normal] = stemEnglish(byIndex.folded[normal] as string));
        const fresh = stemId(stem);
        byIndex.stemId[normal] = fresh + 1;
        terms[termCount++] = stem;
        countStem(fresh);
      } else {
        terms[termCount++] = byIndex.stem[normal] as string;
        countStem(id - 1);
      }
    } else {
      const folded = byIndex.folded[normal] as string;
      if (isStopWord(folded, language)) continue;
      const stem = lightStem(folded);
      terms[termCount++] = stem;
      if (isCounting()) countStem(stemId(stem));
    }
  }
}

/**
 * Whitespace that wink's splitter leaves inside pieces (or makes tokens of: tabs and line breaks): a text without it
 * has no token that is all whitespace, so none of its sentences is dropped as empty.
 */
const INNER_SPACE = /[\t\n\v\f\r\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/;

/**
 * Terms of a short text (a title), normalised like sentence terms. wink's sentences cut a read's tokens into runs
 * that follow each other, and a sentence's terms are its tokens' in order, so a text none of whose sentences is
 * dropped (INNER_SPACE) has the terms of its tokens read in order: its sentences are not looked for (the title's
 * read is the text stage's second per article).
 */
export function termsOf(text: string, language: string): string[] {
  if (INNER_SPACE.test(text)) return splitSentences([text], language).flatMap((s) => s.terms);
  if (!text.trim()) return [];
  const english = language === 'en' || language === 'und';
  return readRawTokensFresh(text, (raw) => {
    lexiconOf(raw);
    termCount = 0;
    readTokens(raw, 0, raw.tokens.length / 4 - 1, language, english, false);
    return terms.slice(0, termCount);
  });
}
