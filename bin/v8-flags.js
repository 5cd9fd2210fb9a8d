// V8 flags for an analyze run, set as the command starts, before any of its code is compiled. Why: V8's optimising
// compiler (TurboFan) is a large share of a run's CPU (bench/HISTORY.md threads10, speed113, speed123), and each
// worker thread's isolate compiles the same code again; a smaller inlining budget per compiled function makes each
// compile cheaper (speed126). The flags are the process's: the worker threads' isolates read them too.
import { setFlagsFromString } from 'node:v8';

/** set for `analyze` (the command measured); other commands start as node does */
export const ANALYZE_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=460'];

/** Set the flags when `args` (the command line without node and the script) run analyze; true when set. */
export function applyV8Flags(args) {
  if (args[0] !== 'analyze') return false;
  for (const flag of ANALYZE_V8_FLAGS) setFlagsFromString(flag);
  return true;
}
