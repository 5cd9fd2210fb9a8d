// The commands' V8 flags (bin/v8-flags.js) take effect in the command's process and in its worker threads' isolates: a
// function compiled by TurboFan inlines fewer of its callees under the smaller inlining budget. A child process, since
// the flags are the process's (setting them here would change the rest of the suite's process). The trace goes to a
// file: V8 prints it past Node's streams, and a worker's lines written to a pipe were lost at the child's exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyV8Flags, START_FLAGS, startFlagsFor, V8_FLAGS, v8FlagsFor } from '../bin/v8-flags.js';
import { ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';

const FLAGS = pathToFileURL(join(ROOT, 'bin', 'v8-flags.js')).href;
const TRACE = join(scratchDir('cc-v8-flags-'), 'trace.txt');

/** A caller of eight callees of ~110 bytes of bytecode each, compiled by TurboFan at once (natives syntax). */
const COMPILE = `
const body = (k) => 'let s = ' + k + '; for (let i = 0; i < a.length; i++) { s += a[i] * b + ' + k + '; if (s > 1e9) s -= 1e9;'
  + ' s = (s ^ ' + k + ') + (a[i] | 0) * 3 - (b & 7) + ((s >>> 1) & 255) + ((s << 2) % 97) + ((i * 13) % 7);'
  + ' s += a[(i + 1) % a.length] - a[(i + 2) % a.length] + a[(i + 3) % a.length] * 2;'
  + ' s -= (a[i] & 15) + (a[i] >> 2) + (a[i] % 11) + (a[i] % 13) + (a[i] % 17); } return s;';
const fs = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => new Function('a', 'b', body(k)));
const caller = (a) => fs[0](a, 1) + fs[1](a, 2) + fs[2](a, 3) + fs[3](a, 4) + fs[4](a, 5) + fs[5](a, 6) + fs[6](a, 7) + fs[7](a, 8);
const a = [1, 2, 3, 4, 5, 6, 7, 8];
%PrepareFunctionForOptimization(caller);
for (const f of fs) %PrepareFunctionForOptimization(f);
caller(a);
caller(a);
%OptimizeFunctionOnNextCall(caller);
caller(a);
`;

/** The callees TurboFan inlined, in this process or in a worker thread, with analyze's flags set or not. */
function inlined(apply: boolean, where: 'main' | 'worker'): number {
  const code = [
    apply ? `(await import(${JSON.stringify(FLAGS)})).applyV8Flags(['analyze']);` : '',
    where === 'main' ? COMPILE : `const { Worker } = await import('node:worker_threads'); new Worker(${JSON.stringify(COMPILE)}, { eval: true });`,
  ].join('\n');
  const out = openSync(TRACE, 'w');
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--trace-turbo-inlining', '--input-type=module', '-e', code], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
  });
  closeSync(out);
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(TRACE, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('Inlining ')).length;
}

test("the commands' V8 flags lower TurboFan's inlining budget, in the main thread and in worker threads", () => {
  const plain = inlined(false, 'main');
  const set = inlined(true, 'main');
  assert.ok(plain > set, `inlined without the flags ${plain}, with ${set}`);
  assert.equal(inlined(false, 'worker'), plain);
  assert.equal(inlined(true, 'worker'), set);
});

test('analyze and the commands that ingest run with them; the others start as node does', () => {
  for (const command of ['analyze', 'ingest', 'watch', 'worker']) assert.deepEqual(v8FlagsFor([command, 'x.jsonl']), V8_FLAGS, command);
  for (const args of [['--help'], ['serve'], ['export'], ['stories'], []]) assert.deepEqual(v8FlagsFor(args), [], args.join(' '));
  // nothing set in this process for a command without flags
  assert.equal(applyV8Flags(['--help']), false);
});

test('the start flags: the commands that analyse, unless node has them or help is asked', () => {
  for (const command of ['analyze', 'ingest', 'watch', 'worker']) assert.deepEqual(startFlagsFor([command, 'x.jsonl'], []), START_FLAGS, command);
  for (const args of [['--help'], ['serve'], ['export'], [], ['analyze', '--help'], ['ingest', 'x', '-h']])
    assert.deepEqual(startFlagsFor(args, []), [], args.join(' '));
  assert.deepEqual(startFlagsFor(['analyze', '--', '-h'], []), START_FLAGS, 'past -- come paths');
  assert.deepEqual(startFlagsFor(['analyze', 'x'], ['--trace-gc', ...START_FLAGS]), [], 'node has them: no second start');
});

/** The young generation's size (new space) of the main thread and of a worker thread of node started with `nodeFlags`, once the command's flags are set. */
function youngSizes(nodeFlags: string[]): { main: number; worker: number } {
  const code = `(await import(${JSON.stringify(FLAGS)})).applyV8Flags(['analyze']);
const { getHeapSpaceStatistics } = await import('node:v8');
const { Worker } = await import('node:worker_threads');
const size = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const w = new Worker("Promise.all([import('node:v8'), import('node:worker_threads')]).then(([v8, wt]) => wt.parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size))", { eval: true });
w.once('message', (worker) => { console.log(JSON.stringify({ main: size(), worker })); w.terminate(); });`;
  const r = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

// V8 sizes an isolate's young generation as it makes its heap: node's start for the main thread, each Worker's start for
// its thread. Set back to V8's default once the main heap is made, the flag leaves the worker threads as they were
// (the two-thread peak) and the code cache's flags as it was written under.
test("the start flags size the main thread's young generation only; worker threads keep V8's default", () => {
  const plain = youngSizes([]);
  const started = youngSizes(START_FLAGS);
  assert.ok(started.main > plain.main, `main thread: ${plain.main} bytes without, ${started.main} with`);
  // a worker's young generation starts small and grows as its objects survive: below the main thread's start, not equal to a plain one's
  assert.ok(started.worker < started.main, `worker thread: ${started.worker} bytes, main thread ${started.main}`);
});
