// Story-story scores remembered while neither story changes. In a merge pass stories change only by merging
// (each merge bumps the kept story's version, story.ts), and a story whose best partner merged away looks at all
// its neighbours again: on all of Reuters a tenth of the merge passes' story-story scores were of a pair
// scored before in the same pass, neither side changed since.
import { storyToStory, type Score } from './similarity.ts';
import type { Story } from './story.ts';
import type { ClusterWeights } from './weights.ts';

/** A pair scored: the two stories' versions then, the floor it was scored under, its score. */
interface Scored {
  av: number;
  bv: number;
  floor: number;
  score: Score;
}

export class PairScores {
  /** by the first story, then the second (a pair is scored in both orders, and they differ) */
  private scored = new Map<Story, Map<Story, Scored>>();

  constructor(private weights: ClusterWeights) {}

  /**
   * storyToStory(a, b, weights, floor), from memory when the pair was scored at the same versions: a full
   * score does not depend on the floor, and one pruned under a floor is pruned under any higher one (its
   * ceiling is below); under a lower floor it is scored again.
   */
  score(a: Story, b: Story, floor: number): Score {
    let byB = this.scored.get(a);
    const known = byB?.get(b);
    if (known && known.av === a.version && known.bv === b.version && (!known.score.pruned || floor >= known.floor)) return known.score;
    const score = storyToStory(a, b, this.weights, floor);
    if (!byB) this.scored.set(a, (byB = new Map()));
    byB.set(b, { av: a.version, bv: b.version, floor, score });
    return score;
  }
}
