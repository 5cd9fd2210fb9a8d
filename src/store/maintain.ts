// Upkeep autovacuum does on a server: the embedded backend runs none (and a server may have it off, as
// this machine's has). Every batch rewrites rows (a touched
// story's index keys, its row, its members' story and flags), each rewrite leaving a dead version that every
// later look-up wades through, and the planner never gets statistics. Measured at 15,000 Reuters articles
// never vacuumed: a look-up of candidate stories visited ~98 heap pages per key (252 index entries for 27
// live postings). The ingest vacuums and analyses the tables it writes as autovacuum would: when the base
// has grown by a fifth since the last time, so the work stays proportional to what was added.
import type { Adapter } from './adapter.ts';
import { readMeta } from './repo.ts';

export const UPKEEP = {
  /** the base grew by this share of its documents since the last upkeep (autovacuum's scale factor) */
  growth: 0.2,
  /** ... and by at least this many documents */
  minDocuments: 2_000,
  /** the tables an ingest rewrites rows of */
  tables: ['story_keys', 'stories', 'story_ids', 'documents', 'document_keys', 'document_versions', 'relations', 'df'],
};

/** Whether the base looks after itself: a server with autovacuum on (PGlite has the setting but never runs it). */
async function selfKept(db: Adapter): Promise<boolean> {
  if (db.kind === 'pglite') return false;
  const [row] = await db.query<{ on: boolean }>(`SELECT current_setting('autovacuum') = 'on' AS on`);
  return row?.on === true;
}

/** Vacuum and analyse the ingest's tables when the base has grown enough since the last time (unless autovacuum does). */
export async function upkeep(db: Adapter): Promise<boolean> {
  const meta = await readMeta(db);
  const documents = meta.positions ?? 0;
  const last = meta.upkept ?? 0;
  if (documents - last < Math.max(UPKEEP.minDocuments, UPKEEP.growth * last)) return false;
  if (await selfKept(db)) return false;
  // VACUUM cannot run inside a transaction: this runs between batches, after a commit
  await db.exec(`VACUUM (ANALYZE) ${UPKEEP.tables.join(', ')}`);
  await db.query(`INSERT INTO meta (key, value) VALUES ('upkept', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [documents]);
  return true;
}
