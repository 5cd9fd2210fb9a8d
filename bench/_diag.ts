import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { documentFeatures } from '../src/cluster/features.ts';
import { OnlineIdf } from '../src/cluster/idf.ts';
import { dfKeys, docVectors, SPACES } from '../src/cluster/story.ts';
import { dot } from '../src/cluster/vector.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>(); const topic = new Map<string, number>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); topic.set(r.id, r.topic); }
const { documents } = await readDocuments([ECB]);
const feats = documents.map(documentFeatures);
const idf = new OnlineIdf(); for (const f of feats) idf.add(new Set(dfKeys(f)));
const vecs = feats.map((f) => docVectors(f, idf));
function auc(pos: number[], neg: number[]) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return s / (pos.length * neg.length); }
const same: Record<string, number[]> = {}, diff: Record<string, number[]> = {}, cross: Record<string, number[]> = {};
const present: Record<string, number> = {};
for (const s of SPACES) { same[s] = []; diff[s] = []; cross[s] = []; present[s] = vecs.filter(v=>v[s].size>0).length; }
for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) {
  const a = documents[i].id, b = documents[j].id;
  const bucket = topic.get(a) !== topic.get(b) ? (j % 7 === 0 ? cross : null) : cluster.get(a) === cluster.get(b) ? same : diff;
  if (!bucket) continue;
  for (const s of SPACES) if (vecs[i][s].size && vecs[j][s].size) bucket[s].push(dot(vecs[i][s], vecs[j][s]));
}
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
for (const s of SPACES) console.log(s.padEnd(8), 'docs with', present[s], 'AUC same-vs-diff', auc(same[s], diff[s]).toFixed(3), 'means same', mean(same[s]).toFixed(3), 'diff', mean(diff[s]).toFixed(3), 'cross', mean(cross[s]).toFixed(3), 'n', same[s].length, diff[s].length);
// print features for a few docs
for (const k of [0, 30, 50]) { const f = feats[k]; console.log(documents[k].id, [...f.names.keys()].slice(0, 20).join(' '), '|', [...f.numbers.keys()].join(' '), '|', [...f.dates.keys()].join(' ')); }
// combos
const pairs: Array<{ y: boolean; c: Record<string, number | undefined> }> = [];
for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) {
  const a = documents[i].id, b = documents[j].id;
  if (topic.get(a) !== topic.get(b)) continue;
  const c: Record<string, number | undefined> = {};
  for (const s of SPACES) c[s] = vecs[i][s].size && vecs[j][s].size ? dot(vecs[i][s], vecs[j][s]) : undefined;
  pairs.push({ y: cluster.get(a) === cluster.get(b), c });
}
function comboAuc(w: Record<string, number>, gate?: [number, number]) {
  const sc = pairs.map((p) => { let s = 0, W = 0; for (const k in w) if (p.c[k] !== undefined) { s += w[k] * p.c[k]!; W += w[k]; } let v = W ? s / W : 0;
    if (gate && p.c.names !== undefined && p.c.names < gate[1]) v *= gate[0] + (1 - gate[0]) * p.c.names / gate[1]; return v; });
  return auc(sc.filter((_, i) => pairs[i].y), sc.filter((_, i) => !pairs[i].y)).toFixed(4);
}
for (const w of [{ text: 1 }, { text: 1, names: 1 }, { text: 1, names: 1, dates: 0.3 }, { text: 1, names: 1, dates: 0.3, numbers: 0.3 }, { text: 1, names: 1, dates: 0.5, numbers: 0.3, title: 0.3 }, { text: 0.5, title: 0.15, names: 0.25, numbers: 0.05, dates: 0.05 }])
  console.log(JSON.stringify(w), comboAuc(w), 'gated', comboAuc(w, [0.3, 0.2]), comboAuc(w, [0.5, 0.1]));
