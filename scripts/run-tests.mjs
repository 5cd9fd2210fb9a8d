// Runs every *.test.ts under src/ and test/ with node's test runner (node:test), each file (or unit group) in a process of its own.
import { join, resolve } from 'node:path';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { find } from './test-files.mjs';

// The cross-stage tests (test/: bases, servers, child processes) run each in a process of its own, the longest
// first (their CPU in the tests17-19 pairs and suite45's, and the Chromium file's waits); the unit tests beside the modules
// (src/) run in two processes of half of them each (scripts/units-N.mjs): a process per unit file cost more than
// its tests (tsx's start, the modules and language models loaded again: 175 s of CPU for the 67 files one process
// each, 34 s in one process, 47 s in three; tests19). The short cross-stage files come last, so the three lanes
// end together instead of one long file, started late, running alone at the end. A name missing from LONGEST only
// loses its place; one that is gone is passed over.
const LONGEST = [
  'test/bad-input.test.ts',
  'test/store-upkeep.test.ts',
  'test/store-crash.test.ts',
  'test/odd-input.test.ts',
  'test/store-incremental.test.ts',
  'test/store-stale.test.ts',
  'test/server-browser.test.ts',
  'test/store-vocab.test.ts',
  'test/store-pristine.test.ts',
  'test/watch.test.ts',
  'test/watch-hostile.test.ts',
  'test/store.test.ts',
  'test/story-threads.test.ts',
  'test/report-stream.test.ts',
  'test/store-cli.test.ts',
  'test/store-migrate.test.ts',
  'test/server-watch.test.ts',
  'test/store-cache.test.ts',
];
const UNITS = ['units-1.mjs', 'units-2.mjs'].map((f) => join('scripts', f));
function ordered(found) {
  const first = LONGEST.map((f) => join(...f.split('/'))).filter((f) => found.includes(f));
  return [...first, ...UNITS, ...found.filter((f) => !first.includes(f))];
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
