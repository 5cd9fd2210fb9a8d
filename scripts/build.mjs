// Compiles the command once into dist/ (run by `npm install` as `prepare`), so it starts without compiling
// TypeScript at every run: one bundle of our modules (packages stay in node_modules), split so that the
// engine is a chunk loaded only when a command runs. Types are not checked here (`npm run typecheck` does
// that): a type error must never break an install.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp } from '../bin/stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
// an optional argument names another output folder (the build test writes to a scratch folder)
const dist = join(root, process.argv[2] ?? 'dist');

rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: { 'cli/main': join(src, 'cli', 'main.ts') },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

// Modules read their data files at `./data/` beside themselves (src/provenance/data/ for
// src/provenance/bigrams.ts); in the bundle, that module lives in a chunk under dist/chunks/.
const DATA = [['provenance/data', 'chunks/data']];
for (const [from, to] of DATA) {
  mkdirSync(join(dist, to), { recursive: true });
  for (const name of readdirSync(join(src, from))) {
    if (!name.endsWith('.ts')) copyFileSync(join(src, from, name), join(dist, to, name));
  }
}
writeFileSync(join(dist, 'stamp.json'), JSON.stringify(sourceStamp(src)) + '\n');
console.log(`crosscheck: compiled into ${dist}`);
