// Where each document is prepared: on this thread, or also on worker threads once the input is large
// enough to pay for starting them. This thread keeps preparing documents itself whenever every worker
// has its fill (so `threads` counts it), and results come back in input order to the caller.
import { availableParallelism } from 'node:os';
import type { DocId, Problem, RawDocument } from '../model.ts';
import { MAX_THREADS, WorkerPool, workerModule } from '../common/worker-pool.ts';
import { type KeptEnrichments, type Prepared, type RawWithStored, prepareDocument, processRaw, revived, withFeatures } from './index.ts';
import { StringIds, StringTables } from './trip-strings.ts';
import { type EnrichTrip, enrichTrip } from './enrich-trip.ts';
import { threadId } from 'node:worker_threads';

/**
 * Documents read on this thread alone before worker threads start. A worker takes about 0.7 s of CPU to
 * load and warm up (compiled build), the work of some 500 documents: a smaller input does not pay for it.
 */
export const POOL_AFTER = 1000;
/**
 * Files at least this large (a tenth of Reuters: ~7,600 of its articles, or ~130 web pages) pay for the workers' start
 * many times over: they start with the first document, not the 1,001st. Until then this thread read and prepared
 * alone while the other core waited (all of Reuters, two threads: ~4.3 of ~7 s of CPU at the start, the other core
 * running only V8's compiles), and the documents prepared here are enriched here, not in the workers' window.
 */
const POOL_AT_ONCE_BYTES = 8 * 1024 * 1024;

/** Documents read on this thread alone before the workers start, for an input of `bytes` known before reading. */
export function poolAfterFor(bytes: number): number {
  return bytes >= POOL_AT_ONCE_BYTES ? 0 : POOL_AFTER;
}
/**
 * Documents posted to one worker at most: enough that it never waits for the next, few enough to bound memory.
 * This thread reads, revives and helps (a document it prepares, or a full collection of its heap, can take tens of
 * ms): with 4 the worker sat idle 13-17% of the reading (profiled, all of Reuters and 8k articles on two threads),
 * with 16 5% (bench/HISTORY.md threads2).
 */
const PER_WORKER = 16;

/**
 * Threads preparing documents: CROSSCHECK_THREADS when set, else one per core but one (one on two cores: on an
 * idle machine two threads took all of Reuters in 61.9 s wall against 59.3 for one, 99.7 s CPU against 77.9, and
 * peaked 988 MB: stop 39, bench/HISTORY.md). Workers cost CPU (each loads the modules and warms up, every document
 * is copied across: all of Reuters +18-28% CPU on two threads) for less wall time on cores that would be idle
 * otherwise. Two threads on two cores fit in 1 GB only with glibc's MALLOC_ARENA_MAX=1 (1,062-1,107 MB
 * without, 880 with: bench/HISTORY.md threads21, threads22), which the command sets by running itself
 * again (bin/one-arena.js, whose copy of this rule a test holds equal to this one).
 */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const n = Number(env.CROSSCHECK_THREADS);
  if (Number.isSafeInteger(n) && n >= 1) return Math.min(n, MAX_THREADS);
  return Math.max(1, Math.min(MAX_THREADS, cores - 1));
}

/**
 * The worker module beside this one (src/common/worker-pool.ts: workerModule). `prelude` is code the worker
 * runs first (tests make a worker crash with it).
 */
export function workerEntry(prelude = ''): URL {
  return workerModule(import.meta.url, 'prepare-worker', prelude);
}

export interface PreparerOptions {
  /** threads preparing documents, this one included: 1 prepares everything here */
  threads: number;
  /** documents prepared before worker threads start */
  poolAfter?: number;
  /** false: this thread prepares nothing while workers run (each document goes to a worker) */
  help?: boolean;
  /** the workers' module (workerEntry()) */
  entry?: URL;
  /** workers keep the documents they prepare and enrich them only when asked after the reading (enrichKept), and
   * the documents this thread prepares once they run with them */
  enrichLater?: boolean;
  /** documents posted to one worker at most (PER_WORKER by default) */
  perWorker?: number;
  /** false: workers leave the clustering features out (the story base's ingest works out its own) */
  features?: boolean;
}

export class Preparer {
  private pool: WorkerPool<Prepared | Problem | KeptEnrichments> | null = null;
  private seen = 0;
  private readonly threads: number;
  private readonly poolAfter: number;
  private readonly help: boolean;
  private readonly entry: URL | undefined;
  private readonly enrichLater: boolean;
  private readonly perWorker: number;
  private readonly features: boolean;
  private closed = false;
  /** the words and terms of the documents prepared on workers, one object each (dropped with the Preparer) */
  private readonly strings = new StringTables();
  /**
   * With `enrichLater`, once workers run: the documents this thread prepares, left for a worker to enrich after the
   * reading (enrichKept), one list for each worker, written as they are prepared (enrich-trip.ts). The reading keeps
   * both cores busy and clustering this one alone: this thread's share of the enrich moves to the other core's idle
   * stretch (bench/HISTORY.md threads138, threads139).
   */
  private hereKept: Array<{ trips: EnrichTrip[]; ids: StringIds }> = [];
  private hereNext = 0;

