// Where a sentence tells what it says and where it only frames it: an attributed sentence's speaker and speech
// verb (and what follows the tag: "..., prosecutor Seth Goldman said at the start of the murder trial of ...") frame
// what the speaker says; the rest is told. Claims ask it of a wording (claims.ts framedWordings): a sentence whose
// words shared with the claim's other members sit in its frame is about the claim's event, not a statement of it
// ("A Brooklyn woman who claims she had a bird's-eye view of the fatal police shooting of ... Gray says the youth
// did not have a gun in his hand").
import { DANGLING_SPEAKERS, FRAME } from './lexicon.ts';

/** a quoted stretch: a double mark of either kind to the next (or the sentence's end) */
const QUOTE_SPAN = /["“][^"“”]*(?:["”]|$)|«[^»]*(?:»|$)/g;
/** a verb of saying, as a word */
const SPEECH_VERB = new RegExp(`(?<![\\p{L}'’-])(?:${DANGLING_SPEAKERS.verbs.join('|')})(?![\\p{L}'’-])`, 'u');
const WORD = /[\p{L}\p{N}]+/gu;

/** The quoted stretches of a text from `from` to `to`, one after another: a quote in the frame is told all the same
 * ("..., Mr. Perry says in the ad, "but you don't need ...""). The stretches are the whole text's (a straight mark
 * closing a quote before `from` opens none). */
function quotedIn(text: string, from: number, to: number): string {
  let out = '';
  for (const m of text.matchAll(QUOTE_SPAN)) if (m.index >= from && m.index + m[0].length <= to) out += ` ${m[0]}`;
  return out;
}

/** A sentence's told part and its frame: the asides its attribution adds, outside what it tells. */
export interface Framed {
  told: string;
  frame: string;
}

/** an adverbial opening a tag's words after its verb ("at the start of ...", "Friday", "in a statement") */
const TAG_TAIL = new RegExp(`^\\s*(?:${FRAME.tagOpeners.join('|')})\\b`, 'u');
/** a relative pronoun opening a clause about the speaker ("A Brooklyn woman who claims ...") */
const RELATIVE = /\b(?:who|which|whose)\b/u;

/**
 * The told part and frame of an attributed sentence, by its first verb of saying outside quotation marks
 * (DANGLING_SPEAKERS.verbs). A tag -- a comma or a quote's close, at most FRAME.tagWords words, the verb, and nothing
 * or an adverbial after it ('"...," prosecutor Seth Goldman said at the start of the murder trial of ...', "...,
 * police said on Sunday") -- tells what is before it; its frame is the adverbial after the verb. Else the verb's
 * speaker comes first and what follows is told ("A woman who ... says the youth did not have a gun"); its frame is a
 * relative clause about the speaker opening in the first FRAME.subjectWords words, with no comma inside ("who claims
 * she had a bird's-eye view of the fatal police shooting of ..."), none without one. Quotation marks' words are told wherever they are.
 * Null with no verb of saying.
 */
export function framedParts(text: string): Framed | null {
  const outside = text.replace(QUOTE_SPAN, (q) => ' '.repeat(q.length));
  const verb = SPEECH_VERB.exec(outside);
  if (!verb) return null;
  const before = text.slice(0, verb.index);
  const end = verb.index + verb[0].length;
  const count = (s: string) => (s.match(WORD) ?? []).length;
  const rest = outside.slice(end);
  const tag = Math.max(before.lastIndexOf(','), before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf('»'));
  // (a comma right before the verb closes an apposition or a clause about the speaker: "Kuwait's Oil Minister, Sheikh
  // Ali al-Khalifa al-Sabah, said in remarks ... there were no plans" is no tag)
  const between = count(before.slice(tag + 1));
  if (tag > 0 && (between > 0 || before[tag] !== ',') && between <= FRAME.tagWords && (count(rest) === 0 || TAG_TAIL.test(rest)))
    return { told: text.slice(0, tag) + quotedIn(text, tag + 1, text.length), frame: rest };
  const relative = RELATIVE.exec(outside.slice(0, verb.index));
  const clause = relative && count(outside.slice(0, relative.index)) < FRAME.subjectWords ? outside.slice(relative.index, verb.index) : '';
  // (one clause: a comma inside it, but for one closing it, goes on to another subject -- "The three who voted ...
  // would not comment, but Howard said")
  const frame = clause.replace(/,\s*$/u, '').includes(',') ? '' : clause;
  return { told: quotedIn(text, 0, end) + text.slice(end), frame };
}
