// The batch meets the stored stories: the clusterer resumes from the base's document frequencies and
// counters, takes back only the stories the new documents' strongest keys are posted under (and, before
// the merge pass, the stories near the ones that changed), runs its passes, and reports what it touched.
import type { Membership, StoryGroup, TextDocument } from '../../model.ts';
import { arrivalOrder, LIMITS, linkSample, StoryClusterer, type Arrived, type StoryHead } from '../../cluster/index.ts';
import { indexKeys } from '../../cluster/candidates.ts';
import { documentFeatures } from '../../cluster/features.ts';
import { OnlineIdf } from '../../cluster/idf.ts';
import { currentIds, lazyMember, memberState, restoreMember, restoreStory, storyState, type StoredMember, type StoredStory } from '../../cluster/state.ts';
import { dfKeys, docKeyIds, keyVectors, type Story } from '../../cluster/story.ts';
import { topBy, type ReadVec } from '../../cluster/vector.ts';
import { holdVocabulary, keyOf } from '../../cluster/vocab.ts';
import type { Sql } from '../adapter.ts';
import { MEMBER_PARSED_WEIGHT, type ParsedCache } from '../cache.ts';
import { fromText } from '../serial.ts';
import { loadDf, loadStoryStates, memberStates, storiesByKeys, storyHeads, storyMemberships, sweepStories } from '../repo.ts';

/** What the incremental passes look at beyond what a batch run does. */
export const INCREMENTAL = {
  /** the refinement pass moves only documents among the last this many arrived: older ones have settled
   * (refining every member of every story a batch touched made the cost per article grow with the stories) */
  refineWindow: 2000,
  /** members' texts fetched only for the stories a pass reads (false: every member of every story taken back,
   * as before; at 15,000 Reuters articles that fetched about 10,000 members a batch, of which 44% were read) */
  lazyMembers: true,
  /** the merge pass's neighbours among quiet stories too (true, as `analyze`'s live index holds them): the more
   * the base held, the more stories shared a changed story's keys, and every pass walked them (flat22: stories
   * held per article 1.0 -> 1.8 from 4k to 20k Reuters articles); among active stories only, they are bounded
   * by recency as the candidates are */
  quietNeighbours: false,
};

export interface ClusterOutcome {
  /** live stories this batch changed, by key: their group, state, memberships (in joining order) and index keys */
  groups: Map<number, StoryGroup>;
  states: Map<number, StoredStory>;
  memberships: Map<number, Membership[]>;
  postings: Map<number, string[]>;
  /** stories merged away: key -> the key of the story they went into */
  merged: Map<number, number>;
  opened: Set<number>;
  grown: Set<number>;
  /** the new documents: arrival position and what the clusterer keeps of them */
  members: Map<string, { position: number; state: StoredMember }>;
  /** document id -> story key, for every member of a changed story */
  storyOf: Map<string, number>;
  /** document-frequency increments */
  df: Map<string, number>;
  /** the keys of `df` the base holds a count for (read in this transaction, under the ingest lock): the write
   * updates these and inserts the rest */
  dfStored: Set<string>;
  nextPosition: number;
  nextKey: number;
}

/** The index keys of a document or story (candidates.ts) as the base posts them: by their text. */
function keyTexts(text: ReadVec, names: ReadVec, k: number): Array<[string, number]> {
  return indexKeys(text, names, k).map(([id, w]) => [keyOf(id), w]);
}

/**
 * The active stories posted under each key, asked of the base once a batch: the merge pass's neighbours are looked up
 * with the changed stories' keys, most of which the new documents' look-up asked already, and nothing writes the
 * story keys between the two (the sweep runs first, the postings are written after the passes), so a key asked
 * again gets the answer it got (a key missing from the answer: no story, or too many to say anything).
 */
class ActivePostings {
  private readonly asked = new Set<string>();
  private readonly posted = new Map<string, number[]>();
  constructor(private tx: Sql) {}

  async lookUp(keys: Iterable<string>): Promise<Map<string, number[]>> {
    const todo = [...new Set(keys)].filter((k) => !this.asked.has(k));
    if (!todo.length) return this.posted;
    const got = await storiesByKeys(this.tx, todo, true, LIMITS.maxPosting);
    for (const k of todo) this.asked.add(k);
    for (const [k, stories] of got) this.posted.set(k, stories);
    return this.posted;
  }
}

