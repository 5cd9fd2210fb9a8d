// A summary of V8's optimising-compiler trace of a run: how many TurboFan compiles, how much of their time went to
// compiling a function again after it was deoptimised, and which functions cost most that way, with why they were
// deoptimised. Run the command with the trace to a file, then read it:
//   node --trace-opt --trace-deopt bin/crosscheck.js analyze FILE --threads 1 -f json -q -o /tmp/x.json > trace.txt
//   node scripts/jit-trace.mjs trace.txt [ROWS]
// The times are V8's own ("took a, b, c ms": a compile's phases, mostly on its background threads, as wall time: a
// loaded machine inflates them; compare shares within one trace). A function without a name (an arrow function passed
// as an argument) is told by its shared function info's address. A recompile's cause is the same function's last
// event before it that threw its optimised code away: a deopt (eager or lazy, with its reason), a change of what the
// code depended on ("marking dependent code"), or an aborted compile. Why: bench/HISTORY.md speed133, speed135.
import { readFileSync } from 'node:fs';

const [file, rows = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/jit-trace.mjs TRACE_FILE [ROWS]\n');
  process.exit(2);
}

const COMPILED = /^\[(?:completed compiling|aborted optimizing) .*?<JSFunction ?(.*?) ?\(sfi = (0x[0-9a-f]+)\)>.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/;
const DEOPT = /^\[bailout \(kind: ([^,]*), reason: (.*?)\): begin\. deoptimizing .*?<JSFunction ?(.*?) ?\(sfi = (0x[0-9a-f]+)\)>/;
const ABORTED = /^\[aborted optimizing .*?\(sfi = (0x[0-9a-f]+)\)>.*because: (.*?) - took/;
const DEPENDENT = /^\[marking dependent code .*?\((0x[0-9a-f]+) <SharedFunctionInfo.*reason: (.*?)\]/;

/** function -> its compiles' times (ms) in order, and its deopts by reason */
const functions = new Map();
const entry = (name, sfi) => {
  const key = name ? `${name} ${sfi}` : `(anonymous) ${sfi}`;
  let f = functions.get(key);
  if (!f) functions.set(key, (f = { key, compiles: [], deopts: new Map() }));
  return f;
};
const reasons = new Map();
/** a recompile's cause (the same function's last deopt, dependency change or aborted compile before it) -> its time */
const causes = new Map();
/** function (by its shared function info) -> the last event that threw its optimised code away */
const lastCause = new Map();
let deopts = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const c = COMPILED.exec(line);
  if (c) {
    const f = entry(c[1], c[2]);
    const ms = Number(c[3]) + Number(c[4]) + Number(c[5]);
    if (f.compiles.length > 0) {
      const cause = lastCause.get(c[2]) ?? '(none seen: on-stack replacement or a second tier-up)';
      causes.set(cause, (causes.get(cause) ?? 0) + ms);
    }
    f.compiles.push(ms);
    const a = ABORTED.exec(line);
    if (a) lastCause.set(a[1], `aborted compile: ${a[2]}`);
    continue;
  }
  const d = DEOPT.exec(line);
  if (d) {
    deopts++;
    const f = entry(d[3], d[4]);
    f.deopts.set(d[2], (f.deopts.get(d[2]) ?? 0) + 1);
    reasons.set(d[2], (reasons.get(d[2]) ?? 0) + 1);
    // a lazy deopt follows the "marking dependent code" line that caused it: that cause is kept
    if (d[1] !== 'deopt-lazy' || !lastCause.get(d[4])?.startsWith('dependency:')) lastCause.set(d[4], `${d[1]}: ${d[2]}`);
    continue;
  }
  const m = DEPENDENT.exec(line);
  if (m) lastCause.set(m[1], `dependency: ${m[2]}`);
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const all = [...functions.values()].filter((f) => f.compiles.length > 0);
const total = sum(all.map((f) => sum(f.compiles)));
const first = sum(all.map((f) => f.compiles[0]));
const share = (ms) => `${((100 * ms) / (total || 1)).toFixed(1)}%`;
const out = [
  `${sum(all.map((f) => f.compiles.length))} compiles of ${all.length} functions, ${deopts} deopts`,
  `compile time ${Math.round(total)} ms: first compiles ${Math.round(first)} ms, compiled again ${Math.round(total - first)} ms (${share(total - first)})`,
  '',
  'compiled again (ms, share) | compiles | function | deopts by reason',
];
const again = (f) => sum(f.compiles) - f.compiles[0];
for (const f of all.sort((a, b) => again(b) - again(a)).slice(0, Number(rows))) {
  const why = [...f.deopts].map(([r, n]) => `${n} ${r}`).join(', ');
  out.push(`${Math.round(again(f))} ms (${share(again(f))}) | ${f.compiles.length} | ${f.key} | ${why}`);
}
out.push('', 'compiled again by cause (ms, share of all compile time):');
for (const [c, ms] of [...causes].sort((a, b) => b[1] - a[1])) out.push(`${Math.round(ms)} ms (${share(ms)}) ${c}`);
out.push('', 'deopts by reason:');
for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) out.push(`${n} ${r}`);
process.stdout.write(`${out.join('\n')}\n`);
