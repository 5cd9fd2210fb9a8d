// HTML extraction on trafilatura's evaluation pages: crosscheck next to @mozilla/readability + linkedom.
// Scoring as ../shared/data/README.md says: each "with" segment found is a TP, missing an FN; each
// "without" segment found is an FP; case-sensitive substring tests on whitespace-normalised output,
// pooled over all pages. Pages are matched to their entries by content (the files carry no names).
// Loading, matching and scoring are bench/lib/trafilatura-eval.ts's, shared with html-misses.ts and html-ab.ts.
//
//   node --import tsx bench/extract-html.ts [dataDir] [--limit N] [--only NAME-PREFIX[,NAME...]] [--dump DIR] [--verbose]
// Timing is CPU time of each extractor's calls, the extractors taking turns page by page (the machine may be
// shared); both sides get the same decoded strings, so parsing is counted for both.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractHtml, extractHtmlContent } from '../src/extract/html/index.ts';
import type { RawDocument } from '../src/model.ts';
import { loadLanguageModel } from '../src/common/language.ts';
import { addScore, DEFAULT_DATA, heldOut, loadEval, matchPages, prf, readPage, scorePage, type Totals } from './lib/trafilatura-eval.ts';

await loadLanguageModel();

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VALUE_FLAGS = new Set(['--limit', '--only', '--dump']);
const dataDir = args.find((a, i) => !a.startsWith('--') && !VALUE_FLAGS.has(args[i - 1])) ?? DEFAULT_DATA;
const limit = Number(flag('--limit') ?? Infinity);
const only = flag('--only');
const dumpDir = flag('--dump');
const verbose = args.includes('--verbose');

const set = loadEval(dataDir);
const { entries, files } = set;

// ---- decode every page once (the same strings go to both extractors)
const pages = files.map((file) => ({ file, html: readPage(dataDir, file) }));

const started = Date.now();
const mapping = matchPages(set, () => pages);
const matched = pages.filter((p) => mapping.has(p.file)).slice(0, limit);
process.stderr.write(`matched ${mapping.size}/${pages.length} pages to entries in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);

const zero = (): Totals => ({ tp: 0, fn: 0, fp: 0 });

function figures(s: Totals): string {
  const { p, r, f1 } = prf(s);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`;
}

type Extractor = (html: string, url: string) => string;

const extractors: Record<string, Extractor> = {
  'crosscheck (html pass)': (html, url) => extractHtmlContent(html, url).paragraphs.join('\n'),
  crosscheck: (html, url) => {
    const raw: RawDocument = { id: 'page', source: url, kind: 'html', body: html, order: 0, url, meta: {} };
    return extractHtml(raw).paragraphs.join('\n');
  },
  'readability+linkedom': (html) => {
    const { document } = parseHTML(html);
    const result = new Readability(document as never).parse();
    return result?.textContent ?? '';
  },
};

if (dumpDir) mkdirSync(dumpDir, { recursive: true });
// --only takes names separated by commas: each an exact name, else a prefix
const chosen = Object.entries(extractors).filter(([name]) => !only || only.split(',').some((o) => (o in extractors ? name === o : name.startsWith(o))));
const tally = chosen.map(() => ({ all: zero(), halves: { dev: zero(), held: zero() }, failures: 0, micros: 0 }));
// The extractors take turns page by page, so a busy spell of the shared machine falls on all of them alike;
// each is charged the CPU time (not wall time) of its own calls.
for (const p of matched) {
  const url = mapping.get(p.file)!;
  for (const [k, [name, run]] of chosen.entries()) {
    const t = tally[k];
    let out = '';
    const t0 = process.cpuUsage();
    try {
      out = run(p.html, url);
    } catch {
      t.failures++;
    }
    const cpu = process.cpuUsage(t0);
    t.micros += cpu.user + cpu.system;
    const s = scorePage(out, entries[url]);
    addScore(t.all, s);
    if (verbose && (s.missed.length || s.leaked.length))
      console.log(`[${name}] ${p.file} ${url}\n  missing: ${JSON.stringify(s.missed)}\n  unwanted: ${JSON.stringify(s.leaked)}`);
    addScore(heldOut(p.file) ? t.halves.held : t.halves.dev, s);
    if (dumpDir) writeFileSync(join(dumpDir, `${name.replace(/\W+/g, '_')}-${p.file}.txt`), out);
  }
}
for (const [k, [name]] of chosen.entries()) {
  const { all, halves, failures, micros } = tally[k];
  const secs = micros / 1e6;
  console.log(
    `${name.padEnd(24)} ${figures(all)}  (TP ${all.tp} FN ${all.fn} FP ${all.fp})  ${(matched.length / secs).toFixed(1)} pages/s (CPU)  [half A ${figures(halves.dev)} | half B ${figures(halves.held)}]${failures ? `  ${failures} failures` : ''}`,
  );
}
// Our pages/s over the peer's, measured in the same turns
const ours = chosen.findIndex(([name]) => name === 'crosscheck');
const peer = chosen.findIndex(([name]) => name === 'readability+linkedom');
if (ours >= 0 && peer >= 0) console.log(`crosscheck / readability+linkedom speed: ${(tally[peer].micros / tally[ours].micros).toFixed(2)}x`);
