// Which deal a sentence's deal word tells: its side, its party and its object (lexicon DEAL). The deal key (`c:deal`)
// says only "a deal"; two deals of one story (Lifetime's purchase of Nippon Lace shares, Koba's of Lifetime's) share it.
import type { EntityType } from '../model.ts';
import { DEAL } from './lexicon.ts';
import { objectList } from '../common/object-list.ts';

/** the concept key of a deal word (lexicon PARAPHRASES) */
export const DEAL_KEY = 'c:deal';

/** One deal word of a sentence: the buyer's or the seller's, who (an `e:` key) and what, when written. */
export interface Deal {
  side: 'buy' | 'sell';
  party: string | null;
  object: string | null;
}

/** a name in a sentence: where it is, its `e:` key and type */
export interface NameSpan {
  start: number;
  end: number;
  key: string;
  type: EntityType;
}

const DEAL_WORD = new RegExp(String.raw`\b(?:${[...DEAL.buy, ...DEAL.sell].join('|')})\b`, 'gi');
const SIDE = new Map<string, 'buy' | 'sell'>([...DEAL.buy.map((w) => [w, 'buy'] as const), ...DEAL.sell.map((w) => [w, 'sell'] as const)]);
const NOUNS = new Set(DEAL.nouns);
/** "purchase" after "to" is a verb */
const TO_BEFORE = /\bto\s+$/i;
const PARTY_WORD = new RegExp(String.raw`\b(?:${DEAL.partyWords.join('|')})\b`, 'i');
const PASSIVE = new Set(DEAL.passiveForms);
const PASSIVE_BY = /^\s+by\b/i;
const OF_AFTER = /^\s+of\b/i;
const NOT_PARTY_AFTER = new RegExp(String.raw`\b(?:${DEAL.notPartyAfter.join('|')})\s+(?:(?:the|a|an)\s+)?<?$`, 'i');
/** only spaces (or the bracket closing a name: "<Republic Health Corp> acquisition") between a name and the noun */
const RIGHT_BEFORE = /^[>\s]*$/;
const POSSESSIVE_BEFORE = /^>?['’]s?\s+$/;
/** a clause ends: what follows is another statement's */
const CLAUSE_END = /[;:]/;
const OBJECT_TYPES = new Set<EntityType>(DEAL.objectTypes as EntityType[]);
const PARTY_TYPES = new Set<EntityType>(DEAL.partyTypes as EntityType[]);
const FILLER = new Set(DEAL.nameFiller);
const KEY_WORDS = /[\p{L}\p{N}]+/gu;

/** the first name of `types` starting in (from, from + window], none across a clause's end nor (`stopAtParty`) a party word */
function nameAfter(text: string, names: readonly NameSpan[], from: number, types: Set<EntityType>, stopAtParty: boolean): string | null {
  for (const n of names) {
    if (n.start < from) continue;
    if (n.start - from > DEAL.window) return null;
    const between = text.slice(from, n.start);
    if (CLAUSE_END.test(between) || (stopAtParty && PARTY_WORD.test(between))) return null;
    if (types.has(n.type)) return n.key;
  }
  return null;
}

/** the nearest name of `types` ending before `to`, within the window and the clause; `notAfter`: not one written
 * after those words (a verb's party) */
function nameBefore(text: string, names: readonly NameSpan[], to: number, types: Set<EntityType>, notAfter: RegExp | null): string | null {
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i];
    if (n.end > to) continue;
    if (to - n.end > (notAfter ? DEAL.partyWindow : DEAL.window) || CLAUSE_END.test(text.slice(n.end, to))) return null;
    if (types.has(n.type) && !notAfter?.test(text.slice(Math.max(0, n.start - 12), n.start))) return n.key;
  }
  return null;
}

/** the name of `types` ending right before `to` when the text between fits `between` */
function nameRightBefore(text: string, names: readonly NameSpan[], to: number, types: Set<EntityType>, between: RegExp): string | null {
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i];
    if (n.end > to) continue;
    return types.has(n.type) && between.test(text.slice(n.end, to)) ? n.key : null;
  }
  return null;
}

