// The split check: a finished story whose members form two groups the merge pass would not have joined is
// split in two. It undoes what no other pass can: the first reports of one event join a story of the other
// (similar) event while that story holds one or two articles, and the merge pass then folds that event's
// fragments into the mixed story; with no story of its own left, refinement has nowhere to move them.
// Steps: member-member similarities -> two groups (average link, seeded by the least similar pair) ->
// judged as two stories by the merge pass's own score and threshold.
import type { Arrived } from './index.ts';
import { docToStory, docUnits, storyToStory, type Score } from './similarity.ts';
import { Story } from './story.ts';
import type { ClusterWeights, LIMITS } from './weights.ts';

/** What the split check reads of the clusterer. */
export interface SplitHost {
  readonly weights: ClusterWeights;
  readonly limits: typeof LIMITS;
  readonly arrived: Arrived[];
  /** the threshold two stories' score must reach to merge */
  mergeThreshold(a: Story, b: Story): number;
  /** member-member similarities of stories checked before (a story base checks a grown story every batch) */
  readonly splitMemo?: SplitMemo;
}

/** A story's members (by arrival position, ascending) and each pair's similarity, as the split check worked
 * them out. A pair's similarity depends on the two members alone, and a member's vectors never change once it
 * has arrived, so a story checked again reuses the pairs it still holds: the check of a story grown by k members
 * scores k·n pairs, not n²/2 (a long-running story is checked every batch that grows it). */
export interface PairSimilarities {
  members: number[];
  sim: Float64Array[];
}

/** Where a caller keeps `PairSimilarities` by story key between checks (weight: the pairs held). */
export interface SplitMemo {
  get(key: number): PairSimilarities | undefined;
  set(key: number, value: PairSimilarities, weight: number): void;
}

export interface Split {
  /** arrival positions of the two groups */
  parts: [number[], number[]];
  /** the groups' story-story score, below `threshold` */
  score: Score;
  threshold: number;
}

/** Rounds of reassignment at most (the groups settle within a few). */
const ROUNDS = 20;

/** The members as a scratch story (its centroids and period), not one the clusterer holds. */
export function scratchStory(host: SplitHost, members: number[]): Story {
  const s = new Story(-1);
  for (const p of members) {
    const a = host.arrived[p];
    // a packed member's units (views of its entries), not Maps made of them
    s.add(
      p,
      a.units ? a.units() : a.vectors,
      a.features.time,
      { document: a.doc.id, similarity: 1, features: {}, reason: '' },
      host.limits.centroidTerms,
      a.features.mentions,
      a.features.nameBlind,
    );
  }
  return s;
}

/** Each pair of members' similarity: a document scored against the other as a story of one (the score is
 * symmetric then: cosines, the names' gate and the time distance read both sides alike). Always the earlier
 * member's document against the later one's story, so a pair taken from `known` is the value it would get. */
function similarities(host: SplitHost, members: number[], known?: PairSimilarities): Float64Array[] {
  const n = members.length;
  const singles: Array<Story | undefined> = [];
  const single = (j: number) => (singles[j] ??= scratchStory(host, [members[j]]));
  const sim = members.map(() => new Float64Array(n));
  // each member's row in what was worked out before (-1: new to the story)
  const before = new Map<number, number>(known?.members.map((p, i) => [p, i]));
  const row = members.map((p) => before.get(p) ?? -1);
  for (let i = 0; i < n; i++) {
    const oi = row[i];
    // the member is read only when one of its pairs is new
    let mine: { units: ReturnType<typeof docUnits>; when: Arrived['when'] } | undefined;
    for (let j = i + 1; j < n; j++) {
      const oj = row[j];
      if (known && oi >= 0 && oj >= 0) {
        sim[i][j] = sim[j][i] = known.sim[oi][oj];
        continue;
      }
      if (!mine) {
        // a packed member's units are views of its entries: its vectors' Maps are not made for them
        const a = host.arrived[members[i]];
        mine = { units: a.units ? a.units() : docUnits(a.vectors), when: a.when };
      }
      sim[i][j] = sim[j][i] = docToStory(mine.units, mine.when, single(j), host.weights).value;
    }
  }
  return sim;
}

/** Two groups: seeded by the least similar pair, each member then goes to the group it is more alike on
 * average (itself left out), until no member changes side. */
function twoGroups(sim: Float64Array[]): number[] {
  const n = sim.length;
  let [si, sj] = [0, 1];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (sim[i][j] < sim[si][sj]) [si, sj] = [i, j];
  let side = sim.map((row) => (row[si] >= row[sj] ? 0 : 1));
  side[si] = 0;
  side[sj] = 1;
  for (let round = 0; round < ROUNDS; round++) {
    const next = side.map((_, k) => {
      const sum = [0, 0];
      const count = [0, 0];
      for (let j = 0; j < n; j++) {
        if (j === k) continue;
        sum[side[j]] += sim[k][j];
        count[side[j]]++;
      }
      const mean = (g: number) => (count[g] ? sum[g] / count[g] : -1);
      return mean(0) >= mean(1) ? 0 : 1;
    });
    if (next.every((x, k) => x === side[k])) break;
    side = next;
  }
  return side;
}

/** A story judged on what its articles say alone: no period and no event year. The passes before weighed
 * time and years already, and within one story they split one event's follow-ups (a sentencing months later,
 * a recall naming an earlier year) from its first reports: on ECB+, every such split was of one event. */
function contentOnly(s: Story): Story {
  s.firstTime = null;
  s.lastTime = null;
  s.years.clear();
  return s;
}

/**
 * The story's split, or null: it needs `splitMinPart` members in each group (fewer are too few to judge an
 * event by), and the groups must score below the merge threshold on their content alone (`contentOnly`).
 */
export function findSplit(host: SplitHost, story: Story): Split | null {
  const members = story.members.slice().sort((a, b) => a - b);
  const min = host.weights.splitMinPart;
  if (members.length < 2 * min || members.length > host.limits.splitMaxMembers) return null;
  const memo = story.key >= 0 ? host.splitMemo : undefined;
  const sim = similarities(host, members, memo?.get(story.key));
  memo?.set(story.key, { members, sim }, members.length * members.length);
  const side = twoGroups(sim);
  const parts: [number[], number[]] = [members.filter((_, k) => side[k] === 0), members.filter((_, k) => side[k] === 1)];
  if (parts[0].length < min || parts[1].length < min) return null;
  const [a, b] = parts.map((p) => contentOnly(scratchStory(host, p)));
  const score = storyToStory(a, b, host.weights);
  const threshold = host.mergeThreshold(a, b);
  return score.value < threshold ? { parts, score, threshold } : null;
}
