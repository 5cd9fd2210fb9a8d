// Storylines: stories the clustering kept apart as separate events (a shutdown's start, a deal, its end) that
// are still one saga. Each story looks at the candidate partners the inverted index offers (never all pairs),
// scored as in the merge pass but with time counting more gently; links at or above `storylineLink` join
// their stories' lines, strongest first, while a line stays within `storylineStories`.
import type { StoryIndex } from './candidates.ts';
import type { MergeScores } from './merge.ts';
import { storyToStory, type Score } from './similarity.ts';
import type { Story } from './story.ts';
import type { ClusterWeights, LIMITS } from './weights.ts';

export interface StorylineEdge {
  a: Story;
  b: Story;
  score: Score;
}

export interface Storylines {
  /** the stories of each line of two or more, in no set order */
  lines: Story[][];
  /** the links that made them */
  edges: StorylineEdge[];
}

/** Past this, two story keys joined as one number would not be exact (2^52 and more). */
const PAIR_KEYS = 2 ** 26;

/** A pair of story keys (x < y) as one Set key: a number while both are small, else their text (a number and a
 * string are never the same key). Pairs were keyed by text alone: a string made and hashed per candidate pair. */
function pairKey(x: number, y: number): number | string {
  return y < PAIR_KEYS ? x * PAIR_KEYS + y : `${x}:${y}`;
}

/** Candidate links: each story against its index neighbours, each pair scored once. */
function candidateEdges(stories: Story[], index: StoryIndex, weights: ClusterWeights, scores?: MergeScores): StorylineEdge[] {
  const w = { ...weights, timeScaleDays: weights.storylineTimeScaleDays };
  const seen = new Set<number | string>();
  const edges: StorylineEdge[] = [];
  for (const a of stories) {
    for (const b of index.neighbours(a)) {
      const [x, y] = a.key < b.key ? [a, b] : [b, a];
      const pair = pairKey(x.key, y.key);
      if (seen.has(pair)) continue;
      seen.add(pair);
      const score = scores ? scores.storyline(x, y, w, weights.storylineLink) : storyToStory(x, y, w, weights.storylineLink);
      if (!score.pruned && score.value >= weights.storylineLink) edges.push({ a: x, b: y, score });
    }
  }
  return edges.sort(strongestFirst);
}

const strongestFirst = (p: StorylineEdge, q: StorylineEdge) => q.score.value - p.score.value || p.a.key - q.a.key || p.b.key - q.b.key;

/**
 * The candidate links of the stories linked, directly or through others, to those of `focus`: the same links
 * `candidateEdges` finds within their groups, scoring only pairs that touch a story reached. Lines form within
 * such a group alone (strongest first, whatever the other groups hold), so theirs are the lines of `focus`.
 * A pair is a candidate when either side offers the other: a story reached takes the offers it makes and those
 * it gets, looked for among the stories sharing its posted keys only (walking every story held to find them
 * grew with the stories a story base's batch holds, most of them far from any story it changed).
 */
function focusedEdges(index: StoryIndex, weights: ClusterWeights, focus: Set<Story>, scores?: MergeScores): StorylineEdge[] {
  const w = { ...weights, timeScaleDays: weights.storylineTimeScaleDays };
  const made = new Map<Story, Story[]>();
  const neighbours = (s: Story) => {
    let list = made.get(s);
    if (!list) made.set(s, (list = index.neighbours(s)));
    return list;
  };
  const offers = (a: Story): Story[] => {
    const out = [...neighbours(a)];
    const sharing = index.sharing(a);
    for (let i = 0; i < sharing.length; i++) if (neighbours(sharing[i]).includes(a)) out.push(sharing[i]);
    return out;
  };
  const seen = new Set<number | string>();
  const edges: StorylineEdge[] = [];
  const reached = new Set<Story>(focus);
  const queue = [...focus];
  while (queue.length) {
    const a = queue.pop() as Story;
    for (const b of offers(a)) {
      const [x, y] = a.key < b.key ? [a, b] : [b, a];
      const pair = pairKey(x.key, y.key);
      if (seen.has(pair)) continue;
      seen.add(pair);
      const score = scores ? scores.storyline(x, y, w, weights.storylineLink) : storyToStory(x, y, w, weights.storylineLink);
      if (score.pruned || score.value < weights.storylineLink) continue;
      edges.push({ a: x, b: y, score });
      if (!reached.has(b)) {
        reached.add(b);
        queue.push(b);
      }
    }
  }
  return edges.sort(strongestFirst);
}

/** Join stories into lines along their strongest links, keeping each line within the size limit. */
/** `index` holds every one of `stories` under its current keys; with `focus`, only the lines and links that
 * can reach those stories are worked out; with `scores`, a pair the merge passes scored is not scored again
 * where the answer is the same (MergeScores.storyline). */
export function linkStorylines(
  stories: Story[],
  index: StoryIndex,
  weights: ClusterWeights,
  limits: typeof LIMITS,
  focus?: Set<Story>,
  scores?: MergeScores,
): Storylines {
  const lineOf = new Map<Story, Story[]>();
  const edges: StorylineEdge[] = [];
  for (const edge of focus ? focusedEdges(index, weights, focus, scores) : candidateEdges(stories, index, weights, scores)) {
    const la = lineOf.get(edge.a) ?? [edge.a];
    const lb = lineOf.get(edge.b) ?? [edge.b];
    if (la === lb) {
      edges.push(edge);
      continue;
    }
    if (la.length + lb.length > limits.storylineStories) continue;
    const joined = [...la, ...lb];
    for (const s of joined) lineOf.set(s, joined);
    edges.push(edge);
  }
  const lines = [...new Set(lineOf.values())];
  return { lines, edges };
}
