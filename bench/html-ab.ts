// Per-page A/B of HTML extraction on trafilatura's evaluation pages: extracts every matched page with the current
// code (extraction only, as bench/extract-html.ts's "crosscheck" line scores it), saves each page's found / missed /
// leaked segments, and compares with a saved run: pages better, worse, traded (as many errors, other segments) or the
// same, the pooled P/R/F1 of both, and the segments that moved on each changed page.
//
//   node --import tsx bench/html-ab.ts --save /tmp/before.json        # on the code before the rule change
//   node --import tsx bench/html-ab.ts --against /tmp/before.json     # after it (--save FILE too, to chain)
//   options: [dataDir] [--half A|B]
import { readFileSync, writeFileSync } from 'node:fs';
import { extractHtml } from '../src/extract/html/index.ts';
import { loadLanguageModel } from '../src/common/language.ts';
import { DEFAULT_DATA, heldOut, loadEval, matchPages, prf, readPage, scorePage, type Totals, addScore } from './lib/trafilatura-eval.ts';
import { compareRuns, renderComparison, type Run } from './lib/page-ab.ts';

await loadLanguageModel();

const args = process.argv.slice(2);
const VALUE_FLAGS = new Set(['--save', '--against', '--half']);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = args.find((a, i) => !a.startsWith('--') && !VALUE_FLAGS.has(args[i - 1])) ?? DEFAULT_DATA;
const save = flag('--save');
const against = flag('--against');
const half = flag('--half');

const set = loadEval(dataDir);
const mapping = matchPages(set, () => set.files.map((file) => ({ file, html: readPage(dataDir, file) })));

const run: Run = {};
const totals: Totals = { tp: 0, fn: 0, fp: 0 };
const t0 = process.cpuUsage();
for (const file of set.files) {
  const url = mapping.get(file);
  if (!url) continue;
  if (half && (heldOut(file) ? 'B' : 'A') !== half) continue;
  const body = readPage(dataDir, file);
  let out = '';
  try {
    out = extractHtml({ id: 'page', source: url, kind: 'html', body, order: 0, url, meta: {} }).paragraphs.join('\n');
  } catch {
    // a page that throws scores as empty output: every "with" segment missed
  }
  run[file] = { url, ...scorePage(out, set.entries[url]) };
  addScore(totals, run[file]);
}
const cpu = process.cpuUsage(t0);
process.stderr.write(`${Object.keys(run).length} pages extracted and scored in ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU\n`);

if (against) {
  const before = (JSON.parse(readFileSync(against, 'utf8')) as { pages: Run }).pages;
  for (const line of renderComparison(compareRuns(before, run), against, 'this run')) console.log(line);
} else {
  const { p, r, f1 } = prf(totals);
  console.log(`${Object.keys(run).length} pages: P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${f1.toFixed(4)}  (TP ${totals.tp} FN ${totals.fn} FP ${totals.fp})`);
}
if (save) {
  writeFileSync(save, `${JSON.stringify({ set: 'trafilatura-eval', half: half ?? 'all', pages: run }, null, 1)}\n`);
  process.stderr.write(`saved ${save}\n`);
}