  constructor(options: PreparerOptions) {
    this.threads = Math.max(1, Math.floor(options.threads));
    this.poolAfter = options.poolAfter ?? POOL_AFTER;
    this.help = options.help ?? true;
    this.entry = options.entry;
    this.enrichLater = options.enrichLater ?? false;
    this.perWorker = options.perWorker ?? PER_WORKER;
    this.features = options.features ?? true;
  }

  /** Whether worker threads have been started. */
  get pooled(): boolean {
    return this.pool !== null;
  }

  /** Documents that may wait for the report at once (bounds memory while workers run ahead). */
  get window(): number {
    return this.threads * PER_WORKER * 2;
  }

  /** Documents prepared on worker threads so far. */
  get inWorkers(): number {
    return this.pool?.done ?? 0;
  }

  /**
   * Prepare one document: at once on this thread, or later on a worker (which works out its clustering features too).
   * `storedHash`: the content hash the story base holds for it; a worker reading the same leaves its enrichment and
   * fingerprint out (a re-run of the same files).
   */
  prepare(raw: RawDocument, storedHash?: string): Prepared | Problem | Promise<Prepared | Problem> {
    // one thread: the stages after reading work out fingerprints and enrichments, as they always did
    if (this.threads === 1) {
      const doc = processRaw(raw);
      return 'reason' in doc ? doc : { doc };
    }
    if (++this.seen > this.poolAfter && !this.pool) {
      this.pool = new WorkerPool({
        entry: this.entry ?? workerEntry(),
        size: this.threads - 1,
        perWorker: this.perWorker,
        workerData: { enrichLater: this.enrichLater, features: this.features },
      });
    }
    // every worker has its fill (or none has started yet): this thread prepares the document itself, its clustering
    // features too (the reading keeps both cores busy; the cluster stage, on this thread alone, would work them out)
    if (!this.pool || (this.help && !this.pool.hasRoom)) return this.here(raw);
    const message: RawDocument | RawWithStored = storedHash === undefined ? raw : { raw, storedHash };
    return this.pool.run(message).then((outcome) => {
      if ('value' in outcome) return revived(outcome.value as Prepared | Problem, this.strings);
      if ('crashed' in outcome) return { source: raw.source, reason: `could not be processed (the worker thread preparing it stopped: ${outcome.crashed})` };
      // the pool was closed under it (a run stopped or failed): nobody waits for it, it is not prepared here
      if (this.closed) return { source: raw.source, reason: 'not prepared: the run stopped' };
      return this.here(raw);
    });
  }

  /** A document prepared on this thread, with its clustering features unless they are left out. */
  private here(raw: RawDocument): Prepared | Problem {
    const later = this.enrichLater && this.pool !== null && !this.closed;
    const made: Prepared | Problem = prepareDocument(raw, !later);
    if (later && 'doc' in made) {
      const workers = this.threads - 1;
      const slot = this.hereNext++ % workers;
      this.hereKept[slot] ??= { trips: [], ids: new StringIds(threadId) };
      const kept = this.hereKept[slot];
      kept.trips.push(enrichTrip(made.doc, kept.ids));
      made.enrichLater = true;
    }
    return this.features ? withFeatures(made) : made;
  }

  /**
   * After the reading (enrichLater): every worker enriches the documents it kept and ends itself; their packed
   * enrichments by document, then the pool closed. A document missing (its worker crashed, or its enrichment threw
   * there) is the caller's to enrich.
   */
  async enrichKept(): Promise<Map<DocId, Uint8Array>> {
    const out = new Map<DocId, Uint8Array>();
    if (!this.pool) return out;
    const kept = this.hereKept;
    this.hereKept = [];
    const outcomes = await Promise.all(
      this.pool.last((worker: number) => {
        const mine = kept[worker];
        if (!mine) return { message: { enrichKept: true } };
        const strings = mine.ids.finish();
        return { message: { enrichKept: true, here: { trips: mine.trips, strings } }, transfer: [strings.ids.buffer as ArrayBuffer] };
      }),
    );
    await this.close();
    for (const outcome of outcomes) {
      if (!('value' in outcome)) continue;
      const { ids, bytes } = outcome.value as KeptEnrichments;
      ids.forEach((id, i) => out.set(id, bytes[i]));
    }
    return out;
  }

  /** Stop the worker threads. */
  close(): Promise<void> {
    this.closed = true;
    return this.pool?.close() ?? Promise.resolve();
  }
}
