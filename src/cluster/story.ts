// A story while clustering: centroids per feature space, members, activity time; and a document's
// weighted vectors in those spaces.
import type { Membership } from '../model.ts';
import { absorbMentions, clearMentions, countMentions, emptyMentioned, type Mentioned } from './days.ts';
import type { DocFeatures, Mention } from './features.ts';
import type { OnlineIdf } from './idf.ts';
import { absorbLeads, countLead, type Leads } from './lead.ts';
import { Centroid, unitOf, unitOfArrays, type ReadVec, type Unit, type Vec } from './vector.ts';
import { idOf, keyOf, knownId, vocabularyGeneration, watchNewKeys } from './vocab.ts';
import { knownStemId, stemOf, TermCounts } from '../common/term-counts.ts';

export const SPACES = ['text', 'title', 'names', 'numbers', 'dates'] as const;
export type Space = (typeof SPACES)[number];

/** Prefix of each space's keys in the shared document-frequency table (title terms share the text counts);
 * a vector's keys are the ids (vocab.ts) of its keys with this prefix. */
const DF_PREFIX: Record<Space, string> = { text: '', title: '', names: 'N|', numbers: '', dates: '@' };

/** The key of a space's vector key id, as the features write it (without the prefix). */
export function keyIn(space: Space, id: number): string {
  return DF_PREFIX[space] ? keyOf(id).slice(DF_PREFIX[space].length) : keyOf(id);
}

/** The id a feature key of a space has in its vectors, or -1 when no vector ever held it. */
export function idIn(space: Space, key: string): number {
  const prefix = DF_PREFIX[space];
  if (!prefix) return knownId(key);
  // the lead checks ask for the same few name keys for every candidate, and a story's why for every shared
  // term's surface: joining the prefix and hashing the new string each time was most of their cost. Remembered
  // per key: an id as it is; a miss as -1, forgotten when the key is met (watchNewKeys below). A miss once kept
  // while no key at all was added since was asked again nearly every time: the online pass adds keys with
  // almost every document, and most keys asked are not names (a shared term's surface, a lead subject no text
  // names). The names' memo is held apart (the lead checks ask for names only, per key of a story's leads per
  // candidate)
  const memo = prefixedMemo(space);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const id = knownId(prefix + key);
  memo.set(key, id);
  return id;
}
const prefixedIds = new Map<Space, Map<string, number>>();
let namesIds = new Map<string, number>();
let prefixedGeneration = -1;
const PREFIXED = SPACES.filter((s) => DF_PREFIX[s] !== '');

// a prefixed key given its first id: a miss its space's memo kept for it is one no longer
watchNewKeys((key) => {
  for (const space of PREFIXED) {
    const prefix = DF_PREFIX[space];
    if (key.startsWith(prefix)) prefixedMemo(space).delete(key.slice(prefix.length));
  }
});

/** A prefixed space's memo of key -> id (or a miss as -1), emptied with the table. */
function prefixedMemo(space: Space): Map<string, number> {
  if (prefixedGeneration !== vocabularyGeneration()) {
    prefixedIds.clear();
    namesIds = new Map();
    prefixedGeneration = vocabularyGeneration();
  }
  let memo = space === 'names' ? namesIds : prefixedIds.get(space);
  if (!memo) prefixedIds.set(space, (memo = new Map()));
  return memo;
}

/** The id of a prefixed space's key, given one the first time it is met: idOf(prefix + key), the joined string
 * made and hashed only the first time (the features' keys are the strings their Maps hashed already). */
function prefixedIdOf(space: Space, prefix: string, key: string): number {
  const memo = prefixedMemo(space);
  const known = memo.get(key);
  if (known !== undefined && known >= 0) return known;
  const id = idOf(prefix + key);
  memo.set(key, id);
  return id;
}

/** A space's vector keyed by the features' keys (what a story base stores), and back. */
export function keyedVec(space: Space, v: ReadVec): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, w] of v) out.set(keyIn(space, id), w);
  return out;
}

/** [...keyedVec(space, v)]: its entries as pairs keyed by the features' keys (what a stored state holds), walked
 * with forEach (a Sums' entries walk makes a pair a step) and no Map made on the way. */
export function keyedPairs(space: Space, v: ReadVec): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  v.forEach((w, id) => {
    out.push([keyIn(space, id), w]);
  });
  return out;
}

/** keyedVec of a unit's entries (a packed document's), read from its arrays: its Map is not made. */
export function keyedUnit(space: Space, u: Pick<Unit, 'keys' | 'weights'>): Map<string, number> {
  const out = new Map<string, number>();
  const { keys, weights } = u;
  for (let i = 0; i < keys.length; i++) out.set(keyIn(space, keys[i]), weights[i]);
  return out;
}

