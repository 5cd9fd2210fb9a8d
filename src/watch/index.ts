// Watch stage: polls subscriptions politely and ingests what is new, through a job queue in the base.
// One Watcher runs in every process (the `watch` command on any base, or each `worker` sharing a
// PostgreSQL base): it opens rounds of due feeds, takes jobs (polls, articles) up to its concurrency,
// commits finished rounds, matches alerts and posts webhooks.
import { hostname } from 'node:os';
import { connectionLost, type Adapter } from '../store/adapter.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../ingest/limits.ts';
import type { PrivateAccess } from '../ingest/net-guard.ts';
import type { Problem } from '../model.ts';
import { claimJob, dueFeeds, nextWake, pending, reclaimExpired, renewJob, retryJob, finishJob, type Job } from './queue.ts';
import { keepLease } from './lease.ts';
import { LostLease, openRound, runPoll, type ArticlePayload, type PollOutcome } from './poll.ts';
import { prepareArticle } from './article.ts';
import { loadLanguageModel } from '../common/language.ts';
import { commitReadyRound } from './commit.ts';
import { deliverDue, matchAlerts } from './alerts.ts';
import { DEFAULT_LIMITS, type ScheduleLimits } from './schedule.ts';

export interface WatchOptions {
  /** requests in flight at once in this process */
  concurrency: number;
  /** minimum time between two requests to one host (across all processes) */
  perHostGapMs: number;
  /** private addresses fetched: none, loopback alone, or all */
  allowPrivate: PrivateAccess;
  timeoutMs: number;
  maxBytes: number;
  /** the clock every decision reads (tests and benches drive their own) */
  now: () => number;
  /** seed of the schedule's jitter */
  seed: string;
  limits: ScheduleLimits;
  /** how long a job is this worker's unless renewed (every third of it, while the worker works on it) */
  leaseMs: number;
  worker: string;
  /** where the web app serves stories (alert links) */
  publicUrl: string;
}

export function watchOptions(o: Partial<WatchOptions> = {}): WatchOptions {
  return {
    concurrency: 8,
    perHostGapMs: 1000,
    allowPrivate: false,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxBytes: DEFAULT_MAX_BYTES,
    now: Date.now,
    seed: 'crosscheck',
    limits: DEFAULT_LIMITS,
    leaseMs: 120_000,
    worker: `${hostname()}:${process.pid}`,
    publicUrl: 'http://127.0.0.1:8080',
    ...o,
  };
}

export interface WatchCounts {
  polls: number;
  outcomes: Record<PollOutcome, number>;
  articles: number;
  rounds: number;
  newDocuments: number;
  newVersions: number;
  unchanged: number;
  /** lines of feed items not used (a page refused, an item without text) */
  problems: number;
  /** lines of feed items used all the same (a summary stored as the text, a text cut) */
  notes: number;
  storiesOpened: number;
  storiesGrown: number;
  alerts: number;
  delivered: number;
  deliveryFailures: number;
  lostLeases: number;
}

export function emptyCounts(): WatchCounts {
  return {
    polls: 0,
    outcomes: { new: 0, 'not-modified': 0, unchanged: 0, 'retry-after': 0, retried: 0, error: 0 },
    articles: 0,
    rounds: 0,
    newDocuments: 0,
    newVersions: 0,
    unchanged: 0,
    problems: 0,
    notes: 0,
    storiesOpened: 0,
    storiesGrown: 0,
    alerts: 0,
    delivered: 0,
    deliveryFailures: 0,
    lostLeases: 0,
  };
}

export class Watcher {
  readonly counts = emptyCounts();
  readonly opts: WatchOptions;
  /** a poll that failed (the feed and why) or a note on how a feed was read, said when first met: one line each */
  onProblem?: (p: Problem) => void;
  /** the base went out of reach during a pass (`run`, `untilIdle`): said once a try, with the wait before the next */
  onBaseLost?: (err: unknown, retryInMs: number) => void;
  /** the base answers again after `lostMs` out of reach */
  onBaseBack?: (lostMs: number) => void;
  private lostSince: number | null = null;
  private lostPasses = 0;
  /** called after each round is committed (the bench times publication to story) */
  onCommit?: (round: number, at: number) => void | Promise<void>;

  constructor(
    private db: Adapter,
    options: Partial<WatchOptions> = {},
  ) {
    this.opts = watchOptions(options);
  }

  private get fetchOptions() {
    return { allowPrivate: this.opts.allowPrivate, timeoutMs: this.opts.timeoutMs, maxBytes: this.opts.maxBytes };
  }

