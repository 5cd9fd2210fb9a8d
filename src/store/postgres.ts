// Server backend: PostgreSQL through the `postgres` client. Several processes may share one base;
// the ingest serialises story assignment with an advisory lock (see update.ts).
import postgres from 'postgres';
import { BaseError, connectionLost, safeLocation, type Adapter, type Sql } from './adapter.ts';

type Client = postgres.Sql | postgres.TransactionSql;

function wrap(client: Client): Sql {
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
    },
    async exec(text: string) {
      await client.unsafe(text);
    },
  };
}

/**
 * The URL names no database (`postgres://`, `postgres://host/`): the client took its defaults, the server on this
 * machine and a database named after the system user, and an ingest filled that database without a word.
 */
function namesNoDatabase(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false; // the client names what it cannot read
  }
  return /^\/?$/.test(u.pathname) && !u.searchParams.has('dbname') && !u.searchParams.has('database') && !process.env.PGDATABASE;
}

/** A client of the base's server: a few connections, notices quiet (counts are cast to int in the queries, so numbers
 * come back as numbers). */
function newClient(url: string): postgres.Sql {
  return postgres(url, { max: 4, onnotice: () => {}, connect_timeout: 10 });
}

/** Marks the first failed query of a transaction: a COMMIT after it would end the transaction without saying so. */
function watched(tx: Sql, failed: { error?: unknown }): Sql {
  const note = <T>(p: Promise<T>) =>
    p.catch((err) => {
      failed.error ??= err;
      throw err;
    });
  return { query: <T>(text: string, params?: unknown[]) => note(tx.query<T>(text, params)), exec: (text: string) => note(tx.exec(text)) };
}

export async function openPostgres(url: string): Promise<Adapter> {
  const location = safeLocation(url);
  if (namesNoDatabase(url)) throw new BaseError(`not a usable PostgreSQL URL: ${location} names no database (as in postgres://user@host:5432/news)`);
  let client: postgres.Sql;
  try {
    client = newClient(url);
  } catch (err) {
    // the client parses the URL at once: "postgres://a@[::1/x" is a mistyped address, not a bug
    throw new BaseError(`not a usable PostgreSQL URL: ${location} (${(err as Error).message})`);
  }
  try {
    await client.unsafe('select 1');
  } catch (err) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new BaseError(`cannot reach PostgreSQL at ${location}: ${(err as Error).message}`);
  }
  /**
   * A connection lost (the server restarted, stopped a moment, was out of reach): the client that lost it is set aside
   * and the next request opens a new one. The old client is never used again: postgres 3.4.9 keeps a write it had
   * buffered for a closed socket and sends it ahead of the next connection's start-up, or writes it to no socket at
   * all and ends the process with a TypeError (porsager/postgres issues 1066, 1154, 1208).
   */
  const renewAfter = (err: unknown, used: postgres.Sql) => {
    if (!connectionLost(err) || used !== client) return;
    client = newClient(url);
    used.end({ timeout: 0 }).catch(() => {});
  };
  const guarded = (used: postgres.Sql): Sql => {
    const sql = wrap(used);
    const renewing = (err: unknown): never => {
      renewAfter(err, used);
      throw err;
    };
    return {
      query: <T>(text: string, params?: unknown[]) => sql.query<T>(text, params).catch(renewing),
      exec: (text: string) => sql.exec(text).catch(renewing),
    };
  };
  return {
    kind: 'postgres',
    location,
    query: <T>(text: string, params?: unknown[]) => guarded(client).query<T>(text, params),
    exec: (text) => guarded(client).exec(text),
    // one reserved connection, BEGIN ... COMMIT written here rather than by the client's begin(): on a lost connection
    // its begin() sends ROLLBACK to the closed socket, the 3.4.9 TypeError above; here nothing more goes to a connection
    // that is lost, and the client that held it is set aside
    async transaction(work) {
      const used = client;
      let reserved: postgres.ReservedSql;
      try {
        reserved = await used.reserve();
      } catch (err) {
        renewAfter(err, used);
        throw err;
      }
      const failed: { error?: unknown } = {};
      const tx = watched(wrap(reserved), failed);
      try {
        await tx.exec('BEGIN');
        const result = await work(tx);
        if (failed.error) throw failed.error;
        await tx.exec('COMMIT');
        reserved.release();
        return result;
      } catch (err) {
        if (connectionLost(err) || connectionLost(failed.error)) {
          renewAfter(connectionLost(err) ? err : failed.error, used);
          throw err;
        }
        try {
          await reserved.unsafe('ROLLBACK');
          reserved.release();
        } catch (lost) {
          renewAfter(lost, used);
        }
        throw err;
      }
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}
