// trafilatura's evaluation set (../shared/data/trafilatura-eval) as the HTML benches read and score it: the entries,
// the pages decoded, pages matched to entries (the files carry no names), and the scoring its README gives: each
// "with" segment found in the whitespace-normalised output is found (TP), else missed (FN); each "without" segment
// found is leaked (FP); case-sensitive substring tests, pooled over pages. Shared by bench/extract-html.ts,
// bench/html-misses.ts and bench/html-ab.ts, so the three count alike.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../../src/ingest/html-charset.ts';

export interface EvalEntry {
  with: string[];
  without: string[];
}

export interface EvalSet {
  entries: Record<string, EvalEntry>;
  /** the page files (*.gz under html/), sorted */
  files: string[];
}

export const DEFAULT_DATA = join(import.meta.dirname, '../../../shared/data/trafilatura-eval');

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function loadEval(dataDir: string): EvalSet {
  const entries = JSON.parse(readFileSync(join(dataDir, 'evaldata.json'), 'utf8')) as Record<string, EvalEntry>;
  const files = readdirSync(join(dataDir, 'html'))
    .filter((f) => f.endsWith('.gz'))
    .sort();
  return { entries, files };
}

/** A page's HTML as ingest decodes it ('' when the bytes cannot be decoded). */
export function readPage(dataDir: string, file: string): string {
  const decoded = decodeHtmlBytes(gunzipSync(readFileSync(join(dataDir, 'html', file))));
  return 'text' in decoded ? decoded.text : '';
}

/** Held-out split: a fixed half of the pages by hash of the file name (half B), to watch for over-fitting. */
export const heldOut = (file: string) => createHash('md5').update(file).digest()[0] % 2 === 1;

/**
 * Page file -> its entry's URL: the URL quoted in the page first, then the most "with" segments found in the raw
 * text. Cached in the temporary directory by the set's names; `pages` is called only when the cache is absent.
 */
export function matchPages(set: EvalSet, pages: () => Array<{ file: string; html: string }>): Map<string, string> {
  const { entries, files } = set;
  const key = createHash('sha1').update(files.join('\n')).update(Object.keys(entries).join('\n')).digest('hex').slice(0, 12);
  const cache = join(tmpdir(), `crosscheck-trafilatura-map-${key}.json`);
  if (existsSync(cache)) return new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8'))));
  const all = pages();
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const texts = all.map((p) =>
    norm(
      p.html
        .replace(/&nbsp;|&#160;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#0?39;|&apos;/g, "'"),
    ),
  );
  const urls = Object.keys(entries);
  for (let i = 0; i < all.length; i++) {
    const hits = urls.filter((u) => all[i].html.includes(`"${u}"`) && !taken.has(u));
    if (hits.length === 1) {
      const u = hits[0];
      if (entries[u].with.filter((s) => texts[i].includes(s)).length >= Math.min(1, entries[u].with.length)) {
        map.set(all[i].file, u);
        taken.add(u);
      }
    }
  }
  for (const u of urls) {
    if (taken.has(u)) continue;
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < all.length; i++) {
      if (map.has(all[i].file)) continue;
      const score = entries[u].with.filter((s) => texts[i].includes(s)).length + (all[i].html.includes(u) ? 0.5 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) {
      map.set(all[best].file, u);
      taken.add(u);
    }
  }
  writeFileSync(cache, JSON.stringify(Object.fromEntries(map)));
  return map;
}

/** One page's score: how many "with" segments were found, and the missed and leaked segments (normalised). */
export interface PageScore {
  found: number;
  missed: string[];
  leaked: string[];
}

export function scorePage(output: string, entry: EvalEntry): PageScore {
  const out = norm(output);
  let found = 0;
  const missed: string[] = [];
  const leaked: string[] = [];
  for (const w of entry.with) out.includes(norm(w)) ? found++ : missed.push(norm(w));
  for (const w of entry.without) if (out.includes(norm(w))) leaked.push(norm(w));
  return { found, missed, leaked };
}

export interface Totals {
  tp: number;
  fn: number;
  fp: number;
}

export function addScore(t: Totals, s: PageScore): void {
  t.tp += s.found;
  t.fn += s.missed.length;
  t.fp += s.leaked.length;
}

/** Pooled precision, recall and F1. */
export function prf(t: Totals): { p: number; r: number; f1: number } {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}
