// `analyze` and `ingest` from one CommonJS script with V8's code cache (issue 15's start-up). Compiling the engine's code was
// about a tenth of `analyze examples/seeds`: V8 parses each function and makes its bytecode when it is first
// called, at every run. Node 20 keeps no code cache for ES modules, but a classic script can be handed the cache
// V8 wrote for it: the build (scripts/build.mjs) bundles the command line as dist/chunks/analyze.cjs and writes
// a cache beside it after one analyze of examples/seeds, and another after one ingest of them (scripts/code-cache.mjs),
// so the functions a run calls come compiled (ingest of the seeds: CPU -8%, bench/HISTORY.md ingest67). A cache V8
// rejects (another Node, other flags) costs nothing but the compiling it would save.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, Script } from 'node:vm';

/** the script, in a built dist/ folder */
const SCRIPT = 'chunks/analyze.cjs';
/** its cache for each command that runs it: each written after a run of that command (scripts/code-cache.mjs), so it
 * holds the functions that command calls (ingest: the store's and PGlite's glue besides analyze's stages) */
export const CACHES = { analyze: 'chunks/analyze.cjs.cache', ingest: 'chunks/analyze.cjs.ingest-cache' };
export const CACHE = CACHES.analyze;

/**
 * The flags an analyze run sets as it goes (src/common/collect.ts: --heap-growing-percent, --expose-gc), at V8's
 * defaults again: V8 accepts a cache only under the flags it was written with, and a run starts with these unset.
 */
export const RUN_FLAGS_RESET = ['--heap-growing-percent=0', '--no-expose-gc'];

/**
 * Load the script of the `dist` folder (a URL or path) as Node loads a CommonJS module, with its cache when there is
 * one: `exports` (what dist/cli/main.js exports), the `script` (to write a cache from), and whether V8 took the cache
 * (null: none). Null when the build wrote no script.
 */
export function loadAnalyzeScript(dist, command = 'analyze') {
  const dir = typeof dist === 'string' ? dist : fileURLToPath(dist);
  const file = `${dir}/${SCRIPT}`;
  if (!existsSync(file)) return null;
  let cachedData;
  try {
    cachedData = readFileSync(`${dir}/${CACHES[command]}`);
  } catch {
    cachedData = undefined;
  }
  // Node's own wrapper (Module.wrap), so the script sees what a required module sees
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n});`;
  const script = new Script(source, { filename: file, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheTaken: cachedData ? !script.cachedDataRejected : null };
}
