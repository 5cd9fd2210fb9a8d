// Benchmark: cost against the size of ONE input. Low-vocabulary text (sentences drawn from 20 words)
// of n and 4n bytes, analysed end to end; prints seconds per stage and the growth ratio (4n / n),
// which near-linear cost keeps near 4.
//   node --import tsx bench/large-input.ts [megabytes, default 1]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.ts';
import { lowVocabularyText } from '../test/generated.ts';

const mb = Number(process.argv[2] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'bench-large-'));

async function run(bytes: number): Promise<{ ms: number; timings: Record<string, number> }> {
  const file = join(dir, `low-${bytes}.txt`);
  writeFileSync(file, lowVocabularyText(bytes, 1));
  const timings: Record<string, number> = {};
  const start = performance.now();
  await analyze([file], { timings, maxBytes: 64 * 1024 * 1024 });
  return { ms: performance.now() - start, timings };
}

const small = await run(Math.round(mb * 1024 * 1024));
const large = await run(Math.round(4 * mb * 1024 * 1024));
const fmt = (t: Record<string, number>) =>
  Object.entries(t)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`)
    .join(', ');
console.log(`${mb} MB: ${(small.ms / 1000).toFixed(1)} s (${fmt(small.timings)})`);
console.log(`${4 * mb} MB: ${(large.ms / 1000).toFixed(1)} s (${fmt(large.timings)})`);
console.log(`growth 4x input: ${(large.ms / small.ms).toFixed(2)}x time; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