export function idVec(space: Space, v: Iterable<[string, number]>): Vec {
  const out: Vec = new Map();
  for (const [k, w] of v) out.set(idOf(DF_PREFIX[space] + k), w);
  return out;
}

/** unitOf(idVec(space, v)): the same ids, weights and order, written straight into a unit's arrays (no Map made). */
export function idUnit(space: Space, v: ReadonlyMap<string, number>): Unit {
  const n = v.size;
  const buffer = new ArrayBuffer(n * 12);
  const weights = new Float64Array(buffer, 0, n);
  const keys = new Int32Array(buffer, n * 8, n);
  const prefix = DF_PREFIX[space];
  let i = 0;
  for (const [k, w] of v) {
    keys[i] = idOf(prefix + k);
    weights[i++] = w;
  }
  return unitOfArrays(keys, weights);
}

/** The latest year a document mentions ("y2013" among its date keys), or null. A season or span of years
 * ("s2008-2009", "the 2008-09 season") counts as the year it opens: a season's news is of its first year's
 * autumn, and a contract "through the 2009-2010 season" looks ahead no further than that. */
export function latestYear(v: DocVectors | DocEntries): number | null {
  let latest: number | null = null;
  const dates = v.dates;
  for (const id of dates instanceof Map ? dates.keys() : dates.keys) {
    const k = keyIn('dates', id);
    const y = k[0] === 'y' ? Number(k.slice(1)) : k[0] === 's' ? Number(k.slice(1, 5)) : null;
    if (y !== null && (latest === null || y > latest)) latest = y;
  }
  return latest;
}

/** A document's unit vectors (sublinear tf times online idf) in every space, and its lead subject (lead.ts). */
export type DocVectors = Record<Space, Vec> & { lead?: readonly string[] };

/** The same vectors as entry arrays per space, in the Maps' order (a document's units: similarity.ts DocUnits). */
export type DocEntries = Record<Space, Pick<Unit, 'keys' | 'weights'>> & { lead?: readonly string[] };

/** A space's entries, from a Map when given one (a member stored as Maps). */
function entriesOf(v: Vec | Pick<Unit, 'keys' | 'weights'>): Pick<Unit, 'keys' | 'weights'> {
  return v instanceof Map ? unitOf(v) : v;
}

/** The keys a document adds to the document-frequency table. */
export function dfKeys(f: DocFeatures): string[] {
  const keys: string[] = [...f.terms.keys()];
  for (const k of f.names.keys()) keys.push(DF_PREFIX.names + k);
  for (const k of f.numbers.keys()) keys.push(DF_PREFIX.numbers + k);
  for (const k of f.dates.keys()) keys.push(DF_PREFIX.dates + k);
  return keys;
}

/** A document's keys as ids, per space, in the order of its counts (made once: counted, then weighed). */
export type DocKeyIds = Record<Space, Int32Array>;

const COUNTS: Record<Space, 'terms' | 'title' | 'names' | 'numbers' | 'dates'> = {
  text: 'terms',
  title: 'title',
  names: 'names',
  numbers: 'numbers',
  dates: 'dates',
};

export function docKeyIds(f: DocFeatures): DocKeyIds {
  const out = {} as DocKeyIds;
  for (const s of SPACES) {
    const counts = f[COUNTS[s]];
    if (counts instanceof TermCounts) {
      out[s] = termIds(counts);
      continue;
    }
    const ids = new Int32Array(counts.size);
    const prefix = DF_PREFIX[s];
    let i = 0;
    if (prefix) for (const k of counts.keys()) ids[i++] = prefixedIdOf(s, prefix, k);
    else for (const k of counts.keys()) ids[i++] = idOf(k);
    out[s] = ids;
  }
  return out;
}

/** The text space's ids of term counts by stem id (no prefix: a stem's key is the stem), each stem's id
 * remembered for the vocabulary's generation: no string hashed per term once its stem was met. */
function termIds(counts: TermCounts): Int32Array {
  sameStemGeneration();
  const ids = new Int32Array(counts.size);
  for (let i = 0; i < ids.length; i++) {
    const stem = counts.idAt(i);
    if (stem >= stemKeys.length) {
      const grown = new Int32Array(Math.max(stem + 1, 2 * stemKeys.length));
      grown.set(stemKeys);
      stemKeys = grown;
    }
    let id = stemKeys[stem] - 1;
    if (id < 0) {
      stemKeys[stem] = (id = idOf(stemOf(stem))) + 1;
      noteKeyStem(id, stem);
    }
    ids[i] = id;
  }
  return ids;
}
/** per stem id (term-counts.ts), its key's id (vocab.ts) plus one in generation `stemKeysGeneration`, 0 if not met */
let stemKeys = new Int32Array(1 << 14);
/** the other way: per key id, the stem id of its key plus one (0: not known yet), in the same generation */
let keyStems = new Int32Array(1 << 14);
let stemKeysGeneration = -1;

