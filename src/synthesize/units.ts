// The statements of a story: one unit per article sentence that states something, with the features that
// let reworded, re-ordered or translated statements of one fact meet (term keys, entities, figures, years).
import type { DocId, DocumentEnrichment, Entity, EntityType, Figure, Mention, StoryDocument } from '../model.ts';
import { HYPHENED_MEASURES } from '../enrich/data/quantities.ts';
import { LEGAL_FORMS } from '../enrich/data/orgs.ts';
import { TITLE_WORDS as TITLES_OF_NAMES } from '../enrich/data/titles.ts';
import { fold } from '../common/normalize.ts';
import { stemEnglish } from '../common/nlp.ts';
import { memoize } from '../common/memo.ts';
import { objectList } from '../common/object-list.ts';
import {
  SYNONYM_GROUPS,
  PARAPHRASES,
  KEY_LENGTH,
  MIN_STATEMENT_TERMS,
  MIN_STATEMENT_WORDS,
  FIGURE_QUALIFIERS,
  ABOUT_TOLERANCE,
  SUBJECT,
  SURNAME_ONLY,
  DATELINE_PATTERN,
  TIME_NAMES,
  ROLE_WORDS,
  ROLE_PHRASE,
  QUOTE_STOP,
  DANGLING_SPEAKERS,
  PERSON_PLACES,
  PERSON_PLACE_CUE,
  DESIGNATIONS,
  QUOTE_MARKS,
  FIRM_OF_NAMES,
  SPACED_CLOSER,
  COMPANY_DESCRIPTION,
} from './lexicon.ts';

const SUBJECT_TYPES = new Set<string>(SUBJECT.types);
const SUBJECT_START = SUBJECT.maxStart;
const GENERIC_NAME_WORDS = new Set(SUBJECT.generic);
const LEGAL_FORM_WORDS = new Set(LEGAL_FORMS.map((f) => f.toLowerCase()));
/** a name's last word, as written ("Hughes Tool Co" -> "Co") */
const LAST_WORD = /[^\s]+$/u;

/** Does a name end in a legal form ("Hughes Tool Co", "Apple Computer Inc", "Microsoft Corp.")? */
function isCompanyName(name: string): boolean {
  const last = LAST_WORD.exec(name);
  return last !== null && LEGAL_FORM_WORDS.has(last[0].toLowerCase());
}

/** The folded words of a text, as a subject's name is compared with a sentence. */
export function foldedWords(text: string): string[] {
  return fold(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a name that tell it apart ("General Electric Credit Corp": general, electric, credit). */
function nameWords(name: string): string[] {
  return foldedWords(name).filter((w) => w.length > 1 && !GENERIC_NAME_WORDS.has(w));
}
import { parseNumbers, yearAnchors, milestoneYears } from './numbers.ts';
import { amountKind } from './amounts.ts';
import { articleDay, referenceDate } from './dates.ts';
import { quotedSpans } from './quotes.ts';
import { type Deal, DEAL_KEY, type NameSpan, dealsOf } from './deals.ts';

/** Between a day's number and its month in a figure key (`n:12/2`: the 12th of February). */
const DAY_OF = '/';
/** The number of a figure key (`n:12`, `n:12/2`). */
export function keyNumber(k: string): number {
  const at = k.indexOf(DAY_OF, 2);
  return Number(at < 0 ? k.slice(2) : k.slice(2, at));
}

export interface UnitFigure {
  value: number;
  high: number | null;
  /** what the wording allows: "more than 8" is [8, ∞), "about 40" is 40 ± 15% */
  low?: number;
  top?: number;
  /** canonical key of what it counts, when known */
  what: string | null;
  text: string;
  /** the kind of amount it is (FIGURE_AMOUNTS: "money:USD", "percent:%"), when enrichment read one */
  amount?: string | null;
  /** a day's number in a date of another language: the date's month (Figure.month) */
  month?: number;
}

export interface Unit {
  /** position in the story's unit list */
  id: number;
  doc: DocId;
  /** the document's position in the story */
  docOrder: number;
  sentence: number;
  text: string;
  /** feature keys: `t:` term, `e:` entity, `n:` figure value (a day in another language's date with its month: `n:12/2`), `y:` year pointed at, `f:` year a "first ... since" counts from, `c:` concept a paraphrase names */
  keys: string[];
  /** `keys` as a set (made while the keys are gathered): align and briefing ask whether a unit holds a key */
  keySet: ReadonlySet<string>;
  /** term keys the sentence only writes capitalised (inside names and titles: "Defence Minister") */
  nameKeys: ReadonlySet<string>;
  /** term keys of the posts the sentence names ("legislative policy director": ROLE_PHRASE), role words and their modifiers */
  roleKeys: ReadonlySet<string>;
  entities: string[];
  /** the people the sentence names, as `e:` keys */
  persons: string[];
  /** term keys the sentence holds that are words of those people's names, in any of their linked forms ("Bill
   * Ingaldson", "Ingaldson"; "John G. Roberts Jr.", "John Roberts"), and of the titles it writes before them
   * ("Federal Reserve Board Vice Chairman Manuel Johnson", a sentence's first word too): who, not what */
  personWords: ReadonlySet<string>;
  /** the people the sentence names in full or by a title of office ("John Rother", "Sen. Grassley"), as entity ids */
  fullNames: readonly string[];
  /** the people the sentence names by surname alone, bare or after a courtesy title ("Mr. Rother", "Felt"), whose
   * names in the story are longer, and whom it does not name in full too: who, the line alone does not say (SURNAME_ONLY) */
  surnames: readonly string[];
  /** the title words written before those people's names (titleBefore), each with the people (`e:` keys) it titles */
  titles: ReadonlyMap<string, readonly string[]>;
  /** the companies the sentence names -- organisations one of whose names ends in a legal form ("Hughes Tool Co",
   * "Calny Inc") -- as `e:` keys: who a company notice concerns, not what it says (align's sharedNames) */
  companies: string[];
  /** the deals the sentence's deal verbs tell (deals.ts: side, party, object), when it holds the deal key (`c:deal`):
   * which deal, for align's otherDeals; empty unpaired */
  deals: readonly Deal[];
  /** the places the sentence writes only to say who a person is (PERSON_PLACES: "John Dingell, D-Mich", "a Michigan
   * Democrat"), as `e:` keys: pair-only (align leaves them out of what two sentences share) */
  personPlaces: readonly string[];
  /** the term keys of the appositions saying what kind of company a company the sentence names is
   * (COMPANY_DESCRIPTION: "Mason Best Co, a Texas investment firm"): who, not what (align's sharedNames); pair-only */
  companyWords: ReadonlySet<string>;
  /** the entities typed neither a person nor an organisation, as `e:` keys: places, and names the story leaves
   * untyped ("Zarand", no cue for a type) -- where a stated event happened (briefing's sameEvent) */
  places: string[];
  /** the names enrichment found in the sentence: where each starts (character offset) and its type; null when
   * enrichment did not run */
  names: Array<{ start: number; type: EntityType }> | null;
  /** telling words (folded) of the person or organisation the sentence opens with ("Scotia Mortgage Corp is
   * issuing ...": scotia, mortgage), empty when it opens otherwise */
  subject: string[];
  figures: UnitFigure[];
  /** 0 for the lead sentence, towards 1 for the last */
  position: number;
  /** quoted words in the sentence (enrichment's quotes, or quoted spans) */
  quotes: string[];
  /** whether the sentence opens inside a quotation an earlier sentence of its paragraph began and left open (a
   * quote of several sentences: "... Athens looks like downtown Beirut." is the speaker's, not the article's) */
  inQuote: boolean;
  /** the day its article's relative dates count from ("today", "yesterday": dates.ts articleDay), null when undated */
  day: Date | null;
  /** whether the sentence reads on its own, once the briefing has asked (briefing.ts standsAlone): 0 not asked yet,
   * 1 it does, 2 it does not */
  alone: 0 | 1 | 2;
  /** whether it can be a briefing line (briefing.ts lineAlone: it reads alone, in no voice of its own, not cut at a
   * name's "!"), once asked: 0 not asked yet, 1 it can, 2 it cannot */
  line: 0 | 1 | 2;
}

const SYNONYMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) SYNONYMS.set(w.slice(0, KEY_LENGTH), group[0].slice(0, KEY_LENGTH));

/** The key a term is compared on: first letters, folded onto its synonym group. */
export function termKey(term: string): string {
  const k = term.slice(0, KEY_LENGTH);
  return SYNONYMS.get(k) ?? k;
}

/** a regex quantifier: the character or group before it may be missing (or repeat) */
const QUANTIFIER = /[?*+{]/;
const PLAIN_LETTER = /[a-z]/i;
/** escapes whose letters after them are no escape's own (`\p{L}`, `\u0041`, `\x41`, `\cM`, `\k<name>`): not read */
const LONG_ESCAPE = /\\[pPuxck]/;

/**
 * The longest run of plain letters a pattern cannot match without: written outside any group, class or escape, with
 * no quantifier after its last letter, in a pattern with no top-level `|` (the first of equal length). Null when it
 * has none (or uses an escape this does not read). A text without it (in either case) cannot match the pattern.
 */
export function requiredLetters(pattern: string): string | null {
  if (LONG_ESCAPE.test(pattern)) return null;
  let best = '';
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      end();
      i++;
    } else if (c === '[') {
      end();
      // a class ends at its first unescaped `]` (`[]` is an empty class in JavaScript)
      for (i += pattern[i + 1] === '^' ? 2 : 1; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(' || c === ')') {
      end();
      depth += c === '(' ? 1 : -1;
    } else if (c === '|' && depth === 0) return null;
    else if (depth === 0 && PLAIN_LETTER.test(c) && !QUANTIFIER.test(pattern[i + 1] ?? '')) run += c;
    else end();
  }
  end();
  return best || null;
}

/** the paraphrase patterns' flags, their gates' too */
const PARAPHRASE_FLAGS = 'i';
const PARAPHRASE_RES = PARAPHRASES.map((p) => {
  const letters = requiredLetters(p.pattern);
  return {
    // a cheap test first: the letters the pattern cannot match without ("go" of "... go to"), by the same case rule
    gate: letters === null ? null : new RegExp(letters, PARAPHRASE_FLAGS),
    re: new RegExp(p.pattern, PARAPHRASE_FLAGS),
    keys: [...p.keys.map((k) => `t:${termKey(k)}`), ...(p.concept ? [`c:${p.concept}`] : [])],
    companies: p.companies === true,
  };
});

/** no paraphrase: one list for every sentence without any (never changed) */
const NO_KEYS: readonly string[] = [];

/** Keys a sentence's paraphrases stand for ("launched February's invasion from Belarus": t:pad, c:launch-pad);
 * `company`: whether the sentence names a company (some paraphrases are read only there). */
export function paraphraseKeys(text: string, company = false): readonly string[] {
  // most sentences match none: no array, set or copy is made for them
  let out: Set<string> | null = null;
  for (const p of PARAPHRASE_RES) {
    if ((p.companies && !company) || (p.gate !== null && !p.gate.test(text)) || !p.re.test(text)) continue;
    out ??= new Set();
    for (const k of p.keys) out.add(k);
  }
  return out ? [...out] : NO_KEYS;
}

const CAPITALISED = /^\p{Lu}/u;
/** a capitalised word of a title written before a name ("Vice", "Chairman", "Gov.", "U.S."), not a possessive */
const TITLE_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const TITLE_POSSESSIVE = /['’]s$/;
/** at most this many capitalised words before a person's name are its title ("Federal Reserve Board Vice Chairman") */
const TITLE_WORDS = 5;

/**
 * The words of the capitalised run written right before a name starting at `start` ("Federal Reserve Board Vice
 * Chairman Manuel Johnson", "Sheikh Ali", a sentence's first word too): the person's title, who and not what. A comma,
 * a lower-case word or a possessive ends it ("Nebraska's attorney general, Jon Bruning": none).
 */
export function titleBefore(text: string, start: number): string[] {
  const from = Math.max(0, start - 80);
  const words = text.slice(from, start).split(' ');
  // the text right before the name is a space (or nothing): the last piece is empty
  if (words.pop() !== '') return [];
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < TITLE_WORDS; i--) {
    const w = words[i];
    // the first piece of a cut slice may be part of a word
    if ((i === 0 && from > 0) || !TITLE_WORD.test(w) || TITLE_POSSESSIVE.test(w)) break;
    out.push(w);
  }
  return out;
}
/** A word opens with an upper-case letter: ASCII by its code, the rest by the pattern. */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(word);
}

