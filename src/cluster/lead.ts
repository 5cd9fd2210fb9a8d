// The lead subject of an item: the name that opens its title or its first sentence, the grammatical
// subject of most wire items ("GECC issues 75 mln Australian dlr eurobond", "Dahlberg Inc 4th qtr net",
// "Merrill Lynch and Co is issuing ..."). Many short items of one template about different companies share
// their topic words, figures and dates; their lead subjects tell them apart. Two sides whose lead subjects
// are both known and share nothing are scaled down (similarity.ts) unless either names the other's subject or
// their names or text agree strongly.
import type { TextDocument } from '../model.ts';
import { nameKey } from './features.ts';
import { LEAD_CONNECTORS, LEAD_RUN, LEAD_SKIP, NOT_NAMES, ORGANISATION_WORDS } from './lexicon.ts';

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Keys of a word as a lead: "Trans-Lux" is "translux" and "trans" ("TRANS LUX" elsewhere). */
function keysOf(word: string): string[] {
  const key = nameKey(word);
  if (key.length < 2 || /^\d/.test(key) || NOT_NAMES.has(key) || LEAD_SKIP.has(key)) return [];
  const head = nameKey(word.split(/[-‐]/)[0]);
  return head !== key && head.length >= 2 && !/^\d/.test(head) ? [key, head] : [key];
}

/** The words of a title or sentence after any leading determiners and punctuation ("The", "-"). */
function opening(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (nameKey(words[i]) === '' || LEAD_SKIP.has(nameKey(words[i])))) i++;
  return words.slice(i);
}

/** The words a text writes in lower case somewhere (as keys): in a caseless title, those are no name's. */
function lowerWords(doc: TextDocument): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) for (const w of s.words) if (LOWER.test(w[0] ?? '')) out.add(nameKey(w));
  return out;
}

