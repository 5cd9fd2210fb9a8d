#!/usr/bin/env node
// Runs the compiled dist/ (built by `npm install`) when it is up to date with src/; otherwise the
// TypeScript sources through tsx, so the command also works while the sources are being edited.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAnalyzeScript } from './code-cache.js';
import { runWithOneArena, wantsOneArena, watchLauncher } from './one-arena.js';
import { sourceStamp } from './stamp.js';
import { applyV8Flags, startFlagsFor } from './v8-flags.js';

// worker threads run within 1 GB only with one malloc arena, which glibc takes only at start (one-arena.js); V8 sizes
// the main thread's young generation only at start too (v8-flags.js)
const oneArena = wantsOneArena(process.argv.slice(2));
const nodeFlags = startFlagsFor(process.argv.slice(2));
if (oneArena || nodeFlags.length > 0) await runWithOneArena(process.argv.slice(2), { oneArena, nodeFlags });
watchLauncher();
// before any of the command's code is compiled (v8-flags.js)
applyV8Flags(process.argv.slice(2));

const root = new URL('../', import.meta.url);

function distIsCurrent() {
  try {
    const built = JSON.parse(readFileSync(new URL('dist/stamp.json', root), 'utf8'));
    const now = sourceStamp(fileURLToPath(new URL('src', root)));
    return built.files === now.files && built.newest === now.newest;
  } catch {
    return false;
  }
}

/** the commands run from one script with V8's code cache (code-cache.js); the others load only the chunks they need */
const SCRIPTED = new Set(['analyze', 'ingest']);
let main;
if (distIsCurrent())
  main =
    (SCRIPTED.has(process.argv[2]) && loadAnalyzeScript(new URL('dist', root), process.argv[2])?.exports) ||
    (await import(new URL('dist/cli/main.js', root).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  main = await import(new URL('src/cli/main.ts', root).href);
}
// a reader that stops early (`crosscheck analyze ... | head`) is no error; any other failure (a full disk) is one line
// and exit 2, said when heard (a line written straight to the stream was lost without a word, exit 0)
let stdoutBroken = false;
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  stdoutBroken = true;
  process.stderr.write(main.stdoutFailureLine(err));
  process.exitCode = 2;
});
const code = await main.run(process.argv.slice(2));
process.exitCode = stdoutBroken && code === 0 ? 2 : code;
// a name look-up given up at its deadline still holds one of libuv's threads (the system resolver has no limit we can
// set, nor can it be cancelled): the command is done, so it does not wait for the resolver to give up too
if (main.lookupsPending?.()) process.exit();
