// Benchmark: synthesis per story on ECB+ (../shared/data/ecbplus-dev/docs.jsonl), each gold cluster taken as
// one story (70 stories, 772 articles). Provenance and enrichment run first as in the pipeline; only
// synthesizeStory is timed. Prints time per story, candidate pairs scored against all cross-article sentence
// pairs (the cost the inverted index saves), claim counts, and checks that every briefing citation is valid.
//   node --import tsx bench/synthesize.ts [docs.jsonl]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../src/pipeline.ts';
import { findRelations, documentFlags } from '../src/provenance/index.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { synthesizeStory, lastSynthesisCost } from '../src/synthesize/index.ts';
import type { StoryGroup, TextDocument } from '../src/model.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const file = process.argv[2] ?? join(here, '..', '..', 'shared', 'data', 'ecbplus-dev', 'docs.jsonl');
if (!existsSync(file)) {
  console.error(`bench/synthesize: ${file}: not found`);
  process.exit(2);
}

// gold clusters from the records themselves (the ingest stage keeps record ids)
const { readFileSync } = await import('node:fs');
const clusterOf = new Map<string, string>();
for (const line of readFileSync(file, 'utf8').split('\n'))
  if (line.trim()) {
    const r = JSON.parse(line) as { id: string; cluster: string };
    clusterOf.set(r.id, r.cluster);
  }
const { documents } = await readDocuments([file]);
const clusters = new Map<string, TextDocument[]>();
for (const d of documents) {
  const c = clusterOf.get(d.id) ?? clusterOf.get(d.id.replace(/~\d+$/, ''));
  if (!c) continue;
  clusters.set(c, [...(clusters.get(c) ?? []), d]);
}

let total = 0;
// CPU time as well as wall time: on a busy machine wall time measures the neighbours too
let cpuMs = 0;
let worst = { ms: 0, story: '', docs: 0 };
let pairs = 0;
let allPairs = 0;
let units = 0;
let claims = 0;
let corroborated = 0;
let multiDoc = 0;
let lines = 0;
let badCites = 0;
let cites = 0;
for (const [id, docs] of [...clusters].sort()) {
  const relations = findRelations(docs);
  const flags = documentFlags(docs);
  const enrichments = new Map(docs.map((d) => [d.id, enrichDocument(d)]));
  const { entities, quotes } = linkStory(
    docs,
    docs.map((d) => enrichments.get(d.id)!),
  );
  const group: StoryGroup = { id, title: docs[0].title, documents: docs.map((d) => d.id), members: [], why: [], period: { start: null, end: null } };
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const s = synthesizeStory({ group, documents: docs, relations, enrichments, entities, quotes, flags });
  const c = process.cpuUsage(cpu0);
  cpuMs += (c.user + c.system) / 1000;
  const ms = performance.now() - t;
  total += ms;
  if (ms > worst.ms) worst = { ms, story: id, docs: docs.length };
  const cost = lastSynthesisCost();
  pairs += cost.pairsScored;
  units += cost.units;
  allPairs += (cost.units * (cost.units - 1)) / 2;
  claims += s.claims.length;
  corroborated += s.claims.filter((c) => c.independentSources >= 2).length;
  multiDoc += s.claims.filter((c) => new Set(c.support.map((r) => r.document)).size >= 2).length;
  lines += s.briefing.length;
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const b of s.briefing) {
    if (!b.support.length) badCites++;
    for (const r of b.support) {
      cites++;
      const d = byId.get(r.document);
      if (!d || r.sentence < 0 || r.sentence >= d.sentences.length) badCites++;
    }
  }
}
const n = clusters.size;
console.log(`stories ${n}, articles ${documents.length}, statement sentences ${units}`);
console.log(
  `synthesis: ${total.toFixed(0)} ms wall (${cpuMs.toFixed(0)} ms CPU) total, ${(total / n).toFixed(1)} ms per story, slowest ${worst.ms.toFixed(1)} ms (${worst.story}, ${worst.docs} articles)`,
);
console.log(`per statement sentence: ${((1000 * cpuMs) / Math.max(1, units)).toFixed(0)} µs CPU`);
console.log(`candidate pairs scored ${pairs} of ${allPairs} sentence pairs (${((100 * pairs) / Math.max(1, allPairs)).toFixed(1)}%)`);
console.log(`claims ${claims}: ${multiDoc} carried by 2+ articles, ${corroborated} by 2+ independent sources`);
console.log(`briefing lines ${lines} (${(lines / n).toFixed(1)} per story), citations ${cites}, invalid ${badCites}`);
