// The queue as `feeds list`, the Feeds page and the feeds JSON (CLI and API) say it: each open round's jobs and
// commit, and who holds jobs. One wording for all of them (the page and the JSON showed no queue at all).
import { utcStamp } from '../common/utc-stamp.ts';
import type { OpenRound } from './queue.ts';

export interface QueueState {
  rounds: OpenRound[];
  workers: Array<{ worker: string; jobs: number }>;
}

export const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

/** The queue in lines of text: a line per open round, then the workers holding jobs (else that it is empty). */
export function queueLines(q: QueueState): string[] {
  if (!q.rounds.length) return ['queue: empty (no open round: every article read is in the base)'];
  const lines = q.rounds.map((r) => {
    // each job once: a running poll counted in both polls and running made "3 jobs left" of 2
    const left = r.left;
    const commit =
      r.commitLeaseMs !== null
        ? `being committed (lease until ${utcStamp(new Date(r.commitLeaseMs).toISOString())})`
        : left
          ? `commit once the ${plural(left, 'job')} left are done`
          : 'every job done: committed at the next pass of a worker';
    const expired = r.expired ? ` (${r.expired} whose worker stopped renewing: taken again once the lease ran out)` : '';
    return `queue: round ${r.round} opened ${utcStamp(new Date(r.createdMs).toISOString())}: ${plural(r.polls, 'poll')} to go, ${plural(r.waiting, 'article')} waiting, ${plural(r.running, 'job')} running${expired}, ${r.prepared.toLocaleString('en-US')} prepared, ${r.failed.toLocaleString('en-US')} failed; ${commit}`;
  });
  if (q.workers.length) lines.push(`workers holding jobs: ${q.workers.map((w) => `${w.worker} (${w.jobs})`).join(', ')}`);
  return lines;
}

/** The queue as JSON: the rounds with ISO times, the workers, and the lines `feeds list` prints. */
export function queueJson(q: QueueState) {
  return {
    rounds: q.rounds.map(({ round, createdMs, commitLeaseMs, ...counts }) => ({
      round,
      opened: new Date(createdMs).toISOString(),
      ...counts,
      committingUntil: commitLeaseMs === null ? null : new Date(commitLeaseMs).toISOString(),
    })),
    workers: q.workers,
    text: queueLines(q),
  };
}
