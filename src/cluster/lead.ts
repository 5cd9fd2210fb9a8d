// The lead subject of an item: the name that opens its title or its first sentence, the grammatical
// subject of most wire items ("GECC issues 75 mln Australian dlr eurobond", "Dahlberg Inc 4th qtr net",
// "Merrill Lynch and Co is issuing ..."). Many short items of one template about different companies share
// their topic words, figures and dates; their lead subjects tell them apart. Two sides whose lead subjects
// are both known and share nothing are scaled down (similarity.ts) unless either names the other's subject or
// their names or text agree strongly.
import type { ClusterDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import {
  COMMON_HEADS,
  GENERIC_FIRST,
  LEAD_CONNECTORS,
  LEAD_RUN,
  LEAD_SKIP,
  NOT_IN_SUBJECTS,
  NOT_NAMES,
  NOT_SUBJECTS,
  ORGANISATION_ENDINGS,
  ORGANISATION_WORDS,
  PERIOD_MONTHS,
  PERIOD_ORDINALS,
  PERIOD_PARTS,
  PERIOD_PREFIXES,
  PERIOD_SUBJECT_WORDS,
  STATISTIC_WORDS,
} from './lexicon.ts';

/** "U.S." -> "us", "Reid's" -> "reid": the key a name is matched on. */
export function nameKey(word: string): string {
  return foldedNameKey(fold(word));
}

/** nameKey of a word already folded (`fold`). */
export function foldedNameKey(folded: string): string {
  // most words are lower-case ASCII letters and digits once folded: nothing to strip (the patterns below, run for
  // every capitalised word and every word of a lead's text, were a share of the features' cost)
  if (plainKey(folded)) return folded;
  return folded.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Only a-z and 0-9: letters and digits, no possessive. */
function plainKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

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

/** Of `keys`, those the text writes in lower case somewhere (the keys of its words that open with a lower-case
 * letter): in a caseless title, those are no name's. A caseless title asks about its opening words alone (at most
 * LEAD_RUN of the title's and of the first sentence's), so the text is read once against them; a Set of every
 * lower-case word of the text, made for every caseless title (every Reuters item), was most of the lead
 * subject's cost. */
export function lowerAmong(doc: ClusterDocument, keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  // a bit per key length (31 for any longer): most words are passed on their length, without a look-up
  let lengths = 0;
  for (const k of keys) lengths |= 1 << Math.min(k.length, 31);
  if (lengths === 0) return out;
  // (every word of the text is read: a word of a-z and 0-9 alone, most, is its own key, found without folding it)
  for (const s of doc.sentences)
    for (const w of s.words) {
      if (!lowerFirst(w)) continue;
      if (plainKey(w)) {
        if ((lengths & (1 << Math.min(w.length, 31))) !== 0 && keys.has(w)) out.add(w);
      } else {
        const k = nameKey(w);
        if (keys.has(k)) out.add(k);
      }
    }
  return out;
}

/** LOWER.test(word[0] ?? ''), by code for an ASCII first letter (\p{Ll} there is a-z). */
function lowerFirst(word: string): boolean {
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(word[0]);
}

/** A bracketed code after a company's name: "<DAHL>", "(IBM)", "<CRAA.S>" (not "(52-3," or "(Finally)"). */
const CODE = /^[<(]\p{Lu}[\p{Lu}\p{N}.]{0,9}[>)]?[,;:]?$/u;
/** A name opening in brackets ("<FRANKLIN GOLD FUND>", "(CAMBIOR INC)"): the run goes on inside them. */
const BRACKETED = /^[<(]/;
/** An ordinal written apart from its figure, as the text stage splits it ("4 TH QTR"). */
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

const HYPHEN = /[-‐]/;

/** Whether `words[i]` opens a reporting period (lexicon PERIOD_*): "FEBRUARY", "LATE FEBRUARY", "LATE-FEBRUARY",
 * "4TH QTR", "4 TH QTR", "FIRST QUARTER", "1986". */
function periodAt(words: string[], i: number): boolean {
  const key = (j: number) => (j < words.length ? nameKey(words[j]) : '');
  const k = key(i);
  if (PERIOD_MONTHS.has(k) || /^(19|20)\d\d$/.test(words[i])) return true;
  // (a word with no hyphen is one part: not split, nor copied in lower case, for every word of a flash's run)
  if (HYPHEN.test(words[i])) {
    const parts = words[i].toLowerCase().split(/[-‐]/);
    if (parts.length === 2 && PERIOD_PREFIXES.has(parts[0]) && PERIOD_MONTHS.has(parts[1])) return true;
  }
  if (PERIOD_PREFIXES.has(k)) return PERIOD_MONTHS.has(key(i + 1));
  if (PERIOD_ORDINALS.has(k)) return PERIOD_PARTS.has(key(i + 1));
  return /^\d$/.test(k) && ORDINAL_SUFFIX.has(key(i + 1)) && PERIOD_PARTS.has(key(i + 2));
}

/** A country's statistic opens at word i ("CONSUMER PRICES", "M-1 MONEY SUPPLY"'s "M-1"): STATISTIC_WORDS. */
function statisticAt(words: string[], i: number): boolean {
  const k = nameKey(words[i]);
  return STATISTIC_WORDS.has(k) || (i + 1 < words.length && STATISTIC_WORDS.has(`${k} ${nameKey(words[i + 1])}`));
}

/** How a caseless title or sentence is read: the words its text writes in lower case, and whether it writes a
 * common head capitalised after a word ("Commonwealth Bank": "commonwealth bank"). */
interface Caseless {
  lower: ReadonlySet<string>;
  capitalised: (pair: string) => boolean;
  /** all capitals (a wire's flash), not every word capitalised (a press headline: "Colts Beat Chiefs 20-13") */
  capitals: boolean;
}

/** The pairs of words a text writes with the second capitalised ("Commonwealth Bank"), made when first asked. */
function capitalisedPairs(doc: ClusterDocument): (pair: string) => boolean {
  let pairs: Set<string> | undefined;
  return (pair) => {
    if (!pairs) {
      pairs = new Set();
      for (const s of doc.sentences)
        for (let i = 1; i < s.words.length; i++) {
          const w = s.words[i];
          if (UPPER.test(w) && LOWER.test(w.slice(1))) pairs.add(`${nameKey(s.words[i - 1])} ${nameKey(w)}`);
        }
    }
    return pairs.has(pair);
  };
}

/**
 * The name run opening `words` (capitalised words and the connectors between them, "Merrill Lynch and Co"; in a
 * caseless title every word up to a figure or a word the text writes in lower case), whether it names an
 * organisation (a legal form or an organisation's head among its words, or a bracketed code after it: "<DAHL>",
 * "(IBM)"; in a caseless title, a few words before a period or a country's statistic: "GM FEBRUARY U.S. CAR OUTPUT",
 * "ITALY CONSUMER PRICES"), and that code's key.
 */
function nameRun(words: string[], caseless: Caseless | null): { run: string[]; organisation: boolean; code?: string } {
  const run: string[] = [];
  const lower = caseless?.lower;
  let organisation = false;
  for (let i = 0; i < Math.min(words.length, LEAD_RUN); i++) {
    const w = words[i];
    if (CODE.test(w) && run.length > 0) return { run, organisation: true, code: nameKey(w) };
    if (BRACKETED.test(w) && run.length > 0) break;
    // a flash's subject ends where its period (or a country's statistic) begins
    if (caseless?.capitals && run.length > 0 && (periodAt(words, i) || statisticAt(words, i))) {
      // a period opens no subject ("FEBRUARY U.S. RETAIL SALES NOT SIGN OF UPTURN")
      const subject = run.length <= PERIOD_SUBJECT_WORDS && !run.some((r) => NOT_IN_SUBJECTS.has(nameKey(r))) && !periodAt(run, 0);
      organisation ||= subject;
      break;
    }
    const key = nameKey(w);
    const connector = LEAD_CONNECTORS.has(key);
    // a common head in a caseless title is an organisation's only as the text writes it ("U.S. bank discount
    // borrowings" is none; a flash, with no other text, cannot say)
    const head =
      (ORGANISATION_WORDS.has(key) || ORGANISATION_ENDINGS.some((e) => key.length > e.length + 3 && key.endsWith(e))) &&
      !(caseless && COMMON_HEADS.has(key) && !(run.length > 0 && caseless.capitalised(`${nameKey(run[run.length - 1])} ${key}`)));
    // with case: a lower-case word ends the name; without (a caseless title): a word the text writes in lower case
    // (an organisation's head goes on: "the bank said" does not end "COMMONWEALTH BANK OF AUSTRALIA")
    if (/^\d/.test(w) || (lower ? lower.has(key) && !connector && !head : !UPPER.test(w) && !connector)) break;
    run.push(w);
    organisation ||= head;
  }
  while (run.length && LEAD_CONNECTORS.has(nameKey(run[run.length - 1]))) run.pop();
  return { run, organisation: organisation && run.length > 0 };
}

/**
 * The keys of a name run's subject: its first word's, or, when that is a common head ("Bank of England",
 * "Banque Nationale de Paris"), the next name's; a single letter or a word opening many names with the word
 * after it ("K MART": kmart, "AMERICAN MOTORS": americanmotors, not "AMERICAN STORES"'s american). A rating
 * agency is no subject (NOT_SUBJECTS).
 */
function runKeys(run: string[], named: (key: string) => boolean): string[] {
  let i = 0;
  if (run.length > 1 && COMMON_HEADS.has(nameKey(run[0]))) {
    i = 1;
    while (i < run.length - 1 && LEAD_CONNECTORS.has(nameKey(run[i]))) i++;
  }
  // a legal form or an organisation's head alone names no one: the name is the word after it when that is one
  // ("NV PHILIPS", "AB Volvo"), else there is none ("GROUP HAS 5.1 PCT OF UNICORP", "GROUP BOOSTS GELCO <GEL>
  // STAKE": every unnamed investor group's filing shared "group", and a caseless title's next word is its verb)
  if (ORGANISATION_WORDS.has(nameKey(run[i]))) {
    i++;
    while (i < run.length && LEAD_CONNECTORS.has(nameKey(run[i]))) i++;
    if (i >= run.length || ORGANISATION_WORDS.has(nameKey(run[i])) || !named(nameKey(run[i]))) return [];
  }
  const word = run[i].replace(/^[^\p{L}\p{N}]+/u, '');
  const key = nameKey(word);
  if (NOT_SUBJECTS.has(key)) return [];
  const next = run[i + 1] === undefined ? '' : nameKey(run[i + 1]);
  const joined = next !== '' && !LEAD_CONNECTORS.has(next) && !ORGANISATION_WORDS.has(next) && (key.length === 1 || GENERIC_FIRST.has(key));
  return joined ? keysOf(word + run[i + 1]) : keysOf(word);
}

/**
 * The lead subject's keys, when an item's title or first sentence opens with an organisation: the first word of
 * each opening that is a name, and a bracketed code ("GECC issues ..." with "General Electric Credit Corp is
 * issuing ...": gecc, generalelectric; "Dahlberg Inc <DAHL> 4th qtr net": dahlberg, dahl). Empty when neither
 * opens with an organisation (a person, a country, a common noun: most general news), so only company items are
 * told apart by it. A caseless title's opening words (all capitals, or every word capitalised) are a name up to
 * one the text writes in lower case ("INVESTMENT FIRMS CUT ..." opens with none); a mixed-case title's first word
 * needs a capitalised neighbour or to be a name in the text (`names`). A flash's title in capitals names its
 * subject before the period it reports on, company or country ("GM FEBRUARY U.S. CAR OUTPUT": gm).
 */
export function leadSubject(doc: ClusterDocument, names: ReadonlyMap<string, number>): string[] {
  const titleWords = doc.title.split(/\s+/).filter((w) => w !== '');
  const caseless = !titleWords.some((w) => LOWER.test(w[0] ?? '')) || !titleWords.some((w) => UPPER.test(w) && LOWER.test(w.slice(1)));
  const titleOpening = opening(titleWords);
  // a flash's sentence is its title again, in capitals: read as one
  const sentenceWords = opening(doc.sentences[0]?.words ?? []);
  const sentenceCaseless = sentenceWords.length > 0 && !sentenceWords.some((w) => LOWER.test(w));
  let lower: ReadonlySet<string> | undefined;
  let capitalised: Caseless['capitalised'] | undefined;
  const read = (capitals: boolean): Caseless => {
    // the keys nameRun may ask about: those of the openings' first LEAD_RUN words (a caseless one's)
    lower ??= lowerAmong(doc, runKeysAsked(caseless ? titleOpening : [], sentenceCaseless ? sentenceWords : []));
    capitalised ??= capitalisedPairs(doc);
    return { lower, capitalised, capitals };
  };
  const title = nameRun(titleOpening, caseless ? read(!LOWER.test(doc.title)) : null);
  const sentence = nameRun(sentenceWords, sentenceCaseless ? read(true) : null);
  // a caseless wire title's ticker names the company it is about when no name opens it ("GROUP HAS 5.1 PCT OF
  // UNICORP AMERICAN <UAC>", "INVESTMENT GROUP RAISES ROBESON <RBSN> STAKE")
  const ticker = caseless ? tickerIn(titleWords) : undefined;
  if (!title.organisation && !sentence.organisation) return ticker ? [ticker] : [];
  const out = new Set<string>();
  // a name in angle brackets or parentheses opens with its capital after them ("<IVACO INC> YEAR NET")
  const first = title.run[0]?.replace(/^[^\p{L}\p{N}]+/u, '');
  if (first && UPPER.test(first)) {
    const keys = runKeys(title.run, caseless ? (k) => names.has(k) : () => true);
    const named = caseless ? keys.length > 0 : title.run.length > 1 || names.has(keys[0] ?? '');
    if (named) for (const k of keys) out.add(k);
  }
  if (title.code) out.add(title.code);
  // a sentence's single capitalised word is no name by itself ("Qtrly 42 cts vs 42 cts prior")
  if (sentence.run.length > 0 && (sentence.organisation || sentence.run.length > 1))
    for (const k of runKeys(sentence.run, sentenceCaseless ? (k) => names.has(k) : () => true)) out.add(k);
  if (sentence.code) out.add(sentence.code);
  if (out.size === 0 && ticker) out.add(ticker);
  return [...out].sort();
}

/** The keys of the words nameRun reads (the first LEAD_RUN) of each opening. */
function runKeysAsked(...openings: string[][]): Set<string> {
  const out = new Set<string>();
  for (const words of openings) for (let i = 0; i < Math.min(words.length, LEAD_RUN); i++) out.add(nameKey(words[i]));
  return out;
}

/** A ticker in angle brackets ("<UAC>", "<DLOG.O>"; not a name's first word, "<CANADIAN IMPERIAL BANK ...>"): the first in a title, as its key. */
const TICKER = /^<[^<>]+>[,;:]?$/;
function tickerIn(words: string[]): string | undefined {
  for (const w of words) {
    if (!TICKER.test(w) || !CODE.test(w)) continue;
    const key = nameKey(w);
    if (key.length >= 2 && !LEAD_SKIP.has(key) && !NOT_NAMES.has(key)) return key;
  }
  return undefined;
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

/** The share of a story's members whose lead subject is named by `names` (each key counted once), or a share of
 * at least 1 as soon as the keys named so far reach it: every caller clamps to 1, and the rest of the walk (a name
 * look-up per key) could only add to it (counts are whole numbers, so the sum is the same in any order). */
function namedShare(leads: Leads, names: Names): number {
  let n = 0;
  // (keys, then their counts: a walk of entries makes an array per entry; same order, same sum)
  const keys = leads.keys;
  const all = leads.members;
  for (const k of keys.keys()) {
    if (!names(k)) continue;
    n += keys.get(k) as number;
    if (n >= all) break;
  }
  return n / all;
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
  // (a share of 1 already needs no names looked up: the agreement is at most 1)
  const shared = best / story.members;
  return shared >= 1 ? 1 : Math.min(1, Math.max(shared, namedShare(story, docNames)));
}

/** How far two stories' lead subjects agree: their shares of members intersected, or the share of one's that the other names. */
export function storyAgreement(a: Leads | undefined, b: Leads | undefined, aNames: Names, bNames: Names): number | undefined {
  if (!a || !b || a.members <= 0 || b.members <= 0) return undefined;
  const small = a.keys.size <= b.keys.size ? a : b;
  const big = small === a ? b : a;
  let sum = 0;
  for (const k of small.keys.keys()) {
    const o = big.keys.get(k);
    if (o !== undefined) sum += Math.min((small.keys.get(k) as number) / small.members, o / big.members);
  }
  // each side's names are looked up only while the agreement is below 1 (its most)
  if (sum >= 1) return 1;
  const named = Math.max(sum, namedShare(a, bNames));
  return named >= 1 ? 1 : Math.min(1, Math.max(named, namedShare(b, aNames)));
}

/** Whether every lead key of the side with fewer keys is the lead of `share` or more of the other's members (both
 * sides with a lead): one company's items, its name and its code alike ("jannock", "jnto"), not two that share a
 * code or a first word alone, nor one company's item among a story of others'. */
export function leadWithin(a: Leads, b: Leads, share: number): boolean {
  if (a.members <= 0 || b.members <= 0) return false;
  const [small, big] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  for (const k of small.keys.keys()) if ((big.keys.get(k) ?? 0) < share * big.members) return false;
  return true;
}

/** The most common lead subject of a story, for a reason ("gecc"). */
export function topLead(leads: Leads | undefined): string | undefined {
  let best: string | undefined;
  let n = 0;
  if (!leads) return best;
  for (const k of leads.keys.keys()) {
    const c = leads.keys.get(k) as number;
    if (c > n || (c === n && best !== undefined && k < best)) {
      best = k;
      n = c;
    }
  }
  return best;
}
