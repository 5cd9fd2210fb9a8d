// Quote speaker accuracy on real press, in one run: BASIL-dev (named-person spans) and PolNeAR dev
// (named sources), and PolNeAR train with --train. Each set goes through the whole analyze run in
// process (stories, linking, synthesis), the report is written to a temporary file and scored by the
// project's python scorers in ../shared/scoring. Prints one line per set and the enrich stage's time.
//   node --import tsx bench/quotes.ts [--train] [--fast] [--misses]
// --misses prints, after each set's line, the scored quotes whose speaker is wrong (bench/quote-misses.py:
// gold source, what the report says and how, the text around) and their count by how the speaker was found.
// --fast skips clustering: each document is its own story (linking within one document only); use it
// while tuning, and the default (the product's own run) for the figures that count.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readDocuments, analyzeDocuments } from '../src/pipeline.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import type { TextDocument } from '../src/model.ts';
import { repairMojibake } from '../src/extract/mojibake.ts';

const args = process.argv.slice(2);
const SHARED = new URL('../../shared/', import.meta.url).pathname;
const SCORING = join(SHARED, 'scoring');
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-quotes-'));

interface QuoteSet {
  name: string;
  docs: string;
  gold: string;
  scorer: string;
  /** keep only documents (and gold lines) of this PolNeAR split */
  split?: 'train' | 'dev';
}

const SETS: QuoteSet[] = [
  { name: 'BASIL-dev', docs: 'data/basil-dev/docs.jsonl', gold: 'data/basil-dev/quotes.jsonl', scorer: 'score_quotes.py' },
  { name: 'PolNeAR dev', docs: 'data/polnear-dev/docs.jsonl', gold: 'data/polnear-dev/quotes.jsonl', scorer: 'score_quotes_polnear.py', split: 'dev' },
];
if (args.includes('--train')) {
  SETS.push({
    name: 'PolNeAR train',
    docs: 'data/polnear-dev/docs.jsonl',
    gold: 'data/polnear-dev/quotes.jsonl',
    scorer: 'score_quotes_polnear.py',
    split: 'train',
  });
}

/** The set's documents (one split of PolNeAR) and its gold lines, written where the scorer reads them. */
function prepare(set: QuoteSet): { docsPath: string; goldPath: string } {
  if (!set.split) return { docsPath: join(SHARED, set.docs), goldPath: join(SHARED, set.gold) };
  const keep = new Set<string>();
  const docs: string[] = [];
  for (const line of readFileSync(join(SHARED, set.docs), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; split: string };
    if (d.split !== set.split) continue;
    keep.add(d.id);
    docs.push(line);
  }
  // (the gold spans are slices of the scraped text, mojibake and all: the same repair the extract stage makes to the
  // documents is made to them, so a repaired quote is still found: "naÃ ̄vetÃ©" -> "naïveté", names39)
  const gold = readFileSync(join(SHARED, set.gold), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && keep.has((JSON.parse(l) as { document: string }).document))
    .map((l) => {
      const g = JSON.parse(l) as { text: string };
      const repaired = repairMojibake(g.text);
      return repaired.count ? JSON.stringify({ ...g, text: repaired.text }) : l;
    });
  const docsPath = join(tmp, `${set.split}-docs.jsonl`);
  const goldPath = join(tmp, `${set.split}-quotes.jsonl`);
  writeFileSync(docsPath, `${docs.join('\n')}\n`);
  writeFileSync(goldPath, `${gold.join('\n')}\n`);
  return { docsPath, goldPath };
}

/** Quotes of a one-document-per-story run (no clustering), in the report's shape. */
function fastReport(documents: TextDocument[]): { stories: Array<{ quotes: unknown[] }> } {
  return { stories: documents.map((d) => ({ quotes: linkStory([d], [enrichDocument(d)]).quotes })) };
}

if (!existsSync(SCORING)) {
  console.log(`skipped: ${SCORING} is not here (the data and scorers live in ../shared)`);
  process.exit(0);
}
try {
  for (const set of SETS) {
    const { docsPath, goldPath } = prepare(set);
    const timings: Record<string, number> = {};
    const t0 = performance.now();
    const { documents, problems } = await readDocuments([docsPath], { timings });
    const report = args.includes('--fast') ? fastReport(documents) : analyzeDocuments(documents, problems, { timings });
    const ms = performance.now() - t0;
    const reportPath = join(tmp, 'report.json');
    writeFileSync(reportPath, JSON.stringify(report));
    const scored = execFileSync('python3', [join(SCORING, set.scorer), goldPath, reportPath], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    const right = /speaker-right-overall ([\d.]+)/.exec(scored)?.[1] ?? '?';
    const enrich = timings.enrich
      ? ` enrich ${Math.round(timings.enrich)} ms (${((timings.enrich / ms) * 100).toFixed(1)}% of ${Math.round(ms)} ms)`
      : ` ${Math.round(ms)} ms`;
    console.log(`${set.name.padEnd(14)} speaker right ${right}  [${scored}]${enrich}`);
    if (args.includes('--misses')) {
      const misses = new URL('./quote-misses.py', import.meta.url).pathname;
      console.log(execFileSync('python3', [misses, goldPath, reportPath, docsPath], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
