// The one interface both backends implement (one adapter file each: pglite.ts, postgres.ts). Queries are
// plain SQL with $1.. parameters; JSON travels as text (`$1::text::jsonb` or text columns), so both
// clients pass it through unchanged.
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

/** What a read-only command says when there is no base where it looks. */
export const noBaseMessage = (where: string) => `no story base at ${where} (build one with: crosscheck ingest <inputs> --db ${where})`;

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
