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
// The polls run on the main thread's event loop, which a long stage blocks: a worker thread that ends meanwhile (the
// prepare worker after its enrichKept) would be counted as of the last poll -- all of Reuters lost ~6 s of its 22 s
// (speed137). So a worker thread that ends by process.exit writes its own last figures for the main thread to read,
// and TOTAL is the process's own CPU (getrusage, every thread's, ended or not); UNSEEN is what no row holds (threads
// terminated after their last poll).
import { appendFileSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const TICKS = 100; // clock ticks a second (getconf CLK_TCK)
/** set by the first process for the processes it starts (a child inherits its environment) */
const TOP = 'THREAD_CPU_TOP_PID';

/** where this process's worker threads leave their last figures */
const finals = join(tmpdir(), `thread-cpu-${process.pid}.final`);
/** [user s, system s] of a /proc stat line */
const times = (stat) => {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [Number(fields[11]) / TICKS, Number(fields[12]) / TICKS];
};

if (!isMainThread) {
  process.on('exit', () => {
    try {
      const tid = readlinkSync('/proc/thread-self').split('/').pop();
      const [user, sys] = times(readFileSync('/proc/thread-self/stat', 'utf8'));
      appendFileSync(finals, `${tid}\t${user}\t${sys}\n`);
    } catch {
      // no /proc: the last poll stands
    }
  });
}

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
        const first = seen.get(tid)?.[2] ?? Date.now() - begun;
        seen.set(tid, [...times(stat), first]);
      } catch {
        // the thread ended between the listing and the read: its last poll stands
      }
    }
  };
  poll();
  setInterval(poll, 250).unref();
  process.on('exit', () => {
    poll();
    try {
      for (const line of readFileSync(finals, 'utf8').split('\n').filter(Boolean)) {
        const [tid, user, sys] = line.split('\t');
        const first = seen.get(tid)?.[2] ?? Date.now() - begun;
        seen.set(tid, [Number(user), Number(sys), first]);
      }
      rmSync(finals, { force: true });
    } catch {
      // no worker thread ended by process.exit
    }
    const busy = [...seen].filter(([, [user, sys]]) => user + sys > 0);
    const lines = busy.map(
      ([tid, [user, sys, first]]) =>
        `${tid === String(process.pid) ? 'MAIN' : tid}\tstarted ${(first / 1000).toFixed(1)} s\tuser ${user.toFixed(2)}\tsys ${sys.toFixed(2)}`,
    );
    const sum = (i) => busy.reduce((total, [, times]) => total + times[i], 0);
    const { userCPUTime, systemCPUTime } = process.resourceUsage();
    const [user, sys] = [userCPUTime / 1e6, systemCPUTime / 1e6];
    const unseen = `UNSEEN\t\tuser ${Math.max(0, user - sum(0)).toFixed(2)}\tsys ${Math.max(0, sys - sum(1)).toFixed(2)}`;
    const head = top ? `# process ${process.pid}` : `# process ${process.pid}, child of ${process.ppid}`;
    const text = `${head}\n${lines.join('\n')}\n${unseen}\nTOTAL\t\tuser ${user.toFixed(2)}\tsys ${sys.toFixed(2)}\n`;
    if (process.env.THREAD_CPU) appendFileSync(process.env.THREAD_CPU, text);
    else process.stderr.write(text);
  });
}