/** Stories ranked by the summed weight of the keys they share with a query (as the in-memory index does). */
function rank(query: Array<[string, number]>, posted: Map<string, number[]>, count: number, exclude?: number): number[] {
  const score = new Map<number, number>();
  for (const [k, w] of query) for (const s of posted.get(k) ?? []) if (s !== exclude) score.set(s, (score.get(s) ?? 0) + w);
  return topBy(score, count, (a, b) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0])).map(([s]) => s);
}

/** A member read before its text was fetched: the batch is clustered again with every member fetched. */
class UnfetchedMember extends Error {}

/**
 * The members' stored texts and stories' stored memberships a batch has fetched. A story is taken back with its
 * centroids; its members' texts and its memberships are fetched only when a pass is about to read them (the
 * stories the batch changed, the scope of a refinement round, storyline partners): most stories taken back are
 * only scored against, never read.
 */
class MemberTexts {
  readonly texts = new Map<number, string | Arrived>();
  /** stored memberships by story key (fetched, or handed over by the cache with the story's state) */
  readonly memberships = new Map<number, Membership[]>();
  constructor(
    private tx: Sql,
    readonly cache: ParsedCache,
    /** the first arrival position of this batch: members from it on are in memory, not stored */
    private firstNew: number,
    /** fetch every member at once (the fallback when a pass read a member not fetched) */
    readonly eager: boolean,
  ) {}

  member(p: number): Arrived {
    return lazyMember(() => {
      const text = this.texts.get(p);
      if (text === undefined) throw new UnfetchedMember(`member ${p} read before it was fetched`);
      if (typeof text !== 'string') {
        if (!currentIds(text)) throw new Error(`member ${p} was restored under an earlier key table`);
        return text;
      }
      // kept restored: a big story's members are read again every batch that touches it
      const restored = restoreMember(fromText<StoredMember>(text));
      this.texts.set(p, restored);
      this.cache.members.set(p, restored, text.length * MEMBER_PARSED_WEIGHT);
      return restored;
    });
  }

  membershipsOf(key: number): Membership[] {
    const m = this.memberships.get(key);
    if (m === undefined) throw new UnfetchedMember(`memberships of story ${key} read before they were fetched`);
    return m;
  }

  async fetchMemberships(keys: Iterable<number>): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.memberships.has(k));
    if (!missing.length) return;
    const got = await storyMemberships(this.tx, missing);
    for (const k of missing) {
      const m = got.get(k);
      if (m === undefined) throw new Error(`story ${k} was taken back, but the base holds no memberships for it`);
      this.memberships.set(k, m);
    }
  }

  async fetch(positions: Iterable<number>): Promise<void> {
    const missing = [...positions].filter((p) => p < this.firstNew && !this.texts.has(p));
    if (!missing.length) return;
    const got = await memberStates(this.tx, missing, this.cache);
    for (const p of missing) {
      const text = got.get(p);
      if (text === undefined) throw new Error(`a story lists member ${p}, which the base does not hold`);
      this.texts.set(p, text);
    }
  }

  /** Fetch every member and the stored memberships of these stories (a story opened in this batch has nothing stored). */
  async ensure(stories: Iterable<Story>): Promise<void> {
    const positions: number[] = [];
    const keys: number[] = [];
    for (let s of stories) {
      while (s.mergedInto) s = s.mergedInto;
      positions.push(...s.members);
      keys.push(...s.unreadMemberships);
    }
    await this.fetch(positions);
    await this.fetchMemberships(keys);
  }
}

/** The stored heads of stories a batch left alone: its storylines name them without reading their members. */
async function partnerHeads(tx: Sql, stories: Story[]): Promise<Map<Story, StoryHead>> {
  const rows = await storyHeads(
    tx,
    stories.map((s) => s.key),
  );
  const heads = new Map<Story, StoryHead>();
  for (const s of stories) {
    const row = rows.get(s.key);
    if (row) heads.set(s, { id: row.id, title: row.title, start: row.first_seen, first: Math.min(...s.members) });
  }
  return heads;
}

async function adopt(
  tx: Sql,
  clusterer: StoryClusterer,
  keys: number[],
  adopted: Map<number, Story>,
  before: Map<Story, number>,
  reactivate: (s: Story) => boolean,
  texts: MemberTexts,
): Promise<void> {
  const todo = keys.filter((k) => !adopted.has(k));
  if (!todo.length) return;
  const { states, memberships } = await loadStoryStates(tx, todo, texts.cache);
  for (const [key, m] of memberships) texts.memberships.set(key, m);
  if (texts.eager) {
    await texts.fetch(states.flatMap((s) => s.members));
    await texts.fetchMemberships(states.map((s) => s.key));
  }
  for (const st of states) {
    const story = restoreStory(st, () => texts.membershipsOf(st.key));
    story.active = reactivate(story);
    clusterer.adopt(
      story,
      st.members.map((p) => [p, texts.member(p)]),
    );
    adopted.set(st.key, story);
    before.set(story, story.version);
  }
}