  private async runJob(job: Job): Promise<void> {
    const { worker, leaseMs } = this.opts;
    // a slow job stays this worker's while it works on it; renewals read the watcher's clock
    const lease = keepLease(() => renewJob(this.db, job, worker, this.opts.now() + leaseMs), leaseMs);
    try {
      if (job.kind === 'poll') {
        const r = await runPoll(this.db, job, {
          now: this.opts.now,
          worker,
          fetch: this.fetchOptions,
          limits: this.opts.limits,
          seed: this.opts.seed,
          lease,
          onProblem: this.onProblem,
        });
        this.counts.polls++;
        this.counts.outcomes[r.outcome]++;
        return;
      }
      const payload = JSON.parse(job.payload) as ArticlePayload;
      const step = await prepareArticle(payload, { fetch: this.fetchOptions, attempts: job.attempts, now: this.opts.now() });
      if (lease.lost) throw new LostLease();
      if ('retryAt' in step) {
        await retryJob(this.db, job, this.opts.worker, step.retryAt, step.why);
        return;
      }
      const kept = await this.db.transaction((tx) => finishJob(tx, job, this.opts.worker, 'prepared', JSON.stringify(step.prepared)));
      if (!kept) throw new LostLease();
      this.counts.articles++;
    } catch (err) {
      if (err instanceof LostLease || lease.lost) {
        this.counts.lostLeases++;
        return;
      }
      // the base out of reach is no fault of the job: not one of its three tries (an article failed so would never come
      // back, its feed item being known); its lease runs out and the job is taken again once the base answers
      if (connectionLost(err)) throw err;
      // a bug or a broken item: recorded on the job; after three tries the job fails and the commit names it
      const why = (err as Error)?.message ?? String(err);
      if (job.attempts >= 3) await this.db.transaction((tx) => finishJob(tx, job, this.opts.worker, 'failed', null, why));
      else await retryJob(this.db, job, this.opts.worker, this.opts.now() + 1000 * job.attempts, why);
    } finally {
      lease.stop();
    }
  }