/** The deals a sentence's deal words tell; `names` in the order they start. */
export function dealsOf(text: string, names: readonly NameSpan[]): Deal[] {
  // (one kind to V8 with a sentence's deals or none: the aligner reads their length at every pair)
  const out = objectList<Deal>();
  // (exec over the module's regex: matchAll copies it on every call)
  DEAL_WORD.lastIndex = 0;
  for (let m = DEAL_WORD.exec(text); m !== null; m = DEAL_WORD.exec(text)) {
    const word = m[0].toLowerCase();
    const side = SIDE.get(word)!;
    const start = m.index;
    const end = start + m[0].length;
    if (NOUNS.has(word) && !TO_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
      const of = OF_AFTER.exec(text.slice(end));
      // after `of` first: "a USAir acquisition of TWA" is TWA's
      const object =
        (of ? nameAfter(text, names, end + of[0].length, OBJECT_TYPES, true) : null) ?? nameRightBefore(text, names, start, OBJECT_TYPES, RIGHT_BEFORE);
      out.push({ side, party: nameRightBefore(text, names, start, PARTY_TYPES, POSSESSIVE_BEFORE), object });
      continue;
    }
    const by = PASSIVE.has(word) ? PASSIVE_BY.exec(text.slice(end)) : null;
    if (by)
      out.push({ side, party: nameAfter(text, names, end + by[0].length, PARTY_TYPES, false), object: nameBefore(text, names, start, OBJECT_TYPES, null) });
    else out.push({ side, party: nameBefore(text, names, start, PARTY_TYPES, NOT_PARTY_AFTER), object: nameAfter(text, names, end, OBJECT_TYPES, true) });
  }
  return out;
}

/** the telling words of a name's key ("e:ent-rmj-holdings-corp": rmj) */
const keyWords = (key: string) => new Set([...key.slice(2).toLowerCase().matchAll(KEY_WORDS)].map((w) => w[0]).filter((w) => !FILLER.has(w)));
/** keys' telling words already read (a story's pairs compare the same few deals' names again and again); emptied past
 * `KEY_WORDS_KEPT` keys, so the run's memory stays bounded */
const keyWordsRead = new Map<string, Set<string>>();
const KEY_WORDS_KEPT = 4096;
function wordsOfKey(key: string): Set<string> {
  let words = keyWordsRead.get(key);
  if (words === undefined) {
    if (keyWordsRead.size >= KEY_WORDS_KEPT) keyWordsRead.clear();
    words = keyWords(key);
    keyWordsRead.set(key, words);
  }
  return words;
}

/** two names' keys are two names: no telling word in common ("Nippon Lace Co Ltd" and "Nippon" may be one) */
function twoNames(x: string, y: string): boolean {
  if (x === y) return false;
  const a = wordsOfKey(x);
  for (const w of wordsOfKey(y)) if (a.has(w)) return false;
  return true;
}

/** two deals that cannot be one: two objects, or one party on both sides (a buyer is not its own seller) */
function differ(x: Deal, y: Deal): boolean {
  if (x.object !== null && y.object !== null && twoNames(x.object, y.object)) return true;
  return x.side !== y.side && x.party !== null && y.party !== null && !twoNames(x.party, y.party);
}

/**
 * Do two sentences tell two deals -- some deal of one differs from some of the other's, and none is one with one of
 * the other's (an object of both, no party on both sides)? A deal word whose object or party is not written
 * ("Corrects to show Nippon's affiliate Koba buying") says nothing either way. False when either tells none.
 */
export function otherDeals(a: readonly Deal[], b: readonly Deal[]): boolean {
  let differs = false;
  for (const x of a)
    for (const y of b) {
      if (differ(x, y)) differs = true;
      else if (x.object !== null && y.object !== null) return false;
    }
  return differs;
}
