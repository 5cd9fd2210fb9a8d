// Benchmark: blow-up guards. For each input shape, how much more CPU time four times the input costs
// (linear work gives about 4, quadratic 16). These were tests once; a test that bounds a time fails on a
// busy machine, so they are measured here and the tests keep only what the result must hold.
// Exits with 1 when a ratio passes the bound, so it can guard a change by hand or in a scheduled job.
//   node --import tsx bench/growth.ts [--only NAME]
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractHtmlContent } from '../src/extract/html/index.ts';
import { analyzeText } from '../src/text/index.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { analyze } from '../src/pipeline.ts';
import { reportChunks } from '../src/report/index.ts';
import { lowVocabularyText, quotedText, tinyRecords } from '../test/generated.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

/** Four times the input may cost at most this many times the CPU time: halfway between linear and quadratic. */
const MAX_GROWTH = 8;
const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'bench-growth-'));

const cpuMs = async (fn: () => unknown): Promise<number> => {
  const t0 = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
};

/** Best CPU ms of a few runs (noise on a shared machine only ever adds time). */
async function best(fn: () => unknown): Promise<number> {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) min = Math.min(min, await cpuMs(fn));
  return min;
}

const ARTICLE =
  '<p>The council approved the new flood barrier on Monday after ten years of disputes over its cost, its route and the risk it would move downstream.</p>';
const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}${ARTICLE}${'</div>'.repeat(n)}</body></html>`;
const unclosed = (n: number) => `<html><body>${ARTICLE}${'<p><b><i><span>word '.repeat(n)}<div <p>>></ </html`;
const QUOTED_LINE = '"Russia has no interest in absorbing anyone," Putin said, and Lukashenko, calling Putin an "older brother," praised Russia. ';

function quotesOf(paragraphs: string[]) {
  const doc = analyzeText({
    id: 'huge',
    source: 'huge',
    url: null,
    title: '',
    outlet: null,
    byline: [],
    published: '2008-12-12',
    paragraphs,
    removed: [],
    order: 0,
  });
  return linkStory([doc], [enrichDocument(doc)]).quotes;
}

/** Analyse one file holding `text` (up to 64 MB). */
async function analyseFile(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return analyze([file], { maxBytes: 64 * 1024 * 1024 });
}

/** A folder of `n` small text files, one article each. */
function folderOf(n: number): string {
  const folder = join(dir, `files-${n}`);
  mkdirSync(folder, { recursive: true });
  tinyRecords(n, 7).forEach((line, i) => {
    const { title, text, published } = JSON.parse(line);
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), ` date ${published} ${title}\n\n${text}\n`);
  });
  return folder;
}

async function analyseAndReport(folder: string) {
  const report = await analyze([folder]);
  for (const format of ['md', 'json'] as const) for (const _chunk of reportChunks(report, format));
}

/** Each shape: what runs at size n, and n. */
const SHAPES: Array<{ name: string; n: number; unit: string; run: (n: number) => unknown }> = [
  { name: 'html-nesting', n: 25_000, unit: 'nested elements', run: (n) => extractHtmlContent(nested(n)) },
  { name: 'html-unclosed', n: 2_500, unit: 'unclosed tags', run: (n) => extractHtmlContent(unclosed(n)) },
  { name: 'quotes-paragraph', n: 150, unit: 'quoted sentences in one paragraph', run: (n) => quotesOf([QUOTED_LINE.repeat(n)]) },
  {
    name: 'one-input-quoted',
    n: 512 * 1024,
    unit: 'bytes of quoted remarks, analysed end to end',
    run: (n) => analyseFile(`quoted-${n}.txt`, quotedText(n, 1)),
  },
  {
    name: 'one-input-plain',
    n: 512 * 1024,
    unit: 'bytes of low-vocabulary text, analysed end to end',
    run: (n) => analyseFile(`low-${n}.txt`, lowVocabularyText(n, 1)),
  },
  { name: 'many-files', n: 150, unit: 'files, analysed and reported (md, json)', run: (n) => analyseAndReport(folderOf(n)) },
];

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
let over = 0;
for (const shape of SHAPES.filter((s) => !only || s.name === only)) {
  await shape.run(Math.max(1, Math.floor(shape.n / 4))); // warm up: loaded tables and compiled code are not what grows
  const small = await best(() => shape.run(shape.n));
  const large = await best(() => shape.run(4 * shape.n));
  const ratio = large / Math.max(small, 0.5);
  if (ratio >= MAX_GROWTH) over++;
  console.log(
    `${shape.name.padEnd(18)} ${shape.n} -> ${4 * shape.n} ${shape.unit}: ${small.toFixed(0)} -> ${large.toFixed(0)} CPU ms, ${ratio.toFixed(1)}x${ratio >= MAX_GROWTH ? `  OVER ${MAX_GROWTH}x` : ''}`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
process.exitCode = over ? 1 : 0;
