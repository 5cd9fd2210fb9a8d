// The one interface both backends implement (one adapter file each: pglite.ts, postgres.ts). Queries are
// plain SQL with $1.. parameters; JSON travels as text (`$1::text::jsonb` or text columns), so both
// clients pass it through unchanged.
import { statfsSync } from 'node:fs';
export interface Sql {
  /** rows of one parameterised statement */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** several statements without parameters (migrations) */
  exec(text: string): Promise<void>;
}

export interface Adapter extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** where the base lives: a folder or a postgres:// URL (password left out) */
  readonly location: string;
  /** run `work` in one transaction: all of it commits or none */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A user-facing failure to open or use a base: one line, no stack trace. */
export class BaseError extends Error {}

/**
 * SQLSTATE classes that say the base or its server failed, not the program: connection (08), resources
 * such as a full disk (53), operator intervention (57), system and I/O errors (58), internal errors and
 * damaged data (XX: "invalid page in block 0 of relation ...").
 */
/** Codes of those classes said more exactly than their class ("disk or memory" when the code says which). */
const BASE_FAILURE_CODES: Record<string, string> = {
  '53100': 'the disk that holds the database is full',
  '53200': 'the database ran out of memory',
};
const BASE_FAILURE_CLASSES: Record<string, string> = {
  '08': 'lost the connection to the database',
  '53': 'the database ran out of resources (disk or memory)',
  '57': 'the database server stopped the work',
  '58': 'the database could not read or write its files',
  XX: 'the base is damaged or the database failed (restore it from a copy, or ingest again into a new base)',
};
/** Connection failures of the PostgreSQL client (its own codes and the system's). */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

/** SQLSTATEs that say the server went away or is restarting, not that the request was wrong: admin and crash shutdown,
 * "the database system is starting up / shutting down" (a server back in a moment). */
const SERVER_GONE_CODES = new Set(['57P01', '57P02', '57P03']);

/**
 * The connection to a PostgreSQL server was lost or cannot be made now (the server stopped, restarted or is out of
 * reach): work that may succeed once it is back, unlike a damaged base, a full disk or a bug.
 */
export function connectionLost(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return false;
  return CONNECTION_CODES.has(code) || SERVER_GONE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/** Free bytes on the disk that holds a base folder; null for a server's URL or a path that cannot be looked at. */
function freeBytesAt(location: string): number | null {
  try {
    const fs = statfsSync(location);
    return fs.bavail * fs.bsize;
  } catch {
    return null;
  }
}

/** Below this, a folder's disk is full for the engine (it writes 8 kB pages and 16 MB WAL segments). */
const FULL_DISK_BYTES = 1024 * 1024;

/**
 * A failure of the base or its server while a command used it, as one line naming the base; null for anything else
 * (a bug). `freeBytes`: the free space on a base folder's disk (the check's own, by default).
 */
export function baseFailure(err: unknown, location: string, freeBytes = freeBytesAt): BaseError | null {
  if (err instanceof BaseError) return err;
  // PGlite on a full disk fails with what its broken session says next ("cannot drop active portal", SQLSTATE
  // 24000): an internal error and a stack trace. The folder's free space says why; the batches committed are kept
  const free = location.includes('://') ? null : freeBytes(location);
  if (free !== null && free < FULL_DISK_BYTES) {
    const said = String((err as Error)?.message ?? err).split('\n')[0];
    return new BaseError(
      `base ${location}: no space left on the disk that holds it (the database said: ${said}): free some space and run the command again (what was committed is kept)`,
    );
  }
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  const message = ((err as Error).message ?? '').split('\n')[0];
  if (CONNECTION_CODES.has(code)) return new BaseError(`base ${location}: lost the connection to the database (${message})`);
  const what = /^[0-9A-Z]{5}$/.test(code) ? (BASE_FAILURE_CODES[code] ?? BASE_FAILURE_CLASSES[code.slice(0, 2)]) : undefined;
  const advice = code === '53100' ? ': free some space and run the command again (what was committed is kept)' : '';
  return what ? new BaseError(`base ${location}: ${what}: ${message} (SQLSTATE ${code})${advice}`) : null;
}

/** A location written as a URL of another kind (mysql://, http://): a user mistake, not a folder to create. */
export function notBaseLocation(location: string): string | null {
  if (isServerLocation(location) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return null;
  return `not a story base: ${location} (a folder, or a postgres:// URL)`;
}

/** What a read-only command says when there is no base where it looks. */
export const noBaseMessage = (where: string) => `no story base at ${where} (build one with: crosscheck ingest <inputs> --db ${where})`;
/** The same for the commands of subscriptions and alerts: a base is made by ingest, or by the first feed or alert. */
export const noSubscriptionsBaseMessage = (where: string) =>
  `no story base at ${where} (build one with: crosscheck ingest <inputs> --db ${where}, or crosscheck feeds add URL --db ${where})`;

/** The base used when no --db or CROSSCHECK_DB names one. */
export const DEFAULT_BASE = './crosscheck-data';

/** A postgres:// URL, or null for a folder. */
export function isServerLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages. */
export function safeLocation(location: string): string {
  if (!isServerLocation(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return location.replace(/:[^:@/]*@/, ':***@');
  }
}
