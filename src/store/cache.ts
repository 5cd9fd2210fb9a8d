// What the ingest has parsed from the base, kept between batches within a budget: a stored document's
// text and enrichment (keyed by id and content hash, so a new version is never served stale) and a
// member's clustering state (keyed by arrival position: written once, never changed). Parsing these JSON
// texts again for every batch was the ingest's largest cost after the clusterer itself.
import type { Arrived } from '../cluster/index.ts';
import type { StoredStory } from '../cluster/state.ts';
import type { PairSimilarities } from '../cluster/split.ts';
import type { DocumentEnrichment, Fingerprint, Flag, Membership, TextDocument } from '../model.ts';
import type { Adapter } from './adapter.ts';

/** A map that forgets its least recently used entries once their summed weights pass the budget. With
 * `admission`, it also counts how often each key was asked for lately (the counts halved every `window` asks),
 * and a new entry that would push others out comes in only if it was asked for more often than each of them:
 * when a batch asks more than the budget holds, a plain LRU loses every entry before it is asked again (each
 * batch pushes out the one before), while these keep the entries asked batch after batch. */
export class LruCache<K, V> {
  private entries = new Map<K, { value: V; weight: number }>();
  private total = 0;
  private readonly asked?: Map<K, number>;
  private asks = 0;

  constructor(
    private readonly budget: number,
    private readonly admission?: { window: number },
  ) {
    if (admission) this.asked = new Map();
  }

  get(key: K): V | undefined {
    if (this.asked) this.count(key);
    const e = this.entries.get(key);
    if (!e) return undefined;
    // a Map keeps insertion order: moving an entry to the end marks it as the most recently used
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: K, value: V, weight: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.weight;
      this.entries.delete(key);
    }
    if (weight > this.budget) return;
    // an entry held is replaced in place; a new one must be asked for more often than what it would push out
    if (!old && !this.admits(key, weight)) return;
    this.entries.set(key, { value, weight });
    this.total += weight;
    for (const [k, e] of this.entries) {
      if (this.total <= this.budget) break;
      this.entries.delete(k);
      this.total -= e.weight;
    }
  }

  private count(key: K): void {
    const asked = this.asked!;
    asked.set(key, (asked.get(key) ?? 0) + 1);
    if (++this.asks < this.admission!.window) return;
    // ageing: what was asked for long ago counts for less, and what is no longer asked for is forgotten
    this.asks = 0;
    for (const [k, n] of asked) {
      if (n > 1) asked.set(k, n >> 1);
      else asked.delete(k);
    }
  }

  private admits(key: K, weight: number): boolean {
    if (!this.asked) return true;
    let room = this.budget - this.total;
    if (room >= weight) return true;
    const mine = this.asked.get(key) ?? 0;
    for (const [k, e] of this.entries) {
      if ((this.asked.get(k) ?? 0) >= mine) return false;
      room += e.weight;
      if (room >= weight) return true;
    }
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** the summed weights held */
  get weight(): number {
    return this.total;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
    this.asked?.clear();
    this.asks = 0;
  }
}

export interface ParsedDocument {
  doc: TextDocument;
  enrichment: DocumentEnrichment;
}

/** Budgets in characters of the stored JSON (a member read once is weighed as restored, below). Parsed
 * documents take a small multiple of that in memory. With batches of 2,000 (the default) a batch fetches most of
 * what it reads anyway, and the caches set the peak: all of Reuters into an embedded base, side by side, 12 M /
 * 64 M / 40 M peaked at 1,035 MB, half that at 983-1,028 MB, a quarter (these) at 939 MB, at the same CPU (154-161
 * s each pair). With batches of 500 (the first 8,000 Reuters articles) a quarter costs 3.5% more CPU, no memory
 * less: a big story touched every batch is fetched and parsed again more often (see bench/HISTORY.md, the story base's ingest). */
export const CACHE_BUDGET = {
  documents: 6_000_000,
  members: 16_000_000,
  /** stories' states: a batch at 10,000-14,000 Reuters articles asks about 3,600 of them (the candidates and the
   * changed stories' neighbours), 14-20 M characters, much the same ones batch after batch; 10 M missed 2,324 of
   * 3,620 at 14,000, 24 M 342 (cluster step 7.3 -> 6.3 ms an article). Held restored, a state takes 1.86 bytes of
   * heap a character (2,000 stored states measured): 20 M is about 37 MB of heap */
  stories: 20_000_000,
  /** member pairs' similarities of stories split-checked before (8 bytes a pair: a story of 100 members, the
   * largest checked, holds 10,000 of them) */
  splitPairs: 1_000_000,
  /** stored documents' fingerprints and spun flags, in bytes (`relateWeight`): relating meets about 2,400 stored
   * documents a batch at 16,000 Reuters articles (the latest members of the stories it joins and those sharing
   * keys), far more than the documents' budget holds parsed; about 6 KB each */
  relate: 16_000_000,
};

