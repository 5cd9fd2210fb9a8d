// Start-up cost of the command: `--help` and `analyze examples/seeds`, wall time and peak RSS, run from the
// compiled dist/ (what `npm install` builds) and, as the peer in the same run, from the sources through tsx.
//   node --import tsx bench/startup.ts [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

/** node arguments that run the command line of one entry module (it exports `run`). */
const runner = (main: string, loader: string[] = []) => [
  ...loader,
  '--input-type=module',
  '-e',
  `const { run } = await import(${JSON.stringify(pathToFileURL(main).href)}); process.exitCode = await run(process.argv.slice(1));`,
];
const DIST_MAIN = join(ROOT, 'dist', 'cli', 'main.js');
const ENTRIES: Record<string, string[]> = {
  'compiled (dist)': runner(DIST_MAIN),
  'sources (tsx)': runner(join(ROOT, 'src', 'cli', 'main.ts'), ['--import', 'tsx']),
};
const COMMANDS: Record<string, string[]> = {
  '--help': ['--help'],
  'analyze seeds': ['analyze', join(ROOT, 'examples', 'seeds'), '--quiet'],
};

if (!existsSync(DIST_MAIN)) {
  console.error('bench/startup: no dist/ (run `npm run build` first)');
  process.exit(1);
}

/** Median wall seconds and largest peak RSS (MB) of RUNS runs, measured by GNU time when present. */
function measure(args: string[]): { wall: number; rss: number | null } {
  const walls: number[] = [];
  let rss: number | null = null;
  const gnuTime = existsSync('/usr/bin/time');
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = gnuTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    walls.push((performance.now() - start) / 1000);
    if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}\n${r.stderr}`);
    if (gnuTime) rss = Math.max(rss ?? 0, Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  walls.sort((a, b) => a - b);
  return { wall: walls[Math.floor(walls.length / 2)], rss };
}

console.log(`runs per cell: ${RUNS} (median wall)`);
for (const [command, args] of Object.entries(COMMANDS)) {
  for (const [entry, prefix] of Object.entries(ENTRIES)) {
    const { wall, rss } = measure([...prefix, ...args]);
    console.log(`${command.padEnd(14)} ${entry.padEnd(16)} ${wall.toFixed(2)} s${rss ? `  peak ${rss.toFixed(0)} MB` : ''}`);
  }
}
