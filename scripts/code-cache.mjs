// Writes V8's code cache of dist/chunks/analyze.cjs (bin/code-cache.js) for a command: the script is loaded as the
// command loads it, runs the command once on examples/seeds (analyze: to a scratch report; ingest: into a scratch
// base), and V8 then writes the code of every function that run compiled. Run by scripts/build.mjs in a process of
// its own per command (the cache holds the flags it was written under).
//   node scripts/code-cache.mjs [DIST] [analyze|ingest]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { CACHES, loadAnalyzeScript, RUN_FLAGS_RESET } from '../bin/code-cache.js';
import { applyV8Flags } from '../bin/v8-flags.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const command = process.argv[3] ?? 'analyze';
if (!(command in CACHES)) throw new Error(`no code cache for ${command}`);
const seeds = join(root, 'examples', 'seeds');
const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-code-cache-'));
const args =
  command === 'ingest'
    ? ['ingest', seeds, '--db', join(scratch, 'base'), '--quiet']
    : ['analyze', seeds, '--format', 'json', '--quiet', '--out', join(scratch, 'seeds.json')];

// as bin/crosscheck.js starts the command
applyV8Flags(args);
const loaded = loadAnalyzeScript(dist, command);
if (!loaded) throw new Error(`no analyze script in ${dist}`);
try {
  const code = await loaded.exports.run(args);
  if (code !== 0) throw new Error(`${command} of examples/seeds ended with ${code}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const flag of RUN_FLAGS_RESET) setFlagsFromString(flag);
writeFileSync(join(dist, CACHES[command]), loaded.script.createCachedData());
