// Which sentences of different articles state the same thing. Candidates come from an inverted index of the
// story's feature keys (rare keys only), so the cost is bounded by the pairs that share a rare key, never all
// pairs of the corpus. A pair scores by the story-IDF weight of what it shares (terms, entities, figures, years).
import type { DocId, Relation } from '../model.ts';
import { ALIGN, EDGE_FRAME, FEATURE_WEIGHTS, PARAPHRASES, PERSON_PLACE_NOT_SAID } from './lexicon.ts';
import { foldedWords, keyNumber, ROLE_KEYS, termKey, type Unit } from './units.ts';
import { quoteWords, rareIn, sameRemark } from './quotes.ts';
import { ownTerms, twoIssuers, type WireHeadline } from './issuers.ts';
import { DEAL_KEY, otherDeals } from './deals.ts';
import { kthLargest } from '../common/select.ts';
import { alikeClasses } from './alike.ts';

export interface Alignment {
  /** unit id -> (unit id -> score), symmetric, only pairs at or above the edge threshold */
  neighbors: Map<number, Map<number, number>>;
  /** weight of every feature key in this story */
  weight: Map<string, number>;
  /** candidate pairs scored (the cost measure) */
  pairsScored: number;
  /** postings lists searched (binary searches, at most): one per rare key of each unit, to find its candidates, and one
   * per record year (`f:` key) of a unit per candidate pair it is scored in */
  keySearches: number;
}

/** concept keys that count only where two sentences share them, not in a sentence's own weight (PARAPHRASES) */
const SHARED_ONLY = new Set(PARAPHRASES.filter((p) => p.sharedOnly && p.concept).map((p) => `c:${p.concept}`));

/** a feature key's weight by its kind (the key's first letter) */
export const KIND_WEIGHT: Record<string, number> = {
  t: FEATURE_WEIGHTS.term,
  e: FEATURE_WEIGHTS.entity,
  n: FEATURE_WEIGHTS.number,
  y: FEATURE_WEIGHTS.anchor,
  f: FEATURE_WEIGHTS.milestone,
  c: FEATURE_WEIGHTS.concept,
};

/**
 * A story's feature keys as small integers, first met first (units come document by document, as buildUnits
 * makes them), with how many units and how many documents hold each: the alignment's look-ups per key and
 * unit read arrays by id, not Maps by key text. A key's documents are counted as it turns up in a document
 * other than the last one it was counted in: no set of documents per key.
 */
interface KeyTable {
  /** key text by id */
  keys: string[];
  /** key id by text */
  idOf: Map<string, number>;
  /** every unit's keys as ids, in the unit's order, unit after unit in one flat array: unit `u`'s run is
   * `ofUnit[from[u]]` to `ofUnit[from[u + 1]]` (no array per unit) */
  ofUnit: Int32Array;
  from: Int32Array;
  /** units holding each key (by id; sized for every key of every unit, read up to `keys.length`) */
  units: Int32Array;
  /** documents holding each key (by id, as `units`) */
  docs: Int32Array;
}

/**
 * Scratch arrays of numbers re-used from story to story, one per slot (SCRATCH), grown as a larger story needs: a
 * story's table, postings and pair sums live only while align works on it, and a typed array made per story is an
 * off-heap buffer allocated and zeroed each time (some dozen a story). Each is handed out as a view of its first `n`
 * entries, as written by the last story: the caller writes every entry it reads (or zeroes it).
 */
const scratchInts: Int32Array[] = [];
const scratchFloats: Float64Array[] = [];
/** the scratch slots: one live array each while a story is aligned */
const SCRATCH = { from: 0, ofUnit: 1, units: 2, docs: 3, last: 4, start: 5, postings: 6, count: 7, totals: 0, shared: 1, select: 2, weights: 3 } as const;

function ints(slot: number, n: number): Int32Array {
  let a = scratchInts[slot];
  if (a === undefined || a.length < n) scratchInts[slot] = a = new Int32Array(Math.max(n, 2 * (a?.length ?? 32)));
  return a.subarray(0, n);
}

function floats(slot: number, n: number): Float64Array {
  let a = scratchFloats[slot];
  if (a === undefined || a.length < n) scratchFloats[slot] = a = new Float64Array(Math.max(n, 2 * (a?.length ?? 32)));
  return a.subarray(0, n);
}

/** The value at index floor(0.75 n) of the weights sorted ascending (n > 0): the (n - that index)-th largest. */
function percentile75(weights: Float64Array): number {
  const n = weights.length;
  const copy = floats(SCRATCH.select, n);
  copy.set(weights);
  return kthLargest(copy, n, n - Math.floor(n * 0.75));
}

