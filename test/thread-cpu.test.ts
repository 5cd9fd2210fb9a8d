// scripts/thread-cpu.mjs polls each thread's CPU from the main thread's event loop. A worker thread that ended while a
// long stage blocked that loop was counted as of its last poll: all of Reuters' prepare worker lost its enrichKept,
// ~6 s of its 22 s (bench/HISTORY.md, speed137). A worker thread that ends by process.exit now leaves its own last
// figures, and the table's TOTAL is the process's CPU (every thread's, ended or not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';

// the worker works until its own figures show 0.2 s of CPU, says so and its thread id, and ends; the main thread, its
// event loop blocked meanwhile, waits for the worker's thread to be gone from /proc before it lets the loop run again
const WORKER = `
import { readFileSync, readlinkSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
const cpu = () => {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]);
};
const shared = new Int32Array(workerData);
Atomics.store(shared, 0, Number(readlinkSync('/proc/thread-self').split('/').pop()));
let x = 0;
while (cpu() < 20) for (let i = 0; i < 1e6; i++) x += i % 7;
Atomics.store(shared, 1, cpu());
process.exit(x < 0 ? 1 : 0);
`;
const MAIN = `
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const buffer = new SharedArrayBuffer(8);
const shared = new Int32Array(buffer);
new Worker(new URL('./worker.mjs', import.meta.url), { workerData: buffer }).on('online', () => {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  while (Atomics.load(shared, 0) === 0 || existsSync('/proc/self/task/' + Atomics.load(shared, 0))) Atomics.wait(nap, 0, 0, 5);
  console.log(Atomics.load(shared, 0) + ' ' + Atomics.load(shared, 1));
});
`;

test('thread-cpu.mjs counts a worker thread that ended while the main thread was busy', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
  const dir = scratchDir('crosscheck-thread-cpu-worker-');
  writeFileSync(join(dir, 'worker.mjs'), WORKER);
  writeFileSync(join(dir, 'main.mjs'), MAIN);
  const file = join(dir, 'threads.tsv');
  const env: NodeJS.ProcessEnv = { ...process.env, THREAD_CPU: file };
  delete env.THREAD_CPU_TOP_PID;
  const run = spawnSync(process.execPath, ['--import', join(ROOT, 'scripts', 'thread-cpu.mjs'), join(dir, 'main.mjs')], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const [tid, ticks] = run.stdout.trim().split(' ');
  const table = readFileSync(file, 'utf8');
  const row = table.match(new RegExp(`^${tid}\\tstarted \\S+ s\\tuser (\\S+)\\tsys (\\S+)$`, 'm'));
  assert.ok(row, `a row for the worker thread ${tid}:\n${table}`);
  // its row holds at least what it saw of itself at its end (clock ticks, 100 a second)
  assert.ok(Number(row[1]) + Number(row[2]) >= Number(ticks) / 100 - 1e-9, table);
  const total = table.match(/^TOTAL\t\tuser (\S+)\tsys (\S+)$/m);
  assert.ok(total && Number(total[1]) + Number(total[2]) >= Number(ticks) / 100, table);
});
