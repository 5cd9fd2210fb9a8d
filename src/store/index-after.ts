// A batch that more than doubles the embedded base's documents (a new base's first batch) builds the indexes of the
// tables it fills most after writing their rows, in its own transaction, rather than an entry at a time: a btree index
// fed a batch's keys in another order than its own, and PostgreSQL's GIN index (each row's words go to a pending
// list merged into the index every 4 MB), cost more per row than one build from sorted entries (bench/HISTORY.md,
// ingest68 / ingest69). DDL is part of the transaction: a batch that fails or is stopped leaves the indexes as they
// were. Only on the embedded backend, where no other process reads the base meanwhile (a server's readers of a table
// whose index is dropped wait until the batch commits).
import type { Adapter, Sql } from './adapter.ts';

/** The indexes built after the rows, per table, in the order the migrations made them (the planner lists a table's
 * indexes in that order). Their definitions are read from the catalogue as the migrations left them. Unique ones stay:
 * they are constraints, and the batch's own look-ups use them. */
export const INDEXES_AFTER_ROWS = {
  documents: ['documents_search'],
  document_keys: ['document_keys_position', 'document_keys_key_position'],
  story_keys: ['story_keys_story', 'story_keys_key_active'],
} as const;

export const AFTER_ROWS = {
  /** the fewest documents a batch builds the indexes after: dropping and building them costs a fixed part besides (the
   * engine's build code compiled at its first call, its sort memory kept): a new base's ingest of examples/seeds (5
   * articles) took +0.3-0.65 s of CPU and +15-25 MiB of peak in five pairs (ingest69) */
  minDocuments: 1000,
};

/** Whether a batch adding `added` documents to a base holding `held` builds the indexes after the rows. */
export function indexAfterRows(db: Pick<Adapter, 'kind'>, held: number, added: number): boolean {
  return db.kind === 'pglite' && added > held && added >= AFTER_ROWS.minDocuments;
}

/** `write` with `table`'s indexes (INDEXES_AFTER_ROWS) dropped before it and built again after it, from their own
 * definitions, in the transaction `tx`. */
export async function withIndexesAfter<T>(tx: Sql, table: keyof typeof INDEXES_AFTER_ROWS, after: boolean, write: () => Promise<T>): Promise<T> {
  if (!after) return write();
  const names = INDEXES_AFTER_ROWS[table];
  const defs = await tx.query<{ def: string }>(
    'SELECT pg_get_indexdef(c.oid) AS def FROM pg_class c WHERE c.oid = ANY($1::regclass[]) ORDER BY array_position($1::text[], c.relname::text)',
    [names],
  );
  await tx.exec(`DROP INDEX ${names.join(', ')}`);
  const out = await write();
  for (const { def } of defs) await tx.exec(def);
  return out;
}
