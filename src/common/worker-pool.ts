// A small pool of worker threads running one module. The module posts `{ ready: true }` once loaded,
// then answers every message it receives with one message before it takes the next (answers are
// matched to jobs by their order). The pool keeps a bounded number of jobs on each worker (so memory
// stays bounded and a worker never waits for work), and keeps a worker's crash to the job it was on:
// that job comes back as `crashed`, the jobs queued behind it go to a new worker. A worker that cannot
// even start makes the pool `unavailable`: its jobs come back so that the caller can do them itself.
import { Worker } from 'node:worker_threads';
import { failureReason } from './isolate.ts';

/**
 * Threads one run uses at most. Each worker loads the engine (about 0.7 s of CPU and some 100 MB) and holds
 * documents of its own: past the cores they only cost, and `--threads 1000` started 999 of them.
 */
export const MAX_THREADS = 64;

/**
 * A worker module beside the module at `here` (its import.meta.url), named without extension: the compiled
 * file the build writes beside that module's chunk, or the TypeScript source, loaded with tsx registered
 * in the worker. `prelude` is code the worker runs first (tests make a worker crash with it).
 */
export function workerModule(here: string, name: string, prelude = ''): URL {
  const compiled = !here.endsWith('.ts');
  if (compiled && !prelude) return new URL(`./${name}.js`, here);
  const entry = new URL(compiled ? `./${name}.js` : `./${name}.ts`, here).href;
  const load = compiled ? '' : `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register();`;
  const code = `${prelude}\n${load} await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** How long a closing pool waits for a worker still loading its modules before it stops it all the same. */
const LOAD_WAIT_MS = 20_000;

/**
 * Stop a worker once it has loaded its modules (`loaded`) or ended: Node 20's V8 aborts the whole process (SIGTRAP,
 * "Check failed: (location_) != nullptr" in SourceTextModule::ExecuteAsyncModule, nodejs/node#53238) when a worker
 * is terminated while its ES modules are still being evaluated -- a run closing workers it started moments before
 * (an ingest re-run with nothing to synthesise).
 */
export async function terminateLoaded(worker: Worker, loaded: () => boolean): Promise<void> {
  if (!loaded()) {
    let exited = false;
    const onExit = () => {
      exited = true;
    };
    worker.once('exit', onExit);
    const until = performance.now() + LOAD_WAIT_MS;
    while (!loaded() && !exited && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
    worker.off('exit', onExit);
  }
  await worker.terminate();
}

export type PoolOutcome<R> = { value: R } | { crashed: string } | { unavailable: true };

interface Job<R> {
  message: unknown;
  transfer: ArrayBuffer[];
  settle: (outcome: PoolOutcome<R>) => void;
  /** a worker's last job (`last`): not counted in `done` */
  last?: true;
}

interface Member<R> {
  worker: Worker;
  ready: boolean;
  /** jobs posted to it and not answered, oldest first: the first is the one it works on */
  jobs: Job<R>[];
  /** what it threw last (its exit follows) */
  error?: string;
}

export interface WorkerPoolOptions {
  /** the module each worker runs (file: or data: URL) */
  entry: URL;
  /** worker threads */
  size: number;
  /** jobs posted to one worker at most */
  perWorker: number;
  /** workers started again after crashes before the pool gives up (the rest is done by the caller) */
  maxRestarts?: number;
  /** what each worker finds as worker_threads' workerData */
  workerData?: unknown;
}

export class WorkerPool<R> {
  private readonly members: Member<R>[] = [];
  private readonly queue: Job<R>[] = [];
  private restarts = 0;
  private broken = false;
  private closed = false;
  /** every worker has its last job (`last`): none takes another, none is started again */
  private retired = false;
  /** jobs answered by a worker */
  done = 0;

  constructor(private readonly options: WorkerPoolOptions) {
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  /** True when a job given now goes to a worker at once (the caller may do it itself otherwise). */
  get hasRoom(): boolean {
    return !this.broken && this.queue.length === 0 && this.members.some((m) => m.ready && m.jobs.length < this.options.perWorker);
  }

  /** Give a job to the next worker with room; `transfer` lists buffers moved, not copied, to it. */
  run(message: unknown, transfer: ArrayBuffer[] = []): Promise<PoolOutcome<R>> {
    if (this.broken || this.closed || this.retired) return Promise.resolve({ unavailable: true });
    return new Promise((settle) => {
      this.queue.push({ message, transfer, settle });
      this.pump();
    });
  }

  /**
   * Give every worker started one last job, after those it has: it answers and then ends itself (its heap is
   * gone as soon as it is done, not when the caller gets to close the pool). No worker takes another job or is
   * started again; a worker that ends without answering has its last job come back `crashed`. `message` may be
   * one for each worker, by its place (with buffers moved to it).
   */
  last(message: unknown | ((worker: number) => { message: unknown; transfer?: ArrayBuffer[] })): Array<Promise<PoolOutcome<R>>> {
    this.retired = true;
    return this.members.map(
      (member, i) =>
        new Promise((settle) => {
          // a worker not started yet prepared nothing
          if (!member.ready) return settle({ unavailable: true });
          const job = typeof message === 'function' ? message(i) : { message };
          try {
            member.worker.postMessage(job.message, job.transfer ?? []);
          } catch {
            return settle({ unavailable: true });
          }
          member.jobs.push({ message: job.message, transfer: [], settle, last: true });
        }),
    );
  }

  /** Stop every worker; jobs not answered come back `unavailable`. */
  async close(): Promise<void> {
    this.closed = true;
    const members = this.members.splice(0);
    for (const job of [...this.queue.splice(0), ...members.flatMap((m) => m.jobs.splice(0))]) job.settle({ unavailable: true });
    await Promise.all(members.map((m) => terminateLoaded(m.worker, () => m.ready)));
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.options.entry, { workerData: this.options.workerData });
    } catch {
      // no thread could be made (a resource limit): the caller does the work itself
      this.giveUp([]);
      return;
    }
    const member: Member<R> = { worker, ready: false, jobs: [] };
    this.members.push(member);
    worker.on('message', (message: { ready?: true } | R) => {
      if (!member.ready) {
        member.ready = true;
        this.pump();
        return;
      }
      const job = member.jobs.shift();
      if (job && !job.last) this.done++;
      job?.settle({ value: message as R });
      this.pump();
    });
    worker.on('error', (err) => {
      member.error = failureReason(err);
    });
    worker.on('exit', (code) => this.lost(member, member.error ?? `the worker thread exited with code ${code}`));
  }

  /** A worker ended on its own: its current job crashed it; the jobs behind it are queued again. */
  private lost(member: Member<R>, reason: string): void {
    const at = this.members.indexOf(member);
    if (this.closed || at < 0) return;
    this.members.splice(at, 1);
    if (this.retired) {
      // it ended after its last answer, or crashed before: an answer posted before its end may still come after
      // this event, so what it left unanswered is settled on the next turn (a settled job ignores a second outcome)
      setImmediate(() => {
        for (const job of member.jobs.splice(0)) job.settle(job.last ? { crashed: reason } : { unavailable: true });
      });
      return;
    }
    const [current, ...behind] = member.jobs;
    if (!member.ready || this.restarts >= (this.options.maxRestarts ?? 16)) {
      // it could not start (or crashes keep coming): the caller does the rest itself
      this.giveUp(member.jobs);
      return;
    }
    current?.settle({ crashed: reason });
    this.queue.unshift(...behind);
    this.restarts++;
    this.spawn();
    this.pump();
  }

  /** Take no more jobs: these and the queued ones come back `unavailable` (workers still running finish theirs). */
  private giveUp(jobs: Job<R>[]): void {
    this.broken = true;
    for (const job of [...jobs, ...this.queue.splice(0)]) job.settle({ unavailable: true });
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.retired) {
      let target: Member<R> | undefined;
      for (const m of this.members) if (m.ready && m.jobs.length < this.options.perWorker && (!target || m.jobs.length < target.jobs.length)) target = m;
      if (!target) return;
      const job = this.queue.shift() as Job<R>;
      try {
        target.worker.postMessage(job.message, job.transfer);
      } catch {
        // a message that cannot be copied to a thread: the caller does the job itself
        job.settle({ unavailable: true });
        continue;
      }
      target.jobs.push(job);
    }
  }
}