function keyTable(units: Unit[]): KeyTable {
  const idOf = new Map<string, number>();
  const from = ints(SCRATCH.from, units.length + 1);
  from[0] = 0;
  for (let u = 0; u < units.length; u++) from[u + 1] = from[u] + units[u].keys.length;
  // a story has at most as many keys as its units hold: the counts are sized for that once, not grown key by key
  // (each key's counts and last document are written when the key is first met: no entry is read before)
  const most = from[units.length];
  const table: KeyTable = { keys: [], idOf, ofUnit: ints(SCRATCH.ofUnit, most), from, units: ints(SCRATCH.units, most), docs: ints(SCRATCH.docs, most) };
  // the document (its place in the story) of the last unit each key was counted in
  const last = ints(SCRATCH.last, most);
  let at = 0;
  for (const u of units) {
    for (let i = 0; i < u.keys.length; i++) {
      const k = u.keys[i];
      let id = idOf.get(k);
      if (id === undefined) {
        id = table.keys.length;
        idOf.set(k, id);
        table.keys.push(k);
        table.units[id] = 1;
        table.docs[id] = 1;
        last[id] = u.docOrder;
      } else {
        table.units[id]++;
        if (last[id] !== u.docOrder) {
          table.docs[id]++;
          last[id] = u.docOrder;
        }
      }
      table.ofUnit[at++] = id;
    }
  }
  return table;
}

/** The number of documents a story's units come from (document by document). */
function documentCount(units: Unit[]): number {
  let n = 0;
  for (let i = 0; i < units.length; i++) if (i === 0 || units[i].doc !== units[i - 1].doc) n++;
  return n;
}

/** Term keys in (at least) `ALIGN.topicShare` of the articles of a story of `ALIGN.topicMinDocs` or more. */
export function topicalKeys(units: Unit[], table: KeyTable = keyTable(units)): Set<string> {
  const docs = documentCount(units);
  const out = new Set<string>();
  if (docs < ALIGN.topicMinDocs) return out;
  for (let id = 0; id < table.keys.length; id++) if (isTopical(table, id, docs)) out.add(table.keys[id]);
  return out;
}

function isTopical(table: KeyTable, id: number, docs: number): boolean {
  return docs >= ALIGN.topicMinDocs && table.keys[id][0] === 't' && table.docs[id] >= ALIGN.topicShare * docs;
}

/**
 * Do two sentences share what is said, not only who it is about? Names, titles and the story's topic words
 * ("Defence Minister Sergei Shoigu", "visit" in a story about a visit) tell whom a sentence concerns; a shared
 * statement also shares a figure, a year, or a content word neither writes as part of a name.
 */
export function sharesPredicate(a: Unit, b: Unit, bKeys: ReadonlySet<string>, topical: Set<string>): boolean {
  for (const k of a.keys) {
    if (!bKeys.has(k) || k[0] === 'e') continue;
    // small counts ("three") are too common to tell a statement; larger figures, years and concepts do
    if (k[0] === 'n' && Math.abs(keyNumber(k)) < ALIGN.smallNumber) continue;
    if (k[0] !== 't') return true;
    // a post either sentence names ("policy director") is who, not what: ROLE_PHRASE
    if (!topical.has(k) && !ROLE_KEYS.has(k) && !a.roleKeys.has(k) && !b.roleKeys.has(k) && !a.nameKeys.has(k) && !b.nameKeys.has(k)) return true;
  }
  return false;
}

/**
 * A shared person's name words, their weight and number, when the pair shares nothing else that says what happened:
 * the person then counts once, as the person (its `e:` key), not also as the words of its names ("Jim Wright",
 * "Wright"). What happened: words no name, post or topic word is part of, figures, years, concepts, under
 * `ALIGN.personContent` typical keys together. Null when the pair shares no person or shares enough besides.
 */
export function personNames(
  a: Unit,
  b: Unit,
  bKeys: ReadonlySet<string>,
  topical: Set<string>,
  weight: (k: string) => number,
  typical: number,
): { weight: number; count: number } | null {
  if (!a.persons.length || !b.persons.length || !a.persons.some((p) => bKeys.has(p))) return null;
  let names = 0;
  let count = 0;
  let content = 0;
  for (const k of a.keys) {
    if (!bKeys.has(k) || k[0] === 'e') continue;
    if (a.personWords.has(k) || b.personWords.has(k)) {
      if (a.personWords.has(k) && b.personWords.has(k)) {
        names += weight(k);
        count++;
      }
      continue;
    }
    if (k[0] === 'n' && Math.abs(keyNumber(k)) < ALIGN.smallNumber) continue;
    if (k[0] === 't' && (topical.has(k) || ROLE_KEYS.has(k) || a.roleKeys.has(k) || b.roleKeys.has(k) || a.nameKeys.has(k) || b.nameKeys.has(k))) continue;
    content += weight(k);
  }
  return content < ALIGN.personContent * typical && count ? { weight: names, count } : null;
}

/**
 * The names two sentences share, their weight and number, when both name a company (Unit.companies) and they share
 * little that says what happened while each says much else: the names then count once, as the entities (their `e:`
 * keys), not also as the words written only capitalised (nameKeys: "Hughes Tool Co", "Baker International Corp" are
 * an entity and three or four words each). What happened is read as in personNames (words no name, post or person's
 * name is part of, figures, years, concepts; a topic word too -- a company notice's "merger" is no name; no word of
 * an apposition saying what kind of company one is: Unit.companyWords); under
 * `ALIGN.nameContent` typical keys of it, with each sentence saying `ALIGN.nameSaysMore` of its own, two company
 * notices' lead sentences ("The directors of Hughes Tool Co said they would recommend ... reject a merger with Baker
 * International Corp" / "Hughes Tool Co said its board has appointed a committee ... its merger with Baker
 * International Corp") state two things about the same companies. A person's words stay, for personNames. Null
 * otherwise.
 */
