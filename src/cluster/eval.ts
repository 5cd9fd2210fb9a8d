// Scoring stories against gold labels (B-cubed), and a fixed-seed shuffle for order-stability checks.
// Used by bench/cluster.ts and the tests; never by the clustering itself.
import { prng } from '../common/random.ts';

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** B-cubed precision/recall/F1 of predicted groups against gold labels, over the items both know. */
export function bcubed(predicted: string[][], gold: Map<string, string>): BCubed {
  const clusterOf = new Map<string, number>();
  predicted.forEach((g, i) => g.forEach((id) => gold.has(id) && clusterOf.set(id, i)));
  const predSize = new Map<number, number>();
  const goldSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const [id, c] of clusterOf) {
    const g = gold.get(id) as string;
    predSize.set(c, (predSize.get(c) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    both.set(`${c}\u0000${g}`, (both.get(`${c}\u0000${g}`) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const [id, c] of clusterOf) {
    const g = gold.get(id) as string;
    const n = both.get(`${c}\u0000${g}`) as number;
    p += n / (predSize.get(c) as number);
    r += n / (goldSize.get(g) as number);
  }
  const n = clusterOf.size || 1;
  p /= n;
  r /= n;
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Fisher-Yates with a fixed seed. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  const rnd = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
