// The job queue shared by every watcher process: rows in watch_jobs taken with FOR UPDATE SKIP LOCKED.
// A job is leased to one worker, which renews the lease while it works (lease.ts); a worker that dies
// leaves its lease to run out and the job is taken again. Claiming a job that fetches also reserves its
// host's next slot (minimum gap per host, shared by all workers through watch_hosts).
import type { Adapter, Sql } from '../store/adapter.ts';

export type JobKind = 'poll' | 'article';

export interface Job {
  id: number;
  round: number;
  kind: JobKind;
  sortKey: string;
  host: string | null;
  payload: string;
  attempts: number;
}

export interface ClaimOptions {
  now: number;
  worker: string;
  leaseMs: number;
  perHostGapMs: number;
}

/** Jobs looked at per claim (the first whose host is free is taken). */
const CANDIDATES = 16;

/** Take one job that may run now, or null. */
export async function claimJob(db: Adapter, o: ClaimOptions): Promise<Job | null> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number; round: number; kind: JobKind; sort_key: string; host: string | null; payload: string; attempts: number }>(
      `SELECT j.id::float8 AS id, j.round::float8 AS round, j.kind, j.sort_key, j.host, j.payload, j.attempts FROM watch_jobs j
       WHERE j.state = 'ready' AND j.run_ms <= $1
         AND (j.host IS NULL OR NOT EXISTS (SELECT 1 FROM watch_hosts h WHERE h.host = j.host AND h.next_ms > $1))
       ORDER BY j.round, j.run_ms, j.id LIMIT ${CANDIDATES} FOR UPDATE OF j SKIP LOCKED`,
      [o.now],
    );
    for (const r of rows) {
      if (r.host !== null) {
        // the host's slot: taken only if still free (a concurrent claim waits for this row, then sees it taken)
        const slot = await tx.query(
          `INSERT INTO watch_hosts (host, next_ms, requests) VALUES ($1, $2, 1)
           ON CONFLICT (host) DO UPDATE SET next_ms = $2, requests = watch_hosts.requests + 1 WHERE watch_hosts.next_ms <= $3 RETURNING host`,
          [r.host, o.now + o.perHostGapMs, o.now],
        );
        if (!slot.length) continue;
      }
      await tx.query(`UPDATE watch_jobs SET state = 'running', worker = $2, lease_ms = $3, attempts = attempts + 1 WHERE id = $1`, [
        r.id,
        o.worker,
        o.now + o.leaseMs,
      ]);
      return { id: Number(r.id), round: Number(r.round), kind: r.kind, sortKey: r.sort_key, host: r.host, payload: r.payload, attempts: r.attempts + 1 };
    }
    return null;
  });
}

/** Jobs whose worker's lease ran out go back to the queue. */
export async function reclaimExpired(db: Sql, now: number): Promise<number> {
  const rows = await db.query(`UPDATE watch_jobs SET state = 'ready', worker = NULL, lease_ms = NULL WHERE state = 'running' AND lease_ms < $1 RETURNING id`, [
    now,
  ]);
  return rows.length;
}

/** Move a running job's lease on to `leaseUntil`; false when the job is no longer this worker's. */
export async function renewJob(db: Sql, job: Job, worker: string, leaseUntil: number): Promise<boolean> {
  const rows = await db.query(`UPDATE watch_jobs SET lease_ms = $3 WHERE id = $1 AND worker = $2 AND state = 'running' RETURNING id`, [
    job.id,
    worker,
    leaseUntil,
  ]);
  return rows.length > 0;
}

