import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { documentFeatures } from '../src/cluster/features.ts';
import { OnlineIdf } from '../src/cluster/idf.ts';
import { dfKeys, docVectors, Story, SPACES } from '../src/cluster/story.ts';
import { shuffled } from '../src/cluster/eval.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>(); const topic = new Map<string, number>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); topic.set(r.id, r.topic); }
const { documents } = await readDocuments([ECB]);
const feats = documents.map(documentFeatures);
const idf = new OnlineIdf(); for (const f of feats) idf.add(new Set(dfKeys(f)));
const vecs = feats.map((f) => docVectors(f, idf));
const W: any = { text: 0.165, title: 0.07, names: 0.276, numbers: 0.21, dates: 0.277, ...JSON.parse(process.env.W ?? '{}') };
const prior: any = JSON.parse(process.env.PRIOR ?? '{"text":0.3,"title":0.2,"names":0.35,"numbers":0.3,"dates":0.35}');
const K = Number(process.env.K ?? 2);
const byCluster = new Map<string, number[]>();
documents.forEach((d, i) => { const c = cluster.get(d.id)!; if (!byCluster.has(c)) byCluster.set(c, []); byCluster.get(c)!.push(i); });
const mk = (mem: number[]) => { const s = new Story(0); for (const j of mem) s.add(j, vecs[j], null, null as any, 1e6); return s; };
function sim(a: Story, b: Story, mode: string) {
  let s = 0, w = 0;
  for (const sp of SPACES) {
    const A = a.centroids[sp], B = b.centroids[sp];
    let x: number;
    if (!A.count || !B.count) x = W.absent ?? 0.3 * (mode === 'norm' ? 1 / prior[sp] * 0.3 : 1);
    else {
      x = A.meanWithCentroid(B);
      if (mode === 'norm') {
        const shr = (c: any) => { const n = c.count, p = n * (n - 1) / 2; const coh = c.cohesion ?? 0; return (p * coh + K * prior[sp]) / (p + K); };
        x = Math.min(1.2, x / Math.sqrt(shr(A) * shr(B)));
      }
    }
    s += W[sp] * x; w += W[sp];
  }
  return s / w;
}
for (const mode of ['avg', 'norm']) for (const [sa, sb] of [[1, 1], [1, 4], [2, 2], [4, 4], [1, 8], [8, 8]]) {
  const same: number[] = [], diff: number[] = [];
  let seed = 1;
  for (const [c, mem] of byCluster) {
    const t = topic.get(documents[mem[0]].id);
    const sib = [...byCluster.entries()].find(([k, v]) => k !== c && topic.get(documents[v[0]].id) === t);
    if (!sib || mem.length < sa + sb || sib[1].length < sb) continue;
    for (let rep = 0; rep < 3; rep++) {
    const sh = shuffled(mem, seed++);
    same.push(sim(mk(sh.slice(0, sa)), mk(sh.slice(sa, sa + sb)), mode));
    diff.push(sim(mk(sh.slice(0, sa)), mk(shuffled(sib[1], seed++).slice(0, sb)), mode));
    }
  }
  const q = (x: number[], p: number) => x.slice().sort((a, b) => a - b)[Math.floor(p * (x.length - 1))].toFixed(2);
  console.log(`${mode} ${sa}x${sb}: same 5/10/25/50% ${q(same, .05)} ${q(same, .1)} ${q(same, .25)} ${q(same, .5)}   diff 50/75/90/95% ${q(diff, .5)} ${q(diff, .75)} ${q(diff, .9)} ${q(diff, .95)}`);
}