const WORD_KEYS_MAX = 200_000;

/** A word's term key: its stem ("Dmitry" is "dmitri"), first letters, synonym group. Not memoised: every word is
 * looked up as a feature key (wordFeature, memoised), which works this out only for a word it has not met. */
const wordKey = (word: string) => termKey(stemEnglish(fold(word.toLowerCase())));

/** by stem id: termFeature of its term, undefined until asked */
const featureById: Array<string | null | undefined> = new Array(1 << 14).fill(undefined);

/**
 * A sentence term's feature key (`t:` and its term key), null for a number or a term that opens with no
 * letter or digit. Kept by the term's stem id (TextDocument.termIds): one string per term, so the story's sets
 * and maps of keys hash each key once, not a fresh concatenation per sentence; an array read per term, where a
 * memo by the term's string was a look-up by string (a story's sentences read every term of every statement).
 */
function termFeature(id: number, term: string): string | null {
  if (id >= featureById.length) {
    const from = featureById.length;
    // lengthened then filled: an array written at scattered indexes from empty is kept as a hash table
    featureById.length = Math.max(id + 1, 2 * from);
    featureById.fill(undefined, from);
  }
  let k = featureById[id];
  if (k === undefined) k = featureById[id] = !NUMERIC.test(term) && WORD_START.test(term) ? `t:${termKey(term)}` : null;
  return k;
}

/** A capitalised word's term key as a feature key (`t:`), memoised as termFeature. */
const nameFeature = memoize(WORD_KEYS_MAX, (key) => `t:${key}`);

/** A word's feature key (`t:` and its wordKey), memoised (news vocabulary is Zipfian): one look-up per word. */
const wordFeature = memoize(WORD_KEYS_MAX, (word) => nameFeature(wordKey(word)));

/** The term feature keys (`t:`) of a stretch of a sentence's text, as its unit's keys spell them (claims.ts's frame). */
export function wordFeatures(text: string): Set<string> {
  return new Set((text.match(WORD_RUN) ?? []).map(wordFeature));
}
const WORD_RUN = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/**
 * Per term key, the first letters of the words whose key it can be: its own, and its synonyms' (a word's key
 * keeps the word's first letter - the stemmer only strips and rewrites endings - unless a synonym group maps it).
 */
const KEY_FIRSTS = new Map<string, string>();
for (const [word, key] of SYNONYMS) KEY_FIRSTS.set(key, (KEY_FIRSTS.get(key) ?? key[0]) + word[0]);

