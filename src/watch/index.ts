// Watch stage: polls subscriptions politely and ingests what is new, through a job queue in the base.
// One Watcher runs in every process (the `watch` command on any base, or each `worker` sharing a
// PostgreSQL base): it opens rounds of due feeds, takes jobs (polls, articles) up to its concurrency,
// commits finished rounds, matches alerts and posts webhooks.
import { hostname } from 'node:os';
import type { Adapter } from '../store/adapter.ts';
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
  problems: number;
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
      // a bug or a broken item: recorded on the job; after three tries the job fails and the commit names it
      const why = (err as Error)?.message ?? String(err);
      if (job.attempts >= 3) await this.db.transaction((tx) => finishJob(tx, job, this.opts.worker, 'failed', null, why));
      else await retryJob(this.db, job, this.opts.worker, this.opts.now() + 1000 * job.attempts, why);
    } finally {
      lease.stop();
    }
  }

  /** Run every job that may run now (up to `concurrency` at once), until none is left that may. */
  private async drain(): Promise<number> {
    const running = new Set<Promise<void>>();
    let ran = 0;
    let exhausted = false;
    for (;;) {
      while (!exhausted && running.size < this.opts.concurrency) {
        const job = await claimJob(this.db, {
          now: this.opts.now(),
          worker: this.opts.worker,
          leaseMs: this.opts.leaseMs,
          perHostGapMs: this.opts.perHostGapMs,
        });
        if (!job) {
          exhausted = true;
          break;
        }
        ran++;
        const p: Promise<void> = this.runJob(job).finally(() => running.delete(p));
        running.add(p);
      }
      if (!running.size) return ran;
      await Promise.race(running);
      // a finished job may have made room, queued articles, or a host slot may have come free
      exhausted = false;
    }
  }

  /**
   * One pass: requeue expired leases, open a round of due feeds (all feeds with `all`), run the jobs
   * that may run, commit finished rounds, match alerts, post due webhooks. Returns the jobs run.
   */
  async step(o: { all?: boolean } = {}): Promise<number> {
    // loaded before any job is claimed: its second of CPU must not eat into a lease or a host's slot
    await loadLanguageModel();
    const now = this.opts.now();
    await reclaimExpired(this.db, now);
    await openRound(this.db, now, o.all);
    const ran = await this.drain();
    for (;;) {
      const c = await commitReadyRound(this.db, { now: this.opts.now, leaseMs: this.opts.leaseMs });
      if (!c) break;
      this.counts.rounds++;
      const s = c.summary;
      this.counts.newDocuments += s.newDocuments;
      this.counts.newVersions += s.newVersions;
      this.counts.unchanged += s.unchanged;
      this.counts.problems += s.problems;
      this.counts.storiesOpened += s.storiesOpened;
      this.counts.storiesGrown += s.storiesGrown;
      await this.onCommit?.(c.round, this.opts.now());
    }
    this.counts.alerts += await matchAlerts(this.db, { now: this.opts.now(), publicUrl: this.opts.publicUrl });
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

  /** Take part until no job or open round is left (each of several workers sharing a queue). */
  async untilIdle(sleep: (ms: number) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
    while (!stop()) {
      await this.step();
      const left = await this.pending();
      // a due feed is work too: a worker opening its round holds the round lock and shows no job until it commits
      if (!left.jobs && !left.rounds && !(await dueFeeds(this.db, this.opts.now()))) return;
      const wake = await this.nextWake();
      const wait = wake === null ? 100 : Math.min(200, Math.max(0, wake - this.opts.now()));
      await sleep(Math.max(wait, 20));
    }
  }

  /** Keep watching until `stop()` returns true (checked between passes). */
  async run(sleep: (ms: number) => Promise<void>, stop: () => boolean, maxIdleMs = 1000): Promise<void> {
    while (!stop()) {
      await this.step();
      const wake = await this.nextWake();
      const wait = wake === null ? maxIdleMs : Math.min(maxIdleMs, Math.max(0, wake - this.opts.now()));
      if (wait > 0) await sleep(wait);
    }
  }
}

export { addFeed, listFeeds, removeFeed, getFeed, importOpml, exportOpml, type FeedState } from './feeds.ts';
export { addAlert, MAX_ALERT_QUERY, listAlerts, removeAlert, alertMatches, alertAtom, type Alert, type AlertMatch, type AlertPayload } from './alerts.ts';
