// Cluster stage: documents -> stories, online (after Miranda et al. 2018, "Multilingual Clustering of
// Streaming News"). Documents arrive in time order; each is compared with the candidate stories the
// inverted index finds, on several features (topic terms, title, names, figures, dates, time), and joins
// the best one when the combined similarity reaches the join threshold (set for precision), else opens a
// story. A merge pass then joins stories the online pass split, judging two stories by how alike their
// members are relative to each story's own cohesion (only mutual best partners; a year veto keeps apart two
// events of one kind years apart). A refinement pass moves documents that joined too early to the story
// they are now closer to, and the merge runs once more. Every decision is recorded in the member's `reason`.
import { createHash } from 'node:crypto';
import type { Membership, StoryGroup, TextDocument } from '../model.ts';
import { StoryIndex } from './candidates.ts';
import { describeScore, scoreFeatures, storyWhy } from './explain.ts';
import { documentFeatures, type DocFeatures } from './features.ts';
import { OnlineIdf } from './idf.ts';
import { docToStory, storyToStory, type Score } from './similarity.ts';
import { dfKeys, docVectors, Story, type DocVectors } from './story.ts';
import { LIMITS, WEIGHTS, type ClusterWeights } from './weights.ts';

export { WEIGHTS, LIMITS } from './weights.ts';
export type { ClusterWeights } from './weights.ts';

export interface ClusterOptions {
  weights?: Partial<ClusterWeights>;
  limits?: Partial<typeof LIMITS>;
  /** skip the merge pass (to measure the online pass alone) */
  noMerge?: boolean;
}

const DAY = 86_400_000;

/** Arrival order: by publication date; an undated document keeps its place after the dated one before it in the input. */
export function arrivalOrder(docs: TextDocument[]): number[] {
  const byInput = docs.map((_, i) => i).sort((a, b) => docs[a].order - docs[b].order || a - b);
  const key = new Map<number, number>();
  let last = -Infinity;
  for (const i of byInput) {
    const t = docs[i].published ? Date.parse(docs[i].published as string) : NaN;
    if (Number.isFinite(t)) last = t;
    key.set(i, Number.isFinite(t) ? t : last);
  }
  return byInput.slice().sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || docs[a].order - docs[b].order || a - b);
}

interface Pair {
  a: Story;
  b: Story;
  score: Score;
}

export interface Arrived {
  doc: TextDocument;
  features: DocFeatures;
  vectors: DocVectors;
}

/** The online pass: one document at a time, in arrival order. */
export class StoryClusterer {
  readonly weights: ClusterWeights;
  readonly limits: typeof LIMITS;
  readonly stories: Story[] = [];
  readonly arrived: Arrived[] = [];
  private idf = new OnlineIdf();
  private index: StoryIndex;
  private active = new Set<Story>();
  private nextKey = 0;

  constructor(options: ClusterOptions = {}) {
    this.weights = { ...WEIGHTS, ...options.weights };
    this.limits = { ...LIMITS, ...options.limits };
    this.index = new StoryIndex(this.limits);
  }

  /** Add one document: it joins the best candidate story or opens a new one. Returns its membership. */
  add(doc: TextDocument): Membership {
    const position = this.arrived.length;
    const features = documentFeatures(doc);
    this.idf.add(new Set(dfKeys(features)));
    const vectors = docVectors(features, this.idf);
    this.arrived.push({ doc, features, vectors });
    if (position % this.limits.sweepEvery === 0) this.sweep(position, features.time);

    let best: Story | null = null;
    let bestScore: Score | null = null;
    for (const story of this.index.candidates(vectors)) {
      const score = docToStory(vectors, features.time, story, this.weights);
      if (!bestScore || score.value > bestScore.value) [best, bestScore] = [story, score];
    }
    let membership: Membership;
    let story: Story;
    if (best && bestScore && bestScore.value >= this.weights.join) {
      story = best;
      membership = {
        document: doc.id,
        similarity: round(bestScore.value),
        features: scoreFeatures(bestScore),
        reason: describeScore(bestScore, vectors, features, best),
      };
    } else {
      story = new Story(this.nextKey++);
      this.stories.push(story);
      this.active.add(story);
      const closest = bestScore ? `; closest story ${bestScore.value.toFixed(2)} < join ${this.weights.join.toFixed(2)}` : '';
      membership = { document: doc.id, similarity: 1, features: {}, reason: `opened the story${closest}` };
    }
    story.add(position, vectors, features.time, membership, this.limits.centroidTerms);
    // a story's strongest terms settle as it grows: re-post often while small, then every 8th member
    if (story.members.length <= 8 || story.members.length % 8 === 0) this.index.post(story);
    return membership;
  }