export function sharedNames(
  a: Unit,
  b: Unit,
  bKeys: ReadonlySet<string>,
  weight: (k: string) => number,
  typical: number,
): { weight: number; count: number } | null {
  let company = false;
  let names = 0;
  let count = 0;
  let content = 0;
  for (const k of a.keys) {
    if (!bKeys.has(k)) continue;
    if (k[0] === 'e') {
      company ||= a.companies.includes(k);
      continue;
    }
    if (a.personWords.has(k) || b.personWords.has(k)) continue;
    if (k[0] === 't' && (a.nameKeys.has(k) || b.nameKeys.has(k))) {
      names += weight(k);
      count++;
      continue;
    }
    // (a company's apposition, "a Texas investment firm", is who: Unit.companyWords)
    if (isContent(k, a) && isContent(k, b) && !a.companyWords.has(k) && !b.companyWords.has(k)) content += weight(k);
  }
  if (!company || !count || content >= ALIGN.nameContent * typical) return null;
  // a short sentence that is mostly the names and one predicate ("Sumitomo Trust and Banking Co Ltd has agreed to
  // provide the letter of credit", "Coastal Bancorp said the U.S. Federal Reserve Board approved the acquisition of
  // Coastal by Suffield Financial Corp") states that of them: its one shared word is what it says
  const least = ALIGN.nameSaysMore * typical;
  return ownContent(a, weight) >= least && ownContent(b, weight) >= least ? { weight: names, count } : null;
}

/** Does a key of unit `u` say what happened (sharedNames): no entity, name or person's word, post, or small count? */
function isContent(k: string, u: Unit): boolean {
  if (k[0] === 'e' || u.personWords.has(k) || u.nameKeys.has(k)) return false;
  if (k[0] === 'n') return Math.abs(keyNumber(k)) >= ALIGN.smallNumber;
  return k[0] !== 't' || !(ROLE_KEYS.has(k) || u.roleKeys.has(k));
}

/** The weight of what a unit says besides its names (isContent), in all. */
function ownContent(u: Unit, weight: (k: string) => number): number {
  let c = 0;
  for (const k of u.keys) if (isContent(k, u)) c += weight(k);
  return c;
}

const FRAME_KEYS: ReadonlySet<string> = new Set(EDGE_FRAME.map((w) => `t:${termKey(w)}`));
/** Does a term key of unit `u` tell what happened (claims.ts framedWordings): content (isContent: no name, person's
 * word or post) and no EDGE_FRAME word ("said", "statement", "interview")? */
export const tellsWhat = (k: string, u: Unit) => k.charCodeAt(0) === 116 && isContent(k, u) && !FRAME_KEYS.has(k);

/**
 * The weight of what two sentences share that says what happened, for a pair at the edge (`ALIGN.edgeBand`): figures
 * of 10 and more, years, concepts, places, and words that are no person's name or title word in either, no post,
 * none of EDGE_FRAME, and not written only capitalised in both (a name; a sentence's first word is capitalised
 * in one of them only: "Withdrawal of the Gates nomination" / "asked that his name be withdrawn").
 */
export function saysWhat(a: Unit, b: Unit, weight: (k: string) => number): number {
  let w = 0;
  for (const k of a.keys) {
    if (!b.keySet.has(k)) continue;
    // a place is where it happened (checked into the Betty Ford Center in Rancho Mirage); a person or body is who
    if (k[0] === 'e') {
      if (a.places.includes(k) || b.places.includes(k)) w += weight(k);
      continue;
    }
    if (k[0] === 'n' && Math.abs(keyNumber(k)) < ALIGN.smallNumber) continue;
    if (k[0] === 't') {
      if (FRAME_KEYS.has(k) || ROLE_KEYS.has(k) || a.roleKeys.has(k) || b.roleKeys.has(k)) continue;
      if (a.personWords.has(k) || b.personWords.has(k) || (a.nameKeys.has(k) && b.nameKeys.has(k))) continue;
    }
    w += weight(k);
  }
  return w;
}

/** The weight and number of the title words two sentences both write only before different people (Unit.titles). */
export function otherTitles(a: Unit, b: Unit, weight: (k: string) => number): { weight: number; count: number } {
  let w = 0;
  let count = 0;
  for (const [k, whose] of a.titles) {
    const theirs = b.titles.get(k);
    if (!theirs || whose.some((p) => theirs.includes(p))) continue;
    w += weight(k);
    count++;
  }
  return { weight: w, count };
}

/**
 * The weight and number of the places two sentences share where either writes it only to say who a person is --
 * none when the two share `ALIGN.placeContent` typical keys that say what happened (isContent in both, no title
 * word before a person, none of PERSON_PLACE_NOT_SAID: "Subcommittee chairman", "last week"): one statement told
 * twice ("Cornyn (R-Texas) speculated that Lieberman could get 100 confirmation votes" / "... can get 100 votes ...
 * John Cornyn, R-Texas, said") keeps the state it shares; two statements of one lawmaker share little else.
 */
