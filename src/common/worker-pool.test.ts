import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool, type PoolOutcome } from './worker-pool.ts';

/** A worker module made of plain JavaScript: `onJob` is the body of the function answering one job (at once, as
 * the pool's workers do: answers are matched to jobs by their order). */
function entry(onJob: string, atLoad = ''): URL {
  const code = `import { parentPort } from 'node:worker_threads';
${atLoad}
parentPort.on('message', (job) => { ${onJob} });
parentPort.postMessage({ ready: true });`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

const ECHO = `parentPort.postMessage({ n: job.n, sum: job.data ? job.data.reduce((a, b) => a + b, 0) : null });`;

test('answers come back for every job, in order per job, with moved buffers', async () => {
  const pool = new WorkerPool<{ n: number; sum: number | null }>({
    entry: entry(ECHO),
    size: 2,
    perWorker: 3,
  });
  try {
    const jobs = Array.from({ length: 40 }, (_, n) => {
      const data = new Uint32Array([n, 1, 2]);
      return pool.run({ n, data }, [data.buffer]).then((o) => {
        // the buffer was moved to the worker, not copied
        assert.equal(data.length, 0);
        return o;
      });
    });
    const outcomes = await Promise.all(jobs);
    assert.deepEqual(
      outcomes,
      outcomes.map((_, n) => ({ value: { n, sum: n + 3 } })),
    );
    assert.equal(pool.done, 40);
  } finally {
    await pool.close();
  }
});

test('a worker dying on a job is that job crashing; the jobs behind it are answered by a new worker', async () => {
  const pool = new WorkerPool<{ n: number }>({
    entry: entry(`if (job.n === 5) process.exit(7); if (job.n === 9) throw new Error('boom in ' + job.n + '\\nstack'); parentPort.postMessage({ n: job.n });`),
    size: 1,
    perWorker: 4,
  });
  try {
    const outcomes: PoolOutcome<{ n: number }>[] = await Promise.all(Array.from({ length: 14 }, (_, n) => pool.run({ n })));
    assert.deepEqual(outcomes[5], { crashed: 'the worker thread exited with code 7' });
    assert.deepEqual(outcomes[9], { crashed: 'boom in 9' });
    for (const [n, o] of outcomes.entries()) if (n !== 5 && n !== 9) assert.deepEqual(o, { value: { n } });
  } finally {
    await pool.close();
  }
});

test('a worker that cannot start sends every job back to the caller', async () => {
  const pool = new WorkerPool<unknown>({ entry: entry(ECHO, `throw new Error('cannot load');`), size: 2, perWorker: 2 });
  try {
    const outcomes = await Promise.all([1, 2, 3].map((n) => pool.run({ n })));
    assert.deepEqual(outcomes, [{ unavailable: true }, { unavailable: true }, { unavailable: true }]);
    assert.equal(pool.hasRoom, false);
    assert.deepEqual(await pool.run({ n: 4 }), { unavailable: true });
  } finally {
    await pool.close();
  }
});

test('closing the pool hands back the jobs not answered', async () => {
  const pool = new WorkerPool<unknown>({ entry: entry(`/* never answers */`), size: 1, perWorker: 2 });
  const pending = [pool.run({ n: 1 }), pool.run({ n: 2 }), pool.run({ n: 3 })];
  await pool.close();
  assert.deepEqual(await Promise.all(pending), [{ unavailable: true }, { unavailable: true }, { unavailable: true }]);
});

test('a job that cannot be copied to a thread goes back to the caller; the next ones still run', async () => {
  const pool = new WorkerPool<{ n: number }>({ entry: entry(ECHO), size: 1, perWorker: 2 });
  try {
    await pool.run({ n: 0 }); // the worker is ready
    const outcomes = await Promise.all([pool.run({ n: 1, call: () => 1 }), pool.run({ n: 2 })]);
    assert.deepEqual(outcomes, [{ unavailable: true }, { value: { n: 2, sum: null } }]);
  } finally {
    await pool.close();
  }
});