  /**
   * Go on with a stream stored earlier (the story base, cluster/state.ts): the document frequencies so far,
   * and the arrival position and story key the next document and story take. Stored stories come back with `adopt`.
   */
  resume(idf: OnlineIdf, nextPosition: number, nextKey: number): void {
    this.idf = idf;
    this.arrived.length = Math.max(this.arrived.length, nextPosition);
    this.nextKey = Math.max(this.nextKey, nextKey);
  }

  /** Take back a stored story with its members (at their arrival positions); an active one can take new members. */
  adopt(story: Story, members: Array<[number, Arrived]>): void {
    for (const [p, a] of members) this.arrived[p] = a;
    this.stories.push(story);
    if (story.active) {
      this.active.add(story);
      this.index.post(story);
    }
  }

  /** Stories still in the candidate set. */
  get activeStories(): number {
    return this.active.size;
  }

  /** Stories with no new member for a while leave the candidate set. */
  private sweep(position: number, time: number | null): void {
    for (const story of [...this.active]) {
      const idleDocs = position - story.lastSeen > this.limits.idleDocs;
      const idleDays = time !== null && story.lastTime !== null && time - story.lastTime > this.limits.idleDays * DAY;
      if (idleDocs || idleDays) {
        this.index.remove(story);
        this.active.delete(story);
        story.active = false;
      }
    }
  }

  /**
   * Merge pass: stories the online pass split are joined when their centroids are as close as the merge
   * threshold. Each round merges every story with its best partner (best pairs first; with `mutual`, only
   * when that partner has no better one), until nothing changes; candidates again come from an inverted index.
   * Each story's best partner is kept across rounds: after a merge only the merged story, the stories that
   * had a merged one as their best partner, and the merged story's neighbours (offered it as a partner)
   * look again, so a round costs what its merges touched.
   */
  merge(changed?: Set<Story>): void {
    const index = new StoryIndex(this.limits);
    for (const s of this.stories) if (!s.mergedInto) index.post(s);
    // a story's candidate partners, looked up once until it changes (merged stories are skipped when read)
    const near = new Map<Story, Story[]>();
    const neighbours = (s: Story): Story[] => {
      let list = near.get(s);
      if (!list) near.set(s, (list = index.neighbours(s)));
      return list.filter((n) => !n.mergedInto);
    };
    const bestOf = new Map<Story, Pair | null>();
    const best = (a: Story): Pair | null => {
      const known = bestOf.get(a);
      if (known !== undefined) return known;
      let bestPair: Pair | null = null;
      for (const b of neighbours(a)) {
        // no pair below the lowest merge threshold can merge or block one: such pairs need no full score
        const score = storyToStory(a, b, this.weights, Math.max(this.weights.merge, bestPair?.score.value ?? 0));
        if (score.pruned) continue;
        if (!bestPair || score.value > bestPair.score.value) bestPair = { a, b, score };
      }
      bestOf.set(a, bestPair);
      return bestPair;
    };
    // a story whose partner is already known keeps it unless the changed story k now beats it
    const offer = (n: Story, k: Story) => {
      const known = bestOf.get(n);
      if (known === undefined) return;
      const score = storyToStory(n, k, this.weights, Math.max(this.weights.merge, known?.score.value ?? 0));
      if (!score.pruned && (!known || score.value > known.score.value)) bestOf.set(n, { a: n, b: k, score });
    };
    const byKey = (set: Iterable<Story>) => [...set].filter((s) => !s.mergedInto).sort((x, y) => x.key - y.key);
    let dirty: Story[];
    if (changed) {
      // the changed stories and the stories they could now pair with
      const start = new Set<Story>();
      for (const s of changed) {
        if (s.mergedInto) continue;
        start.add(s);
        for (const n of neighbours(s)) start.add(n);
      }
      dirty = byKey(start);
    } else dirty = byKey(this.stories);
    for (let round = 0; round < 100 && dirty.length; round++) {
      const pairs: Pair[] = [];
      for (const a of dirty) {
        const bestPair = best(a);
        if (!bestPair || bestPair.score.value < this.mergeThreshold(a, bestPair.b)) continue;
        // mutual best match: b's own best partner must be a (or score no higher than a)
        const back = this.weights.mutual ? best(bestPair.b) : null;
        if (back && back.b !== a && back.score.value > bestPair.score.value + 1e-12) continue;
        pairs.push(bestPair);
      }
      pairs.sort((x, y) => y.score.value - x.score.value || x.a.key - y.a.key || x.b.key - y.b.key);
      const touched = new Set<Story>();
      const next = new Set<Story>();
      const kept = new Set<Story>();
      for (const { a, b, score } of pairs) {
        if (a.mergedInto || b.mergedInto) continue;
        if (touched.has(a) || touched.has(b)) {
          next.add(a);
          continue;
        }
        touched.add(a).add(b);
        // the older story keeps its place; the newer one's members come with the reason for the merge
        const [keep, gone] = a.key < b.key ? [a, b] : [b, a];
        this.noteMerge(keep, gone, score);
        keep.absorb(gone, this.limits.centroidTerms);
        near.delete(keep);
        index.remove(gone);
        index.post(keep);
        this.index.remove(gone);
        this.active.delete(gone);
        if (keep.active) this.index.post(keep);
        kept.add(keep);
      }
      if (kept.size === 0) break;
      // forget what the merges made stale: the merged stories' partners and every choice of a merged story
      for (const [s, p] of bestOf) {
        if (s.mergedInto || kept.has(s) || (p && (p.b.mergedInto || kept.has(p.b)))) {
          bestOf.delete(s);
          next.add(s);
        }
      }
      for (const k of kept) {
        next.add(k);
        for (const n of neighbours(k)) {
          offer(n, k);
          next.add(n);
        }
      }
      dirty = byKey(next);
    }
  }

