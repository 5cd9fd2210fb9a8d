// Benchmark: the text stage alone (`analyzeText`) over the extracted articles of a file, several rounds
// in one process; prints each round's CPU time (this process, user + system). The first round pays
// for loading wink's model. Compare two checkouts by running this file from each, started together.
//   node --import tsx bench/text-stage.ts [file.jsonl] [--rounds N]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/index.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import type { Article } from '../src/model.ts';
import { analyzeText } from '../src/text/index.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? join(here, '..', '..', 'shared', 'data', 'reuters21578', 'docs.jsonl');

const articles: Article[] = [];
for await (const item of ingestPaths([file])) {
  if (isProblem(item)) continue;
  try {
    articles.push(extractArticle(item));
  } catch {
    // a record the extractor refuses is no text stage input
  }
}
for (let r = 0; r < rounds; r++) {
  const before = process.cpuUsage();
  for (const a of articles) analyzeText(a);
  const { user, system } = process.cpuUsage(before);
  console.log(`round ${r}: ${articles.length} articles, ${((user + system) / 1000).toFixed(0)} ms CPU`);
}
