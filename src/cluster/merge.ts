// The merge pass: stories the online pass split are joined when their cohesion-relative similarity reaches
// the merge threshold. Each round merges every story with its best partner (best pairs first; with `mutual`,
// only when that partner has no better one), until nothing changes; candidates come from an inverted index.
// Each story's best partner is kept across rounds: after a merge only the merged story, the stories that had a
// merged one as their best partner, and the merged story's neighbours (offered it as a partner) look again,
// so a round costs what its merges touched. Steps: start -> mutual pairs -> apply -> forget the stale.
import type { StoryIndex } from './candidates.ts';
import { storyToStory, type Score } from './similarity.ts';
import type { Story } from './story.ts';
import type { ClusterWeights, LIMITS } from './weights.ts';

/** Two scores this close are a tie (a partner must beat the other by more to be the better one). */
const TIE = 1e-12;

export interface Pair {
  a: Story;
  b: Story;
  score: Score;
}

/** What the merge pass needs from the clusterer: its stories, settings, and what to do on a merge. */
export interface MergeHost {
  readonly weights: ClusterWeights;
  readonly limits: typeof LIMITS;
  readonly stories: Story[];
  /** every live story under its current keys (the pass keeps it up to date through its merges) */
  liveIndex(): StoryIndex;
  /** the threshold two stories' score must reach (it grows with the smaller story) */
  mergeThreshold(a: Story, b: Story): number;
  /** `gone` joins `keep`: record the reason, update the centroids and the online candidate index */
  joined(keep: Story, gone: Story, score: Score): void;
}

const byKey = (set: Iterable<Story>) => [...set].filter((s) => !s.mergedInto).sort((x, y) => x.key - y.key);

class MergePass {
  private index: StoryIndex;
  /** a story's candidate partners, looked up once until it changes (merged stories are skipped when read) */
  private near = new Map<Story, Story[]>();
  /** each story's best partner above the merge floor (null: none), kept across rounds */
  private bestOf = new Map<Story, Pair | null>();

  constructor(private host: MergeHost) {
    this.index = host.liveIndex();
  }

  neighbours(s: Story): Story[] {
    let list = this.near.get(s);
    if (!list) this.near.set(s, (list = this.index.neighbours(s)));
    return list.filter((n) => !n.mergedInto);
  }

  /** The stories that look for a partner first: all, or the changed ones and the stories they could pair with. */
  start(changed?: Set<Story>): Story[] {
    if (!changed) return byKey(this.host.stories);
    const start = new Set<Story>();
    for (const s of changed) {
      if (s.mergedInto) continue;
      start.add(s);
      for (const n of this.neighbours(s)) start.add(n);
    }
    return byKey(start);
  }

  /** A story's best partner; no pair below the merge threshold's floor can merge or block one, so such pairs are not scored in full. */
  best(a: Story): Pair | null {
    const known = this.bestOf.get(a);
    if (known !== undefined) return known;
    let bestPair: Pair | null = null;
    for (const b of this.neighbours(a)) {
      const score = storyToStory(a, b, this.host.weights, Math.max(this.host.weights.merge, bestPair?.score.value ?? 0));
      if (score.pruned) continue;
      if (!bestPair || score.value > bestPair.score.value) bestPair = { a, b, score };
    }
    this.bestOf.set(a, bestPair);
    return bestPair;
  }

  /** Pairs ready to merge this round, best first: above their threshold and (with `mutual`) each other's best. */
  mutualPairs(dirty: Story[]): Pair[] {
    const pairs: Pair[] = [];
    for (const a of dirty) {
      const pair = this.best(a);
      if (!pair || pair.score.value < this.host.mergeThreshold(a, pair.b)) continue;
      const back = this.host.weights.mutual ? this.best(pair.b) : null;
      if (back && back.b !== a && back.score.value > pair.score.value + TIE) continue;
      pairs.push(pair);
    }
    return pairs.sort((x, y) => y.score.value - x.score.value || x.a.key - y.a.key || x.b.key - y.b.key);
  }

  /** Merge the pairs, each story at most once a round (the older keeps its place); returns the stories that grew. */
  apply(pairs: Pair[], next: Set<Story>): Set<Story> {
    const touched = new Set<Story>();
    const kept = new Set<Story>();
    for (const { a, b, score } of pairs) {
      if (a.mergedInto || b.mergedInto) continue;
      if (touched.has(a) || touched.has(b)) {
        next.add(a);
        continue;
      }
      touched.add(a).add(b);
      const [keep, gone] = a.key < b.key ? [a, b] : [b, a];
      this.host.joined(keep, gone, score);
      this.near.delete(keep);
      this.index.remove(gone);
      this.index.post(keep);
      kept.add(keep);
    }
    return kept;
  }

  /** Forget what the merges made stale: every choice of or for a merged story; they and their neighbours look again. */
  stale(kept: Set<Story>, next: Set<Story>): Story[] {
    for (const [s, p] of this.bestOf) {
      if (s.mergedInto || kept.has(s) || (p && (p.b.mergedInto || kept.has(p.b)))) {
        this.bestOf.delete(s);
        next.add(s);
      }
    }
    for (const k of kept) {
      next.add(k);
      for (const n of this.neighbours(k)) {
        this.offer(n, k);
        next.add(n);
      }
    }
    return byKey(next);
  }

  /** A story whose partner is already known keeps it unless the changed story k now beats it. */
  private offer(n: Story, k: Story): void {
    const known = this.bestOf.get(n);
    if (known === undefined) return;
    const score = storyToStory(n, k, this.host.weights, Math.max(this.host.weights.merge, known?.score.value ?? 0));
    if (!score.pruned && (!known || score.value > known.score.value)) this.bestOf.set(n, { a: n, b: k, score });
  }
}

/** Run the merge pass to a fixed point (or `limits.mergeRounds`); with `changed`, only around those stories. */
export function mergeStories(host: MergeHost, changed?: Set<Story>): void {
  const pass = new MergePass(host);
  let dirty = pass.start(changed);
  for (let round = 0; round < host.limits.mergeRounds && dirty.length; round++) {
    const next = new Set<Story>();
    const kept = pass.apply(pass.mutualPairs(dirty), next);
    if (kept.size === 0) break;
    dirty = pass.stale(kept, next);
  }
}