function nothing(counters: { positions: number; storyKeys: number }): ClusterOutcome {
  const empty = () => new Map();
  return {
    groups: empty(),
    states: empty(),
    memberships: empty(),
    postings: empty(),
    merged: empty(),
    opened: new Set(),
    grown: new Set(),
    members: empty(),
    storyOf: empty(),
    df: empty(),
    dfStored: new Set(),
    nextPosition: counters.positions,
    nextKey: counters.storyKeys,
  };
}

export async function clusterBatch(
  tx: Sql,
  docs: TextDocument[],
  counters: { positions: number; storyKeys: number; dfDocuments: number },
  cache: ParsedCache,
): Promise<ClusterOutcome> {
  // a batch with nothing new leaves the stories as they are (a re-run after a crash must not sweep them early)
  if (!docs.length) return nothing(counters);
  // the batch holds the key table (vocab.ts): the start of a batch is where a full one is cleared
  const release = holdVocabulary();
  try {
    return await clusterOnce(tx, docs, counters, new MemberTexts(tx, cache, counters.positions, !INCREMENTAL.lazyMembers));
  } catch (err) {
    // a pass read a member this module did not foresee: the same batch again, every member fetched first
    if (!(err instanceof UnfetchedMember)) throw err;
    return await clusterOnce(tx, docs, counters, new MemberTexts(tx, cache, counters.positions, true));
  } finally {
    release();
  }
}

