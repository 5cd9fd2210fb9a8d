// Runs the command again as a child process with glibc's MALLOC_ARENA_MAX=1 when it will start worker threads.
// Why: glibc gives each thread that allocates its own malloc arena, and gives a thread arena's free memory back
// only from its top; the worker threads' buffers, freed later on the main thread, stay with the process. All of
// Reuters on two threads peaked 1,062-1,107 MB, 880-884 MB with one arena (bench/HISTORY.md, threads21, threads22).
// glibc reads the variable only when the process starts (Node has no mallopt), hence the child. The child is the
// whole command: same arguments, the same standard streams, its exit code or its signal is this process's, and
// SIGINT/SIGTERM/SIGHUP sent here go on to it (SIGINT once: runWithOneArena). Plain JavaScript, loaded before anything else, so that this
// process stays small (a bare node, ~40 MB) and `--help` or a one-thread run starts as before.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, constants } from 'node:os';

/** In the child: the pid of the process that ran it (deleted from the environment once read). */
const LAUNCHER = 'CROSSCHECK_LAUNCHER_PID';
/** src/common/worker-pool.ts MAX_THREADS */
const MAX_THREADS = 64;
/** analyze's options that take a value: their value is never read as an option here */
const VALUED = new Set(['-f', '--format', '-o', '--out', '--max-size', '--max-documents', '--threads', '--timeout', '--db', '--batch-size']);
/** The commands run with one arena: analyze with worker threads; ingest always (a one-thread ingest into an embedded
 * base peaked 509 MiB with one arena against 566 without, at the same CPU: r4k, bench/HISTORY.md, ingest62). */
const ONE_ARENA_COMMANDS = new Set(['analyze', 'ingest']);
/** signals passed on to the child; the others (SIGKILL, SIGSTOP) cannot be caught: see watchLauncher */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** the key of the launcher's message that passes a SIGINT on */
const INTERRUPT = 'crosscheckInterrupt';
/** how often the child looks whether the process that ran it is still there */
const WATCH_MS = 500;

/**
 * The threads an analyze run uses when nothing says otherwise: CROSSCHECK_THREADS, else one per core but one. The rule of src/prepare/threads.ts `defaultThreads` (this file loads none of
 * src/; test/one-arena.test.ts holds the two equal).
 */
export function defaultThreads(env = process.env, cores = availableParallelism()) {
  const n = Number(env.CROSSCHECK_THREADS);
  if (Number.isSafeInteger(n) && n >= 1) return Math.min(n, MAX_THREADS);
  return Math.max(1, Math.min(MAX_THREADS, cores - 1));
}

/**
 * True when `args` (the command line without node and the script) run analyze with worker threads, or ingest, in a
 * glibc process that has no MALLOC_ARENA_MAX yet (set: a child of this launcher, or the user's own choice). `--help`
 * and one-thread analyze never: their start stays that of one process.
 */
export function wantsOneArena(args, env = process.env, cores = availableParallelism()) {
  if (!ONE_ARENA_COMMANDS.has(args[0]) || env.MALLOC_ARENA_MAX !== undefined || process.platform !== 'linux') return false;
  let threads;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    if (arg === '-h' || arg === '--help') return false;
    if (arg.startsWith('--threads=')) threads = arg.slice('--threads='.length);
    else if (VALUED.has(arg)) {
      if (arg === '--threads') threads = args[i + 1];
      i++;
    }
  }
  // ingest, on any number of threads: V8's own threads (compiles, concurrent marking) allocate in arenas of their own
  if (args[0] === 'ingest') return isGlibc();
  // the threads the run takes once it has one arena; workers start only past 1,000 articles, which is not known
  // here: a small input costs one more node start (~40 ms)
  const n = threads === undefined ? defaultThreads({ ...env, MALLOC_ARENA_MAX: '1' }, cores) : Number(threads);
  return Number.isSafeInteger(n) && n > 1 && isGlibc();
}

/** glibc's soname among the libraries this process mapped (musl and others have no arenas to cap). */
function isGlibc() {
  try {
    return readFileSync('/proc/self/maps', 'latin1').includes('/libc.so.6');
  } catch {
    return false;
  }
}

/**
 * True when this process is in its terminal's foreground process group (/proc/self/stat: pgrp = tpgid): a Ctrl-C
 * there signals the whole group, this process and its child alike.
 */