/** Asks after which the members' cache halves its counts of asks (about four batches of 2,000 Reuters articles at
 * 10,000 stored, each asking about 4,800 members). */
export const ASKS_WINDOW = 20_000;

/** A restored member takes about 2.3 bytes of heap per character of its stored text (measured on 3,000
 * Reuters members); it is weighed so, against the same budget. */
export const MEMBER_PARSED_WEIGHT = 2.3;

/** What relating works out of one stored document alone (keyed like `documents`): both depend on its text only. */
export interface RelateFacts {
  fp: Fingerprint;
  /** its spun flag, once worked out */
  spun?: Flag;
}

/** Bytes a fingerprint holds (its typed arrays, its sentence hashes, a little for the rest). */
export function relateWeight(fp: Fingerprint): number {
  const lists = (p: unknown) => {
    const q = p as { data?: Uint32Array; starts?: Uint32Array };
    return (q.data?.byteLength ?? 0) + (q.starts?.byteLength ?? 0);
  };
  return 256 + fp.minhash.byteLength + fp.shingles.byteLength + 8 * fp.sentenceHashes.length + lists(fp.sentenceShingles) + lists(fp.sentenceWords);
}

export interface ParsedCache {
  documents: LruCache<string, ParsedDocument>;
  /** members' clustering states: as stored until first read, then as restored (`MEMBER_PARSED_WEIGHT`); one
   * restored before the clustering key table was last cleared (cluster/vocab.ts) is read again as stored */
  members: LruCache<number, string | Arrived>;
  /** stories' clustering states as parsed, with the change sequence that wrote them (a later write is
   * told by its sequence, whoever made it), and the memberships of the stories this process wrote (kept as
   * written: a story a batch changes is often changed by the next); read only: a story restored from one
   * copies what it changes; a state restored before the key table was last cleared is read again */
  stories: LruCache<number, { seq: number; state: StoredStory; memberships?: Membership[] }>;
  /** the split check's member pairs by story key (cluster/split.ts): a pair's similarity depends on its two
   * members alone, which never change once stored; members of a batch that did not commit must not stay */
  splitPairs: LruCache<number, PairSimilarities>;
  /** stored documents' fingerprints and spun flags by `documentKey` (a new version has another key): relating
   * works them out again only for a document it has not met (the parsed documents' cache holds far fewer);
   * without it (a reader's cache), every time */
  relate?: LruCache<string, RelateFacts>;
  /** the documents the batch being committed wrote, by `documentKey`, as it holds them (with the weight their stored
   * texts would have in `documents`): read back from memory rather than fetched and parsed again (synthesis reads
   * most of them); set and cleared by the batch's commit */
  written?: Map<string, { parsed: ParsedDocument; weight: number }>;
  /** within an ingest run, the documents its last committed batch wrote (`written` as that batch left it): the run's
   * end synthesises the stories the batches left stale and reads them from here, each taken out as it is read (into
   * `documents`), rather than fetched and parsed again; let go when the run reads its next input or ends */
  lastWritten?: Map<string, { parsed: ParsedDocument; weight: number }>;
}

/** A cache that admits by asks (`LruCache`'s admission): the members' states, which a batch asks for more of than
 * the budget holds once the base has grown (the members of every story it changed), much the same ones batch after
 * batch. Not the stories' states: there recency wins (a story a batch opened or joined is asked for by the next), and
 * admitting by asks missed more (Reuters 8,000 / 10,000 stored: 795 / 1,577 states missed a batch against 561 / 1,509). */
export function askedCache<K, V>(budget: number): LruCache<K, V> {
  return new LruCache(budget, { window: ASKS_WINDOW });
}

const caches = new WeakMap<Adapter, ParsedCache>();

/** The cache of one open base (it goes with the base's connection). */
export function parsedCache(db: Adapter): ParsedCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = {
      documents: new LruCache(CACHE_BUDGET.documents),
      members: askedCache(CACHE_BUDGET.members),
      stories: new LruCache(CACHE_BUDGET.stories),
      splitPairs: new LruCache(CACHE_BUDGET.splitPairs),
      relate: new LruCache(CACHE_BUDGET.relate),
    };
    caches.set(db, cache);
  }
  return cache;
}

/** The key of one reading of a document. */
export function documentKey(id: string, hash: string): string {
  return `${id}\u0000${hash}`;
}