async function clusterOnce(
  tx: Sql,
  docs: TextDocument[],
  counters: { positions: number; storyKeys: number; dfDocuments: number },
  texts: MemberTexts,
): Promise<ClusterOutcome> {
  const order = arrivalOrder(docs).map((i) => docs[i]);
  const features = order.map((d) => documentFeatures(d));
  const df = new Map<string, number>();
  for (const f of features) for (const k of new Set(dfKeys(f))) df.set(k, (df.get(k) ?? 0) + 1);
  // a base that never held a document holds no counts (a new base's first batch): nothing to ask
  const stored = new Map(counters.positions === 0 ? [] : await loadDf(tx, [...df.keys()]));
  const idf = OnlineIdf.from(counters.dfDocuments, stored);

  // candidate stories: looked up with the batch's keys weighed by the frequencies the batch will leave
  const probe = OnlineIdf.from(
    counters.dfDocuments + docs.length,
    [...df].map(([k, n]) => [k, (stored.get(k) ?? 0) + n]),
  );
  // each document's key ids, made once: the clusterer takes them with its features (its add reads no document again)
  const keyIds = features.map((f) => docKeyIds(f));
  const queries = features.map((f, i) => {
    const v = keyVectors(f, probe, keyIds[i]);
    return keyTexts(v.text, v.names, LIMITS.queryTerms);
  });
  const times = features.map((f) => f.time).filter((t): t is number => t !== null);
  const earliest = times.length ? Math.min(...times) : null;
  await sweepStories(tx, counters.positions, earliest, LIMITS.idleDocs, LIMITS.idleDays);
  const active = new ActivePostings(tx);
  const posted = await active.lookUp(queries.flat().map(([k]) => k));
  const wanted = new Set<number>();
  for (const q of queries) for (const s of rank(q, posted, LIMITS.candidates)) wanted.add(s);

  const clusterer = new StoryClusterer({ splitMemo: texts.cache.splitPairs });
  clusterer.resume(idf, counters.positions, counters.storyKeys);
  const adopted = new Map<number, Story>();
  const before = new Map<Story, number>();
  await adopt(
    tx,
    clusterer,
    [...wanted].sort((a, b) => a - b),
    adopted,
    before,
    (s) => s.active,
    texts,
  );

  const members = new Map<string, { position: number; state: StoredMember }>();
  const positions: number[] = [];
  for (const [i, doc] of order.entries()) {
    const position = clusterer.arrived.length;
    clusterer.add(doc, { features: features[i], ids: keyIds[i] });
    positions.push(position);
  }
  const changed = new Set<Story>(clusterer.stories.filter((s) => before.get(s) !== s.version));
  await texts.ensure(changed);

  // the merge pass looks at the changed stories' neighbours: take back the stored ones
  const storyQueries = [...changed].map((s) => [s, keyTexts(s.centroids.text.sum, s.centroids.names.sum, LIMITS.queryTerms)] as const);
  const storyKeys = storyQueries.flatMap(([, q]) => q.map(([k]) => k));
  const near = INCREMENTAL.quietNeighbours ? await storiesByKeys(tx, [...new Set(storyKeys)], false, LIMITS.maxPosting) : await active.lookUp(storyKeys);
  const neighbours = new Set<number>();
  for (const [s, q] of storyQueries) for (const n of rank(q, near, LIMITS.storyCandidates, s.key)) neighbours.add(n);
  await adopt(
    tx,
    clusterer,
    [...neighbours].sort((a, b) => a - b),
    adopted,
    before,
    (s) => s.active,
    texts,
  );

  // (a merge explains itself by the first member of the story it folds in: a stored story's is read with its
  // memberships, which every pass below fetches, with the members, before it reads them)
  // merge and refine, as the batch run does, over the changed stories
  clusterer.merge(changed);
  let moved: Set<Story> = changed;
  for (let round = 0; round < clusterer.weights.refine; round++) {
    await texts.ensure(moved);
    moved = clusterer.refine(moved, clusterer.arrived.length - INCREMENTAL.refineWindow);
    if (moved.size === 0) break;
    clusterer.merge(moved);
  }
  // the split check, as the batch run does, over the stories this batch changed (their members read)
  const grew = clusterer.stories.filter((s) => !s.mergedInto && before.get(s) !== s.version);
  await texts.ensure(grew);
  const split = clusterer.split(grew);
  if (split.size) clusterer.merge(split);

  const touched = clusterer.stories.filter((s) => before.get(s) !== s.version || s.mergedInto);
  await texts.ensure(touched.filter((s) => !s.mergedInto));
  const out: ClusterOutcome = {
    groups: new Map(),
    states: new Map(),
    memberships: new Map(),
    postings: new Map(),
    merged: new Map(),
    opened: new Set(),
    grown: new Set(),
    members,
    storyOf: new Map(),
    df,
    dfStored: new Set(stored.keys()),
    nextPosition: clusterer.arrived.length,
    nextKey: Math.max(counters.storyKeys, ...clusterer.stories.map((s) => s.key + 1)),
  };
  order.forEach((doc, i) => members.set(doc.id, { position: positions[i], state: memberState(clusterer.arrived[positions[i]]) }));
  const live = new Set<Story>();
  for (const s of touched) {
    if (s.mergedInto) {
      let into = s.mergedInto;
      while (into.mergedInto) into = into.mergedInto;
      // a story opened and merged in this batch was never stored: nothing to redirect
      if (before.has(s)) out.merged.set(s.key, into.key);
      continue;
    }
    live.add(s);
    out.states.set(s.key, storyState(s));
    out.memberships.set(s.key, s.memberships);
    out.postings.set(
      s.key,
      keyTexts(s.centroids.text.sum, s.centroids.names.sum, LIMITS.postedTerms).map(([k]) => k),
    );
    for (const p of s.members) out.storyOf.set(clusterer.arrived[p].doc.id, s.key);
    if (!before.has(s)) out.opened.add(s.key);
    else out.grown.add(s.key);
  }
  // a touched story's storyline names its partners (the stored row of one the batch left alone) and
  // explains its links by a sample of both sides' members: fetch those
  // (the storylines read the merge passes' kept scores; then they go: the groups and synthesis need the room more)
  const lines = clusterer.storylines(live);
  clusterer.mergeScores.clear();
  const partners = new Set<Story>();
  const sampled: number[] = [];
  for (const { a, b } of lines.edges) {
    if (!live.has(a) && !live.has(b)) continue;
    partners.add(a).add(b);
    for (const s of [a, b]) sampled.push(...linkSample(s, LIMITS.linkMembers));
  }
  for (const line of lines.lines) if (line.some((s) => live.has(s))) for (const s of line) partners.add(s);
  const heads = await partnerHeads(
    tx,
    [...partners].filter((s) => !live.has(s)),
  );
  await texts.fetch(sampled);
  for (const g of clusterer.groups(live, lines, heads)) {
    const key = out.storyOf.get(g.documents[0]);
    if (key !== undefined) out.groups.set(key, g);
  }
  return out;
}
