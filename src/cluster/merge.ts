// The merge pass: stories the online pass split are joined when their cohesion-relative similarity reaches
// the merge threshold. Each round merges every story with its best partner (best pairs first; with `mutual`,
// only when that partner has no better one), until nothing changes; candidates come from an inverted index.
// Each story's best partner is kept across rounds: after a merge only the merged story, the stories that had a
// merged one as their best partner, and the merged story's neighbours (offered it as a partner) look again,
// so a round costs what its merges touched. Steps: start -> mutual pairs -> apply -> forget the stale.
// A pair's score is kept with both stories' versions for the passes after (MergeScores).
import type { StoryIndex } from './candidates.ts';
import { type Ceilings, storyToStory, type Score } from './similarity.ts';
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
  /** the pairs scored by earlier passes (kept as long as the host) */
  readonly mergeScores: MergeScores;
}

/** A pair's score at both stories' versions and the ceilings it was checked against its floor by (unreached:
 * Infinity); `score` only when it was scored in full. */
interface Scored {
  va: number;
  vb: number;
  text: number;
  names: number;
  score?: Score;
  /** its time factor did not read the time scale (published within the free days of each other, or the gap
   * between their periods within them): the answer is a storyline's too (its own scale, the rest the same) */
  free: boolean;
}

/** What a pair pruned at a floor is answered (the pass reads only `pruned` of it). */
const PRUNED: Score = Object.freeze({ value: 0, cosines: Object.freeze({}), gate: 1, time: 1, pruned: true });

/**
 * The merge scores of story pairs while neither story changed (a story's version moves with every change to what
 * the score reads: its members, centroids, period, years, mentions and leads). One batch runs the merge pass several
 * times (after the online pass, after each refinement round, after the split check), each pass asking again most of
 * the pairs around the stories it starts from. A pair asked at another floor is answered from its ceilings: pruned
 * when either is below the floor, the kept score when scored in full, else scored now -- what `storyToStory` answers.
 */
export class MergeScores {
  private pairs = new Map<Story, Map<Story, Scored>>();
  private size = 0;
  /** pairs answered without scoring (tests count them) */
  hits = 0;

  constructor(private readonly max = 200_000) {}

  score(a: Story, b: Story, w: ClusterWeights, floor: number): Score {
    let row = this.pairs.get(a);
    const known = row?.get(b);
    const kept = known && this.answer(known, a, b, floor);
    if (kept) return kept;
    const ceilings: Ceilings = { text: Number.POSITIVE_INFINITY, names: Number.POSITIVE_INFINITY };
    const score = storyToStory(a, b, w, floor, ceilings);
    // (bounded: emptied when full, as the word memos are)
    if (this.size >= this.max) {
      this.pairs.clear();
      this.size = 0;
      row = undefined;
    }
    if (!row) this.pairs.set(a, (row = new Map()));
    if (!row.has(b)) this.size++;
    const free = score.gap === undefined || score.gap.days <= w.timeFreeDays;
    row.set(b, { va: a.version, vb: b.version, text: ceilings.text, names: ceilings.names, score: score.pruned ? undefined : score, free });
    return score;
  }

  /**
   * A storyline's score of a pair (storylines.ts): `w` the clusterer's weights with the storylines' own time scale.
   * A pair a merge pass asked in this order, neither story changed since, whose time factor did not read the scale,
   * is answered as `score` answers it (the kept ceilings and score: every other part of the score is the same);
   * any other is scored now, and not kept (its time factor is not the merge's).
   */
  storyline(a: Story, b: Story, w: ClusterWeights, floor: number): Score {
    const known = this.pairs.get(a)?.get(b);
    return (known?.free && this.answer(known, a, b, floor)) || storyToStory(a, b, w, floor);
  }

  /** A kept pair's answer at `floor` while neither story has changed since: pruned when a ceiling it was checked
   * by is below the floor, else its full score if it was scored in full; undefined when it must be scored now. */
  private answer(known: Scored, a: Story, b: Story, floor: number): Score | undefined {
    if (known.va !== a.version || known.vb !== b.version) return undefined;
    if (floor > 0 && (known.text < floor || known.names < floor)) {
      this.hits++;
      return PRUNED;
    }
    if (known.score) this.hits++;
    return known.score;
  }

  /** Forget every pair: the merge passes are over, and the stories' groups, storylines and accounts that come
   * next need the room more (up to the cap, tens of MB with the stories they hold alive). */
  clear(): void {
    this.pairs.clear();
    this.size = 0;
  }
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
      const score = this.host.mergeScores.score(a, b, this.host.weights, Math.max(this.host.weights.merge, bestPair?.score.value ?? 0));
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
    // (forEach, not a walk of entries: every round reads each story's choice, and the walk made an entry array and
    // an iterator result a story: ~20 MB on all of Reuters; an entry deleted as it is read is as in that walk)
    this.bestOf.forEach((p, s, bestOf) => {
      if (s.mergedInto || kept.has(s) || (p && (p.b.mergedInto || kept.has(p.b)))) {
        bestOf.delete(s);
        next.add(s);
      }
    });
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
    const score = this.host.mergeScores.score(n, k, this.host.weights, Math.max(this.host.weights.merge, known?.score.value ?? 0));
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