/** Both tables emptied when the key table's generation has passed (its ids mean other keys now). */
function sameStemGeneration(): void {
  if (stemKeysGeneration === vocabularyGeneration()) return;
  stemKeys = new Int32Array(stemKeys.length);
  keyStems = new Int32Array(keyStems.length);
  stemKeysGeneration = vocabularyGeneration();
}

function noteKeyStem(id: number, stem: number): void {
  if (id >= keyStems.length) {
    const grown = new Int32Array(Math.max(id + 1, 2 * keyStems.length));
    grown.set(keyStems);
    keyStems = grown;
  }
  keyStems[id] = stem + 1;
}

/**
 * knownStemId(keyOf(id)): the stem id of a text key's id, or -1 when its key is no stem met. Read off the table
 * termIds fills as it gives a stem its key id (a story's why asks it of every strongest term of every story:
 * a look-up in the table of every stem met, 40,000 strings on all of Reuters, was 1.5% of the clusterer's
 * samples); a key no document's term counts gave is looked up as before, and kept once found.
 */
export function stemOfKeyId(id: number): number {
  sameStemGeneration();
  const known = id < keyStems.length ? keyStems[id] - 1 : -1;
  if (known >= 0) return known;
  const stem = knownStemId(keyOf(id));
  if (stem >= 0) noteKeyStem(id, stem);
  return stem;
}

/** Count a document's keys in the document frequencies (the title's are among its text's). */
export function countKeys(idf: OnlineIdf, ids: DocKeyIds): void {
  idf.add(ids.text, ids.names, ids.numbers, ids.dates);
}

/** The vector of a space a document has nothing in: one, shared (document vectors are only read once made). */
const EMPTY: Vec = new Map();

/** Sublinear term frequency times idf, scaled to unit length. */
function weigh(counts: ReadonlyMap<string, number>, ids: Int32Array, idf: OnlineIdf): Vec {
  if (counts.size === 0) return EMPTY;
  if (weighedIds.length < counts.size) [weighedIds, weighed] = [new Int32Array(2 * counts.size), new Float64Array(2 * counts.size)];
  const m = weighInto(counts, ids, idf, weighedIds, weighed, 0);
  const v: Vec = new Map();
  for (let j = 0; j < m; j++) v.set(weighedIds[j], weighed[j]);
  return v;
}
let weighedIds = new Int32Array(1024);
let weighed = new Float64Array(1024);

/**
 * A space's unit vector (weigh's keys, weights and order) written into `keys` and `weights` from `at` on, which
 * must have room for one entry a count; the count of entries written. The clusterer packs a document's vectors
 * so as they arrive (packed-vectors.ts): no Map made (all of Reuters: ~125 MB of Maps, garbage once packed).
 */
export function weighInto(counts: ReadonlyMap<string, number>, ids: Int32Array, idf: OnlineIdf, keys: Int32Array, weights: Float64Array, at: number): number {
  if (counts.size === 0) return 0;
  // the weights are worked out in a scratch and written once, scaled (normalise set each twice: a number
  // allocated per set); same weights, same order, the norm summed in that order, so the same values
  if (weighIds.length < counts.size) [weighIds, weighScratch] = [new Int32Array(2 * counts.size), new Float64Array(2 * counts.size)];
  let m = 0;
  let n = 0;
  // term counts by stem id read by index (no iterator); `ids` has one id per count, in the counts' order
  const byId = counts instanceof TermCounts ? counts : null;
  const values = byId ? null : counts.values();
  for (let i = 0; i < ids.length; i++) {
    const c = byId ? byId.countAt(i) : (values?.next().value as number);
    const id = ids[i];
    if (c > 0) {
      const w = (1 + Math.log(c)) * idf.idf(id);
      weighIds[m] = id;
      weighScratch[m++] = w;
      n += w * w;
    }
  }
  const norm = n === 0 ? 1 : Math.sqrt(n);
  for (let j = 0; j < m; j++) {
    keys[at + j] = weighIds[j];
    weights[at + j] = n === 0 ? weighScratch[j] : weighScratch[j] / norm;
  }
  return m;
}
let weighIds = new Int32Array(1024);
let weighScratch = new Float64Array(1024);

