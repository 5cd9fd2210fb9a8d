// Check: the text stage's own tokenising (src/common/plain-tokens.ts, through `readRawFresh`) against
// wink's `readDoc` (`readFresh`), token by token: text, token type, normal form, stop flag, preceding
// spaces (and a contraction's normal), the non-breaking spaces kept, and the sentences' first and last
// tokens. Over every text of the data sets: each record's title, text and paragraphs, and what the text
// stage reads of each extracted article (its paragraphs joined, its title); the seeds; the saved web
// pages of trafilatura-eval (extracted). Prints the counts; exits 1 on any difference.
//   node --import tsx bench/plain-tokens-check.ts [data folder] [seeds folder]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { piecesLeftToWink, readFresh, readRawFresh, tokenLines } from '../src/common/nlp.ts';
import { extractArticle } from '../src/extract/index.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const here = fileURLToPath(new URL('.', import.meta.url));
const data = process.argv[2] ?? join(here, '..', '..', 'shared', 'data');
const seeds = process.argv[3] ?? join(here, '..', '..', 'shared', 'seeds');

let texts = 0;
let tokens = 0;
let differences = 0;
function check(text: string, where: string): void {
  if (!text) return;
  texts++;
  const wink = readFresh(text, (_doc, _its, raw) => tokenLines(raw));
  const plain = readRawFresh(text, tokenLines);
  tokens += wink.length - 1;
  const n = Math.max(wink.length, plain.length);
  for (let i = 0; i < n; i++) {
    if (wink[i] === plain[i]) continue;
    differences++;
    if (differences <= 20) console.log(`${where}: token ${i}: wink ${wink[i]} / here ${plain[i]}`);
    break;
  }
}

const paragraphsOf = (text: string) => text.split(/\n\s*\n/);

async function extracted(paths: string[], name: string): Promise<void> {
  for await (const item of ingestPaths(paths)) {
    if (isProblem(item)) continue;
    let article: ReturnType<typeof extractArticle>;
    try {
      article = extractArticle(item);
    } catch {
      continue;
    }
    check(article.paragraphs.join('\n\n'), `${name} ${item.source}`);
    check(article.title ?? '', `${name} ${item.source} (title)`);
  }
}

for (const set of readdirSync(data, { withFileTypes: true })) {
  const docs = join(data, set.name, 'docs.jsonl');
  if (!set.isDirectory() || !readdirSync(join(data, set.name)).includes('docs.jsonl')) continue;
  const before = { texts, tokens, differences };
  for (const line of readFileSync(docs, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: unknown; title?: string; text?: string };
    check(record.title ?? '', `${set.name} ${record.id} title`);
    check(record.text ?? '', `${set.name} ${record.id} text`);
    for (const p of paragraphsOf(record.text ?? '')) check(p, `${set.name} ${record.id} paragraph`);
  }
  await extracted([docs], set.name);
  console.log(`${set.name}: ${texts - before.texts} texts, ${tokens - before.tokens} tokens, ${differences - before.differences} differences`);
}
const pages = join(data, 'trafilatura-eval', 'html');
{
  const before = { texts, tokens, differences };
  await extracted(
    readdirSync(pages).map((f) => join(pages, f)),
    'trafilatura-eval',
  );
  const seedFiles = readdirSync(seeds).map((f) => join(seeds, f));
  for (const f of seedFiles) check(readFileSync(f, 'utf8'), f);
  await extracted(seedFiles, 'seeds');
  console.log(
    `trafilatura-eval pages and seeds: ${texts - before.texts} texts, ${tokens - before.tokens} tokens, ${differences - before.differences} differences`,
  );
}
console.log(`all: ${texts} texts, ${tokens} tokens, ${differences} differences; pieces left to wink's tokeniser ${piecesLeftToWink()}`);
process.exitCode = differences === 0 ? 0 : 1;