  /**
   * Refinement pass: a document that joined a story early, before the story of its own event existed,
   * moves to the story it is now closer to (scored against its own story without itself).
   * One candidate lookup per document: cost stays linear. With `near`, only the members of the stories that
   * changed in the last round look again (measured: looking at their neighbours' members too changes nothing).
   */
  refine(near?: Set<Story>): Set<Story> {
    const changed = new Set<Story>();
    const index = new StoryIndex(this.limits);
    const live = this.stories.filter((s) => !s.mergedInto);
    for (const s of live) index.post(s);
    // (a story merged since is looked at as the story it went into)
    let scope: Set<Story> | null = null;
    if (near) {
      scope = new Set<Story>();
      for (let s of near) {
        while (s.mergedInto) s = s.mergedInto;
        scope.add(s);
      }
    }
    const storyOf = new Map<number, Story>();
    for (const s of live) for (const p of s.members) storyOf.set(p, s);
    this.arrived.forEach(({ vectors, features }, p) => {
      const own = storyOf.get(p) as Story;
      if (own.members.length < 2 || (scope && !scope.has(own))) return;
      const membership = own.removeMember(p, vectors);
      const stay = docToStory(vectors, features.time, own, this.weights);
      let best: Story = own;
      let bestScore = stay;
      for (const s of index.candidates(vectors, own)) {
        if (s.mergedInto || s.members.length === 0) continue;
        const score = docToStory(vectors, features.time, s, this.weights);
        if (score.value > bestScore.value) [best, bestScore] = [s, score];
      }
      const moved = best !== own && bestScore.value >= this.weights.join && bestScore.value >= stay.value + this.weights.refineMargin;
      const target = moved ? best : own;
      // staying puts the member back exactly (no pruning); moving adds it like any new member
      target.add(p, vectors, features.time, membership, moved ? this.limits.centroidTerms : Infinity);
      if (moved) {
        membership.similarity = round(bestScore.value);
        membership.features = scoreFeatures(bestScore);
        membership.reason = `moved here in the refinement pass (own story without it ${stay.value.toFixed(2)}): ${describeScore(bestScore, vectors, features, best)}`;
        storyOf.set(p, best);
        changed.add(best).add(own);
        own.resetPeriod(own.members.map((q) => this.arrived[q].features.time));
        index.post(best);
        index.post(own);
      }
    });
    return changed;
  }

