import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { documentFeatures } from '../src/cluster/features.ts';
import { OnlineIdf } from '../src/cluster/idf.ts';
import { dfKeys, docVectors, Story } from '../src/cluster/story.ts';
import { docToStory } from '../src/cluster/similarity.ts';
import { WEIGHTS } from '../src/cluster/weights.ts';
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
const PFX: any = { names: 'N|', dates: '@', terms: '', numbers: '' };
function central(d: number, mem: number[], sp: string, share: number) {
  const cnt = new Map<string, number>(); for (const i of mem) for (const k of (feats[i] as any)[sp].keys()) cnt.set(k, (cnt.get(k) ?? 0) + 1);
  let num = 0, den = 0; for (const [k, c] of cnt) { if (c / mem.length < share) continue; const w = idf.idf(PFX[sp] + k); den += w; if ((feats[d] as any)[sp].has(k)) num += w; }
  // precision: doc keys found in story
  let pn = 0, pd = 0; for (const k of (feats[d] as any)[sp].keys()) { const w = idf.idf(PFX[sp] + k); pd += w; if ((cnt.get(k) ?? 0) > 0) pn += w; }
  return den ? [num / den, pd ? pn / pd : 0] : null;
}
const W = { ...WEIGHTS };
const rows: Array<{ y: number; t: number; f: Record<string, number> }> = [];
for (let i = 0; i < documents.length; i++) {
  const c = cluster.get(documents[i].id)!; const t = topic.get(documents[i].id)!;
  const mates = byCluster.get(c)!.filter((j) => j !== i); if (!mates.length) continue;
  const sibs = [...byCluster.entries()].filter(([k, v]) => k !== c && topic.get(documents[v[0]].id) === t);
  if (!sibs.length) continue;
  for (const [y, mem] of [[1, mates], [0, sibs[0][1]]] as Array<[number, number[]]>) {
    const s = new Story(0); for (const j of mem) s.add(j, vecs[j], null, null as any, 1e6);
    const sc = docToStory(vecs[i], null, s, W);
    const f: Record<string, number> = { combined: sc.value };
    for (const [k, v] of Object.entries(sc.cosines)) f[k] = v!;
    for (const sp of ['names', 'dates', 'terms']) for (const sh of [0.3, 0.5, 0.7]) { const r = central(i, mem, sp, sh); if (r) { f[`${sp}R${sh}`] = r[0]; f[`${sp}P`] = r[1]; } }
    rows.push({ y, t, f });
  }
}
const names = new Set(rows.flatMap((r) => Object.keys(r.f)));
for (const n of names) { const pos = rows.filter((r) => r.y && r.f[n] !== undefined).map((r) => r.f[n]); const neg = rows.filter((r) => !r.y && r.f[n] !== undefined).map((r) => r.f[n]); console.log(n.padEnd(14), auc(pos, neg).toFixed(4), pos.length, neg.length); }
import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/rows.json', JSON.stringify(rows));
