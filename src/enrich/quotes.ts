// Quotations in one document and who said them, read the way news writing attributes speech:
// `"...," X said`, `X said: "..."`, `"...," said X, a former ...`, `according to X`, a pronoun that
// refers to the person the text is about, and a quote that goes on from the previous one.
// findQuotes runs named steps over each paragraph; the words and distances they use are data
// (data/speech.ts, data/given-names.ts).
import { firstOpenFrom, firstStartFrom, firstStartPast } from './bisect.ts';
import type { Quote, TextDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { foldOpenings, mayFoldOpen } from '../common/foldfilter.ts';
import { afterLastSpace, beforeFirstSpace, isAllCaps, paragraphTokens, tokenize, type Token } from './tokens.ts';
import { lex, type Lexicon } from './lexicon.ts';
import {
  PERSON_PRONOUNS,
  ORG_PRONOUNS,
  GROUP_PRONOUNS,
  CLAUSE_CONJUNCTIONS,
  QUOTE_LIMITS,
  ATTRIBUTION_DASHES,
  ACCORDING_TO,
  ACCORDING_CHANNELS,
  QUOTING_VERBS,
  QUOTED_AS,
  FRONTED_DOCUMENT,
  REPORTED_SPEAKER,
  NAMING_CLAUSE,
  DOER_PREPOSITIONS,
  PARTICIPLE_PREPOSITIONS,
  CLAUSE_OBJECTS,
  SPEECH_PHRASES,
  SPEECH_OBJECTS,
  NAMED_ROLES,
  ROLE_TITLES,
  ROLE_TITLE_POSTS,
  ROLE_OFFICES,
  PARTY_LETTERS,
  PHRASE_ENDERS,
  OWNER_CHANNELS,
  SPEECH_VERB_NOUNS,
  STATE_NOUNS,
  ROLE_CHANGERS,
  UNNAMED_ROLES,
  CROWD_SUBJECTS,
  SUBJECT_TIME_WORDS,
  PARTY_PEOPLES,
  RELATIVE_OPENERS,
  SUBJECT_RELATIVES,
  QUOTE_ASIDES,
  TAG_TAIL_WORDS,
  SUBORDINATORS,
  FRONTED_TIME_CLAUSE,
  HELD_CLAUSE,
  REPORTED_BELIEF_VERBS,
  PHRASE_BREAK_VERBS,
  NAME_RUN_LINKS,
  NEGATED_AUXILIARIES,
  GENDER_TITLES,
  GENDER_PRONOUNS,
  CLAUSE_AFTER_QUOTE,
  STAGE_DIRECTIONS,
  UNREAL_SUBORDINATORS,
  STANCE_VERBS,
  STANCE_OBJECT,
  STANCE_STATES,
  TAG_VERBS,
  OWNER_WORDS,
  POSSESSED_SPEECH,
  SUBJECT_ADVERBS,
  SUBJECT_AUXILIARIES,
  CARRYING_LEADS,
  PERFECT_PARTICIPLES,
  NOT_VERB_USES,
  PASSIVE_AUXILIARIES,
  STANCE_DEEDS,
  STANCE_POSITIONS,
  WORK_TITLES,
  TERM_QUOTES,
  PASSIVE_TERMS,
} from './data/speech.ts';
import { isDemonym, type NameMention } from './names.ts';
import { HAS_LETTER, LOWER_FIRST, UPPER_FIRST } from '../common/letters.ts';

// module-level: see src/common/letters.ts (a `\p{…}` literal in a function is built per call)
/** the word before a closing colon ("said:") */
const INTRO_WORD = /(\p{L}+)\s*:$/u;
/** up to four lower-case words after a name */
const LOWER_WORDS_AFTER = /^(?:['’]s?)?\s+((?:\p{Ll}+\s+){0,3}\p{Ll}+)/u;
/** a comma opening an appositive ("…, a spokesman for the …") */
const APPOSITIVE_OPENING = /^,\s*(?:(?:a|an|the)\s+|(?:\p{Ll}+\s+){0,3}(?:of|at|for|to|with)\s+(?:the\s+)?)/u;
/** a comma before a lower-case word: an appositive closed and its clause going on */
const APPOSITIVE_CLOSED = /,\s+\p{Ll}/u;
/** quotation marks and dashes only */
const MARKS_ONLY = /^[\s'’"“”—–-]*$/u;
/** letters only */
const ALL_LETTERS = /^\p{L}+$/u;
// a capitalised word with its possessive ending ("Reid's", "Stone’s")
const NAME_POSSESSIVE = /^\p{Lu}\p{L}*['’]s$/u;
/** the capitalised word right before a name ("Mrs.", "Msgr.", "Princess") */
const TITLE_JUST_BEFORE = /(\p{Lu}\p{Ll}*\.?)\s+$/u;
/** quoted words, whose pronouns are the speaker's and may name anyone */
const QUOTED_TEXT = /[“"][^“”"]*(?:[”"]|$)/gu;
/** the words of a clause (global: read with match only) */
const WORDS = /\p{L}[\p{L}'’-]*/gu;
/** a party tag ending before a name ("R-Texas") */
const PARTY_TAG_BEFORE = /\b[RDI]-(?:\p{Lu}[\p{L}.]*(?:[\s-]|$))*$/u;
/** the word after a name */
const NEXT_WORD = /^(?:['’]s)?\s+(\p{L}+)/u;
/** what closes an appositive right after its name: a dash, a closing bracket, the sentence's end */
const APPOSITIVE_END = /^\s*(?:--|[—–).]|$)/u;
/** the words a possessive names ("Putin's spokesman") */
const POSSESSED_WORDS = /^['’]s?\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
/** nothing but capitalised words (each word ends at a space or the end: one way to read a run of capitals, so the
 * test stays linear on a shouting line, where a pattern free to split "ABCDEF" anywhere tries every split) */
const CAPITALISED_ONLY = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+|$))*$/u;
/** a possessive and one or two words ("'s spokesman") */
const POSSESSED_VOICE = /^['’]s?\s+(?:\p{L}+\s+)?\p{L}+\s*$/u;
/** up to four capitalised words ending a text */
const TITLE_BEFORE = /((?:\p{Lu}[\p{L}.-]*\s+(?:of\s+)?){1,4})$/u;
/** up to four capitalised words and the post a link word names after them, ending a text ("U.S. Ambassador| to GATT ") */
const TITLE_POST_BEFORE = new RegExp(
  `((?:\\p{Lu}[\\p{L}.-]*\\s+){1,4})(?:(?:${ROLE_TITLE_POSTS.join('|')})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){1,3})?$`,
  'u',
);
/** the words between a name and what follows */
const PHRASE_GAP = /^(?:['’]s?|-\p{L}+|\p{N}+)?\s+([\p{L}\p{N}\s.'’"“”-]*?)(,\s+)?$/u;
/** a colon ending a text */
const NAME_COLON = /\s*:\s*$/u;
/** a preposition and the start of its noun phrase ending a text ("to the Dutch newspaper ") */
const GOVERNED_PHRASE = /\b(?:to|on|in|at|with|for|of|about|into)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** a speech verb in -ing opening a text */
const PARTICIPLE_AT = /^\p{L}+ing\b/u;
/** a relative clause of a person after a name ("Paris, who used to work on Capitol Hill, said": a person, not the city) */
const WHO_AFTER = /^,\s+who\b/u;
/** lower-case words (global: read with match only) */
const LOWER_WORDS = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;
/** a transcript's speaker label in capitals opening a quote ("PENCE: Well, ...", "MR. SMITH: ...") */
const TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]*\s){0,2}\p{Lu}[\p{Lu}'’-]+):\s/u;
/** a party and state tag ending a text ("D-N.Y.", "(D-Ill.)") */
const PARTY_STATE_END = /\b[RDI]-(?:\p{Lu}\p{Ll}{0,4}\.)+\)?\s*$/u;
/** a sentence that opens with a comma or a lower-case word: the splitter's break inside a clause */
const CLAUSE_GOES_ON = /^[,;]|^\p{Ll}/u;
// between a speech verb and a later name: a break that ends what the verb reports
const REPORT_BREAK = /[,;:()"“”—–]|\s-\s/u;

/** "according to" right after a quote's closing mark, and a determiner before its name ("according to a GTX statement") */
/** the document an "according to" names before its author ("a statement released by the ", ACCORDING_CHANNELS) */
// (a modifier before the noun: "a court document filed by ...")
const ACCORDING_CHANNEL = `(?:(?:a|an|the)\\s+)?(?:(?:\\p{Ll}+\\s+)?(?:${ACCORDING_CHANNELS.nouns.join('|')})\\s+(?:(?:${ACCORDING_CHANNELS.participles.join('|')})\\s+)?(?:${ACCORDING_CHANNELS.prepositions.join('|')})\\s+(?:(?:a|an|the)\\s+)?)?`;
const ACCORDING_AFTER = new RegExp(`^[\\s,]*${ACCORDING_TO.source}${ACCORDING_CHANNEL}`, 'iu');
/** the words of an appositive right after a name (", a spokesman for the ...") */
const APPOSITIVE_WORDS = /^,\s+([^,.;:()"“”]{0,60})/u;

const OPEN = new Set(['“', '„', '«', '‟']);
const CLOSE = new Set(['”', '»']);

/** A mention placed in its paragraph. */
export interface PlacedMention extends NameMention {
  paragraph: number;
  /** offset in the paragraph text */
  at: number;
  until: number;
}

/**
 * A mention placed in its paragraph (the sentence starts at `offset` there): `{ ...m, paragraph, at, until }`
 * written out, key for key in the order `findMentions` makes them. V8 copies an object spread through its
 * slow path here (about 10 µs a mention against 0.5 µs, microbenchmark), and Reuters has some 200,000 mentions.
 */
export function placeMention(m: NameMention, paragraph: number, offset: number): PlacedMention {
  return {
    text: m.text,
    type: m.type,
    document: m.document,
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    cue: m.cue,
    paragraph,
    at: offset + m.start,
    until: offset + m.end,
  };
}

export interface SentenceSpan {
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

interface Span {
  /** offset of the opening mark (-1 when the quote was opened in an earlier paragraph) */
  open: number;
  /** offset of the first character inside the marks */
  start: number;
  /** offset of the closing mark, or the paragraph's length when the quote runs on */
  close: number;
  /** offset just after the closing mark */
  end: number;
  closed: boolean;
  /** a headline's quote in single marks after its speaker and a colon */
  headline?: boolean;
}

type Gender = 'm' | 'f';

interface Speaker {
  name: string;
  type: string;
  at: number;
  paragraph: number;
  sentence: number;
  gender?: Gender;
  /** one the text leaves unnamed, by the role phrase that spoke ("a director at one U.K. merchant bank"): a later "he" may
   * be theirs, and a quote it attributes is no one's named */
  unnamed?: string;
}

export interface DocQuote extends Quote {
  paragraph: number;
  at: number;
  openEnded: boolean;
  /** the sentence where the quote closes (a quote of several sentences goes on being its speaker's until there) */
  last: number;
  /** how the speaker was found */
  how: string;
}

/** First index in [0, n) for which `ok` holds (`ok` is false then true along the range), or n. */
function lowerBound(n: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Width of a straight double mark at i: `"`, or the two apostrophes NYT copy writes for one; else 0. */
function straightAt(text: string, i: number): number {
  if (text[i] === '"') return apostropheAt(text, i) ? 0 : 1;
  return text[i] === "'" && text[i + 1] === "'" ? 2 : 0;
}

/** a contraction's or possessive's ending after an apostrophe, then no letter ("s", "t", "re", "ll", "ve", "d", "m") */
const CONTRACTION_END = /(?:s|t|re|ll|ve|d|m)(?!\p{L})/uy;

/** A straight double mark set inside a word for an apostrophe, as some wire copy has it ("Brazil"s output", "it isn"t
 * fair"): a letter before it and a contraction's ending after it; no quote closes glued to a word. */
function apostropheAt(text: string, i: number): boolean {
  if (!HAS_LETTER.test(text[i - 1] ?? '')) return false;
  CONTRACTION_END.lastIndex = i + 1;
  return CONTRACTION_END.test(text);
}

/**
 * A headline that quotes in single marks after a colon: "Kasich: ‘We Are Going To Go All The Way To Cleveland ...’",
 * "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’" (groups: the text up to
 * the opening mark, the quote).
 */
const HEADLINE_QUOTE = /^([^\n"“”]{3,160}?:\s*)[‘']((?:(?!'')[^\n"“”]){3,}?)[’'][.!?]?\s*$/u;

const QUOTE_MARK = /[“”„«»"]|''/;

/** A paragraph whose first mark closes a quote opened before it: a closing curly mark, or an odd count of straight ones. */
function closesOpenQuote(text: string): boolean {
  const first = text.search(QUOTE_MARK);
  if (first < 0) return false;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const w = straightAt(text, i);
    if (w) {
      straight++;
      i += w - 1;
    }
  }
  // (a straight mark that opens the paragraph before a word opens it again, as a quote running on over paragraphs is set:
  // ""PENCE: Well, ... basketball.¶"But the truth is ...¶"Donald Trump's not ..."")
  const reopens = !text.slice(0, first).trim() && HAS_LETTER.test(text[first + straightAt(text, first)] ?? '');
  return (CLOSE.has(text[first]) && !HAS_LETTER.test(text[first + 1] ?? '')) || (straightAt(text, first) > 0 && straight % 2 === 1 && !reopens);
}

/**
 * A paragraph without quotation marks that is quoted whole: it stands between a quote left open and the paragraph
 * that closes it (a pasted post broken into lines), or it follows a paragraph that ends in a speech verb and a colon
 * ("lashed out on Twitter, saying:"), as block quotes are set.
 */
function quotedWhole(r: Reader, p: number, leftOpen: boolean): boolean {
  if (!leftOpen && !(r.doc.paragraphs[p - 1] ?? '').trimEnd().endsWith(':')) return false;
  if (QUOTE_MARK.test(r.doc.paragraphs[p])) return false;
  if (leftOpen) {
    for (let k = p + 1; k < r.doc.paragraphs.length && k <= p + QUOTE_LIMITS.openParagraphs; k++)
      if (QUOTE_MARK.test(r.doc.paragraphs[k])) return closesOpenQuote(r.doc.paragraphs[k]);
    return false;
  }
  const prior = (r.doc.paragraphs[p - 1] ?? '').trimEnd();
  const intro = prior.endsWith(':') ? INTRO_WORD.exec(prior.slice(-40)) : null;
  return !!intro && r.L.speechVerbs.has(fold(intro[1]));
}

/** An opening curly mark inside a curly quote opens a nested one when a word follows it and two closing marks are left. */
function nestedOpen(text: string, i: number): boolean {
  if (!HAS_LETTER.test(text[i + 1] ?? '') || HAS_LETTER.test(text[i - 1] ?? '')) return false;
  const first = text.indexOf('”', i + 1);
  const next = text.indexOf('“', i + 1);
  return first >= 0 && (next < 0 || next > first) && text.indexOf('”', first + 1) >= 0;
}

/** Pairs of double quotation marks in a paragraph; single quotes inside stay part of the text. */
export function quoteSpans(text: string, continuing = false): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let openWidth = 1;
  // a quote left open at the end of the previous paragraph may close here without opening again
  if (continuing && closesOpenQuote(text)) open = -2;
  const lead = text.search(/\S/);
  let nested = 0;
  for (let i = 0; i < text.length; i++) {
    // (only quotation marks and apostrophes move the reading below: any other character below « is passed at once)
    const code = text.charCodeAt(i);
    if (code < 0xab && code !== 34 && code !== 39) continue;
    const c = text[i];
    const w = straightAt(text, i);
    if (open === -2) {
      if (CLOSE.has(c) || w) {
        spans.push({ open: -1, start: 0, close: i, end: i + (w || 1), closed: true });
        open = -1;
        i += Math.max(w, 1) - 1;
      }
      continue;
    }
    if (open < 0) {
      // a closing curly mark used as an opening one (seen in scraped text) opens when a word follows, or when it
      // opens the paragraph ("” … he delivered a mix of ...,” Barabak wrote.")
      if (OPEN.has(c) || w || (CLOSE.has(c) && ((HAS_LETTER.test(text[i + 1] ?? '') && !HAS_LETTER.test(text[i - 1] ?? '')) || i === lead))) {
        open = i;
        openWidth = w || 1;
        i += openWidth - 1;
      }
    } else if (c === '“' && !w && openWidth === 1 && text[open] === '“' && nestedOpen(text, i)) {
      // a quote inside a curly quote: “... what he calls “hell” than live ...”
      nested++;
    } else if (nested && CLOSE.has(c)) {
      nested--;
    } else if (CLOSE.has(c) || w || (c === '“' && /[\s,.]/.test(text[i + 1] ?? ' ') && /\S/.test(text[i - 1] ?? ''))) {
      spans.push({ open, start: open + openWidth, close: i, end: i + (w || 1), closed: true });
      open = -1;
      i += Math.max(w, 1) - 1;
    }
  }
  if (open >= 0) spans.push({ open, start: open + openWidth, close: text.length, end: text.length, closed: false });
  return spans;
}

/** The particles of the phrasal speech verbs, as written (lower case). */
const PARTICLES = new Set(Object.values(SPEECH_PHRASES).flat());
/** The phrasal verbs and the verbs taking a statement as maps: looked up for every token of a paragraph, where a
 * record's look-up of a new string costs some 4 times a map's, and finds "constructor" on its prototype. */
const PHRASE_PARTICLES = new Map(Object.entries(SPEECH_PHRASES));
const STATEMENT_OBJECTS = new Map(Object.entries(SPEECH_OBJECTS));

/** The document being read: its mentions, the speakers found so far and the quotes found so far. */
interface Reader {
  doc: TextDocument;
  L: Lexicon;
  mentions: PlacedMention[];
  /** names inside quotations are not who speaks next ("Seeing the Marcos, ..." he said) */
  quoted: Set<PlacedMention>;
  /** speakers in reading order, each at the sentence where it last spoke */
  events: Speaker[];
  /** people left unnamed who spoke ("a banker said", ""...," said a senior officer"), in reading order: only "he" and
   * "she" look them up */
  unnamed: Speaker[];
  out: DocQuote[];
  /** gender by the last word of a person's name, from titles and given names anywhere in the document */
  genders: Map<string, Gender>;
  /** last words of names typed as people anywhere in the document ("Moore" at a sentence start is Judge Moore) */
  personWords: Set<string>;
  /** last words of names of two words or more, of people or untyped ("Phil Kerpen"): "Kerpen" opening a sentence is that name */
  surnames: Set<string>;
  /** names written somewhere not at a sentence start ("ProPublica"): one opening a sentence is that name, not a common word */
  midNames: Set<string>;
  /** sentence index -> its start in its paragraph */
  sentenceStarts: Map<number, number>;
  sentences: Map<number, SentenceSpan>;
  /** the paragraph read before the current one */
  paraBefore?: Paragraph;
  /** the first document without an owner that a role phrase named while the current quote was read ("the report said"):
   * the quote's attribution when nothing else attributes it (quotes35) */
  documentTag?: Found;
  /** words the document writes in lower case (read once, when first asked) */
  lowerWords: () => Set<string>;
  /** sentence index -> tokenize(its text), where the caller has them (a paragraph's tokens are made of them when sure) */
  tokensOf?: ReadonlyArray<readonly Token[] | undefined>;
  /** every "he" and "she" outside quotes read so far, in reading order (a pronoun's chain back, `chainedPronoun`) */
  personPronouns: PronounAt[];
}

/** A "he" or "she" outside quotes: its folded word, paragraph, sentence and place in the paragraph. */
interface PronounAt {
  w: string;
  p: number;
  sentence: number;
  at: number;
}

/** Whether a position is inside one of a paragraph's quotes (binary search: scraped pages can hold one huge "paragraph"). */
function inQuotes(quotes: Span[], pos: number): boolean {
  const k = firstOpenFrom(quotes, pos) - 1;
  return k >= 0 && pos < quotes[k].close;
}

/** One paragraph with the lookups the steps share. (Methods, not closures made for each paragraph: under tsx, as `npm
 * run bench` runs, every named closure made in a call is also given its name, about 1 µs each. A method read off its
 * object loses it: pass `(t) => para.isVerb(t)`, never `para.isVerb`.) */
class Paragraph {
  constructor(
    readonly p: number,
    readonly text: string,
    readonly quotes: Span[],
    readonly sents: SentenceSpan[],
    /** tokens outside quotations */
    readonly tokens: Token[],
    /** mentions outside quotations */
    readonly ms: PlacedMention[],
    private readonly L: Lexicon,
    /** speech verbs' forms used as nouns */
    private readonly nouns: Set<Token>,
    /** verbs that attribute speech with their particle or object */
    private readonly phrasal: Set<Token>,
  ) {}

  inQuote(pos: number): boolean {
    return inQuotes(this.quotes, pos);
  }

  /** a name run going on past an organisation's head to no head of its own ("European Community Tran Van Thinh") */
  officerRun(name: string): boolean {
    const ws = name.split(' ').map(fold);
    return ws.length > 2 && !this.L.orgHeads.has(ws[ws.length - 1]) && ws.slice(1, -2).some((w) => this.L.orgHeads.has(w));
  }

  /** a title word, folded ("secretary", "sen.") */
  isTitle(w: string): boolean {
    return this.L.titles.has(w);
  }

  sentenceAt(pos: number): SentenceSpan | undefined {
    const sents = this.sents;
    return sents[Math.max(0, firstStartPast(sents, pos) - 1)];
  }

  tokenAt(pos: number): number {
    return firstStartFrom(this.tokens, pos);
  }

  isVerb(t: Token): boolean {
    return t.kind === 'word' && ((this.L.speechVerbs.has(fold(t.text)) && !this.nouns.has(t)) || this.phrasal.has(t));
  }
}

interface Found {
  /** null: a role noun the article leaves unnamed ("a spokesman said"): the quote is theirs, no one else's */
  speaker: Speaker | null;
  how: string;
  /** that unnamed person, when one person: a later "he" or "she" may refer to them */
  unnamed?: Speaker;
}

/** How a quote is marked that a role noun attributes to someone left unnamed (it goes on to the next quote, never back). */
const UNNAMED_HOW = 'unnamed: ';

const word = (t: Token | undefined) => (t && t.kind === 'word' ? fold(t.text) : '');
/** An auxiliary, or one negated ("wouldn't", "won't"). */
const NEGATION = /n['’]t$/u;
function auxiliary(L: Lexicon, t: Token): boolean {
  const w = word(t).replace('’', "'");
  return L.auxiliaries.has(w) || NEGATED_AUXILIARIES.includes(w) || (NEGATION.test(w) && L.auxiliaries.has(w.slice(0, -3)));
}
const isPronoun = (t: Token | undefined) => PERSON_PRONOUNS.includes(word(t)) || ORG_PRONOUNS.includes(word(t));
/** A word before a subject: none (a sentence's start, a comma) or a conjunction ("It laid out", "and it said"). */
const opensClause = (t: Token | undefined) => t?.kind !== 'word' || CLAUSE_CONJUNCTIONS.includes(word(t));
/** "'s right-hand woman rallied": a possessive and up to three lower-case words before a verb */
const POSSESSIVE_ROLE = /^['’]s(?:\s+[a-z][a-z-]*){2,4}\b/u;
/** a clause's start: the sentence's start or after a comma */
const CLAUSE_OPENING = /(?:^|,)\s*$/u;
/** A word that may be a subject's verb: an auxiliary, a speech verb, or a form in -s/-ed ("it has", "it said", "it warned"). */
const VERB_FORM = /\p{L}{2}(?:s|ed)$/u;
const verbFollows = (L: Lexicon, para: Paragraph, t: Token | undefined) =>
  !!t && t.kind === 'word' && (auxiliary(L, t) || para.isVerb(t) || VERB_FORM.test(word(t)));
const lastWord = (name: string) => fold(afterLastSpace(name));

/** A person's gender from a title right before the name or from its given name; undefined when unknown. */
function mentionGender(L: Lexicon, text: string, m: PlacedMention): Gender | undefined {
  const t = TITLE_JUST_BEFORE.exec(text.slice(Math.max(0, m.at - 10), m.at));
  if (t && GENDER_TITLES[t[1].toLowerCase()]) return GENDER_TITLES[t[1].toLowerCase()];
  const first = fold(beforeFirstSpace(m.text));
  if (!m.text.includes(' ') || L.eitherNames.has(first)) return undefined;
  if (L.femaleNames.has(first)) return 'f';
  return L.givenNames.has(first) ? 'm' : undefined;
}

/**
 * Genders the article's own pronouns tell: a sentence whose clause subject is the only person it names, with
 * pronouns of one gender after the name outside quotation marks (GENDER_PRONOUNS), tells that person's gender.
 */
function pronounGenders(r: Reader): Array<[string, Gender]> {
  const bySentence = new Map<number, PlacedMention[]>();
  const others = new Map<number, PlacedMention[]>();
  for (let k = 0; k < r.mentions.length; k++) {
    const m = r.mentions[k];
    if (m.type === 'person') (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
    else if (m.type === 'other') (others.get(m.sentence) ?? others.set(m.sentence, []).get(m.sentence)!).push(m);
  }
  const out: Array<[string, Gender]> = [];
  for (const [index, ms] of bySentence) {
    const s = r.sentences.get(index);
    const name = lastWord(ms[0].text);
    if (!s || ms.some((m) => lastWord(m.text) !== name)) continue;
    const text = r.doc.paragraphs[ms[0].paragraph] ?? '';
    // (the sentence's own subject: nothing but function and role words before it, "Dr. Benjamin has also served")
    if (!leadsSubject(r.L, text.slice(s.start, ms[0].at).match(WORDS)) || !isClauseSubject(r.L, text, ms[0], s.start)) continue;
    const until = ms[ms.length - 1].until;
    const after = text.slice(until, s.end).replace(QUOTED_TEXT, (x) => ' '.repeat(x.length));
    // (nor when an untyped name stands as a subject between it and the first pronoun, which may refer to that one: "Roesler
    // said Page had been in hospital ... when she suffered the heart attack"; not one after a preposition, "Sam Solovey, ...,
    // who went on to work alongside Trump, said his boss", nor one that modifies)
    const first = GENDER_PRONOUN_WORD.exec(after)?.index ?? -1;
    if (
      first > 0 &&
      others.get(index)?.some(
        (m) =>
          m.at >= until &&
          m.at < until + first &&
          lastWord(m.text) !== name &&
          // (outside quotation marks: "a contestant on Trump's reality TV show, "The Apprentice," who")
          after.charCodeAt(m.at - until) !== SPACE &&
          !notSubject(r.L, text, m.at) &&
          !isModifier(r.L, text, m.until),
      )
    )
      continue;
    const said = onePronounGender(after.match(WORDS));
    if (said !== undefined) out.push([name, said]);
  }
  return out;
}

const SPACE = 32;
/** a word of GENDER_PRONOUNS (case-insensitive) */
const GENDER_PRONOUN_WORD = new RegExp(`\\b(?:${Object.keys(GENDER_PRONOUNS).join('|')})\\b`, 'iu');

/** Every lower-case word of the lead a function or role word (loops, not a filter, every and their closures per name). */
function leadsSubject(L: Lexicon, words: string[] | null): boolean {
  if (words)
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (LOWER_FIRST.test(w) && !SUBJECT_LEAD.has(fold(w)) && !L.roles.has(fold(w))) return false;
    }
  return true;
}

/** what GENDER_PRONOUNS' words open with: most words of a sentence open with another letter */
const PRONOUN_OPENINGS = foldOpenings(Object.keys(GENDER_PRONOUNS));

/** The one gender the words' pronouns tell (GENDER_PRONOUNS), undefined for none or both (no mapped, filtered or Set copies). */
function onePronounGender(words: string[] | null): Gender | undefined {
  let said: Gender | undefined;
  if (words)
    for (let k = 0; k < words.length; k++) {
      // (not folded nor looked up)
      if (!mayFoldOpen(PRONOUN_OPENINGS, words[k])) continue;
      const g = GENDER_PRONOUNS[fold(words[k])];
      if (!g) continue;
      if (said === undefined) said = g;
      else if (g !== said) return undefined;
    }
  return said;
}

function documentGenders(r: Reader): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  for (let k = 0; k < r.mentions.length; k++) {
    const m = r.mentions[k];
    if (m.type !== 'person') continue;
    const g = mentionGender(r.L, r.doc.paragraphs[m.paragraph] ?? '', m);
    if (!g) continue;
    const v = votes.get(lastWord(m.text)) ?? votes.set(lastWord(m.text), { m: 0, f: 0 }).get(lastWord(m.text))!;
    v[g]++;
  }
  const said = pronounGenders(r);
  for (let n = 0; n < said.length; n++) {
    const k = said[n][0];
    const v = votes.get(k) ?? votes.set(k, { m: 0, f: 0 }).get(k)!;
    v[said[n][1]]++;
  }
  const out = new Map<string, Gender>();
  // a surname borne by two people of different gender ("Mr. Clinton", "Mrs. Clinton") tells nothing
  for (const [k, v] of votes) if (!v.m !== !v.f) out.set(k, v.m ? 'm' : 'f');
  return out;
}

const genderOf = (r: Reader, m: PlacedMention) => mentionGender(r.L, r.doc.paragraphs[m.paragraph] ?? '', m) ?? r.genders.get(lastWord(m.text));

/** Words of the role that make a name a modifier rather than the speaker ("Pentagon spokesman", "Ukraine's minister"). */
function isModifier(L: Lexicon, text: string, end: number): boolean {
  const m = LOWER_WORDS_AFTER.exec(text.slice(end, end + 60));
  if (!m) return false;
  // the role stands in the name's noun phrase: a verb or determiner before it ends that ("Mr. Mitchell recalled the president")
  for (const w of m[1].split(/\s+/)) {
    if (L.roles.has(w)) return true;
    if (L.speechVerbs.has(w) || L.auxiliaries.has(w) || NAME_LEAD.has(w)) return false;
  }
  return false;
}

/** Inside an appositive: ", a Pentagon spokesman," or ", director of the ... Council," (closed by a comma before the verb). */
function inAppositive(text: string, at: number, from: number): boolean {
  const seg = text.slice(from, at);
  const comma = seg.lastIndexOf(',');
  if (comma < 0) return false;
  return APPOSITIVE_OPENING.test(seg.slice(comma));
}

/** Right after a preposition or a verb of telling ("on Twitter", "told Mr. Rose", "of Mrs. Clinton's plan"): not a subject. */
function notSubject(L: Lexicon, text: string, at: number): boolean {
  return governor(L, text, at) !== '';
}

/** The preposition or verb of telling that governs a name ("on Twitter": "on"), or '' when none does. */
function governor(L: Lexicon, text: string, at: number): string {
  // the words before the name, back over determiners and titles ("to Mr. Trump", "told the Sen.")
  const w = governorWord(L, text, at);
  return L.notSubjectBefore.has(w) || L.listenerVerbs.has(w) ? w : '';
}

/** The word right before a name, back over determiners and titles ("by the Obama": "by"), folded; '' when none. */
function governorWord(L: Lexicon, text: string, at: number): string {
  const words = text
    .slice(Math.max(0, at - 60), at)
    .split(/\s+/)
    .filter(Boolean);
  let k = words.length - 1;
  while (k >= 0 && (NAME_LEAD.has(fold(words[k])) || L.titles.has(fold(words[k])))) k--;
  return k >= 0 && ALL_LETTERS.test(words[k]) ? fold(words[k]) : '';
}

/** Words between a preposition and the name it governs. */
const NAME_LEAD = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * The subject of its clause: nothing but a few function words between the clause's start (the sentence
 * start or a comma, colon, semicolon or dash) and the name ("In his interview with Fox News, Ryan also
 * hammered Obama": Ryan, not Obama).
 */
function isClauseSubject(L: Lexicon, text: string, m: PlacedMention, sentenceStart: number, modified = false): boolean {
  if (notSubject(L, text, m.at) || /^['’]/.test(text.slice(m.until, m.until + 1))) return false;
  const lead = text.slice(Math.max(sentenceStart, m.at - 120), m.at);
  const opens = lead.search(/[^,;:—–(]*$/u);
  // a name after a comma that a dash, a closing bracket or the sentence's end closes is an appositive, no subject
  // ("for admiring another Republican, Teddy Roosevelt -- the latter of whom Beck accused")
  if (opens > 0 && lead[opens - 1] === ',' && APPOSITIVE_END.test(text.slice(m.until, m.until + 4))) return false;
  const clause = lead.slice(Math.max(opens, 0));
  const words = (clause.match(WORDS) ?? []).filter((w) => LOWER_FIRST.test(w));
  // roles before the name belong to it ("Democratic nominee Hillary Clinton"), and with `modified` their modifiers
  // ("Republican presidential candidate Jeb Bush"; not everywhere: after a comma they open appositives as often,
  // "his wife, Democratic presidential nominee Hillary Clinton")
  return words.every((w) => SUBJECT_LEAD.has(w) || L.roles.has(w) || (modified && L.roleModifiers.has(w)));
}

/** The subject of a clause that a subordinator opens at the sentence start ("After Trump won, ..."), or of a reported clause. */
function openingSubject(L: Lexicon, text: string, m: PlacedMention, sentenceStart: number): boolean {
  const words = (text.slice(sentenceStart, m.at).match(WORDS) ?? []).map(fold);
  // (or of a reported clause: "The newspaper said Palin released a statement ... in which she said")
  const last = words[words.length - 1] ?? '';
  if (last === 'that' || (L.speechVerbs.has(last) && !L.listenerVerbs.has(last))) return true;
  return words.length > 0 && SUBORDINATORS.includes(words[0]) && words.slice(1).every((w) => SUBJECT_LEAD.has(w));
}

/** A party-state tag after a name ("R-Wis.", "(D-Mo.)", "(D-N.Y.)"): neither the party letter nor the state speaks. */
const partyTag = (text: string, m: PlacedMention) =>
  PARTY_TAG_BEFORE.test(text.slice(Math.max(0, m.at - 16), m.at)) || (/^[RDI]$/.test(m.text) && text[m.until] === '-');

/** Lower-case words that may stand before a clause's subject ("and", "but the", "then"). */
const SUBJECT_LEAD = new Set(['and', 'but', 'so', 'then', 'the', 'a', 'an', 'also', 'yet', 'while', 'when', 'as', 'former', 'now']);

/** The group a name heads, when a group word follows it ("the Clinton campaign", "House Republicans"). */
function groupName(L: Lexicon, text: string, m: PlacedMention): string | null {
  const g = NEXT_WORD.exec(text.slice(m.until, m.until + 40));
  if (!g || !L.groupWords.has(fold(g[1]))) return null;
  return text.slice(m.at, m.until + g.index + g[0].length);
}

/** A possessor whose own channel speaks ("Trump's account tweeted", "Clinton's statement said"): the owner is the speaker. */
function ownsVoice(text: string, m: PlacedMention): boolean {
  const g = POSSESSED_WORDS.exec(text.slice(m.until, m.until + 40));
  return !!g && (OWNER_CHANNELS.includes(fold(g[1])) || OWNER_CHANNELS.includes(fold(g[2] ?? '')));
}

/** The articles before a statement's noun ("released a statement", "issued the statement"). */
const ARTICLES = new Set(['a', 'the']);

/** The paragraph's tokens from its sentences' (see paragraphTokens), or undefined. */
function sentenceTokens(r: Reader, text: string, sents: SentenceSpan[]): Token[] | undefined {
  if (r.tokensOf === undefined) return undefined;
  const parts: Array<{ start: number; text: string; tokens: readonly Token[] }> = [];
  // (indexed loops here and below: for-of made an iterator and a result record per step, optimised or not)
  for (let k = 0; k < sents.length; k++) {
    const s = sents[k];
    const tokens = r.tokensOf[s.index];
    const sentence = r.doc.sentences[s.index];
    if (tokens === undefined || sentence?.index !== s.index) return undefined;
    parts.push({ start: s.start, text: sentence.text, tokens });
  }
  return paragraphTokens(text, parts);
}

/**
 * The quotes that are a name's part: a span a mention runs over (Adam "Pacman" Jones, John "Bud" Frazier: the nickname
 * between a given name and a surname, names.ts `quotedNickname`) is no quotation. (It stays a quote to the reading, as a
 * title in quotes does: the clause after a quote goes on over it, its words are no speaker's.)
 */
function nameParts(quotes: Span[], mentions: PlacedMention[]): Set<Span> | undefined {
  let parts: Set<Span> | undefined;
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n];
    for (let k = lowerBound(quotes.length, (i) => quotes[i].open > m.at); k < quotes.length && quotes[k].open < m.until; k++)
      if (quotes[k].closed && quotes[k].end <= m.until) (parts ??= new Set()).add(quotes[k]);
  }
  return parts;
}

function readParagraph(r: Reader, p: number, text: string, sents: SentenceSpan[], mentions: PlacedMention[], leftOpen: boolean): Paragraph {
  const whole = quotedWhole(r, p, leftOpen);
  const head = whole || leftOpen || !/[’'][.!?]?$/u.test(text.trimEnd().slice(-2)) ? null : HEADLINE_QUOTE.exec(text);
  const quotes = whole
    ? [{ open: -1, start: 0, close: text.length, end: text.length, closed: !leftOpen }]
    : head
      ? [
          {
            open: head[1].length,
            start: head[1].length + 1,
            close: head[1].length + head[2].length + 1,
            end: head[0].trimEnd().length,
            closed: true,
            headline: true,
          },
        ]
      : quoteSpans(text, leftOpen);
  const ms: PlacedMention[] = [];
  for (let k = 0; k < mentions.length; k++)
    if (inQuotes(quotes, mentions[k].at)) r.quoted.add(mentions[k]);
    else ms.push(mentions[k]);
  // (a fresh array either way: kept whole when there is no quote, not copied by a filter that keeps every token)
  const read = quotes.length || ms.length ? (sentenceTokens(r, text, sents) ?? tokenize(text)) : [];
  const tokens = quotes.length ? read.filter((t) => !inQuotes(quotes, t.start)) : read;
  // "shot back", "went on": the verb counts with its particle right after it (in a paragraph without quotes too: its
  // speaker may be the next paragraph's, "the DNC issued a statement apologizing ...¶"On behalf of ...""
  // each token folded once (the tables below and the speech verbs read every token's folded form)
  // (holey in both tiers: a \`map\` makes a packed array interpreted and a holey one optimised, and readers deoptimise on both)
  const folded = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) folded[i] = fold(tokens[i].text);
  for (let i = 0; i < tokens.length; i++)
    if (PERSON_PRONOUNS.includes(folded[i])) {
      const at = tokens[i].start;
      r.personPronouns.push({ w: folded[i], p, sentence: sents[Math.max(0, firstStartPast(sents, at) - 1)]?.index ?? 0, at });
    }
  const phrasal = new Set<Token>();
  for (let i = 0; i + 1 < tokens.length; i++)
    if (PARTICLES.has(tokens[i + 1].text) && PHRASE_PARTICLES.get(folded[i])?.includes(tokens[i + 1].text)) phrasal.add(tokens[i]);
    // "released a statement", "issued a statement": the verb counts with its object
    else if (ARTICLES.has(folded[i + 1]) && STATEMENT_OBJECTS.get(folded[i])?.includes(folded[i + 2] ?? '')) phrasal.add(tokens[i]);
  // "state Del. Marcia Price", "state Sen. ...": a verb's form used as a noun before a title; "her home state", "swing
  // states" (STATE_NOUNS); a verb's form capitalised in a name is a name's word ("United States", "Secretary of State",
  // "The Washington Post") unless the sentence is set in title case (a headline: "Trump Says ...")
  const nouns = new Set<Token>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !r.L.speechVerbs.has(folded[i])) continue;
    if ((SPEECH_VERB_NOUNS.includes(t.text) && r.L.titles.has(fold(tokens[i + 1]?.text ?? ''))) || stateNoun(t.text, tokens[i - 1])) nouns.add(t);
    else if (UPPER_FIRST.test(t.text) && !isAllCaps(t.text) && inName(tokens[i - 1]) && !titleCase(text, sents, t.start)) nouns.add(t);
    // ("Parsons had written" speaks; "the paper, written by ..., said" does by its "said")
    else if (PERFECT_PARTICIPLES.words.includes(folded[i]) && !PERFECT_PARTICIPLES.after.includes(word(tokens[i - 1]))) nouns.add(t);
    // ("his own so called "black bag"", "claims of "..."", "instead of just jokes"; NOT_VERB_USES)
    else if (notVerbUse(folded[i], tokens[i - 1], tokens[i + 1])) nouns.add(t);
  }
  return new Paragraph(p, text, quotes, sents, tokens, ms, r.L, nouns, phrasal);
}

const NOT_VERB_AFTER = new Map(Object.entries(NOT_VERB_USES.after));
const NOT_VERB_BEFORE = new Map(Object.entries(NOT_VERB_USES.before));
const NOT_VERB_KEPT = new Map(Object.entries(NOT_VERB_USES.keptBefore));
/** A speech verb's form that is no verb there (NOT_VERB_USES; a subject's name word as in a tag, TAG_NAME_WORD). */
function notVerbUse(w: string, before: Token | undefined, after: Token | undefined): boolean {
  if (NOT_VERB_AFTER.get(w)?.includes(word(before)) && !NOT_VERB_KEPT.get(w)?.includes(word(after))) return true;
  if (NOT_VERB_BEFORE.get(w)?.includes(word(after))) return true;
  if (NOT_VERB_USES.passive.words.includes(w) && before !== undefined) {
    if (before.kind === 'word' ? NOT_VERB_USES.passive.after.includes(fold(before.text)) : NOT_VERB_USES.passive.afterMarks.includes(before.text)) return true;
  }
  return NOT_VERB_USES.subjectOnly.includes(w) && !(PERSON_PRONOUNS.includes(word(before)) || (before?.kind === 'word' && TAG_NAME_WORD.test(before.text)));
}

const STATE_VERB_AFTER = new Set(STATE_NOUNS.verbAfter);
const STATE_NOT_PLURAL = new Set(STATE_NOUNS.notPlural);
const STATE_NOUN_AFTER = new Set(STATE_NOUNS.nounAfter);

/** "state" or "states" read as the noun after the token before it (STATE_NOUNS). */
function stateNoun(form: string, prev: Token | undefined): boolean {
  const p = prev?.kind === 'word' ? fold(prev.text) : '';
  if (form === STATE_NOUNS.singular) {
    const plural = p.length > 3 && p.endsWith('s') && !p.endsWith('ss') && !STATE_NOT_PLURAL.has(p) && !p.endsWith("'s") && !p.endsWith('’s');
    return !STATE_VERB_AFTER.has(p) && !plural;
  }
  return form === STATE_NOUNS.plural && (prev?.kind === 'number' || STATE_NOUN_AFTER.has(p));
}

/** A word right before a capitalised verb's form puts it in a name ("the Post", "former State policy director", "United States"; "Murphy, ..., Tweeted" stays a verb). */
const inName = (prev: Token | undefined) => prev?.kind === 'word';

/** The sentence at `at` is set in title case (a headline: "Trump Says ..."), where capitals tell nothing. */
function titleCase(text: string, sents: SentenceSpan[], at: number): boolean {
  const s = sents[Math.max(0, firstStartPast(sents, at) - 1)];
  const words = (s && s.start <= at ? text.slice(s.start, s.end) : text).match(WORDS) ?? [];
  return words.filter((w) => UPPER_FIRST.test(w)).length >= words.length * QUOTE_LIMITS.titleCaseShare;
}

/** A mention as a speaker, under `name` (by default as written). */
const speakerAt = (r: Reader, m: PlacedMention, name = m.text): Speaker => speakerOf(name, m.type, m.at, m.paragraph, m.sentence, genderOf(r, m), undefined);

/** A speaker as a literal of every key in one order, never a spread (`{ ...s, at }`) nor a key left out: a spread's copy
 * has a map of its own, and the readers of `r.events` / `r.unnamed` deoptimised on each new one (speed117). */
const speakerOf = (
  name: string,
  type: string,
  at: number,
  paragraph: number,
  sentence: number,
  gender: Gender | undefined,
  unnamed: string | undefined,
): Speaker => ({ name, type, at, paragraph, sentence, gender, unnamed });

/** `s` spoken again at another place. */
const speakerMoved = (s: Speaker, at: number, paragraph: number, sentence: number): Speaker =>
  speakerOf(s.name, s.type, at, paragraph, sentence, s.gender, s.unnamed);

/** only "and" between two names */
const AND_BETWEEN = /^\s+and\s+$/u;
/**
 * The first of two people named together, "A and B", when the name found is B: the pair speaks together (two authors,
 * ""...," Edward-Isaac Dovere and Gabriel Debenedetti wrote", "Mark Blumenthal and Jon Cohen: "...""), and the first
 * named, as with "said Zadan and Meron", stands for both.
 */
/**
 * A person, or a name the document gives a person elsewhere: "More from Blumenthal and Cohen:" after "Mark Blumenthal
 * and Jon Cohen" (at module level: under tsx a named closure made per call is also given its name, ~1 µs each).
 */
const personal = (r: Reader, x: PlacedMention) => x.type === 'person' || r.personWords.has(lastWord(x.text));

function firstOfPair(r: Reader, text: string, m: PlacedMention): PlacedMention {
  // (the first may be a name not typed, "Edward-Isaac Dovere" read as "Isaac Dovere")
  if (!personal(r, m)) return m;
  const ms = r.mentions;
  const x = ms[lowerBound(ms.length, (i) => ms[i].paragraph > m.paragraph || (ms[i].paragraph === m.paragraph && ms[i].at >= m.at)) - 1];
  return x && x.paragraph === m.paragraph && (personal(r, x) || x.type === 'other') && x.until <= m.at && AND_BETWEEN.test(text.slice(x.until, m.at)) ? x : m;
}

/** A mention as a speaker, named for the group it heads where it heads one ("the Obama campaign"). */
const asSpeaker = (r: Reader, text: string, m: PlacedMention): Speaker => {
  const first = firstOfPair(r, text, m);
  return speakerAt(r, first, groupName(r.L, text, first) ?? first.text);
};

/**
 * The person whose appositive runs up to a verb without its closing comma: the verb's subject, not the name that ends
 * the appositive ("Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said", "Sam Lau, the
 * communications director for the Iowa Democratic Party said"); a comma before a lower-case word closes it ("McCain,
 * the GOP's presidential nominee in 2008, issued a statement after ... Trump told").
 */
function appositiveHead(r: Reader, para: Paragraph, from: number, m: PlacedMention): PlacedMention | undefined {
  const { text } = para;
  return para.ms.find(
    (x) =>
      x.at >= from &&
      x.at < m.at &&
      x.type === 'person' &&
      isClauseSubject(r.L, text, x, from) &&
      APPOSITIVE_OPENING.test(text.slice(x.until, m.at)) &&
      !APPOSITIVE_CLOSED.test(text.slice(x.until + 1, m.at)),
  );
}

/** "it" as a word: a paragraph without one is not tokenized for it */
const IT_SUBJECT = /\bit\b/iu;

/** Names next to a speech verb outside quotes: "Massicot mentioned", "said Dara Massicot" (not "told CNN"). */
function speechEvents(r: Reader, para: Paragraph): Speaker[] {
  const { tokens, L } = { tokens: para.tokens, L: r.L };
  const out: Speaker[] = [];
  for (let i = 0; i < para.ms.length; i++) {
    const m = para.ms[i];
    if (m.type === 'place') continue;
    const k = para.tokenAt(m.until) < tokens.length ? para.tokenAt(m.until) : -1;
    let j = k;
    while (j >= 0 && j < tokens.length && tokens[j].kind === 'word' && L.auxiliaries.has(fold(tokens[j].text))) j++;
    const pk = para.tokenAt(m.at) - 1;
    const prev = pk >= 0 && tokens[pk].end <= m.at ? tokens[pk] : undefined;
    // an untyped name counts only as the subject right before its verb ("Caddell continued:")
    const verbAfter = j >= 0 && tokens[j] && para.isVerb(tokens[j]);
    const verbBefore = m.type !== 'other' && prev && para.isVerb(prev) && !L.listenerVerbs.has(fold(prev.text));
    if (verbAfter) out.push(asSpeaker(r, para.text, appositiveHead(r, para, para.sentenceAt(m.at)?.start ?? 0, m) || m));
    // (after the verb, the name its noun phrase ends in: "said Ohio State University professor Paul Beck" is Beck's)
    else if (verbBefore) out.push(asSpeaker(r, para.text, phraseHead(r, para.text, para.ms.slice(i, i + 4)) ?? m));
  }
  // "it" as a speech verb's subject outside quotes is the organisation it refers to, speaking there: a run of "it said", "it
  // noted", "it added" keeps that organisation in the pronoun's reach however long it runs (Reuters 179: the OECD's review)
  if (IT_SUBJECT.test(para.text)) {
    // (a paragraph with no quote and no name keeps no tokens)
    const ts = tokens.length || para.quotes.length ? tokens : tokenize(para.text);
    for (let i = 1; i < ts.length; i++) {
      if (!para.isVerb(ts[i])) continue;
      let k = i - 1;
      while (k > 0 && ts[k].kind === 'word' && (auxiliary(L, ts[k]) || ADVERBS.has(word(ts[k])))) k--;
      if (word(ts[k]) !== 'it' || !opensClause(ts[k - 1])) continue;
      const it = resolvePronoun(r, para, 'it', ts[k].start);
      if (it?.type === 'org') out.push(speakerMoved(it, ts[k].start, para.p, para.sentenceAt(ts[k].start)?.index ?? 0));
    }
    out.sort((x, y) => x.at - y.at);
  }
  return out;
}

/**
 * Names between two offsets that may be the subject of a speech verb (`absolute`: also one after "with" before a verb in -ing,
 * for a verb that introduces a quote after it: "with Donald Trump tweeting ... and asking, "..."", where ""Strong" ends with
 * Perry claiming" names no speaker of the title before it).
 */
/** an aside between commas right after a subject ("Mr. Trump, asked about the deaths of journalists, had said") */
const ASIDE_OPENING = /^,[^,;:"“”()]{1,80},(?=\s)/u;
/** marks an aside after an inverted role phrase holds none of */
const ASIDE_MARKS = /[,;:"“”()]/u;
/** capitalised words (a full stop allowed after each), each followed by a space */
const TITLE_WORDS_ONLY = /^(?:\p{Lu}\p{L}*\.? )+$/u;
/** a sentence adverb and a comma, all a sentence holds before its quote (CARRYING_LEADS) */
const CARRYING_LEAD = new RegExp(`^\\s*(?:${CARRYING_LEADS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s*,\\s*$`, 'iu');
/** words and spaces only */
const SPACED_WORDS = /^[\s\p{L}]*$/u;

const ADVERBS = new Set(SUBJECT_ADVERBS);
const TAG_TAIL = new Set(TAG_TAIL_WORDS);
const ADVERBS_AUXILIARIES = new Set([...SUBJECT_ADVERBS, ...SUBJECT_AUXILIARIES]);
/**
 * Nothing but spaces and adverbs (SUBJECT_ADVERBS: "Trump reportedly yelling", "Clinton also told"), and with
 * `auxiliaries` the auxiliaries of tense and mood too (SUBJECT_AUXILIARIES: "after Mr. Trump had said").
 */
function adverbsOnly(gap: string, auxiliaries = false): boolean {
  const words = auxiliaries ? ADVERBS_AUXILIARIES : ADVERBS;
  return !gap.trim() || (SPACED_WORDS.test(gap) && gap.split(/\s+/).every((w) => !w || words.has(fold(w))));
}

function speakerCandidates(r: Reader, para: Paragraph, from: number, to: number, inverted = false, absolute = false): PlacedMention[] {
  const { ms, text } = para;
  // right before the verb a name is its subject whatever precedes it ("footage of Hillary Clinton asking",
  // "Cuban said" though Cuban reads as a demonym); right after it in the inverted order too ("asked Bennett")
  // (with `auxiliaries`, over auxiliaries of tense and mood and an aside too, for a name a preposition governs: "after
  // Mr. Trump, asked about ..., had said"; not for a place: "the U.S. would continue to make clear" is no speech)
  const atVerb = (m: PlacedMention, auxiliaries = false) =>
    inverted
      ? CAPITALISED_ONLY.test(text.slice(from, m.at))
      : adverbsOnly(auxiliaries ? text.slice(m.until, to).replace(ASIDE_OPENING, '') : text.slice(m.until, to), auxiliaries) ||
        (ownsVoice(text, m) && POSSESSED_VOICE.test(text.slice(m.until, to)));
  // ... but after a preposition of place or medium it is where or to whom ("on Facebook writing", "to Wired explaining")
  const subjectAtVerb = (m: PlacedMention) => {
    if (inverted) return true;
    const g = governor(r.L, text, m.at);
    return !g || DOER_PREPOSITIONS.includes(g) || (absolute && PARTICIPLE_PREPOSITIONS.includes(g) && PARTICIPLE_AT.test(text.slice(to, to + 30)));
  };
  return ms
    .slice(
      lowerBound(ms.length, (i) => ms[i].at >= from),
      lowerBound(ms.length, (i) => ms[i].at >= to),
    )
    .filter(
      (m) =>
        m.until <= to &&
        (m.type !== 'place' || atVerb(m) || WHO_AFTER.test(text.slice(m.until, m.until + 8))) &&
        !isModifier(r.L, text, m.until) &&
        !(inAppositive(text, m.at, from) && text.slice(m.until, to).includes(',')) &&
        ((atVerb(m, true) && subjectAtVerb(m)) || !notSubject(r.L, text, m.at)),
    );
}

/**
 * The person (or organisation, for "it") a pronoun refers to: a recent speaker or a named subject of a
 * recent sentence, of the pronoun's gender where the document tells it. Each sentence back costs; having
 * spoken or standing as a subject counts for a candidate (weights in QUOTE_LIMITS).
 */
function resolvePronoun(r: Reader, para: Paragraph, pronoun: string, before: number, anyone = false): Speaker | null {
  const w = fold(pronoun);
  if (!anyone && !ORG_PRONOUNS.includes(w) && !PERSON_PRONOUNS.includes(w)) return null;
  return pronounReferent(r, para.p, para.sentenceAt(before)?.index ?? 0, w, before, anyone, 0);
}

/**
 * The pronoun's earlier self that a "he" / "she" finding no one refers back through: the last same pronoun outside
 * quotes before it, in an earlier sentence at most `pronounChainSentences` back.
 */
function chainedPronoun(r: Reader, w: string, p: number, cur: number, before: number): PronounAt | undefined {
  const ps = r.personPronouns;
  for (let k = ps.length - 1; k >= 0; k--) {
    const x = ps[k];
    if (x.p > p || (x.p === p && x.at >= before) || x.sentence >= cur) continue;
    if (cur - x.sentence > QUOTE_LIMITS.pronounChainSentences) return undefined;
    if (x.w === w) return x;
  }
  return undefined;
}

/** resolvePronoun's search, for the pronoun `w` at `before` in paragraph `p`, sentence `cur`; `hops`: the chain's
 * steps back so far (`chainedPronoun`): a pronoun reached so takes an untyped name only as a clause's subject ("Bettie
 * never presented herself", not "the Flag cable route" before "she said" of an unnamed spokeswoman). */
function pronounReferent(r: Reader, p: number, cur: number, w: string, before: number, anyone: boolean, hops: number): Speaker | null {
  const wantOrg = ORG_PRONOUNS.includes(w);
  const want: Gender | undefined = w === 'he' ? 'm' : w === 'she' ? 'f' : undefined;
  const Q = QUOTE_LIMITS;
  let best: Speaker | null = null;
  let bestScore = Infinity;
  const consider = (s: Speaker, score: number) => {
    if (want && s.gender && s.gender !== want) return;
    if (score < bestScore) {
      best = s;
      bestScore = score;
    }
  };
  for (let e = r.events.length - 1; e >= 0; e--) {
    const ev = r.events[e];
    if (cur - ev.sentence > Q.pronounSentences) break;
    if (
      wantOrg
        ? ev.type !== 'org'
        : ev.type === 'org' || ev.type === 'place' || ev.type === PEOPLE || (anyone && ev.type !== 'person' && !r.personWords.has(lastWord(ev.name)))
    )
      continue;
    consider(ev, (cur - ev.sentence) * Q.pronounSentenceCost - Q.pronounSpeakerBonus);
  }
  // one left unnamed who spoke counts as a speaker ("said the regional manager for one of the major oil companies ... .
  // "...," he added": not Paul Mlotok, who spoke three sentences before), near the pronoun only; a named one wins a tie
  if (want && !anyone)
    for (let e = r.unnamed.length - 1; e >= 0; e--) {
      const un = r.unnamed[e];
      if (un.paragraph > p || (un.paragraph === p && un.at >= before) || cur - un.sentence > Q.pronounUnnamedSentences) continue;
      consider(un, (cur - un.sentence) * Q.pronounSentenceCost - Q.pronounSpeakerBonus);
    }
  const end = lowerBound(r.mentions.length, (i) => r.mentions[i].paragraph > p || (r.mentions[i].paragraph === p && r.mentions[i].at >= before));
  for (let k = end - 1; k >= 0; k--) {
    const m = r.mentions[k];
    const dist = cur - m.sentence;
    if (dist > Q.pronounSentences) break;
    if (r.quoted.has(m)) continue;
    const known = m.type === 'other' && r.personWords.has(lastWord(m.text));
    // (a role phrase, "the president", refers to one typed a person)
    const typed = wantOrg
      ? m.type === 'org' || (m.type === 'place' && dist === 0 && m.paragraph === p && placeOpensClause(r, m))
      : m.type === 'person' || known || (!anyone && m.type === 'other' && m.cue === 'none' && dist <= Q.pronounUntypedSentences);
    if (!typed || r.L.media.has(fold(m.text))) continue;
    const text = r.doc.paragraphs[m.paragraph] ?? '';
    // "the Obama administration", "Trump campaign manager ...": a name that modifies is not the one referred to
    if (!wantOrg && (isModifier(r.L, text, m.until) || groupName(r.L, text, m))) continue;
    const sStart = r.sentenceStarts.get(m.sentence) ?? 0;
    const subject = isClauseSubject(r.L, text, m, sStart);
    if (hops > 0 && m.type === 'other' && !known && !subject) continue;
    // in the pronoun's own sentence, before it, only a subject of an opening clause is referred to ("After meeting
    // Reagan at the White House he told reporters": not Reagan; "After Trump won he said": Trump)
    if (dist === 0 && m.paragraph === p && !subject && !openingSubject(r.L, text, m, sStart)) continue;
    const object = notSubject(r.L, text, m.at);
    // an untyped name only when nothing typed is near
    const untyped = m.type === 'other' && !known ? Q.pronounUntypedCost : 0;
    consider(
      speakerAt(r, m),
      dist * Q.pronounSentenceCost - (subject ? Q.pronounSubjectBonus : 0) + (object ? Q.pronounObjectCost : 0) + untyped + 0.01 * (end - k),
    );
  }
  const b = best as Speaker | null;
  if (!b && want && !anyone && hops < Q.pronounChainHops) {
    const x = chainedPronoun(r, w, p, cur, before);
    if (x) return pronounReferent(r, x.p, x.sentence, w, x.at, anyone, hops + 1);
  }
  return b ? speakerOf(b.name, b.type, b.at, b.paragraph, b.sentence, b.gender ?? want, b.unnamed) : null;
}

/** A country as the subject of its own sentence's opening clause, which "it" after it refers to ("While Poland is
 * unlikely to seek compensation, it says it has a "moral right"": not the PAP news agency of the sentence before). */
function placeOpensClause(r: Reader, m: PlacedMention): boolean {
  const text = r.doc.paragraphs[m.paragraph] ?? '';
  const words = (text.slice(r.sentenceStarts.get(m.sentence) ?? 0, m.at).match(WORDS) ?? []).map(fold);
  return words.length > 0 && PLACE_CLAUSE_OPENERS.has(words[0]) && words.slice(1).every((w) => SUBJECT_LEAD.has(w));
}
/** Subordinators opening a clause whose subject a country is (SUBORDINATORS and the contrasting "while", "whereas"). */
const PLACE_CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'while', 'whereas']);

const REFLEXIVES = new Set(['himself', 'herself']);
/** A role phrase's words without a closing "himself"/"herself" ("the Florida senator himself"). */
function roleWords(ws: readonly Token[]): string[] {
  let n = ws.length;
  if (n && REFLEXIVES.has(word(ws[n - 1]))) n--;
  // (one loop into a sized list, not a \`map\` and a \`slice\`: holey in both tiers, as readParagraph's folded words)
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = word(ws[i]);
  return out;
}

/**
 * A definite role phrase as the speaker ("the president tweeted", "said the New York businessman", "the Florida
 * senator himself"): `the`, a few modifiers, a role word. It names someone the text has named; resolved as "he"
 * or "she" would be, without the gender.
 */
function roleSpeaker(r: Reader, para: Paragraph, ws: Token[], before: number, described = false): Speaker | null {
  const w = roleWords(ws.filter((t) => t.kind === 'word'));
  if (w.length < 2 || w.length > QUOTE_LIMITS.rolePhraseWords || w[0] !== 'the' || !NAMED_ROLES.includes(w[w.length - 1])) return null;
  // its capitalised modifiers ("the Russian leader", "the New Jersey governor") as the text described someone before
  const mods = ws.filter((t) => t.kind === 'word' && UPPER_FIRST.test(t.text) && word(t) !== 'the').map(word);
  const role = w[w.length - 1];
  const known =
    (mods.length ? describedEarlier(r, para, role, mods, before) : null) ??
    titledEarlier(r, para, role, before) ??
    (mods.length === 1 ? officeHolder(r, para, role, mods[0], before) : null);
  // (`described`: only one the text described or titled so, as where a clause's own pronoun may be its speaker: "When asked
  // whether she was still a party girl, the Taradise star said")
  // a nationality ("the Russian leader") the text described no one with is not left to "he" resolution, which may find a
  // person of another country ("speaking highly of Mr. Trump"): no speaker rather than a wrong one
  if (known || described || mods.some((m) => r.L.demonyms.has(m))) return known;
  return resolvePronoun(r, para, '', before, true);
}

/**
 * A definite role phrase whose capitalised title words the name reader took for a name of no person ("the Treasury
 * Secretary": an organisation by "Treasury"), resolved only to a person the text described or titled with all of them.
 */
function titleRole(r: Reader, para: Paragraph, ws: Token[], from: number, to: number, before: number): Speaker | null {
  const inside = para.ms.filter((m) => m.at >= from && m.until <= to);
  if (!inside.length || inside.some((m) => m.type === 'person')) return null;
  return roleSpeaker(r, para, ws, before, true);
}

/**
 * The last person the text described with all of a role phrase's capitalised modifiers, in the title before the name
 * or in an appositive after it ("Russian President Vladimir Putin", "New Jersey Gov. Chris Christie", "Vladimir Putin,
 * the Russian president,"), and, for a role with titles, with one of them ("Florida Gov. Rick Scott" is not "the Florida
 * senator", "Florida Sen. Marco Rubio" is).
 */
function describedEarlier(r: Reader, para: Paragraph, role: string, mods: string[], before: number): Speaker | null {
  const titles = ROLE_TITLES[role] ?? [];
  const end = lowerBound(r.mentions.length, (i) => r.mentions[i].paragraph > para.p || (r.mentions[i].paragraph === para.p && r.mentions[i].at >= before));
  for (let k = end - 1; k >= 0; k--) {
    const m = r.mentions[k];
    if (m.type !== 'person' || r.quoted.has(m)) continue;
    const ws = describedBy(r, m);
    if (!mods.every((x) => ws.includes(x) || heldBy(r, m, x, ws))) continue;
    // (a role with titles wants one of them or its own word: "the Republican senator" is no "House Republican Whip")
    if (titles.length && !ws.some((x) => titles.includes(x) || x === role)) continue;
    return speakerAt(r, m);
  }
  return null;
}

/** A party-state tag right after a name ("Harry M. Reid (D-Nev.)", "Marco Rubio, R-Fla."): its letter. */
const PARTY_TAG_AFTER = /^,?\s*\(?([RDI])-\p{Lu}/u;

/**
 * A role phrase's modifier `x` the words describing a person hold in another form: a party word by the party-state tag after
 * the name ("the Senate Democratic leader": "Harry M. Reid (D-Nev.)"), a nationality by its country ("the Russian
 * president": "Vladimir Putin, president of Russia"; quotes56).
 */
function heldBy(r: Reader, m: PlacedMention, x: string, ws: string[]): boolean {
  const letter = PARTY_LETTERS[x];
  if (letter) return PARTY_TAG_AFTER.exec((r.doc.paragraphs[m.paragraph] ?? '').slice(m.until, m.until + 12))?.[1] === letter;
  const country = r.L.demonyms.get(x);
  return !!country && ws.some((w) => r.L.places.get(w) === country);
}

/** A word naming a country by its demonym or its name, and what it names ("Russians", "Russia's" -> russia). */
function countryOf(L: Lexicon, w: string): string | undefined {
  const f = w.replace(/['’]s$/u, '');
  return L.demonyms.get(f) ?? L.places.get(f) ?? (f.endsWith('s') ? L.demonyms.get(f.slice(0, -1)) : undefined);
}

/**
 * "the Russian leader said" where the text described no one as Russian: the one person titled before the quote with an office
 * the role stands for (`ROLE_OFFICES`: "President Vladimir V. Putin"), described with no other country anywhere before it,
 * named in a paragraph that names the country, and mentioned no less often than anyone else -- else no one.
 */
function officeHolder(r: Reader, para: Paragraph, role: string, mod: string, before: number): Speaker | null {
  const offices = ROLE_OFFICES[role];
  const country = offices ? r.L.demonyms.get(mod) : undefined;
  if (!country) return null;
  const end = lowerBound(r.mentions.length, (i) => r.mentions[i].paragraph > para.p || (r.mentions[i].paragraph === para.p && r.mentions[i].at >= before));
  const count = new Map<string, number>();
  const titled = new Map<string, PlacedMention>();
  const foreign = new Set<string>();
  const near = new Set<string>();
  // whether a paragraph names the country, by its index: its words read once, not once per mention in it
  const naming = new Map<number, boolean>();
  for (let k = 0; k < end; k++) {
    const m = r.mentions[k];
    if (m.type !== 'person' || r.quoted.has(m)) continue;
    const key = lastWord(m.text);
    count.set(key, (count.get(key) ?? 0) + 1);
    const text = r.doc.paragraphs[m.paragraph] ?? '';
    const t = TITLE_BEFORE.exec(text.slice(Math.max(0, m.at - 40), m.at));
    const ts = t ? t[1].split(/\s+/).map(fold) : [];
    if (ts.some((w) => offices.includes(w)) && !ts.some((w) => ROLE_CHANGERS.includes(w))) titled.set(key, m);
    if (
      describedBy(r, m).some((w) => {
        const c = countryOf(r.L, w);
        return !!c && c !== country;
      })
    )
      foreign.add(key);
    let names = naming.get(m.paragraph);
    if (names === undefined) {
      names = (text.match(WORDS) ?? []).some((w) => countryOf(r.L, fold(w)) === country);
      naming.set(m.paragraph, names);
    }
    if (names) near.add(key);
  }
  const held = [...titled.keys()].filter((key) => !foreign.has(key));
  if (held.length !== 1 || !near.has(held[0])) return null;
  const most = Math.max(...count.values());
  return count.get(held[0]) === most ? speakerAt(r, titled.get(held[0])!) : null;
}

/** The last person the text has named so far with the role's title ("President Trump" for "the president"). */
function titledEarlier(r: Reader, para: Paragraph, role: string, before: number): Speaker | null {
  const titles = ROLE_TITLES[role];
  if (!titles) return null;
  // the title words right before the name ("President", "Secretary of State"), none of which changes the role ("Vice President")
  return lastTitledPerson(r, para, before, TITLE_BEFORE, 40, (_m, ws) => ws.some((w) => titles.includes(w)) && !ws.some((w) => ROLE_CHANGERS.includes(w)));
}

/**
 * The last person named before `before` (in `para` or an earlier paragraph) and not quoted whose title words -- read by
 * `title`'s first group within `reach` characters before the name, folded -- `takes` takes.
 */
function lastTitledPerson(
  r: Reader,
  para: Paragraph,
  before: number,
  title: RegExp,
  reach: number,
  takes: (m: PlacedMention, words: string[]) => boolean,
): Speaker | null {
  const end = lowerBound(r.mentions.length, (i) => r.mentions[i].paragraph > para.p || (r.mentions[i].paragraph === para.p && r.mentions[i].at >= before));
  for (let k = end - 1; k >= 0; k--) {
    const m = r.mentions[k];
    if (m.type !== 'person' || r.quoted.has(m)) continue;
    const t = title.exec((r.doc.paragraphs[m.paragraph] ?? '').slice(Math.max(0, m.at - reach), m.at));
    if (takes(m, t ? t[1].trim().split(/\s+/).map(fold) : [])) return speakerAt(r, m);
  }
  return null;
}

/**
 * The last person the text titled before their name with a role noun's title (`ROLE_TITLES`), the title's post after it
 * or not (ROLE_TITLE_POSTS: "U.S. Ambassador to GATT Michael Samuels" for "the U.S. Ambassador"), the title's words
 * holding each of the role phrase's modifiers ("the Soviet ambassador" is no "U.S. Ambassador"); for a person's role
 * noun of UNNAMED_ROLES, whose "the" phrase no one described near or left unnamed before (quotes58).
 */
function titledHolder(r: Reader, para: Paragraph, noun: string, before: number, mods: string[]): Speaker | null {
  const titles = ROLE_TITLES[noun];
  if (!titles) return null;
  return lastTitledPerson(
    r,
    para,
    before,
    TITLE_POST_BEFORE,
    60,
    (m, ws) => ws.some((w) => titles.includes(w)) && !ws.some((w) => ROLE_CHANGERS.includes(w)) && mods.every((x) => ws.includes(x) || heldBy(r, m, x, ws)),
  );
}

const PERSON_ROLE_NOUNS = new Set(UNNAMED_ROLES.person);
const ORG_ROLE_NOUNS = new Set(UNNAMED_ROLES.org);
const DOCUMENT_NOUNS = new Set(UNNAMED_ROLES.document);
const ROLE_DETERMINERS = new Set(UNNAMED_ROLES.determiners);
const COMPANY_NOUNS = new Set(UNNAMED_ROLES.company);
const NOT_COMPANY = new Set(UNNAMED_ROLES.notCompany);
const NOT_COMPANY_LINKS = new Set(UNNAMED_ROLES.notCompanyLinks);
/** A name whose head is a public body's noun: its last word or one a link follows ("Justice Department", "Ministry of
 * Finance"); not one that opens a company's name ("Union Texas Petroleum", "Department Stores Co"). */
function publicBody(name: string): boolean {
  const ws = name.split(/\s+/).map(fold);
  return ws.some((x, i) => NOT_COMPANY.has(x) && (i === ws.length - 1 || NOT_COMPANY_LINKS.has(ws[i + 1])));
}
const isRoleNoun = (w: string) => PERSON_ROLE_NOUNS.has(w) || ORG_ROLE_NOUNS.has(w) || DOCUMENT_NOUNS.has(w);
const INDEFINITE_PERSONS = new Set(UNNAMED_ROLES.indefinite);
const INDEFINITE_DETERMINERS = new Set(UNNAMED_ROLES.indefiniteDeterminers);
/** A role phrase's words (determiner first) end in a person's noun: one of `UNNAMED_ROLES.person`, or of `indefinite` after "a" ("a union leader"). */
const personPhrase = (w: string[]) => PERSON_ROLE_NOUNS.has(w[w.length - 1]) || (INDEFINITE_PERSONS.has(w[w.length - 1]) && INDEFINITE_DETERMINERS.has(w[0]));
const SINGLE_DETERMINERS = new Set(UNNAMED_ROLES.single);
/** a plural person noun ("officials", "spokesmen"): no "he" or "she" refers to it */
const PLURAL_NOUN = /(?:s|men)$/;
/** a person's role noun, one person, as a word of a text */
const SINGLE_PERSON_NOUN = new RegExp(`\\b(?:${[...UNNAMED_ROLES.person, ...UNNAMED_ROLES.indefinite].filter((w) => !PLURAL_NOUN.test(w)).join('|')})\\b`, 'i');

/** The one person a role phrase opened by "a", "one" or "the" names, for a later "he" or "she" (a plural is none). */
function unnamedPerson(para: Paragraph, w: string[], phrase: string, at: number): Speaker | undefined {
  const noun = w[w.length - 1];
  if (!SINGLE_DETERMINERS.has(w[0]) || !personPhrase(w) || PLURAL_NOUN.test(noun)) return undefined;
  const sentence = para.sentenceAt(at)?.index ?? 0;
  return speakerOf('', 'person', at, para.p, sentence, UNNAMED_ROLES.genders[noun], phrase);
}

/** A pronoun's referent as what was found: someone left unnamed speaks as they did ("unnamed: ..."), and goes on. */
function byPronoun(s: Speaker | null, how: string): Found | null {
  if (!s) return null;
  return s.unnamed === undefined ? { speaker: s, how } : { speaker: null, how: `${UNNAMED_HOW}"${s.unnamed}", ${how}`, unnamed: s };
}

/** The length of a phrase after a speech verb up to its first role noun ("a senior official| at a leading ... bank"). */
function roleNounEnd(ws: Token[]): number {
  for (let k = 0; k < Math.min(ws.length, QUOTE_LIMITS.rolePhraseWords); k++) {
    if (!isRoleNoun(word(ws[k]))) continue;
    // (a compound's last noun: "a police officer", "a bank spokesman"; an organisation's noun before another word is
    // that word's modifier: "said the Navy chief" is no navy's)
    let e = k;
    while (e + 1 < ws.length && isRoleNoun(word(ws[e + 1]))) e++;
    const next = ws[e + 1];
    if (!ORG_ROLE_NOUNS.has(word(ws[e])) || next?.kind !== 'word' || ROLE_LINKS.has(word(next))) return e + 1;
  }
  return ws.length;
}

const ROLE_LINKS = new Set(UNNAMED_ROLES.links);
/** plural person nouns and bodies that speak without a determiner */
const BARE_VERBS = new Set(UNNAMED_ROLES.bareVerbs);
const BARE_GROUPS = new Set([...UNNAMED_ROLES.person.filter((w) => PLURAL_NOUN.test(w) && !w.endsWith('men')), ...UNNAMED_ROLES.bare]);
const ORG_LINKS = new Set(UNNAMED_ROLES.orgLinks);
const ALONE_PERSONS = new Set(UNNAMED_ROLES.alone);
const OWNERLESS = new Set(UNNAMED_ROLES.ownerless);
const POSSESSIVES = new Set(UNNAMED_ROLES.possessives);
const BREAK_VERBS = new Set(PHRASE_BREAK_VERBS);

/**
 * Where a noun of `nouns` stands in a phrase opened by a determiner when a word of `links` follows it and says whose
 * ("a spokesman| for Waitrose", "A statement| from Surrey police"); -1 if the phrase is no such one, or a comma after the
 * noun opens an appositive that names the person or owner ("a spokesman for the company, John Smith,").
 */
function linkedNoun(para: Paragraph, ws: Token[], nouns: ReadonlySet<string>, links: ReadonlySet<string>): number {
  if (ws.length < 4 || !ROLE_DETERMINERS.has(word(ws[0]))) return -1;
  for (let k = 1; k < ws.length - 2 && k < QUOTE_LIMITS.rolePhraseWords; k++) {
    if (ws[k].kind !== 'word') return -1;
    if (!nouns.has(word(ws[k]))) continue;
    const fits = links.has(word(ws[k + 1])) && ws.length - k - 2 <= QUOTE_LIMITS.roleLinkTokens;
    return fits && !para.text.slice(ws[k].end, ws[ws.length - 1].end).includes(',') ? k : -1;
  }
  return -1;
}

/** Where the person's role noun of a phrase stands when a link word says whose ("a close friend| of the dead mum"); -1 if none. */
function linkedRoleNoun(para: Paragraph, ws: Token[]): number {
  // (after an indefinite determiner, its nouns too: "an LDP candidate in Tokyo")
  const k = linkedNoun(para, ws, INDEFINITE_DETERMINERS.has(word(ws[0])) ? INDEFINITE_ROLE_NOUNS : PERSON_ROLE_NOUNS, ROLE_LINKS);
  return k > 0 && holderNamed(para, ws, k) ? -1 : k;
}

/**
 * A "the" role phrase ending in a person's name after the link's own object names the role's holder ("the permanent trade
 * ambassador of the 12-member European Community Tran Van Thinh" is Thinh): the name no link word's, no title's, no "the"'s
 * right before it ("an aide to Agriculture Secretary Richard Lyng" is the aide). (The name reader reads "European Community
 * Tran Van Thinh" as one organisation's name: a run going on past its organisation's head is the body's and its holder's.)
 */
function holderNamed(para: Paragraph, ws: Token[], k: number): boolean {
  if (word(ws[0]) !== 'the') return false;
  const end = ws[ws.length - 1].end;
  const m = para.ms.find((x) => x.until === end && (x.type === 'person' || para.officerRun(x.text)));
  const i = m ? ws.findIndex((t) => t.start >= m.at) : -1;
  const before = ws[i - 1];
  return i > k + 2 && before !== undefined && !ROLE_LINKS.has(word(before)) && !NAME_LEAD.has(word(before)) && !para.isTitle(word(before));
}
const INDEFINITE_ROLE_NOUNS = new Set([...UNNAMED_ROLES.person, ...UNNAMED_ROLES.indefinite]);

/**
 * A role phrase whose noun a link word follows: the organisation right after "for", "at", "with" or "from" says whose
 * ("a spokesman for Waitrose" speaks as "Waitrose spokesman"), else the person is left unnamed -- never a name after the
 * link ("an aide to Agriculture Secretary Richard Lyng", "a spokesman for a company buying on behalf of the Soviet Union").
 */
function linkedRole(r: Reader, para: Paragraph, ws: Token[], k: number): Found {
  const phrase = para.text.slice(ws[0].start, ws[ws.length - 1].end);
  // (directly or after "the": "an official at a U.S. bank" is any bank's)
  const o = word(ws[k + 2]) === 'the' ? k + 3 : k + 2;
  const owner = ws[o] && ORG_LINKS.has(word(ws[k + 1])) ? para.ms.find((m) => m.at === ws[o].start && (m.type === 'org' || m.type === 'other')) : undefined;
  // (named as "a Waitrose spokesman" would be: "Waitrose spokesman", a person)
  const noun = ws[k].text;
  if (owner) {
    const s = speakerAt(r, owner, `${owner.text} ${noun}`);
    return { speaker: speakerOf(s.name, 'person', s.at, s.paragraph, s.sentence, UNNAMED_ROLES.genders[fold(noun)], s.unnamed), how: `"${phrase}"` };
  }
  return { speaker: null, how: `${UNNAMED_HOW}"${phrase}"`, unnamed: unnamedPerson(para, ws.slice(0, k + 1).map(word), phrase, ws[0].start) };
}

const DOCUMENT_LINKS = new Set(UNNAMED_ROLES.documentLinks);

/** Where the link word of a document's phrase stands that names its owner ("A statement from| Surrey police"); -1 if none. */
function documentLink(para: Paragraph, ws: Token[]): number {
  const k = linkedNoun(para, ws, DOCUMENT_NOUNS, DOCUMENT_LINKS);
  return k < 0 ? -1 : k + 1;
}

/**
 * The owner a document's phrase names after its link word speaks ("A statement from Surrey police said", "a statement from
 * the Democratic committee said"): a name, or capitalised words ending in an organisation's noun; else the phrase is an
 * ownerless document's (the attribution of a quote nothing else attributes).
 */
function linkedDocument(r: Reader, para: Paragraph, ws: Token[], l: number): Found | null {
  const phrase = para.text.slice(ws[0].start, ws[ws.length - 1].end);
  const o = word(ws[l + 1]) === 'the' ? l + 2 : l + 1;
  const own = ws.slice(o);
  const end = ws[ws.length - 1].end;
  const m = own.length ? para.ms.find((x) => x.at === own[0].start && !r.quoted.has(x)) : undefined;
  const named = m && m.until === end && m.type !== 'place';
  const body = own.length > 1 && own.every((t) => t.kind === 'word') && UPPER_FIRST.test(own[0].text) && ORG_ROLE_NOUNS.has(word(own[own.length - 1]));
  if (!named && !body) {
    r.documentTag ??= { speaker: null, how: `${UNNAMED_HOW}"${phrase}"` };
    return null;
  }
  const at = own[0].start;
  const speaker: Speaker = named
    ? speakerAt(r, m)
    : { name: para.text.slice(at, end), type: 'org', at, paragraph: para.p, sentence: para.sentenceAt(at)?.index ?? 0 };
  return { speaker, how: `"${phrase}"` };
}

/** Such a phrase ending at `bef[k]` ("A close friend of the dead mum| said"), its determiner opening its clause. */
function linkedPhraseEndingAt(para: Paragraph, bef: Token[], k: number): Token[] | null {
  for (let i = k - 3; i >= 0 && k - i < QUOTE_LIMITS.rolePhraseWords + QUOTE_LIMITS.roleLinkTokens; i--) {
    if (!ROLE_DETERMINERS.has(word(bef[i])) || (i > 0 && bef[i - 1].kind === 'word' && !SUBJECT_LEAD.has(word(bef[i - 1])))) continue;
    // (never over a reporting verb: the phrase before it speaks, "An official at the U.S. Trade Representative's Office| said
    // U.S. officials continued to press ..., but that "..."", "a spokesman for Montreal-based Dominion| called the report")
    let end = k;
    for (let b = i + 1; b <= k; b++)
      if (BREAK_VERBS.has(word(bef[b]))) {
        end = b - 1;
        break;
      }
    const ph = bef.slice(i, end + 1);
    if (linkedRoleNoun(para, ph) > 0 || documentLink(para, ph) > 0) return ph;
  }
  return null;
}

/**
 * A role noun phrase as the speaker ("the company said", "a spokesman said", "the report said"): the one it refers back
 * to when "the" opens it and the article gave someone that role, else no one named; either way the quote is theirs.
 */
function unnamedRole(r: Reader, para: Paragraph, ws: Token[], before: number): Found | null {
  const link = linkedRoleNoun(para, ws);
  if (link > 0) return linkedRole(r, para, ws, link);
  const owned = documentLink(para, ws);
  if (owned > 0) return linkedDocument(r, para, ws, owned);
  // (a group without a determiner: ""...," police said", "Analysts said "walkaway lease" deals ..."; a body the text named
  // before is that one: "Vancouver Police say ... . "...," police said")
  if (ws.length === 1 && BARE_GROUPS.has(word(ws[0]))) {
    const back = ORG_ROLE_NOUNS.has(word(ws[0])) ? roleReferent(r, para, word(ws[0]), before) : null;
    return back ? { speaker: back, how: `"${ws[0].text}" refers to` } : { speaker: null, how: `${UNNAMED_HOW}"${ws[0].text}"` };
  }
  if (ws.length === 1 && ALONE_PERSONS.has(word(ws[0]))) return { speaker: null, how: `${UNNAMED_HOW}"${ws[0].text}"` };
  if (ws.some((t) => t.kind !== 'word')) return null;
  // a name's possessive and a person's role noun: that person, left unnamed (""...," Reid's rep told Us", "Stone's attorney said")
  const last = word(ws[ws.length - 1]);
  if (
    ws.length > 1 &&
    ws.length <= QUOTE_LIMITS.rolePhraseWords - 1 &&
    NAME_POSSESSIVE.test(ws[0].text) &&
    PERSON_ROLE_NOUNS.has(last) &&
    !PLURAL_NOUN.test(last)
  ) {
    const named = para.ms.some((m) => m.at === ws[0].start && m.type !== 'place');
    if (named && ws.slice(1).every((t) => LOWER_FIRST.test(t.text))) {
      const phrase = ws.map((t) => t.text).join(' ');
      const sentence = para.sentenceAt(ws[0].start)?.index ?? 0;
      // (the person other than the possessor who spoke in the sentence before is that one: "David Axelrod on Wednesday called on
      // Howard Dean to apologize ... . "My reaction, that was outrageous," Obama's former campaign strategist said")
      const prev = previousSentenceSubject(r, para, sentence);
      const owner = fold(ws[0].text.slice(0, -2));
      if (prev && !prev.name.split(/\s+/).some((x) => fold(x) === owner)) return { speaker: prev, how: `"${phrase}" refers to` };
      const who = speakerOf('', 'person', ws[0].start, para.p, sentence, UNNAMED_ROLES.genders[last], phrase);
      return { speaker: null, how: `${UNNAMED_HOW}"${phrase}"`, unnamed: who };
    }
  }
  const w = roleWords(ws);
  const noun = w[w.length - 1];
  // a party's adjective owns its document: "the Republican report said" is the Republicans'
  const party = w.length === 3 && w[0] === 'the' && DOCUMENT_NOUNS.has(noun) && UPPER_FIRST.test(ws[1].text) ? PARTY_OWNERS.get(w[1]) : undefined;
  if (party)
    return {
      speaker: speakerOf(party, PEOPLE, ws[1].start, para.p, para.sentenceAt(ws[1].start)?.index ?? 0, undefined, undefined),
      how: `"${ws.map((t) => t.text).join(' ')}"`,
    };
  const long =
    phraseLength(ws) - (ws.length - w.length) > QUOTE_LIMITS.rolePhraseWords ||
    (w.length > QUOTE_LIMITS.rolePhraseWords && !LOWER_FIRST.test(ws[w.length - 1].text));
  if (w.length < 2 || long || !ROLE_DETERMINERS.has(w[0]) || !(isRoleNoun(noun) || personPhrase(w))) return null;
  const phrase = ws.map((t) => t.text).join(' ');
  // a name in the phrase says whose: "a Drexel spokesman" speaks as "Drexel spokesman", "the senior Cruz adviser" as "Cruz adviser"
  const owner = para.ms.find((m) => m.at >= ws[0].start && m.until <= ws[ws.length - 1].start && m.type !== 'place');
  if (owner) {
    // (from its first capitalised word: "an Eastern Conference executive" is "Eastern Conference executive")
    const from = ws.find((t) => t.start <= owner.at && UPPER_FIRST.test(t.text) && !ROLE_DETERMINERS.has(word(t)));
    const speaker = speakerAt(r, owner, para.text.slice(Math.min(from?.start ?? owner.at, owner.at), ws[ws.length - 1].end));
    return {
      speaker: personPhrase(w) ? speakerOf(speaker.name, 'person', speaker.at, speaker.paragraph, speaker.sentence, speaker.gender, speaker.unnamed) : speaker,
      how: `"${phrase}"`,
    };
  }
  const refers =
    (w[0] === 'the' && !OWNERLESS.has(noun)) || (POSSESSIVES.has(w[0]) && PERSON_ROLE_NOUNS.has(noun)) || (DOCUMENT_NOUNS.has(noun) && !OWNERLESS.has(noun));
  const back = refers ? roleReferent(r, para, noun, before, w.slice(1, -1)) : null;
  // (one left unnamed goes on so, by the fuller phrase)
  if (back?.unnamed !== undefined) {
    const same = fold(back.unnamed) === fold(phrase);
    return { speaker: null, how: same ? `${UNNAMED_HOW}"${phrase}"` : `${UNNAMED_HOW}"${back.unnamed}", "${phrase}" refers to`, unnamed: back };
  }
  if (back) return { speaker: back, how: `"${phrase}" refers to` };
  // (a document whose owner is not found is most often the last speaker's: "France Telecom said. "...," a statement said";
  // kept for the quote nothing else attributes: "..." the report said)
  if (DOCUMENT_NOUNS.has(noun)) {
    r.documentTag ??= { speaker: null, how: `${UNNAMED_HOW}"${phrase}"` };
    return null;
  }
  return { speaker: null, how: `${UNNAMED_HOW}"${phrase}"`, unnamed: unnamedPerson(para, w, phrase, ws[0].start) };
}

/** Mentions before `before` in the paragraph `para` and the sentences before it, the nearest first, within the pronoun's reach. */
function* mentionsBack(r: Reader, para: Paragraph, before: number): Generator<PlacedMention> {
  const cur = para.sentenceAt(before)?.index ?? 0;
  const end = lowerBound(r.mentions.length, (i) => r.mentions[i].paragraph > para.p || (r.mentions[i].paragraph === para.p && r.mentions[i].at >= before));
  for (let k = end - 1; k >= 0 && cur - r.mentions[k].sentence <= QUOTE_LIMITS.pronounSentences; k--) if (!r.quoted.has(r.mentions[k])) yield r.mentions[k];
}

/** Words after which a lead's words describe no longer the name after them. */
const DESCRIPTION_BREAKS = new Set([...UNNAMED_ROLES.links, 'that', 'and', 'or', 'but']);

/** The words right before a mention in its clause and those of an appositive right after it, folded. */
function describedBy(r: Reader, m: PlacedMention): string[] {
  const text = r.doc.paragraphs[m.paragraph] ?? '';
  const lead = text.slice(Math.max(0, m.at - 40, r.sentenceStarts.get(m.sentence) ?? 0), m.at);
  const words = lead.slice(Math.max(0, lead.search(/[^,;:()"“”]*$/u))).split(/\s+/);
  // (from the last link, conjunction or speech verb: "an aide to| Richard Lyng", "The spokesman added that| TRE Chairman
  // Leopold Wyler" name no aide and no spokesman)
  let cut = words.length - 1;
  while (cut >= 0 && !DESCRIPTION_BREAKS.has(fold(words[cut])) && !r.L.speechVerbs.has(fold(words[cut]))) cut--;
  const own = words.slice(cut + 1);
  const appos =
    APPOSITIVE_WORDS.exec(text.slice(m.until, m.until + 70))?.[1]
      .split(/\s+/)
      .slice(0, 6) ?? [];
  // (no appositive where a speech verb follows its words with no relative pronoun after a name that is no clause's subject:
  // "... the visit this week by Japanese Prime Minister Yasuhiro Nakasone, a Treasury spokesman said" describes the
  // spokesman, not Nakasone; "In a wide ranging address ..., Ortner, the bank's senior economist also said" Ortner)
  const verb = appos.findIndex((x) => r.L.speechVerbs.has(fold(x)));
  const start = r.sentenceStarts.get(m.sentence) ?? 0;
  if (verb >= 0 && !appos.slice(0, verb).some((x) => RELATIVE_OPENERS.includes(fold(x))) && !isClauseSubject(r.L, text, m, start)) appos.length = 0;
  return [...own, ...appos].filter(Boolean).map((x) => fold(x.replace(/['’]s$/u, '')));
}

/**
 * The person who spoke last by a phrase naming whose, with the role noun `noun` ("a Treasury spokesman said ... . The
 * spokesman, who asked not to be identified, said": "Treasury spokesman"): the last speaker of a quote within reach, or the
 * last such role phrase speaking outside quotes, past those only "the <noun>" since; or the one left unnamed by a fuller
 * phrase with the noun (returned unnamed).
 */
function phraseNamed(r: Reader, para: Paragraph, noun: string, before: number, mods: string[]): Speaker | null {
  const cur = para.sentenceAt(before)?.index ?? 0;
  // (its modifiers in that name, but for a rank: "the ministry spokesman" is no "Reebok spokesman")
  const held = (s: Speaker) => mods.every((x) => r.L.roleModifiers.has(x) || s.name.split(/\s+/).some((y) => fold(y) === x));
  const own = (s: Speaker | undefined) => !!s && s.type === 'person' && s.name.includes(' ') && lastWord(s.name) === noun && held(s);
  const ev = r.events[r.events.length - 1];
  if (own(ev) && cur - ev.sentence <= QUOTE_LIMITS.continueSentences) return ev;
  // (failing a named one, the last left unnamed by a fuller phrase with the noun and each of its modifiers, still unnamed:
  // "a British naval source in the Gulf said ... . The source, who declined to be identified, said"; past a bare "the
  // <noun>", but not past a bare "another <noun>" or "a <noun>", someone else: "said another official. The official, who")
  let fuller: Speaker | null = null;
  let another = false;
  // (past the reach or a speaker of another role in between, only a phrase with the noun: "one portfolio manager for a large
  // securities investment house in Frankfurt said ... . One finance ministry economist said ... "...," the portfolio manager
  // said", 18 sentences on; not past the noun written otherwise in between)
  let far = false;
  for (let k = r.unnamed.length - 1; k >= 0; k--) {
    const u = r.unnamed[k];
    // (not the phrase itself, read already as a subject outside quotes)
    if (u.paragraph > para.p || (u.paragraph === para.p && u.at >= before)) continue;
    const ws = (u.unnamed ?? '').split(/\s+/).map(fold);
    const n = phraseNoun(ws);
    const same = (n >= 0 && ws[n] === noun) || lastWord(u.unnamed ?? u.name) === noun;
    if (!far && cur - u.sentence > QUOTE_LIMITS.pronounSentences) {
      if (fuller || another) break;
      far = true;
    }
    if (far && !same) continue;
    if (own(u)) return far && nounBetween(r, u, para.p, before, noun) ? null : u;
    if (u.name) {
      if (same || fuller || another) break;
      far = true;
      continue;
    }
    if (n >= 0 && ws[n] === noun && !fuller && !another) {
      if (ws.length > 2 && mods.every((x) => ws.includes(x))) fuller = u;
      else if (ws.length === 2 && ws[0] !== 'the') another = true;
    }
    const other = lastWord(u.unnamed ?? '') !== noun;
    if ((fuller || another) && (far || other)) break;
    if (other) far = true;
  }
  return far && fuller && nounBetween(r, fuller, para.p, before, noun) ? null : fuller;
}

/**
 * The noun `noun` written, after the sentence of `s` and before `before` in the paragraph `p`, other than after "the" and
 * lower-case words (a later "the spokesman" goes on): someone else with that role may be meant ("a spokesman for Centrale
 * Suiker, the second largest Dutch sugar processor, said", no phrase read; "Smith, a portfolio manager,").
 */
function nounBetween(r: Reader, s: Speaker, p: number, before: number, noun: string): boolean {
  const next = r.sentenceStarts.get(s.sentence + 1) ?? 0;
  for (let q = s.paragraph; q <= p; q++) {
    const text = r.doc.paragraphs[q] ?? '';
    const from = q === s.paragraph && next > (r.sentenceStarts.get(s.sentence) ?? 0) ? next : q === s.paragraph ? text.length : 0;
    const seg = text.slice(from, q === p ? before : text.length);
    for (const m of seg.matchAll(WORDS)) {
      if (fold(m[0]) !== noun) continue;
      const lead = (seg.slice(Math.max(0, m.index - 50), m.index).match(WORDS) ?? []).slice(-QUOTE_LIMITS.rolePhraseWords + 1);
      let d = lead.length - 1;
      while (d >= 0 && !ROLE_DETERMINERS.has(fold(lead[d]))) d--;
      if (d < 0 || fold(lead[d]) !== 'the' || lead.slice(d + 1).some((w) => UPPER_FIRST.test(w))) return true;
    }
  }
  return false;
}

/** Where a role phrase's person noun stands (its words folded, determiner first): last, or before a link word ("a source| in the Gulf"); -1 if none. */
function phraseNoun(ws: string[]): number {
  for (let k = 1; k < ws.length; k++) if (INDEFINITE_ROLE_NOUNS.has(ws[k]) && (k === ws.length - 1 || ROLE_LINKS.has(ws[k + 1]))) return k;
  return -1;
}

/** Who "the <noun>" refers to: a person the text gave that role, an organisation holding the noun, a document's owner. */
function roleReferent(r: Reader, para: Paragraph, noun: string, before: number, mods: string[] = []): Speaker | null {
  for (const m of mentionsBack(r, para, before)) {
    if (PERSON_ROLE_NOUNS.has(noun) && m.type === 'person' && describedBy(r, m).includes(noun)) return speakerAt(r, m);
    if (ORG_ROLE_NOUNS.has(noun) && m.type === 'org' && m.text.split(/\s+/).some((x) => fold(x) === noun)) return speakerAt(r, m);
  }
  // (a person's noun: one who spoke by a phrase naming whose ("a Treasury spokesman said ... . The spokesman, who asked not
  // to be identified, said"), the last to speak)
  const named = PERSON_ROLE_NOUNS.has(noun) ? (phraseNamed(r, para, noun, before, mods) ?? titledHolder(r, para, noun, before, mods)) : null;
  if (named) return named;
  // (a newspaper named last, if no document of the kind was named since: "quoted by the China Daily ... . The paper said")
  const press = PRESS_NOUNS.has(noun) ? newspaperBack(r, para, noun, before) : null;
  if (press) return press;
  if (DOCUMENT_NOUNS.has(noun)) return documentOwner(r, para, noun, before);
  if (!ORG_ROLE_NOUNS.has(noun)) return null;
  // else an organisation that spoke just before ("Statistics Canada also reported ... . "...," the federal agency said");
  // for a company, failing that, the one "it" would be, but never one told or written to ("One witness told NBC
  // Philadelphia ...") nor a public body ("the Justice Department")
  const company = COMPANY_NOUNS.has(noun);
  const it = lastOrgSpeaker(r, para, before) ?? (company ? (subjectCompany(r, para, before) ?? resolvePronoun(r, para, 'it', before)) : null);
  const g = it ? governor(r.L, r.doc.paragraphs[it.paragraph] ?? '', it.at) : '';
  const body = company && !!it && publicBody(it.name);
  return it && !r.L.listenerVerbs.has(g) && g !== 'to' && !body ? it : null;
}

const PRESS_NOUNS = new Set(UNNAMED_ROLES.press.nouns);
const PRESS_NAME_ENDS = new Set(UNNAMED_ROLES.press.nameEnds);

/**
 * The newspaper "the paper" refers to: the last name, within a pronoun's reach, after a press noun ("The trade paper
 * Automotive News") or ending in a newspaper's word ("the China Daily", "the Jakarta Post"), when no sentence since names a
 * document of the noun's kind ("a consultative paper").
 */
function newspaperBack(r: Reader, para: Paragraph, noun: string, before: number): Speaker | null {
  const cur = para.sentenceAt(before)?.index ?? 0;
  if (para.ms.some((m) => m.sentence === cur && m.at < before && m.type === 'person' && verbAfterName(r.L, para, m))) return null;
  for (const m of mentionsBack(r, para, before)) {
    const text = r.doc.paragraphs[m.paragraph] ?? '';
    const prev = fold(LAST_WORD_BEFORE.exec(text.slice(Math.max(0, m.at - 30), m.at))?.[1] ?? '');
    if (m.type === 'place' || (!PRESS_NOUNS.has(prev) && !PRESS_NAME_ENDS.has(lastWord(m.text)))) continue;
    const kind = DOCUMENT_KIND.get(noun) ?? noun;
    for (let s = m.sentence; s <= (para.sentenceAt(before)?.index ?? 0); s++) {
      const span = r.sentences.get(s);
      if (!span) continue;
      const said = (r.doc.paragraphs[span.paragraph] ?? '').slice(
        s === m.sentence ? m.until : span.start,
        span.paragraph === para.p ? Math.min(span.end, before) : span.end,
      );
      for (const x of said.matchAll(WORDS))
        if ((DOCUMENT_KIND.get(fold(x[0])) ?? fold(x[0])) === kind && !PRESS_NOUNS.has(fold(x[0])) && DETERMINER_JUST_BEFORE.test(said.slice(0, x.index)))
          return null;
    }
    return speakerAt(r, m);
  }
  return null;
}
const LAST_WORD_BEFORE = /(\p{L}+)\s+$/u;

/**
 * The company that opens a recent sentence as its subject, or owns the role phrase that does ("Norton co said it has agreed
 * to sell ... to Global Mining and Industrial Corp. The company said": Norton, not the buyer; "A Kleinwort Benson spokesman
 * declined ... but the company said": Kleinwort Benson, not the CAC of the sentence before). A person opening a sentence
 * stops the search: "the company" is then no subject's.
 */
function subjectCompany(r: Reader, para: Paragraph, before: number): Speaker | null {
  let seen = -1;
  for (const m of mentionsBack(r, para, before)) {
    const cur = para.sentenceAt(before)?.index ?? 0;
    if (cur - m.sentence > QUOTE_LIMITS.continueSentences) break;
    const text = r.doc.paragraphs[m.paragraph] ?? '';
    const start = r.sentenceStarts.get(m.sentence) ?? 0;
    // the sentence's own opening subject: only lead words between its start and the name
    const lead = (text.slice(start, m.at).match(WORDS) ?? []).map(fold);
    if (m.sentence === seen || !lead.every((w) => SUBJECT_LEAD.has(w))) continue;
    seen = m.sentence;
    // a company: typed so, or an untyped name before a legal form ("Norton co said", however "Norton said" typed it
    // later) or before a spokesman's role ("A Kleinwort Benson spokesman"; "Dough mixer Andy Ryan" is no company)
    const next = fold(NEXT_WORD.exec(text.slice(m.until, m.until + 30))?.[1] ?? '');
    const owned = m.type === 'other' && (r.L.legalForms.has(next) || PERSON_ROLE_NOUNS.has(next));
    if ((m.type !== 'org' && !owned) || r.L.media.has(fold(m.text))) return null;
    if (publicBody(m.text)) return null;
    return speakerAt(r, m);
  }
  return null;
}

/** The last speaker, if the text has not typed it a person, when it spoke in the sentences just before ("Statistics Canada also reported ..."). */
function lastOrgSpeaker(r: Reader, para: Paragraph, before: number): Speaker | null {
  const cur = para.sentenceAt(before)?.index ?? 0;
  const ev = r.events[r.events.length - 1];
  if (!ev || cur - ev.sentence > QUOTE_LIMITS.continueSentences) return null;
  return ev.type !== 'person' && ev.type !== 'place' && ev.type !== PEOPLE && !ev.gender && !r.personWords.has(lastWord(ev.name)) ? ev : null;
}

/**
 * The owner of the document "the <noun>" refers to, at its last mention: a name right before it ("the Tower Commission
 * report", "a GTX statement"), or after "by" or "from" ("a report by the OECD"), or the one who spoke in that sentence
 * ("Bofors said in a statement").
 */
function documentOwner(r: Reader, para: Paragraph, noun: string, before: number): Speaker | null {
  const cur = para.sentenceAt(before)?.index ?? 0;
  const kind = DOCUMENT_KIND.get(noun);
  // (the tag's own sentence may name the document only as its tag: "The report said ... "..."" reads the sentence before,
  // where only a name owning it or the subject "it" / "the <organisation>" is its owner, no other speaker there)
  let own = false;
  // (the reach counts from the last sentence naming it: "the U.S. Embassy said in its annual report ... . ..., the report
  // said. ... "...," the report said" chains its definite mentions back to the owner)
  let last = cur;
  let chained = false;
  const speaking = r.mentions.some((m) => m.paragraph === para.p && m.sentence === cur && m.at < before && m.type !== 'place' && !r.quoted.has(m));
  let s = cur;
  for (; s >= 0 && last - s <= QUOTE_LIMITS.pronounSentences; s--) {
    const span = r.sentences.get(s);
    if (!span) continue;
    const text = r.doc.paragraphs[span.paragraph] ?? '';
    const upto = s === cur && span.paragraph === para.p ? Math.min(span.end, before) : span.end;
    const said = text.slice(span.start, upto);
    const ws = [...said.matchAll(WORDS)].filter(
      (x) =>
        fold(x[0]) === noun ||
        (kind !== undefined && DOCUMENT_KIND.get(fold(x[0])) === kind) ||
        (kind !== undefined && CHANNEL_KIND.get(fold(x[0])) === kind && CHANNEL_BEFORE.test(said.slice(0, x.index))),
    );
    const w = ws[ws.length - 1];
    const at = w ? span.start + w.index! : -1;
    if (at < 0) continue;
    const ms = r.mentions.filter((m) => m.paragraph === span.paragraph && m.sentence === s && m.type !== 'place' && !r.quoted.has(m));
    const owner =
      ms.find((m) => m.until <= at && /^(?:['’]s?)?\s+$/u.test(text.slice(m.until, at))) ??
      ms.find((m) => m.at > at && /^\s+(?:by|from)\s+(?:the\s+)?$/u.test(text.slice(at + w[0].length, m.at)));
    if (owner) return speakerAt(r, owner);
    const definite = DEFINITE_BEFORE.test(text.slice(span.start, at));
    // (past a definite mention, a sentence's speaker owns only what it names as its own: "he said "we will vigorously
    // defend" against the lawsuit" is no owner of "the lawsuit")
    if (!(chained && definite)) {
      // (past a definite mention, the speaker naming it as its own channel owns it: "The report said, "..."" after "the
      // U.S. Embassy said in its agricultural outlook ... . ..., the report said")
      // (and right before a tag sentence naming it, the speaker naming it as its own: "The IMF observed in its World Economic
      // Outlook that "..." . The report added", where "In a letter ... mentioned ... by ... Mitch McConnell ..., the
      // Republicans informed ... . The letter goes on" keeps no one)
      const channel = (chained ? CHANNEL_BEFORE : OWN_CHANNEL_BEFORE).test(said.slice(0, w.index));
      const ev = own && !channel ? undefined : r.events.find((e) => e.sentence === s && e.paragraph === span.paragraph);
      const named = ev ?? documentSubject(r, span.paragraph === para.p ? para : r.paraBefore?.p === span.paragraph ? r.paraBefore : undefined, span);
      if (named) return named;
    }
    // (an earlier sentence's "the report" refers further back, "a report" names one of its own; a quote after a name in
    // its sentence may be that name's words of the report: "Robert Dole ... told reporters the report disclosed "colossal
    // blunders"" stays Dole's)
    if (s !== cur && (!definite || speaking)) return null;
    chained ||= s !== cur;
    own ||= s === cur;
    last = s;
  }
  return s >= 0 ? farOwner(r, para, before, s, kind ?? noun) : null;
}

/**
 * Past the reach, the organisation speaking just before the quote ("It said ... . "...," the report said") owns the document
 * when the last sentence naming one of its kind names it as that organisation's own ("The OECD said in its latest Financial
 * Market Trends report ...", 11 sentences back) and no one else spoke since.
 */
function farOwner(r: Reader, para: Paragraph, before: number, from: number, kind: number | string): Speaker | null {
  const org = lastOrgSpeaker(r, para, before);
  const cur = para.sentenceAt(before)?.index ?? 0;
  if (!org) return null;
  for (let s = from; s >= 0; s--) {
    const span = r.sentences.get(s);
    if (!span) continue;
    const said = (r.doc.paragraphs[span.paragraph] ?? '').slice(span.start, span.end);
    const w = [...said.matchAll(WORDS)].find((x) => (DOCUMENT_KIND.get(fold(x[0])) ?? fold(x[0])) === kind || CHANNEL_KIND.get(fold(x[0])) === kind);
    if (!w) continue;
    const owned = OWN_CHANNEL_BEFORE.test(said.slice(0, w.index));
    // (a noun in a term is no document: "euro-commercial paper programmes")
    if (!owned && !DETERMINER_JUST_BEFORE.test(said.slice(0, w.index))) continue;
    const named = r.mentions.some((m) => m.sentence === s && m.paragraph === span.paragraph && m.text === org.name && m.until <= span.start + w.index!);
    return owned && named && r.events.every((e) => e.sentence <= s || e.sentence > cur || e.name === org.name) ? org : null;
  }
  return null;
}

/** "the" and up to three lower-case words before a document's noun: a definite mention ("the annual report", "The one-page statement"). */
const POSSESSIVE_END = /['’]s?$/u;
const DETERMINER_JUST_BEFORE = new RegExp(`\\b(?:${UNNAMED_ROLES.determiners.join('|')})\\s+$`, 'iu');
const POSSESSOR_GAP = /^['’]s?\s+$/u;
const DEFINITE_BEFORE = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const PARTY_OWNERS = new Map(Object.entries(UNNAMED_ROLES.partyOwners));
/** Each document noun's kind (`UNNAMED_ROLES.documentKinds`); a noun of no kind is its own. */
const DOCUMENT_KIND = new Map(UNNAMED_ROLES.documentKinds.flatMap((kind, k) => kind.map((w) => [w, k] as const)));
/** Nouns naming a document of a kind only as what one speaks in (`UNNAMED_ROLES.channelKinds`: "said in its agricultural outlook"). */
const CHANNEL_KIND = new Map(Object.entries(UNNAMED_ROLES.channelKinds).map(([w, other]) => [w, DOCUMENT_KIND.get(other)] as const));
const channelBefore = (determiners: string[]) => new RegExp(`\\bin\\s+(?:${determiners.join('|')})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}$`, 'iu');
const CHANNEL_BEFORE = channelBefore(UNNAMED_ROLES.channelDeterminers);
/** ... naming it as the speaker's own ("in its latest Financial Market Trends report") */
const OWN_CHANNEL_BEFORE = channelBefore(UNNAMED_ROLES.channelDeterminers.filter((w) => UNNAMED_ROLES.possessives.includes(w) || w === 'its'));

/**
 * The subject of the speech verb in the sentence that names a document, when it is "it" or "the <organisation's noun>":
 * whom that refers to owns the document ("In a statement issued late last night, the central bank said ... . "...," the
 * statement said" is the Bank of Spain's; "it said in an annual review ... . The report said" the OECD's).
 */
function documentSubject(r: Reader, para: Paragraph | undefined, span: SentenceSpan): Speaker | null {
  if (!para) return null;
  // (a paragraph with no quote and no name keeps no tokens)
  const tokens = para.tokens.length || para.quotes.length ? para.tokens : tokenize(para.text);
  for (let i = firstStartFrom(tokens, span.start) + 1; i < tokens.length && tokens[i].start < span.end; i++) {
    if (!para.isVerb(tokens[i])) continue;
    let k = i - 1;
    while (k > 0 && tokens[k].kind === 'word' && (r.L.auxiliaries.has(word(tokens[k])) || ADVERBS.has(word(tokens[k])))) k--;
    if (tokens[k].start < span.start) continue;
    if (word(tokens[k]) === 'it' && opensClause(tokens[k - 1])) return resolvePronoun(r, para, 'it', tokens[k].start);
    const ph = LOWER_FIRST.test(tokens[k].text) ? phraseEndingAt(r, tokens, k) : null;
    const d = ph ? tokens.indexOf(ph[0]) : -1;
    if (!ph || word(ph[0]) !== 'the' || ph[0].start < span.start || !(opensClause(tokens[d - 1]) || frontedDocument(tokens, span.start, d))) continue;
    // (an organisation the sentence names as an object is not "the bank": "<Banco Santander> signed a letter of intent with
    // Bank of America ..., the bank said in a statement")
    // (any other noun, or capitalised words before it, only for an organisation holding them)
    const role = ORG_ROLE_NOUNS.has(word(tokens[k])) && ph.every((t) => LOWER_FIRST.test(t.text) || t === ph[0]);
    const ref = role ? roleReferent(r, para, word(tokens[k]), ph[0].start) : orgHolding(r, para, ph, ph[0].start);
    if (!role && !ref) continue;
    return ref && !notSubject(r.L, r.doc.paragraphs[ref.paragraph] ?? '', ref.at) ? ref : null;
  }
  return null;
}

/** "In a report the Kiel institute said": the words before "the" are a fronted phrase naming the document (`FRONTED_DOCUMENT`). */
function frontedDocument(tokens: Token[], start: number, d: number): boolean {
  const f = firstStartFrom(tokens, start);
  if (d - f < 2 || d - f > FRONTED_DOCUMENT.words || !FRONTED_DOCUMENT.prepositions.includes(word(tokens[f]))) return false;
  return DOCUMENT_NOUNS.has(word(tokens[d - 1])) && tokens.slice(f, d).every((t) => t.kind === 'word');
}

/**
 * An organisation named before whose name holds a phrase's noun and each of its capitalised words ("the Kiel institute":
 * "Kiel University's Institute for World Economy"); its other words may be any lower-case ones.
 */
function orgHolding(r: Reader, para: Paragraph, ph: Token[], before: number): Speaker | null {
  const noun = ph[ph.length - 1];
  const held = ph.slice(1).filter((t) => t === noun || !LOWER_FIRST.test(t.text));
  const back = [...mentionsBack(r, para, before)];
  for (const [i, m] of back.entries()) {
    if (m.type !== 'org') continue;
    // (with its possessor's name: "Kiel University's Institute for World Economy")
    const o = back[i + 1];
    const owner = o?.paragraph === m.paragraph && POSSESSOR_GAP.test((r.doc.paragraphs[m.paragraph] ?? '').slice(o.until, m.at)) ? o.text : '';
    const name = new Set(`${owner} ${m.text}`.split(/\s+/).map((x) => fold(x.replace(POSSESSIVE_END, ''))));
    if (held.every((t) => name.has(word(t)))) return speakerAt(r, m);
  }
  return null;
}

/** A speech verb in -ing: its subject is the clause's, never a name after it. */
const PARTICIPLE = /ing$/;

/**
 * The name a noun phrase after a speech verb ends in: "said Concord resident Whit Symms", "explained CBS moderator
 * Nancy Cordes", "said Clinton's top foreign policy aide Jake Sullivan" name the last of their names; a comma, a
 * preposition or a verb ends the phrase ("said Cowen, who joins ... Sen. Tim Scott" is Cowen's).
 */
function phraseHead(r: Reader, text: string, cands: PlacedMention[]): PlacedMention | undefined {
  let k = 0;
  while (k + 1 < cands.length && linksPhrase(r.L, text.slice(cands[k].until, cands[k + 1].at))) k++;
  return cands[k];
}

/**
 * Text between two names of one noun phrase: a possessive or a hyphen's suffix ("Florida-based"), a few modifier, title
 * or number words ("resident", "1st Lt."), and a comma only after a common noun whose appositive the next name is
 * ("another leading Supreme Court advocate, Andrew J. Pincus"); nothing that ends a phrase.
 */
function linksPhrase(L: Lexicon, gap: string): boolean {
  const g = PHRASE_GAP.exec(gap) ?? /^(-)$/u.exec(gap);
  if (!g) return false;
  const ws = (g[1] ?? '').split(/\s+/).filter((w) => HAS_LETTER.test(w));
  if (ws.length > QUOTE_LIMITS.phraseGapWords || (g[2] && !LOWER_FIRST.test(ws[ws.length - 1] ?? ''))) return false;
  return ws.every((w) => {
    const f = fold(w);
    return !PHRASE_ENDERS.includes(f) && !L.notSubjectBefore.has(f) && !L.speechVerbs.has(f) && !L.auxiliaries.has(f);
  });
}

/**
 * A name and its speech verb right after a quote that ends without the comma of an attribution: after a fragment
 * (""... out of business, too" Sweeny said after an event"), or as a sentence of its own (""... that are missing."
 * Trump said."); a longer sentence after a full stop starts new reported speech ("Trump said the polls ...").
 */
function namedAfter(r: Reader, para: Paragraph, a0: number, rawInner: string): boolean {
  const { tokens } = para;
  let k = a0;
  while (k < tokens.length && k - a0 < QUOTE_LIMITS.nameWords && tokens[k].kind === 'word' && UPPER_FIRST.test(tokens[k].text)) k++;
  if (k === a0) return false;
  while (k < tokens.length && tokens[k].kind === 'word' && r.L.auxiliaries.has(fold(tokens[k].text))) k++;
  if (!tokens[k] || !para.isVerb(tokens[k])) return false;
  return /[\p{L}\p{N}]$/u.test(rawInner.trimEnd().replace(/['’‘]+$/u, '')) || tokens[k + 1]?.text === '.';
}

const TAG = new Set(TAG_VERBS);
const TIME_WORDS = new Set(SUBJECT_TIME_WORDS);
/** a relative clause opened after a comma and not closed by the end of the text ("..., who was still listed ... as a member of its ") */
const OPEN_RELATIVE = new RegExp(`,\\s+(?:${RELATIVE_OPENERS.join('|')})\\s[^,;:]*$`, 'iu');
const QUOTING = new Set(QUOTING_VERBS);
const QUOTED_PARTICIPLES = new Set(QUOTED_AS.participles);
/** the object pronouns of people */
const QUOTED_PRONOUNS = new Set(['him', 'her', 'them']);
/** a name's word in a quote's tag: capitalised, no possessive ("Trump's charges" is no tag) */
const TAG_NAME_WORD = /^\p{Lu}(?!.*['’]s?$)/u;

/**
 * Where a tag verb (TAG_VERBS) stands in the words right after a quote: after a pronoun or a name's capitalised words
 * (""...," Beck questioned"), or first with a name after it (""...," reacted Trump"); -1 if none does.
 */
function tagVerb(aft: Token[]): number {
  let k = 0;
  if (isPronoun(aft[0])) k = 1;
  else while (k < aft.length && k < QUOTE_LIMITS.nameWords && aft[k].kind === 'word' && TAG_NAME_WORD.test(aft[k].text)) k++;
  if (!TAG.has(word(aft[k]))) return -1;
  return k > 0 || TAG_NAME_WORD.test(aft[1]?.text ?? '') ? k : -1;
}

/** a quote's words ending its sentence ("Why now? That was on my way to Libya?") */
const SENTENCE_CLOSED = /[.?!][’'‘]*\s*$/u;
/** the preposition that leads from a document to its author, ending an "according to" ("... filed by the ") */
const CHANNEL_END = new RegExp(`\\s(?:${ACCORDING_CHANNELS.prepositions.join('|')})\\s+(?:(?:a|an|the)\\s+)?$`, 'iu');
/** "as" opening a clause right before a name ("As Breitbart News reported, ...") */
const AS_SOURCE = /(?:^|[,;:]\s*)as\s+$/iu;
/** lower-case words only (a role before a name: "host", "state attorney") */
const LOWER_GAP = /^[\p{Ll}\s]*$/u;
/** a sentence mark between a quote and the next one */
const SENTENCE_MARK = /[.!?;]/u;

/**
 * Does the clause after a quote that ends its sentence run into the next quote ("Clinton responds to Mills with, “Why
 * now? That was on my way to Libya?” Mills then writes back, “You look cute.”")? Then the clause may be the next
 * quote's introduction, not this quote's tag: a speaker named before this quote is its own.
 */
function opensNextQuote(para: Paragraph, q: Span, rawInner: string): boolean {
  if (!q.closed || !SENTENCE_CLOSED.test(rawInner)) return false;
  const o = para.quotes[firstOpenFrom(para.quotes, q.end)];
  if (!o) return false;
  const gap = para.text.slice(q.end, o.open);
  return gap.length <= QUOTE_LIMITS.introChars && !SENTENCE_MARK.test(gap);
}

const REPORTING_TAGS = new Set(REPORTED_SPEAKER.tags);

/** The person a tag verb reports as speaking right after it: ""...," aides said Mr. Ryan told his colleagues" is Ryan's. */
function reportedSpeaker(r: Reader, para: Paragraph, tag: Token): Found | null {
  if (!REPORTING_TAGS.has(word(tag))) return null;
  const m = para.ms.find((x) => x.at >= tag.end && x.at <= tag.end + REPORTED_SPEAKER.gapChars && REPORTED_SPEAKER.gap.test(para.text.slice(tag.end, x.at)));
  if (m?.type !== 'person') return null;
  let k = para.tokenAt(m.until);
  while (k < para.tokens.length && auxiliary(r.L, para.tokens[k])) k++;
  const verb = para.tokens[k];
  if (!verb || !para.isVerb(verb) || PARTICIPLE.test(verb.text)) return null;
  return { speaker: asSpeaker(r, para.text, m), how: `"${tag.text}" after the quote, "${verb.text}" after the name` };
}

/** After the quote: `"...," X said`, `"...," said X`, `"...," he said`. */
function speakerAfter(r: Reader, para: Paragraph, q: Span, rawInner: string): Found | null {
  const { text, tokens } = para;
  const L = r.L;
  if (!q.closed) return null;
  const after = q.end;
  // a quote ending in a nested quote ("... those 5,000 people,'") ends where the nested one does
  const continues =
    /^[\s]*[,\p{Ll}—–-]/u.test(text.slice(after)) ||
    /[,—–?!-]/.test(
      rawInner
        .trimEnd()
        .replace(/['’‘]+$/u, '')
        .slice(-1),
    );
  if (!continues && !namedAfter(r, para, para.tokenAt(after), rawInner)) return null;
  const next = word(para.tokens[para.tokenAt(after)]);
  const inside = !/[,—–-]\s*$/u.test(rawInner);
  if (inside && CLAUSE_AFTER_QUOTE.includes(next)) return null;
  // `"...," according to Richard Loewy, analyst for ...`, `"...," according to a GTX statement`
  const acc = ACCORDING_AFTER.exec(text.slice(after, after + QUOTE_LIMITS.accordingChars));
  const accAt = acc ? lowerBound(para.ms.length, (i) => para.ms[i].at >= after + acc[0].length) : -1;
  // (after a document's "by", the doer's role in lower case before the name: "filed by state attorney Dave Aronberg")
  const accGap = acc && para.ms[accAt] ? text.slice(after + acc[0].length, para.ms[accAt].at) : '';
  const roleGap = !!acc && CHANNEL_END.test(acc[0]) && LOWER_GAP.test(accGap) && (accGap.match(WORDS) ?? []).length <= QUOTE_LIMITS.doerRoleWords;
  if (acc && (para.ms[accAt]?.at === after + acc[0].length || roleGap) && para.ms[accAt].type !== 'place')
    // ("according to Troy police Lt. Gerry Scherlinck": the phrase's last name)
    return { speaker: asSpeaker(r, para.text, phraseHead(r, text, para.ms.slice(accAt, accAt + 4))!), how: '"according to" after the quote' };
  // the clause ends at a sentence mark or the next quote (abbreviations like "Brig." are one token;
  // a bracket such as "(D-Wis.)" is skipped whole)
  const a0 = para.tokenAt(after);
  let stop = text.length;
  let depth = 0;
  // (a name or title in quotes inside the clause does not end it: "Marcia "Cia" Price", "wearing ... "Ted Cruz" pins")
  let nq = firstOpenFrom(para.quotes, after);
  const named = (o: Span) => isTitleOfWork(text.slice(o.start, o.close).trim());
  for (; nq < para.quotes.length && para.quotes[nq].open < text.length && named(para.quotes[nq]); nq++);
  // (either of its marks)
  const titled = (pos: number) => {
    const k = firstOpenFrom(para.quotes, pos);
    const o = para.quotes[k]?.open === pos ? para.quotes[k] : para.quotes[k - 1];
    return !!o && (o.open === pos || o.close === pos) && named(o);
  };
  for (let k = a0; k < Math.min(tokens.length, a0 + QUOTE_LIMITS.afterClauseTokens); k++) {
    const t = tokens[k].text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (
      !depth &&
      tokens[k].kind === 'punct' &&
      /^[.!?“"«]$/.test(t) &&
      (t !== '.' || /^(?:\s|$)/.test(text.slice(tokens[k].end, tokens[k].end + 1))) &&
      !titled(tokens[k].start)
    ) {
      stop = tokens[k].start;
      break;
    }
  }
  if (nq < para.quotes.length) stop = Math.min(stop, para.quotes[nq].open);
  const aft: Token[] = [];
  for (let k = a0; k < tokens.length && aft.length < QUOTE_LIMITS.afterClauseWords && tokens[k].start < stop; k++) aft.push(tokens[k]);
  // (a role noun that reads as a verb after its determiner is no verb: "the report said"; nor after its determiner and one
  // word when a speech verb follows it: "the Republican report said")
  const nounAt = (t: Token, i: number) =>
    i > 0 &&
    isRoleNoun(word(t)) &&
    (ROLE_DETERMINERS.has(word(aft[i - 1])) || (i > 1 && ROLE_DETERMINERS.has(word(aft[i - 2])) && !!aft[i + 1] && para.isVerb(aft[i + 1])));
  const speech = aft.findIndex((t, i) => para.isVerb(t) && !nounAt(t, i));
  const tag = tagVerb(aft);
  const v = tag >= 0 && (speech < 0 || tag < speech) ? tag : speech;
  if (v < 0) return null;
  const between = aft.slice(0, v).filter((t) => t.kind === 'word' && !L.auxiliaries.has(fold(t.text)));
  // a verb in a clause that a subordinator opens after the quote is that clause's ("He has called for "bombing the daylights"
  // out of Islamic State targets, though he says ...", ""... lapdogs" after The Washington Post reported"): the quote's
  // speaker is found before it; a subordinator's phrase closed by a comma is not ("Blunt, after a long pause, said")
  let comma = v - 1;
  while (comma >= 0 && aft[comma].text !== ',') comma--;
  // (not one that reads as an adverb before the verb: ""...," she once said")
  if (aft.slice(comma + 1, v).some((t) => SUBORDINATORS.includes(word(t)) && !L.auxiliaries.has(word(t)))) return null;
  // ... as is one that opens right after the quote when the verb has no subject after the clause's last comma ("would
  // "remain under a cloud" until several key figures ..., including ... Poindexter, have told"; not "... "negative
  // inflation" since the 1950s, the HWWA economic research institute said")
  if (inside && SUBORDINATORS.includes(next) && aft.slice(comma + 1, v).every((t) => t.kind !== 'word' || L.auxiliaries.has(word(t)))) return null;
  // a quote inside a fronted clause that a comma after it closes is no tag's of the main clause after it: the clause's own
  // subject's ("While Mr. Ryan, representing ..., laid out a vision for ''...,'' Ben Carson ... used part of his address to call")
  if (/,\s*$/u.test(rawInner) || text[after] === ',') {
    const holder = heldClauseSubject(r, para, q.open, aft.slice(0, v));
    if (holder) return holder;
  }
  const reported = reportedSpeaker(r, para, aft[v]);
  if (reported) return reported;
  if (between.length === 1 && isPronoun(between[0])) {
    return byPronoun(resolvePronoun(r, para, between[0].text, q.open), `pronoun "${between[0].text}" after the quote`);
  }
  // ""...," People quoted him as saying": the one quoted speaks, not the one quoting (QUOTING_VERBS)
  // (a person's pronoun and a speech verb after "as": "Her critics cited it as evidence" quotes no one)
  const quoting = aft.findIndex(
    (t, i) => i <= v && QUOTING.has(word(t)) && QUOTED_PRONOUNS.has(word(aft[i + 1])) && word(aft[i + 2]) === 'as' && !!aft[i + 3] && para.isVerb(aft[i + 3]),
  );
  if (quoting >= 0) {
    return byPronoun(resolvePronoun(r, para, aft[quoting + 1].text, q.open), `pronoun "${aft[quoting + 1].text}" quoted after the quote`);
  }
  // ... and a role phrase quoted so (""well below" ..., the OPEC news agency Opecna quoted an OPEC secretariat official as saying")
  let quoter = v > 2 && word(aft[v - 1]) === QUOTED_AS.link ? v - 3 : -1;
  while (quoter >= 0 && !QUOTING.has(word(aft[quoter]))) quoter--;
  const quotedRole = quoter >= 0 ? unnamedRole(r, para, aft.slice(quoter + 1, v - 1), q.open) : null;
  if (quotedRole) return quotedRole;
  // a pronoun that opens the clause of the verb after a comma is its subject, not a name earlier in the sentence the quote is
  // part of (""significant" gains from the sale of some of Gelco's business units, it said"; ""the conflagration" sure to
  // follow if the fire reached the adjacent Crowley Maritime Corp. fuel sales office ..., he said")
  let p = v - 1;
  while (p > 0 && auxiliary(L, aft[p])) p--;
  const tail = aft[v + 1];
  const tagEnds = tail?.kind !== 'word' || TAG_TAIL.has(word(tail)) || ADVERBS.has(word(tail)) || L.listenerVerbs.has(word(aft[v]));
  if (p > 1 && tagEnds && isPronoun(aft[p]) && aft[p - 1].text === ',') {
    return byPronoun(resolvePronoun(r, para, aft[p].text, q.open), `pronoun "${aft[p].text}" before "${aft[v].text}" after the quote`);
  }
  // ... and so is a role phrase or "one" there (""wait and see" on rate cuts, but ..., a dealer for a major French bank
  // said", ""..." in Republic Health, a McDonnell Douglas spokesman told Reuters", ""Anything is possible at this phase," even
  // adjournment of the meeting until March or April, one said")
  // (not a name in quotes: "W. Mark Felt, who leaked information ... under the moniker, "Deep Throat," about ..., sources told CNN")
  // (nor for a quote inside a relative clause: OPEN_RELATIVE)
  const relative = () => OPEN_RELATIVE.test(text.slice(para.sentenceAt(q.open)?.start ?? 0, q.open));
  if (comma > 0 && p > comma && tagEnds && !isTitleOfWork(rawInner.trim()) && !relative()) {
    const tagged = commaSubject(r, para, aft.slice(comma + 1, p + 1), aft[comma].start, aft[v], q.open);
    if (tagged) return tagged;
  }
  // "..." a spokesman for Waitrose said, "..." an aide to Agriculture Secretary Richard Lyng said: the phrase, not a name in it
  const link = linkedRoleNoun(para, between);
  if (link > 0) return linkedRole(r, para, between, link);
  // (""...," a statement from the Democratic committee said": its owner)
  const owned = documentLink(para, between);
  if (owned > 0) return linkedDocument(r, para, between, owned);
  // "..." the Treasury Secretary said: a title the name reader took for an organisation's name is the role's holder when the
  // text described someone with it ("Treasury Secretary James Baker"), as "the Florida senator" below
  const holder = titleRole(r, para, between, after, aft[v].start, q.open);
  if (holder) return { speaker: holder, how: `"${between.map((t) => t.text).join(' ')}" before "${aft[v].text}" after the quote` };
  const subj = speakerCandidates(r, para, after, aft[v].start);
  if (subj.length) {
    const first = Math.max(
      0,
      subj.findIndex((m) => m.type === 'person'),
    );
    return { speaker: asSpeaker(r, para.text, phraseHead(r, text, subj.slice(first))!), how: `"${aft[v].text}" after the quote, subject before it` };
  }
  // "..." the Florida senator said
  const role = roleSpeaker(r, para, between, q.open);
  if (role) return { speaker: role, how: `"${between.map((t) => t.text).join(' ')}" before "${aft[v].text}" after the quote` };
  // "..." the company said, "..." a spokesman said
  const unnamed = unnamedRole(r, para, between, q.open);
  if (unnamed) return unnamed;
  // "..." the Saudis state
  const people = peopleSpeaker(para, between);
  if (people) return { speaker: people, how: `"${between.map((t) => t.text).join(' ')}" before "${aft[v].text}" after the quote` };
  // "he went on to say", "she later told reporters"
  if (between.length > 1 && isPronoun(between[0])) {
    return byPronoun(resolvePronoun(r, para, between[0].text, q.open), `pronoun "${between[0].text}" after the quote`);
  }
  // (a participle does not invert: in ""very unfair," claiming he and Hillary Clinton both "lied"" the name is what is claimed)
  // (or after a phrase a preposition opens and a comma closes: "Clinton "drew quite well ..." in the 2008 primary, said Ohio State
  // University professor Paul Beck")
  const inverts = between.length === 0 || (aft[v - 1]?.text === ',' && L.notSubjectBefore.has(word(between[0])));
  if (inverts && !PARTICIPLE.test(aft[v].text)) {
    // "said Clinton's top foreign policy aide Jake Sullivan", "said Judicial Watch president Tom Fitton": the person, not the possessor or employer
    const all = speakerCandidates(r, para, aft[v].end, stop, true);
    // (after a phrase, only a name right after the verb: "... for the job, said the Democrat who is familiar with efforts by Obama" is no one's)
    const near = (m: PlacedMention) => (text.slice(aft[v].end, m.at).match(WORDS) ?? []).every((w) => UPPER_FIRST.test(w) || L.roles.has(fold(w)));
    const obj = between.length === 0 || (all.length && near(all[0])) ? all : [];
    const possessor = (m: PlacedMention) => /^['’]/.test(para.text.slice(m.until, m.until + 1));
    const head = obj.slice(0, 3);
    const np = phraseHead(r, para.text, obj);
    const pick = np && !possessor(np) ? np : (head.find((m) => m.type === 'person' && !possessor(m)) ?? head.find((m) => !possessor(m)) ?? obj[0]);
    if (pick) return { speaker: asSpeaker(r, para.text, pick), how: `"${aft[v].text}" after the quote, name after it` };
    if (between.length) return null;
    // "..." said the New York businessman, who ...
    const rest = aft.slice(v + 1);
    const cut = rest.findIndex((t) => t.kind !== 'word');
    const after = rest.slice(0, cut < 0 ? rest.length : cut);
    const role = roleSpeaker(r, para, after, q.open);
    if (role) return { speaker: role, how: `"${aft[v].text} ${after.map((t) => t.text).join(' ')}" after the quote` };
    // "..." said a senior official at a leading Japanese bank
    const unnamed = unnamedRole(r, para, after.slice(0, roleNounEnd(after)), q.open);
    if (unnamed) return unnamed;
  }
  return null;
}

const HELD_OPENERS = new Set(HELD_CLAUSE.openers);
const HELD_LEADS = new Set(HELD_CLAUSE.leads);
const HELD_COPULAS = new Set(PASSIVE_AUXILIARIES);

/**
 * The person whose fronted clause holds a quote as its object (HELD_CLAUSE), when the words `sub` after the quote's
 * closing comma open the main clause with a name of its own: the clause's opener first in its sentence (after a lead word),
 * a person's name right after it, the quote no clause's opening (no mark right before it).
 */
function heldClauseSubject(r: Reader, para: Paragraph, open: number, sub: Token[]): Found | null {
  const first = sub.find((t) => t.kind === 'word');
  if (!first || !para.ms.some((m) => m.at === first.start && m.type === 'person')) return null;
  const start = para.sentenceAt(open)?.start ?? 0;
  if (!HELD_WORD_BEFORE.test(para.text.slice(start, open))) return null;
  let k = para.tokenAt(start);
  const { tokens } = para;
  if (HELD_LEADS.has(word(tokens[k]))) k++;
  const opener = tokens[k];
  if (!opener || !HELD_OPENERS.has(word(opener))) return null;
  // (a title may come first: "While Mr. Ryan")
  const m = para.ms.find((x) => x.at > opener.end && x.at < open && x.type === 'person');
  if (!m || !TITLE_GAP.test(para.text.slice(opener.end, m.at))) return null;
  // (its own verb, no copula's: "While Trump is "brand building," Clinton is converting" describes Trump in someone else's
  // words; no other person between, a reported clause's: "When Maddow pointed out that Sanders refers to it as "...,"")
  const gap = (para.text.slice(m.until, open).match(WORDS) ?? []).map(fold);
  if (gap.some((w) => HELD_COPULAS.has(w)) || para.ms.some((x) => x.at > m.until && x.at < open && personal(r, x))) return null;
  return { speaker: asSpeaker(r, para.text, m), how: `"${opener.text}" clause holding the quote, its subject` };
}
/** a word right before a quote: the quote is inside its clause, no clause of its own after a comma or colon */
const HELD_WORD_BEFORE = /[\p{L}\p{N}]\s*$/u;
/** nothing or one title between a clause's opener and its subject's name */
const TITLE_GAP = /^\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u;

/**
 * The subject `sub` of a tag verb `verb` that ends the sentence, after the last comma after a quote (at `comma`): "one"
 * (someone unnamed) or a role phrase; null if it is neither.
 */
function commaSubject(r: Reader, para: Paragraph, sub: Token[], comma: number, verb: Token, before: number): Found | null {
  if (sub.some((t) => t.kind !== 'word')) return null;
  if (sub.length === 1 && ALONE_PERSONS.has(word(sub[0]))) return { speaker: null, how: `${UNNAMED_HOW}"${sub[0].text}"` };
  // (a phrase right after a name is its appositive, the name the subject: "Daniel Tulis, a natural gas analyst with Shearson
  // Lehman Bros. said")
  if (para.ms.some((m) => m.until === comma && m.type === 'person')) return null;
  const role = roleSpeaker(r, para, sub, before);
  if (role) return { speaker: role, how: `"${sub.map((t) => t.text).join(' ')}" before "${verb.text}" after the quote` };
  return unnamedRole(r, para, sub, before);
}

/** The type of a people named by its demonym as a speaker ("the Saudis"): neither "he" nor "it" refers to one. */
const PEOPLE = 'people';
const PARTIES = new Set(PARTY_PEOPLES);

/**
 * A people as the subject, "the" and a plural demonym ("the Saudis state in the white paper") or a party's members ("the
 * Democrats said"): the name finder keeps no mention of it.
 */
function peopleSpeaker(para: Paragraph, ws: Token[]): Speaker | null {
  if (ws.length !== 2 || word(ws[0]) !== 'the' || !UPPER_FIRST.test(ws[1].text) || !word(ws[1]).endsWith('s')) return null;
  if (!isDemonym(ws[1].text) && !PARTIES.has(word(ws[1]))) return null;
  const s = para.sentenceAt(ws[1].start);
  return speakerOf(ws[1].text, PEOPLE, ws[1].start, para.p, s?.index ?? 0, undefined, undefined);
}

/** A name after a dash right after the quote: `"..." ― Sonya Herridge`. */
function speakerAfterDash(r: Reader, para: Paragraph, q: Span): Found | null {
  if (!q.closed) return null;
  const d = /^\s*(\S+)\s*/u.exec(para.text.slice(q.end, q.end + 8));
  if (!d || !ATTRIBUTION_DASHES.includes(d[1])) return null;
  const at = q.end + d[0].length;
  const m = para.ms[lowerBound(para.ms.length, (i) => para.ms[i].at >= at)];
  if (!m || m.at !== at || m.type === 'place') return null;
  return { speaker: asSpeaker(r, para.text, m), how: 'name after a dash after the quote' };
}

/**
 * The headline's first name before its colon speaks ("A lesson from Loretta Lynch: ‘Be the voice ...’"). Title case runs
 * words into the name ("Elizabeth Warren Hammers Wells Fargo CEO"): the name the article goes on to use, when the
 * headline's opens with it, or its surname stands first ("Kasich: ..." for John Kasich).
 */
function headlineSpeaker(r: Reader, para: Paragraph, q: Span): Found | null {
  const m = para.ms.find((x) => x.until <= q.open && x.type !== 'place' && !r.L.media.has(fold(x.text)));
  if (!m) return null;
  const words = m.text.split(/\s+/);
  const opens = (d: PlacedMention) => {
    const dw = d.text.split(/\s+/);
    return dw.every((w, i) => words[i] === w) || words[0] === dw[dw.length - 1];
  };
  const later = r.mentions.find((d) => d.paragraph > para.p && d.type === 'person' && opens(d));
  if (later) return { speaker: speakerAt(r, later), how: 'headline: the name before its colon' };
  // (a run that opens with a preposition is no name: "CNN President On Trump")
  if (r.L.notSubjectBefore.has(fold(words[0])) || words.length > QUOTE_LIMITS.headlineNameWords) return null;
  return { speaker: asSpeaker(r, para.text, m), how: 'headline: the name before its colon' };
}

/**
 * The start of the sentence at `pos`, back over a break inside a party-state tag ("Rep. Hakeem Jeffries (D-N.| Y.) reacted",
 * "Sen. Richard J. Durbin (D-Ill.)|, noting ..., said") or before a comma or a lower-case word (no sentence opens so).
 */
function clauseFrom(para: Paragraph, pos: number): number {
  let s = para.sentenceAt(pos);
  while (
    s &&
    s.start > 0 &&
    (PARTY_STATE_END.test(para.text.slice(Math.max(0, s.start - 12), s.start)) || CLAUSE_GOES_ON.test(para.text.slice(s.start, s.start + 2)))
  )
    s = para.sentenceAt(s.start - 1);
  return s?.start ?? 0;
}

const NAME_RUN = new Set(NAME_RUN_LINKS);
/**
 * A role phrase's length in words, a run of capitalised words after its determiner one word, over a link word between two
 * ("A Ministry of Foreign Economic Relations and Trade official": 3; "a senior U.S. Agriculture Department official": 4).
 */
function phraseLength(ws: readonly Token[]): number {
  let n = 0;
  const cap = (i: number) => i > 0 && i < ws.length && UPPER_FIRST.test(ws[i].text);
  for (let i = 0; i < ws.length; i++) {
    const link = NAME_RUN.has(word(ws[i])) && cap(i - 1) && cap(i + 1);
    if (link || (cap(i) && (cap(i - 1) || (NAME_RUN.has(word(ws[i - 1])) && cap(i - 2))))) continue;
    n++;
  }
  return n;
}

/**
 * The noun phrase that ends at `bef[k]` and opens with its nearest determiner ("the New Jersey governor", "a ministry
 * spokesman"), when no preposition governs it ("at the bank").
 */
function phraseEndingAt(r: Reader, bef: Token[], k: number): Token[] | null {
  if (bef[k].kind !== 'word') return null;
  for (let i = k - 1; i >= 0 && k - i < QUOTE_LIMITS.rolePhraseTokens; i--) {
    // (never over a reporting verb: "The banker said officials have stressed ... "..."" is no phrase "The banker said
    // officials", nor is "The source said Chiles told Baker "..."" the source's)
    if (bef[i].kind !== 'word' || BREAK_VERBS.has(word(bef[i]))) return null;
    if (!ROLE_DETERMINERS.has(word(bef[i]))) continue;
    // (a name in it one word: "a Council for Economic Planning and Development spokesman"; so read, its noun no name's last
    // word: "The National Association of Securities Dealers said" is the association's)
    if (phraseLength(bef.slice(i, k + 1)) > QUOTE_LIMITS.rolePhraseWords) return null;
    if (k - i + 1 > QUOTE_LIMITS.rolePhraseWords && !LOWER_FIRST.test(bef[k].text)) return null;
    if (i > 0 && bef[i - 1].kind === 'word' && (r.L.notSubjectBefore.has(word(bef[i - 1])) || r.L.listenerVerbs.has(word(bef[i - 1])))) return null;
    return bef.slice(i, k + 1);
  }
  return null;
}

/** Before the quote, in its sentence: `X said: "..."`, `X called Y "..."`, `according to X, ... "..."`. */
const NAMING_VERBS = new Set(NAMING_CLAUSE.verbs);

/** a determiner or a possessive right before a speech verb: an adjective there ("the congressman's alleged "paramours"") */
const ADJECTIVE_LEAD = new RegExp(`(?:(?:^|[^\\p{L}])(?:${SUBJECT_RELATIVES.adjectiveAfter.join('|')})|${SUBJECT_RELATIVES.possessives.join('|')})\\s*$`, 'iu');
/** one appositive between a person's name and a later name: a comma, then no clause mark */
const APPOSITIVE_BETWEEN = /^,[^,;:()]{1,80}$/u;
/** a list's conjunction between a person and a later name */
const LIST_WORD = /\b(?:and|or)\b/u;
/**
 * The name a relative clause after a comma is about, when the speech verb `v` is in that clause and its pronoun is the
 * clause's subject (SUBJECT_RELATIVES: "the Bank of Italy, which announced the deficit for May and said it had been ...
 * caused by "..."" is the Bank's): no clause mark and no other name between the pronoun and the verb, a verb right after
 * the pronoun.
 */
function relativeSubject(r: Reader, para: Paragraph, bef: Token[], v: number): PlacedMention | undefined {
  if (ADJECTIVE_LEAD.test(para.text.slice(Math.max(0, bef[v].start - 8), bef[v].start))) return undefined;
  for (let i = v - 1; i > 0; i--) {
    const t = bef[i];
    if (t.kind !== 'word') {
      if ([...t.text].some((c) => SUBJECT_RELATIVES.marks.includes(c))) return undefined;
      continue;
    }
    if (!SUBJECT_RELATIVES.openers.includes(word(t))) continue;
    const comma = bef[i - 1];
    if (comma.text !== ',' || !verbFollows(r.L, para, bef[i + 1])) return undefined;
    const named = para.ms.filter((x) => x.type !== 'place' && x.at > t.end && x.until <= bef[v].start);
    if (named.length) return undefined;
    const m = para.ms.find((x) => x.until === comma.start && x.type !== 'place');
    if (!m || !SUBJECT_RELATIVES.personal.includes(word(t)) || m.type === 'person') return m;
    // "who" is a person's: over one appositive that ends in the name ("David Lomax, Group Economics Adviser at National
    // Westminster Bank Plc, who described"), not a name a phrase governs ("a floor broker contacted by Reuters, who")
    const person = para.ms.filter((x) => x.type === 'person' && x.until < m.at).pop();
    const between = person ? para.text.slice(person.until, m.at) : '';
    // (no one else named between, and no list: "Robert DeNiro, Patti LaBelle and Stevie Wonder, who joked" is no DeNiro's;
    // a firm or place in the role is the appositive's: "David Lomax, Group Economics Adviser at National Westminster Bank
    // Plc, who" -- the role itself read as a firm's name)
    const inside = person ? para.ms.filter((x) => x.at > person.until && x.until <= m.at && x !== m) : [];
    const alone = inside.every((x) => SUBJECT_RELATIVES.inRole.includes(x.type)) && !LIST_WORD.test(inside.reduce((t, x) => t.replace(x.text, ''), between));
    return person && alone && m.type === 'org' && APPOSITIVE_BETWEEN.test(between) ? person : undefined;
  }
  return undefined;
}

/**
 * The named subject of the speech verb `bef[v]` (tokens of the clause from `from`): a name right before it, else the last
 * clause subject ("During a speech, Trump attacked Clinton for ..., saying"), else the last person; never a possessor
 * ("who runs Clinton's effort, said").
 */
function verbSubject(r: Reader, para: Paragraph, from: number, bef: Token[], v: number): PlacedMention | undefined {
  const { text } = para;
  const L = r.L;
  const all = speakerCandidates(r, para, from, bef[v].start, false, true);
  const subj = all.filter((x) => (!/^['’]/.test(text.slice(x.until, x.until + 1)) || groupName(L, text, x) || ownsVoice(text, x)) && !partyTag(text, x));
  // "In response to Donald Trump's proposal to bar Muslims ..., Hillary Clinton's right-hand woman rallied supporters, saying":
  // a clause whose subject is a possessive role phrase after the last name is that phrase's, no fronted name's
  const owner = all[all.length - 1];
  if (owner && !subj.includes(owner) && POSSESSIVE_ROLE.test(text.slice(owner.until, bef[v].start)) && CLAUSE_OPENING.test(text.slice(from, owner.at)))
    return undefined;
  const atVerb = subj.find(
    (x) =>
      !notSubject(L, text, x.at) && bef.slice(para.tokenAt(x.until) - para.tokenAt(from), v).every((t) => t.kind === 'word' && L.auxiliaries.has(fold(t.text))),
  );
  const head = atVerb && appositiveHead(r, para, from, atVerb);
  if (head) return head;
  // (a lone capitalised word at a sentence start, "Much of ...", is no subject to prefer, unless the document names a
  // person by it, writes it as the last word of a longer name ("Kerpen needled the CNN "reporter," saying" after "Phil
  // Kerpen") or writes it capitalised inside a sentence too ("ProPublica"), or a comma or a speech verb follows it
  // ("Lukashenko, at one point calling", "Bryne went on to say"); "Sooner or later, the New Jersey governor told" is not Sooner's
  // (over auxiliaries, negated too: "Gupta wouldn't comment to me ... but confirmed on his Twitter feed")
  const verbNext = (x: PlacedMention) => {
    let k = para.tokenAt(x.until);
    while (k < para.tokens.length && auxiliary(L, para.tokens[k])) k++;
    const next = para.tokens[k];
    return !!next && para.isVerb(next);
  };
  const named = (x: PlacedMention) =>
    x.cue !== 'initial' ||
    r.personWords.has(lastWord(x.text)) ||
    r.surnames.has(lastWord(x.text)) ||
    r.midNames.has(fold(x.text)) ||
    text[x.until] === ',' ||
    verbNext(x);
  // a name set off by a short aside right before a finite verb is its subject ("charges that Rush Limbaugh, for one,
  // called ''liberal Democrat lingo.''"), wherever its clause opens
  const aside = atVerb ? undefined : (asideSubject(r, para, subj, bef, v) ?? namingSubject(para, subj, bef, v) ?? trailingClauseSubject(r, para, subj, bef, v));
  if (aside) return aside;
  const chosen = atVerb ?? subj.filter((x) => named(x) && isClauseSubject(L, text, x, from)).pop();
  // a role read as a name inside a person's appositive is the person's ("Lawrence Garfinkel, ATT's Vice-President of
  // Marketing Services, said", "Sister Carol Keehan, DC, said")
  const holder = chosen && !atVerb ? roleAppositiveHead(r, para, from, chosen, bef[v].start) : undefined;
  if (holder) return holder;
  if (chosen) return chosen;
  // a clause that opens with "he" or "she" is theirs, not a later name's ("He accused Obama of ..., saying")
  if (PERSON_PRONOUNS.includes(word(bef.find((t) => t.kind === 'word')))) return undefined;
  // ... and a verb with its own pronoun subject ("After a scientific review ordered by Obama last month, they said")
  let k = v - 1;
  while (k >= 0 && (auxiliary(L, bef[k]) || ADVERBS.has(word(bef[k])))) k--;
  if (k >= 0 && (isPronoun(bef[k]) || GROUP_PRONOUNS.includes(word(bef[k])))) return undefined;
  // (nor an adverb's: "Sooner or later, the New Jersey governor told reporters" is the governor's, not "Sooner"'s;
  // nor an object's: CLAUSE_OBJECTS)
  const rest = subj.filter((x) => named(x) && !clauseObject(r, para, subj, x));
  return rest.filter((x) => x.type === 'person').pop() ?? rest[rest.length - 1];
}

/** a comma, a lower-case aside without clause marks and its closing comma, then the verb (QUOTE_ASIDES) */
const ASIDE_TO_VERB = new RegExp(`^,\\s+(\\p{Ll}[^,;:()"“”]{0,${QUOTE_ASIDES.chars}}),\\s+$`, 'u');
/** the rest of a person's appositive after a name inside it, to its closing comma right before the verb */
const APPOSITIVE_REST = new RegExp(`^[^,;:()"“”]{0,${QUOTE_ASIDES.chars}},\\s+$`, 'u');
/** from a person's name to the next name: a comma that opens an appositive, no clause mark after it */
const APPOSITIVE_LEAD = new RegExp(`^,\\s+[^,;:()"“”]{0,${QUOTE_ASIDES.leadChars}}$`, 'u');

/**
 * The subject of a finite speech verb that a short aside between commas parts from its name (QUOTE_ASIDES: "Rush
 * Limbaugh, for one, called"): the name right before the aside, no preposition's object, the aside lower-case and
 * naming no one, not a participle's ("Trump attacked Clinton, his rival, saying" is Trump's).
 */
function asideSubject(r: Reader, para: Paragraph, subj: PlacedMention[], bef: Token[], v: number): PlacedMention | undefined {
  if (PARTICIPLE.test(bef[v].text)) return undefined;
  const x = subj[subj.length - 1];
  if (!x || x.type === 'place' || notSubject(r.L, para.text, x.at)) return undefined;
  const a = ASIDE_TO_VERB.exec(para.text.slice(x.until, bef[v].start));
  if (!a || !QUOTE_ASIDES.openers.includes(fold(a[1].split(/\s+/)[0]))) return undefined;
  return para.ms.some((m) => m.at > x.until && m.at < bef[v].start) ? undefined : x;
}

const TRAILING_OPENERS = new Set(HELD_CLAUSE.trailing);
/** from a clause subject's name to a participle: no clause mark but the comma right before it */
const TO_PARTICIPLE = /^[^,;:()—–]*,\s+$/u;

/**
 * The subject of a participle right after a clause that a subordinator opens after the main verb (HELD_CLAUSE.trailing:
 * "He tweeted when Clinton ended a Democratic debate ... with a reference to ..., remarking, "..."" is Clinton's, as
 * "The meeting came after Baker criticised West Germany ..., saying"): the person right after the subordinator, a verb
 * after the name, no clause mark and no other name between it and the participle's comma; not a fronted clause ("As long
 * as OPEC maintains its output curbs, ..., Sheikh Ali said, adding").
 */
function trailingClauseSubject(r: Reader, para: Paragraph, subj: PlacedMention[], bef: Token[], v: number): PlacedMention | undefined {
  if (!PARTICIPLE.test(bef[v].text) || bef[v - 1]?.text !== ',') return undefined;
  const x = subj[subj.length - 1];
  if (!x || !personal(r, x) || !TO_PARTICIPLE.test(para.text.slice(x.until, bef[v].start)) || !verbAfterName(r.L, para, x)) return undefined;
  let k = para.tokenAt(x.at) - 1;
  while (k >= 0 && r.L.titles.has(word(para.tokens[k]))) k--;
  const opener = para.tokens[k];
  const main = para.tokens[k - 1];
  if (!opener || !TRAILING_OPENERS.has(word(opener)) || main?.kind !== 'word' || SUBJECT_LEAD.has(word(main))) return undefined;
  return para.ms.some((m) => m.at > x.until && m.at < bef[v].start && m.type !== 'place') ? undefined : x;
}

/** "what" (NAMING_CLAUSE.openers) and its space right before a name */
const NAMING_OPENER_BEFORE = new RegExp(`\\b(?:${NAMING_CLAUSE.openers.join('|')})\\s+$`, 'iu');

/**
 * The subject of a naming clause's finite verb that the name's appositive parts from it (NAMING_CLAUSE: "in what Bay
 * Buchanan, national treasurer for Ronald Reagan's insurgent campaign, called "hand-to-hand combat.""): the person right
 * after "what", the last candidate before the verb.
 */
function namingSubject(para: Paragraph, subj: PlacedMention[], bef: Token[], v: number): PlacedMention | undefined {
  if (PARTICIPLE.test(bef[v].text) || !NAMING_VERBS.has(word(bef[v]))) return undefined;
  const x = subj[subj.length - 1];
  if (x?.type !== 'person' || !NAMING_OPENER_BEFORE.test(para.text.slice(Math.max(0, x.at - 12), x.at))) return undefined;
  // (the last candidate: a name inside the appositive is a possessive's, "Ronald Reagan's", or there would be a later one)
  return ASIDE_TO_VERB.test(para.text.slice(x.until, bef[v].start)) ? x : undefined;
}

/**
 * The person whose appositive holds a name chosen as a verb's subject: "Person, <up to a few words> X <more words>,
 * verb" with no other clause mark, X no person ("Lawrence Garfinkel, ATT's Vice-President of Marketing Services, said":
 * the role was read as a name).
 */
function roleAppositiveHead(r: Reader, para: Paragraph, from: number, x: PlacedMention, verbAt: number): PlacedMention | undefined {
  if (x.type === 'person') return undefined;
  const { text } = para;
  const p = para.ms.filter((m) => m.at >= from && m.until < x.at && m.type === 'person').pop();
  if (!p || !APPOSITIVE_LEAD.test(text.slice(p.until, x.at)) || !APPOSITIVE_REST.test(text.slice(x.until, verbAt))) return undefined;
  if (para.ms.some((m) => m.at > x.until && m.until <= verbAt && m.type === 'person')) return undefined;
  return isClauseSubject(r.L, text, p, from, true) ? p : undefined;
}

/** A clause mark between a subject's verb and a later name: the name is no longer in that verb's clause. */
const OBJECT_CLAUSE_MARK = new RegExp(`[${CLAUSE_OBJECTS.marks}]|\\s-\\s`, 'u');
/** The word before a passive's "by" and the words of the name's lead after it ("ordered by the"). */
const WORDS_BEFORE_BY = new RegExp(`(\\p{L}+)\\s+(?:${CLAUSE_OBJECTS.passive.join('|')})\\s+(?:\\S+\\s+){0,3}$`, 'iu');

const OBJECT_PARTICIPLES = new Set(CLAUSE_OBJECTS.participles);
const participle = (w: string) => OBJECT_PARTICIPLES.has(w) || CLAUSE_OBJECTS.endings.some((e) => w.length > e.length + 1 && w.endsWith(e));

/** A verb right after a name (and its group word: "Senate Democrats during"), over adverbs ("Romney has repeatedly targeted", "after Santorum told"). */
function verbAfterName(L: Lexicon, para: Paragraph, m: PlacedMention): boolean {
  let k = para.tokenAt(m.at + (groupName(L, para.text, m)?.length ?? m.until - m.at));
  while (k < para.tokens.length && ADVERBS.has(word(para.tokens[k]))) k++;
  return verbFollows(L, para, para.tokens[k]);
}

/**
 * A name that is an object in its clause (CLAUSE_OBJECTS): a passive's doer ("ordered by Obama"), or after an earlier
 * candidate's own verb with no verb of its own and no clause mark between ("Romney has repeatedly targeted the Obama
 * administration for").
 */
function clauseObject(r: Reader, para: Paragraph, cands: PlacedMention[], x: PlacedMention): boolean {
  const { text } = para;
  if (CLAUSE_OBJECTS.passive.includes(governorWord(r.L, text, x.at))) {
    const before = text.slice(Math.max(0, x.at - 80), x.at).match(WORDS_BEFORE_BY);
    if (before && participle(fold(before[1]))) return true;
  }
  if (verbAfterName(r.L, para, x)) return false;
  for (let i = 0; i < cands.length && cands[i] !== x; i++) {
    const y = cands[i];
    if (y.until <= x.at && !OBJECT_CLAUSE_MARK.test(text.slice(y.until, x.at)) && verbAfterName(r.L, para, y)) return true;
  }
  return false;
}

const STANCE = new Set(STANCE_VERBS);
const STANCE_LINKS = new Set(STANCE_OBJECT.links);
/**
 * The index in `bef` of a verb of judging or thanking whose object is the quote at `open`: right before it, or with at
 * most a few words of its object and a link word ("thanked him for", "praised the plan as") between; else -1.
 */
function stanceVerb(bef: Token[], open: number, text: string): number {
  for (let k = bef.length - 1; k >= 0 && bef.length - 1 - k <= STANCE_OBJECT.words; k--) {
    if (bef[k].kind !== 'word') return -1;
    if (!STANCE.has(word(bef[k]))) continue;
    const between = bef.slice(k + 1);
    if (between.length && !STANCE_LINKS.has(word(between[between.length - 1]))) return -1;
    return /^\s*$/.test(text.slice(bef[bef.length - 1].end, open)) ? k : -1;
  }
  return -1;
}

const POSITIONS = new Set(STANCE_POSITIONS);
/** The index in `bef` of a verb of position right before the quote at `open` (STANCE_POSITIONS), no speech verb before it
 * in the sentence from `start`; else -1. */
function positionVerb(para: Paragraph, bef: Token[], open: number, start: number): number {
  const k = bef.length - 1;
  if (k < 1 || !POSITIONS.has(word(bef[k])) || !/^\s*$/.test(para.text.slice(bef[k].end, open))) return -1;
  for (let i = para.tokenAt(start); i < para.tokens.length && para.tokens[i].start < bef[k].start; i++) if (para.isVerb(para.tokens[i])) return -1;
  return k;
}

const STATE_COPULAS = new Set(STANCE_STATES.copulas);
const STATE_DEGREES = new Set(STANCE_STATES.degrees);
const STATE_ADJECTIVES = new Set(STANCE_STATES.adjectives);
/** The index in `bef` of the copula of a stance ("was less bullish,") that ends right before the quote at `open`; else -1. */
function stanceState(bef: Token[], open: number, text: string): number {
  const n = bef.length;
  if (n < 4 || (bef[n - 1].text !== ',' && bef[n - 1].text !== ':') || !/^\s*$/.test(text.slice(bef[n - 1].end, open))) return -1;
  if (!STATE_ADJECTIVES.has(word(bef[n - 2]))) return -1;
  const c = STATE_DEGREES.has(word(bef[n - 3])) ? n - 4 : n - 3;
  return c > 0 && STATE_COPULAS.has(word(bef[c])) ? c : -1;
}

/** Who speaks by a stance before the quote (`stanceState`): a pronoun's referent, a role phrase, a person named, right before the copula. */
function stanceSubject(r: Reader, para: Paragraph, bef: Token[], c: number, before: number): Found | null {
  const k = c - 1;
  const how = `"${bef[c].text} ${bef[bef.length - 2].text}" before the quote`;
  if (isPronoun(bef[k]))
    return GROUP_PRONOUNS.includes(word(bef[k])) ? null : byPronoun(resolvePronoun(r, para, bef[k].text, bef[k].start), `pronoun "${bef[k].text}" ${how}`);
  const role = roleSubject(r, para, bef, k, c, before, false);
  if (role) return role;
  // (a name opening its clause: "Smith was less bullish, "..."")
  const m = para.ms.find((x) => x.until === bef[k].end && x.type === 'person');
  const i = m ? bef.findIndex((t) => t.start >= m.at) : -1;
  return m && i >= 0 && opensClause(bef[i - 1]) ? { speaker: asSpeaker(r, para.text, m), how: `${how}, subject before it` } : null;
}

const OWNED = new Set(OWNER_WORDS.nouns);
/** a possessive's mark after a name */
const POSSESSIVE_MARK = /^['’]s?\s/u;
/** brackets inside a clause ("Barrett's dictum to his interns (repeated to me over the years) was,") */
const BRACKETED = /\([^()]*\)/gu;
/** a colon or comma right before a quote */
const INTRODUCES = /[:,]\s*$/u;

/**
 * The owner of what is quoted: a possessor whose noun of saying (OWNER_WORDS) introduces the quote with a colon or
 * comma, no speech verb before the possessor nor between the noun and the quote ("Hoff's letter makes a case: "..."",
 * "Barrett's dictum ... was, "..."", "in Forbes' words, "...""; not "Smith said Trump's letter was: "..."").
 */
function ownerBefore(r: Reader, para: Paragraph, from: number, q: Span): Found | null {
  const { text } = para;
  if (!INTRODUCES.test(text.slice(from, q.open))) return null;
  for (let i = lowerBound(para.ms.length, (k) => para.ms[k].at >= from); i < para.ms.length && para.ms[i].until < q.open; i++) {
    const m = para.ms[i];
    const rest = text.slice(m.until, q.open);
    if (!POSSESSIVE_MARK.test(rest)) continue;
    const ws = rest.replace(POSSESSIVE_MARK, '').replace(BRACKETED, ' ').match(WORDS) ?? [];
    const n = ws.slice(0, OWNER_WORDS.modifiers + 1).findIndex((w) => OWNED.has(fold(w)));
    if (n < 0 || ws.length - n - 1 > OWNER_WORDS.gap) continue;
    const nounEnd = m.until + rest.indexOf(ws[n]) + ws[n].length;
    const spoken = (t: Token) => t.start < q.open && para.isVerb(t) && !inBrackets(text, m.until, t.start);
    if (para.tokens.slice(para.tokenAt(from), para.tokenAt(m.at)).some((t) => para.isVerb(t)) || para.tokens.slice(para.tokenAt(nounEnd)).some(spoken))
      return null;
    if (para.ms.some((x) => x.at >= nounEnd && x.at < q.open && !inBrackets(text, m.until, x.at))) return null;
    return { speaker: asSpeaker(r, text, m), how: `"${text.slice(m.at, nounEnd)}" before the quote` };
  }
  return null;
}

const SPEECH_NOUN_LINKS = Object.entries(POSSESSED_SPEECH.linked);
const SPEECH_NOUN_ALT = (ws: readonly string[]) => ws.map((w) => w.replace(/[-.]/g, '\\$&')).join('|');
/** after a possessor: its mark, a few lower-case modifiers, a noun of saying and its link (or a naming noun), a determiner */
const POSSESSED_BEFORE = new RegExp(
  `^['’]s?\\s+(?:[a-z][a-z-]*\\s+){0,${POSSESSED_SPEECH.modifiers}}(?:(?:${SPEECH_NOUN_LINKS.map(([n, links]) => `${n}\\s+(?:${SPEECH_NOUN_ALT(links)})`).join('|')})|(?:${SPEECH_NOUN_ALT(POSSESSED_SPEECH.named)}),?)(?:\\s+(?:${SPEECH_NOUN_ALT(POSSESSED_SPEECH.determiners)}))?\\s*$`,
  'u',
);
/** right after a possessed quote: a few lower-case modifiers and a noun of saying */
const POSSESSED_AFTER = new RegExp(`^\\s+(?:[a-z][a-z-]*\\s+){0,${POSSESSED_SPEECH.afterModifiers}}(?:${SPEECH_NOUN_ALT(POSSESSED_SPEECH.after)})\\b`, 'u');
/** a possessor's mark alone */
const POSSESSOR_ONLY = /^['’]s?\s*$/u;

/**
 * A quote in a noun phrase whose possessor says it (`POSSESSED_SPEECH`): "Trump's call for "..."", "Romney's phrase
 * "..."", "Obama's "..." promise" -- the possessor's, whatever verb its sentence has ("Nixon's appeal for "law and order,"
 * Ronald Reagan's story ... spoke" is Nixon's). A person or an organisation, never a place ("Iowa's "silver standard"").
 */
function possessedQuote(r: Reader, para: Paragraph, q: Span): Found | null {
  if (q.open < 1) return null;
  const { text } = para;
  const start = para.sentenceAt(q.open)?.start ?? 0;
  const after = q.closed && POSSESSED_AFTER.test(text.slice(q.end, q.end + 60));
  for (let i = lowerBound(para.ms.length, (k) => para.ms[k].at >= start); i < para.ms.length && para.ms[i].until < q.open; i++) {
    const m = para.ms[i];
    if (m.type === 'place' || r.quoted.has(m)) continue;
    const gap = text.slice(m.until, q.open);
    if (POSSESSED_BEFORE.test(gap) || (after && POSSESSOR_ONLY.test(gap)))
      return { speaker: asSpeaker(r, text, m), how: `"${text.slice(m.at, q.open).trim()}" before the quote, its possessor` };
  }
  return null;
}

/** Whether `pos` stands inside brackets opened after `from`. */
function inBrackets(text: string, from: number, pos: number): boolean {
  const open = text.lastIndexOf('(', pos);
  return open >= from && text.indexOf(')', open) > pos;
}

/**
 * The named doer of a passive speech verb: "was asked by host Bill Maher" (a passive auxiliary right before the verb,
 * "by" right after it, and a name after at most a few lower-case words of its role). Verbs of quoting are left out:
 * "was quoted by the Times as saying" names the one quoting.
 */
function passiveDoer(para: Paragraph, bef: Token[], v: number): PlacedMention | undefined {
  if (v < 1 || !PASSIVE_AUXILIARIES.includes(word(bef[v - 1])) || word(bef[v + 1]) !== 'by' || QUOTING.has(word(bef[v]))) return undefined;
  const by = bef[v + 1].end;
  const m = para.ms[lowerBound(para.ms.length, (i) => para.ms[i].at >= by)];
  if (!m || m.type === 'place' || m.until > (bef[bef.length - 1]?.end ?? by)) return undefined;
  const gap = para.text.slice(by, m.at).match(WORDS) ?? [];
  return gap.length <= QUOTE_LIMITS.doerRoleWords && LOWER_GAP.test(para.text.slice(by, m.at)) ? m : undefined;
}

const FRONTED_OPENERS = new Set(FRONTED_TIME_CLAUSE.openers);
const FRONTED_VERBS = new Set(FRONTED_TIME_CLAUSE.verbs);
/** Whether `bef[k]` is the verb of a fronted clause of time that a comma closes before words of the main clause ("As
 * Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against "...""): `bef` opens the sentence. */
function frontedTimeVerb(bef: Token[], k: number): boolean {
  if (!FRONTED_VERBS.has(word(bef[k])) || !FRONTED_OPENERS.has(word(bef[0]))) return false;
  let comma = -1;
  for (let i = 1; i < bef.length; i++)
    if (bef[i].text === ',') {
      comma = i;
      break;
    }
  return comma > k && bef.slice(comma + 1).some((t) => t.kind === 'word');
}

const BELIEF_VERBS = new Set(REPORTED_BELIEF_VERBS);
/** Whether `bef[k]` is a verb of belief inside an earlier reporting verb's clause with no person or pronoun between them
 * ("... said recently Yugoslavia expected a "..."", not "said he did not think" or "the sources told Reuters ... Lawton
 * Chiles ... believes"): the earlier verb tags the quote. */
function reportedBelief(para: Paragraph, bef: Token[], k: number): boolean {
  if (!BELIEF_VERBS.has(word(bef[k]))) return false;
  let j = k - 1;
  while (j >= 0 && !(para.isVerb(bef[j]) && !BELIEF_VERBS.has(word(bef[j])))) j--;
  if (j < 0) return false;
  // (between the two verbs only places and organisations, no person's pronoun: the belief's subject is a body, no person;
  // "Lynch said the proposal was changed because it believes" is the company's as "it" is)
  for (let i = j + 1; i < k; i++) if (PERSON_PRONOUNS.includes(word(bef[i])) || GROUP_PRONOUNS.includes(word(bef[i]))) return false;
  const from = bef[j].end;
  const to = bef[k].start;
  return !para.ms.some((m) => m.at >= from && m.until <= to && m.type !== 'place' && m.type !== 'org');
}

const QUOTED_OBJECT_ARTICLES = new Set(['a', 'an', 'the']);
/** a person's object pronoun after a quoting verb, as the subject it stands for ("quoted him as saying": "he") */
const OBJECT_PRONOUN_SUBJECTS = new Map([
  ['him', 'he'],
  ['her', 'she'],
]);
/**
 * "X quoted Y as saying "..."" before the quote: Y speaks, not X ("The Detroit Free Press quoted GM industrial relations
 * vice-president Alfred Warren as saying "..."", "the paper quoted him as saying "...""): a pronoun after the quoting
 * verb, the first person named after it over title and role words, or a role phrase with an article there ("quoted a
 * source close to Reagan as saying"). The passive ("was quoted by the daily as saying") is left to its subject.
 */
function quotedAsSaying(r: Reader, para: Paragraph, bef: Token[], v: number, open: number): Found | null {
  if (v < 3 || word(bef[v - 1]) !== QUOTED_AS.link || !para.isVerb(bef[v])) return null;
  let j = v - 2;
  while (j >= 0 && !QUOTING.has(word(bef[j]))) {
    if (para.isVerb(bef[j])) return null;
    j--;
  }
  if (j < 0 || word(bef[j + 1]) === 'by' || (j > 0 && PASSIVE_AUXILIARIES.includes(word(bef[j - 1])))) return null;
  const obj = bef.slice(j + 1, v - 1);
  const first = obj[0];
  if (!first) return null;
  const pronoun = obj.length === 1 ? OBJECT_PRONOUN_SUBJECTS.get(word(first)) : undefined;
  // (only one who has spoken: "quoted him" after "Chinese-made Silkworm anti-shipping missiles" is no missile's)
  const who = pronoun ? resolvePronoun(r, para, pronoun, open) : null;
  if (who && r.events.some((e) => e.name === who.name)) return byPronoun(who, `pronoun "${first.text}" quoted as saying before the quote`);
  if (pronoun) return null;
  if (obj.some((t) => QUOTED_OBJECT_ARTICLES.has(word(t)))) return unnamedRole(r, para, obj, open);
  const from = bef[j].end;
  const to = bef[v - 1].start;
  // (the first person there, else the last name that is no place: "quoted Zemljaric", typed by nothing here)
  const inside = para.ms.filter((x) => x.at >= from && x.until <= to && x.type !== 'place');
  const m = inside.find((x) => x.type === 'person') ?? inside[inside.length - 1];
  return m ? { speaker: asSpeaker(r, para.text, m), how: `"${bef[j].text}" before the quote, name after it` } : null;
}

function speakerBefore(r: Reader, para: Paragraph, q: Span): Found | null {
  const { text, tokens } = para;
  const L = r.L;
  const from = clauseFrom(para, q.open);
  const bef = tokens.slice(para.tokenAt(from), para.tokenAt(q.open)).filter((t) => t.end <= q.open);
  const acc = new RegExp(ACCORDING_TO.source, 'giu');
  let m: RegExpExecArray | null;
  let accAt = -1;
  while ((m = acc.exec(text.slice(from, q.open)))) accAt = from + m.index + m[0].length;
  const accMention = accAt >= 0 ? para.ms.find((x) => x.at >= accAt && x.at <= accAt + 4) : undefined;
  if (accMention) return { speaker: asSpeaker(r, para.text, accMention), how: '"according to" before the quote' };
  const owner = ownerBefore(r, para, from, q);
  if (owner) return owner;
  let v = -1;
  // the verb of a "what it calls "X"" clause whose own quote stands between it and this one is not this quote's
  // when the sentence has a speech verb before it to fall back to (else its subject is the sentence's too)
  const naming = (k: number) =>
    NAMING_VERBS.has(word(bef[k])) &&
    bef.slice(Math.max(0, k - NAMING_CLAUSE.reach), k).some((t) => NAMING_CLAUSE.openers.includes(word(t))) &&
    para.quotes.some((o) => o.open > bef[k].end && o.open < q.open) &&
    bef.slice(0, k).some((t) => para.isVerb(t));
  for (let k = bef.length - 1; k >= 0; k--)
    if (para.isVerb(bef[k]) && !naming(k) && !frontedTimeVerb(bef, k) && !reportedBelief(para, bef, k)) {
      v = k;
      break;
    }
  // a verb of judging or thanking whose object the quote is, after the last speech verb ("Moore thanked him for ...")
  let stance = stanceVerb(bef, q.open, para.text);
  if (stance < 0 && v < 0) stance = positionVerb(para, bef, q.open, para.sentenceAt(q.open)?.start ?? from);
  if (stance > v) v = stance;
  const stanced = v >= 0 && v === stance;
  // a name and a colon right before the quote: "- Philip Bump: "...""; not a name a preposition governs, right before
  // it or over a noun phrase ("delivered a blunt message to Trump:", "on CNN:", "broke down ... to the Dutch newspaper
  // NRC Handelsblad:"), nor a party-state tag (the colon's clause subject is found below: "Rep. Trey Gowdy (R-S.C.):");
  // a person's name there wins over a speech verb before it ("... he tweeted about ... Donald Trump: "..."")
  const colonAt = NAME_COLON.exec(text.slice(from, q.open));
  const lead = colonAt ? para.ms.find((x) => x.until === from + colonAt.index && x.at >= from) : undefined;
  if (
    lead &&
    lead.type !== 'place' &&
    (v < 0 || (lead.type === 'person' && lead.at > bef[v].end)) &&
    !notSubject(L, text, lead.at) &&
    !GOVERNED_PHRASE.test(text.slice(Math.max(from, lead.at - 60), lead.at))
  )
    return { speaker: asSpeaker(r, para.text, lead), how: 'name and colon before the quote' };
  if (v < 0) {
    // a stance with no speech verb: "Another Tokyo trader was less bullish, "...""
    const c = stanceState(bef, q.open, text);
    const stated = c > 0 ? stanceSubject(r, para, bef, c, q.open) : null;
    if (stated) return stated;
    // a clause that introduces the quote with a colon: "Mr. Smith shot back:", "Here's Clinton in December 1992:"
    const colon = /:\s*$/.test(text.slice(from, q.open)) ? colonSubject(r, para.p, from, q.open) : null;
    return colon && { speaker: colon, how: 'subject of the clause that introduces the quote with a colon' };
  }
  // the verb of an "until"/"unless"/"if" clause after a speech verb is that clause's: the earlier verb's subject speaks
  let unreal = v - 1;
  while (unreal >= 0 && !UNREAL_SUBORDINATORS.includes(word(bef[unreal]))) unreal--;
  let spoke = unreal - 1;
  while (spoke >= 0 && !para.isVerb(bef[spoke])) spoke--;
  const spokeBy = spoke >= 0 ? verbSubject(r, para, from, bef, spoke) : undefined;
  if (spokeBy)
    return {
      speaker: asSpeaker(r, para.text, spokeBy),
      how: `"${bef[spoke].text}" before the quote, subject before it (not "${bef[v].text}" after "${bef[unreal].text}")`,
    };
  const quotedAs = quotedAsSaying(r, para, bef, v, q.open);
  if (quotedAs) return quotedAs;
  let k = v - 1;
  // (and a time word: "One official today described Funaro's argument as "nonsense,"")
  while (k >= 0 && bef[k].kind === 'word' && (L.auxiliaries.has(fold(bef[k].text)) || TIME_WORDS.has(word(bef[k])))) k--;
  // "The official was quoted as saying that ...": the passive's subject, before its auxiliaries
  if (k > 0 && word(bef[k]) === QUOTED_AS.link && QUOTED_PARTICIPLES.has(word(bef[k - 1])))
    for (k -= 2; k >= 0 && bef[k].kind === 'word' && L.auxiliaries.has(fold(bef[k].text)); ) k--;
  // "they said", "we said": a group the text does not name here
  if (k >= 0 && GROUP_PRONOUNS.includes(word(bef[k]))) return null;
  if (k >= 0 && isPronoun(bef[k])) {
    return byPronoun(resolvePronoun(r, para, bef[k].text, bef[k].start), `pronoun "${bef[k].text}" before "${bef[v].text}"`);
  }
  // (a role phrase over an aside between commas: "The spokesman, speaking from Bonn, said, "..."")
  const subject = k >= 0 ? roleSubject(r, para, bef, asideBefore(para, bef, k), v, q.open) : null;
  if (subject) return subject;
  // "Sanders was asked by host Bill Maher, who ..., "..."": the one after "by" speaks
  const doer = passiveDoer(para, bef, v);
  if (doer) return { speaker: asSpeaker(r, para.text, doer), how: `"${bef[v].text} by" before the quote, name after it` };
  // a crowd opening the sentence is a speech participle's subject, unnamed ("Small groups of protesters ..., while chanting, "..."")
  const crowd = PARTICIPLE.test(bef[v].text) && from === para.sentenceAt(q.open)?.start ? crowdSubject(bef, v) : null;
  if (crowd) return { speaker: null, how: `${UNNAMED_HOW}"${crowd}"` };
  const relative = relativeSubject(r, para, bef, v);
  if (relative) return { speaker: asSpeaker(r, para.text, relative), how: `"${bef[v].text}" before the quote in a relative clause, the name before it` };
  const pick = verbSubject(r, para, from, bef, v);
  if (pick) return { speaker: asSpeaker(r, para.text, pick), how: `"${bef[v].text}" before the quote, subject before it` };
  // "Adding, "..."" opening its sentence: the subject of the sentence before goes on speaking
  if (v === 0 && PARTICIPLE.test(bef[0].text) && from === para.sentenceAt(bef[0].start)?.start) {
    const sentence = para.sentenceAt(bef[0].start);
    const prev = sentence ? previousSentenceSubject(r, para, sentence.index) : null;
    if (prev) return { speaker: prev, how: `"${bef[0].text}" opening the sentence, subject of the speech verb of the sentence before` };
  }
  // "He signaled he did, saying, "..."": the clause's pronoun subject
  // ("he has minimized it as a threat, and said he opposes "cap and trade"": an "it" that opens no clause and no verb follows is an object)
  const pron = bef
    .slice(0, v)
    .filter((t, i) => isPronoun(t) && (!ORG_PRONOUNS.includes(word(t)) || verbFollows(L, para, bef[i + 1]) || opensClause(bef[i - 1])))
    .pop();
  // ... but a pronoun inside what an earlier speech verb reports is not: "with Donald Trump tweeting that it was a "disaster"
  // for Clinton and asking, "..."" is Trump's, the subject of the first verb
  for (let k = pron ? bef.indexOf(pron) - 1 : -1; k >= 0; k--) {
    const earlier = para.isVerb(bef[k]) ? verbSubject(r, para, from, bef, k) : undefined;
    if (earlier) return { speaker: asSpeaker(r, para.text, earlier), how: `"${bef[k].text}" before the quote, subject before it` };
  }
  if (pron) {
    return byPronoun(resolvePronoun(r, para, pron.text, q.open), `pronoun "${pron.text}" before "${bef[v].text}"`);
  }
  // "the president tweeted, "..."", "The president himself responded on Twitter, calling ..."
  // (the last role phrase that opens a clause before the verb: "The president himself responded ..., calling")
  for (let i = v - 1; i >= 0; i--) {
    if (word(bef[i]) !== 'the' || (i > 0 && bef[i - 1].kind === 'word')) continue;
    let j = i + 1;
    while (j < v && j - i < QUOTE_LIMITS.rolePhraseWords && bef[j].kind === 'word' && !NAMED_ROLES.includes(word(bef[j]))) j++;
    const phrase = bef.slice(i, j + 1);
    // (the role word ends the phrase: "the Arizona Super Bowl Host Committee came out against ..., stating" is no host's)
    const ends =
      j + 1 >= v ||
      bef[j + 1].kind !== 'word' ||
      REFLEXIVES.has(word(bef[j + 1])) ||
      r.L.auxiliaries.has(word(bef[j + 1])) ||
      LOWER_FIRST.test(bef[j + 1].text);
    const role = j < v && ends ? roleSpeaker(r, para, phrase, q.open) : null;
    if (role) return { speaker: role, how: `"${phrase.map((t) => t.text).join(' ')}" before "${bef[v].text}"` };
  }
  // the inverted order before the quote: "Continued Stone: "..."", "But, said Solovey, "..."" (not "telling CNN")
  const inv =
    stanced || L.listenerVerbs.has(word(bef[v])) || PARTICIPLE.test(bef[v].text)
      ? undefined
      : phraseHead(r, text, speakerCandidates(r, para, bef[v].end, q.open, true));
  if (inv) return { speaker: asSpeaker(r, para.text, inv), how: `"${bef[v].text}" before the quote, name after it` };
  // a quote split by an inverted role phrase goes on as that role's: ""It's a difficult issue," said the Florida senator, "because ...""
  const tail = bef.slice(v + 1, -1);
  const split = tail.length > 0 && bef[bef.length - 1].text === ',' && !PARTICIPLE.test(bef[v].text);
  const role = split ? roleSpeaker(r, para, tail, q.open) : null;
  if (role) return { speaker: role, how: `"${[bef[v], ...tail].map((t) => t.text).join(' ')}" before the quote` };
  // ... or left unnamed, over an aside opening in lower case: "Said a foreign lawyer, referring to the crisis ..., "...""
  const head = split && !L.listenerVerbs.has(word(bef[v])) ? invertedPhrase(para, tail, bef[bef.length - 1]) : null;
  const inverted = head ? unnamedRole(r, para, head, q.open) : null;
  if (inverted) return inverted;
  // the role phrase of an earlier speech verb when the last one's clause has no speaker: "The official said the interagency
  // meeting was called to discuss "..."", "One source said the U.S. would continue to make clear ... "..."" (quotes35); not
  // an organisation's noun, which refers back less surely ("The group said its representatives had met with Fairchild
  // Industries officials to inform them "..."" is no Fairchild's)
  for (let e = v - 1; e > 0; e--) {
    if (!para.isVerb(bef[e])) continue;
    let s = e - 1;
    while (s > 0 && auxiliary(L, bef[s])) s--;
    const earlier = roleSubject(r, para, bef, s, e, q.open, false);
    if (earlier) return earlier;
  }
  // a participle's subject is the role phrase that opens its sentence ("A government official downplayed the unrest saying that
  // "...""): a person's, up to its noun, a word of the main verb after it
  const end = PARTICIPLE.test(bef[v].text) && from === para.sentenceAt(q.open)?.start && ROLE_DETERMINERS.has(word(bef[0])) ? roleNounEnd(bef) : 0;
  if (end > 1 && end < v && bef[end].kind === 'word' && personPhrase(roleWords(bef.slice(0, end)))) return unnamedRole(r, para, bef.slice(0, end), q.open);
  return null;
}

const CROWD_SIZES = new Set(CROWD_SUBJECTS.sizes);
const CROWD_COUNTS = new Set(CROWD_SUBJECTS.counts);
const CROWD_NOUNS = new Set(CROWD_SUBJECTS.nouns);
/** The crowd phrase opening `bef` (a count, "of", a crowd noun within reach, all words before the verb `bef[v]`), or null. */
function crowdSubject(bef: Token[], v: number): string | null {
  let i = CROWD_SIZES.has(word(bef[0])) ? 1 : 0;
  if (!CROWD_COUNTS.has(word(bef[i])) || word(bef[i + 1]) !== CROWD_SUBJECTS.link) return null;
  i += 2;
  for (let j = i; j < Math.min(v, i + CROWD_SUBJECTS.words); j++) {
    if (bef[j].kind !== 'word') return null;
    if (CROWD_NOUNS.has(word(bef[j])))
      return bef
        .slice(0, j + 1)
        .map((t) => t.text)
        .join(' ');
  }
  return null;
}

/**
 * The role phrase after an inverted speech verb, up to the comma before the quote (`comma`) or an aside opening in lower
 * case with no mark of its own ("a foreign lawyer|, referring to the crisis sparked by ... Hu's replacement,"); a
 * determiner first, up to its role noun ("a senior official| at a leading Japanese bank" where no link word says whose).
 */
function invertedPhrase(para: Paragraph, tail: Token[], comma: Token): Token[] | null {
  const c = tail.findIndex((t) => t.kind !== 'word');
  if (c === 0 || !ROLE_DETERMINERS.has(word(tail[0]))) return null;
  if (c > 0 && (tail[c].text !== ',' || !LOWER_FIRST.test(tail[c + 1]?.text ?? '') || ASIDE_MARKS.test(para.text.slice(tail[c].end, comma.start)))) return null;
  const ph = c < 0 ? tail : tail.slice(0, c);
  return linkedRoleNoun(para, ph) > 0 ? ph : ph.slice(0, roleNounEnd(ph));
}

/**
 * `k`, or where the word before an aside ending in the comma `bef[k]` stands ("The spokesman|, speaking from Bonn,"): an
 * aside opening in lower case ("Merrill had suspended the official, Nahum Vaskevitch, yesterday saying" names the one it
 * follows), after one phrase that opens its clause, only lead words before its determiner ("Brian Moir, a spokesman for the
 * International Communications Association, a national group of telephone users, said" is Moir's).
 */
function asideBefore(para: Paragraph, bef: Token[], k: number): number {
  if (bef[k].text !== ',') return k;
  let j = k - 1;
  while (j > 0 && bef[j].text !== ',') j--;
  const aside = ASIDE_OPENING.exec(para.text.slice(bef[j].start));
  if (!aside || j < 2 || bef[j].start + aside[0].length !== bef[k].end || bef[j - 1].kind !== 'word' || !LOWER_FIRST.test(bef[j + 1].text)) return k;
  // (one phrase: "An official from a leading conservation group, who asked not to be identified, said" is no group's)
  const ds = bef.slice(0, j).filter((t) => ROLE_DETERMINERS.has(word(t)));
  const d = ds.length === 1 ? bef.indexOf(ds[0]) : -1;
  return d >= 0 && bef.slice(0, d).every((t) => SUBJECT_LEAD.has(word(t))) ? j - 1 : k;
}

/**
 * A role phrase ending at `bef[k]` as the subject of the speech verb `bef[v]`: a person it refers to, or someone left
 * unnamed; with `orgs` false, no organisation's noun.
 */
function roleSubject(r: Reader, para: Paragraph, bef: Token[], k: number, v: number, before: number, orgs = true): Found | null {
  // a role phrase right before the verb is its subject, whatever clause came before ("Sooner or later, the New Jersey governor
  // told reporters, "...""; "The company said: "..."")
  const ph = phraseEndingAt(r, bef, k);
  if (ph && (orgs || !ORG_ROLE_NOUNS.has(word(ph[ph.length - 1])))) {
    const role = roleSpeaker(r, para, ph, before, true);
    if (role) return { speaker: role, how: `"${ph.map((t) => t.text).join(' ')}" before "${bef[v].text}"` };
    const unnamed = unnamedRole(r, para, ph, before);
    if (unnamed) return unnamed;
  }
  const linked = linkedPhraseEndingAt(para, bef, k);
  const owned = linked ? documentLink(para, linked) : -1;
  if (linked) return owned > 0 ? linkedDocument(r, para, linked, owned) : linkedRole(r, para, linked, linkedRoleNoun(para, linked));
  // a group without a determiner opening its clause ("Police said: "...""; "Analysts said "walkaway lease" deals ...")
  const bare = BARE_GROUPS.has(word(bef[k])) && BARE_VERBS.has(word(bef[v])) && opensClause(bef[k - 1]) && (orgs || !ORG_ROLE_NOUNS.has(word(bef[k])));
  return bare ? unnamedRole(r, para, [bef[k]], before) : null;
}

/**
 * The named subject of the last clause between `from` and `to` in a paragraph (a sentence that ends in a colon
 * introducing a quote): its speaker though no speech verb says so ("the Illinois Board of Elections was conclusive
 * in its findings:").
 */
function colonSubject(r: Reader, p: number, from: number, to: number): Speaker | null {
  const text = r.doc.paragraphs[p] ?? '';
  const ms = r.mentions;
  let best: PlacedMention | undefined;
  for (let k = lowerBound(ms.length, (i) => ms[i].paragraph > p || (ms[i].paragraph === p && ms[i].at >= from)); k < ms.length; k++) {
    const m = ms[k];
    if (m.paragraph !== p || m.until > to) break;
    // "As Breitbart News reported, ... the Obama White House was refusing to call ... terrorism:": what follows is the report's
    if (m.type !== 'place' && AS_SOURCE.test(text.slice(from, m.at)) && r.L.speechVerbs.has(fold(NEXT_WORD.exec(text.slice(m.until))?.[1] ?? '')))
      return asSpeaker(r, text, m);
    if (m.type === 'place' || r.quoted.has(m) || r.L.media.has(fold(m.text)) || isModifier(r.L, text, m.until) || partyTag(text, m)) continue;
    if (isClauseSubject(r.L, text, m, from, true)) best = m;
  }
  if (!best) return null;
  return asSpeaker(r, text, best);
}

/**
 * A person's pronoun opening the clause of the last speech verb of a paragraph that ends in a colon, when that paragraph names
 * no subject ("In a 1963 speech, he declared:", "He told his Democratic audience, to rowdy applause:", "Looking back ..., she
 * told Playboy in 1998:", "He said Reagan last year rejected the idea and he added:"): the person it refers to speaks the
 * quote after it. A participle after a comma goes back to the verb before it ("Nudity didn't bother her, she said,
 * explaining:"). `from`: the start of the paragraph's last sentence.
 */
function colonPronoun(r: Reader, P: Paragraph, from: number): Found | null {
  // (a paragraph with no quote and no name keeps no tokens)
  const ts = P.tokens.length || P.quotes.length ? P.tokens : tokenize(P.text);
  let v = ts.length - 1;
  const first = lowerBound(ts.length, (i) => ts[i].start >= from);
  while (v >= first && !P.isVerb(ts[v])) v--;
  for (; v >= first; ) {
    let k = v - 1;
    while (k >= first && ts[k].kind === 'word' && (auxiliary(r.L, ts[k]) || ADVERBS.has(word(ts[k])))) k--;
    if (k >= first && PERSON_PRONOUNS.includes(word(ts[k])) && (k === first || opensClause(ts[k - 1]))) {
      const s = resolvePronoun(r, P, ts[k].text, ts[k].start);
      // (not a name of a headline set in title case, whose capitals tell nothing: "... Presidential Candidate Ever")
      const span = s ? r.sentences.get(s.sentence) : undefined;
      if (s && span && titleCase(r.doc.paragraphs[s.paragraph] ?? '', [span], s.at)) return null;
      return byPronoun(s, `pronoun "${ts[k].text}" before "${ts[v].text}" in the paragraph before, which ends in a colon`);
    }
    // (a participle after a comma: the verb before it)
    if (!COLON_PARTICIPLE.test(ts[v].text) || ts[v - 1]?.text !== ',') return null;
    v -= 2;
    while (v >= first && !P.isVerb(ts[v])) v--;
  }
  return null;
}
/** a participle in -ing */
const COLON_PARTICIPLE = /\p{L}ing$/u;

/** a paragraph's end in a closing bracket (and a full stop after it) */
const CLOSES_BRACKET = /\)\.?\s*$/u;
/**
 * The sentence before sentence `cur`, past a bracketed aside of whole sentences that ends the paragraph before it:
 * the aside tells the reader something, no one speaks in it ("Richards also spoke about the ... case .... (The laws
 * require .... The legislation also mandates ....)¶"Roe v. Wade is ..."" is Richards's).
 */
function sentenceBeforeAside(r: Reader, cur: number): number {
  const s = r.sentences.get(cur - 1);
  const text = s ? r.doc.paragraphs[s.paragraph] : undefined;
  if (!s || !text || !CLOSES_BRACKET.test(text.slice(0, s.end))) return cur - 1;
  let depth = 0;
  let open = text.lastIndexOf(')', s.end);
  for (; open >= 0; open--) {
    if (text[open] === ')') depth++;
    else if (text[open] === '(' && --depth === 0) break;
  }
  for (let j = cur - 1; j > 0 && open >= 0; j--) {
    const x = r.sentences.get(j);
    if (!x || x.paragraph !== s.paragraph) return cur - 1;
    // (a sentence inside the aside; the splitter may start the aside's first one past its bracket)
    if (x.start > open + 1) continue;
    if (text.slice(x.start, open).trim()) return cur - 1;
    return r.sentences.get(j - 1)?.paragraph === s.paragraph ? j - 1 : cur - 1;
  }
  return cur - 1;
}

/** The named subject of the last speech verb of the sentence before `cur`, when that sentence quotes no one itself. */
/** the cue of a name typed by an outlet's noun after it (names.ts) */
const OUTLET_CUE = 'outlet';
function previousSentenceSubject(r: Reader, para: Paragraph, cur: number): Speaker | null {
  const s = r.sentences.get(sentenceBeforeAside(r, cur));
  const P = s?.paragraph === para.p ? para : s?.paragraph === para.p - 1 ? r.paraBefore : undefined;
  if (!s || !P || P.quotes.some((q) => q.open < s.end && q.close > s.start && q.end - q.start > QUOTE_LIMITS.scareQuoteChars)) return null;
  const bef = P.tokens.slice(P.tokenAt(s.start), P.tokenAt(s.end));
  let v = bef.length - 1;
  // (or a verb of judging: "Valastro praised Christie's leadership ...¶"We need someone who's going to ..."", not a deed:
  // "he attacked his sister, according to court records.¶"Defendant became violent ...," the records state.")
  while (v >= 0 && !P.isVerb(bef[v]) && !(STANCE.has(word(bef[v])) && !STANCE_DEEDS.includes(word(bef[v])))) v--;
  const m = v >= 0 ? verbSubject(r, P, s.start, bef, v) : undefined;
  // (a person: nouns read as verbs are common in such sentences, "a congressional report that could raise ..."; or an
  // outlet named with its noun, which speaks in what it publishes: "The official International Business newspaper today
  // published China's demands in a editorial.¶"It is extremely important ...," the editorial said.")
  return m && (m.type === 'person' || r.personWords.has(lastWord(m.text)) || (m.type === 'org' && m.cue === OUTLET_CUE)) ? asSpeaker(r, P.text, m) : null;
}

/**
 * The named subject of the first speech verb of the sentence of `ev` when `ev`'s own verb, after it, stands inside what that
 * verb reports ("Byrd ... said in a television interview he was heartened that Reagan had acknowledged some of his
 * mistakes. "But one speech ..."" is Byrd's, not Reagan's): no clause break between the two.
 */
function reportingSubject(r: Reader, para: Paragraph, ev: Speaker): Speaker | null {
  const s = r.sentences.get(ev.sentence);
  const P = s?.paragraph === para.p ? para : s?.paragraph === para.p - 1 ? r.paraBefore : undefined;
  if (!s || !P || s.paragraph !== ev.paragraph) return null;
  const m = P.ms.find((x) => x.at === ev.at);
  if (!m) return null;
  // (ev names the subject of a verb after it, not an inverted "said Paul Beck")
  let k = P.tokenAt(m.until);
  while (k < P.tokens.length && auxiliary(r.L, P.tokens[k])) k++;
  if (!P.tokens[k] || !P.isVerb(P.tokens[k])) return null;
  const bef = P.tokens.slice(P.tokenAt(s.start), P.tokenAt(m.at)).filter((t) => t.end <= m.at);
  const v = bef.findIndex((t) => P.isVerb(t));
  if (v < 0 || REPORT_BREAK.test(P.text.slice(bef[v].end, m.at))) return null;
  // (a person: "Byrd (Democrat) of West Virginia said" is not Virginia's)
  const isPerson = (x: PlacedMention) => x.type === 'person' || r.personWords.has(lastWord(x.text));
  const at = verbSubject(r, P, s.start, bef, v);
  const outer = at && isPerson(at) ? at : speakerCandidates(r, P, s.start, bef[v].start).find((x) => isPerson(x) && isClauseSubject(r.L, P.text, x, s.start));
  if (!outer || outer.text === m.text) return null;
  return asSpeaker(r, P.text, outer);
}

/** The speaker named in the previous sentence, or the one who reports that speaker's words there. */
function previousSpeaker(r: Reader, para: Paragraph, ev: Speaker): Found {
  const outer = reportingSubject(r, para, ev);
  return outer
    ? { speaker: outer, how: `speaker of the previous sentence, which reports what ${ev.name} said` }
    : { speaker: ev, how: 'speaker of the previous sentence' };
}

/** a sentence that opens in lower case */
const OPENS_LOWER = /^\s*\p{Ll}/u;
/**
 * Is the name `ev` in the tag of the previous quote, a sentence of its own after a question or exclamation that ends the
 * quote ("I took Wall Street money but it didn't affect me?" he said, paraphrasing Clinton's remarks at the debate.):
 * the tag tells who spoke there, a name it holds takes no turn -- a quote after it goes on from that speaker.
 */
function prevTag(r: Reader, prev: DocQuote, ev: Speaker): boolean {
  if (!prev.speaker || ev.name === prev.speaker || ev.paragraph !== prev.paragraph || ev.sentence !== prev.last + 1) return false;
  const s = r.sentences.get(ev.sentence);
  return !!s && OPENS_LOWER.test(r.doc.paragraphs[s.paragraph]?.slice(s.start, s.end) ?? '');
}

/** How a quote that goes on from the previous one is marked. */
const CARRIED_HOW = 'goes on from the previous quote';
/** How a quote left open takes the speaker of the paragraph that closes it. */
const CONTINUED_HOW = 'continued in the next paragraph';
/** A speaker named at the quote itself, after its close (or passed back from there). */
const OWN_AFTER = /after the quote|^continued in the next paragraph$/u;
/** a paragraph that opens with a quotation mark */
const REOPENS = /^\s*(?:[“”„«»"‟]|'')/u;

/** a paragraph of stage direction alone ("She pauses.", "Pause."): STAGE_DIRECTIONS */
const STAGE_DIRECTION = new RegExp(`^\\s*(?:(?:${STAGE_DIRECTIONS.pronouns.join('|')})\\s+\\p{Ll}+s|${STAGE_DIRECTIONS.words.join('|')})\\.\\s*$`, 'iu');

/** A quote that stands alone goes on from the previous quote, or from a speaker named in the previous sentence. */
function speakerCarried(r: Reader, para: Paragraph, q: Span): Found | null {
  const sentence = para.sentenceAt(q.open);
  const sStart = sentence?.start ?? 0;
  // (inside a paragraph a lead of marks and dashes is none: a sentence split inside a closing "''" leaves its last "'"
  // before the quote; ""Donald Trump will build the wall" - at which point the crowd chanted "Build the wall!" - "and ...")
  const lead = para.text.slice(sStart, Math.max(q.open, sStart));
  // (nor a sentence adverb: "Specifically, "that the white working class ..."")
  if (lead.trim() && (sStart === 0 || !MARKS_ONLY.test(lead)) && !CARRYING_LEAD.test(lead)) return null;
  const cur = sentence?.index ?? 0;
  // a paragraph that opens with the quote after one that ends in a colon: "... released the following statement:"
  const before = r.doc.paragraphs[para.p - 1] ?? '';
  if (sStart === 0 && para.p > 0 && /:\s*$/.test(before)) {
    const s = colonSubject(r, para.p - 1, r.sentenceStarts.get(cur - 1) ?? 0, before.length);
    if (s) return { speaker: s, how: 'subject of the paragraph before, which ends in a colon' };
    const P = r.paraBefore?.p === para.p - 1 ? r.paraBefore : undefined;
    const said = P ? colonPronoun(r, P, r.sentenceStarts.get(cur - 1) ?? 0) : null;
    if (said) return said;
  }
  const prev = r.out[r.out.length - 1];
  const reach = prev?.openEnded ? QUOTE_LIMITS.continueSentencesOpen : QUOTE_LIMITS.continueSentences;
  // the speaker named in the previous sentence: `X said:` then the quote; a speaker named after the previous
  // quote closed takes over from it ("Or maybe Jeb Bush, digital consultant Phil Musser says. "...")
  const prevEvent = r.events[r.events.length - 1];
  const named =
    prevEvent &&
    (cur - prevEvent.sentence === 1 || (sStart === 0 && prevEvent.sentence === sentenceBeforeAside(r, cur))) &&
    !(prev && prevTag(r, prev, prevEvent));
  if (named && (!prev || prevEvent.sentence > prev.last)) return previousSpeaker(r, para, prevEvent);
  // ... or the subject of its speech verb, further from it ("Marty West, an education professor at Harvard who ..., called it "...".")
  // (not when the previous quote stands in that sentence's paragraph before it: the quote goes on from it)
  const s = r.sentences.get(cur - 1);
  const after = !prev || (prev.last < cur - 1 && !(prev.paragraph === s?.paragraph && prev.at < s.start));
  const subject = !named && after ? previousSentenceSubject(r, para, cur) : null;
  if (subject) return { speaker: subject, how: 'subject of the speech verb of the previous sentence' };
  if (prev && !prev.speaker && prev.how.startsWith(UNNAMED_HOW) && cur - prev.last <= reach && (prev.paragraph >= para.p - 1 || prev.openEnded))
    return { speaker: null, how: prev.how, unnamed: [...r.unnamed].reverse().find((u) => u.paragraph === prev.paragraph && u.sentence === prev.last) };
  // (past a paragraph of stage direction between the turns too: ""We're talking with supporters like you who -." | She
  // pauses. | "Well, thank you so much -."")
  const staged = prev?.paragraph === para.p - 2 && sStart === 0 && STAGE_DIRECTION.test(before);
  if (prev?.speaker && cur - prev.last <= reach && (prev.paragraph >= para.p - 1 || prev.openEnded || staged)) {
    let ev: Speaker | undefined;
    for (let e = r.events.length - 1; e >= 0 && !ev && r.events[e].sentence >= prev.sentence; e--) if (r.events[e].name === prev.speaker) ev = r.events[e];
    return {
      speaker: ev ?? speakerOf(prev.speaker, 'person', prev.at, prev.paragraph, prev.sentence, undefined, undefined),
      how: CARRIED_HOW,
    };
  }
  if (named) return previousSpeaker(r, para, prevEvent);
  return null;
}

/**
 * A transcript's speaker label opening the quote ("PENCE: Well, look, ...", "WALLACE: Do you really see ..."): the person
 * the document names with that surname (the label's last word) speaks; a label no person bears is someone left unnamed
 * (the quote is not the last speaker's going on), unless the document writes it as a common word ("VIDEO:", "UPDATE:").
 */
function transcriptLabel(r: Reader, inner: string): Found | null {
  const label = TRANSCRIPT_LABEL.exec(inner);
  if (!label) return null;
  const surname = lastWord(label[1]);
  let best: PlacedMention | undefined;
  if (r.personWords.has(surname))
    for (const m of r.mentions) if (m.type === 'person' && lastWord(m.text) === surname && (!best || m.text.length > best.text.length)) best = m;
  const how = `transcript label "${label[1]}:"`;
  if (best) return { speaker: speakerAt(r, best), how };
  return r.lowerWords().has(surname) ? null : { speaker: null, how: `${UNNAMED_HOW}${how}` };
}

/** a naming participle or an authoring verb just before a quote's opening mark */
const TITLE_CUE_BEFORE = new RegExp(`\\b(${[...WORK_TITLES.naming, ...WORK_TITLES.authoring].join('|')})[\\s,:]*$`, 'iu');
/** a common noun governed by a preposition just before a naming word ("thrilled with the editorial, entitled") */
const GOVERNED_WORK = new RegExp(
  `\\b(?:${WORK_TITLES.governing.join('|')})\\s+(?:the|a|an|his|her|its|their)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*[\\s,]*$`,
  'u',
);
/** only lower-case words between two names ("Obama speechwriter Jon Favreau") */
const ROLE_GAP = /^\s+(?:\p{Ll}+\s+){1,3}$/u;
/** "by" just after a quote's closing mark, or a passive of authoring and "by" (""American Skin" was written by") */
const AUTHOR_BY_AFTER = new RegExp(`^[\\s,]*(?:(?:${WORK_TITLES.passiveAuxiliaries.join('|')})\\s+(?:${WORK_TITLES.passive.join('|')})\\s+)?by\\s+`, 'iu');

/**
 * A quoted title of a work and its author (`WORK_TITLES`): the name "by" after the title, else, after a naming or
 * authoring word, the first named subject of the clause before the quote ("Clinton campaign manager Robby Mook released
 * a memo titled "The Facts on Where the Race Stands.""); not the quote's own words otherwise.
 */
function titleAuthor(r: Reader, para: Paragraph, q: Span): Found | null {
  const { text } = para;
  const cue = TITLE_CUE_BEFORE.exec(text.slice(Math.max(0, q.open - 40), Math.max(q.open, 0)));
  const by = q.closed ? AUTHOR_BY_AFTER.exec(text.slice(q.end)) : null;
  // (a passive after the quote names its author alone; a bare "by" only after a naming word: ""...," by then ...")
  if (by && (cue || by[0].trim() !== 'by')) {
    const m = para.ms.find((x) => x.at === q.end + by[0].length);
    if (m && m.type !== 'place') return { speaker: asSpeaker(r, text, m), how: `title of a work "by" its author` };
  }
  if (!cue || q.open < 0) return null;
  if (GOVERNED_WORK.test(text.slice(Math.max(0, q.open - 80), q.open - cue[0].length))) return null;
  // (the subject of the verb of the cue's clause, as `verbSubject` reads a speech verb's)
  const sStart = para.sentenceAt(q.open)?.start ?? 0;
  const bef = para.tokens.slice(para.tokenAt(sStart), para.tokenAt(q.open));
  let v = bef.length - 1;
  while (v >= 0 && word(bef[v]) !== fold(cue[1])) v--;
  const subject = v >= 0 ? verbSubject(r, para, sStart, bef, v) : undefined;
  // (a name before a role noun is the person's who bears the role: "Former Obama speechwriter Jon Favreau published")
  const held =
    subject && para.ms.find((x) => x.at > subject.until && x.until <= bef[v].start && ROLE_GAP.test(text.slice(subject.until, x.at)) && personal(r, x));
  const m = held ?? subject;
  if (!m || m.type === 'place' || r.L.media.has(fold(m.text))) return null;
  return { speaker: asSpeaker(r, text, m), how: `title of a work after "${cue[1]}", the clause's subject` };
}

/** A title of a work ("American Pie", "The Big Lebowski") is not a quote, whoever is named near it. */
function isTitleOfWork(inner: string): boolean {
  const words = inner.split(/\s+/);
  return words.length <= QUOTE_LIMITS.titleMaxWords && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|a|an|and|in|on|for|to)$/.test(w));
}

/** a word that names what follows as a term, right before a quote's opening mark (TERM_QUOTES) */
const TERM_CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${TERM_QUOTES.cues.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s*(?:(?:${TERM_QUOTES.determiners.join('|')})\\s+)?$`,
  'iu',
);
/** a passive naming participle right before a quote's opening mark ("was also nicknamed "...""; PASSIVE_TERMS) */
const PASSIVE_TERM_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}'-])(?:${PASSIVE_TERMS.be.join('|')})\\s+(?:(?:${PASSIVE_TERMS.adverbs.join('|')})\\s+)?|,\\s*(?:${PASSIVE_TERMS.commaAdverbs.join('|')})\\s+)(?:${PASSIVE_TERMS.participles.join('|')})\\s*(?:(?:${TERM_QUOTES.determiners.join('|')})\\s+)?$`,
  'iu',
);
/** a naming participle set off after a common noun right before a quote's opening mark ("the software, called "docuFORUM""); group 1 ends the noun, group 2 is the mark */
const APPOSITIVE_TERM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}'-])\\p{Ll}+()\\s*(${PASSIVE_TERMS.appositiveMarks.join('|')})\\s*(?:${PASSIVE_TERMS.participles.join('|')})\\s*(?:(?:${TERM_QUOTES.determiners.join('|')})\\s+)?$`,
  'du',
);
/** lower-case words only (no name, no other mark) */
const LOWER_STRETCH = /^[\s\p{Ll}'’-]*$/u;
/** a naming participle right after an object's noun phrase ("uses a technology called "massive parallism.""): group 1 the word before the determiner, group 2 the phrase after it */
const OBJECT_TERM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}'-])(\\p{Ll}+)\\s+(?:${TERM_QUOTES.determiners.join('|')})\\s+((?:[\\p{L}\\d'-]+\\s+){0,${PASSIVE_TERMS.objectWords}}\\p{Ll}+)\\s+(?:${PASSIVE_TERMS.participles.join('|')})\\s*(?:(?:${TERM_QUOTES.determiners.join('|')})\\s+)?$`,
  'u',
);
const NOT_OBJECT = new Set(PASSIVE_TERMS.notObject);
const LEADING_PART = /^\S*/u;
/** the agent after a passive term's closing mark: the one who gave the name speaks ("labeled "suspicious" by James Steele") */
const AGENT_AFTER = new RegExp(`^[\\s,.;:]*${PASSIVE_TERMS.agent}\\s`, 'iu');
/** the word before a quote's opening mark, over a comma or colon */
const WORD_BEFORE_OPEN = /(\p{L}+)[\s,:]*$/u;
/** the word right after a quote's closing mark, over a comma (an inverted tag: "''Francesco Excommunicates Trump,'' declared La Stampa") */
const WORD_AFTER_CLOSE = /^[\s,]*(\p{L}+)/u;
/** a quote's text that ends as a clause does ("Yes,", "Progressivism,") */
const CLAUSE_END = /[,.!?]$/u;
/** "as" and a naming verb right after a title: its subject gave the name ("the "Philly Max," as Brand later called it") */
const NAMED_AS_AFTER = new RegExp(`^[\\s,]*as\\s+(?:\\S+\\s+){1,3}(?:${NAMING_CLAUSE.verbs.join('|')})\\b`, 'iu');

/** A passive naming participle right before the quote (PASSIVE_TERMS): after "be", after a comma and a passive adverb, or set off after a common noun with no comma before it in the sentence. */
function passiveTerm(r: Reader, para: Paragraph, q: Span): boolean {
  const before = para.text.slice(Math.max(0, q.open - 50), q.open);
  if (PASSIVE_TERM_BEFORE.test(before)) return true;
  const start = para.sentenceAt(q.open)?.start ?? 0;
  const at = Math.max(start, q.open - 90);
  // (from a word's start: the slice may cut one)
  const o = OBJECT_TERM_BEFORE.exec(at > start ? para.text.slice(at, q.open).replace(LEADING_PART, '') : para.text.slice(at, q.open));
  if (o && ![o[1], ...o[2].split(/\s+/)].some((w) => NOT_OBJECT.has(fold(w))) && !r.L.speechVerbs.has(fold(o[1]))) return true;
  const m = APPOSITIVE_TERM_BEFORE.exec(before);
  if (!m?.indices?.[1]) return false;
  const noun = q.open - before.length + m.indices[1][0];
  // (an aside that ends at the mark opens with its like: a comma before it in the sentence for a comma, a dash for a dash)
  const lead = para.text.slice(start, noun);
  if (PASSIVE_TERMS.pairedMarks.includes(m[2])) return !PASSIVE_TERMS.pairedMarks.some((d) => lead.includes(d));
  // (a long stretch of lower-case words since the last comma is a clause, no aside: "several Senators, the farm credit
  // system, and farm organizations endorsed creation of a secondary market on farm real estate loans, called "aggie mae"")
  const since = lead.slice(lead.lastIndexOf(',') + 1);
  return !lead.includes(',') || (LOWER_STRETCH.test(since) && since.trim().split(/\s+/).length >= PASSIVE_TERMS.clauseWords);
}

/**
 * A term, a name or a title in quotation marks, no one's words: a term after a word naming it so (TERM_QUOTES: "the
 * so-called "bridge" financing", "known as the "genius grant.""), and a title (isTitleOfWork) unless it is spoken: a tag
 * after its sentence makes it a quote only where it opens that sentence and ends as a clause does (""Yes," he
 * responded"), where a speech verb stands right before or right after it ("someone shouted "President Obama,"",
 * "(''Francesco Excommunicates Trump,'' declared La Stampa"), where it exclaims ("Marco! Marco!"), where "as" its
 * namer "called" it follows it ("the "Philly Max," as Brand later called it"), or in a headline
 * set in title case. Inside a sentence it names a thing ("the "American Pie" star's rep Jack Ketsoyan confirmed",
 * "Appearing on the NBC News program, "Meet the Press," the Kansas senator said", "Asked if he agreed with analysts who
 * called the stock sell-off "Black Monday," Nakasone said").
 */
function termQuote(r: Reader, para: Paragraph, q: Span, inner: string, tagged: boolean): boolean {
  const bare = inner.replace(/[\s,;:]+$/u, '');
  const { text } = para;
  if (q.open >= 0 && bare.split(/\s+/).length <= TERM_QUOTES.words) {
    if (TERM_CUE_BEFORE.test(text.slice(Math.max(0, q.open - 40), q.open))) return true;
    // a passive naming participle before it, no agent after it ("Gigante was also nicknamed "The Oddfather"")
    if (passiveTerm(r, para, q) && !AGENT_AFTER.test(text.slice(q.end, q.end + 12))) return true;
  }
  if (!isTitleOfWork(bare)) return false;
  if (!tagged || q.open < 0) return !tagged;
  const lead = text.slice(para.sentenceAt(q.open)?.start ?? 0, q.open);
  if (MARKS_ONLY.test(lead) && (CLAUSE_END.test(inner) || text[q.end] === ',')) return false;
  if (inner.includes('!') || NAMED_AS_AFTER.test(text.slice(q.end, q.end + 60))) return false;
  const before = WORD_BEFORE_OPEN.exec(lead)?.[1];
  const next = WORD_AFTER_CLOSE.exec(text.slice(q.end, q.end + 30))?.[1];
  if ([before, next].some((w) => w && (r.L.speechVerbs.has(fold(w)) || TAG.has(fold(w))))) return false;
  return !titleCase(text, para.sents, q.open);
}

/**
 * Speakers named after the quote across a paragraph break: a quote that runs to the end of its paragraph,
 * or stands alone as its paragraph, takes the speaker of the quote that continues it in the next paragraph
 * (back over several paragraphs); a paragraph that is only a dash and a name ("- Sanders.") names the
 * speaker of the quote before it.
 */
function carryBackOverParagraphs(r: Reader, alone: Set<DocQuote>): void {
  const { out } = r;
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i];
    const next = out[i + 1];
    // a quote left open that only went on from the previous speaker is the speaker's who closes it, when its continuation
    // names one after it (""We are thrilled ...," said Zadan and Meron.¶"I am so excited to be hosting the Oscars for the
    // second time.¶You know what they say - the third time's the charm," said DeGeneres.")
    // (only when the next paragraph goes on without opening the quote again, as in text set one sentence a line: a quote
    // that opens again is the same speaker's by the convention of quotes over paragraphs, whoever speaks in it)
    if (
      q.speaker &&
      q.openEnded &&
      q.how === CARRIED_HOW &&
      next?.speaker &&
      next.speaker !== q.speaker &&
      next.paragraph === q.paragraph + 1 &&
      OWN_AFTER.test(next.how) &&
      // (a role written as a name, "the District Attorney said", names no one better than the speaker before)
      !PERSON_ROLE_NOUNS.has(lastWord(next.speaker)) &&
      !REOPENS.test(r.doc.paragraphs[next.paragraph] ?? '')
    ) {
      q.speaker = next.speaker;
      q.how = CONTINUED_HOW;
      continue;
    }
    if (q.speaker || q.how.startsWith(UNNAMED_HOW)) continue;
    if (next?.speaker && next.paragraph === q.paragraph + 1 && (q.openEnded || alone.has(q))) {
      q.speaker = next.speaker;
      q.how = q.openEnded ? CONTINUED_HOW : "standalone quote, speaker of the next paragraph's quote";
      continue;
    }
    if (!alone.has(q) && !q.openEnded) continue;
    const following = r.doc.paragraphs[q.paragraph + 1] ?? '';
    const d = /^\s*(?:-{1,2}|[―—–])\s*/u.exec(following);
    if (!d || following.length > 80) continue;
    const m =
      r.mentions[
        lowerBound(
          r.mentions.length,
          (k) => r.mentions[k].paragraph > q.paragraph + 1 || (r.mentions[k].paragraph === q.paragraph + 1 && r.mentions[k].at >= d[0].length),
        )
      ];
    // (over the titles a name is written with: "-President Obama, tweeting after Clinton's speech.")
    if (m && m.paragraph === q.paragraph + 1 && titlesOnly(r.L, following.slice(d[0].length, m.at)) && m.type !== 'place') {
      q.speaker = m.text;
      q.how = 'name after a dash in the next paragraph';
    }
  }
}

/** Nothing, or capitalised titles and spaces only ("President ", "Sen. "). */
function titlesOnly(L: Lexicon, gap: string): boolean {
  return !gap || (TITLE_WORDS_ONLY.test(gap) && gap.split(' ').every((w) => !w || L.titles.has(fold(w))));
}

/**
 * The role phrases of one person that a paragraph makes the subject of a speech verb outside quotes ("A banker said he
 * saw no reason ...", "A Finance Ministry spokesman said ...", "the dealer said"), as the quotes' role phrases are read:
 * someone left unnamed, the one named whose role it is, or the phrase naming whose ("Finance Ministry spokesman").
 */
function unnamedSubjects(r: Reader, para: Paragraph, pending: Speaker[]): void {
  // (a paragraph with no quote and no name is read only when it holds a role noun: "A banker said he saw no reason ...")
  const tokens = para.tokens.length || para.quotes.length || !SINGLE_PERSON_NOUN.test(para.text) ? para.tokens : tokenize(para.text);
  for (let i = 1; i < tokens.length; i++) {
    if (!para.isVerb(tokens[i])) continue;
    let k = i - 1;
    while (k > 0 && tokens[k].kind === 'word' && (r.L.auxiliaries.has(word(tokens[k])) || ADVERBS.has(word(tokens[k])))) k--;
    // (over an aside between commas, as before a quote, within the sentence: "The Indonesia spokesman, an Agriculture
    // Ministry official who wished not to be identified, said")
    if (tokens[k].text === ',') {
      const from = para.sentenceAt(tokens[k].start)?.start ?? 0;
      let s = k;
      while (s > 0 && tokens[s - 1].start >= from) s--;
      k = s + asideBefore(para, tokens.slice(s, k + 1), k - s);
    }
    // ("An aide to Agriculture Secretary Richard Lyng said": the phrase up to its noun says who)
    const linked = linkedPhraseEndingAt(para, tokens, k);
    const ph = linked ?? phraseEndingAt(r, tokens, k);
    if (!ph) continue;
    const w = roleWords(linked ? linked.slice(0, linkedRoleNoun(para, linked) + 1) : ph);
    const noun = w[w.length - 1];
    if (!SINGLE_DETERMINERS.has(w[0]) || !personPhrase(w) || PLURAL_NOUN.test(noun)) continue;
    // (a definite phrase naming whose is the person named who spoke just before, if one did: "Aldo Roldan, Vice President
    // ... at Chase Econometrics, said. ... The Chase economist also said" is Roldan's; left to the names)
    const sentence = para.sentenceAt(ph[0].start)?.index ?? 0;
    if (!linked && w[0] === 'the' && para.ms.some((m) => m.at >= ph[0].start && m.until <= ph[ph.length - 1].start)) {
      const ev = pending.filter((e) => e.at < ph[0].start).pop() ?? r.events[r.events.length - 1];
      if (ev && ev.type === 'person' && sentence - ev.sentence <= QUOTE_LIMITS.pronounUnnamedSentences) continue;
    }
    const found = unnamedRole(r, para, ph, ph[0].start);
    const who = found?.speaker ?? found?.unnamed;
    if (who) r.unnamed.push(speakerMoved(who, ph[0].start, para.p, sentence));
  }
}

/** The paragraph's speech events before a position become the reader's. */
function flushEvents(r: Reader, pending: Reader['events'], upTo: number): void {
  while (pending.length && pending[0].at < upTo) r.events.push(pending.shift()!);
}

/**
 * A company the document leads with, named in full with a legal form in its first sentence ("Hughes Tool Co said ..."),
 * that speaks by its name's first words alone after ("Hughes said", typed a person by the speech verb; Reuters 1981) is
 * that company speaking: the speaker is read as one, so that "the company said" after it is that company. Not where the
 * document names a person of that last name in full ("Chairman John Hughes") or the word is a given name. The linker
 * reads the mentions as written (it joins the short name to its company itself).
 */
function leadCompanyVoices(mentions: PlacedMention[]): PlacedMention[] {
  const L = lex();
  const short = new Set<string>();
  for (let k = 0; k < mentions.length && mentions[k].sentence === 0; k++) {
    const m = mentions[k];
    const cut = m.text.indexOf(' ');
    if (m.type !== 'org' || cut < 0 || !L.legalForms.has(fold(afterLastSpace(m.text)))) continue;
    const first = m.text.slice(0, cut);
    if (L.givenNames.has(fold(first))) continue;
    // (its first words, up to all before the legal form: "Crazy Eddie said", "Middle South said" for "Middle South Utilities Inc")
    const words = m.text.split(' ');
    for (let j = 1; j < words.length; j++) short.add(words.slice(0, j).join(' '));
  }
  if (short.size === 0) return mentions;
  for (const m of mentions) if (m.type === 'person' && m.text.includes(' ') && short.has(afterLastSpace(m.text))) short.delete(afterLastSpace(m.text));
  if (short.size === 0) return mentions;
  return mentions.map((m) => (m.type === 'person' && m.cue === 'speech' && short.has(m.text) ? Object.assign({}, m, { type: 'org' as const }) : m));
}

/** Quotes of one document with their speakers as the document names them. */
export function findQuotes(
  doc: TextDocument,
  spans: SentenceSpan[],
  mentions: PlacedMention[],
  tokensOf?: ReadonlyArray<readonly Token[] | undefined>,
): DocQuote[] {
  let lower: Set<string> | undefined;
  const r: Reader = {
    doc,
    tokensOf,
    L: lex(),
    mentions: leadCompanyVoices(mentions),
    quoted: new Set(),
    events: [],
    unnamed: [],
    out: [],
    genders: new Map(),
    personWords: new Set(),
    surnames: new Set(),
    midNames: new Set(),
    sentenceStarts: new Map(spans.map((x) => [x.index, x.start])),
    sentences: new Map(spans.map((x) => [x.index, x])),
    // (set later, given here: a key added to the reader later gives it another map, and readParagraph deoptimised on it)
    paraBefore: undefined,
    documentTag: undefined,
    lowerWords: () => {
      lower ??= new Set(doc.text.match(LOWER_WORDS) ?? []);
      return lower;
    },
    personPronouns: [],
  };
  r.genders = documentGenders(r);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type === 'person') r.personWords.add(lastWord(m.text));
    if ((m.type === 'person' || m.type === 'other') && m.text.includes(' ')) r.surnames.add(lastWord(m.text));
    if (m.cue !== 'initial') r.midNames.add(fold(m.text));
  }
  const byParagraph = new Map<number, SentenceSpan[]>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    (byParagraph.get(s.paragraph) ?? byParagraph.set(s.paragraph, []).get(s.paragraph)!).push(s);
  }
  const mentionsOf = new Map<number, PlacedMention[]>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    (mentionsOf.get(m.paragraph) ?? mentionsOf.set(m.paragraph, []).get(m.paragraph)!).push(m);
  }

  let leftOpen = false;
  // quotes that are their paragraph's whole text
  const alone = new Set<DocQuote>();
  doc.paragraphs.forEach((text, p) => {
    const para = readParagraph(r, p, text, byParagraph.get(p) ?? [], mentionsOf.get(p) ?? [], leftOpen);
    leftOpen = para.quotes.length > 0 && !para.quotes[para.quotes.length - 1].closed;
    const pending = speechEvents(r, para);
    unnamedSubjects(r, para, pending);
    const names = para.quotes.length ? nameParts(para.quotes, mentionsOf.get(p) ?? []) : undefined;
    for (let k = 0; k < para.quotes.length; k++) {
      const q = para.quotes[k];
      if (names?.has(q)) continue;
      flushEvents(r, pending, q.open);
      const rawInner = text.slice(q.start, q.close);
      // the text as written between the marks, its closing comma too ("It's hard to avoid," said X): that is
      // the span annotators mark, so a quote found elsewhere as one sentence of it still matches
      const inner = rawInner.trim();
      if (!HAS_LETTER.test(inner)) continue;
      r.documentTag = undefined;
      const after = speakerAfter(r, para, q, rawInner);
      // a term, a name or a title is no quote (termQuote)
      if (!q.headline && termQuote(r, para, q, inner, !!after)) continue;
      const sentence = para.sentenceAt(q.open)?.index ?? 0;
      const last = para.sentenceAt(Math.max(q.close - 1, 0))?.index ?? sentence;
      const read = q.headline
        ? headlineSpeaker(r, para, q)
        : (transcriptLabel(r, inner) ??
          titleAuthor(r, para, q) ??
          possessedQuote(r, para, q) ??
          (after && opensNextQuote(para, q, rawInner) ? (speakerBefore(r, para, q) ?? after) : after) ??
          speakerAfterDash(r, para, q) ??
          speakerBefore(r, para, q) ??
          speakerCarried(r, para, q));
      const found = read ?? r.documentTag;
      // the speaker now speaks here: a later pronoun measures its distance from this quote
      if (found?.speaker) r.events.push(speakerMoved(found.speaker, Math.max(q.open, 0), p, last));
      else if (found?.unnamed) r.unnamed.push(speakerMoved(found.unnamed, Math.max(q.open, 0), p, last));
      r.out.push({
        id: `${doc.id}#q${r.out.length + 1}`,
        text: inner,
        speaker: found?.speaker?.name ?? null,
        speakerEntity: null,
        document: doc.id,
        sentence,
        paragraph: p,
        at: q.open,
        openEnded: !q.closed,
        last,
        how: found ? found.how : 'no attribution found',
      });
      if (para.quotes.length === 1 && !HAS_LETTER.test(text.slice(0, Math.max(q.open, 0)) + text.slice(q.end))) alone.add(r.out[r.out.length - 1]);
    }
    flushEvents(r, pending, Infinity);
    r.paraBefore = para;
  });
  carryBackOverParagraphs(r, alone);
  return r.out;
}
