// Cluster stage: documents -> stories. (First cut: TF-IDF cosine, single pass; the clustering work deepens it.)
import type { StoryGroup, TextDocument } from '../model.ts';

const JOIN_THRESHOLD = 0.2;

type Vector = Map<string, number>;

function tfidf(docs: TextDocument[]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.termCounts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, c] of d.termCounts) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let s = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const o = big.get(t);
    if (o) s += w * o;
  }
  return s;
}

export function clusterStories(docs: TextDocument[]): StoryGroup[] {
  const vectors = tfidf(docs);
  const stories: { members: number[]; centroid: Vector; sims: number[] }[] = [];
  docs.forEach((_, i) => {
    let best = -1;
    let bestSim = 0;
    stories.forEach((s, k) => {
      const sim = cosine(vectors[i], s.centroid);
      if (sim > bestSim) [best, bestSim] = [k, sim];
    });
    if (best >= 0 && bestSim >= JOIN_THRESHOLD) {
      const s = stories[best];
      s.members.push(i);
      s.sims.push(bestSim);
      for (const [t, w] of vectors[i]) s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
      let norm = 0;
      for (const w of s.centroid.values()) norm += w * w;
      norm = Math.sqrt(norm);
      for (const [t, w] of s.centroid) s.centroid.set(t, w / norm);
    } else {
      stories.push({ members: [i], centroid: new Map(vectors[i]), sims: [1] });
    }
  });
  return stories.map((s, k) => ({
    id: `story-${k + 1}`,
    title: docs[s.members[0]].title,
    documents: s.members.map((i) => docs[i].id),
    members: s.members.map((i, j) => ({ document: docs[i].id, similarity: s.sims[j], features: { tfidf: s.sims[j] }, reason: j === 0 ? 'opened the story' : `TF-IDF cosine ${s.sims[j].toFixed(2)} to the story` })),
    why: [...s.centroid.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([t]) => t),
    period: { start: null, end: null },
  }));
}
