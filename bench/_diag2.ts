import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { documentFeatures } from '../src/cluster/features.ts';
import { OnlineIdf } from '../src/cluster/idf.ts';
import { dfKeys, docVectors, SPACES, Story, TF } from '../src/cluster/story.ts';
Object.assign(TF, JSON.parse(process.env.TF ?? '{}'));
import { docToStory } from '../src/cluster/similarity.ts';
import { WEIGHTS } from '../src/cluster/weights.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>(); const topic = new Map<string, number>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); topic.set(r.id, r.topic); }
console.error("reading"); const { documents } = await readDocuments([ECB]); console.error("read");
const feats = documents.map(documentFeatures);
const idf = new OnlineIdf(); for (const f of feats) idf.add(new Set(dfKeys(f)));
const vecs = feats.map((f) => docVectors(f, idf));
const W = { ...WEIGHTS, ...JSON.parse(process.env.W ?? '{}') };
function auc(pos: number[], neg: number[]) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return s / (pos.length * neg.length); }
const byCluster = new Map<string, number[]>();
documents.forEach((d, i) => { const c = cluster.get(d.id)!; if (!byCluster.has(c)) byCluster.set(c, []); byCluster.get(c)!.push(i); });
function storyOf(idx: number[]) { const s = new Story(0); for (const i of idx) s.add(i, vecs[i], null, null as any, 100000); return s; }
const own: number[] = [], sib: number[] = []; let wrong = 0;
const per: Record<string, [number[], number[]]> = {}; for (const s of SPACES) per[s] = [[], []];
for (let i = 0; i < documents.length; i++) {
  const c = cluster.get(documents[i].id)!; const t = topic.get(documents[i].id)!;
  const mates = byCluster.get(c)!.filter((j) => j !== i); if (!mates.length) continue;
  const sibs = [...byCluster.entries()].filter(([k, v]) => k !== c && topic.get(documents[v[0]].id) === t);
  if (!sibs.length) continue;
  const so = docToStory(vecs[i], null, storyOf(mates), W); const ss = docToStory(vecs[i], null, storyOf(sibs[0][1]), W);
  own.push(so.value); sib.push(ss.value); if (ss.value >= so.value) wrong++;
  for (const s of SPACES) { if (so.cosines[s] !== undefined) per[s][0].push(so.cosines[s]!); if (ss.cosines[s] !== undefined) per[s][1].push(ss.cosines[s]!); }
}
console.log('combined AUC own vs sibling', auc(own, sib).toFixed(4), 'misranked', wrong, 'of', own.length);
for (const s of SPACES) console.log(s, auc(per[s][0], per[s][1]).toFixed(4));
const sorted = (x: number[]) => x.slice().sort((a, b) => a - b);
const q = (x: number[], p: number) => sorted(x)[Math.floor(p * (x.length - 1))].toFixed(3);
console.log('own quantiles 5/10/25/50', q(own, .05), q(own, .1), q(own, .25), q(own, .5), ' sibling 50/75/90/95', q(sib, .5), q(sib, .75), q(sib, .9), q(sib, .95));
const perTopic = new Map<number, { o: number[]; s: number[] }>();
{ let k = 0;
for (let i = 0; i < documents.length; i++) {
  const c = cluster.get(documents[i].id)!; const t = topic.get(documents[i].id)!;
  const mates = byCluster.get(c)!.filter((j) => j !== i); if (!mates.length) continue;
  const sibs = [...byCluster.entries()].filter(([kk, v]) => kk !== c && topic.get(documents[v[0]].id) === t);
  if (!sibs.length) continue;
  if (!perTopic.has(t)) perTopic.set(t, { o: [], s: [] });
  perTopic.get(t)!.o.push(own[k]); perTopic.get(t)!.s.push(sib[k]); k++;
} }
const m = (x: number[]) => (x.reduce((a, b) => a + b, 0) / x.length).toFixed(2);
console.log([...perTopic].sort((a, b) => a[0] - b[0]).map(([t, v]) => `${t}: own ${m(v.o)} min ${Math.min(...v.o).toFixed(2)} sib ${m(v.s)} max ${Math.max(...v.s).toFixed(2)}`).join('\n'));