function personPlacesShared(a: Unit, b: Unit, weight: (k: string) => number, typical: number): { weight: number; count: number } {
  let content = 0;
  for (const k of a.keys)
    if (b.keySet.has(k) && isContent(k, a) && isContent(k, b) && !a.titles.has(k) && !b.titles.has(k) && !NOT_SAID_KEYS.has(k)) content += weight(k);
  if (content >= ALIGN.placeContent * typical) return NOTHING_SHARED;
  let w = 0;
  let count = 0;
  for (const k of a.personPlaces)
    if (b.keySet.has(k)) {
      w += weight(k);
      count++;
    }
  for (const k of b.personPlaces)
    if (a.keySet.has(k) && !a.personPlaces.includes(k)) {
      w += weight(k);
      count++;
    }
  return { weight: w, count };
}

/** Do two sentences open with different people or organisations, neither writing a word of the other's name? */
export function otherSubjects(a: Unit, b: Unit, wordsOf: (u: Unit) => Set<string>): boolean {
  if (!a.subject.length || !b.subject.length) return false;
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return !a.subject.some((w) => wb.has(w)) && !b.subject.some((w) => wa.has(w));
}

/**
 * Story-level IDF of each key (over sentences), scaled by its kind. Keys nearly every article of the story
 * uses ("putin", "minsk" in a story about Putin in Minsk) name the topic, not a statement: they weigh less.
 */
export function keyWeights(units: Unit[], table: KeyTable = keyTable(units)): Map<string, number> {
  return byKey(table, keyWeightsById(units, table));
}

/** Values by key id as a Map by key text, first met first. (A map held, not read through the ids: a weight read
 * from a typed array is a fresh heap number at every read, 90 MB over all of Reuters, where the map's are made once.) */
function byKey(table: KeyTable, byId: Float64Array): Map<string, number> {
  const m = new Map<string, number>();
  for (let id = 0; id < byId.length; id++) m.set(table.keys[id], byId[id]);
  return m;
}

/** keyWeights by key id, in a scratch array (every entry written): read while the story is aligned, not kept. */
function keyWeightsById(units: Unit[], table: KeyTable): Float64Array {
  const n = units.length;
  const docs = documentCount(units);
  const w = floats(SCRATCH.weights, table.keys.length);
  for (let id = 0; id < table.keys.length; id++) {
    const k = table.keys[id];
    // small counts ("three") are common and weak evidence: they weigh as a term, not as a figure
    const kind = k[0] === 'n' && Math.abs(keyNumber(k)) < ALIGN.smallNumber ? FEATURE_WEIGHTS.term : (KIND_WEIGHT[k[0]] ?? 1);
    w[id] = Math.log(1 + n / table.units[id]) * kind * (isTopical(table, id, docs) ? ALIGN.topicFactor : 1);
  }
  return w;
}

/**
 * Similarity of two units from the weight they share: weighted cosine; a bonus when they share several rare
 * keys (a long sentence restating one fact among others); weighted containment when the shorter one shares
 * many keys. `rich` is the shared weight in units of a typical rare key.
 */
export function pairScore(shared: number, sharedCount: number, wa: number, wb: number, rich: number): number {
  if (shared <= 0 || wa <= 0 || wb <= 0 || rich < ALIGN.minShared) return 0;
  const cos = shared / Math.sqrt(wa * wb);
  const bonus = rich >= ALIGN.richShared ? ALIGN.richBonus : 0;
  const cont = sharedCount >= ALIGN.containmentShared ? (0.85 * shared) / Math.min(wa, wb) : 0;
  return Math.min(1, Math.max(cos + bonus, cont));
}

/**
 * Pairs of a story's units, by the first unit's id: for each, the other units it pairs with (and a value). Most
 * units pair with none (no entry): a candidate pair of such a unit is not looked up at all.
 */
type PairsOf<V> = Map<number, Map<number, V>>;

function setPair<V>(pairs: PairsOf<V>, a: number, b: number, v: V): void {
  const of = pairs.get(a);
  if (of) of.set(b, v);
  else pairs.set(a, new Map([[b, v]]));
}

/**
 * Sentence pairs provenance found inside one re-used passage (score `ALIGN.passage`), both ways, by the pair of
 * units they are; a pair of sentences of which one is no unit is never asked for, and left out.
 */
function passagePairs(relations: Relation[], units: Unit[]): PairsOf<number> {
  const out: PairsOf<number> = new Map();
  if (!relations.length) return out;
  // each document's units by sentence
  const unitAt = new Map<DocId, Map<number, number>>();
  for (const u of units) {
    const m = unitAt.get(u.doc);
    if (m) m.set(u.sentence, u.id);
    else unitAt.set(u.doc, new Map([[u.sentence, u.id]]));
  }
  for (const r of relations) {
    const from = unitAt.get(r.from);
    const to = unitAt.get(r.to);
    for (const p of r.passages) {
      const a = p.fromSentences ?? [];
      const b = p.toSentences ?? [];
      if (!a.length || !b.length) continue;
      // equal lengths pair by position; otherwise every pair, checked against content below (the first 400,
      // walked in place: no pair arrays, whose holey flatMap and packed map kinds made V8 compile this again)
      const byPosition = a.length === b.length;
      const weight = byPosition ? 1 : 0.5;
      let left = 400;
      for (let i = 0; i < a.length && left > 0; i++) {
        for (let j = byPosition ? i : 0; j < (byPosition ? i + 1 : b.length) && left > 0; j++, left--) {
          const ux = from?.get(a[i]);
          const uy = to?.get(b[j]);
          if (ux === undefined || uy === undefined) continue;
          setPair(out, ux, uy, weight);
          setPair(out, uy, ux, weight);
        }
      }
    }
  }
  return out;
}

