// Numbered plain-SQL migrations (migrations/NNN_name.sql). A base records its schema version; opening
// upgrades an older base in one transaction and refuses a newer one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../common/package-root.ts';
import { BaseError, noBaseMessage, type Adapter } from './adapter.ts';

const DIR = packagePath('src', 'store', 'migrations');

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(DIR)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: parseInt(f, 10), name: f, sql: readFileSync(join(DIR, f), 'utf8') }));
}

export const SCHEMA_VERSION = Math.max(...migrations().map((m) => m.version));

/** What a base migrated by these migrations is kept under (pristine.ts): any change to a migration's name or
 * text gives another key, so a copy migrated by other migrations is never taken for one of these. */
export function schemaKey(list: Migration[] = migrations()): string {
  const hash = createHash('sha256');
  for (const m of list) hash.update(`${m.name}\0${m.sql}\0`);
  return `${Math.max(...list.map((m) => m.version))}-${hash.digest('hex').slice(0, 16)}`;
}

const LOCK = 7_245_001; // advisory lock: one process migrates at a time

/** The base's schema version (0 when empty). */
async function versionOf(db: Adapter): Promise<number> {
  // information_schema.tables' own conditions on the catalogue: planning the view cost ~80 ms of CPU more at every open
  const t = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
     WHERE c.relname = 'schema_version' AND s.nspname = current_schema() AND c.relkind IN ('r', 'v', 'f', 'p')
       AND (pg_catalog.pg_has_role(c.relowner, 'USAGE') OR pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
         OR pg_catalog.has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))`,
  );
  if (!t[0].n) return 0;
  const rows = await db.query<{ version: number }>('SELECT max(version)::int AS version FROM schema_version');
  return rows[0]?.version ?? 0;
}

/** Bring the base to this program's schema, or refuse a base made by a newer program. */
export async function migrate(db: Adapter, readOnly = false): Promise<number> {
  const current = await versionOf(db);
  if (current > SCHEMA_VERSION) {
    throw new BaseError(`base ${db.location} has schema version ${current}, newer than this crosscheck understands (${SCHEMA_VERSION}); upgrade crosscheck`);
  }
  if (current === SCHEMA_VERSION) return current;
  if (readOnly && current === 0) throw new BaseError(noBaseMessage(db.location));
  if (readOnly && current > 0)
    throw new BaseError(
      `base ${db.location} has schema version ${current} and needs an upgrade to ${SCHEMA_VERSION}: open it once for writing (crosscheck ingest)`,
    );
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied text NOT NULL)');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_version')).map((r) => r.version));
    for (const m of migrations()) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_version (version, name, applied) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
  });
  return SCHEMA_VERSION;
}
