import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { documentFeatures } from '../src/cluster/features.ts';
import { OnlineIdf } from '../src/cluster/idf.ts';
import { dfKeys, docVectors, SPACES, Story } from '../src/cluster/story.ts';
import { dot, normalise, topEntries, type Vec } from '../src/cluster/vector.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>(); const topic = new Map<string, number>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); topic.set(r.id, r.topic); }
const { documents } = await readDocuments([ECB]);
const feats = documents.map(documentFeatures);
const idf = new OnlineIdf(); for (const f of feats) idf.add(new Set(dfKeys(f)));
const vecs = feats.map((f) => docVectors(f, idf));
function auc(pos: number[], neg: number[]) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return s / (pos.length * neg.length); }
const byCluster = new Map<string, number[]>();
documents.forEach((d, i) => { const c = cluster.get(d.id)!; if (!byCluster.has(c)) byCluster.set(c, []); byCluster.get(c)!.push(i); });
function sum(idx: number[], s: string): Vec { const v: Vec = new Map(); for (const i of idx) for (const [k, w] of (vecs[i] as any)[s] as Vec) v.set(k, (v.get(k) ?? 0) + w); return v; }
const trunc = (v: Vec, k: number) => normalise(new Map(topEntries(v, k)));
const cos = (a: Vec, b: Vec) => dot(normalise(new Map(a)), normalise(new Map(b)));
// coverage: share of a's top-k weight whose keys appear in b at all
const cover = (a: Vec, b: Vec, k: number) => { const t = topEntries(a, k); let s = 0, n = 0; for (const [kk, w] of t) { n += w; if (b.has(kk)) s += w; } return n ? s / n : 0; };
const tests: Record<string, (d: number, mates: number[], other: number[]) => number | null> = {};
for (const sp of ['names', 'text', 'dates', 'numbers']) {
  tests[sp + ' cos'] = (d, m) => { const a = (vecs[d] as any)[sp], b = sum(m, sp); return a.size && b.size ? cos(a, b) : null; };
  for (const k of [3, 5, 10]) {
    tests[`${sp} trunc${k}`] = (d, m) => { const a = (vecs[d] as any)[sp], b = sum(m, sp); return a.size && b.size ? dot(trunc(a, k), trunc(b, k)) : null; };
    tests[`${sp} cover${k}`] = (d, m) => { const a = (vecs[d] as any)[sp], b = sum(m, sp); return a.size && b.size ? Math.min(cover(a, b, k), cover(b, a, k)) : null; };
  }
}
for (const [name, f] of Object.entries(tests)) {
  const own: number[] = [], sib: number[] = [];
  for (let i = 0; i < documents.length; i++) {
    const c = cluster.get(documents[i].id)!; const t = topic.get(documents[i].id)!;
    const mates = byCluster.get(c)!.filter((j) => j !== i); if (!mates.length) continue;
    const sibs = [...byCluster.entries()].filter(([k, v]) => k !== c && topic.get(documents[v[0]].id) === t);
    if (!sibs.length) continue;
    const a = f(i, mates, []), b = f(i, sibs[0][1], []);
    if (a !== null) own.push(a); if (b !== null) sib.push(b);
  }
  console.log(name.padEnd(16), auc(own, sib).toFixed(4), own.length, sib.length);
}
