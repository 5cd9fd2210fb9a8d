import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { bcubed, shuffled } from '../src/cluster/eval.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); }
const { documents } = await readDocuments([ECB]);
const opts = JSON.parse(process.argv[2] ?? '{}');
const f = [0, 1, 2, 3, 4, 5].map((seed) => { const d = seed ? shuffled(documents, seed).map((x, i) => ({ ...x, order: i })) : documents; return bcubed(clusterStories(d, opts).map((s) => s.documents), cluster).f1; });
console.log(JSON.stringify(opts), f.map((x) => x.toFixed(3)).join(' '), 'range', (Math.max(...f) - Math.min(...f)).toFixed(3));
if (process.env.ERR) {
  const d = shuffled(documents, Number(process.env.ERR)).map((x, i) => ({ ...x, order: i }));
  for (const s of clusterStories(d, opts)) { const labels = new Map<string, number>(); for (const id of s.documents) labels.set(cluster.get(id)!, (labels.get(cluster.get(id)!) ?? 0) + 1); if (labels.size > 1) console.log(s.title.slice(0, 50), [...labels].join(' ')); }
}
