import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { documentFeatures } from '../src/cluster/features.ts';
import { OnlineIdf } from '../src/cluster/idf.ts';
import { dfKeys, docVectors, Story } from '../src/cluster/story.ts';
import { storyToStory } from '../src/cluster/similarity.ts';
import { WEIGHTS } from '../src/cluster/weights.ts';
import { shuffled } from '../src/cluster/eval.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>(); const topic = new Map<string, number>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); topic.set(r.id, r.topic); }
const { documents } = await readDocuments([ECB]);
const feats = documents.map(documentFeatures);
const idf = new OnlineIdf(); for (const f of feats) idf.add(new Set(dfKeys(f)));
const vecs = feats.map((f) => docVectors(f, idf));
const W = { ...WEIGHTS, ...JSON.parse(process.env.W ?? '{}') };
const byCluster = new Map<string, number[]>();
documents.forEach((d, i) => { const c = cluster.get(d.id)!; if (!byCluster.has(c)) byCluster.set(c, []); byCluster.get(c)!.push(i); });
const mk = (mem: number[]) => { const s = new Story(0); for (const j of mem) s.add(j, vecs[j], null, null as any, 1e6); return s; };
for (const size of [1, 2, 4, 8]) {
  const same: number[] = [], diff: number[] = [];
  let seed = 1;
  for (const [c, mem] of byCluster) {
    const t = topic.get(documents[mem[0]].id);
    const sib = [...byCluster.entries()].find(([k, v]) => k !== c && topic.get(documents[v[0]].id) === t);
    if (!sib || mem.length < 2 * size) continue;
    const sh = shuffled(mem, seed++);
    same.push(storyToStory(mk(sh.slice(0, size)), mk(sh.slice(size, 2 * size)), W).value);
    diff.push(storyToStory(mk(sh.slice(0, size)), mk(shuffled(sib[1], seed++).slice(0, size)), W).value);
  }
  const q = (x: number[], p: number) => x.slice().sort((a, b) => a - b)[Math.floor(p * (x.length - 1))].toFixed(2);
  console.log(`size ${size}: same 5/10/25/50% ${q(same, .05)} ${q(same, .1)} ${q(same, .25)} ${q(same, .5)}   diff 50/75/90/95% ${q(diff, .5)} ${q(diff, .75)} ${q(diff, .9)} ${q(diff, .95)}`);
}
