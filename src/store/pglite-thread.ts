// An embedded base (PGlite) on a worker thread: this thread hands it statements and waits only for the rows it
// reads; a statement whose rows are not read (`send`) runs there while this thread goes on.
import { Worker } from 'node:worker_threads';
import type { Adapter, Sql } from './adapter.ts';
import { startParams } from './pglite.ts';
import { workerModule } from '../common/worker-pool.ts';

export function openPgliteThread(pgdata: string, location: string): Adapter {
  const worker = new Worker(workerModule(import.meta.url, 'pglite-thread-worker'), { workerData: { pgdata, startParams: startParams() } });
  let next = 1;
  const waiting = new Map<number, { ok(rows: unknown[]): void; fail(err: unknown): void }>();
  worker.on('message', (m: { id: number; rows?: unknown[]; error?: { message: string; code?: unknown } }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.fail(Object.assign(new Error(m.error.message), { code: m.error.code }));
    else w?.ok(m.rows ?? []);
  });
  worker.on('error', (err) => {
    for (const w of waiting.values()) w.fail(err);
    waiting.clear();
  });
  const ask = (op: string, text?: string, params?: unknown[]) =>
    new Promise<unknown[]>((ok, fail) => {
      const id = next++;
      waiting.set(id, { ok, fail });
      worker.postMessage({ id, op, text, params, reply: true });
    });
  const sql: Sql = {
    query: async <T>(text: string, params: unknown[] = []) => (await ask('query', text, params)) as T[],
    exec: async (text: string) => {
      await ask('exec', text);
    },
    send: (text: string, params?: unknown[]) => worker.postMessage({ id: 0, op: params === undefined ? 'exec' : 'query', text, params, reply: false }),
  };
  return {
    kind: 'pglite',
    location,
    ...sql,
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      await ask('exec', 'BEGIN');
      let result: T;
      try {
        result = await work(sql);
      } catch (err) {
        await ask('exec', 'ROLLBACK').catch(() => {});
        throw err;
      }
      try {
        await ask('exec', 'COMMIT');
      } catch (err) {
        await ask('exec', 'ROLLBACK').catch(() => {});
        throw err;
      }
      return result;
    },
    async close() {
      await ask('close');
      await worker.terminate();
    },
  };
}
