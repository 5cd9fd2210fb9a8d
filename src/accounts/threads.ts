// The stories' accounts on worker threads, handed out in story order as the report writes them: each story's
// account depends on that story alone, so stories go to the workers packed (packing.ts) and come back packed.
// The report's writers read the stories synchronously, so this thread takes the workers' answers from a
// port of its own (receiveMessageOnPort) and, when the next story's account is not back yet, works out later
// stories itself (a bounded window, kept until written) or sleeps on a shared counter the workers raise
// (Atomics.wait). Only a window of accounts is ever held: each is written as soon as it and those before it
// are known. A story a worker could not answer (it crashed, it stopped answering, the story could not be
// sent) is worked out here: the accounts are those of one thread.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { terminateLoaded, workerModule } from '../common/worker-pool.ts';
import type { AccountOutcome } from './account.ts';
import { unpackAccount, type PackedStory } from './packing.ts';
import { SIGNAL } from './signal.ts';
import { StringIds } from '../prepare/trip-strings.ts';

/** Stories posted to one worker at most: enough that it never waits for the next, few enough to bound memory. */
export const PER_WORKER = 4;
/** Stories past the one written next that are handed out (to a worker, or worked out here while the workers have
 * their fill): their accounts are held until written, so this bounds what waits (a few megabytes of accounts, not the
 * report's); wide enough that this thread seldom waits for a worker's large story with nothing else to do. */
export const AHEAD = 128;
/**
 * Before this thread works out a story itself, each worker is given stories (within the window) until what it holds
 * weighs this many times that story (StorySource.weight): stories differ a thousandfold in cost, and a worker
 * holding a few small ones while this thread works out a large one sat idle (all of Reuters on two threads, a
 * replay of the stories' measured costs: the phase 10.2 -> 9.5 s of CPU on each thread, the bound being ~9.5).
 */
export const TOP_UP = 8;
/** A worker silent this long while it holds stories is given up (its end went unsignalled): its stories are
 * worked out here. A crash raises `ended` at once (the worker's exit handler); this is the net under it. */
const SILENT_MS = 600_000;
/** Workers started again after crashes before the rest is left to this thread. */
const MAX_RESTARTS = 16;

/** The worker module beside this one; `prelude` is code it runs first (tests make a worker crash with it). */
export function accountEntry(prelude = ''): URL {
  return workerModule(import.meta.url, 'account-worker', prelude);
}

/** The stories to account for, by position in the report; T: an account (or, asked of the workers by
 * PackedStory.item, its JSON list item). */
export interface StorySource<T = AccountOutcome> {
  count: number;
  /** story i's input, packed for a worker; `strings`: the ids of the strings that worker was sent before */
  packed(i: number, strings: StringIds): PackedStory;
  /** story i's account, worked out on this thread */
  local(i: number): T;
  /** story i's account is known: its input may go */
  done(i: number): void;
  /** roughly what story i's account costs (its documents' sentences); without it the workers are given stories by
   * count only */
  weight?(i: number): number;
}

export interface AccountThreadsOptions {
  /** threads, this one included (at least 2) */
  threads: number;
  /** the workers' module (accountEntry()) */
  entry?: URL;
  /** false: this thread works out no story a worker can take (each waits for room on one) */
  help?: boolean;
  /** the window: stories past the one written next handed out at most (AHEAD) */
  ahead?: number;
}

/** One worker thread and the port its answers come back on. */
class AccountWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  /** its flags (SIGNAL), raised by the worker */
  readonly signal = new Int32Array(new SharedArrayBuffer(2 * 4));
  /** the stories posted to it and not answered, oldest first (it answers in order) */
  readonly posted: number[] = [];
  /** what those stories weigh (StorySource.weight), in all */
  held = 0;
  /** when this thread last heard from it, or began waiting on it */
  heard = performance.now();
  /** the strings its stories were sent (each once, then as ids): a worker started again starts afresh */
  readonly strings = new StringIds(0);

  constructor(entry: URL, events: Int32Array) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(entry, { workerData: { port: port2, signal: this.signal, events }, transferList: [port2] });
    // its end is read from the signal; what it threw needs no handler here
    this.worker.on('error', () => {});
    // a report abandoned half-written does not keep the process alive
    this.worker.unref();
  }

  get ready(): boolean {
    return Atomics.load(this.signal, SIGNAL.ready) === 1;
  }

  get ended(): boolean {
    return Atomics.load(this.signal, SIGNAL.ended) === 1;
  }
}

/**
 * The stories' accounts in story order, each worked out on a worker thread or on this one; `at(i)` is called
 * for i = 0, 1, 2, ... in turn and gives story i's account, blocking this thread only while no work is left
 * for it in the window. Close it once read (or abandoned).
 */
export class AccountStream<T = AccountOutcome> {
  private readonly workers: AccountWorker[] = [];
  /** a counter every worker raises on each event, which this thread sleeps on */
  private readonly events = new Int32Array(new SharedArrayBuffer(4));
  /** accounts known before their turn (this thread's, ahead; a worker's, early) */
  private readonly known = new Map<number, T>();
  /** stories handed back by a worker that ended, to be handed out again before `next` */
  private readonly again: number[] = [];
  /** the first story not yet handed out */
  private next = 0;
  private restarts = 0;
  private readonly help: boolean;
  private readonly ahead: number;
  private readonly entry: URL;
  /** accounts worked out on worker threads */
  inWorkers = 0;

