// Writes V8's code cache of dist/chunks/analyze.cjs (bin/code-cache.js): the script is loaded as the command loads
// it, runs one analyze of examples/seeds, and V8 then writes the code of every function that run compiled. Run by
// scripts/build.mjs in a process of its own (the cache holds the flags it was written under).
//   node scripts/code-cache.mjs [DIST]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { CACHE, loadAnalyzeScript, RUN_FLAGS_RESET } from '../bin/code-cache.js';
import { applyV8Flags } from '../bin/v8-flags.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const args = ['analyze', join(root, 'examples', 'seeds'), '--format', 'json', '--quiet'];

// as bin/crosscheck.js starts the command
applyV8Flags(args);
const loaded = loadAnalyzeScript(dist);
if (!loaded) throw new Error(`no analyze script in ${dist}`);
const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-code-cache-'));
try {
  const code = await loaded.exports.run([...args, '--out', join(scratch, 'seeds.json')]);
  if (code !== 0) throw new Error(`analyze of examples/seeds ended with ${code}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const flag of RUN_FLAGS_RESET) setFlagsFromString(flag);
writeFileSync(join(dist, CACHE), loaded.script.createCachedData());
