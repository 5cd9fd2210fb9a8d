// Runs every *.test.ts under src/ and test/ with node's test runner (node:test), each long file or group of short ones in a process of its own.
import { join, resolve } from 'node:path';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { find, GROUPS } from './test-files.mjs';

// The long cross-stage tests (test/: bases, servers, child processes) run each in a process of its own, the longest
// first; the unit tests beside the modules (src/) run in two processes of half of them each (scripts/units-N.mjs): a
// process per unit file cost more than its tests (tsx's start, the modules and language models loaded again: 175 s
// of CPU for the 67 files one process each, 34 s in one process, 47 s in three; tests19). The short cross-stage files
// run in three shared processes likewise (scripts/group-N.mjs, test-files.mjs GROUPS; suite51). The order is each file's
// tests' time in a CI run (suite48: /tmp/ci1.log, 58 min at a load of 20-40, the sum of a file's top-level test
// durations, in seconds beside each name; the two unit groups about 270 s each; the files suite49 cut by their
// share of CPU cut), so the long files start first and the three lanes end together instead of one long file,
// started late, running alone at the end. Files missing from LONGEST run after it, in name order (each under 100 s
// in suite47's run). A name missing from LONGEST only loses its place; one that is gone is passed over.
const LONGEST = [
  'scripts/group-1.mjs', // the story base's files (suite51: 198 s of CPU as files one each, 137 s in one process)
  'test/bad-input.test.ts', // 1,036; 1,842 in suite50's (load 50-77, partial: the five files below it); then -7 s of CPU (suite50: the damaged test's good base, the full-stdout test's list, in-process)
  'test/threads.test.ts', // 550 + part of 112 shared with story-threads (a test name both hold); then +9 s of CPU (suite49: the first test's 3-thread run on the workers); 1,597 in suite50's
  'test/odd-input.test.ts', // 351; over 1,500 in suite50's (robust39-41's tests); then about a quarter less CPU (suite50: its bases made and read in-process)
  'test/store-crash.test.ts', // 466 (208 in suite47's run); 1,027 in suite50's
  'test/store-upkeep.test.ts', // 574; then 27% less CPU (suite49: one plain base a backend for the three comparisons); 764 in suite50's
  'test/store-pristine.test.ts', // 347
  'test/story-threads.test.ts', // 290 + part of 112
  'scripts/units-1.mjs',
  'scripts/units-2.mjs',
  'scripts/group-2.mjs', // the short cross-stage files in two halves (suite51: 96 / 97 s of CPU as files one each, 56 / 59 s)
  'scripts/group-3.mjs',
  'test/server-browser.test.ts', // 287 (mostly Chromium's waits)
  'test/watch.test.ts', // 256 (the 14-hour farm at 10 feeds)
  'test/server-watch.test.ts', // 229
  'test/watch-cli.test.ts', // 239 in suite47's run (the files below: suite47's figures)
  'test/watch-workers.test.ts', // 183
  'test/one-arena.test.ts', // 158
  'test/build.test.ts', // 150
  'test/cli.test.ts', // 105
];
const UNITS = ['units-1.mjs', 'units-2.mjs'].map((f) => join('scripts', f));
// The short cross-stage files run in shared processes (test-files.mjs GROUPS, scripts/group-N.mjs), not one each.
const GROUPED = GROUPS.flat().map((f) => join(...f.split('/')));
const ENTRIES = [...UNITS, ...GROUPS.map((_, i) => join('scripts', `group-${i + 1}.mjs`))];
function ordered(found) {
  const known = [...found.filter((f) => !GROUPED.includes(f)), ...ENTRIES];
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
