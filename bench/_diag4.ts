import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { documentFeatures } from '../src/cluster/features.ts';
const ECB = '/work/shared/data/ecbplus-dev/docs.jsonl';
const cluster = new Map<string, string>(); const topic = new Map<string, number>();
for (const l of readFileSync(ECB, 'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); cluster.set(r.id, r.cluster); topic.set(r.id, r.topic); }
const { documents } = await readDocuments([ECB]);
const feats = documents.map(documentFeatures);
for (const t of process.argv.slice(2).map(Number)) {
  const idx = documents.map((d, i) => i).filter((i) => topic.get(documents[i].id) === t);
  const cl = [...new Set(idx.map((i) => cluster.get(documents[i].id)!))].sort();
  for (const sp of ['names', 'dates', 'numbers', 'terms'] as const) {
    const df = cl.map((c) => { const m = new Map<string, number>(); const mem = idx.filter((i) => cluster.get(documents[i].id) === c); for (const i of mem) for (const k of (feats[i] as any)[sp].keys()) m.set(k, (m.get(k) ?? 0) + 1 / mem.length); return m; });
    const keys = new Set([...df[0].keys(), ...(df[1]?.keys() ?? [])]);
    const rows = [...keys].map((k) => [k, df[0].get(k) ?? 0, df[1]?.get(k) ?? 0] as [string, number, number]);
    const shared = rows.filter((r) => r[1] > 0.4 && r[2] > 0.4).sort((a, b) => b[1] + b[2] - a[1] - a[2]).slice(0, 8).map((r) => `${r[0]}(${r[1].toFixed(1)}/${r[2].toFixed(1)})`);
    const disc = rows.sort((a, b) => Math.abs(b[1] - b[2]) - Math.abs(a[1] - a[2])).slice(0, 10).map((r) => `${r[0]}(${r[1].toFixed(1)}/${r[2].toFixed(1)})`);
    console.log(t, sp, 'SHARED', shared.join(' '), '\n   DISC', disc.join(' '));
  }
}
