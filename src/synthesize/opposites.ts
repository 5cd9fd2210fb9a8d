// Opposite events of one thing: "Lindsay Lohan has checked into the Betty Ford Center" and "Lindsay Lohan has left
// the Betty Ford Center" share most of their words, yet the second does not back the first. A sentence tells an
// event by a form of one side of a pair (OPPOSITE_EVENTS: enter / leave, rise / fall, hire / fire, open / close,
// arrest / release), about the words of its clause that say what it happened to (its thing). Two sentences are
// opposed when one tells one side and the other the other side of things sharing a word, and neither tells too,
// even in passing ("down from", "after rising", "checking out"), the other's side of that thing.
import { fold } from '../common/normalize.ts';
import {
  KEY_LENGTH,
  OPPOSITE_CLAUSE_ENDS,
  OPPOSITE_CONTEXT,
  OPPOSITE_EVENTS,
  OPPOSITE_IDIOMS,
  OPPOSITE_NOT_ABOUT,
  OPPOSITE_POINTERS,
  QUOTE_STOP,
} from './lexicon.ts';

/** An event a sentence tells: its pair and side, the keys of what it happened to, and whether it is told as an
 * event (a form of the side) or in passing (a loose word: only read to say the sentence tells that side too). */
interface Told {
  pair: number;
  side: 0 | 1;
  /** the keys of its thing (OPPOSITE_EVENTS' `thing`), or of the clause before when its own clause has none */
  thing: ReadonlySet<string>;
  /** the keys of its whole clause (with the clause before's when it has none of its own) */
  clause: ReadonlySet<string>;
  /** the figures its clause states as written, years left out ("21.32", "20.75") */
  figures: ReadonlySet<string>;
  strict: boolean;
  /** the form as written (lower case), for tests and reasons */
  form: string;
}

/** a word, a figure, or a mark that ends a clause (a comma inside a figure, "277,500", is the figure's) */
const TOKEN = /[\p{L}][\p{L}'’-]*|\d+(?:[.,/-]\d+)*|--|[,;:()"“”«»—–]|\s-\s/gu;
const LETTER_FIRST = /^\p{L}/u;
/** a year: no figure of the event ("in January 1987 from 54,000 in January 1986") */
const YEAR = /^(?:19|20)\d\d$/;
const DIGIT_FIRST = /^\d/;
const POSSESSIVE = /['’]s?$/;

interface Form {
  words: readonly string[];
  pair: number;
  side: 0 | 1;
  strict: boolean;
  /** the idioms' patterns for the words after it */
  idioms: readonly RegExp[];
}

const IDIOMS = new Map<string, RegExp[]>();
for (const [form, after] of OPPOSITE_IDIOMS) (IDIOMS.get(form) ?? IDIOMS.set(form, []).get(form)!).push(new RegExp(after));

/** each form by its first word, longest first */
const FORMS = new Map<string, Form[]>();
/** every word of a form: telling which side, never what about */
const FORM_WORDS = new Set<string>();
OPPOSITE_EVENTS.forEach((p, pair) => {
  for (const strict of [true, false])
    for (const side of [0, 1] as const)
      for (const f of (strict ? p.sides : p.loose)[side]) {
        const words = f.split(' ');
        for (const w of words) if (w !== '#') FORM_WORDS.add(w);
        (FORMS.get(words[0]) ?? FORMS.set(words[0], []).get(words[0])!).push({ words, pair, side, strict, idioms: strict ? (IDIOMS.get(f) ?? []) : [] });
      }
});
for (const list of FORMS.values()) list.sort((a, b) => b.words.length - a.words.length);
/** a text holding no form of a side (as a whole word, lower case) tells no event: not parsed */
const ANY_STRICT = new RegExp(
  `\\b(?:${OPPOSITE_EVENTS.flatMap((p) => [...p.sides[0], ...p.sides[1]])
    .map((f) => f.split(' ')[0])
    .join('|')})\\b`,
);
const FOLLOW = OPPOSITE_EVENTS.map((p) => (p.follow ? new Set(p.follow) : null));
const DETERMINERS = new Set(OPPOSITE_CONTEXT.determiners);
const NEGATIONS = new Set(OPPOSITE_CONTEXT.negations);
const PASSIVE = new Set(OPPOSITE_CONTEXT.passive);
const CLAUSE_ENDS = new Set(OPPOSITE_CLAUSE_ENDS);
const POINTERS = new Set(OPPOSITE_POINTERS);

interface Token {
  word: string;
  num: boolean;
}

/** The key a word says what an event is about by, or null: a function word, a unit, a time word, a form's word, an
 * -ly word, a figure. */
function aboutKey(t: Token): string | null {
  if (t.num) return null;
  const w = fold(t.word.replace(POSSESSIVE, ''));
  if (w.length < 3 || QUOTE_STOP.has(w) || OPPOSITE_NOT_ABOUT.has(w) || FORM_WORDS.has(w) || w.endsWith('ly')) return null;
  return w.slice(0, KEY_LENGTH);
}

function keysOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const k = aboutKey(t);
    if (k !== null) out.add(k);
  }
  return out;
}

/** The sentence's clauses as lower-case tokens: cut at marks and at OPPOSITE_CLAUSE_ENDS (the word starts the next). */
function clausesOf(text: string): Token[][] {
  const out: Token[][] = [[]];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (!LETTER_FIRST.test(raw) && !DIGIT_FIRST.test(raw)) {
      if (out[out.length - 1].length) out.push([]);
      continue;
    }
    const word = raw.toLowerCase().replace(/’/g, "'");
    if (CLAUSE_ENDS.has(word) && out[out.length - 1].length) out.push([]);
    out[out.length - 1].push({ word, num: DIGIT_FIRST.test(raw) });
  }
  return out.filter((c) => c.length);
}

