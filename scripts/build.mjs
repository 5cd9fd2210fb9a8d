// Compiles the command once into dist/ (run by `npm install` as `prepare`), so it starts without compiling
// TypeScript at every run: one bundle of our modules (packages stay in node_modules), split so that the
// engine is a chunk loaded only when a command runs. Types are not checked here (`npm run typecheck` does
// that): a type error must never break an install.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { sourceStamp } from '../bin/stamp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
// an optional argument names another output folder (the build test writes to a scratch folder)
const dist = join(root, process.argv[2] ?? 'dist');

// eld's n-gram table is a 1.6 MB object literal: V8 took about half a second of CPU to compile and run it at every
// analyze. The bundle holds eld's detector instead and reads the same table from JSON (chunks/eld-small.json,
// written here from eld's own table), which JSON.parse reads several times faster, and only when the detector is
// first used (most English articles never ask it: src/common/language.ts). Same table, same detector.
// import.meta.resolve is unflagged from Node 20.6; before it, eld where npm installs it
const eldSmall = import.meta.resolve?.('eld/small') ?? pathToFileURL(join(root, 'node_modules', 'eld', 'src', 'entries', 'static.small.js')).href;
const eldEntries = dirname(fileURLToPath(eldSmall));
const { ngramsData } = await import(pathToFileURL(join(eldEntries, '..', 'ngrams', 'small.js')).href);
// with the news languages' scores only: the detector keeps no other (src/common/eld-source.ts newsTable)
const { newsTable } = await tsImport('../src/common/eld-source.ts', import.meta.url);
const ELD_JSON = 'eld-small.json';
const eldFromJson = {
  name: 'eld-from-json',
  setup(b) {
    b.onResolve({ filter: /^eld\/small$/ }, () => ({ path: 'eld/small', namespace: 'eld-from-json' }));
    b.onLoad({ filter: /.*/, namespace: 'eld-from-json' }, () => ({
      resolveDir: eldEntries,
      // as eld's src/entries/static.small.js builds its instance, with the table read from the JSON beside the chunk
      contents: `import { readFileSync } from 'node:fs';
import { createEld } from '../languageDetector.js';
function build() {
  const { instance, loadData } = createEld();
  loadData(JSON.parse(readFileSync(new URL('./${ELD_JSON}', import.meta.url), 'utf8')));
  instance.newInstance = build;
  return instance;
}
// built on first use: every method of the instance is a closure, so it is handed out as it is
let built;
export const eld = new Proxy(Object.create(null), { get: (_, key) => (built ??= build())[key] });
export default eld;
`,
    }));
  },
};

rmSync(dist, { recursive: true, force: true });
await build({
  plugins: [eldFromJson],
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

// The command line again as one CommonJS script beside the chunks (bin/code-cache.js: `analyze` runs it with V8's
// code cache, which Node 20 keeps for classic scripts only). import.meta is the script's own; the detector's source
// form (src/common/language.ts loads it from TypeScript only) stays out.
const sourcesOnly = {
  name: 'sources-only',
  setup(b) {
    b.onResolve({ filter: /eld-source\.ts$/ }, () => ({ path: './eld-source.js', external: true }));
  },
};
await build({
  plugins: [eldFromJson, sourcesOnly],
  entryPoints: { 'chunks/analyze': join(src, 'cli', 'main.ts') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { 'import.meta': '__importMeta' },
  banner: {
    js: 'const __importMeta = { url: require("node:url").pathToFileURL(__filename).href, resolve: (s) => require("node:url").pathToFileURL(require.resolve(s)).href };',
  },
  logLevel: 'warning',
});

// Data files (word tables, migrations, the contract) are read from the package's src/ and contract/
// folders (src/common/package-root.ts), so the bundle needs no copy of them.
mkdirSync(join(dist, 'chunks'), { recursive: true });
writeFileSync(join(dist, 'chunks', ELD_JSON), JSON.stringify(newsTable(ngramsData)));
// wink's word table over its model's 87,593 words, as every run that reads text first builds it (~40 ms of CPU at each
// start): written once here, read beside the chunks (src/common/wink-model.ts wordTable); same table, same look-ups
const { wordTableImage } = await tsImport('../src/common/wink-model.ts', import.meta.url);
writeFileSync(join(dist, 'chunks', 'wink-words.bin'), wordTableImage());
// the code caches: one analyze and one ingest of examples/seeds, each in a process of its own; without a cache the
// command compiles as it goes
for (const command of ['analyze', 'ingest']) {
  const cached = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs'), dist, command], { cwd: root, encoding: 'utf8' });
  if (cached.status !== 0) console.warn(`crosscheck: no code cache for ${command} (${cached.stderr.trim().split('\n').pop()})`);
}
writeFileSync(join(dist, 'stamp.json'), `${JSON.stringify(sourceStamp(src))}\n`);
console.log(`crosscheck: compiled into ${dist}`);