/** A bracketed code after a company's name: "<DAHL>", "(IBM)", "<CRAA.S>" (not "(52-3," or "(Finally)"). */
const CODE = /^[<(]\p{Lu}[\p{Lu}\p{N}.]{0,9}[>)]?[,;:]?$/u;
/** A name opening in brackets ("<FRANKLIN GOLD FUND>", "(CAMBIOR INC)"): the run goes on inside them. */
const BRACKETED = /^[<(]/;

/**
 * The name run opening `words` (capitalised words and the connectors between them, "Merrill Lynch and Co"; in a
 * caseless title every word up to a figure or a word the text writes in lower case), whether it names an
 * organisation (a legal form or an organisation's head among its words, or a bracketed code after it: "<DAHL>",
 * "(IBM)"), and that code's key.
 */
function nameRun(words: string[], lower: ReadonlySet<string> | null): { run: string[]; organisation: boolean; code?: string } {
  const run: string[] = [];
  for (const w of words.slice(0, LEAD_RUN)) {
    if (CODE.test(w) && run.length > 0) return { run, organisation: true, code: nameKey(w) };
    if (BRACKETED.test(w) && run.length > 0) break;
    const key = nameKey(w);
    const connector = LEAD_CONNECTORS.has(key);
    // with case: a lower-case word ends the name; without (a caseless title): a word the text writes in lower case
    // (an organisation's head goes on: "the bank said" does not end "COMMONWEALTH BANK OF AUSTRALIA")
    if (/^\d/.test(w) || (lower ? lower.has(key) && !connector && !ORGANISATION_WORDS.has(key) : !UPPER.test(w) && !connector)) break;
    run.push(w);
  }
  while (run.length && LEAD_CONNECTORS.has(nameKey(run[run.length - 1]))) run.pop();
  return { run, organisation: run.some((w) => ORGANISATION_WORDS.has(nameKey(w))) };
}

/**
 * The lead subject's keys, when an item's title or first sentence opens with an organisation: the first word of
 * each opening that is a name, and a bracketed code ("GECC issues ..." with "General Electric Credit Corp is
 * issuing ...": gecc, general; "Dahlberg Inc <DAHL> 4th qtr net": dahlberg, dahl). Empty when neither opens
 * with an organisation (a person, a country, a common noun: most general news), so only company items are told
 * apart by it. A caseless title's opening words (all capitals, or every word capitalised) are a name up to one
 * the text writes in lower case ("INVESTMENT FIRMS CUT ..." opens with none); a mixed-case title's first word
 * needs a capitalised neighbour or to be a name in the text (`names`).
 */
export function leadSubject(doc: TextDocument, names: ReadonlyMap<string, number>): string[] {
  const titleWords = doc.title.split(/\s+/).filter((w) => w !== '');
  const caseless = !titleWords.some((w) => LOWER.test(w[0] ?? '')) || !titleWords.some((w) => UPPER.test(w) && LOWER.test(w.slice(1)));
  const lower = caseless ? lowerWords(doc) : null;
  const title = nameRun(opening(titleWords), lower);
  const sentence = nameRun(opening(doc.sentences[0]?.words ?? []), null);
  if (!title.organisation && !sentence.organisation) return [];
  const out = new Set<string>();
  // a name in angle brackets or parentheses opens with its capital after them ("<IVACO INC> YEAR NET")
  const first = title.run[0]?.replace(/^[^\p{L}\p{N}]+/u, '');
  if (first && UPPER.test(first)) {
    const keys = keysOf(first);
    const named = lower ? keys.length > 0 : title.run.length > 1 || names.has(keys[0] ?? '');
    if (named) for (const k of keys) out.add(k);
  }
  if (title.code) out.add(title.code);
  // a sentence's single capitalised word is no name by itself ("Qtrly 42 cts vs 42 cts prior")
  const lead = sentence.run[0];
  if (lead && (sentence.organisation || sentence.run.length > 1)) for (const k of keysOf(lead)) out.add(k);
  if (sentence.code) out.add(sentence.code);
  return [...out].sort();
}

/** Lead subjects counted over a story's members: how many members have each key, and how many have any. */
export interface Leads {
  keys: Map<string, number>;
  members: number;
}

export function countLead(leads: Leads, lead: readonly string[] | undefined, by: 1 | -1): void {
  if (!lead?.length) return;
  leads.members += by;
  for (const k of lead) {
    const n = (leads.keys.get(k) ?? 0) + by;
    if (n > 0) leads.keys.set(k, n);
    else leads.keys.delete(k);
  }
}

export function absorbLeads(into: Leads, from: Leads): void {
  into.members += from.members;
  for (const [k, n] of from.keys) into.keys.set(k, (into.keys.get(k) ?? 0) + n);
}

/** Whether a side names a key among its names (the lead of one company naming the other: "USAir rejects TWA bid"). */
export type Names = (key: string) => boolean;

/** The share of a story's members whose lead subject is named by `names` (each key counted once). */
function namedShare(leads: Leads, names: Names): number {
  let n = 0;
  for (const [k, c] of leads.keys) if (names(k)) n += c;
  return n / leads.members;
}

/**
 * How far a document's lead subject agrees with a story's: the share of its members (with a lead) that share
 * it, or that the document names, or all of them when the story names the document's; undefined when either
 * has none. An item naming the other's subject is about the same affair (a bid, a merger), not the same template.
 */
export function docAgreement(lead: readonly string[] | undefined, story: Leads | undefined, docNames: Names, storyNames: Names): number | undefined {
  if (!lead?.length || !story || story.members <= 0) return undefined;
  let best = 0;
  for (const k of lead) {
    if (storyNames(k)) return 1;
    best = Math.max(best, story.keys.get(k) ?? 0);
  }
  return Math.min(1, Math.max(best / story.members, namedShare(story, docNames)));
}

/** How far two stories' lead subjects agree: their shares of members intersected, or the share of one's that the other names. */
export function storyAgreement(a: Leads | undefined, b: Leads | undefined, aNames: Names, bNames: Names): number | undefined {
  if (!a || !b || a.members <= 0 || b.members <= 0) return undefined;
  const [small, big] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, n] of small.keys) {
    const o = big.keys.get(k);
    if (o !== undefined) sum += Math.min(n / small.members, o / big.members);
  }
  return Math.min(1, Math.max(sum, namedShare(a, bNames), namedShare(b, aNames)));
}

/** The most common lead subject of a story, for a reason ("gecc"). */
export function topLead(leads: Leads | undefined): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of leads?.keys ?? []) if (c > n || (c === n && best !== undefined && k < best)) [best, n] = [k, c];
  return best;
}
