import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { bcubed, shuffled } from '../src/cluster/eval.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>(); const topic = new Map<string, number>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); topic.set(r.id, r.topic); }
const { documents } = await readDocuments([ECB]);
const sets = { all: documents, sh: shuffled(documents, 7).map((d, i) => ({ ...d, order: i })) };
const grid = JSON.parse(process.argv[2]);
const keys = Object.keys(grid);
function* combos(i: number, acc: Record<string, number>): Generator<Record<string, number>> {
  if (i === keys.length) { yield { ...acc }; return; }
  for (const v of grid[keys[i]]) { acc[keys[i]] = v; yield* combos(i + 1, acc); }
}
const noMerge = process.argv.includes("--no-merge"); const noRefine = process.argv.includes("--no-refine");
for (const w of combos(0, {})) {
  const out: string[] = [];
  for (const [name, docs] of Object.entries(sets)) {
    const g = clusterStories(docs, { weights: w, noMerge, noRefine, background: process.env.BG ? documents : undefined });
    const b = bcubed(g.map((s) => s.documents), cluster);
    out.push(`${name} P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F ${b.f1.toFixed(3)} n ${g.length}`);
  }
  console.log(JSON.stringify(w), out.join(' | '));
}
if (process.argv.includes('--errors')) {
  const g = clusterStories(documents, { noMerge, weights: JSON.parse(process.env.W ?? "{}") });
  for (const s of g) {
    const labels = new Map<string, number>();
    for (const d of s.documents) labels.set(cluster.get(d)!, (labels.get(cluster.get(d)!) ?? 0) + 1);
    if (labels.size > 1) console.log(s.title.slice(0, 60), [...labels]);
  }
}
if (process.env.SHOW) {
  const g = clusterStories(documents, { noMerge, weights: JSON.parse(process.env.W ?? "{}") });
  for (const s of g) if (s.documents.some((d) => topic.get(d) === Number(process.env.SHOW))) {
    console.log('##', s.title, s.why.join(' · '));
    for (const m of s.members) console.log('  ', m.document, cluster.get(m.document), m.similarity, m.reason.slice(0, 250));
  }
}
