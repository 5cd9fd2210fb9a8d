// CPU time of each thread of a process, for a command run with `node --import ./scripts/thread-cpu.mjs ...`
// (THREAD_CPU=FILE: the tables go there at exit, else to stderr). Linux only (/proc/self/task). Threads are
// polled every 250 ms, so a worker thread that ended before the process is still counted. Why: a one-thread
// ingest keeps V8's own threads (TurboFan's concurrent compiles, concurrent marking) busy for about a third of
// its CPU, which `/usr/bin/time` adds to the run's and --cpu-prof never shows (bench/HISTORY.md, ingest59).
// MAIN is the process's first thread; `started` says when a thread was first seen (the worker threads start late).
// Every node process of the command gets its own table, headed `# process PID` (the one started from the shell)
// or `# process PID, child of PPID`: a node child inherits the --import (bin/one-arena.js runs `analyze
// --threads 2` again as a child, whose table is the run's work). The first process empties FILE at its start and
// each appends its table at its exit, so a child's comes before its parent's (bench/HISTORY.md, speed133, walk4).
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const TICKS = 100; // clock ticks a second (getconf CLK_TCK)
/** set by the first process for the processes it starts (a child inherits its environment) */
const TOP = 'THREAD_CPU_TOP_PID';

if (isMainThread) {
  const top = process.env[TOP] === undefined;
  if (top) {
    process.env[TOP] = String(process.pid);
    if (process.env.THREAD_CPU) writeFileSync(process.env.THREAD_CPU, '');
  }
  const begun = Date.now();
  /** thread id -> [user s, system s, first seen ms] */
  const seen = new Map();
  const poll = () => {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const first = seen.get(tid)?.[2] ?? Date.now() - begun;
        seen.set(tid, [Number(fields[11]) / TICKS, Number(fields[12]) / TICKS, first]);
      } catch {
        // the thread ended between the listing and the read: its last poll stands
      }
    }
  };
  poll();
  setInterval(poll, 250).unref();
  process.on('exit', () => {
    poll();
    const busy = [...seen].filter(([, [user, sys]]) => user + sys > 0);
    const lines = busy.map(
      ([tid, [user, sys, first]]) =>
        `${tid === String(process.pid) ? 'MAIN' : tid}\tstarted ${(first / 1000).toFixed(1)} s\tuser ${user.toFixed(2)}\tsys ${sys.toFixed(2)}`,
    );
    const sum = (i) => busy.reduce((total, [, times]) => total + times[i], 0);
    const head = top ? `# process ${process.pid}` : `# process ${process.pid}, child of ${process.ppid}`;
    const text = `${head}\n${lines.join('\n')}\nTOTAL\t\tuser ${sum(0).toFixed(2)}\tsys ${sum(1).toFixed(2)}\n`;
    if (process.env.THREAD_CPU) appendFileSync(process.env.THREAD_CPU, text);
    else process.stderr.write(text);
  });
}
