// Provenance at scale on Reuters-21578: time and memory of fingerprints + relations (and of the flags)
// on 5k, 10k and all documents, and whether every exact-duplicate group of the data set is linked.
// Run: node --import tsx --expose-gc bench/provenance.ts
import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { findRelations, documentFlags, sourceFamilies } from '../src/provenance/index.ts';
import { fingerprint } from '../src/fingerprint/index.ts';
import type { TextDocument } from '../src/model.ts';

const FILE = new URL('../../shared/data/reuters21578/docs.jsonl', import.meta.url).pathname;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;

const t0 = performance.now();
const { documents } = await readDocuments([FILE]);
console.log(`read ${documents.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (ingest+extract+text, not timed below)`);

// CPU time (user + system) of this process: on a shared machine wall time also counts other people's work.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function run(docs: TextDocument[]) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const w0 = performance.now();
  let t = cpu();
  const fps = docs.map(fingerprint);
  const tFp = cpu() - t;
  t = cpu();
  const relations = findRelations(docs, fps);
  const tRel = cpu() - t;
  const heap1 = process.memoryUsage().heapUsed;
  t = cpu();
  documentFlags(docs);
  const tFlags = cpu() - t;
  return { relations, tFp, tRel, tFlags, heap: heap1 - heap0, wall: performance.now() - w0 };
}

console.log('CPU time per stage (wall time in brackets):');
console.log('docs    fingerprint  relations  flags    total    per 1k docs  heap growth  relations  [wall]');
let last = null as ReturnType<typeof run> | null;
for (const n of [5000, 10000, documents.length]) {
  const docs = documents.slice(0, n);
  const r = run(docs);
  const total = r.tFp + r.tRel + r.tFlags;
  console.log(
    `${String(n).padEnd(7)} ${(r.tFp / 1000).toFixed(2).padStart(8)} s ${(r.tRel / 1000).toFixed(2).padStart(8)} s ${(r.tFlags / 1000).toFixed(2).padStart(6)} s ${(total / 1000).toFixed(2).padStart(6)} s ${(total / n).toFixed(3).padStart(8)} s ${mb(r.heap).padStart(10)}  ${String(r.relations.length).padStart(9)}  [${(r.wall / 1000).toFixed(1)} s]`,
  );
  last = r;
}
console.log(`rss now ${mb(process.memoryUsage().rss)}`);

// The data set's exact duplicates: records whose text is the same once whitespace is normalised.
const groups = new Map<string, string[]>();
for (const line of readFileSync(FILE, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  if (!r.text || !String(r.text).trim()) continue;
  const key = String(r.text).split(/\s+/).filter(Boolean).join(' ');
  const g = groups.get(key);
  if (g) g.push(String(r.id));
  else groups.set(key, [String(r.id)]);
}
const dupGroups = [...groups.values()].filter((g) => g.length > 1);
const read = new Set(documents.map((d) => d.id));
const families = sourceFamilies(
  last!.relations,
  documents.map((d) => d.id),
);
const kinds = new Map<string, number>();
for (const r of last!.relations) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
let linked = 0;
let unread = 0;
const missed: string[][] = [];
for (const g of dupGroups) {
  const present = g.filter((id) => read.has(id));
  if (present.length < 2) {
    unread++;
    continue;
  }
  if (new Set(present.map((id) => families.get(id))).size === 1) linked++;
  else missed.push(present);
}
console.log(`relations by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(
  `exact-duplicate groups in the data: ${dupGroups.length}; linked into one family: ${linked}; not linked: ${missed.length}; fewer than two members reached the text stage: ${unread}`,
);
for (const m of missed.slice(0, 10)) console.log(`  not linked: ${m.join(', ')}`);
