// V8 flags for the commands that analyse articles, set as the command starts, before any of its code is compiled.
// Why: V8's optimising compiler (TurboFan) is a large share of a run's CPU (bench/HISTORY.md threads10, speed113,
// speed123, speed39), and each worker thread's isolate compiles the same code again; a smaller inlining budget per
// compiled function makes each compile cheaper. The flags are the process's: the worker threads' isolates read them too.
import { setFlagsFromString } from 'node:v8';

/** the flags: TurboFan's cumulative inlining budget halved (V8's default 920 bytecode bytes a compiled function) */
export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=460'];

/**
 * The commands run with them, each measured: analyze (r4k CPU -5 to -9%, speed126); ingest (r4k into a new PGlite
 * base -4.8 / -5.9%, speed127), and watch and worker, which commit through the same store code as ingest (not
 * measured apart). Others (serve, export, the base's readers) start as node does: not measured.
 */
const COMMANDS = new Set(['analyze', 'ingest', 'watch', 'worker']);

/** The flags `args` (the command line without node and the script) are run with: none for a command not listed. */
export function v8FlagsFor(args) {
  return COMMANDS.has(args[0]) ? V8_FLAGS : [];
}

/** Set the flags for `args`; true when any were set. */
export function applyV8Flags(args) {
  const flags = v8FlagsFor(args);
  for (const flag of flags) setFlagsFromString(flag);
  return flags.length > 0;
}
