// HTML extraction on trafilatura's evaluation pages: crosscheck next to @mozilla/readability + linkedom.
// Scoring as ../shared/data/README.md says: each "with" segment found is a TP, missing an FN; each
// "without" segment found is an FP; case-sensitive substring tests on whitespace-normalised output,
// pooled over all pages. Pages are matched to their entries by content (the files carry no names).
//
//   node --import tsx bench/extract-html.ts [dataDir] [--limit N] [--only NAME-PREFIX[,NAME...]] [--dump DIR] [--verbose]
// Timing is CPU time of each extractor's calls, the extractors taking turns page by page (the machine may be
// shared); both sides get the same decoded strings, so parsing is counted for both.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtmlBytes } from '../src/ingest/html-charset.ts';
import { extractHtml, extractHtmlContent } from '../src/extract/html/index.ts';
import type { RawDocument } from '../src/model.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

interface Entry {
  file: string;
  with: string[];
  without: string[];
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VALUE_FLAGS = new Set(['--limit', '--only', '--dump']);
const dataDir = args.find((a, i) => !a.startsWith('--') && !VALUE_FLAGS.has(args[i - 1])) ?? join(import.meta.dirname, '../../shared/data/trafilatura-eval');
const limit = Number(flag('--limit') ?? Infinity);
const only = flag('--only');
const dumpDir = flag('--dump');
const verbose = args.includes('--verbose');

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const entries = JSON.parse(readFileSync(join(dataDir, 'evaldata.json'), 'utf8')) as Record<string, Entry>;
const files = readdirSync(join(dataDir, 'html'))
  .filter((f) => f.endsWith('.gz'))
  .sort();

// ---- decode every page once (the same strings go to both extractors)
const pages = files.map((f) => {
  const bytes = gunzipSync(readFileSync(join(dataDir, 'html', f)));
  const decoded = decodeHtmlBytes(bytes);
  return { file: f, html: 'text' in decoded ? decoded.text : '' };
});

// ---- match pages to entries: URL in the page first, then the most "with" segments found in the raw text
function matchPages(): Map<string, string> {
  const key = createHash('sha1').update(files.join('\n')).update(Object.keys(entries).join('\n')).digest('hex').slice(0, 12);
  const cache = join(tmpdir(), `crosscheck-trafilatura-map-${key}.json`);
  if (existsSync(cache)) return new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8'))));
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const texts = pages.map((p) =>
    norm(
      p.html
        .replace(/&nbsp;|&#160;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#0?39;|&apos;/g, "'"),
    ),
  );
  const urls = Object.keys(entries);
  for (let i = 0; i < pages.length; i++) {
    const hits = urls.filter((u) => pages[i].html.includes(`"${u}"`) && !taken.has(u));
    if (hits.length === 1) {
      const u = hits[0];
      if (entries[u].with.filter((s) => texts[i].includes(s)).length >= Math.min(1, entries[u].with.length)) {
        map.set(pages[i].file, u);
        taken.add(u);
      }
    }
  }
  for (const u of urls) {
    if (taken.has(u)) continue;
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < pages.length; i++) {
      if (map.has(pages[i].file)) continue;
      const score = entries[u].with.filter((s) => texts[i].includes(s)).length + (pages[i].html.includes(u) ? 0.5 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) {
      map.set(pages[best].file, u);
      taken.add(u);
    }
  }
  writeFileSync(cache, JSON.stringify(Object.fromEntries(map)));
  return map;
}

const started = Date.now();
const mapping = matchPages();
const matched = pages.filter((p) => mapping.has(p.file)).slice(0, limit);
process.stderr.write(`matched ${mapping.size}/${pages.length} pages to entries in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);

/** Held-out split: a fixed half of the pages by hash of the file name, to watch for over-fitting. */
const heldOut = (file: string) => createHash('md5').update(file).digest()[0] % 2 === 1;

interface Score {
  tp: number;
  fn: number;
  fp: number;
}
const zero = (): Score => ({ tp: 0, fn: 0, fp: 0 });

function score(s: Score, output: string, e: Entry): void {
  const out = norm(output);
  for (const w of e.with) out.includes(norm(w)) ? s.tp++ : s.fn++;
  for (const w of e.without) if (out.includes(norm(w))) s.fp++;
}

function prf(s: Score): string {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
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
    score(t.all, out, entries[url]);
    if (verbose) {
      const o = norm(out);
      const miss = entries[url].with.filter((w) => !o.includes(norm(w)));
      const extra = entries[url].without.filter((w) => o.includes(norm(w)));
      if (miss.length || extra.length) console.log(`[${name}] ${p.file} ${url}\n  missing: ${JSON.stringify(miss)}\n  unwanted: ${JSON.stringify(extra)}`);
    }
    score(heldOut(p.file) ? t.halves.held : t.halves.dev, out, entries[url]);
    if (dumpDir) writeFileSync(join(dumpDir, `${name.replace(/\W+/g, '_')}-${p.file}.txt`), out);
  }
}
for (const [k, [name]] of chosen.entries()) {
  const { all, halves, failures, micros } = tally[k];
  const secs = micros / 1e6;
  console.log(
    `${name.padEnd(24)} ${prf(all)}  (TP ${all.tp} FN ${all.fn} FP ${all.fp})  ${(matched.length / secs).toFixed(1)} pages/s (CPU)  [half A ${prf(halves.dev)} | half B ${prf(halves.held)}]${failures ? `  ${failures} failures` : ''}`,
  );
}
// Our pages/s over the peer's, measured in the same turns
const ours = chosen.findIndex(([name]) => name === 'crosscheck');
const peer = chosen.findIndex(([name]) => name === 'readability+linkedom');
if (ours >= 0 && peer >= 0) console.log(`crosscheck / readability+linkedom speed: ${(tally[peer].micros / tally[ours].micros).toFixed(2)}x`);
