// Benchmark: one story of N near-copies of one wire article, as outlets re-send an agency's text (a line of their
// own on top, the headline reworded, a word changed, the last paragraph cut by some). Each N runs the CLI's
// `analyze -f json -q` in a child under /usr/bin/time -v: CPU (user+sys) and peak RSS per N, and the ratio to the
// N before (linear work doubles with N doubled, quadratic quadruples).
// --long: the text is instead the articles of 150+ words of the input joined up to 5,200 words (robust47's long text).
//   node --import tsx bench/copies.ts [--n 25,50,100,200,300] [--article 27] [--long] [--input r3k.jsonl] [--keep DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = flag('--n', '25,50,100,200,300').split(',').map(Number);
const articleAt = Number(flag('--article', '27'));
const input = flag('--input', '/work/wt/r3k.jsonl');

interface Rec {
  title: string;
  text: string;
  date?: string;
}
const lines = readFileSync(input, 'utf8').split('\n');
/** robust47's long text: articles of 150+ words joined, in input order, until 5,200 words. */
function longText(): Rec {
  const texts: string[] = [];
  let words = 0;
  for (const line of lines) {
    if (words >= 5200 || !line.trim()) break;
    const r = JSON.parse(line) as Partial<Rec>;
    const n = r.text?.split(/\s+/).length ?? 0;
    if (n < 150) continue;
    texts.push(r.text!);
    words += n;
  }
  return { title: 'LONG WIRE TEXT', text: texts.join('\n\n') };
}
const article = args.includes('--long') ? longText() : (JSON.parse(lines[articleAt]) as Rec);
const paragraphs = article.text
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

const OUTLETS = ['Daily Courier', 'Evening Post', 'Morning Herald', 'City Gazette', 'Valley News', 'Tribune', 'Star', 'Record', 'Sentinel', 'Observer'];
const SWAPS: Array<[RegExp, string]> = [
  [/\bsaid\b/, 'says'],
  [/\bthe\b/, 'this'],
  [/\bwould\b/, 'could'],
  [/\balso\b/, 'further'],
];

/** Copy `i` of the article: an outlet's line on top, its headline, one word swapped in one paragraph, the last
 * paragraph cut by every third. */
export function nearCopy(i: number): { id: string; title: string; text: string; outlet: string; published: string } {
  const outlet = `${OUTLETS[i % OUTLETS.length]} ${Math.floor(i / OUTLETS.length) + 1}`;
  const paras = paragraphs.slice(0, i % 3 === 1 ? -1 : undefined);
  const at = 1 + (i % (paras.length - 1));
  const [re, to] = SWAPS[i % SWAPS.length];
  paras[at] = paras[at].replace(re, to);
  const title = i % 2 ? article.title : article.title.replace(/^(\S+)/, (w) => `${w[0]}${w.slice(1).toLowerCase()}`);
  return {
    id: `copy-${i}`,
    title,
    outlet,
    published: '1987-02-27',
    text: [`The ${outlet} carries this agency report (copy ${i}).`, ...paras].join('\n\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = args.includes('--keep') ? flag('--keep', '') : mkdtempSync(join(tmpdir(), 'bench-copies-'));
  console.log(
    `${args.includes('--long') ? 'long text' : `article ${articleAt}`} of ${input}: ${paragraphs.length} paragraphs, ${article.text.split(/\s+/).length} words; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('copies\tCPU s\tpeak MB\treport MB\tCPU x');
  let before = 0;
  for (const n of sizes) {
    const file = join(dir, `copies-${n}.jsonl`);
    writeFileSync(file, `${Array.from({ length: n }, (_, i) => JSON.stringify(nearCopy(i))).join('\n')}\n`);
    const out = join(dir, `copies-${n}.json`);
    const run = spawnSync('/usr/bin/time', ['-v', 'node', join(root, 'bin/crosscheck.js'), 'analyze', file, '-f', 'json', '-q', '-o', out], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const stat = (name: string) => Number(new RegExp(`${name}[^:]*: ([\\d.]+)`).exec(run.stderr)?.[1] ?? Number.NaN);
    const cpu = stat('User time') + stat('System time');
    const rss = stat('Maximum resident set size') / 1024;
    let size = Number.NaN;
    try {
      size = statSync(out).size / 1e6;
    } catch {}
    console.log(
      `${n}\t${cpu.toFixed(2)}\t${rss.toFixed(0)}\t${size.toFixed(1)}\t${before ? (cpu / before).toFixed(2) : '-'}${run.status ? `\texit ${run.status}` : ''}`,
    );
    before = cpu;
  }
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  void execFileSync;
}