/** Mark a job finished by this worker, inside the transaction that stores its result; false when the job is no longer this worker's. */
export async function finishJob(
  tx: Sql,
  job: Job,
  worker: string,
  state: 'done' | 'prepared' | 'failed',
  result: string | null,
  error: string | null = null,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE watch_jobs SET state = $3, result = $4, error = $5, lease_ms = NULL WHERE id = $1 AND worker = $2 AND state = 'running' RETURNING id`,
    [job.id, worker, state, result, error],
  );
  return rows.length > 0;
}

/** Put a job back for later (a page that answered 429, a transient failure). */
export async function retryJob(db: Sql, job: Job, worker: string, runMs: number, error: string): Promise<void> {
  await db.query(
    `UPDATE watch_jobs SET state = 'ready', run_ms = $3, error = $4, worker = NULL, lease_ms = NULL WHERE id = $1 AND worker = $2 AND state = 'running'`,
    [job.id, worker, runMs, error],
  );
}

/** When there may be work next: a feed falling due, a job or host becoming free, a lease running out. */
export async function nextWake(db: Sql): Promise<number | null> {
  const rows = await db.query<{ t: number | null }>(
    `SELECT least(
       (SELECT min(next_poll_ms) FROM feeds WHERE NOT queued),
       (SELECT min(greatest(j.run_ms, coalesce(h.next_ms, 0))) FROM watch_jobs j LEFT JOIN watch_hosts h ON h.host = j.host WHERE j.state = 'ready'),
       (SELECT min(lease_ms) FROM watch_jobs WHERE state = 'running'),
       (SELECT min(commit_lease_ms) FROM watch_rounds WHERE committed_ms IS NULL),
       (SELECT min(next_ms) FROM alert_deliveries WHERE delivered_ms IS NULL)
     )::float8 AS t`,
  );
  return rows[0]?.t ?? null;
}

/** Jobs not finished yet (ready or running) and rounds not committed: the run is over when both are zero. */
export async function pending(db: Sql): Promise<{ jobs: number; rounds: number }> {
  const rows = await db.query<{ jobs: number; rounds: number }>(
    `SELECT (SELECT count(*) FROM watch_jobs WHERE state IN ('ready', 'running'))::int AS jobs, (SELECT count(*) FROM watch_rounds WHERE committed_ms IS NULL)::int AS rounds`,
  );
  return rows[0];
}

/** Feeds due at `now` and in no round yet: work a worker is idle only without (another worker may be opening
 * their round this very moment: its jobs are not visible until it commits, its feeds still read as due). */
export async function dueFeeds(db: Sql, now: number): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM feeds WHERE NOT queued AND next_poll_ms <= $1', [now]);
  return rows[0].n;
}

/** An open round as `feeds list` shows it: what is left of it, and its commit. */
export interface OpenRound {
  round: number;
  createdMs: number;
  /** polls not finished (ready or running) */
  polls: number;
  /** article jobs waiting to be taken */
  waiting: number;
  running: number;
  /** running jobs whose lease ran out: their worker stopped or died; taken again at the next pass */
  expired: number;
  prepared: number;
  failed: number;
  /** jobs not finished (ready or running; a running poll is one of `polls` and of `running`) */
  left: number;
  /** the commit's lease while a worker commits the round (every job finished), else null */
  commitLeaseMs: number | null;
}

/** The queue's open rounds, oldest first, and the workers holding jobs (name, running jobs). */
export async function queueState(db: Sql, now: number): Promise<{ rounds: OpenRound[]; workers: Array<{ worker: string; jobs: number }> }> {
  const rounds = await db.query<Omit<OpenRound, 'createdMs' | 'commitLeaseMs'> & { created: number; commit_lease: number | null }>(
    `SELECT r.id::float8 AS round, r.created_ms::float8 AS created, r.commit_lease_ms::float8 AS commit_lease,
       count(j.id) FILTER (WHERE j.kind = 'poll' AND j.state IN ('ready', 'running'))::int AS polls,
       count(j.id) FILTER (WHERE j.kind = 'article' AND j.state = 'ready')::int AS waiting,
       count(j.id) FILTER (WHERE j.state = 'running')::int AS running,
       count(j.id) FILTER (WHERE j.state = 'running' AND j.lease_ms < $1)::int AS expired,
       count(j.id) FILTER (WHERE j.kind = 'article' AND j.state = 'prepared')::int AS prepared,
       count(j.id) FILTER (WHERE j.state = 'failed')::int AS failed,
       count(j.id) FILTER (WHERE j.state IN ('ready', 'running'))::int AS left
     FROM watch_rounds r LEFT JOIN watch_jobs j ON j.round = r.id WHERE r.committed_ms IS NULL GROUP BY r.id ORDER BY r.id`,
    [now],
  );
  const workers = await db.query<{ worker: string; jobs: number }>(
    `SELECT worker, count(*)::int AS jobs FROM watch_jobs WHERE state = 'running' AND worker IS NOT NULL GROUP BY worker ORDER BY worker`,
  );
  return {
    rounds: rounds.map(({ round, created, commit_lease, ...counts }) => ({
      round: Number(round),
      createdMs: Number(created),
      ...counts,
      commitLeaseMs: commit_lease === null || Number(commit_lease) < now ? null : Number(commit_lease),
    })),
    workers,
  };
}

/** Feeds whose poll is queued or running in an open round now (their stored next poll is the past one). */
export async function feedsInRound(db: Sql): Promise<Set<number>> {
  return new Set((await db.query<{ id: number }>('SELECT id FROM feeds WHERE queued')).map((r) => r.id));
}
