// Runs every *.test.ts under src/ and test/ with node's test runner (node:test), each file (or unit group) in a process of its own.
import { join, resolve } from 'node:path';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { find } from './test-files.mjs';

// The cross-stage tests (test/: bases, servers, child processes) run each in a process of its own, the longest
// first; the unit tests beside the modules (src/) run in two processes of half of them each (scripts/units-N.mjs): a
// process per unit file cost more than its tests (tsx's start, the modules and language models loaded again: 175 s
// of CPU for the 67 files one process each, 34 s in one process, 47 s in three; tests19). The order is each file's
// tests' time in a CI run (suite48: /tmp/ci1.log, 58 min at a load of 20-40, the sum of a file's top-level test
// durations, in seconds beside each name; the two unit groups about 270 s each; the files suite49 cut by their
// share of CPU cut), so the long files start first and the three lanes end together instead of one long file,
// started late, running alone at the end. Files missing from LONGEST run after it, in name order (each under 100 s
// in suite47's run). A name missing from LONGEST only loses its place; one that is gone is passed over.
const LONGEST = [
  'test/bad-input.test.ts', // 1,036; 1,842 in suite50's (load 50-77, partial: the five files below it); then -7 s of CPU (suite50: the damaged test's good base, the full-stdout test's list, in-process)
  'test/threads.test.ts', // 550 + part of 112 shared with story-threads (a test name both hold); then +9 s of CPU (suite49: the first test's 3-thread run on the workers); 1,597 in suite50's
  'test/odd-input.test.ts', // 351; over 1,500 in suite50's (robust39-41's tests); then about a quarter less CPU (suite50: its bases made and read in-process)
  'test/store-crash.test.ts', // 466 (208 in suite47's run); 1,027 in suite50's
  'test/store-upkeep.test.ts', // 574; then 27% less CPU (suite49: one plain base a backend for the three comparisons); 764 in suite50's
  'test/store-pristine.test.ts', // 347
  'test/store-stale.test.ts', // 323
  'test/store-vocab.test.ts', // 311
  'test/store-incremental.test.ts', // 308
  'test/story-threads.test.ts', // 290 + part of 112
  'scripts/units-1.mjs',
  'scripts/units-2.mjs',
  'test/server-browser.test.ts', // 287 (mostly Chromium's waits)
  'test/store-cli.test.ts', // 272
  'test/store-cache.test.ts', // 266
  'test/watch.test.ts', // 256 (the 14-hour farm at 10 feeds)
  'test/server-watch.test.ts', // 229
  'test/watch-cli.test.ts', // 239 in suite47's run (the files below: suite47's figures)
  'test/report-stream.test.ts', // 203
  'test/store-migrate.test.ts', // 183
  'test/watch-workers.test.ts', // 183
  'test/watch-hostile.test.ts', // 176
  'test/one-arena.test.ts', // 158
  'test/store-writes.test.ts', // 353, one base a backend, not three
  'test/build.test.ts', // 150
  'test/storylines.test.ts', // 149
  'test/store.test.ts', // 145
  'test/input-order.test.ts', // 145
  'test/watch-lease.test.ts', // 139
  'test/fetch-hostile.test.ts', // 131
  'test/cli.test.ts', // 105
];
const UNITS = ['units-1.mjs', 'units-2.mjs'].map((f) => join('scripts', f));
function ordered(found) {
  const known = [...found, ...UNITS];
  const first = LONGEST.map((f) => join(...f.split('/'))).filter((f) => known.includes(f));
  return [...first, ...known.filter((f) => !first.includes(f))];
}
const files = process.argv.length > 2 ? process.argv.slice(2) : ordered(find('test'));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// Three files at a time on two cores: the cross-stage files wait on PostgreSQL, child processes, servers and
// Chromium for about a fifth of their time (the suite's processes used 1.6 of 2 cores with two at a time), and a
// third file fills those waits. node:test's run() starts the files in the order above, each in a process of its
// own with this process's flags (`--import tsx`, package.json), and writes one TAP stream with one count of the
// whole suite. The command line (`node --test c a b`) would sort the files by name (suite45): the longest (store-*,
// watch-*) would start last and run alone at the end.
const concurrency = Number(process.env.CROSSCHECK_TEST_CONCURRENCY) || 3;
let failures = 0;
const stream = run({ files: files.map((f) => resolve(f)), concurrency });
stream.on('test:fail', () => failures++);
stream.on('end', () => {
  process.exitCode = failures > 0 ? 1 : 0;
});
stream.compose(tap).pipe(process.stdout);
