// Start-up cost of the command: `--help` and `analyze examples/seeds`, wall time, CPU time (user + system) and peak
// RSS, run as the installed command runs (bin/crosscheck.js over the compiled dist/ that `npm install` builds: analyze
// from its one script with V8's code cache, bin/code-cache.js) and, as the peer in the same run, from the sources
// through tsx. With `--base DIR` (another checkout, built), its dist/ is run too, in turns with this one's: on a
// shared machine only runs taken in turns compare.
//   node --import tsx bench/startup.ts [--runs N] [--base DIR] [--no-sources]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const argAt = (name: string) => process.argv.indexOf(name);
const RUNS = argAt('--runs') > 0 ? Number(process.argv[argAt('--runs') + 1]) : 5;
const BASE = argAt('--base') > 0 ? resolve(process.argv[argAt('--base') + 1]) : null;

/** node arguments that run the command line of one entry module (it exports `run`). */
const runner = (main: string, loader: string[] = []) => [
  ...loader,
  '--input-type=module',
  '-e',
  `const { run } = await import(${JSON.stringify(pathToFileURL(main).href)}); process.exitCode = await run(process.argv.slice(1));`,
];
const distMain = (root: string) => join(root, 'dist', 'cli', 'main.js');
const bin = (root: string) => [join(root, 'bin', 'crosscheck.js')];
const ENTRIES: Record<string, string[]> = { 'compiled (bin)': bin(ROOT) };
if (BASE) ENTRIES['base (bin)'] = bin(BASE);
if (!process.argv.includes('--no-sources')) ENTRIES['sources (tsx)'] = runner(join(ROOT, 'src', 'cli', 'main.ts'), ['--import', 'tsx']);
const COMMANDS: Record<string, string[]> = {
  '--help': ['--help'],
  'analyze seeds': ['analyze', join(ROOT, 'examples', 'seeds'), '--quiet'],
};

for (const root of BASE ? [ROOT, BASE] : [ROOT]) {
  if (!existsSync(distMain(root))) {
    console.error(`bench/startup: no dist/ in ${root} (run \`npm run build\` there first)`);
    process.exit(1);
  }
}

interface Run {
  wall: number;
  cpu: number | null;
  rss: number | null;
}

/** One run: wall seconds, and CPU seconds (user + system) and peak RSS (MB) by GNU time when present. */
function once(args: string[]): Run {
  const gnuTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}\n${r.stderr}`);
  if (!gnuTime) return { wall, cpu: null, rss: null };
  const [user, sys, rss] = r.stderr.trim().split('\n').pop()?.split(' ').map(Number) ?? [];
  return { wall, cpu: user + sys, rss: rss / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`runs per cell: ${RUNS}, entries in turns (median wall and CPU, largest peak RSS)`);
for (const [command, args] of Object.entries(COMMANDS)) {
  const runs = new Map<string, Run[]>(Object.keys(ENTRIES).map((e) => [e, []]));
  for (let i = 0; i < RUNS; i++) for (const [entry, prefix] of Object.entries(ENTRIES)) runs.get(entry)?.push(once([...prefix, ...args]));
  for (const [entry, rs] of runs) {
    const cpus = rs.map((r) => r.cpu).filter((c): c is number => c !== null);
    const rss = Math.max(...rs.map((r) => r.rss ?? 0));
    const cpu = cpus.length ? `  CPU ${median(cpus).toFixed(2)} s` : '';
    console.log(
      `${command.padEnd(14)} ${entry.padEnd(16)} wall ${median(rs.map((r) => r.wall)).toFixed(2)} s${cpu}${rss ? `  peak ${rss.toFixed(0)} MB` : ''}`,
    );
  }
}
