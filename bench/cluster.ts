// Story clustering benchmark. ECB+ (../shared/data/ecbplus-dev): B-cubed P/R/F1 against gold `cluster`,
// on the whole set, on even and odd topics, and with the input shuffled. --reuters: time on Reuters-21578
// and the share of the analyze run (read + cluster) that clustering takes. --seeds N: N shuffled orders (5 by
// default) of the whole set and of each half, with their mean and minimum (ECB+ F1 moves by up to 0.03 between orders).
// The CLI clusters its documents in one canonical order whatever order they came in (pipeline.ts canonicalOrder:
// dated first by publication time, then by a hash of the text), so its stories are those of the "CLI order" line,
// not of the input order's: the two differ (5_9ecbplus stands alone in the CLI's run, joins its gold story in input order).
// --misses: over the input order and the shuffled ones, each gold story's B-cubed recall and precision loss (summed
// over the orders), and the splits and merges that recur, most frequent first (what to read before changing a weight).
//   node --import tsx bench/cluster.ts [--reuters] [--seeds 20] [--misses] [--set join=0.3,names=0.25] [--no-merge] [--data path]
import { readFileSync } from 'node:fs';
import { canonicalOrder, readDocuments } from '../src/pipeline.ts';
import { clusterStories, WEIGHTS, type ClusterOptions, type ClusterWeights } from '../src/cluster/index.ts';
import { bcubed, shuffled } from '../src/cluster/eval.ts';
import type { TextDocument } from '../src/model.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ECB = value('--data') ?? new URL('../../shared/data/ecbplus-dev/docs.jsonl', import.meta.url).pathname;
const REUTERS = new URL('../../shared/data/reuters21578/docs.jsonl', import.meta.url).pathname;

const weights: Partial<ClusterWeights> = {};
for (const kv of (value('--set') ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split('=');
  (weights as Record<string, number>)[k] = Number(v);
}
const options: ClusterOptions = { weights, noMerge: flag('--no-merge') };

function gold(path: string): { cluster: Map<string, string>; topic: Map<string, number> } {
  const cluster = new Map<string, string>();
  const topic = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    cluster.set(String(r.id), String(r.cluster));
    topic.set(String(r.id), Number(r.topic));
  }
  return { cluster, topic };
}

/** Per gold story, what the orders lost: recall (its articles apart) and precision (others with them), and how. */
class Misses {
  readonly recall = new Map<string, number>();
  readonly precision = new Map<string, number>();
  readonly splits = new Map<string, number>();
  readonly merges = new Map<string, number>();

  constructor(private gold: Map<string, string>) {}

  note(groups: string[][]): void {
    const size = new Map<string, number>();
    for (const c of this.gold.values()) size.set(c, (size.get(c) ?? 0) + 1);
    for (const group of groups) {
      const held = new Map<string, number>();
      for (const id of group) {
        const c = this.gold.get(id);
        if (c !== undefined) held.set(c, (held.get(c) ?? 0) + 1);
      }
      const parts = [...held].map(([c, n]) => `${c}:${n}`).join(' + ');
      for (const [c, n] of held) {
        const all = size.get(c) as number;
        add(this.recall, c, n * (1 - n / all));
        add(this.precision, c, n * (1 - n / group.length));
        if (n < all) add(this.splits, `${c} (${n} of ${all}) in [${parts}]`, 1);
      }
      if (held.size > 1) add(this.merges, [...held.keys()].sort().join(' & '), 1);
    }
  }

  print(orders: number): void {
    const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
    console.log(`misses over ${orders} orders (B-cubed loss in articles, summed over the orders)`);
    console.log(
      `  recall:    ${top(this.recall, 15)
        .map(([c, v]) => `${c} ${v.toFixed(1)}`)
        .join(', ')}`,
    );
    console.log(
      `  precision: ${top(this.precision, 15)
        .map(([c, v]) => `${c} ${v.toFixed(1)}`)
        .join(', ')}`,
    );
    console.log('  splits (orders: gold story, its articles in one group, and that group):');
    for (const [k, n] of top(this.splits, 30)) console.log(`    ${n}: ${k}`);
    console.log('  merges (orders: gold stories in one group):');
    for (const [k, n] of top(this.merges, 15)) console.log(`    ${n}: ${k}`);
  }
}

