// The embedded base on a thread of its own (pglite-thread.ts): statements in the order they come, each answered,
// or not when sent without waiting (the first failure of those is the next answered one's).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PARAMETERS } from './pglite.ts';

interface Ask {
  id: number;
  op: 'query' | 'exec' | 'close';
  text?: string;
  params?: unknown[];
  reply: boolean;
}

const port = parentPort!;
const ready = PGlite.create(workerData.pgdata as string, { extensions: { unaccent }, startParams: workerData.startParams as string[] });
let failed: { message: string; code?: unknown } | null = null;
let chain: Promise<void> = Promise.resolve();

async function handle(m: Ask): Promise<void> {
  const db = await ready;
  const rollback = m.op === 'exec' && m.text === 'ROLLBACK';
  if (failed && !rollback) {
    // a statement sent without waiting failed: nothing more runs until someone hears it
    if (m.reply) {
      port.postMessage({ id: m.id, error: failed });
      failed = null;
    }
    return;
  }
  try {
    let rows: unknown[] = [];
    if (m.op === 'close') await db.close();
    else if (m.op === 'exec' || m.params === undefined) await db.exec(m.text!);
    else rows = (await db.query(m.text!, m.params, PARAMETERS)).rows;
    if (m.reply) port.postMessage({ id: m.id, rows });
  } catch (err) {
    const e = err as { message?: string; code?: unknown };
    const error = { message: e?.message ?? String(err), code: e?.code };
    if (m.reply) port.postMessage({ id: m.id, error });
    else failed ??= error;
  }
  if (rollback) failed = null;
}

port.on('message', (m: Ask) => {
  chain = chain.then(() => handle(m));
});