  /**
   * Run every job that may run now (up to `concurrency` at once), until none is left that may, or until `stop()`: then
   * no job is taken, and those in hand finish (a stopped worker kept taking jobs until the queue was empty). A job
   * that fails on the base (the server lost) ends the drain once the jobs in hand have settled: none is left running,
   * its failure unheard.
   */
  private async drain(stop: () => boolean): Promise<number> {
    const running = new Set<Promise<void>>();
    let ran = 0;
    let exhausted = false;
    let failure: { error: unknown } | null = null;
    for (;;) {
      while (!exhausted && !failure && !stop() && running.size < this.opts.concurrency) {
        const job = await claimJob(this.db, {
          now: this.opts.now(),
          worker: this.opts.worker,
          leaseMs: this.opts.leaseMs,
          perHostGapMs: this.opts.perHostGapMs,
        }).catch((error: unknown) => {
          failure ??= { error };
          return null;
        });
        if (!job) {
          exhausted = true;
          break;
        }
        ran++;
        const p: Promise<void> = this.runJob(job)
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => running.delete(p));
        running.add(p);
      }
      if (!running.size) {
        if (failure) throw (failure as { error: unknown }).error;
        return ran;
      }
      await Promise.race(running);
      // a finished job may have made room, queued articles, or a host slot may have come free
      exhausted = false;
    }
  }

  /**
   * One pass: requeue expired leases, open a round of due feeds (all feeds with `all`), run the jobs
   * that may run, commit finished rounds, match alerts, post due webhooks. Returns the jobs run.
   * Once `stop()` says so, no job is taken and no round opened or committed: the jobs in hand finish, and what is
   * left waits in the base for the next watch or worker.
   */
  async step(o: { all?: boolean; stop?: () => boolean } = {}): Promise<number> {
    const stop = o.stop ?? (() => false);
    // loaded before any job is claimed: its second of CPU must not eat into a lease or a host's slot
    await loadLanguageModel();
    const now = this.opts.now();
    await reclaimExpired(this.db, now);
    if (stop()) return 0;
    await openRound(this.db, now, o.all);
    const ran = await this.drain(stop);
    while (!stop()) {
      const c = await commitReadyRound(this.db, { now: this.opts.now, leaseMs: this.opts.leaseMs });
      if (!c) break;
      this.counts.rounds++;
      const s = c.summary;
      this.counts.newDocuments += s.newDocuments;
      this.counts.newVersions += s.newVersions;
      this.counts.unchanged += s.unchanged;
      this.counts.problems += s.problems;
      this.counts.notes += s.notes;
      this.counts.storiesOpened += s.storiesOpened;
      this.counts.storiesGrown += s.storiesGrown;
      await this.onCommit?.(c.round, this.opts.now());
    }
    this.counts.alerts += await matchAlerts(this.db, { now: this.opts.now(), publicUrl: this.opts.publicUrl });
    if (stop()) return ran;
    const d = await deliverDue(this.db, { now: this.opts.now(), allowPrivate: this.opts.allowPrivate, timeoutMs: Math.min(this.opts.timeoutMs, 10_000) });
    this.counts.delivered += d.delivered;
    this.counts.deliveryFailures += d.failed;
    return ran;
  }

  nextWake(): Promise<number | null> {
    return nextWake(this.db);
  }

  pending() {
    return pending(this.db);
  }

  /**
   * Poll every subscription once and ingest what is new; returns when that round is committed.
   * `sleep` waits for a host's slot (real time in the CLI; tests move their clock).
   */
  async once(sleep: (ms: number) => Promise<void>): Promise<void> {
    await this.step({ all: true });
    for (;;) {
      const left = await this.pending();
      if (!left.jobs && !left.rounds) break;
      const wake = await this.nextWake();
      const wait = wake === null ? 50 : Math.max(0, wake - this.opts.now());
      if (wait > 0) await sleep(Math.min(wait, 1000));
      await this.step();
    }
  }

  /**
   * One pass, riding out a base that is out of reach: a lost connection to the server (it stopped, restarted, the
   * network dropped) is said once through `onBaseLost` with the wait, and the pass is tried again after it (1 s
   * doubling up to 30 s); `onBaseBack` once a pass works again. The jobs a lost pass held run out their leases
   * and are taken again; nothing committed is lost. Any other failure ends the run. Returns null while out of reach.
   */
  private async resilientStep(sleep: (ms: number) => Promise<void>, stop: () => boolean): Promise<number | null> {
    try {
      const ran = await this.step({ stop });
      if (this.lostSince !== null) {
        this.onBaseBack?.(this.opts.now() - this.lostSince);
        this.lostSince = null;
        this.lostPasses = 0;
      }
      return ran;
    } catch (err) {
      if (!connectionLost(err)) throw err;
      this.lostSince ??= this.opts.now();
      const wait = Math.min(MAX_LOST_WAIT_MS, 1000 * 2 ** this.lostPasses++);
      this.onBaseLost?.(err, wait);
      await sleepUnless(sleep, wait, stop);
      return null;
    }
  }

  /** Take part until no job or open round is left (each of several workers sharing a queue). */
  async untilIdle(sleep: (ms: number) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
    while (!stop()) {
      if ((await this.resilientStep(sleep, stop)) === null) continue;
      try {
        const left = await this.pending();
        // a due feed is work too: a worker opening its round holds the round lock and shows no job until it commits
        if (!left.jobs && !left.rounds && !(await dueFeeds(this.db, this.opts.now()))) return;
        const wake = await this.nextWake();
        const wait = wake === null ? 100 : Math.min(200, Math.max(0, wake - this.opts.now()));
        await sleep(Math.max(wait, 20));
      } catch (err) {
        // the next pass says it and waits
        if (!connectionLost(err)) throw err;
      }
    }
  }

  /** Keep watching until `stop()` returns true (checked between passes and between jobs). */
  async run(sleep: (ms: number) => Promise<void>, stop: () => boolean, maxIdleMs = 1000): Promise<void> {
    while (!stop()) {
      if ((await this.resilientStep(sleep, stop)) === null) continue;
      const wake = await this.nextWake().catch((err: unknown) => {
        if (!connectionLost(err)) throw err;
        return this.opts.now();
      });
      const wait = wake === null ? maxIdleMs : Math.min(maxIdleMs, Math.max(0, wake - this.opts.now()));
      if (wait > 0) await sleepUnless(sleep, wait, stop);
    }
  }
}

/** Longest wait between two tries of a base out of reach. */
const MAX_LOST_WAIT_MS = 30_000;

/** Sleep `ms` in steps of at most a second, ending early once `stop()` says so (a stop signal during a long wait). */
async function sleepUnless(sleep: (ms: number) => Promise<void>, ms: number, stop: () => boolean): Promise<void> {
  for (let left = ms; left > 0 && !stop(); left -= 1000) await sleep(Math.min(left, 1000));
}

export { queueState, feedsInRound, type OpenRound } from './queue.ts';
export { addFeed, listFeeds, removeFeed, getFeed, importOpml, exportOpml, type FeedState } from './feeds.ts';
export { addAlert, MAX_ALERT_QUERY, listAlerts, removeAlert, alertMatches, alertAtom, type Alert, type AlertMatch, type AlertPayload } from './alerts.ts';