/** Units quoting the same remark (in the same or other words) state the same thing. */
/**
 * The last unit id of each unit's document. Units are numbered document by document, so the units of
 * later documents are exactly those past this id: candidates are looked for there, never among the
 * unit's own document (one long article costs nothing here, whatever its length).
 */
function documentEnds(units: Unit[]): number[] {
  const ends = new Array<number>(units.length);
  for (let i = units.length - 1; i >= 0; i--) ends[i] = i + 1 < units.length && units[i + 1].doc === units[i].doc ? ends[i + 1] : i;
  return ends;
}

/** Index of the first entry of an ascending list greater than `x`. */
function firstAfter(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each unit's class: units alike in everything a pair's rules read of one (its text, keys, names, posts, deals,
 * figures, quotes ...; not its document or place) share one, numbered first met first. The copies of a wire's
 * sentence in its N re-sent articles are one class: a pair's outcome is its two classes' (but for what the pair of
 * articles adds: a passage provenance paired, their headlines), so it is worked out once per pair of classes.
 */
export function unitClasses(units: Unit[]): { classOf: Int32Array; count: number } {
  const listed = (v: unknown): unknown => (v instanceof Set ? [...v] : v instanceof Map ? [...v] : v);
  return alikeClasses(units, (x) =>
    JSON.stringify(
      [
        x.text,
        x.keys,
        x.nameKeys,
        x.roleKeys,
        x.personWords,
        x.persons,
        x.companies,
        x.companyWords,
        x.deals,
        x.personPlaces,
        x.places,
        x.quotes,
        x.subject,
        x.figures,
        x.titles,
      ].map(listed),
      (_k, v) => listed(v),
    ),
  );
}

function quotePairs(units: Unit[], ends: number[], classes: { classOf: Int32Array; count: number }): PairsOf<true> {
  const out: PairsOf<true> = new Map();
  // each pair of classes asked once (their quotes are alike), where some class holds several units
  const alike = classes.count < units.length;
  const asked = new Map<number, boolean>();
  const withQuotes = units.filter((u) => u.quotes.length);
  const rare = rareIn(withQuotes.flatMap((u) => u.quotes));
  // candidates share a quote word (the same remark always does); only units of later documents are met
  const postings = new Map<string, number[]>();
  // each unit's quote words, gathered once for the postings and its own candidates
  const wordsOf = withQuotes.map((u) => new Set(u.quotes.flatMap((q) => quoteWords(q))));
  for (const [j, u] of withQuotes.entries()) {
    for (const w of wordsOf[j]) {
      const list = postings.get(w);
      if (list) list.push(u.id);
      else postings.set(w, [u.id]);
    }
  }
  for (const [j, a] of withQuotes.entries()) {
    const met = new Set<number>();
    for (const w of wordsOf[j]) {
      const list = postings.get(w)!;
      for (let i = firstAfter(list, ends[a.id]); i < list.length; i++) {
        const b = units[list[i]];
        if (met.has(b.id)) continue;
        met.add(b.id);
        const key = alike ? classes.classOf[a.id] * classes.count + classes.classOf[b.id] : -1;
        let same = alike ? asked.get(key) : undefined;
        if (same === undefined) {
          same = a.quotes.some((qa) => b.quotes.some((qb) => sameRemark(qa, qb, rare)));
          if (alike) asked.set(key, same);
        }
        if (same) setPair(out, a.id, b.id, true);
      }
    }
  }
  return out;
}

/**
 * Every key's postings (the units holding it, ascending) in one flat array: key `id`'s run is
 * `units[start[id]]` to `units[start[id + 1]]` (the table counts each key's units): no list per key.
 */
interface Postings {
  start: Int32Array;
  units: Int32Array;
}

function postingsOf(table: KeyTable): Postings {
  const start = ints(SCRATCH.start, table.keys.length + 1);
  start[0] = 0;
  for (let id = 0; id < table.keys.length; id++) start[id + 1] = start[id] + table.units[id];
  const units = ints(SCRATCH.postings, start[table.keys.length]);
  const fill = start.slice(0, table.keys.length);
  const { ofUnit, from } = table;
  for (let u = 0; u + 1 < from.length; u++) for (let i = from[u]; i < from[u + 1]; i++) units[fill[ofUnit[i]]++] = u;
  return { start, units };
}

/** Index of the first entry of `list[lo..hi)` (ascending) greater than `x`. */
function firstAfterIn(list: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does unit `x` hold any of the keys `ids`? (a loop, not `.some` with a closure: asked per pair scored) */
function holdsAny(p: Postings, ids: readonly number[], x: number): boolean {
  for (let i = 0; i < ids.length; i++) if (holds(p, ids[i], x)) return true;
  return false;
}

/** Does key `id`'s postings hold unit `x`? (whether unit `x` holds the key) */
function holds(p: Postings, id: number, x: number): boolean {
  const end = p.start[id + 1];
  const i = firstAfterIn(p.units, p.start[id], end, x - 1);
  return i < end && p.units[i] === x;
}

const NO_IDS: readonly number[] = [];
const NOTHING_SHARED = { weight: 0, count: 0 } as const;
const NOT_SAID_KEYS: ReadonlySet<string> = new Set([...PERSON_PLACE_NOT_SAID.posts, ...PERSON_PLACE_NOT_SAID.when].map((w) => `t:${termKey(w)}`));

/**
 * Per key id, the units holding it as marks by unit id (1: holds), made on the key's first asking and kept for the
 * story: asked only of the keys too common to open candidates (`ALIGN.bucketShare` of a story's units at least, so
 * a few keys of the larger stories), once per candidate pair.
 */
function commonHolders(p: Postings, units: number): (id: number) => Uint8Array {
  const made = new Map<number, Uint8Array>();
  return (id) => {
    let marks = made.get(id);
    if (!marks) {
      marks = new Uint8Array(units);
      for (let i = p.start[id]; i < p.start[id + 1]; i++) marks[p.units[i]] = 1;
      made.set(id, marks);
    }
    return marks;
  };
}

/** No document's headline is asked for: none has an issuer. */
const NO_HEADLINES = (): WireHeadline | null => null;

/**
 * Align the units of one story. `issuers`: each document's all-caps wire headline and issuer (issuers.ts
 * wireHeadline), by the document's place in the story (asked only of the two articles of a pair that aligns): two
 * issuers' notices ("DIAMOND SHAMROCK RAISES ..." / "MARATHON RAISES ...", "CAECL ISSUES ..." / "MATSUSHITA ELECTRIC
 * TRADING ISSUES ...") state two companies' terms, however alike their sentences ("The payment date is March 31." / "... March 30 ..."): none of their pairs aligns,
 * unless one article tells of the other's deal (issuers.ts twoIssuers); and where it does, two sentences each giving its
 * own figures and neither naming the other's issuer (ownTerms) still do not align.
 */
export function align(units: Unit[], relations: Relation[], issuers: (docOrder: number) => WireHeadline | null = NO_HEADLINES): Alignment {
  const table = keyTable(units);
  const weightOf = keyWeightsById(units, table);
  const weight = byKey(table, weightOf);
  // candidates come from later documents only: one document's units meet none, so a story of one article (most
  // of a wire service's) has its weights and no pair (the loop below would find every postings list exhausted)
  if (documentCount(units) < 2) return { neighbors: new Map(), weight, pairsScored: 0, keySearches: 0 };
  const { neighbors, pairsScored, keySearches } = alignPairs(units, relations, table, weightOf, issuers);
  return { neighbors, weight, pairsScored, keySearches };
}

/** The aligned pairs of a story's units (align's search, which a story of one article skips). */
export function alignPairs(
  units: Unit[],
  relations: Relation[],
  table: KeyTable = keyTable(units),
  weightOf: Float64Array = keyWeightsById(units, table),
  issuers: (docOrder: number) => WireHeadline | null = NO_HEADLINES,
): Pick<Alignment, 'neighbors' | 'pairsScored' | 'keySearches'> {
  const { ofUnit, from } = table;
  const totals = floats(SCRATCH.totals, units.length);
  for (let u = 0; u < units.length; u++) {
    let s = 0;
    for (let i = from[u]; i < from[u + 1]; i++) {
      const id = ofUnit[i];
      if (table.keys[id][0] !== 'c' || !SHARED_ONLY.has(table.keys[id])) s += weightOf[id];
    }
    totals[u] = s;
  }
  const postings = postingsOf(table);
  // the deal key's id (a unit holding deals holds it)
  const dealId = table.idOf.get(DEAL_KEY) ?? -1;
  const cap = Math.max(ALIGN.bucketFloor, Math.ceil(units.length * ALIGN.bucketShare));
  // a typical rare key's weight: "shares enough" is measured in these
  // (the 75th percentile, the value a sort would put at that place, found by selection in a scratch copy)
  const typical = weightOf.length ? percentile75(weightOf) : 1;
  // record statements' years (`f:` keys), by unit: most have none
  const records = new Array<readonly number[]>(units.length);
  for (let u = 0; u < units.length; u++) {
    // most units have none: no list is made for them
    let ids: number[] | null = null;
    for (let i = from[u]; i < from[u + 1]; i++) if (table.keys[ofUnit[i]][0] === 'f') (ids ??= []).push(ofUnit[i]);
    records[u] = ids ?? NO_IDS;
  }
  const topical = topicalKeys(units, table);
  // a key's weight by its text, for the few pairs that share a person
  const weightOfKey = (k: string) => weightOf[table.idOf.get(k)!];
  const links = passagePairs(relations, units);
  const ends = documentEnds(units);
  const classes = unitClasses(units);
  const quoted = quotePairs(units, ends, classes);
  const neighbors = new Map<number, Map<number, number>>();
  const link = (a: number, b: number, s: number) => {
    let na = neighbors.get(a);
    if (!na) neighbors.set(a, (na = new Map()));
    let nb = neighbors.get(b);
    if (!nb) neighbors.set(b, (nb = new Map()));
    na.set(b, s);
    nb.set(a, s);
  };
  let pairsScored = 0;
  let keySearches = 0;
  // a unit's folded words, made only for the few pairs that need them
  const words = new Map<number, Set<string>>();
  const wordsOf = (u: Unit) => {
    let w = words.get(u.id);
    if (!w) words.set(u.id, (w = new Set(foldedWords(u.text))));
    return w;
  };
  // per candidate unit: the weight and number of keys it shares with `a` (arrays over unit ids, reset after
  // each unit), and the candidates in the order first met
  const shared = floats(SCRATCH.shared, units.length).fill(0);
  const count = ints(SCRATCH.count, units.length).fill(0);
  const met: number[] = [];
  // a's keys too common to find candidates by, in its order, and which units hold each (by unit id: asked per
  // candidate, where a search of the key's long postings list was a dozen steps per candidate and key)
  const common: number[] = [];
  const held: Uint8Array[] = [];
  const holders = commonHolders(postings, units.length);
  // (a pair of classes' outcome in a table over pairs of classes when there are few enough of them, else in a Map)
  const byPair =
    classes.count < units.length && classes.count * classes.count <= ALIKE_TABLE
      ? { score: new Float64Array(classes.count * classes.count).fill(Number.NaN), apart: new Uint8Array(classes.count * classes.count) }
      : null;
  const rules: PairRules = {
    units,
    weightOf,
    dealId,
    totals,
    typical,
    topical,
    weightOfKey,
    wordsOf,
    records,
    postings,
    issuers,
    classes,
    scores: new Map(),
    table: byPair,
  };
  for (const a of units) {
    met.length = 0;
    common.length = 0;
    held.length = 0;
    // (most units are in no re-used passage and quote no remark twice: nothing to look up for their pairs)
    const passagesOfA = links.get(a.id);
    const quotedOfA = quoted.get(a.id);
    for (let j = from[a.id]; j < from[a.id + 1]; j++) {
      const id = ofUnit[j];
      if (table.units[id] > cap) {
        common.push(id);
        held.push(holders(id));
        continue;
      }
      const w = weightOf[id];
      const list = postings.units;
      const end = postings.start[id + 1];
      keySearches++;
      for (let i = firstAfterIn(list, postings.start[id], end, ends[a.id]); i < end; i++) {
        const b = list[i];
        if (count[b] === 0) met.push(b);
        shared[b] += w;
        count[b]++;
      }
    }
    for (const b of met) {
      const s = shared[b];
      let n = count[b];
      shared[b] = 0;
      count[b] = 0;
      pairsScored++;
      // the common keys also count (they were skipped for candidates only)
      let full = s;
      for (let c = 0; c < common.length; c++)
        if (held[c][b] === 1) {
          full += weightOf[common[c]];
          n++;
        }
      // (the pair's rules in a function of their own: their rare branches, met late, send it alone back to be
      // compiled again, not this loop)
      const score = ruledScore(rules, a, b, full, n, passagesOfA, quotedOfA);
      keySearches += records[a.id].length;
      if (score >= ALIGN.edge) link(a.id, b, score);
    }
  }
  return { neighbors, pairsScored, keySearches };
}

/** What alignPairs' pair rules read, made once a story. */
interface PairRules {
  readonly units: Unit[];
  readonly weightOf: Float64Array;
  readonly dealId: number;
  readonly totals: Float64Array;
  readonly typical: number;
  readonly topical: Set<string>;
  readonly weightOfKey: (k: string) => number;
  readonly wordsOf: (u: Unit) => Set<string>;
  readonly records: ReadonlyArray<readonly number[]>;
  readonly postings: Postings;
  readonly issuers: (docOrder: number) => WireHeadline | null;
  readonly classes: { classOf: Int32Array; count: number };
  /** what the rules that read the two sentences alone give, by pair of classes */
  readonly scores: Map<number, PairOfClasses>;
  /** the same in a table by pair of classes, when their count squared is at most ALIKE_TABLE: the sentences' score
   * (NaN: not asked yet) and whether their figures are apart (0: not asked, 1: no, 2: yes) */
  readonly table: { score: Float64Array; apart: Uint8Array } | null;
}

/** A candidate pair's score by the pair rules, from the weight and number of keys `a` and unit `b` share; 0 when two
 * issuers' notices keep it apart. */
function ruledScore(
  r: PairRules,
  a: Unit,
  b: number,
  shared: number,
  sharedCount: number,
  passagesOfA: ReadonlyMap<number, number> | undefined,
  quotedOfA: ReadonlySet<number> | ReadonlyMap<number, true> | undefined,
): number {
  const ub = r.units[b];
  // (no class of several units, as in most stories: no pair comes twice, nothing kept)
  let known: PairOfClasses | undefined;
  let score: number;
  let at = -1;
  if (r.classes.count === r.units.length) score = sentencesScore(r, a, ub, shared, sharedCount);
  else if (r.table !== null) {
    at = r.classes.classOf[a.id] * r.classes.count + r.classes.classOf[b];
    score = r.table.score[at];
    if (Number.isNaN(score)) r.table.score[at] = score = sentencesScore(r, a, ub, shared, sharedCount);
  } else {
    const key = r.classes.classOf[a.id] * r.classes.count + r.classes.classOf[b];
    known = r.scores.get(key);
    if (known === undefined) r.scores.set(key, (known = { score: sentencesScore(r, a, ub, shared, sharedCount), apart: undefined }));
    score = known.score;
  }
  const passage = passagesOfA?.get(b);
  if (passage !== undefined && (passage === 1 || score >= ALIGN.edge / 2)) score = Math.max(score, ALIGN.passage);
  if (quotedOfA?.has(b)) score = Math.max(score, ALIGN.passage);
  if (score >= ALIGN.edge) {
    const [ha, hb] = [r.issuers(a.docOrder), r.issuers(ub.docOrder)];
    if (twoIssuers(ha, hb)) return 0;
    let apart: boolean;
    if (known) apart = known.apart ??= figuresApart(a, ub);
    else if (at >= 0) {
      if (r.table!.apart[at] === 0) r.table!.apart[at] = figuresApart(a, ub) ? 2 : 1;
      apart = r.table!.apart[at] === 2;
    } else apart = figuresApart(a, ub);
    if (apart && ownTerms(ha, hb, a.text, ub.text)) return 0;
  }
  return score;
}

/** the most pairs of classes alignPairs keeps in a table (a Float64Array and a Uint8Array of this length: 18 MB) */
const ALIKE_TABLE = 1 << 21;

/** What a pair of classes' sentences give every pair of their units: the sentences' score, whether their figures
 * are apart (asked only of a pair that aligns) */
interface PairOfClasses {
  score: number;
  apart: boolean | undefined;
}

/** A candidate pair's score by the rules that read its two sentences alone (the same for every pair of their two
 * classes: unitClasses), from the weight and number of keys they share. */
function sentencesScore(r: PairRules, a: Unit, ub: Unit, shared: number, sharedCount: number): number {
  const b = ub.id;
  let full = shared;
  let n = sharedCount;
  // a title both write before two different people ("Oklahoma Attorney General Scott Pruitt" / "U.S. Attorney
  // General Eric Holder") is no word the two share: two posts of one name, not one statement
  if (a.titles.size && ub.titles.size) {
    const other = otherTitles(a, ub, r.weightOfKey);
    full -= other.weight;
    n -= other.count;
  }
  // two sentences telling two deals of one story (Amgen's offering of shares, warrants to purchase Amgen stock)
  // share the deal key but not a deal: it counts for neither
  if (a.deals.length && ub.deals.length && otherDeals(a.deals, ub.deals)) {
    full -= r.weightOf[r.dealId];
    n--;
  }
  // a lawmaker's state beside his name ("John Dingell, D-Mich" / "Dingell, a Michigan Democrat") says who spoke,
  // not what: two statements of one person share it by the speaker only (unless they share what was said too)
  if (a.personPlaces.length || ub.personPlaces.length) {
    const other = personPlacesShared(a, ub, r.weightOfKey, r.typical);
    full -= other.weight;
    n -= other.count;
  }
  let score = pairScore(full, n, r.totals[a.id], r.totals[b], full / r.typical);
  if (score >= ALIGN.edge && a.persons.length && ub.persons.length) {
    const names = personNames(a, ub, ub.keySet, r.topical, r.weightOfKey, r.typical);
    if (names) score = pairScore(full - names.weight, n - names.count, r.totals[a.id], r.totals[b], (full - names.weight) / r.typical);
  }
  // two companies' names count once when that is all two long sentences share (the lower score of the two rules
  // when a pair names people too)
  if (score >= ALIGN.edge && a.companies.length && ub.companies.length) {
    const names = sharedNames(a, ub, ub.keySet, r.weightOfKey, r.typical);
    if (names) score = Math.min(score, pairScore(full - names.weight, n - names.count, r.totals[a.id], r.totals[b], (full - names.weight) / r.typical));
  }
  if (score >= ALIGN.edge && !sharesPredicate(a, ub, ub.keySet, r.topical)) score = 0;
  if (score >= ALIGN.edge && score < ALIGN.edge + ALIGN.edgeBand && saysWhat(a, ub, r.weightOfKey) < ALIGN.edgeContent * r.typical) score = 0;
  if (score > 0 && otherSubjects(a, ub, r.wordsOf)) score = 0;
  // two record statements counting from the same year ("first since 2019", "first in three years")
  // state the same record, however much else the sentences say
  if (holdsAny(r.postings, r.records[a.id], b)) score = Math.max(score, ALIGN.milestone);
  return score;
}

/** Do two sentences each give figures, none of one's values among the other's? Two issuers' sentences so apart that
 * neither names the other's issuer state each its own terms ("The management fee is 25 basis points." / "The
 * underwriting fee is five basis points."), even where one article names the other's issuer elsewhere (United
 * Merchant's co-manager "Mitsubishi Finance"); the background they share gives the same figures, or none. */
const figuresApart = (a: Unit, b: Unit) => a.figures.length > 0 && b.figures.length > 0 && !a.figures.some((f) => b.figures.some((g) => g.value === f.value));
