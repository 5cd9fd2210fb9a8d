// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 has no --test globs).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, out = []) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

// The cross-stage tests (test/: bases, servers, child processes; up to a minute a file) start first and the many
// short unit tests beside the modules come last, so the two lanes finish together instead of one long file
// running alone at the end.
const files = process.argv.length > 2 ? process.argv.slice(2) : [...find('test'), ...find('src')];
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// Three files at a time on two cores: the cross-stage files wait on PostgreSQL, child processes, servers and
// Chromium for about a fifth of their time (the suite's processes used 1.6 of 2 cores with two at a time), and a
// third file fills those waits.
const concurrency = Number(process.env.CROSSCHECK_TEST_CONCURRENCY) || 3;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
