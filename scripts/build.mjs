// Compiles the command once into dist/ (run by `npm install` as `prepare`), so it starts without compiling
// TypeScript at every run: one bundle of our modules (packages stay in node_modules), split so that the
// engine is a chunk loaded only when a command runs. Types are not checked here (`npm run typecheck` does
// that): a type error must never break an install.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp } from '../bin/stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
// an optional argument names another output folder (the build test writes to a scratch folder)
const dist = join(root, process.argv[2] ?? 'dist');

rmSync(dist, { recursive: true, force: true });
await build({
  // the worker threads' modules sit beside the chunks, where src/prepare/threads.ts and src/accounts/threads.ts look for them
  entryPoints: {
    'cli/main': join(src, 'cli', 'main.ts'),
    'chunks/prepare-worker': join(src, 'prepare', 'prepare-worker.ts'),
    'chunks/account-worker': join(src, 'accounts', 'account-worker.ts'),
  },
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

// Data files (word tables, migrations, the contract) are read from the package's src/ and contract/
// folders (src/common/package-root.ts), so the bundle needs no copy of them.
writeFileSync(join(dist, 'stamp.json'), `${JSON.stringify(sourceStamp(src))}\n`);
console.log(`crosscheck: compiled into ${dist}`);