/** a..z by char code */
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * Can a word opening with char code `c` have one of the keys whose first letters (KEY_FIRSTS) `firsts` holds?
 * Only a..z are ruled out, and only when `odd` is false (every key opens with a..z): any other first letter
 * may fold or stem onto anything. `firsts` holds a..z as bits (a is bit 0): only they are ever asked for.
 */
const mayHaveKey = (c: number, firsts: number, odd: boolean) => odd || !isLowerAscii(c) || (firsts & (1 << (c - 97))) !== 0;

/** The first letters (a..z, as bits) a key's words can have. */
function firstsOf(key: string): number {
  const from = KEY_FIRSTS.get(key) ?? key.slice(0, 1);
  let bits = 0;
  for (let j = 0; j < from.length; j++) {
    const c = from.charCodeAt(j);
    if (isLowerAscii(c)) bits |= 1 << (c - 97);
  }
  return bits;
}

/** A name's words (of two letters or more) as feature keys, memoised by the name: a story's people are named as in
 * stories before it ("Reagan", "James Baker"), each story read their words' keys anew. The list is shared: read only. */
const nameWordFeatures = memoize(WORD_KEYS_MAX, (name: string): readonly string[] =>
  foldedWords(name)
    .filter((w) => w.length > 1)
    .map(wordFeature),
);

const NO_WORDS: ReadonlySet<string> = new Set();
/** a unit's empty lists, one each for all units (no unit's list is changed once made) */
// (lists of objects to V8 as the filled ones are: the aligner's loops over units meet one map, empty or not)
const NO_STRINGS: string[] = objectList();
const NO_STARTS: Array<{ start: number; id: string }> = objectList();
const NO_TITLES: ReadonlyMap<string, readonly string[]> = new Map();
const NO_NAMES: Array<{ start: number; type: EntityType }> = objectList();
const NO_SPANS: NameSpan[] = objectList();
const NO_DEALS: readonly Deal[] = objectList();

/** firstsOf of a feature key (`t:` and a term key), read without cutting the term key out of it. */
const FEATURE_FIRSTS = new Map<string, number>([...KEY_FIRSTS.keys()].map((k) => [nameFeature(k), firstsOf(k)]));
function featureFirsts(feature: string): number {
  const bits = FEATURE_FIRSTS.get(feature);
  if (bits !== undefined) return bits;
  const c = feature.charCodeAt(2);
  return isLowerAscii(c) ? 1 << (c - 97) : 0;
}
/** A feature key whose term key opens with no a..z (or is empty): a word of any first letter may have it. */
const oddFeature = (feature: string) => !isLowerAscii(feature.charCodeAt(2));

/**
 * Term keys of the words a sentence writes only capitalised, past its first word: names and titles.
 * Words compare on their folded first letters, as terms do.
 */
export function capitalisedKeys(words: string[]): ReadonlySet<string> {
  const features = capitalisedFeatures(words);
  return features.length ? new Set(features.map((f) => f.slice(2))) : NO_WORDS;
}

/** capitalisedFeatures' marks of a sentence's capitalised words (1) by position, re-used from sentence to sentence */
let capitalMarks = new Uint8Array(64);
/** capitalisedFeatures' keys, re-used from sentence to sentence: a sentence's few capitalised words' keys are looked
 * through in a short list, where a set was made for each sentence */
const capitalFeatures: string[] = [];
/** past this many words a sentence's keys are also held in a set (a list looked through per word would cost the
 * square of a long run of capitals: a page of them read as one sentence) */
const LIST_WORDS = 64;
const NO_FEATURES: readonly string[] = [];

/** capitalisedKeys as feature keys (`t:`), in the same order: one look-up per word (wordFeature), none per key after.
 * The list is re-used by the next sentence's call: read it before. */
function capitalisedFeatures(words: string[]): readonly string[] {
  // a sentence capitalising no word past its first (a third of them) has none: no word's key is looked up
  let firstCap = 1;
  while (firstCap < words.length && !capitalised(words[firstCap])) firstCap++;
  if (firstCap >= words.length) return NO_FEATURES;
  // each word is asked once whether it is capitalised: the words before `firstCap` (the first aside) are not
  if (capitalMarks.length < words.length) capitalMarks = new Uint8Array(words.length * 2);
  const marks = capitalMarks;
  marks[0] = capitalised(words[0]) ? 1 : 0;
  marks.fill(0, 1, firstCap);
  // each key once, first met first (as a set's order); a long sentence's in a set too
  const caps = capitalFeatures;
  caps.length = 0;
  const held = words.length > LIST_WORDS ? new Set<string>() : null;
  for (let i = firstCap; i < words.length; i++) {
    const cap = i === firstCap || capitalised(words[i]);
    marks[i] = cap ? 1 : 0;
    if (!cap) continue;
    const k = wordFeature(words[i]);
    if (held === null ? caps.includes(k) : held.has(k)) continue;
    caps.push(k);
    held?.add(k);
  }
  // a lower-case word takes a key out; one opening with a letter (a..z) no key of `caps` can start with is
  // not looked up (most are not): the first letters each key can come from, none known for an odd key
  let firsts = 0;
  let everyWord = false;
  for (const k of caps) {
    firsts |= featureFirsts(k);
    if (oddFeature(k)) everyWord = true;
  }
  for (let i = 0; i < words.length && (held === null ? caps.length : held.size); i++) {
    const w = words[i];
    if (marks[i] === 1 || !mayHaveKey(w.charCodeAt(0), firsts, everyWord)) continue;
    const k = wordFeature(w);
    if (held !== null) held.delete(k);
    else {
      const at = caps.indexOf(k);
      if (at >= 0) caps.splice(at, 1);
    }
  }
  // the keys a long sentence's lower-case words took out of the set leave the list, the others in their order
  if (held !== null && held.size < caps.length) {
    let n = 0;
    for (const k of caps) if (held.has(k)) caps[n++] = k;
    caps.length = n;
  }
  return caps;
}

const DATELINE = new RegExp(DATELINE_PATTERN, 'u');

/**
 * The first word's key as a name key, when the sentence opens with a name or a dateline: capitalisedKeys
 * never counts a first word (any sentence capitalises it), so "WASHINGTON -- ..." or "Huckabee made ..."
 * shared a name as if it were a statement. Null when the sentence also writes the word in lower case.
 */
export function firstNameKey(words: string[]): string | null {
  if (!words.length || !capitalised(words[0])) return null;
  // (compared as feature keys: one look-up per word)
  const k = wordFeature(words[0]);
  // only words that can have the key are looked up, as in capitalisedKeys
  const firsts = featureFirsts(k);
  const odd = oddFeature(k);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!capitalised(w) && mayHaveKey(w.charCodeAt(0), firsts, odd) && wordFeature(w) === k) return null;
  }
  return k;
}

/** The keys of the days and months (TIME_NAMES), as a sentence's words give them. */
export const TIME_KEYS: ReadonlySet<string> = new Set(TIME_NAMES.map((w) => nameFeature(wordKey(w))));

