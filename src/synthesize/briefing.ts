// The briefing: five to ten article sentences, the most independently corroborated first, covering the
// story's main actors, no two saying the same thing; then the single-source claims worth knowing. Each line
// is a source sentence (a leading "But"/"However" dropped at most) and cites every sentence that backs it.
import type { BriefingLine, Claim, SentenceRef, StoryDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { objectList } from '../common/object-list.ts';
import {
  BACK_REFERENCES,
  BANG_NAMES,
  BRIEFING,
  CONNECTIVE_KEEPS,
  CREDITED_DATELINE,
  DANGLING_OPENERS,
  DATELINE_PATTERN,
  DANGLING_SPEAKERS,
  DANGLING_SUBJECT,
  ECHO_WEAK,
  EVENT_DAY_WORDS,
  EVENT_DOER_OPENERS,
  EVENT_PASSIVE,
  EVENT_VERBS,
  LEADING_CONNECTIVES,
  LINE_CHROME,
  PERSONAL_VOICE,
  QUOTE_MARKS,
  QUOTE_STOP,
  RETOLD_CONTRAST,
  RETOLD_DESCRIBED,
  SUBJECT,
  SUBJECTLESS_VERBS,
  SUBORDINATORS,
  TIME_NAMES,
  TABLE_NOTE,
} from './lexicon.ts';
import type { DraftClaim } from './claims.ts';
import { openAfter, SPEAKER_NEXT, TIME_KEYS, titleBefore, type Unit } from './units.ts';
import { statedDates } from './dates.ts';
import { opposed } from './opposites.ts';
import { UPPER_FIRST } from '../common/letters.ts';

const CONNECTIVE = new RegExp(`^(?:${LEADING_CONNECTIVES.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b[,;:]?\\s+`, 'i');
const KEEP_PHRASE = new RegExp(`^(?:${CONNECTIVE_KEEPS.phrases.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const INVERTED = new RegExp(`^${CONNECTIVE_KEEPS.inverted}`);
/** a connective that is a preposition too, with no comma after it: the preposition, kept */
const PREPOSITION = new RegExp(`^(?:${CONNECTIVE_KEEPS.prepositions.join('|')})\\s+[^\\s,;:]`, 'i');
const SUBJECTLESS = new RegExp(`^(?:${SUBJECTLESS_VERBS.join('|')})\\b`);
const DANGLING = new RegExp(`^(?:${DANGLING_OPENERS.join('|')})\\b`, 'i');
/** a dateline opening the sentence, and the blanks after it ("WASHINGTON — ", "LONDON, March 4 - ") */
const DATELINE = new RegExp(`${DATELINE_PATTERN}\\s*`, 'u');
/** a dateline in ordinary case with its agency's credit ("Denver (AP) – "), and the blanks after it */
const CREDITED = new RegExp(`^${CREDITED_DATELINE.place} \\((?:${CREDITED_DATELINE.credits.join('|')})\\)(?:\\s*(?:--|[—―–])|\\s+-\\s)\\s*`, 'u');
/** a lower-case letter: what is left after a dateline is a sentence in ordinary case, not the rest of a headline */
const LOWER = /\p{Ll}/u;
/** a closing double mark right after a sentence's punctuation: a quote ends there */
const CLOSING = /[.,!?…]["”]/;
/** the first double mark of a sentence */
const FIRST_MARK = /["“”]/;
/** a double mark of any kind */
const ANY_MARK = /["“”„«»]/;

/** a straight mark spaced as an opener after a comma (SPACED_CLOSER: it closes when a name saying follows) */
const SPACED_MARK = /,\s"/;
/** a straight mark between letters: an apostrophe typed wrong ('Indonesia"s') */
const WORD_MARK = /(?<=\p{L})"(?=s(?!\p{L}))/gu;

/** Where the quote the sentence goes on closes: the index of its first mark when that closes one (right after the
 * punctuation: 'We must be able to sell our products to the United States as well," he said in an interview.'; or
 * spaced after a comma before a name saying: 'the charm, "DeGeneres said in a statement.'), else -1. */
function closingAt(t: string): number {
  const first = t.search(FIRST_MARK);
  if (first < 0) return -1;
  const close = CLOSING.exec(t);
  if (close && first === close.index + 1) return first;
  const spaced = SPACED_MARK.exec(t);
  return spaced && first === spaced.index + 2 && SPEAKER_NEXT.test(t.slice(first + 1)) ? first : -1;
}

/** The opening mark of a quote the sentence goes on and closes, its first mark closing it ("We must be able to sell
 * our products to the United States as well," he said in an interview.), else ''. */
function reopening(t: string): string {
  const at = closingAt(t);
  return at < 0 ? '' : (QUOTE_MARKS.reopens[t[at]] ?? '');
}

/** Light trim: drop a leading dateline ("WASHINGTON — ": where the story was filed, not what happened; a Reuters
 * headline run into its dateline goes with it: "ZIMBABWE MAIZE HARVEST LOWER ... HARARE, March 3 - "), then a leading
 * connective ("But", "However,"), and capitalise what is left. A sentence going on a quote the one before began
 * ("Flynn lied and they destroyed his life,” Trump said.") gets the quote's opening mark back, its words untouched: a
 * line read alone shows them as quoted. */
export function trimLine(text: string): string {
  // (an apostrophe typed as a straight double mark is shown as one: "Indonesia's")
  // (the pattern matches only at a straight double mark: a line without one is left unscanned)
  const trimmedText = text.trim();
  const t = trimmedText.includes('"') ? trimmedText.replace(WORD_MARK, "'") : trimmedText;
  // a quote begun in the sentence before: its opening mark given back, its words left as they are
  const reopen = reopening(t);
  const line = reopen ? reopen + t : trimmed(t);
  // a quote the sentence opens and the next goes on: its closing mark given back ('Henry said, "We met with Mr.
  // Teixeira and were very much impressed with him."')
  const open = openAfter(line, '');
  return open ? line + (QUOTE_MARKS.closesWith[open] ?? '') : line;
}

/** trimLine's trims of a sentence that goes on no quote (`t` trimmed of blanks). */
function trimmed(text: string): string {
  let t = text;
  const dateline = DATELINE.exec(t) ?? CREDITED.exec(t);
  if (dateline && t.length - dateline[0].length >= BRIEFING.afterDateline && LOWER.test(t.slice(dateline[0].length))) t = t.slice(dateline[0].length);
  for (let i = 0; i < 2; i++) {
    const m = CONNECTIVE.exec(t);
    if (!m || t.length - m[0].length < 20 || KEEP_PHRASE.test(t) || PREPOSITION.test(t) || INVERTED.test(t.slice(m[0].length))) break;
    t = t.slice(m[0].length);
  }
  // an opening quotation mark whose quote does not close in this sentence belongs to a longer quote
  const opens = /^["“‘']/.exec(t);
  if (opens && !/["”’']/.test(t.slice(1))) t = t.slice(1);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const QUOTED = /"[^"]*"|“[^”]*”?|‘[^’]*’|«[^»]*»/g;
const SPEAKER = new RegExp(`([\\p{L}][\\p{L}'’.-]*)\\s+(?:\\p{L}+ly\\s+)?(?:${DANGLING_SPEAKERS.verbs.join('|')})\\b`, 'u');
/** what SPEAKER needs in a sentence: a verb of saying after a space. Cheap to look for, and most sentences have
 * none; SPEAKER's word before the verb would be tried from every letter of the sentence (danglingSpeaker starts it
 * near the first verb). */
const SPEECH_VERB = new RegExp(`\\s(?:${DANGLING_SPEAKERS.verbs.join('|')})\\b`, 'u');
/** SPEAKER looked for from a place on (lastIndex): danglingSpeaker's */
const SPEAKER_FROM = new RegExp(SPEAKER.source, 'gu');
const BLANK = /\s/;

/**
 * Where the second word before `at` starts (words: runs of non-blanks), or 0. A SPEAKER match whose verb of saying
 * is the first one (`at`: the blank before it) starts in its word right before, or in the one before an "-ly" word;
 * one with a later verb starts after `at` (no verb of saying ends in "ly", nor is followed by a letter): none starts
 * before this place.
 */
function twoWordsBefore(text: string, at: number): number {
  let i = at;
  for (let word = 0; word < 2; word++) {
    while (i > 0 && BLANK.test(text[i - 1])) i--;
    while (i > 0 && !BLANK.test(text[i - 1])) i--;
  }
  return i;
}

const PRONOUNS = new Set(DANGLING_SPEAKERS.pronouns);
const QUOTE_PRONOUNS = new Set(DANGLING_SPEAKERS.afterQuote);
/** a quote's closing mark, maybe its comma after it, and blanks: what a speaker right after a quote follows */
const AFTER_QUOTE = /["”’],?\s*$/;

/**
 * Does the sentence's first speaker go by a pronoun whose person it does not name before ("The savings, she said,
 * ...")? Quoted words are left out; a capitalised word past the first, or a person or organisation opening the
 * sentence, is a name.
 */
function danglingSpeaker(u: Unit, text: string): boolean {
  if (u.subject.length) return false;
  const outside = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  const verb = SPEECH_VERB.exec(outside);
  if (!verb) return false;
  // SPEAKER's word is in the two words before the first verb of saying, or later: looked for from there, not tried
  // from every letter before (the same first match)
  SPEAKER_FROM.lastIndex = twoWordsBefore(outside, verb.index);
  const m = SPEAKER_FROM.exec(outside);
  if (!m) return false;
  const pronoun = m[1].toLowerCase();
  if (!PRONOUNS.has(pronoun) && !(QUOTE_PRONOUNS.has(pronoun) && AFTER_QUOTE.test(text.slice(0, m.index)))) return false;
  const before = outside.slice(0, m.index).match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  return !before.slice(1).some((w) => UPPER_FIRST.test(w));
}

const SUBJECT_PRONOUN = new RegExp(`\\b(?:${DANGLING_SUBJECT.pronouns.join('|')})\\b`);
/** a person the pronoun may stand for, after an article ("a woman", "the 35-year-old gunman"; "as a teenager" says what she was) */
const REFERENT = new RegExp(`(?<!\\bas\\s)\\b(?:a|an|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:${DANGLING_SUBJECT.referents.join('|')})\\b`, 'iu');
const REFERENT_NAMES = new Set<string>(DANGLING_SUBJECT.names);
const CAPITALISED_WORD = /[\p{L}][\p{L}'’.-]*/gu;
const AFTER_COMMA = /,\s*$/;

/**
 * Is the sentence's first he or she the subject after an opening clause (right after a comma: "In 2010, ..., she
 * lost just 43 votes.", "..., he said.") with no one it could stand for before it (DANGLING_SUBJECT)? Without
 * enrichment any capitalised word past the first is taken for a name. Quoted words are left out.
 */
function danglingSubject(u: Unit): boolean {
  const outside = u.text.replace(QUOTED, (q) => ' '.repeat(q.length));
  const m = SUBJECT_PRONOUN.exec(outside);
  if (!m) return false;
  const before = outside.slice(0, m.index);
  if (!AFTER_COMMA.test(before) || REFERENT.test(before)) return false;
  if (u.names !== null) return !u.names.some((n) => n.start < m.index && REFERENT_NAMES.has(n.type));
  return !(before.match(CAPITALISED_WORD) ?? []).slice(1).some((w) => UPPER_FIRST.test(w));
}

/** a quoted stretch: a double mark of either kind to the next (or to the sentence's end, a quote going on past it) */
const QUOTE_SPAN = /["“][^"“”]*(?:["”]|$)|‘[^’]*’|«[^»]*(?:»|$)/g;
/** a word (one pattern for the module: compiled for node20 a \p{…} literal is built anew at every use) */
const WORD = /\p{L}+/gu;

/**
 * Is the sentence nothing but quoted words ("We do not view Berisford as providing the long-term stability we
 * want.")? A reader of the line cannot tell who said it: fewer than `BRIEFING.minOutsideWords` words stand
 * outside the quotation marks of a sentence that opens with one, or that goes on a quote begun in the sentence
 * before (its first mark closes one: "... and exit the Senate race.").
 */
function speakerlessQuote(text: string): boolean {
  let rest = text;
  if (!/^["“‘«]/.test(text)) {
    const at = closingAt(text);
    if (at < 0) return false;
    rest = text.slice(at + 1);
  }
  const outside = rest.replace(QUOTE_SPAN, ' ').match(WORD) ?? [];
  return outside.length < BRIEFING.minOutsideWords;
}

const SUBORDINATE = new RegExp(`^(?:${SUBORDINATORS.join('|')})\\b`, 'i');
/** what separates a subordinate clause from its main clause */
const CLAUSE_BREAK = /[,;:—–]|\s-\s|--/;
/** a line cut before its end ("...; "), or announcing what follows it ("... in a statement on Friday afternoon:") */
const OPEN_END = /[,;:]\s*$/;
/** the dot leaders of a table ("..............680 vs.......425", "..(Commercial Bank Only)..378.2"), not an ellipsis ("... with the Yankees....") */
const LEADERS = /\.{6}|\.{4}\d|\d\.{4}|\.\.[\d(]/;

/** Is the line a fragment: a subordinate clause alone, a cut or announcing end, a table row? */
function fragment(t: string): boolean {
  return (SUBORDINATE.test(t) && !CLAUSE_BREAK.test(t)) || OPEN_END.test(t) || LEADERS.test(t);
}

/** Does a leading connective stand before a verb, the sentence having no subject ("And is available ...")? */
function subjectless(text: string): boolean {
  const m = CONNECTIVE.exec(text.trim());
  return !!m && SUBJECTLESS.test(text.trim().slice(m[0].length));
}

/** Is the sentence all inside a quote an earlier sentence began, with no mark of its own ("Flynn lied and it’s like
 * they ruined his life." after `“Nothing happened to her.`)? As a line it would read as the briefing's own words. */
function withinQuote(u: Unit): boolean {
  return u.inQuote && !ANY_MARK.test(u.text);
}

/** A sentence that reads on its own: no dangling "He"/"This" or "..., he said", not a question, not too long, not a quote with no speaker, not a fragment.
 * Kept in the unit once read: a unit's text, subject and names are fixed once made, and claims (every representative
 * chosen, every star tried) and the briefing (every pool round) ask again about the same sentences (a WeakMap of
 * every unit of the run was a look-up by the object's hash each time, and entries for the collector to walk). */
export function standsAlone(u: Unit): boolean {
  if (u.alone === 0) u.alone = readsAlone(u) ? 1 : 2;
  return u.alone === 1;
}

function readsAlone(u: Unit): boolean {
  const text = u.text.trim();
  // trimLine's line, the quote's opening mark looked for once (the line and the opening read it)
  const reopen = reopening(text);
  const t = reopen ? reopen + text : trimmed(text);
  // a line going on a quote opens with the quote's words: a pronoun there ("They were not energetic ...," it said.)
  // stands for no more than the sentence's own
  const opening = reopen ? trimmed(text) : t;
  return (
    !withinQuote(u) &&
    !DANGLING.test(opening) &&
    !fragment(t) &&
    !subjectless(u.text) &&
    !/\?\s*["'”’»]?$/.test(t) &&
    t.length <= BRIEFING.maxLength &&
    t.length >= 30 &&
    !danglingSpeaker(u, t) &&
    !danglingSubject(u) &&
    !speakerlessQuote(text)
  );
}

/** the first or second person (PERSONAL_VOICE), and blog chrome (LINE_CHROME) */
const PERSONAL_WORD = new RegExp(`\\b(?:${PERSONAL_VOICE.words.join('|')})\\b|${PERSONAL_VOICE.i}`, 'u');
const CHROME = new RegExp(LINE_CHROME.join('|'));
/** an apostrophe between letters ("I’m"): no single quote's close */
const APOSTROPHE = /(?<=\p{L})[’'](?=\p{L})/gu;
/** a quoted stretch, to its close or the line's end ("..., and said: ‘I'm in the middle of the riot action ...") */
const QUOTED_TO_END = /["“][^"“”]*(?:["”]|$)|‘[^’]*(?:’|$)|«[^»]*(?:»|$)/g;

/** Does the line speak as the briefing itself -- in the first or second person outside quotation marks ("After
 * researching her background, I had a gut feeling she was a member of Delta Sigma Theta ...") -- or is it a blog's
 * chrome? A claim may still stand for the sentence (its words are the article's); a briefing line is the briefing's
 * voice. Read on the line as shown (trimLine: a quote the sentence goes on gets its opening mark back). */
function voiced(u: Unit): boolean {
  if (CHROME.test(u.text)) return true;
  // (a straight apostrophe stays one: only a curly one changes, so a line without one is left unscanned)
  const line = trimLine(u.text);
  return PERSONAL_WORD.test((line.includes('’') ? line.replace(APOSTROPHE, "'") : line).replace(QUOTED_TO_END, ' '));
}

/** a line cut at a name written with "!" (BANG_NAMES) */
const CUT_AT_BANG = new RegExp(`\\s\\p{Ll}+\\s+(?:${BANG_NAMES.join('|')})!$`, 'u');
/** (CUT_AT_BANG ends at the line's end with "!": a line ending otherwise is not scanned) */
const cutAtBang = (t: string) => t.endsWith('!') && CUT_AT_BANG.test(t);

/** A sentence a briefing line can be: it reads alone (standsAlone), does not speak as the briefing (voiced) and is
 * not cut at a name's "!". Kept on the unit as standsAlone's answer is: the briefing asks again about the same
 * sentences (every pool round, every fuller member tried). */
export function lineAlone(u: Unit): boolean {
  if (u.line === 0) u.line = standsAlone(u) && !voiced(u) && !cutAtBang(u.text.trim()) ? 1 : 2;
  return u.line === 1;
}

/** Who a sentence is about: linked entities, or else its capitalised words after the first. */
function actorsOf(u: Unit): string[] {
  if (u.entities.length) return u.entities;
  const words = u.text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return [
    ...new Set(
      words
        .slice(1)
        .filter((w) => UPPER_FIRST.test(w) && w.length > 2)
        .map((w) => fold(w).slice(0, 6)),
    ),
  ];
}

/**
 * Does `ref`'s sentence back the line? It must share content with it: at least two feature keys, one of them
 * no name (sentences sharing only "Mitt Romney" and "Paul Ryan", or a "WASHINGTON --" dateline, state different
 * things), or be the sentence the line was taken from or a copy of it. Exported for tests and for the report's checks.
 */
export function backs(line: Unit, other: Unit): boolean {
  return backsWith(line, line.keySet, other);
}

/** backs(line, other), the line's keys given as a set (citations asks for every member of a claim). */
function backsWith(line: Unit, keys: ReadonlySet<string>, other: Unit): boolean {
  // the same sentence, or a copy of it word for word ("Bank of America NT and SA's <BAC.")
  if ((line.doc === other.doc && line.sentence === other.sentence) || line.text === other.text) return true;
  let n = 0;
  let content = false;
  for (const k of other.keys) {
    if (!keys.has(k)) continue;
    n++;
    content ||= k[0] !== 'e' && ((!line.nameKeys.has(k) && !other.nameKeys.has(k)) || TIME_KEYS.has(k));
    if (n >= 2 && content) return true;
  }
  return false;
}

const NO_SETTING: ReadonlySet<string> = new Set<string>();

/**
 * The term keys every article of a story of `BRIEFING.settingDocs` articles or more states (words, a name's words
 * too): the story's setting -- who, where, what it is about -- that any of its sentences may name.
 */
export function settingKeys(byDoc: ReadonlyMap<string, readonly Unit[]>, docs: number): ReadonlySet<string> {
  if (docs < BRIEFING.settingDocs || byDoc.size < docs) return NO_SETTING;
  const count = new Map<string, number>();
  for (const units of byDoc.values()) {
    const seen = new Set<string>();
    for (const u of units) for (const k of u.keys) if (k[0] === 't') seen.add(k);
    for (const k of seen) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of count) if (n >= docs) out.add(k);
  return out.size ? out : NO_SETTING;
}

/**
 * Does `m` state something of the line's own, not only the story's setting (settingKeys)? It shares with the line a
 * figure, a year, a concept or a word not every article writes (an entity's key is read through its name's words, as
 * articles link a name unevenly), or setting words making `BRIEFING.settingShare` of the line's keys, or it is the
 * line's sentence or a copy of it. "Robert Pitman, aged 24 and from Wellington, was charged with arson following the
 * fire at the Waitrose supermarket ..." shares with "The fire service was called at 06:00 BST to the Waitrose store in
 * High Street, Wellington, on Sunday." only the fire, Waitrose and Wellington every article of the story names (3 of
 * the line's 13 keys).
 */
function statesFact(line: Unit, keys: ReadonlySet<string>, m: Unit, setting: ReadonlySet<string>): boolean {
  if (setting.size === 0 || (line.doc === m.doc && line.sentence === m.sentence) || line.text === m.text) return true;
  let n = 0;
  for (const k of m.keys) {
    if (k[0] === 'e' || !keys.has(k)) continue;
    if (k[0] !== 't' || !setting.has(k)) return true;
    n++;
  }
  // ... or states a good part of the line in the setting's words: the story's event told again ("The Securities and
  // Exchange Commission removed a key regulatory obstacle to trading futures on designated foreign debt securities
  // on U.S. exchanges." for "A decision by the U.S. Securities and Exchange Commission to remove a key regulatory
  // obstacle ... was a constructive development, ... Michael Jenkins said.")
  let own = 0;
  for (const k of line.keys) if (k[0] !== 'e') own++;
  return n >= BRIEFING.settingShare * own;
}

/** How many of the line's keys the sentences state together (a unit's keys are distinct: one sentence needs no set). */
function covered(line: ReadonlySet<string>, backing: Unit[]): number {
  if (backing.length === 1) return shared(line, backing[0]);
  const keys = new Set<string>();
  for (const m of backing) for (const k of m.keys) if (line.has(k)) keys.add(k);
  return keys.size;
}

/** How many of the line's keys a sentence states. */
function shared(line: ReadonlySet<string>, u: Unit): number {
  let n = 0;
  for (const k of u.keys) if (line.has(k)) n++;
  return n;
}

/**
 * The sentences a line cites: per article, its sentences that back the line, the one stating most of the line
 * first; a further one only when it backs a part of the line the ones before do not ("It seems Lindsay Lohan has
 * had enough of New York attorney Mark Jay Heller" adds nothing to the article's own copy of the line). Besides
 * the claim's sentences, an article's sentence that states clearly more of the line than they do (`byDoc`: the
 * story's sentences by article) is a candidate too.
 */
export function citations(line: Unit, members: Unit[], byDoc: Map<string, Unit[]>, setting: ReadonlySet<string> = NO_SETTING): Unit[] {
  const keys = line.keySet;
  const docs = new Map<string, Unit[]>();
  // (a sentence telling the opposite event of the line's thing backs it not: "Lindsay Lohan has left the Betty Ford
  // Center ..." for "... Lindsay Lohan has checked into the Betty Ford Center": opposites.ts)
  const backs = (m: Unit) => backsWith(line, keys, m) && !opposed(line, m);
  for (const m of members) if (backs(m)) (docs.get(m.doc) ?? docs.set(m.doc, []).get(m.doc)!).push(m);
  const out: Unit[] = [];
  for (const [doc, found] of docs) {
    // (each of the article's sentences counted once: the best so far keeps its count). Only a sentence that can
    // state `need` of the line's keys can be the better one: one with fewer keys is not counted (the first with
    // the most is the same among the others when it reaches `need`), and none is when the line has fewer.
    const need = covered(keys, found) + BRIEFING.betterBy;
    let best: Unit | null = null;
    let most = 0;
    if (need <= keys.size)
      for (const u of byDoc.get(doc) ?? []) {
        if (u.keys.length < need) continue;
        const n = shared(keys, u);
        if (!best || n > most) {
          best = u;
          most = n;
        }
      }
    // a member sharing with the line only the story's setting is no backing (statesFact); the better sentence is
    // sought as when it were
    const backing = setting.size ? found.filter((m) => statesFact(line, keys, m, setting)) : found;
    const better = best && !found.includes(best) && most >= need && backs(best) && statesFact(line, keys, best, setting);
    const candidates = better ? [...backing, best!] : backing;
    if (candidates.length === 0) continue;
    // one sentence is cited whatever it adds: no set of what it covers is made
    if (candidates.length === 1) {
      out.push(candidates[0]);
      continue;
    }
    // the line's own sentence first, then the sentences stating most of the line (earlier first on ties)
    candidates.sort((a, b) => Number(b === line) - Number(a === line) || shared(keys, b) - shared(keys, a) || a.sentence - b.sentence);
    const got = new Set<string>();
    for (const c of candidates) {
      let added = 0;
      for (const k of c.keys) if (keys.has(k) && !got.has(k)) added++;
      if (c !== line && got.size && added < BRIEFING.addedKeys) continue;
      for (const k of c.keys) if (keys.has(k)) got.add(k);
      out.push(c);
    }
  }
  return out.sort((a, b) => a.docOrder - b.docOrder || a.sentence - b.sentence);
}

interface Input {
  drafts: DraftClaim[];
  claims: Claim[];
  weight: Map<string, number>;
  documents: StoryDocument[];
}

const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;
/** Letters and capitals of a text, counted without building an array of its letters (ASCII by code). */
function capitalsIn(text: string): [letters: number, upper: number] {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (LETTER.test(ch)) letters++;
    if (UPPER.test(ch)) upper++;
  }
  return [letters, upper];
}
/**
 * A story's units as the briefing weighs them, by unit id (a unit's place in the story; ids below `span`): whether
 * each shouts, and the sums over its own keys (containedIn's total, cosine's squares), each worked out on first
 * asking. The pool rounds ask the same units again against each line picked: a comparison then looks up the
 * weights of the keys the two share only, not of all their keys (summed in the keys' order, as before: the same sums).
 */
class Weighing {
  /** -1 not read yet, else 0 or 1 */
  private readonly shouting: number[];
  /** containedIn's total over a unit's keys (NaN: not summed yet) */
  private readonly totals: number[];
  /** the sum of a unit's squared weights, as `w * w` and as `w ** 2` (cosine's two sides; NaN: not summed yet) */
  private readonly squares: number[];
  private readonly powers: number[];

  constructor(
    private readonly weight: Map<string, number>,
    span: number,
  ) {
    this.shouting = new Array<number>(span).fill(-1);
    this.totals = new Array<number>(span).fill(Number.NaN);
    this.squares = new Array<number>(span).fill(Number.NaN);
    this.powers = new Array<number>(span).fill(Number.NaN);
  }

  /** Is the sentence written in capitals (a wire headline)? */
  shouts(u: Unit): boolean {
    let v = this.shouting[u.id];
    if (v < 0) {
      const [letters, upper] = capitalsIn(u.text);
      v = this.shouting[u.id] = letters > 0 && upper / letters > BRIEFING.capitals ? 1 : 0;
    }
    return v === 1;
  }

  /** The share of `a`'s key weight that `b` states. A headline in capitals is weighed by its words and figures: the
   * name finder reads a line of capitals as names of its own ("WHITE HOUSE'S HOWARD BAKER SAYS REAGAN TO ADDRESS
   * NATION" one long name), rare keys no other sentence holds. */
  containedIn(a: Unit, b: Unit): number {
    const bk = b.keySet;
    const words = this.shouts(a);
    let total = this.totals[a.id];
    if (Number.isNaN(total)) {
      total = 0;
      for (const k of a.keys) if (!words || !k.startsWith('e:')) total += this.weight.get(k) ?? 0;
      this.totals[a.id] = total;
    }
    let held = 0;
    for (const k of a.keys) if (bk.has(k) && (!words || !k.startsWith('e:'))) held += this.weight.get(k) ?? 0;
    return total ? held / total : 0;
  }

  cosine(a: Unit, b: Unit): number {
    const bk = b.keySet;
    let wa = this.squares[a.id];
    if (Number.isNaN(wa)) {
      wa = 0;
      for (const k of a.keys) {
        const w = this.weight.get(k) ?? 0;
        wa += w * w;
      }
      this.squares[a.id] = wa;
    }
    let shared = 0;
    for (const k of a.keys)
      if (bk.has(k)) {
        const w = this.weight.get(k) ?? 0;
        shared += w * w;
      }
    let wb = this.powers[b.id];
    if (Number.isNaN(wb)) {
      wb = 0;
      for (const k of b.keys) wb += (this.weight.get(k) ?? 0) ** 2;
      this.powers[b.id] = wb;
    }
    return wa && wb ? shared / Math.sqrt(wa * wb) : 0;
  }
}

/** The member that best stands for the claim as a briefing line: the representative when it reads alone (and
 * is not a headline in capitals beside members in ordinary case). */
function lineUnit(d: DraftClaim, w: Weighing): Unit | null {
  const rep = d.representative;
  if (lineAlone(rep) && !w.shouts(rep)) return rep;
  const alt = d.members
    .filter(lineAlone)
    .sort((a, b) => Number(w.shouts(a)) - Number(w.shouts(b)) || b.keys.length - a.keys.length || a.docOrder - b.docOrder || a.sentence - b.sentence);
  if (!lineAlone(rep)) return alt[0] ?? null;
  // the headline's words in ordinary case: the member stating most of what it says, "ChemLawn Corp said its board
  // rejected Waste Management Inc's 27 dlr-per-share tender offer" (all of "CHEMLAWN SAYS IT REJECTS 27 DLRS ...")
  // before the longer "ChemLawn could attract a higher bid than the 27 dlrs ..." (all but the verb)
  let best: Unit | null = null;
  let held = BRIEFING.headlineCovered;
  for (const u of alt) {
    const c = w.shouts(u) ? 0 : w.containedIn(rep, u);
    if (c > held || (c === held && !best)) [best, held] = [u, c];
  }
  return best ?? rep;
}

/** Does line `a` say around line `b`'s phrases what `b` says, with no figure of its own: `BRIEFING.echoCitedWords`
 * lower-case words in runs the two share? (Repeats only when the two cite alike: citeAlike.) */
export const echoesLine = (a: Unit, b: Unit) => !newFigure(a, b) && echoes(a.text, b.text, BRIEFING.echoCitedWords);

/** Do two lines cite mostly the same sentences: at least `BRIEFING.echoCited` of the fewer of the two? */
export function citeAlike(a: readonly Unit[], b: readonly Unit[]): boolean {
  let both = 0;
  for (const u of a) if (b.includes(u)) both++;
  return both > 0 && both >= BRIEFING.echoCited * Math.min(a.length, b.length);
}

/** The story's sentences a line cites. */
const unitsCited = (line: BriefingLine, byDoc: ReadonlyMap<string, Unit[]>): Unit[] =>
  line.support.flatMap((r) => (byDoc.get(r.document) ?? []).filter((u) => u.sentence === r.sentence));

/** Does `a` state a figure `b` does not (another airline's load factor beside Eastern's)? Then it is no repeat. */
const newFigure = (a: Unit, b: Unit, ages: readonly number[] = NO_AGES) =>
  a.figures.some((f) => !ages.includes(f.value) && !b.figures.some((g) => g.value === f.value));
const NO_AGES: readonly number[] = [];

/**
 * Do the two sentences date, place and measure one event alike: a figure, a day or month and a place in common
 * ("In February, a quake measuring 6.4 ... hit the southern town of Zarand, killing 612 people" / "A 6.4-magnitude
 * quake hit the town of Zarand ... in February, killing hundreds")? Their other words (synonyms, the town's
 * population, the toll in figures or in words) leave the weighted overlap low: a briefing takes one. The place is
 * a name typed neither a person nor an organisation (Zarand has no cue for a type); OPEC in common is none: "OPEC
 * output in February was below the 15.8 mln bpd ceiling it set in December" is not the December accord.
 */
export function sameEvent(a: Unit, b: Unit): boolean {
  if (!a.places.length || !b.places.length) return false;
  const bk = b.keySet;
  let figure = false;
  let time = false;
  for (const k of a.keys) {
    if (!bk.has(k)) continue;
    if (k.startsWith('n:')) figure = true;
    else if (TIME_KEYS.has(k)) time = true;
  }
  return figure && time && a.places.some((p) => bk.has(p));
}

/** each written form of a verb of event (EVENT_VERBS), blanks as one space, to its lemma */
const EVENT_LEMMA = new Map(Object.entries(EVENT_VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)));
/** a verb of event, as written (lower case: "Won" opening a sentence is a name), longest forms first */
const EVENT_VERB = new RegExp(
  `\\b(?:${[...EVENT_LEMMA.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'g',
);
/** an auxiliary right before a verb of event, maybe with an adverb between ("was killed", "has been quietly
 * released", "were also elected") */
const PASSIVE_BEFORE = new RegExp(`\\b(?:${EVENT_PASSIVE.auxiliaries.join('|')})\\s+(?:(?:\\p{L}+ly|${EVENT_PASSIVE.between.join('|')})\\s+)?$`, 'iu');
const BLANKS = /\s+/g;

/** The lemma of a verb of event written at `at` ("kill", and "kill passive" after an auxiliary: "was killed"). */
function eventLemma(text: string, written: string, at: number): string | undefined {
  const lemma = EVENT_LEMMA.get(written.replace(BLANKS, ' '));
  if (lemma === undefined) return undefined;
  return PASSIVE_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ? `${lemma} passive` : lemma;
}

/** The events a line tells by a verb of event (EVENT_VERBS) outside quotation marks, as lemmas ("kill", and
 * "kill passive" for "was killed"). */
function eventsOf(text: string): string[] {
  const outside = text.replace(APOSTROPHE, "'").replace(QUOTED_TO_END, (q) => ' '.repeat(q.length));
  const out: string[] = [];
  for (const m of outside.matchAll(EVENT_VERB)) {
    const lemma = eventLemma(outside, m[0], m.index);
    if (lemma !== undefined) out.push(lemma);
  }
  return out;
}

/** a day written relative to the article's (EVENT_DAY_WORDS) or a weekday (TIME_NAMES' first seven) */
const DAY_WORD = new RegExp(`\\b(?:${[...EVENT_DAY_WORDS, ...TIME_NAMES.slice(0, 7)].map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

/** The days a line states: resolved against its article's day (statedDates), and in an undated article the words
 * naming a day as written ("yesterday": statedDates cannot resolve them there). */
function daysOf(u: Unit): string[] {
  const days = statedDates(u.text, u.day).map((d) => d.date);
  if (u.day === null) for (const m of u.text.matchAll(DAY_WORD)) days.push(m[0].toLowerCase().replace(BLANKS, ' '));
  return days;
}

/**
 * Does line `a` tell again the event line `b` tells, in other words: the two open with one subject (Unit.subject: a
 * person or organisation named first), tell an event by a verb of one lemma (EVENT_VERBS), and state one day or give
 * one figure ("W. Mark Felt, Sr., the number 2 man at the FBI during the Watergate scandal, died yesterday from
 * Alzheimer's disease ..." after "W. Mark Felt Sr., the associate director of the FBI ..., died yesterday."), or,
 * stating no day and no figure apart, name a second entity alike (the event's object or place)?
 */
export function sameHappening(a: Unit, b: Unit): boolean {
  if (!sameSubjectEvent(a, b) && !sameDoer(a, b)) return false;
  const ages = agesOf(a.text);
  const agesB = agesOf(b.text);
  if (a.figures.some((f) => !ages.includes(f.value) && b.figures.some((g) => g.value === f.value && !agesB.includes(g.value)))) return true;
  const days = daysOf(b);
  const own = daysOf(a);
  if (days.length > 0 && own.some((d) => days.includes(d))) return true;
  // no day or figure in common, and none apart (an undated article's "today" and another's "Wednesday" are apart as
  // written): the event's object or place named in both, besides its subject ("Microsoft released a critical
  // security patch on Wednesday to plug vulnerabilities in Internet Explorer ..." after "Microsoft has released an
  // emergency patch to fix a software flaw that allows hackers to get into Internet Explorer browsers ..."; not
  // "Microsoft typically releases patches for its software on the second Tuesday of each month ...")
  if ((days.length > 0 && own.length > 0) || newFigure(a, b, ages) || newFigure(b, a, agesB)) return false;
  let both = 0;
  for (const e of a.entities) if (b.entities.includes(e)) both++;
  return both >= 2;
}

/** the two open with one subject (Unit.subject) and tell an event by a verb of one lemma anywhere outside quotes */
function sameSubjectEvent(a: Unit, b: Unit): boolean {
  if (!a.subject.length || !b.subject.some((w) => a.subject.includes(w))) return false;
  const events = eventsOf(b.text);
  return events.length > 0 && eventsOf(a.text).some((e) => events.includes(e));
}

/** an age in apposition to a name or a noun ("Tara Reid, 33, who starred ...", "The actress, 33, reportedly ..."):
 * who the person is, no figure of the event */
const AGE_APPOSITION = /[\p{L}.'’]+,\s+(\d{1,3}),/gu;
function agesOf(text: string): number[] {
  if (!text.includes(',')) return NO_AGES as number[];
  const out: number[] = [];
  for (const m of text.matchAll(AGE_APPOSITION)) out.push(Number(m[1]));
  return out;
}

/** a name's capitalised run as written from its start ("Tara Reid, 33, ..." -> "Tara Reid") */
const NAME_RUN = /^\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*)*/u;
/** the words before a name opening a clause it is the subject of: a subordinate "that", maybe with "the" and one
 * lower-case noun saying who ("... confirmed that the actress Reid was admitted into ..."), an opening quote mark */
const CLAUSE_OPENER = new RegExp(`(?:\\b(?:${EVENT_DOER_OPENERS.join('|')})\\s+(?:the\\s+\\p{Ll}+\\s+)?|["“]\\s*)$`, 'u');
const DOER_TYPES = new Set<string>(SUBJECT.types);
const NAME_GENERIC = new Set(SUBJECT.generic);
const NAME_WORD = /[\p{L}\p{N}]+/gu;

/**
 * The events a line tells with their doers named: each person or organisation opening a clause -- first in the line,
 * after capitalised title words opening it ("Actress Tara Reid entered ..."), after a subordinate "that" or an
 * opening quote mark (EVENT_DOER_OPENERS) -- with each verb of event (EVENT_VERBS) after it before the next such
 * name, inside the same quote or outside quotes alike ("it was confirmed, "Tara Reid has checked herself into
 * Promises Treatment Center."": the quote tells the event with its doer). As the doer's telling words and the
 * lemma ("kill passive" for "was killed").
 */
function doersOf(u: Unit): Array<{ words: string[]; lemma: string }> {
  if (u.names === null) return [];
  const text = u.text.replace(APOSTROPHE, "'");
  const quotes = [...text.matchAll(QUOTED_TO_END)].map((m) => [m.index, m.index + m[0].length] as const);
  const quoteAt = (i: number) => quotes.findIndex(([s, e]) => i >= s && i < e);
  const doers = u.names.filter((n) => DOER_TYPES.has(n.type)).sort((x, y) => x.start - y.start);
  const out: Array<{ words: string[]; lemma: string }> = [];
  for (let k = 0; k < doers.length; k++) {
    const { start } = doers[k];
    const before = text.slice(0, start);
    const opening = before.trim();
    const opens =
      start <= SUBJECT.maxStart ||
      CLAUSE_OPENER.test(before) ||
      (opening !== '' && !opening.includes(',') && titleBefore(text, start).length === opening.split(BLANKS).length);
    if (!opens) continue;
    const name = NAME_RUN.exec(text.slice(start))?.[0];
    if (!name) continue;
    const words = (fold(name.toLowerCase()).match(NAME_WORD) ?? []).filter((w) => !NAME_GENERIC.has(w));
    if (!words.length) continue;
    const from = start + name.length;
    const to = k + 1 < doers.length ? Math.max(from, doers[k + 1].start) : text.length;
    const inQuote = quoteAt(start);
    for (const m of text.slice(from, to).matchAll(EVENT_VERB)) {
      const at = from + m.index;
      if (quoteAt(at) !== inQuote) continue;
      const lemma = eventLemma(text, m[0], at);
      if (lemma !== undefined) out.push({ words, lemma });
    }
  }
  return out;
}

/** the two tell an event by a verb of one lemma with one doer named (doersOf) */
function sameDoer(a: Unit, b: Unit): boolean {
  const theirs = doersOf(b);
  if (!theirs.length) return false;
  return doersOf(a).some((d) => theirs.some((e) => e.lemma === d.lemma && e.words.some((w) => d.words.includes(w))));
}

/** a line opening with a described subject (RETOLD_DESCRIBED: "The former Southern California star ..."), in
 * ordinary case ("THE ..." opens a headline) */
const DESCRIBED = new RegExp(`^(?:${RETOLD_DESCRIBED.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\s`);
/** a clause of contrast going on from a comma (RETOLD_CONTRAST) */
const CONTRAST_CLAUSE = new RegExp(`,\\s+(?:${RETOLD_CONTRAST.join('|')})\\s`, 'i');
/** a figure written with what it counts ("404 yards", "two touchdowns"), not a bare number */
const COUNTED = /\s\p{L}/u;

/**
 * Does line `a` give again the figures line `b` gives: `BRIEFING.retoldFigures` figures of `b` with their counted
 * words as written and fewer of its own, `a` naming no person or organisation but `b`'s subject, or none and opening
 * with a described subject (RETOLD_DESCRIBED), telling no event of its own nor a contrast ("The former Southern
 * California star finished his third season in New Orleans with just 404 yards and two touchdowns on 106 carries."
 * after "Bush rushed for 404 yards and two touchdowns, caught 52 passes for 440 yards and four TDs, ...")?
 */
export function sameFigures(a: Unit, b: Unit): boolean {
  if (a.figures.length < BRIEFING.retoldFigures || CONTRAST_CLAUSE.test(a.text)) return false;
  // (an event of its own is a fact of its own: "A co-worker has been charged in the 1967 slayings of two women ..."
  // after the arrest "... in the 1967 slayings of two women ...")
  const events = eventsOf(b.text);
  if (eventsOf(a.text).some((e) => !events.includes(e))) return false;
  if (a.subject.length ? !b.subject.some((w) => a.subject.includes(w)) : a.names?.some((n) => DOER_TYPES.has(n.type)) !== false || !DESCRIBED.test(a.text))
    return false;
  let shared = 0;
  let own = 0;
  for (const f of a.figures) {
    if (COUNTED.test(f.text) && b.figures.some((g) => g.value === f.value && g.text.toLowerCase() === f.text.toLowerCase())) shared++;
    else if (!b.figures.some((g) => g.value === f.value)) own++;
  }
  return shared >= BRIEFING.retoldFigures && own < shared;
}

/** A line's words inside quotation marks, each stretch apart. */
const quotedIn = (text: string) => (text.replace(APOSTROPHE, "'").match(QUOTED_TO_END) ?? []).join(' … ');

/**
 * Does line `a` quote again what line `b` quotes: runs of `BRIEFING.echoRun` words or more inside quotation marks in
 * both, holding `BRIEFING.retoldQuoteWords` lower-case words that are no function word, the two naming one entity
 * ("“Social Media is totally discriminating against Republican/Conservative voices,” Mr. Trump wrote on Twitter ..."
 * after "President Donald Trump used Twitter ..., claiming they were “totally discriminating against
 * Republican/Conservative voices.”")?
 */
export function sameQuote(a: Unit, b: Unit): boolean {
  // (a figure of its own is a fact of its own: "... without changing the "lower indicative price" (or floor price) of
  // 150 Malaysian/Singapore cents a kilo ..." beside consumers seeking an adjustment of that "lower indicative price")
  if (newFigure(a, b) || !a.entities.some((e) => b.entities.includes(e))) return false;
  const qa = quotedIn(a.text);
  const qb = qa && quotedIn(b.text);
  return !!qb && echoes(qa, qb, BRIEFING.retoldQuoteWords);
}

/** Why line `a` tells again what line `b` tells though their words differ: the same quote, the same event, or null.
 * (A line is dropped for it only when the two cite a sentence in common: writeBriefing.) */
export function retold(a: Unit, b: Unit): 'quote' | 'event' | 'figures' | null {
  return sameQuote(a, b) ? 'quote' : sameHappening(a, b) ? 'event' : sameFigures(a, b) ? 'figures' : null;
}

/** a word of a line, as echoes compares them */
const ECHO_WORD = /[\p{L}\p{N}]+/gu;
const LOWER_FIRST = /^\p{Ll}/u;
const wordsOf = (text: string) => text.replace(/[’‘]/g, "'").match(ECHO_WORD) ?? [];
/** echoes' two rows of run lengths, re-used from call to call (grown for a longer line) */
let echoRows = [new Uint16Array(64), new Uint16Array(64)];

/**
 * Does `a` repeat `b`'s wording: runs of `BRIEFING.echoRun` words or more the two share (case aside), holding
 * `BRIEFING.echoWords` different words of `a` written lower-case that are no function word? Names in common ("U.S. Fish and
 * Wildlife Service", "Supreme Court Justice Ruth Bader Ginsburg") tell two facts of one subject, not one fact twice.
 */
export function echoes(a: string, b: string, words: number = BRIEFING.echoWords): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b).map((w) => w.toLowerCase());
  const folded = x.map((w) => w.toLowerCase());
  const inRun = new Uint8Array(x.length);
  // the run lengths ending at each word of `y`, for the word of `x` before and this one: two rows re-used, each
  // entry written in turn (a new row per word of `x` was most of the function's time)
  if (echoRows[0].length <= y.length) echoRows = [new Uint16Array(2 * y.length + 2), new Uint16Array(2 * y.length + 2)];
  let prev = echoRows[0];
  let cur = echoRows[1];
  prev.fill(0, 0, y.length + 1);
  cur[0] = 0;
  for (let i = 1; i <= x.length; i++) {
    const w = folded[i - 1];
    for (let j = 1; j <= y.length; j++) {
      if (w !== y[j - 1]) {
        cur[j] = 0;
        continue;
      }
      cur[j] = prev[j - 1] + 1;
      if (cur[j] >= BRIEFING.echoRun) inRun.fill(1, i - cur[j], i);
    }
    const done = cur;
    cur = prev;
    prev = done;
  }
  // (each word once: a wire's "senior debt ... senior debt ... subordinated debt" is one template's three words)
  const said = new Set<string>();
  for (let i = 0; i < x.length; i++)
    if (inRun[i] && x[i].length > 1 && LOWER_FIRST.test(x[i]) && !QUOTE_STOP.has(folded[i]) && !ECHO_WEAK.has(folded[i])) said.add(folded[i]);
  return said.size >= words;
}

export function writeBriefing(input: Input): BriefingLine[] {
  const picked: Unit[] = [];
  const lines: BriefingLine[] = [];
  const actors = new Set<string>();
  // by the pair of unit ids as one number: no key string built per question (asked per pool claim per round)
  const similarity = new Map<number, number>();
  const span = input.drafts.reduce((n, d) => d.members.reduce((m, u) => Math.max(m, u.id + 1), n), 0);
  const weighing = new Weighing(input.weight, span);
  const sim = (u: Unit, p: Unit) => {
    const k = u.id * span + p.id;
    let v = similarity.get(k);
    if (v === undefined) similarity.set(k, (v = weighing.cosine(u, p)));
    return v;
  };
  const repeats = (u: Unit, p: Unit) =>
    sim(u, p) >= BRIEFING.redundancy ||
    sameEvent(u, p) ||
    (weighing.containedIn(u, p) >= BRIEFING.containment && !newFigure(u, p)) ||
    (weighing.containedIn(p, u) >= BRIEFING.containment && !newFigure(p, u));
  // a pool's claims are asked again each round against the lines picked so far: what a unit was told is kept
  // (how many lines it was checked against, and whether one repeated it) while lines are only added; a swap
  // changes the list, and `changed` makes every unit start over
  let changed = 0;
  const checked = new Map<Unit, { changed: number; upTo: number; hit: boolean }>();
  const redundant = (u: Unit) => {
    let c = checked.get(u);
    if (!c || c.changed !== changed) checked.set(u, (c = { changed, upTo: 0, hit: false }));
    for (; !c.hit && c.upTo < picked.length; c.upTo++) if (repeats(u, picked[c.upTo])) c.hit = true;
    return c.hit;
  };
  // a claim's line unit depends on its members and the weights alone: worked out once, not once per pool round
  const lineOf = new Map<DraftClaim, Unit | null>();
  const lineUnitOf = (d: DraftClaim) => {
    let u = lineOf.get(d);
    if (u === undefined) lineOf.set(d, (u = lineUnit(d, weighing)));
    return u;
  };
  // a unit's actors, read once: a pool's claims are asked for their new actors again each round
  const actorsKnown = new Array<string[] | undefined>(span);
  const actorsAt = (u: Unit) => (actorsKnown[u.id] ??= actorsOf(u));
  const byDoc = new Map<string, Unit[]>();
  for (const d of input.drafts) for (const m of d.members) (byDoc.get(m.doc) ?? byDoc.set(m.doc, []).get(m.doc)!).push(m);
  // the story's setting (settingKeys), worked out at the first line's citations
  let settingOnce: ReadonlySet<string> | null = null;
  const setting = () => (settingOnce ??= settingKeys(byDoc, input.documents.length));
  // the people the lines so far name in full (SURNAME_ONLY)
  const named = new Set<string>();
  const unitOf = new Map<BriefingLine, Unit>();
  // the unit a claim's line shows (fullerMember)
  const shown = (d: DraftClaim, line: Unit) => fullerMember(d, line, named, weighing, redundant);
  const add = (d: DraftClaim, u: Unit, singleSource: boolean) => {
    picked.push(u);
    for (const id of u.fullNames) named.add(id);
    for (const a of actorsAt(u)) actors.add(a);
    const support: SentenceRef[] = citations(u, d.members, byDoc, setting()).map((m) => ({ document: m.doc, sentence: m.sentence }));
    const out: BriefingLine = { text: trimLine(u.text), support, ...(singleSource ? { singleSource: true } : {}) };
    lines.push(out);
    unitOf.set(out, u);
  };
  // a wire headline in capitals picked before a sentence saying it in ordinary case gives its place to that
  // sentence ("DEAN WITTER AGREES TO SEC CENSURE ..." / "Federal regulators said Dean Witter ... agreed to a censure ...")
  const swapIn = (d: DraftClaim, u: Unit, singleSource: boolean): boolean => {
    if (weighing.shouts(u)) return false;
    const i = picked.findIndex((p) => weighing.shouts(p) && weighing.containedIn(p, u) >= BRIEFING.containment && !newFigure(p, u));
    if (i < 0) return false;
    const rest = picked.splice(i, 1);
    changed++;
    const alone = !redundant(u);
    picked.splice(i, 0, ...rest);
    changed++;
    if (!alone) return false;
    picked[i] = u;
    changed++;
    for (const a of actorsAt(u)) actors.add(a);
    const support: SentenceRef[] = citations(u, d.members, byDoc, setting()).map((m) => ({ document: m.doc, sentence: m.sentence }));
    lines[i] = { text: trimLine(u.text), support, ...(singleSource ? { singleSource: true } : {}) };
    unitOf.set(lines[i], u);
    for (const id of u.fullNames) named.add(id);
    return true;
  };

  // a line around a picked line's phrases, the two citing mostly the same sentences and near in their weighted
  // terms, says its fact again ("Governor Palin stopped by the church this morning and "told an assistant pastor that she apologizes if
  // the incident is in any way connected to the undeserved negative attention ..."" after "..., the Alaska Governor
  // said she apologizes if the incident was in any way connected to "undeserved negative attention" ..."): not taken
  // ... and a line telling a picked line's quote or event again in other words (retold), the two citing a sentence
  // in common, introducing no one, is not taken either
  // a line's cited sentences, read once per line (a line's support is fixed once it is made)
  const citedOf = new Map<BriefingLine, Unit[]>();
  const citedBy = (line: BriefingLine) => {
    let c = citedOf.get(line);
    if (c === undefined) citedOf.set(line, (c = unitsCited(line, byDoc)));
    return c;
  };
  const echoesCited = (d: DraftClaim, u: Unit): boolean => {
    let cited: Unit[] | null = null;
    for (let k = 0; k < picked.length; k++) {
      const echo = sim(u, picked[k]) >= BRIEFING.echoCosine && echoesLine(u, picked[k]);
      // (a line naming someone in full whom no line before does introduces them: "PHLCorp ... said Cumming and
      // Steinberg were also elected to the board of directors, as were James N. Kimball and Michael T. Lynch.")
      if (!echo && !u.fullNames.every((id) => named.has(id))) continue;
      cited ??= citations(u, d.members, byDoc, setting());
      const other = citedBy(lines[k]);
      if (echo) {
        if (citeAlike(cited, other)) return true;
        continue;
      }
      // told again in other words: asked only of a line citing a sentence in common (most cite none, and retold's
      // readings of the two lines are the dearer question)
      if (cited.some((c) => other.includes(c)) && retold(u, picked[k]) !== null) return true;
    }
    return false;
  };

  // corroborated claims, tier by tier of independent sources; within a tier new actors first
  const corroborated = input.drafts.filter((d) => d.independent >= 2);
  // (nothing mapped when no claim is corroborated: an empty list is another kind to V8 than a filled one)
  const tiers = corroborated.length === 0 ? [] : [...new Set(corroborated.map((d) => d.independent))].sort((a, b) => b - a);
  for (const tier of tiers) {
    let pool = corroborated.filter((d) => d.independent === tier);
    while (pool.length && picked.length < BRIEFING.maxCorroborated) {
      const swapped = pool.find((d) => {
        const u = lineUnitOf(d);
        return u !== null && redundant(u) && swapIn(d, u, false);
      });
      if (swapped) pool = pool.filter((d) => d !== swapped);
      // (one pushed list of one kind to V8, empty or not; each claim's line, redundancy and new actors asked in
      // pool order as before: none of them changes what the others answer)
      const scored = objectList<{ d: DraftClaim; i: number; u: Unit; fresh: number }>();
      for (let i = 0; i < pool.length; i++) {
        const d = pool[i];
        const u = lineUnitOf(d);
        if (u === null || redundant(u)) continue;
        let fresh = 0;
        for (const a of actorsAt(u)) if (!actors.has(a)) fresh++;
        scored.push({ d, i, u, fresh });
      }
      if (!scored.length) break;
      // input order is rank order (docs carried, then position): new actors move a claim up
      scored.sort((a, b) => Math.min(b.fresh, 2) - Math.min(a.fresh, 2) || a.i - b.i);
      const best = scored[0];
      const u = shown(best.d, best.u);
      if (!echoesCited(best.d, u)) add(best.d, u, false);
      pool = pool.filter((d) => d !== best.d);
    }
  }

  // single-source claims worth knowing: carried by several outlets (copies) or early in their article
  const target = Math.max(BRIEFING.min, Math.min(BRIEFING.max, picked.length + BRIEFING.maxSingle));
  // a lone sentence's line is the sentence when it reads alone, else none (lineUnit): it is ordered as itself and read
  // only when its turn comes (most of a long story's are never reached); no two entries tie (a sentence is one draft's)
  // (one list pushed to, of one kind to V8 empty or not: a map() of no single-source claims was another kind)
  const singles = objectList<{ d: DraftClaim; u: Unit }>();
  for (const d of input.drafts) {
    if (d.independent >= 2) continue;
    const u = d.members.length === 1 ? d.representative : lineUnitOf(d);
    if (u !== null) singles.push({ d, u });
  }
  singles.sort((a, b) => b.d.docs.length - a.d.docs.length || a.u.position - b.u.position || a.u.docOrder - b.u.docOrder || a.u.sentence - b.u.sentence);
  let added = 0;
  const tail = lines.length;
  for (const s of singles) {
    if (lines.length >= target || (added >= BRIEFING.maxSingle && lines.length >= BRIEFING.min)) break;
    if (s.d.members.length === 1 && !lineAlone(s.u)) continue;
    if (redundant(s.u)) {
      swapIn(s.d, s.u, true);
      continue;
    }
    // (a line in other words around an earlier line's phrases, with no figure of its own and naming no one in full
    // whom no line before does, is dropped: the earlier one says it; a wire's template "... said sales for the four
    // weeks ended February 28 were up ..." tells each firm's figures, and "Palin spokesman Bill McAllister said ..."
    // introduces the man a later "..., McAllister added." quotes)
    if (s.u.fullNames.every((id) => named.has(id)) && picked.some((p) => !newFigure(s.u, p) && echoes(s.u.text, p.text))) continue;
    const u = shown(s.d, s.u);
    if (echoesCited(s.d, u)) continue;
    add(s.d, u, true);
    added++;
  }
  return notesLast(fullNamesFirst(ledesFirst(lines, picked, tail, byDoc), unitOf, byDoc));
}

const NOTE = new RegExp(TABLE_NOTE);
/** a statement made ("made the comments", "made his remarks"), or a noun opening the line as its subject ("The move
 * complicated ..."; not "The move by ...") */
const BACK_REFERENCE = new RegExp(
  `\\b(?:${BACK_REFERENCES.made.join('|')})\\s+(?:${BACK_REFERENCES.determiners.join('|')})\\s+(?:${BACK_REFERENCES.statements.join('|')})\\b` +
    `|^(?:${BACK_REFERENCES.determiners.join('|')})\\s+(?:${BACK_REFERENCES.openers.join('|')})\\b(?!\\s+(?:${BACK_REFERENCES.which.join('|')})\\b)(?![,;:])`,
  'i',
);

/** Does the line point back to what a line before it says ("Reagan made the comments at a photo session ...")? */
export const pointsBack = (text: string) => BACK_REFERENCE.test(text);

/** The lines, a table's notes after the rest ("NOTE: Qtly div payable April six ..." after "For the year 1986, the
 * provisions for mergers and restructuring expenses brought ..."), each part in its order. */
export function notesLast(lines: BriefingLine[]): BriefingLine[] {
  if (!lines.some((l) => NOTE.test(l.text))) return lines;
  return [...lines.filter((l) => !NOTE.test(l.text)), ...lines.filter((l) => NOTE.test(l.text))];
}

/**
 * The member of the claim to show for its line `u` when `u` names someone by surname alone whom no line before names
 * in full ("Mr. Rother said the group’s stance ..."): one that reads alone and leaves no one so named (naming them
 * in full: "“I’m not going to pay,” Vicente Fox said, ..." for "... Fox told Fusion’s Jorge Ramos ..."), the one
 * holding most of `u`'s content, at least `BRIEFING.fullerCovered` of it (a claim's members may tell more than one
 * fact); else `u`. The line cites the claim's sentences that back it, as any line does.
 */
function fullerMember(d: DraftClaim, u: Unit, named: ReadonlySet<string>, w: Weighing, redundant: (u: Unit) => boolean): Unit {
  if (d.members.length === 1) return u;
  const unnamed = u.surnames.filter((id) => !named.has(id));
  if (!unnamed.length) return u;
  let best: Unit | null = null;
  let held = BRIEFING.fullerCovered;
  for (const m of d.members) {
    if (m === u || !unnamed.every((id) => m.fullNames.includes(id)) || !m.surnames.every((id) => named.has(id))) continue;
    const c = w.containedIn(u, m);
    if (c >= held && !w.shouts(m) && lineAlone(m) && !redundant(m)) [best, held] = [m, c];
  }
  return best ?? u;
}

/**
 * The lines in order, a line naming someone in full moved before the first line that names them by surname alone
 * ("Rep. Bruce Braley (D-Iowa), who is running to succeed ..." before "Mr. Braley apologized to Senator Charles E.
 * Grassley ..."): a reader meets the person before the surname. Each line moves once at most; a line pointing back
 * (pointsBack) never does.
 */
export function fullNamesFirst(lines: BriefingLine[], unitOf: ReadonlyMap<BriefingLine, Unit>, byDoc: ReadonlyMap<string, Unit[]>): BriefingLine[] {
  const out = lines.slice();
  const named = new Set<string>();
  const moved = new Set<BriefingLine>();
  // a single-source line goes before a corroborated one only as its article's lede (what the article opens with,
  // not a remark the tail chose: "“That person is dangerous ...,” said Lt. Gregg Hastings ..." stays where it was)
  // a line pointing back stays after the lines before it ("Reagan made the comments at a photo session with William
  // Webster ..." would lead with nothing said)
  const mayMove = (l: BriefingLine, before: BriefingLine, u: Unit) =>
    !moved.has(l) && !pointsBack(l.text) && (!!l.singleSource === !!before.singleSource || isLede(u, byDoc));
  for (let i = 0; i < out.length; i++) {
    const u = unitOf.get(out[i]);
    if (!u) continue;
    // a line moved up pulls no other before it (a chain would put a side figure first: "Vincent Gigante, ... the
    // Genovese crime family boss" pulling "... making Gigante's patron, Vito Genovese, kingpin ...")
    const unnamed = moved.has(out[i]) ? [] : u.surnames.filter((id) => !named.has(id));
    if (unnamed.length) {
      const j = out.findIndex((l, at) => {
        const o = at > i ? unitOf.get(l) : undefined;
        return !!o?.fullNames.some((id) => unnamed.includes(id)) && mayMove(l, out[i], o!);
      });
      if (j > i) {
        moved.add(out[j]);
        out.splice(i, 0, ...out.splice(j, 1));
        i--;
        continue;
      }
    }
    for (const id of u.fullNames) named.add(id);
  }
  return out;
}

/** Do the two sentences name one person (a company named in both is often two stories of it: Alcan's smelter and its
 * stock split)? */
const sharesPerson = (a: Unit, b: Unit) => a.persons.some((p) => b.persons.includes(p));

/** Is the sentence its article's lede: the first the story holds of it? */
const isLede = (u: Unit, byDoc: ReadonlyMap<string, Unit[]>) => (byDoc.get(u.doc) ?? []).every((o) => o.sentence >= u.sentence);

/**
 * The single-source lines from `tail` on, an article's lede (its first sentence the story holds) moved before the
 * first line of the tail that is no lede and is of its article or names one of its people: what
 * happened before a later detail or a remark on it ("Former Mexican President Vicente Fox says Mexico will not pay
 * for a wall ..." before "“I’m not going to pay for that fucking wall,” Fox told Fusion’s Jorge Ramos ..."). The tail
 * is chosen by copies first; a lede of another subject keeps its place (a wire story's lines stay together).
 */
export function ledesFirst(lines: BriefingLine[], picked: Unit[], tail: number, byDoc: Map<string, Unit[]>): BriefingLine[] {
  if (lines.length - tail < 2) return lines;
  const lede = (u: Unit) => isLede(u, byDoc);
  const units = picked.slice(tail);
  const out = lines.slice(tail);
  for (let j = 1; j < units.length; j++) {
    const u = units[j];
    if (!lede(u)) continue;
    const i = units.findIndex((o, at) => at < j && !lede(o) && (o.doc === u.doc || sharesPerson(u, o)));
    if (i < 0) continue;
    units.splice(i, 0, ...units.splice(j, 1));
    out.splice(i, 0, ...out.splice(j, 1));
  }
  return [...lines.slice(0, tail), ...out];
}