/** The space's counts a document's vectors are weighed from. */
export function countsIn(f: DocFeatures, s: Space): ReadonlyMap<string, number> {
  return f[COUNTS[s]];
}

export function docVectors(f: DocFeatures, idf: OnlineIdf, ids: DocKeyIds = docKeyIds(f)): DocVectors {
  return {
    text: weigh(f.terms, ids.text, idf),
    title: weigh(f.title, ids.title, idf),
    names: weigh(f.names, ids.names, idf),
    numbers: weigh(f.numbers, ids.numbers, idf),
    dates: weigh(f.dates, ids.dates, idf),
    ...(f.lead?.length ? { lead: f.lead } : {}),
  };
}

/** docVectors' text and names alone (what a document's index keys read: candidates.ts), the other spaces not weighed. */
export function keyVectors(f: DocFeatures, idf: OnlineIdf, ids: DocKeyIds): Pick<DocVectors, 'text' | 'names'> {
  return { text: weigh(f.terms, ids.text, idf), names: weigh(f.names, ids.names, idf) };
}

/** Memberships not read yet: where they come from, and how to read them (once). */
interface DeferredMemberships {
  keys: number[];
  load: () => Membership[];
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
}

/** Something similarity can be measured against: a story's centroids and period. */
export interface StoryLike {
  centroids: Record<Space, Centroid>;
  firstTime: number | null;
  lastTime: number | null;
  /** members per latest year mentioned (stories only) */
  years?: Map<number, number>;
  /** days, months and years the members' texts name */
  mentioned?: Mentioned;
  /** the members' lead subjects (lead.ts) */
  leads?: Leads;
  /** every member's language reads no names (DocFeatures.nameBlind): its names left out say nothing */
  namesUnread?: boolean;
}

export class Story implements StoryLike {
  readonly centroids: Record<Space, Centroid> = {
    text: new Centroid(),
    title: new Centroid(),
    names: new Centroid(),
    numbers: new Centroid(),
    dates: new Centroid(),
  };
  /** arrival positions of the members, in joining order */
  members: number[] = [];
  /** the memberships, in joining order, are `deferred`'s (a story taken back from a base, until read) then `own` */
  private own: Membership[] = [];
  private deferred: DeferredMemberships | null = null;
  firstTime: number | null = null;
  lastTime: number | null = null;
  /** arrival position of the latest member */
  lastSeen = 0;
  /** false once the story went quiet and left the candidate set */
  active = true;
  /** set when this story was merged into another */
  mergedInto: Story | null = null;
  /** members per latest year they mention (an article names its event's year, or earlier ones, never later) */
  readonly years = new Map<number, number>();
  /** days, months and years the members' texts name, with how many members name each */
  readonly mentioned: Mentioned = emptyMentioned();
  /** the members' lead subjects (lead.ts); a story taken back from a stored state has them from it (a state from
   * before they were kept has none: then no lead subject counts against it) */
  readonly leads: Leads = { keys: new Map(), members: 0 };
  /** members whose language reads no names (DocFeatures.nameBlind) */
  nameBlind = 0;

  /** bumped whenever the centroids change (cached lookups of the story's strongest keys check it) */
  version = 0;
  /** for a story taken back from a stored state: what its centroids were restored from (while `version` is
   * 0 they are those, so what is worked out from them can be kept with the state: candidates.ts) */
  origin: object | null = null;

  constructor(readonly key: number) {}

  /** Whether every member's language reads no names (a story of German pages names nothing whoever it is about). */
  get namesUnread(): boolean {
    return this.nameBlind > 0 && this.nameBlind >= this.members.length;
  }

  /** The memberships, in joining order (those still stored are read now). */
  get memberships(): Membership[] {
    if (this.deferred) {
      this.own = [...this.deferred.load(), ...this.own];
      this.deferred = null;
    }
    return this.own;
  }

  /** Memberships kept elsewhere (a base: `keys` name the stored stories they come from), read only when a pass
   * reads this story's memberships; members added meanwhile go after them. Most stories taken back from a base
   * are only scored against: their memberships, which grow with the story, are then never read. */
  deferMemberships(keys: number[], load: () => Membership[]): void {
    this.deferred = { keys, load: once(load) };
  }

  /** The stored stories whose memberships this story holds unread (none once read). */
  get unreadMemberships(): readonly number[] {
    return this.deferred?.keys ?? [];
  }

