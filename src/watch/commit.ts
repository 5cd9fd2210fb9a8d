// A round's commit: once every poll and article job of the lowest open round is finished, one worker
// (holding the round's commit lease) hands its analysed articles to the story base in the round's
// fixed order (feed, then item). Story assignment is serialised by the base's advisory lock and the
// order does not depend on which worker prepared what, so any number of workers build the base one
// process builds. The committer renews its lease while it commits (lease.ts), so a long commit stays
// its own; a committer that dies leaves its lease to run out, the next one commits again and the base,
// keyed by each document's identity and content hash, stores nothing twice.
import type { Problem } from '../model.ts';
import type { Adapter } from '../store/adapter.ts';
import { commitBatch, emptySummary } from '../store/update/index.ts';
import type { IngestSummary } from '../store/types.ts';
import { fromText } from '../store/serial.ts';
import { withTermIds } from '../common/term-counts.ts';
import { insertProblems } from '../store/repo.ts';
import { isNote } from '../common/problem-rules.ts';
import { fingerprintKeys } from '../store/update/relate.ts';
import { synthesizeStale } from '../store/update/stories.ts';
import { fingerprint } from '../fingerprint/index.ts';
import type { PreparedArticle } from './article.ts';
import type { ArticlePayload } from './poll.ts';
import { keepLease } from './lease.ts';
import { groupRoundProblems, type ItemProblems } from './round-problems.ts';

/** Articles per store transaction. */
const COMMIT_BATCH = 100;

export interface RoundCommit {
  round: number;
  articles: number;
  summary: IngestSummary;
}

type Incoming = Parameters<typeof commitBatch>[1][number];

/**
 * Move a round's commit lease from `held` to `until`; false when another worker took it. The deadline
 * tells whose the lease is: a taker sets one later than any the holder set, as it takes only a lease run out.
 */
async function renewCommit(db: Adapter, round: number, held: number, until: number): Promise<boolean> {
  const rows = await db.query(`UPDATE watch_rounds SET commit_lease_ms = $3 WHERE id = $1 AND committed_ms IS NULL AND commit_lease_ms = $2 RETURNING id`, [
    round,
    held,
    until,
  ]);
  return rows.length > 0;
}

/** Commit the lowest open round if all its jobs are finished and no one else is committing it; null also when its lease was lost meanwhile. */
export async function commitReadyRound(db: Adapter, o: { now: () => number; leaseMs: number }): Promise<RoundCommit | null> {
  const now = o.now();
  const open = await db.query<{ id: number; busy: number }>(
    `SELECT r.id::float8 AS id, (SELECT count(*) FROM watch_jobs j WHERE j.round = r.id AND j.state IN ('ready', 'running'))::int AS busy
     FROM watch_rounds r WHERE r.committed_ms IS NULL ORDER BY r.id LIMIT 1`,
  );
  if (!open.length || open[0].busy > 0) return null;
  const round = Number(open[0].id);
  const lease = await db.query(
    `UPDATE watch_rounds SET commit_lease_ms = $2 WHERE id = $1 AND committed_ms IS NULL AND (commit_lease_ms IS NULL OR commit_lease_ms < $3) RETURNING id`,
    [round, now + o.leaseMs, now],
  );
  if (!lease.length) return null;
  let held = now + o.leaseMs;
  const renewal = keepLease(async () => {
    const until = o.now() + o.leaseMs;
    const kept = await renewCommit(db, round, held, until);
    if (kept) held = until;
    return kept;
  }, o.leaseMs);
  try {
    return await commitRound(db, round, now, () => renewal.lost);
  } finally {
    renewal.stop();
  }
}

/** An item's number in its feed; a job queued before payloads held it: its place among the round's items of the feed. */
function itemNumber(p: ArticlePayload, sortKey: string): number {
  return p.position ?? Number(sortKey.slice(sortKey.indexOf(':') + 1)) + 1;
}

/** Hand the round's articles to the base, a batch per transaction; null as soon as `lost()` says another worker took over. */
async function commitRound(db: Adapter, round: number, now: number, lost: () => boolean): Promise<RoundCommit | null> {
  const jobs = await db.query<{ id: number; result: string | null; error: string | null; state: string; payload: string; sort_key: string }>(
    `SELECT id::float8 AS id, result, error, state, payload, sort_key FROM watch_jobs WHERE round = $1 AND kind = 'article' AND state IN ('prepared', 'failed') ORDER BY sort_key`,
    [round],
  );
  const summary = emptySummary();
  for (let i = 0; i < jobs.length; i += COMMIT_BATCH) {
    if (lost()) return null;
    const chunk = jobs.slice(i, i + COMMIT_BATCH);
    const batch: Incoming[] = [];
    // an article's problems wait in its done job (result) until the round's end, where they are grouped per feed
    // and reason: a committer that dies mid-round leaves them there for the next
    const noted: Array<{ id: number; problems: string }> = [];
    for (const j of chunk) {
      const p = JSON.parse(j.payload) as ArticlePayload;
      const at = (problems: Problem[]) =>
        problems.length &&
        noted.push({ id: j.id, problems: JSON.stringify({ feedUrl: p.feedUrl, item: itemNumber(p, j.sort_key), problems } satisfies ItemProblems) });
      if (j.state === 'failed' || !j.result) {
        at([{ source: `${p.feedUrl}#${p.item.key}`, reason: `article not read: ${j.error ?? 'failed'}` }]);
        continue;
      }
      const prepared = JSON.parse(j.result) as PreparedArticle;
      at(prepared.problems);
      if (!prepared.incoming) continue;
      const inc = fromText<Incoming>(prepared.incoming);
      withTermIds(inc.doc);
      inc.fp = fingerprint(inc.doc);
      inc.keys = fingerprintKeys(inc.fp);
      batch.push(inc);
    }
    if (batch.length) await commitBatch(db, batch, [], summary);
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE watch_jobs SET state = 'done', result = NULL WHERE id = ANY($1::bigint[])`, [chunk.map((j) => j.id)]);
      if (noted.length)
        await tx.query(`UPDATE watch_jobs j SET result = v.problems FROM unnest($1::bigint[], $2::text[]) AS v(id, problems) WHERE j.id = v.id`, [
          noted.map((n) => n.id),
          noted.map((n) => n.problems),
        ]);
    });
  }
  if (lost()) return null;
  // stories a crashed ingest left stale are synthesised (a finished commit leaves none)
  await synthesizeStale(db);
  // the round is in the base: its problems are stored, grouped, and its jobs are no longer needed
  await db.transaction(async (tx) => {
    const noted = await tx.query<{ result: string }>(
      `SELECT result FROM watch_jobs WHERE round = $1 AND kind = 'article' AND state = 'done' AND result IS NOT NULL ORDER BY sort_key`,
      [round],
    );
    const problems = groupRoundProblems(noted.map((n) => JSON.parse(n.result) as ItemProblems));
    const seen = new Date(now).toISOString();
    await insertProblems(tx, problems, seen);
    // a note (an item's summary stored as its text, a text cut) counted apart, as ingest counts it: a summary-only
    // feed's round said "40 problems" for the 40 articles it stored
    const notes = problems.filter(isNote).length;
    summary.notes += notes;
    summary.problems += problems.length - notes;
    await tx.query('UPDATE watch_rounds SET committed_ms = $2 WHERE id = $1', [round, now]);
    await tx.query('DELETE FROM watch_jobs WHERE round = $1', [round]);
  });
  return { round, articles: jobs.length, summary };
}
