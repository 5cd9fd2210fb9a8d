// Runs every *.test.ts under src/ and test/ with node's test runner (node:test), each file (or unit group) in a process of its own.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
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
// third file fills those waits. Each file runs in a node process of its own (as node --test's child would: its
// TAP on stdout, exit code 1 when a test fails), started here in the order above: node 20's runner sorts the files
// it is given by name (`node --test c a b` runs a, b, c), so with every file handed to one runner the longest
// (store-*, watch-*) started last and ran alone at the end. A file's output is printed whole when it ends, with a
// line naming it.
const concurrency = Number(process.env.CROSSCHECK_TEST_CONCURRENCY) || 3;
const failed = [];
let next = 0;
function runOne(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--test-reporter=tap', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (status, signal) => {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (status !== 0) failed.push(file);
      process.stdout.write(`# file: ${file}\n`);
      process.stdout.write(Buffer.concat(out));
      process.stdout.write(`# file: ${file}: ${status === 0 ? 'passed' : `FAILED (${signal ?? `exit ${status}`})`}, ${secs} s\n`);
      resolve();
    });
  });
}
async function lane() {
  while (next < files.length) await runOne(files[next++]);
}
await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, lane));
if (failed.length > 0) console.log(`# failed: ${failed.join(', ')}`);
process.exitCode = failed.length > 0 ? 1 : 0;
