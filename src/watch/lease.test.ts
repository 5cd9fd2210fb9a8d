import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { keepLease } from './lease.ts';

const LEASE_MS = 60;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !ready(); i++) await sleep(10);
  assert.ok(ready(), 'condition reached');
}

test('renews until stopped, and not after', async () => {
  let calls = 0;
  const lease = keepLease(async () => ++calls > 0, LEASE_MS);
  await until(() => calls >= 3);
  lease.stop();
  const stoppedAt = calls;
  await sleep(5 * LEASE_MS);
  assert.equal(calls, stoppedAt);
  assert.equal(lease.lost, false);
});

test('a renewal that finds the work taken marks the lease lost and stops renewing', async () => {
  let calls = 0;
  const lease = keepLease(async () => ++calls < 2, LEASE_MS);
  await until(() => lease.lost);
  await sleep(5 * LEASE_MS);
  assert.equal(calls, 2);
});

test('a failing renewal is tried again at the next beat, the lease not lost', async () => {
  let calls = 0;
  const lease = keepLease(async () => {
    calls++;
    if (calls < 3) throw new Error('connection reset');
    return true;
  }, LEASE_MS);
  await until(() => calls >= 4);
  lease.stop();
  assert.equal(lease.lost, false);
});

test('one renewal at a time: a slow one is not piled on', async () => {
  let calls = 0;
  let release = () => {};
  const lease = keepLease(() => {
    calls++;
    return new Promise<boolean>((r) => (release = () => r(true)));
  }, LEASE_MS);
  await until(() => calls === 1);
  await sleep(5 * LEASE_MS);
  assert.equal(calls, 1);
  release();
  await until(() => calls === 2);
  lease.stop();
  release();
});

test('the heartbeat does not keep the process alive', () => {
  const module = fileURLToPath(new URL('./lease.ts', import.meta.url));
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `(await import(${JSON.stringify(module)})).keepLease(async () => true, 30);`],
    {
      // a give-up for the hang this tests, far above a loaded machine's start-up of tsx (seconds)
      timeout: 300_000,
      encoding: 'utf8',
    },
  );
  assert.equal(child.signal, null, 'the process ended on its own');
  assert.equal(child.status, 0, child.stderr);
});
