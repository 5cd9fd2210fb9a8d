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

/**
 * The main thread's young generation starts at its largest, 16 MB a semi-space (V8 starts at 1 MB and grows it only as
 * objects survive scavenges, which a run's short-lived garbage seldom does): fewer scavenges (bench/HISTORY.md,
 * semi77). V8 reads the size only as an isolate's heap is made, so these are node's own arguments: the commands run
 * again as a child given them (one-arena.js) unless node was started with them.
 */
export const START_FLAGS = ['--min-semi-space-size=16'];
/** the same flags at V8's defaults */
const START_DEFAULTS = ['--min-semi-space-size=0'];

/** The start flags `args` want that node was not given (`execArgv`): none for a command not listed, nor for its help. */
export function startFlagsFor(args, execArgv = process.execArgv) {
  if (!COMMANDS.has(args[0])) return [];
  const end = args.indexOf('--');
  if (args.slice(1, end < 0 ? undefined : end).some((arg) => arg === '-h' || arg === '--help')) return [];
  return START_FLAGS.filter((flag) => !execArgv.includes(flag));
}

/**
 * Set the flags for `args`; true when any were set. The start flags, once the main thread's heap is made, go back
 * to V8's defaults: worker threads' isolates start as before (all of Reuters on two threads stays within 1 GB), and
 * V8 takes the code cache (code-cache.js) only under the flags it was written with.
 */
export function applyV8Flags(args) {
  const flags = v8FlagsFor(args);
  for (const flag of flags) setFlagsFromString(flag);
  if (flags.length > 0 && START_FLAGS.some((flag) => process.execArgv.includes(flag))) for (const flag of START_DEFAULTS) setFlagsFromString(flag);
  return flags.length > 0;
}
