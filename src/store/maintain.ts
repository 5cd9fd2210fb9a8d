// Upkeep autovacuum does on a server: the embedded backend runs none. Every batch rewrites rows (a touched
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

/** Vacuum and analyse the ingest's tables when the base has grown enough since the last time (embedded only). */
export async function upkeep(db: Adapter): Promise<boolean> {
  if (db.kind !== 'pglite') return false; // a server's autovacuum does it
  const meta = await readMeta(db);
  const documents = meta.positions ?? 0;
  const last = meta.upkept ?? 0;
  if (documents - last < Math.max(UPKEEP.minDocuments, UPKEEP.growth * last)) return false;
  // VACUUM cannot run inside a transaction: this runs between batches, after a commit
  await db.exec(`VACUUM (ANALYZE) ${UPKEEP.tables.join(', ')}`);
  await db.query(`INSERT INTO meta (key, value) VALUES ('upkept', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [documents]);
  return true;
}
