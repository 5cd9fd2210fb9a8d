// False-positive rates of the spun and translated flags on real, normal news (Reuters-21578, ECB+).
// The spun detector's bigram table is rebuilt from half the data (Reuters odd ids, ECB+ train) and
// measured on the other half, so the rate is not flattered by the table having seen the text.
// Run: node --import tsx bench/flags-fp.ts [--all]   (--all: also the in-sample rate with the shipped table)
import { readFileSync } from 'node:fs';
import { readDocuments } from '../src/pipeline.ts';
import { makeTable, loadBigramTable } from '../src/provenance/bigrams.ts';
import { documentFlags } from '../src/provenance/flags.ts';
import type { TextDocument } from '../src/model.ts';
import { buildTable } from '../scripts/build-bigrams.ts';

const DATA = new URL('../../shared/data/', import.meta.url).pathname;
const ecbSplit = new Map<string, string>();
for (const line of readFileSync(`${DATA}ecbplus-dev/docs.jsonl`, 'utf8').split('\n')) {
  if (line.trim()) {
    const r = JSON.parse(line);
    ecbSplit.set(String(r.id), r.split);
  }
}
const built = buildTable('train');
const heldOutTable = makeTable(built.tokens, new Map(Object.entries(built.words)), built.bloom);

function report(name: string, docs: TextDocument[], table = heldOutTable): void {
  const flags = documentFlags(docs, table);
  const spun = docs.filter((d) => flags.get(d.id)!.spun.detected);
  const translated = docs.filter((d) => flags.get(d.id)!.translated.detected);
  const pct = (n: number) => `${((100 * n) / Math.max(1, docs.length)).toFixed(2)}%`;
  console.log(`${name}: ${docs.length} documents; spun ${spun.length} (${pct(spun.length)}); translated ${translated.length} (${pct(translated.length)})`);
  // How close normal writing comes: the highest scores among these documents.
  const top = [...docs].sort((a, b) => flags.get(b.id)!.spun.score - flags.get(a.id)!.spun.score).slice(0, 3);
  const near = docs.filter((d) => flags.get(d.id)!.spun.score >= 0.25).length;
  console.log(`  spun score >= 0.25: ${near}; highest: ${top.map((d) => `${d.id} ${flags.get(d.id)!.spun.score}`).join(', ')}`);
  for (const d of top) console.log(`    ${d.id}: ${flags.get(d.id)!.spun.evidence.join(' | ').slice(0, 400)}`);
  for (const d of spun.slice(0, 5)) console.log(`  spun ${d.id}: ${flags.get(d.id)!.spun.score} ${flags.get(d.id)!.spun.evidence.join(' | ').slice(0, 300)}`);
  for (const d of translated.slice(0, 5)) console.log(`  translated ${d.id}: ${flags.get(d.id)!.translated.evidence.join(' | ').slice(0, 300)}`);
}

const reuters = (await readDocuments([`${DATA}reuters21578/docs.jsonl`])).documents;
const ecb = (await readDocuments([`${DATA}ecbplus-dev/docs.jsonl`])).documents;
const idOf = (d: TextDocument) => d.id.replace(/~\d+$/, '');
report(
  'Reuters-21578 held-out half (even ids)',
  reuters.filter((d) => Number(idOf(d)) % 2 === 0),
);
report(
  'ECB+ held-out (dev split)',
  ecb.filter((d) => ecbSplit.get(idOf(d)) !== 'train'),
);
if (process.argv.includes('--all')) {
  const shipped = loadBigramTable();
  report('Reuters-21578 all, shipped table (in-sample)', reuters, shipped!);
  report('ECB+ all, shipped table (in-sample)', ecb, shipped!);
}