  /** Change the memberships (all of them, in joining order) when they are read: now if they are in memory. */
  updateMemberships(change: (all: Membership[]) => void): void {
    if (!this.deferred) {
      change(this.own);
      return;
    }
    const [d, own] = [this.deferred, this.own];
    this.own = [];
    this.deferMemberships(d.keys, () => {
      const all = [...d.load(), ...own];
      change(all);
      return all;
    });
  }

  add(
    position: number,
    v: DocEntries | DocVectors,
    time: number | null,
    membership: Membership,
    keepTerms: number,
    mentions: readonly Mention[] = [],
    nameBlind = false,
  ): void {
    this.members.push(position);
    if (nameBlind) this.nameBlind++;
    countMentions(this.mentioned, mentions, 1);
    this.own.push(membership);
    const y = latestYear(v);
    if (y !== null) this.years.set(y, (this.years.get(y) ?? 0) + 1);
    countLead(this.leads, v.lead, 1);
    this.version++;
    for (const s of SPACES) {
      this.centroids[s].addUnit(entriesOf(v[s]));
      this.centroids[s].prune(keepTerms);
    }
    this.touch(position, time);
  }

  /** Take a member out (the refinement pass moves it to a better story); the caller resets the period. */
  removeMember(position: number, v: DocEntries | DocVectors, mentions: readonly Mention[] = [], nameBlind = false): Membership {
    const i = this.members.indexOf(position);
    if (nameBlind && this.nameBlind > 0) this.nameBlind--;
    countMentions(this.mentioned, mentions, -1);
    const [membership] = this.memberships.splice(i, 1);
    this.members.splice(i, 1);
    countLead(this.leads, v.lead, -1);
    this.version++;
    for (const s of SPACES) this.centroids[s].removeUnit(entriesOf(v[s]));
    const y = latestYear(v);
    if (y !== null) {
      const n = (this.years.get(y) ?? 0) - 1;
      if (n > 0) this.years.set(y, n);
      else this.years.delete(y);
    }
    return membership;
  }

  /** Its centroids as they are now, kept so when it changes (the sums are copied then, not now). */
  centroidsNow(): Record<Space, Centroid> {
    const out = {} as Record<Space, Centroid>;
    for (const s of SPACES) out[s] = this.centroids[s].snapshot();
    return out;
  }

  /** Recompute the period from the members' times. */
  resetPeriod(times: Array<number | null>): void {
    this.firstTime = null;
    this.lastTime = null;
    for (const t of times) {
      if (t === null) continue;
      if (this.firstTime === null || t < this.firstTime) this.firstTime = t;
      if (this.lastTime === null || t > this.lastTime) this.lastTime = t;
    }
  }

  /** Take over another story's members and centroids (merge pass). */
  absorb(other: Story, keepTerms: number): void {
    this.members.push(...other.members);
    if (this.deferred || other.deferred) {
      // neither side's stored memberships are read for the merge: they are when the merged story's are
      const [mine, own, theirs] = [this.deferred, this.own, other.deferred];
      const theirOwn = other.own;
      this.own = [];
      this.deferMemberships([...(mine?.keys ?? []), ...(theirs?.keys ?? [])], () => [
        ...(mine ? mine.load() : []),
        ...own,
        ...(theirs ? theirs.load() : []),
        ...theirOwn,
      ]);
    } else this.own.push(...other.own);
    for (const [y, n] of other.years) this.years.set(y, (this.years.get(y) ?? 0) + n);
    absorbMentions(this.mentioned, other.mentioned);
    absorbLeads(this.leads, other.leads);
    this.nameBlind += other.nameBlind;
    this.version++;
    for (const s of SPACES) {
      this.centroids[s].absorb(other.centroids[s]);
      this.centroids[s].prune(keepTerms);
    }
    if (other.firstTime !== null) this.touch(other.lastSeen, other.firstTime);
    if (other.lastTime !== null) this.touch(other.lastSeen, other.lastTime);
    this.lastSeen = Math.max(this.lastSeen, other.lastSeen);
    other.mergedInto = this;
    other.active = false;
    other.letGo();
  }

  /** A story merged into another is never scored again: its sums go at once (about a third of the stories
   * a run opens end merged, and their centroids were held to the end of clustering). */
  private letGo(): void {
    for (const s of SPACES) this.centroids[s].clear();
    this.years.clear();
    this.leads.keys.clear();
    this.leads.members = 0;
    this.nameBlind = 0;
    clearMentions(this.mentioned);
  }

  private touch(position: number, time: number | null): void {
    this.lastSeen = Math.max(this.lastSeen, position);
    if (time === null) return;
    if (this.firstTime === null || time < this.firstTime) this.firstTime = time;
    if (this.lastTime === null || time > this.lastTime) this.lastTime = time;
  }
}