function add(m: Map<string, number>, k: string, by: number): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function score(docs: TextDocument[], g: Map<string, string>, opts = options, misses?: Misses) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const groups = clusterStories(docs, opts);
  const ms = performance.now() - t;
  misses?.note(groups.map((s) => s.documents));
  return {
    ...bcubed(
      groups.map((s) => s.documents),
      g,
    ),
    stories: groups.length,
    ms,
    cpu: process.cpuUsage(cpu).user / 1000,
  };
}

const fmt = (r: { precision: number; recall: number; f1: number; stories: number; ms: number; cpu: number }) =>
  `P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}  F1 ${r.f1.toFixed(4)}  stories ${r.stories}  ${r.ms.toFixed(0)} ms (cpu ${r.cpu.toFixed(0)} ms)`;

async function ecb(): Promise<void> {
  const { documents } = await readDocuments([ECB]);
  const g = gold(ECB);
  const goldStories = new Set(documents.map((d) => g.cluster.get(d.id))).size;
  console.log(`ECB+ ${documents.length} documents, ${goldStories} gold stories; weights ${JSON.stringify({ ...WEIGHTS, ...weights })}`);
  const misses = flag('--misses') ? new Misses(g.cluster) : undefined;
  console.log(`whole set      ${fmt(score(documents, g.cluster, options, misses))}`);
  console.log(`CLI order      ${fmt(score(canonicalOrder(documents), g.cluster))}`);
  const even = documents.filter((d) => (g.topic.get(d.id) ?? 0) % 2 === 0);
  const odd = documents.filter((d) => (g.topic.get(d.id) ?? 0) % 2 === 1);
  console.log(`even topics    ${fmt(score(even, g.cluster))}`);
  console.log(`odd topics     ${fmt(score(odd, g.cluster))}`);
  const seeds = Array.from({ length: Number(value('--seeds') ?? 5) }, (_, i) => i + 1);
  const orders = (docs: TextDocument[], show: boolean) =>
    seeds.map((seed) => {
      const r = score(
        shuffled(docs, seed).map((d, i) => ({ ...d, order: i })),
        g.cluster,
        options,
        show ? misses : undefined,
      );
      if (show) console.log(`shuffle ${seed}      ${fmt(r)}`);
      return r.f1;
    });
  const spread = (f1s: number[]) =>
    `F1 mean ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(4)} min ${Math.min(...f1s).toFixed(4)} max ${Math.max(...f1s).toFixed(4)}`;
  console.log(`shuffled (${seeds.length}) ${spread(orders(documents, true))}`);
  misses?.print(seeds.length + 1);
  if (value('--seeds')) {
    console.log(`even shuffled  ${spread(orders(even, false))}`);
    console.log(`odd shuffled   ${spread(orders(odd, false))}`);
  }
}

async function reuters(): Promise<void> {
  // CPU time of this process: wall time depends on what else the machine runs
  const c0 = process.cpuUsage();
  const { documents } = await readDocuments([REUTERS]);
  const read = process.cpuUsage(c0).user / 1000;
  const c1 = process.cpuUsage();
  const groups = clusterStories(documents, options);
  const cluster = process.cpuUsage(c1).user / 1000;
  const sizes = groups.map((s) => s.documents.length);
  console.log(
    `Reuters ${documents.length} documents: read (ingest+extract+text) ${(read / 1000).toFixed(1)} s, cluster ${(cluster / 1000).toFixed(2)} s ` +
      `(${((cluster / (read + cluster)) * 100).toFixed(1)}% of read+cluster, CPU time), ${(documents.length / (cluster / 1000)).toFixed(0)} docs/s; ` +
      `${groups.length} stories, largest ${Math.max(...sizes)}, singletons ${sizes.filter((n) => n === 1).length}`,
  );
  // near-linear: CPU time per document should stay flat as the stream grows
  for (const n of [2500, 5000, 10000]) {
    const c = process.cpuUsage();
    clusterStories(documents.slice(0, n), options);
    const ms = process.cpuUsage(c).user / 1000;
    console.log(`  first ${n}: ${ms.toFixed(0)} ms CPU, ${(ms / n).toFixed(2)} ms per document`);
  }
  console.log(`  all ${documents.length}: ${(cluster / documents.length).toFixed(2)} ms per document`);
}

if (flag('--reuters')) await reuters();
else await ecb();
