// --import: in worker threads, log kind + OS tid; on main thread define globalThis.__ccMark (phase marks with wall time)
import { appendFileSync, readlinkSync } from 'node:fs';
import { isMainThread, workerData, threadId } from 'node:worker_threads';
const out = process.env.TL_MARKS;
const now = () => performance.timeOrigin + performance.now();
const tid = () => readlinkSync('/proc/thread-self').split('/').pop();
if (out) {
  if (!isMainThread) {
    const kind = workerData && typeof workerData === 'object' ? ('events' in workerData ? 'account' : 'enrichLater' in workerData ? 'prepare' : 'other') : 'other';
    appendFileSync(out, `W\t${now()}\t${process.pid}\t${tid()}\t${kind}\t${threadId}\n`);
  } else {
    appendFileSync(out, `P\t${now()}\t${process.pid}\t${tid()}\tmain\n`);
    globalThis.__ccMark = (name) => appendFileSync(out, `M\t${now()}\t${process.pid}\t${name}\n`);
  }
}
