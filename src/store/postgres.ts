// Server backend: PostgreSQL through the `postgres` client. Several processes may share one base;
// the ingest serialises story assignment with an advisory lock (see update.ts).
import postgres from 'postgres';
import { BaseError, safeLocation, type Adapter, type Sql } from './adapter.ts';

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

export async function openPostgres(url: string): Promise<Adapter> {
  const location = safeLocation(url);
  if (namesNoDatabase(url)) throw new BaseError(`not a usable PostgreSQL URL: ${location} names no database (as in postgres://user@host:5432/news)`);
  // notices stay quiet (counts are cast to int in the queries, so numbers come back as numbers)
  let client: postgres.Sql;
  try {
    client = postgres(url, {
      max: 4,
      onnotice: () => {},
      connect_timeout: 10,
    });
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
  const sql = wrap(client);
  return {
    kind: 'postgres',
    location,
    ...sql,
    transaction: (work) => client.begin((tx) => work(wrap(tx))) as Promise<never>,
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}
