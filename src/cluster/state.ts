// The clusterer's state between runs (the story base keeps it): each story's centroids and members, its
// memberships (kept apart: they grow with the story, and a story taken back only to be scored against never
// reads them), and each document's features and vectors. Plain values, so a store can keep them as JSON;
// restoring a story gives the same centroids, so a stream resumed from the base goes on as if it never stopped.
// Stored keys are the features' own (the clusterer's key ids, vocab.ts, are its process's alone, and change
// when the table is cleared: what is restored notes the generation of its ids).
import type { Membership, TextDocument } from '../model.ts';
import { whenOf, type Arrived } from './index.ts';
import { restoreMentions } from './days.ts';
import type { DocFeatures, MentionPrecision } from './features.ts';
import { docUnits, type DocUnits } from './similarity.ts';
import { idUnit, idVec, keyedPairs, keyedUnit, keyedVec, SPACES, Story, type DocVectors, type Space } from './story.ts';
import { Centroid, unitOf } from './vector.ts';
import { vocabularyGeneration } from './vocab.ts';

export interface StoredCentroid {
  sum: Array<[string, number]>;
  count: number;
}

export interface StoredStory {
  key: number;
  /** arrival positions of the members, in joining order (their memberships, in the same order, are stored apart) */
  members: number[];
  centroids: Record<Space, StoredCentroid>;
  firstTime: number | null;
  lastTime: number | null;
  lastSeen: number;
  years: Array<[number, number]>;
  /** days, months and years the members name, with how many name each (time as evidence) */
  mentioned?: Record<MentionPrecision, Array<[number, number]>>;
  /** the members' lead subjects (lead.ts): each key with how many members have it, and how many have one */
  leads?: { keys: Array<[string, number]>; members: number };
  /** members whose language reads no names (absent: none, or a state stored before they were counted) */
  nameBlind?: number;
  active: boolean;
}

export function storyState(s: Story): StoredStory {
  const centroids = {} as Record<Space, StoredCentroid>;
  for (const sp of SPACES) centroids[sp] = { sum: keyedPairs(sp, s.centroids[sp].sum), count: s.centroids[sp].count };
  return {
    key: s.key,
    members: [...s.members],
    centroids,
    firstTime: s.firstTime,
    lastTime: s.lastTime,
    lastSeen: s.lastSeen,
    years: [...s.years],
    mentioned: Object.fromEntries(Object.entries(s.mentioned).map(([k, m]) => [k, [...m]])) as StoredStory['mentioned'],
    leads: { keys: [...s.leads.keys], members: s.leads.members },
    ...(s.nameBlind > 0 ? { nameBlind: s.nameBlind } : {}),
    active: s.active,
  };
}

/** The centroids restored from a stored state, kept with it (the base's cache hands the same state back
 * while the story is unchanged): a story taken back again shares them until it changes. */
const restored = new WeakMap<StoredStory, Record<Space, Centroid>>();

/** The key-table generation (vocab.ts) whose ids a restored state or member holds. */
const madeIn = new WeakMap<object, number>();

/** False for a state or member restored (keyed by ids) in an earlier generation of the key table: its ids now
 * mean other keys, and a state's text keys were let go, so it must be read again from the base. */
export function currentIds(x: StoredStory | Arrived): boolean {
  const g = madeIn.get(x);
  return g === undefined || g === vocabularyGeneration();
}

function restoredCentroids(st: StoredStory): Record<Space, Centroid> {
  let out = restored.get(st);
  if (out && !currentIds(st)) throw new Error(`story ${st.key}: its centroids were restored under an earlier key table; read its state again`);
  if (!out) {
    out = {} as Record<Space, Centroid>;
    for (const sp of SPACES) {
      const c = new Centroid();
      // a centroid's squared norm is the sum of its squared weights: adding the stored sum restores both
      if (st.centroids[sp].sum.length) c.add(idVec(sp, st.centroids[sp].sum), st.centroids[sp].count);
      out[sp] = c;
      // the restored sums are what is kept: the parsed pairs go (a cached state held both, +46 MB of heap at
      // 16,500 Reuters articles); the state is only ever restored again, through this map
      st.centroids[sp] = { sum: [], count: c.count };
    }
    restored.set(st, out);
    madeIn.set(st, vocabularyGeneration());
  }
  return out;
}

/** Restore a state's centroids now (as a story restored from it would), so the state is held without its pairs. */
export function keepRestored(st: StoredStory): void {
  restoredCentroids(st);
}

/** The story of a stored state and its stored memberships (`memberships`, in joining order, read only when a
 * pass reads them). The state is taken over: its centroids are kept restored with it (shared by every story
 * restored from it, each copying them at its first change), not as the stored pairs. */