  /**
   * Two large groups must be more alike than a fragment and a story: halves of one event score about 1 on
   * the cohesion-relative scale, and the larger both sides, the surer that estimate (two similar events
   * score 0.5-0.65 there whatever their size). The threshold rises with the smaller side's size.
   */
  mergeThreshold(a: Story, b: Story): number {
    const m = Math.min(a.members.length, b.members.length);
    return this.weights.merge + this.weights.mergeGrowth * (1 - 1 / Math.sqrt(m));
  }

  private noteMerge(keep: Story, gone: Story, score: Score): void {
    const opener = this.arrived[gone.members[0]];
    const reason = describeScore(score, opener.vectors, opener.features, keep, '');
    const n = gone.members.length;
    gone.memberships.forEach((m, i) => {
      if (i === 0) {
        m.similarity = round(score.value);
        m.features = scoreFeatures(score);
        m.reason = `merged with ${n > 1 ? `the ${n} articles of ` : ''}its group into this story: ${reason}`;
      } else {
        m.reason = `${m.reason} (came with a merged group: group-story similarity ${score.value.toFixed(2)})`;
      }
    });
  }

  /** The finished stories, largest first. */
  groups(): StoryGroup[] {
    return this.stories
      .filter((s) => !s.mergedInto)
      .map((s) => this.group(s))
      .sort((a, b) => b.documents.length - a.documents.length || a.first - b.first)
      .map(({ first: _first, ...g }) => g);
  }

  private group(story: Story): StoryGroup & { first: number } {
    const order = story.members.map((p, i) => ({ p, m: story.memberships[i] })).sort((a, b) => a.p - b.p);
    const members = order.map(({ p }) => this.arrived[p]);
    const ids = members.map((a) => a.doc.id);
    const dated = members.filter((a) => a.features.time !== null).sort((a, b) => (a.features.time as number) - (b.features.time as number));
    return {
      id: `story-${createHash('sha1').update(ids.slice().sort().join('\n')).digest('hex').slice(0, 12)}`,
      title: centralTitle(story, members),
      documents: ids,
      members: order.map(({ m }) => m),
      why: storyWhy(story.centroids, members.map((a) => a.features), this.limits),
      period: { start: dated.length ? dated[0].doc.published : null, end: dated.length ? dated[dated.length - 1].doc.published : null },
      first: order[0].p,
    };
  }
}

/** The title of the member closest to the story's centre (the one a person would pick as typical). */
function centralTitle(story: Story, members: Arrived[]): string {
  let best = '';
  let bestSim = -1;
  for (const a of members) {
    if (!a.doc.title.trim()) continue;
    const sim = story.centroids.text.cosine(a.vectors.text) + story.centroids.title.cosine(a.vectors.title);
    if (sim > bestSim + 1e-12) [best, bestSim] = [a.doc.title.trim(), sim];
  }
  return best || members[0].doc.sentences[0]?.text.slice(0, 120) || members[0].doc.id;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Cluster a batch of documents: online pass in arrival order, then the merge pass. */
export function clusterStories(docs: TextDocument[], options: ClusterOptions = {}): StoryGroup[] {
  const clusterer = new StoryClusterer(options);
  for (const i of arrivalOrder(docs)) clusterer.add(docs[i]);
  if (!options.noMerge) {
    clusterer.merge();
    // refinement rounds until nothing moves; after the first, only where the last round changed something
    let changed: Set<Story> | undefined;
    for (let round = 0; round < clusterer.weights.refine; round++) {
      changed = clusterer.refine(changed);
      if (changed.size === 0) break;
      // only the stories the refinement changed (and their neighbours) look for a partner again
      clusterer.merge(changed);
    }
  }
  return clusterer.groups();
}