function inForeground() {
  try {
    const stat = readFileSync('/proc/self/stat', 'latin1');
    const [, , , pgrp, , , tpgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return pgrp === tpgid;
  } catch {
    return false;
  }
}

/**
 * Run this script again with one malloc arena (unless `oneArena` is false) and node given `nodeFlags` besides its own
 * (V8's start flags: v8-flags.js); resolves never: this process ends as the child ends. SIGTERM and
 * SIGHUP are passed on as they are. SIGINT is passed on as a message on an IPC channel saying whether this process
 * was in the terminal's foreground group: then the signal may be the terminal's Ctrl-C, which the child had too
 * (same group), and the child counts the two as one (watchLauncher). Passed on as a signal, one Ctrl-C reached the
 * child twice, and ingest's second Ctrl-C leaves at once (bench/HISTORY.md, ingest62, memory6).
 */
export function runWithOneArena(args, { oneArena = true, nodeFlags = [] } = {}) {
  const env = { ...process.env, ...(oneArena && { MALLOC_ARENA_MAX: '1' }), [LAUNCHER]: String(process.pid) };
  const child = spawn(process.execPath, [...process.execArgv, ...nodeFlags, process.argv[1], ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env,
  });
  const forward = (signal) => {
    if (signal !== 'SIGINT' || !child.connected) return child.kill(signal);
    child.send({ [INTERRUPT]: true, foreground: inForeground() }, (err) => err && child.kill(signal));
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise(() => {
    child.on('error', (err) => {
      process.stderr.write(`crosscheck: cannot start the command's process: ${err.message}\n`);
      process.exit(70);
    });
    child.on('exit', (code, signal) => {
      if (signal === null) process.exit(code ?? 1);
      // die of the same signal, as a shell expects (its handlers here would catch it otherwise)
      for (const s of FORWARDED) process.removeListener(s, forward);
      process.kill(process.pid, signal);
      // a signal Node itself handles (SIGUSR1 starts its inspector): the shell's code for a death by it
      setTimeout(() => process.exit(128 + (constants.signals[signal] ?? 0)), 1000);
    });
  });
}

/**
 * In a child of runWithOneArena: end when the process that ran it is gone (killed with SIGKILL, which it could
 * not pass on), so that no orphan runs on (nor keeps a base's lock): at once when the IPC channel closes, and
 * checked every WATCH_MS between tasks of the event loop besides. And hear a SIGINT once: a SIGINT passed on by
 * the launcher while it was in the terminal's foreground group is the terminal's Ctrl-C this process had already
 * (the kernel signals the whole group before the launcher runs its handler), unless every SIGINT this process had
 * is paired already; then it is another (`kill -INT` of the launcher), heard as if sent here.
 */
export function watchLauncher() {
  const launcher = Number(process.env[LAUNCHER]);
  if (!process.env[LAUNCHER]) return;
  // the command's own children (web pages, watch workers) must not take this process for theirs
  delete process.env[LAUNCHER];
  const gone = () => process.kill(process.pid, 'SIGKILL');
  const check = () => {
    if (process.ppid !== launcher) gone();
  };
  check();
  setInterval(check, WATCH_MS).unref();
  if (!process.channel) return;
  // SIGINTs had here that no message of the launcher has paired yet
  let unpaired = 0;
  let relaying = false;
  const counted = () => {
    if (relaying) return;
    unpaired++;
    // no handler of the command's own: the default, death by the signal
    if (process.listenerCount('SIGINT') === 1) dieOfSigint();
  };
  const dieOfSigint = () => {
    process.removeAllListeners('SIGINT');
    process.kill(process.pid, 'SIGINT');
  };
  process.on('SIGINT', counted);
  process.on('message', (message) => {
    if (!message?.[INTERRUPT]) return;
    // after the poll phase: a Ctrl-C's own signal, pending before the launcher's message was sent, is counted first
    setImmediate(() => {
      if (message.foreground && unpaired > 0) return void unpaired--;
      if (process.listenerCount('SIGINT') === 1) return dieOfSigint();
      relaying = true;
      try {
        process.emit('SIGINT', 'SIGINT');
      } finally {
        relaying = false;
      }
    });
  });
  process.on('disconnect', gone);
  // the channel must not keep the command running once its work is done
  process.channel.unref();
}