/** Does `form` stand at `i` of the clause (a `#` matching a figure)? */
function matchesAt(clause: readonly Token[], i: number, form: Form): boolean {
  if (i + form.words.length > clause.length) return false;
  return form.words.every((w, k) => (w === '#' ? clause[i + k].num : clause[i + k].word === w));
}

/** Is the form at `i` told as an event: no determiner right before (an adjective), no negation or hedge in the three
 * words before, no idiom after, and for a pair of the subject's change (`follow`) no object after. */
function tellsAt(clause: readonly Token[], i: number, end: number, form: Form): boolean {
  if (i > 0 && DETERMINERS.has(clause[i - 1].word)) return false;
  for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATIONS.has(clause[k].word) || clause[k].word.endsWith("n't")) return false;
  if (!form.strict) return true;
  const rest = clause
    .slice(end)
    .map((t) => t.word)
    .join(' ');
  if (form.idioms.some((re) => re.test(rest))) return false;
  const follow = FOLLOW[form.pair];
  if (follow === null || end >= clause.length) return true;
  const next = clause[end];
  return next.num || follow.has(next.word) || next.word.endsWith('ly');
}

/** a be-form right before `i`, an -ly word between at most */
function passiveAt(clause: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && clause[k].word.endsWith('ly')) k--;
  return k >= 0 && PASSIVE.has(clause[k].word);
}

const told = new WeakMap<object, readonly Told[]>();
const NONE: readonly Told[] = [];

/** The events a sentence tells, by side, with what each is about (kept per unit: a line is asked against each
 * candidate citation). */
function toldEvents(u: { text: string }): readonly Told[] {
  let out = told.get(u);
  if (out === undefined) told.set(u, (out = ANY_STRICT.test(u.text) ? eventsIn(u.text) : NONE));
  return out;
}

export function eventsIn(text: string): Told[] {
  const out: Told[] = [];
  let before: Set<string> = new Set();
  for (const clause of clausesOf(text)) {
    const all = keysOf(clause);
    // a clause saying nothing of its own, or opening with a pointer ("which rose 4-7/8", "then left it"), is about
    // what the clause before names
    const pointer = POINTERS.has(clause[0].word);
    const whole = all.size && !pointer ? all : new Set([...all, ...before]);
    const figures = new Set(clause.filter((t) => t.num && !YEAR.test(t.word)).map((t) => t.word));
    for (let i = 0; i < clause.length; i++) {
      const forms = FORMS.get(clause[i].word);
      if (!forms) continue;
      for (const form of forms) {
        if (!matchesAt(clause, i, form)) continue;
        const end = i + form.words.length;
        if (!tellsAt(clause, i, end, form)) break;
        const kind = OPPOSITE_EVENTS[form.pair].thing;
        const agent = keysOf(clause.slice(0, i));
        const patient = keysOf(clause.slice(end));
        let thing = kind === 'agent' ? agent : kind === 'patient' ? patient : passiveAt(clause, i) || !patient.size ? agent : patient;
        if (!thing.size) thing = before;
        out.push({ pair: form.pair, side: form.side, thing, clause: whole, figures, strict: form.strict, form: form.words.join(' ') });
        i = end - 1;
        break;
      }
    }
    if (all.size) before = all;
  }
  return out;
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  for (const k of a) if (b.has(k)) return true;
  return false;
};

/** Does the sentence tell, as an event or in passing, the side of `pair` that `other` tells, in a clause about a
 * word of its thing or stating one of its figures ("... although the government's share rose to 21.32 billion from
 * 20.75 billion" tells the rise of "Government departments and Reserve Bank foreign debt rose to 21.32 billion ...")? */
const tellsToo = (events: readonly Told[], other: Told) =>
  events.some(
    (e) => e.pair === other.pair && e.side === other.side && (meets(e.clause, other.thing) || meets(e.thing, other.thing) || meets(e.figures, other.figures)),
  );

/** the figures a sentence states, years left out */
function figuresIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(TOKEN)) if (DIGIT_FIRST.test(m[0]) && !YEAR.test(m[0])) out.add(m[0]);
  return out;
}

/**
 * Do the two sentences tell opposite events of one thing: an event of one side in `a`, of the other in `b`, their
 * things sharing a word, and neither sentence telling the other's side of that thing too ("had checked in to the
 * Morningside Recovery rehab facility, but the starlet left it" opposes neither the check-in nor the leaving), nor
 * the two stating a figure in common (the next month's "fell to 7.8 pct in February from 7.9 pct in January" states
 * the January rate of "rose to 7.9 pct in January from 7.8 pct in December")? The opposed pair's forms, or null.
 */
export function opposedBy(a: { text: string }, b: { text: string }): [string, string] | null {
  if (a.text === b.text) return null;
  const ea = toldEvents(a);
  if (!ea.length) return null;
  const eb = toldEvents(b);
  if (!eb.length) return null;
  for (const x of ea) {
    if (!x.strict) continue;
    for (const y of eb) {
      if (!y.strict || y.pair !== x.pair || y.side === x.side || !meets(x.thing, y.thing)) continue;
      if (tellsToo(eb, x) || tellsToo(ea, y) || meets(figuresIn(a.text), figuresIn(b.text))) continue;
      return [x.form, y.form];
    }
  }
  return null;
}

export const opposed = (a: { text: string }, b: { text: string }) => opposedBy(a, b) !== null;