/** The role words' feature keys (ROLE_WORDS): who someone is, not what happened. */
export const ROLE_KEYS: ReadonlySet<string> = new Set(ROLE_WORDS.map((w) => nameFeature(termKey(w))));
const ROLE_DETERMINERS = new Set(ROLE_PHRASE.determiners);
/** what may follow a role word that ends its phrase: function words and speech verbs ("the policy director for", "... director said") */
const ROLE_ENDS = new Set([...QUOTE_STOP, ...DANGLING_SPEAKERS.verbs]);
/** a sentence's tokens: words (with inner apostrophes and hyphens), figures, runs of punctuation */
const ROLE_TOKEN = /[\p{L}][\p{L}'’-]*|\p{N}[\p{N}.,]*|[^\s\p{L}\p{N}]+/gu;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const LETTER_FIRST = /^\p{L}/u;
const POSSESSIVE = /['’]s$/;
const NO_ROLES: ReadonlySet<string> = new Set();
/** the role words' keys, and per key the first letters its words can open with (and whether any letter may):
 * a lower-case word opening otherwise has none of the keys */
const ROLE_LIST = [...ROLE_KEYS];
const ROLE_FIRSTS = ROLE_LIST.map(featureFirsts);
const ROLE_ODD = ROLE_LIST.map(oddFeature);

/**
 * The keys of the posts a sentence names (ROLE_PHRASE): each role word it writes, and the lower-case words that
 * say which post it is ("the policy director for the Romney campaign": policy, director).
 */
export function roleKeysOf(text: string, keys: ReadonlySet<string>): ReadonlySet<string> {
  // only the role words the sentence holds are looked for: a word no first letter of theirs opens is not looked up
  let firsts = 0;
  let odd = false;
  let any = false;
  for (let r = 0; r < ROLE_LIST.length; r++)
    if (keys.has(ROLE_LIST[r])) {
      any = true;
      firsts |= ROLE_FIRSTS[r];
      odd ||= ROLE_ODD[r];
    }
  if (!any) return NO_ROLES;
  const out = new Set<string>();
  const tokens = text.match(ROLE_TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    if (!mayHaveKey(w.charCodeAt(0), firsts, odd) || !LOWER_WORD.test(w)) continue;
    const role = wordFeature(w);
    if (!ROLE_KEYS.has(role) || !keys.has(role)) continue;
    out.add(role);
    const next = tokens[i + 1];
    if (next !== undefined && LETTER_FIRST.test(next) && !capitalised(next) && !ROLE_ENDS.has(next.toLowerCase())) continue;
    // the longest run of modifiers that a determiner, a possessive or a capitalised word opens
    for (let n = ROLE_PHRASE.maxModifiers; n >= 1; n--) {
      const mods = tokens.slice(Math.max(0, i - n), i);
      const before = tokens[i - n - 1];
      if (mods.length < n || before === undefined || !mods.every((m) => LOWER_WORD.test(m) && !ROLE_ENDS.has(m) && !ROLE_DETERMINERS.has(m))) continue;
      if (!ROLE_DETERMINERS.has(before.toLowerCase()) && !POSSESSIVE.test(before) && !(LETTER_FIRST.test(before) && capitalised(before))) continue;
      for (const m of mods) {
        const k = wordFeature(m);
        if (keys.has(k)) out.add(k);
      }
      break;
    }
  }
  return out;
}

const NUMERIC = /^[\d.,%]+$/;
/** a term opens with a letter or digit (wink leaves "’s" and the like as terms) */
const WORD_START = /^[\p{L}\p{N}]/u;
const TERMINAL = /[.!"'”’»)…]\s*$/;
const NAV_SEPARATOR = /\s[/|•·]\s/g;

/** Does this sentence state something (rather than being a caption, a heading, a menu or a question)? */
export function isStatement(text: string, words: number, terms: number): boolean {
  if (words < MIN_STATEMENT_WORDS || terms < MIN_STATEMENT_TERMS) return false;
  if (/\?\s*["'”’»]?\s*$/.test(text)) return false;
  if ((text.match(NAV_SEPARATOR)?.length ?? 0) >= 2) return false;
  if (/^\(.*\)$/.test(text.trim())) return false;
  return TERMINAL.test(text) || words >= 12;
}

/** Entity name (folded) -> entity id, from the linked entities' names and aliases. */
function entityIndex(entities: Entity[]): Map<string, string> {
  const m = new Map<string, string>();
  // each name folded once (a capitalised name's fold is a fresh lower-case copy), no list of names made per entity
  const index = (name: string, id: string) => {
    const k = fold(name);
    if (!m.has(k)) m.set(k, id);
  };
  for (const e of entities) {
    index(e.name, e.id);
    for (const alias of e.aliases) index(alias, e.id);
  }
  return m;
}

const NO_FIGURES: UnitFigure[] = [];

/** A sentence's figures from enrichment's (`given`; no dates), with their bounds (figureBounds, those part of a name
 * left out): no list made for a sentence without any, one list (no filtered or mapped copies) for the others. */
function sentenceFigures(text: string, given: Figure[] | undefined): UnitFigure[] {
  if (!given) return NO_FIGURES;
  const out: UnitFigure[] = [];
  for (const f of given) {
    if (f.kind === 'date' || f.value === null || !Number.isFinite(f.value)) continue;
    const what = f.what ? termKey(fold(f.what).split(/\s+/).pop()!) : null;
    const b = figureBounds(text, { value: f.value, high: f.high ?? null, what, text: f.text, amount: amountKind(f, text) });
    if (b === null) continue;
    if (f.month !== undefined) b.month = f.month;
    out.push(b);
  }
  return out;
}

/** A sentence's figures read from its text (enrichment did not run), with their bounds. */
function parsedFigures(text: string): UnitFigure[] {
  return bounded(
    text,
    parseNumbers(text).map((n) => ({ value: n.value, high: n.high, what: n.what ? termKey(n.what) : null, text: n.text })),
  );
}

/** Figures with their bounds (figureBounds), those part of a name left out. */
function bounded(text: string, figures: UnitFigure[]): UnitFigure[] {
  const out: UnitFigure[] = [];
  for (const f of figures) {
    const b = figureBounds(text, f);
    if (b !== null) out.push(b);
  }
  return out;
}

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** per qualifier kind: one pattern for "... more than " before a figure, one for "more than ..." opening it */
const QUALIFIERS = FIGURE_QUALIFIERS.map((q) => ({
  kind: q.kind,
  nearly: q.words.includes('nearly'),
  // "no more than" and "not (repurchase) more than" are no "more than": `negated` reads them as the other bound
  before: new RegExp(`(?<!\\bno |\\bnot (?:[a-z]+ )?)\\b(?:${q.words.map(escapeRe).join('|')}) $`),
  negated: new RegExp(`\\bnot (?:[a-z]+ )?(?:${q.words.map(escapeRe).join('|')}) $`),
  opening: new RegExp(`^(?:${q.words.map(escapeRe).join('|')}) `),
}));
/** every qualifier's words: the words before a figure end with one, or its own text opens with one, or no pattern
 * above can match (each of them ends `before` or opens `own` with its kind's words) -- most figures have none */
const ANY_QUALIFIER = [...new Set(FIGURE_QUALIFIERS.flatMap((q) => q.words))].map(escapeRe).join('|');
const QUALIFIER_ENDING = new RegExp(`(?:${ANY_QUALIFIER}) $`);
const QUALIFIER_OPENING = new RegExp(`^(?:${ANY_QUALIFIER}) `);
/** a "not" right before a figure whose own text opens with its qualifier ("would not repurchase | more than ten") */
const NOT_BEFORE = /\bnot (?:[a-z]+ )?$/;
const LETTER_HYPHEN = /\p{L}-$/u;
/** the word glued by a hyphen before a figure ("magnitude-" of "a magnitude-6.4 temblor") */
const HYPHENED_WORD = /(\p{L}+)-$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where a figure's text stands in the sentence as a whole token, or -1. */
function tokenAt(text: string, part: string): number {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) if (at === 0 || !WORD_CHAR.test(text[at - 1])) return at;
  return -1;
}

const SPACES = /\s+/g;

/** `s.replace(/\s+/g, ' ')`, the string itself when it holds no whitespace but single ASCII spaces (most do: no replace, no new string). */
function oneSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? s.charCodeAt(i + 1) === 32 : c < 32 || c > 126) return s.replace(SPACES, ' ');
  }
  return s;
}

/**
 * The range a figure's wording allows, from the words before it in the sentence; null when the figure is
 * part of a name ("AK-47", "Su-35", "COVID-19"), which counts nothing.
 */
export function figureBounds(text: string, f: UnitFigure): UnitFigure | null {
  const at = tokenAt(text, f.text);
  if (at > 0 && LETTER_HYPHEN.test(text.slice(Math.max(0, at - 2), at))) {
    const word = HYPHENED_WORD.exec(text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase();
    if (word === undefined || !HYPHENED_MEASURES.has(word)) return null;
  }
  // the qualifier may stand before the figure or open the figure's own text ("more than eight")
  const before = oneSpaced((at >= 0 ? text.slice(Math.max(0, at - 40), at) : '').toLowerCase());
  const own = oneSpaced(f.text.toLowerCase());
  const hi = f.high ?? f.value;
  let low = f.value;
  let top = hi;
  // one test each way rules out every kind's patterns for most figures
  if (QUALIFIER_ENDING.test(before) || QUALIFIER_OPENING.test(own))
    for (const q of QUALIFIERS) {
      const negated = q.kind !== 'about' && (q.negated.test(before) || (NOT_BEFORE.test(before) && q.opening.test(own)));
      if (!negated && !q.before.test(before) && !q.opening.test(own)) continue;
      const kind = negated ? (q.kind === 'min' ? 'max' : 'min') : q.kind;
      if (kind === 'min') top = Infinity;
      else if (kind === 'max') low = q.nearly && !negated ? Math.min(low, f.value * (1 - ABOUT_TOLERANCE)) : -Infinity;
      else {
        low = Math.min(low, f.value * (1 - ABOUT_TOLERANCE));
        top = Math.max(top, hi * (1 + ABOUT_TOLERANCE));
      }
    }
  // the fields written out, in the figure's order: cheaper than a spread of it, which copies it generically
  return { value: f.value, high: f.high, what: f.what, text: f.text, low, top, amount: f.amount ?? null };
}

/** a blank or an opening bracket: a straight mark after one, before a letter or figure, opens a quote */
const OPENS_AFTER = /[\s([{]/;
const OPENS_BEFORE = /[\p{L}\p{N}]/u;

/** a name and a verb of saying after a straight mark: the mark, after a comma, closes the quote (SPACED_CLOSER) */
export const SPEAKER_NEXT = new RegExp(`^(?:${SPACED_CLOSER.name}|${SPACED_CLOSER.pronouns.join('|')})\\s+(?:${DANGLING_SPEAKERS.verbs.join('|')})\\b`, 'u');
/** a letter on either side of a straight mark: an apostrophe typed wrong ('Indonesia"s') */
const LETTER = /\p{L}/u;

/** Does the straight mark at `i` open a quote? One spaced as an opener (`privacy at this time, "the actress's rep`)
 * does, whatever was open, unless a comma is before it and a name saying after it (`the charm, "DeGeneres said`);
 * else it toggles. */
function straightOpens(text: string, i: number, open: string): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = text[i + 1] ?? ' ';
  if (OPENS_AFTER.test(before) && OPENS_BEFORE.test(after)) return !(i >= 2 && text[i - 2] === ',' && SPEAKER_NEXT.test(text.slice(i + 1)));
  return !open;
}

/** a double quotation mark of any kind, each in turn: no other character changes what is open (most sentences have
 * none: openAfter finds none and reads no character) */
const EACH_MARK = /["“”„«»]/g;

/** The quotation open after a sentence: its opening mark, or '' when none ('' or the mark open before it given).
 * Only the sentence's marks are read (found by one pattern), not each of its characters in turn. */
export function openAfter(text: string, open: string): string {
  EACH_MARK.lastIndex = 0;
  for (let m = EACH_MARK.exec(text); m !== null; m = EACH_MARK.exec(text)) {
    const i = m.index;
    const c = text[i];
    // (a straight mark between letters is an apostrophe: 'Indonesia"s')
    if (c === QUOTE_MARKS.toggles) {
      if (i > 0 && LETTER.test(text[i - 1]) && LETTER.test(text[i + 1] ?? ' ')) continue;
      open = straightOpens(text, i, open) ? c : '';
    } else if (open && QUOTE_MARKS.closedBy[open] === c) open = '';
    else if (QUOTE_MARKS.opens.includes(c)) open = c;
    else if (QUOTE_MARKS.closes.includes(c)) open = '';
  }
  return open;
}

/** a name's word as written from where it starts: letters, apostrophes, dots */
const NAME_END = /^[\p{L}\p{M}'’.]*/u;
/** one word, maybe with a possessive ("Rother", "Strzok’s") */
const ONE_WORD = /^[^\s]+$/;
const HONORIFICS = new Set(SURNAME_ONLY.honorifics);
/** titles of office and rank, lower case without a final dot (enrichment's table) */
const OFFICES = new Set(TITLES_OF_NAMES.map((w) => w.replace(/\.$/, '').toLowerCase()));
const NAME_SUFFIXES = new Set(SURNAME_ONLY.suffixes);
/** A person's surname, folded: the last word of the name that is no suffix, without a possessive ("Felt" of "W. Mark
 * Felt Sr.", of "Felt’s") */
function surnameOf(name: string): string {
  const words = unsuffixed(name).split(' ');
  return words[words.length - 1].replace(/['’]s$/, '');
}

/** A person's name without its suffixes, folded, its words spaced by one blank ("w. mark felt" of "W. Mark Felt, Sr.") */
function unsuffixed(name: string): string {
  return fold(
    name
      .split(/\s+/)
      .map((w) => w.replace(/[.,]$/, ''))
      .filter((w) => w && !NAME_SUFFIXES.has(w.toLowerCase()))
      .join(' '),
  );
}

/** Does a person's name have a word before its surname (a suffix is no surname: "Trump Jr." is one word)? */
function givenNamed(name: string): boolean {
  const words = name.split(' ').filter((w) => !NAME_SUFFIXES.has(w.replace(/\.$/, '').toLowerCase()));
  return words.length >= 2;
}

const FIRM_JOINS = FIRM_OF_NAMES.joins.join('|');
/** a firm's head after a name, maybe after "and"/"&" and one more name ("Salomon Brothers", "Pesch and Co") */
const FIRM_HEAD = new RegExp(`^(?:\\s+(?:${FIRM_JOINS})(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?)?\\s+(?:${FIRM_OF_NAMES.heads.join('|')})\\.?(?![\\p{L}-])`, 'u');
/** the partners' names after a name, the last one word ("Robertson, Colman and Stephens said"), its first name and its join */
const FIRM_LIST = new RegExp(`^,\\s+(\\p{Lu}[\\p{L}'’-]*)(?:,\\s+\\p{Lu}[\\p{L}'’-]*)*,?\\s+(${FIRM_JOINS})\\s+\\p{Lu}[\\p{L}'’-]*(?!\\s+\\p{Lu})`, 'u');

/**
 * Does a person's name start a firm's, by what follows it (`after`: the sentence from the name's end)? A firm's head
 * ("Salomon Brothers", "Pesch and Co"), or a run of partners' names joined by "&", or whose second name is none of
 * the story's people (`personWords`, folded): "Robertson, Colman and Stephens" (FIRM_OF_NAMES).
 */
function firmOfNames(after: string, personWords: ReadonlySet<string>): boolean {
  if (FIRM_HEAD.test(after)) return true;
  const list = FIRM_LIST.exec(after);
  return !!list && (list[2] === '&' || !personWords.has(fold(list[1])));
}

/**
 * The people a sentence names in full or by a title of office, and those it names by surname alone ("Mr. Rother",
 * a capitalised run of courtesy titles or none before the word) and not in full as well, as entity ids.
 */
function namedHow(text: string, full: string[] | undefined, short: Array<{ start: number; id: string }> | undefined): [string[], string[]] {
  if (!short) return [full ?? NO_STRINGS, NO_STRINGS];
  let fullNames = full ?? NO_STRINGS;
  let surnames: string[] = NO_STRINGS;
  for (const { start, id } of short) {
    // a name run into a word by a hyphen names no one ("an Obama-era ban")
    if (fullNames.includes(id) || surnames.includes(id) || text.charCodeAt(start + NAME_END.exec(text.slice(start))![0].length) === 45) continue;
    // the word right before the name says who when it is a title of office ("Sen. Grassley", "Deputy Ortiz"; not
    // "Mr. Rother", nor a sentence's first word: "If Teixeira signs ...")
    const before = titleBefore(text, start)[0]?.replace(/\.$/, '').toLowerCase();
    const office = before !== undefined && OFFICES.has(before) && !HONORIFICS.has(before);
    if (office) fullNames = [...fullNames, id];
    else surnames = [...surnames, id];
  }
  return [fullNames, surnames.filter((id) => !fullNames.includes(id))];
}

export interface UnitInput {
  documents: StoryDocument[];
  enrichments: Map<DocId, DocumentEnrichment>;
  entities: Entity[];
  /** year the story happens in, for documents without a date */
  fallbackYear: number | null;
  /** false when no two of the units will be scored as a pair (a story of one document: align compares units of two
   * documents only): what only a pair's score reads -- nameKeys, roleKeys, persons, personWords, titles, companies,
   * quotes -- is left empty, and not worked out. True when absent. */
  paired?: boolean;
}

const PERSON_PLACE_CUE_RE = new RegExp(PERSON_PLACE_CUE, 'u');
const PERSON_PLACE_RES = PERSON_PLACES.map((p) => ({
  before: new RegExp(p.before, 'u'),
  after: p.after === undefined ? null : new RegExp(p.after, 'u'),
  afterPerson: p.afterPerson === true,
  title: p.title === undefined ? null : new RegExp(p.title, 'u'),
}));

/** Does the place named at `at` (one of a sentence's `names`, in text order) only say who a person is (PERSON_PLACES)? */
function describesPerson(text: string, names: readonly NameSpan[], at: number): boolean {
  const place = names[at];
  const from = Math.max(0, place.start - 40);
  for (const p of PERSON_PLACE_RES) {
    if (p.after !== null && !p.after.test(text.slice(place.end, place.end + 40))) continue;
    if (!p.afterPerson) {
      if (p.before.test(text.slice(from, place.start))) return true;
      continue;
    }
    const person = at > 0 ? names[at - 1] : null;
    if (person === null || person.type !== 'person' || !p.before.test(text.slice(person.end, place.start))) continue;
    if (p.title === null || p.title.test(text.slice(Math.max(0, person.start - 40), person.start))) return true;
  }
  return false;
}

/** an apposition of COMPANY_DESCRIPTION right after a company's name: its words before the kind, and the kind */
const COMPANY_DESCRIPTION_RE = new RegExp(
  String.raw`^,\s+(?:${COMPANY_DESCRIPTION.articles.join('|')})\s+((?:[\p{L}][\p{L}'’.-]*\s+){0,${COMPANY_DESCRIPTION.maxWords}}?)(${COMPANY_DESCRIPTION.kinds.join('|')})\b`,
  'u',
);
const DESCRIPTION_WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The keys of the appositions a sentence writes after a company's name to say what kind of company it is
 * (COMPANY_DESCRIPTION): its words' term keys. `companies`: the sentence's company keys. */
function companyWordsOf(text: string, spans: readonly NameSpan[], companies: readonly string[], keys: ReadonlySet<string>): ReadonlySet<string> {
  if (!companies.length) return NO_WORDS;
  let out: Set<string> | null = null;
  for (const n of spans) {
    if (!companies.includes(n.key)) continue;
    const m = COMPANY_DESCRIPTION_RE.exec(text.slice(n.end, n.end + 80));
    if (!m) continue;
    for (const w of `${m[1]}${m[2]}`.match(DESCRIPTION_WORD) ?? []) {
      const k = wordFeature(w);
      if (keys.has(k)) (out ??= new Set()).add(k);
    }
  }
  return out ?? NO_WORDS;
}

/** The places a sentence names only to say who a person is, and nowhere else in it (as `e:` keys; most have none).
 * `spans`: the sentence's names, put in text order here when read. */
function personPlacesOf(text: string, spans: NameSpan[]): readonly string[] {
  if (!spans.some((n) => n.type === 'place') || !PERSON_PLACE_CUE_RE.test(text)) return NO_STRINGS;
  const names = inTextOrder(spans);
  let out: string[] | null = null;
  let elsewhere: string[] | null = null;
  for (let i = 0; i < names.length; i++) {
    if (names[i].type !== 'place') continue;
    if (describesPerson(text, names, i)) (out ??= []).push(names[i].key);
    else (elsewhere ??= []).push(names[i].key);
  }
  return out ? out.filter((k) => !elsewhere?.includes(k)) : NO_STRINGS;
}

/** A sentence's name spans in the order they start, sorted in place only when they are not (a sentence's mentions
 * mostly come in text order; most sentences' spans are never read in order: sorted where read). */
function inTextOrder(spans: NameSpan[]): NameSpan[] {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return spans.sort((x, y) => x.start - y.start);
  return spans;
}

const DESIGNATION_RES = DESIGNATIONS.map((d) => ({ re: new RegExp(d.pattern, 'gu'), each: new RegExp(d.each, 'gu'), key: d.key, holds: d.holds }));

/** The designations a sentence writes (DESIGNATIONS: "class E and H" -> e:class-E, e:class-H; "Chapter 11"). */
function designationKeys(text: string): readonly string[] {
  let out: Set<string> | null = null;
  for (const d of DESIGNATION_RES) {
    // (matchAll copies its regex: asked of every sentence, most without the designation's word)
    if (!text.includes(d.holds)) continue;
    for (const m of text.matchAll(d.re)) {
      for (const v of m[1].match(d.each) ?? []) (out ??= new Set()).add(`e:${d.key}-${v}`);
    }
  }
  return out ? [...out] : NO_KEYS;
}

/** The statement units of a story's documents, in story order. */
/** What buildUnits reads of the story for each of its documents (made once a story). */
interface StoryNames {
  paired: boolean;
  enrichments: Map<DocId, DocumentEnrichment>;
  fallbackYear: number | null;
  byName: Map<string, string>;
  typeOf: Map<string, EntityType>;
  /** each entity's feature key (`e:` and its id), made once a story: every sentence naming it adds the same string */
  entityKeys: Map<string, string>;
  /** each person's name words as term keys, over all the forms linking joined (made once a story) */
  nameWordKeys: Map<string, string[]>;
  /** the people whose story name is longer than one word (a surname alone does not say who they are) */
  longNames: Set<string>;
  /** the words of the story's people's names (folded): a run of names none of them is a firm's (firmOfNames) */
  personWords: Set<string>;
  /** a surname several of those people bear (folded) -> them: "Felt" of W. Mark Felt and Joan Felt */
  bearers: Map<string, string[]>;
  /** the companies' entity ids (read for persons, person words, titles and companies only: none unpaired) */
  companyIds: Set<string>;
}

/** What buildUnits reads of a document's names, by sentence index (documentNames). */
interface DocumentNames {
  mentionsAt: Map<number, string[]>;
  subjectAt: Map<number, string[]>;
  namesAt: Map<number, Array<{ start: number; type: EntityType }>>;
  /** each sentence's names with their ends, `e:` keys and types (paired only): the deals of a sentence holding the
   * deal key, and the places that only say who a person is */
  namedAt: Map<number, NameSpan[]>;
  /** sentences whose first word opens a name ("Huckabee made the announcement ...") */
  namedFirst: Set<number>;
  /** where each person's name starts in a sentence: the title written before it is the person's too (titleBefore) */
  personStarts: Map<number, Array<{ start: number; id: string }>>;
  /** the people each sentence names in one word, where the story's name is longer: where that word starts */
  shortAt: Map<number, Array<{ start: number; id: string }>>;
  fullAt: Map<number, string[]>;
}

/** What a document's sentences share when each is made a unit (documentUnits). */
interface DocumentUnits {
  doc: StoryDocument;
  docOrder: number;
  enr: DocumentEnrichment | undefined;
  names: DocumentNames;
  quotesIn: Map<number, string[]>;
  figuresAt: Map<number, Figure[]>;
  year: number | null;
  day: Date | null;
  last: number;
}

// (buildUnits' work is split by pass -- the story's names, a document's names, a sentence's unit -- in functions of
// their own: each is compiled on its own, and a path one meets late for the first time costs a compile of its piece,
// not of the whole)

/** An entity's feature key, made once a story. */
function entityKeyOf(story: StoryNames, id: string): string {
  return story.entityKeys.get(id) ?? story.entityKeys.set(id, `e:${id}`).get(id)!;
}

/** The entities typed neither a person nor an organisation, as `e:` keys, in mention order: one list, no filtered copy. */
function placesOf(story: StoryNames, entities: string[]): string[] {
  const out: string[] = [];
  for (const e of entities) {
    const type = story.typeOf.get(e);
    if (type !== 'person' && type !== 'org') out.push(entityKeyOf(story, e));
  }
  return out;
}

function storyNames(input: UnitInput): StoryNames {
  const paired = input.paired !== false;
  const typeOf = new Map<string, EntityType>(input.entities.map((e) => [e.id, e.type]));
  const nameWordKeys = new Map<string, string[]>();
  const longNames = new Set<string>();
  for (const e of input.entities) if (e.type === 'person' && givenNamed(e.name)) longNames.add(e.id);
  const personWords = new Set<string>();
  // (a name that is another's but for a suffix is that person again, split ("W. Mark Felt Sr." of "W. Mark Felt"),
  // not another bearer)
  const bearers = new Map<string, string[]>();
  const bearerNames = new Set<string>();
  for (const e of input.entities) {
    if (e.type !== 'person') continue;
    for (const n of [e.name, ...e.aliases]) for (const w of n.split(/\s+/)) personWords.add(fold(w));
    const bare = unsuffixed(e.name);
    if (!longNames.has(e.id) || bearerNames.has(bare)) continue;
    bearerNames.add(bare);
    const surname = surnameOf(e.name);
    (bearers.get(surname) ?? bearers.set(surname, []).get(surname)!).push(e.id);
  }
  for (const [surname, ids] of bearers) if (ids.length < 2) bearers.delete(surname);
  const companyIds = new Set<string>();
  if (paired)
    for (const e of input.entities) {
      if (e.type === 'person') nameWordKeys.set(e.id, [...new Set([e.name, ...e.aliases].flatMap(nameWordFeatures))]);
      else if (e.type === 'org' && (isCompanyName(e.name) || e.aliases.some(isCompanyName))) companyIds.add(e.id);
    }
  return {
    paired,
    enrichments: input.enrichments,
    fallbackYear: input.fallbackYear,
    byName: entityIndex(input.entities),
    typeOf,
    entityKeys: new Map(),
    nameWordKeys,
    longNames,
    personWords,
    bearers,
    companyIds,
  };
}

export function buildUnits(input: UnitInput): Unit[] {
  const units: Unit[] = [];
  const story = storyNames(input);
  for (let docOrder = 0; docOrder < input.documents.length; docOrder++) documentUnits(story, input.documents[docOrder], docOrder, units);
  return units;
}

/** A document's names by sentence: which entities, where, how written. */
function documentNames(story: StoryNames, doc: StoryDocument, enr: DocumentEnrichment | undefined): DocumentNames {
  const { paired, byName, typeOf, longNames, bearers, nameWordKeys } = story;
  const names: DocumentNames = {
    mentionsAt: new Map(),
    subjectAt: new Map(),
    namesAt: new Map(),
    namedAt: new Map(),
    namedFirst: new Set(),
    personStarts: new Map(),
    shortAt: new Map(),
    fullAt: new Map(),
  };
  const { mentionsAt, subjectAt, namesAt, namedAt, namedFirst, personStarts, shortAt, fullAt } = names;
  // a surname several people bear -> whom it means alone in the article: the first of them it names in full,
  // unless it wrote the surname alone before (then the story's own: "Felt worked as ..." before "His daughter Joan
  // Felt said ...")
  const bearerHere = new Map<string, string>();
  for (const written of enr?.mentions ?? []) {
    // a name enrichment read as naming nothing after a place's initials ("U.S. Pressure") is read as it was: its rare
    // key held the sentence's total, and the place alone would join sentences it only describes a noun of
    const m = written.was === undefined ? written : nameThatWas(written, written.was);
    if (m.start === 0) namedFirst.add(m.sentence);
    const folded = fold(m.text);
    const id = byName.get(folded) ?? `~${folded}`;
    // a lone surname the article leaves untyped ("According to Trump, he ...") has its type from the story's entity
    const type = m.type === 'other' ? (typeOf.get(id) ?? m.type) : m.type;
    if (m.start !== undefined) (namesAt.get(m.sentence) ?? namesAt.set(m.sentence, []).get(m.sentence)!).push({ start: m.start, type });
    if (paired && m.start !== undefined && m.end !== undefined)
      (namedAt.get(m.sentence) ?? namedAt.set(m.sentence, []).get(m.sentence)!).push({ start: m.start, end: m.end, key: entityKeyOf(story, id), type });
    if (SUBJECT_TYPES.has(m.type) && m.start !== undefined && m.start <= SUBJECT_START && !subjectAt.has(m.sentence))
      subjectAt.set(m.sentence, nameWords(m.text));
    const list = mentionsAt.get(m.sentence);
    if (!list) mentionsAt.set(m.sentence, [id]);
    else if (!list.includes(id)) list.push(id);
    // (a name starting a firm's is no person to meet first: "Robertson, Colman and Stephens said ...")
    if (
      type === 'person' &&
      longNames.has(id) &&
      !(m.end !== undefined && firmOfNames(doc.sentences[m.sentence]?.text.slice(m.end) ?? '', story.personWords))
    ) {
      const surname = bearers.size ? surnameOf(m.text) : '';
      if (!ONE_WORD.test(m.text)) {
        (fullAt.get(m.sentence) ?? fullAt.set(m.sentence, []).get(m.sentence)!).push(id);
        if (bearers.get(surname)?.includes(id) && !bearerHere.has(surname)) bearerHere.set(surname, id);
      } else if (m.start !== undefined) {
        // a surname several people bear is the one the article named in full first ("Felt" after "Joan Felt" alone)
        let whose = id;
        if (bearers.get(surname)?.includes(id)) {
          whose = bearerHere.get(surname) ?? id;
          if (!bearerHere.has(surname)) bearerHere.set(surname, id);
        }
        (shortAt.get(m.sentence) ?? shortAt.set(m.sentence, []).get(m.sentence)!).push({ start: m.start, id: whose });
      }
    }
    if (paired && m.start !== undefined && m.start > 0 && nameWordKeys.has(id)) {
      const at = personStarts.get(m.sentence);
      if (at) at.push({ start: m.start, id });
      else personStarts.set(m.sentence, [{ start: m.start, id }]);
    }
  }
  return names;
}

/** A mention as the name it was (Mention.was): "U.S. Pressure" of "U.S.". */
function nameThatWas(m: Mention, was: string): Mention {
  return { ...m, text: was, type: m.wasType ?? m.type, end: m.start === undefined ? m.end : m.start + was.length };
}

/** A document's units, one per sentence that states something, pushed onto `units`. */
function documentUnits(story: StoryNames, doc: StoryDocument, docOrder: number, units: Unit[]): void {
  const enr = story.enrichments.get(doc.id);
  const quotesIn = new Map<number, string[]>();
  for (const q of enr?.quotes ?? []) {
    const list = quotesIn.get(q.sentence);
    if (list) list.push(q.text);
    else quotesIn.set(q.sentence, [q.text]);
  }
  const names = documentNames(story, doc, enr);
  const figuresAt = new Map<number, Figure[]>();
  for (const f of enr?.figures ?? []) {
    const list = figuresAt.get(f.sentence);
    if (list) list.push(f);
    else figuresAt.set(f.sentence, [f]);
  }
  const at: DocumentUnits = {
    doc,
    docOrder,
    enr,
    names,
    quotesIn,
    figuresAt,
    year: referenceDate(doc.published)?.getUTCFullYear() ?? story.fallbackYear,
    day: articleDay(doc),
    last: Math.max(1, doc.sentences.length - 1),
  };
  // each sentence's terms' stem ids follow the sentences before its
  let termsAt = 0;
  // the quotation open where each sentence starts, read through its paragraph (a quote closes with its paragraph)
  let paragraph = -1;
  let open = '';
  for (const s of doc.sentences) {
    const from = termsAt;
    termsAt += s.terms.length;
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open = '';
    }
    const inQuote = open !== '';
    open = openAfter(s.text, open);
    if (!isStatement(s.text, s.words.length, s.terms.length)) continue;
    units.push(sentenceUnit(story, at, s, from, inQuote, units.length));
  }
}

/** The unit of one sentence that states something: its keys and what a pair's score reads of it. */
function sentenceUnit(story: StoryNames, at: DocumentUnits, s: StoryDocument['sentences'][number], from: number, inQuote: boolean, unitId: number): Unit {
  const { paired, companyIds, nameWordKeys } = story;
  const { doc, enr, names } = at;
  const keys = new Set<string>();
  const entities = names.mentionsAt.get(s.index) ?? NO_STRINGS;
  for (let t = 0; t < s.terms.length; t++) {
    const k = termFeature(doc.termIds[from + t], s.terms[t]);
    if (k !== null) keys.add(k);
  }
  for (const e of entities) keys.add(entityKeyOf(story, e));
  // enrichment's figures when it ran on this document (none found is an answer too); most sentences have none
  const figures = enr ? sentenceFigures(s.text, at.figuresAt.get(s.index)) : parsedFigures(s.text);
  for (const f of figures) {
    // a bare year is a date, not a quantity: years meet through `y:` anchors only
    if (f.high === null && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100) continue;
    // a day in a date is its month's day: "am 11. und 12. Februar" and "Am 11. und 12. März" share no figure
    const of = f.month === undefined ? '' : `${DAY_OF}${f.month}`;
    keys.add(`n:${f.value}${of}`);
    if (f.high !== null) keys.add(`n:${f.high}${of}`);
  }
  for (const y of yearAnchors(s.text, at.year)) keys.add(`y:${y}`);
  for (const y of milestoneYears(s.text, at.year)) keys.add(`f:${y}`);
  const namesCompany = companyIds.size > 0 && entities.some((e) => companyIds.has(e));
  for (const k of paraphraseKeys(s.text, namesCompany)) keys.add(k);
  for (const k of designationKeys(s.text)) keys.add(k);
  // most units have none: a set is made for those that have (none unpaired: a unit's name keys are read by a
  // pair's score, and by the briefing's citations of a sentence other than the line's own, which a story of one
  // article, each of whose claims is one sentence, never asks)
  let nameKeys: Set<string> | null = null;
  if (paired) {
    for (const k of capitalisedFeatures(s.words)) if (keys.has(k)) (nameKeys ??= new Set()).add(k);
    if (names.namedFirst.has(s.index) || DATELINE.test(s.text)) {
      const first = firstNameKey(s.words);
      if (first !== null && keys.has(first)) (nameKeys ??= new Set()).add(first);
    }
  }
  const quotes = !paired ? NO_STRINGS : enr?.quotes.length ? (at.quotesIn.get(s.index) ?? NO_STRINGS) : quotedSpans(s.text);
  const roleKeys = paired ? roleKeysOf(s.text, keys) : NO_WORDS;
  let persons: string[] | null = null;
  let personWords: Set<string> | null = null;
  let companies: string[] | null = null;
  if (paired)
    for (const e of entities) {
      if (companyIds.has(e)) (companies ??= []).push(entityKeyOf(story, e));
      const words = nameWordKeys.get(e);
      if (!words) continue;
      (persons ??= []).push(entityKeyOf(story, e));
      for (const k of words) if (keys.has(k)) (personWords ??= new Set()).add(k);
    }
  const named = names.namedAt.get(s.index) ?? NO_SPANS;
  const deals = paired && keys.has(DEAL_KEY) ? dealsOf(s.text, inTextOrder(named)) : NO_DEALS;
  // most sentences write no title before a name: a map is made for those that do
  let titles: Map<string, string[]> | null = null;
  for (const { start, id } of names.personStarts.get(s.index) ?? NO_STARTS)
    for (const w of titleBefore(s.text, start)) {
      const k = wordFeature(w);
      if (!keys.has(k)) continue;
      (personWords ??= new Set()).add(k);
      const whose = (titles ??= new Map()).get(k);
      if (!whose) titles.set(k, [entityKeyOf(story, id)]);
      else if (!whose.includes(entityKeyOf(story, id))) whose.push(entityKeyOf(story, id));
    }
  const [fullNames, surnames] = namedHow(s.text, names.fullAt.get(s.index), names.shortAt.get(s.index));
  return {
    id: unitId,
    doc: doc.id,
    docOrder: at.docOrder,
    sentence: s.index,
    text: s.text,
    keys: [...keys],
    keySet: keys,
    nameKeys: nameKeys ?? NO_WORDS,
    roleKeys,
    entities,
    persons: persons ?? NO_STRINGS,
    personWords: personWords ?? NO_WORDS,
    fullNames,
    surnames,
    titles: titles ?? NO_TITLES,
    companies: companies ?? NO_STRINGS,
    deals,
    personPlaces: paired ? personPlacesOf(s.text, named) : NO_STRINGS,
    companyWords: paired && companies ? companyWordsOf(s.text, named, companies, keys) : NO_WORDS,
    places: entities.length ? placesOf(story, entities) : NO_STRINGS,
    names: enr ? (names.namesAt.get(s.index) ?? NO_NAMES) : null,
    subject: names.subjectAt.get(s.index) ?? NO_STRINGS,
    figures,
    position: s.index / at.last,
    quotes,
    inQuote,
    day: at.day,
    alone: 0,
    line: 0,
  };
}