  constructor(
    private source: StorySource<T>,
    options: AccountThreadsOptions,
  ) {
    this.help = options.help ?? true;
    this.ahead = options.ahead ?? AHEAD;
    this.entry = options.entry ?? accountEntry();
    for (let i = 0; i < Math.max(1, options.threads - 1); i++) this.start();
  }

  /** Every worker started has loaded its modules and takes stories (tests wait for it before reading). */
  get ready(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.ready);
  }

  /** Story i's account (i one past the last asked for). */
  at(i: number): T {
    for (;;) {
      const seen = Atomics.load(this.events, 0);
      this.collect();
      const account = this.known.get(i);
      if (account) {
        this.known.delete(i);
        return account;
      }
      if (this.handOut(i)) continue;
      // story i is on a worker and this thread has nothing else to do: sleep until a worker raises the counter
      this.wait(seen);
    }
  }

  /** Read another list of stories with the same workers (each story of the one before read: none is held). */
  use(source: StorySource<T>): void {
    this.source = source;
    this.next = 0;
    this.known.clear();
    this.again.length = 0;
  }

  /** Stop the workers (the stories they still hold are not needed). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => terminateLoaded(w.worker, () => w.ready || w.ended)));
  }

  private start(): void {
    try {
      this.workers.push(new AccountWorker(this.entry, this.events));
    } catch {
      // no thread could be made (a resource limit): this thread does the work
    }
  }

  /** The next story to hand out (one handed back first), or -1. */
  private peek(): number {
    if (this.again.length > 0) return this.again[0];
    return this.next < this.source.count ? this.next : -1;
  }

  private taken(story: number): void {
    if (this.again[0] === story) this.again.shift();
    else this.next++;
  }

  /** Hand out one story: to a worker with room, or worked out here. False when there is none to hand out now. */
  private handOut(writing: number): boolean {
    const story = this.peek();
    // a handed-back story comes before the one being written; others only within the window
    if (story < 0 || story >= writing + this.ahead) return false;
    const worker = this.roomy();
    if (worker) {
      this.taken(story);
      if (this.post(worker, story)) return true;
      this.here(story);
      return true;
    }
    // every worker has its fill: this thread takes the story, unless it leaves them to the workers
    if (!this.help && this.workers.length > 0) return false;
    this.taken(story);
    this.topUp(writing, story);
    this.here(story);
    return true;
  }

  /** Give the workers stories of the window until each holds TOP_UP times what `story`, to be worked out here, weighs. */
  private topUp(writing: number, story: number): void {
    const weigh = this.source.weight;
    if (!weigh) return;
    const enough = TOP_UP * weigh(story);
    for (;;) {
      const next = this.peek();
      if (next < 0 || next >= writing + this.ahead) return;
      let least: AccountWorker | undefined;
      for (const w of this.workers) if (w.ready && w.held < enough && (!least || w.held < least.held)) least = w;
      if (!least) return;
      this.taken(next);
      if (!this.post(least, next)) this.here(next);
    }
  }

  /** A ready worker with room, the one with the fewest stories. */
  private roomy(): AccountWorker | undefined {
    let best: AccountWorker | undefined;
    for (const w of this.workers) if (w.ready && w.posted.length < PER_WORKER && (!best || w.posted.length < best.posted.length)) best = w;
    return best;
  }

  private post(worker: AccountWorker, story: number): boolean {
    let packed: PackedStory;
    try {
      packed = this.source.packed(story, worker.strings);
      // copied, not moved: a story a crashed worker held is posted again (copying its bytes costs little beside packing them)
      worker.port.postMessage(packed);
    } catch {
      // a story that cannot be packed or copied to a thread is worked out here; the worker's table of strings may
      // miss what this story's packing counted as sent, so its stories are handed out again to a worker started afresh
      this.lost(worker, false);
      return false;
    }
    if (worker.posted.length === 0) worker.heard = performance.now();
    worker.posted.push(story);
    worker.held += this.source.weight?.(story) ?? 0;
    return true;
  }

  private here(story: number): void {
    this.known.set(story, this.source.local(story));
    this.source.done(story);
  }

  /** Take every answer that has come back; a worker that ended hands back the stories it held. */
  private collect(): void {
    for (const w of [...this.workers]) {
      for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
        const story = w.posted.shift();
        if (story === undefined) continue;
        w.held -= this.source.weight?.(story) ?? 0;
        // a packed account, or a list item as it is (ItemOutcome)
        const answer = m.message as Uint8Array | T;
        this.known.set(story, answer instanceof Uint8Array ? (unpackAccount(answer) as T) : answer);
        this.source.done(story);
        this.inWorkers++;
        w.heard = performance.now();
      }
      if (w.ended) this.lost(w, true);
      else if (w.posted.length > 0 && performance.now() - w.heard > SILENT_MS) this.lost(w, false);
    }
  }

  /**
   * A worker ended (or stopped answering): the story it was on is worked out here (it may be what crashed it),
   * the ones behind it are handed out again, and a new worker is started in its place.
   */
  private lost(worker: AccountWorker, ended: boolean): void {
    this.workers.splice(this.workers.indexOf(worker), 1);
    if (!ended) void worker.worker.terminate();
    const [current, ...behind] = worker.posted.splice(0);
    if (current !== undefined) this.here(current);
    this.again.push(...behind);
    this.again.sort((a, b) => a - b);
    if (this.restarts++ < MAX_RESTARTS) this.start();
  }

  /** Sleep until a worker raises the counter past `seen` (at most a second: silent workers are checked on). */
  private wait(seen: number): void {
    if (this.workers.length === 0) return;
    Atomics.wait(this.events, 0, seen, 1000);
  }
}