export function restoreStory(st: StoredStory, memberships: () => Membership[]): Story {
  const s = new Story(st.key);
  const sums = restoredCentroids(st);
  for (const sp of SPACES) s.centroids[sp] = Centroid.sharing(sums[sp]);
  // its strongest keys are those of the stored state until it changes (candidates.ts)
  s.origin = sums;
  s.members = [...st.members];
  // copies: a story changes its memberships (merges, refinement), the stored ones may be shared (a cache)
  s.deferMemberships([st.key], () => memberships().map((m) => ({ ...m })));
  s.firstTime = st.firstTime;
  s.lastTime = st.lastTime;
  s.lastSeen = st.lastSeen;
  for (const [y, n] of st.years) s.years.set(y, n);
  restoreMentions(s.mentioned, st.mentioned ?? {});
  for (const [k, n] of st.leads?.keys ?? []) s.leads.keys.set(k, n);
  s.leads.members = st.leads?.members ?? 0;
  s.nameBlind = st.nameBlind ?? 0;
  s.active = st.active;
  return s;
}

/** What the clusterer keeps of a document: enough to explain, title and date a story without its text. */
export interface StoredMember {
  id: string;
  title: string;
  published: string | null;
  /** first sentence, for a story whose members have no title */
  lead: string;
  features: DocFeatures;
  /** per space, keyed by the features' keys */
  vectors: Record<Space, Map<string, number>>;
}

export function memberState(a: Arrived): StoredMember {
  return {
    id: a.doc.id,
    title: a.doc.title,
    published: a.doc.published,
    lead: a.doc.sentences[0]?.text.slice(0, 200) ?? '',
    features: a.features,
    // a packed document's from its entries' units (no Maps keyed by id made on the way)
    vectors: a.units ? mapSpaces(a.units(), keyedUnit) : mapSpaces(a.vectors, keyedVec),
  };
}

/** A stored member as the clusterer holds it (its document reduced to what clustering reads). Its vectors are
 * keyed by id when first read: a member read for its features alone (a story's title and why, a storyline
 * link's reason) never needs them, and keying them was over a third of restoring one; until then the member
 * holds no ids and is current under any key table. The passes read its units (a story's title, the split
 * check), made straight from the stored entries: its vectors' Maps are made only if read, from the units. */
export function restoreMember(m: StoredMember): Arrived {
  const doc = { id: m.id, title: m.title, published: m.published, sentences: m.lead ? [{ text: m.lead }] : [] } as unknown as TextDocument;
  let stored: StoredMember['vectors'] | undefined = m.vectors;
  let units: DocUnits | undefined;
  let vectors: DocVectors | undefined;
  const lead = m.features.lead?.length ? m.features.lead : undefined;
  const a: Arrived = {
    doc,
    features: m.features,
    when: whenOf(m.features),
    units() {
      if (!units) {
        const out = {} as DocUnits;
        if (vectors) for (const sp of SPACES) out[sp] = unitOf(vectors[sp]);
        else {
          for (const sp of SPACES) out[sp] = idUnit(sp, (stored as StoredMember['vectors'])[sp]);
          madeIn.set(a, vocabularyGeneration());
          stored = undefined;
        }
        if (lead) out.lead = lead;
        units = out;
      }
      return units;
    },
    get vectors() {
      if (!vectors) {
        // from the units when made (their Maps: the same ids, weights and order as the stored entries keyed by id)
        vectors = units ? mapSpaces(units, (_, u) => u.map) : mapSpaces(stored as StoredMember['vectors'], idVec);
        if (lead) vectors.lead = lead;
        madeIn.set(a, vocabularyGeneration());
        stored = undefined;
      }
      return vectors;
    },
  };
  return a;
}

function mapSpaces<A, B>(v: Record<Space, A>, f: (space: Space, a: A) => B): Record<Space, B> {
  const out = {} as Record<Space, B>;
  for (const sp of SPACES) out[sp] = f(sp, v[sp]);
  return out;
}

/** A stored member restored on first use: most members of the stories a batch takes back are never read. */
export function lazyMember(load: () => Arrived): Arrived {
  let restored: Arrived | undefined;
  const get = () => {
    restored ??= load();
    return restored;
  };
  return {
    get doc() {
      return get().doc;
    },
    units() {
      const a = get();
      return a.units ? a.units() : docUnits(a.vectors);
    },
    get features() {
      return get().features;
    },
    get vectors() {
      return get().vectors;
    },
    get when() {
      return get().when;
    },
  };
}
