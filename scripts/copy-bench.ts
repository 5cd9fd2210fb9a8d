// The documents INSERT of an ingest against bulk loading by COPY, on the embedded backend (bench/HISTORY.md,
// ingest66). Capture an ingest's document inserts first (CAPTURE=FILE: each `INSERT INTO documents` statement
// with its parameters, one JSON line each), then replay them into new bases, one per variant in turn:
//   MALLOC_ARENA_MAX=1 CAPTURE=/tmp/docs.jsonl node --import tsx --import ./scripts/copy-bench.ts bin/crosscheck.js ingest r1k.jsonl --db /tmp/cap
//   (MALLOC_ARENA_MAX set: no launcher child, bin/one-arena.js)
//   node --import tsx scripts/copy-bench.ts /tmp/docs.jsonl [ROUNDS] insert copy-nosearch stage view ...
// (variants: insert, insert-nosearch, copy-nosearch, stage, view (ingest66); toast-target, minimal (ingest70))
// Each line: the variant, the process's CPU for all the statements (ms; with the JavaScript that makes the COPY
// text), the engine's part of it where measured, and an md5 of the documents written.
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { migrate, schemaKey } from '../src/store/migrate.ts';
import { openPglite, textParameter } from '../src/store/pglite.ts';
import { searchVector } from '../src/store/repo.ts';

type Captured = { text: string; params: unknown[] };
/** A captured parameter as the ingest hands it over: a long text as its UTF-8 bytes. */
const asSent = (x: unknown): unknown => (x !== null && typeof x === 'object' && 'b' in x ? Buffer.from(String(x.b), 'utf8') : x);

function capture(out: string): void {
  const wrap = (sql: { query: PGlite['query'] }) => {
    const query = sql.query;
    sql.query = function (this: PGlite, text: string, params?: unknown[], options?: unknown) {
      if (text.startsWith('INSERT INTO documents'))
        appendFileSync(out, `${JSON.stringify({ text, params: (params ?? []).map((p) => (Buffer.isBuffer(p) ? { b: p.toString('utf8') } : p)) })}\n`);
      return query.call(this, text, params, options as never);
    } as PGlite['query'];
  };
  // both of PGlite's builds: the compiled ingest requires the CommonJS one (scripts/sql-cpu.mjs)
  const { PGlite: PGliteCjs } = createRequire(import.meta.url)('@electric-sql/pglite') as { PGlite: typeof PGlite };
  for (const proto of new Set([PGlite.prototype, PGliteCjs.prototype])) {
    wrap(proto);
    const transaction = proto.transaction;
    proto.transaction = function (this: PGlite, work: Parameters<PGlite['transaction']>[0]) {
      return transaction.call(this, (tx) => {
        wrap(tx);
        return work(tx);
      });
    } as PGlite['transaction'];
  }
}

const NAMES =
  'id identity position version content_hash first_seen last_seen changed_at story title outlet language published report flags text_doc enrichment cluster'.split(
    ' ',
  );
const TYPES = ['text', 'text', 'int', 'int', ...Array(4).fill('text'), 'int', ...Array(9).fill('text')];
const WIDTH = NAMES.length + 1; // and the body text the search vector is made of
const SPECIAL = /[\\\t\n\r]/;
/** A value as COPY's text format writes it. */
const copyText = (v: unknown): string => {
  if (v == null) return '\\N';
  const s = String(v);
  return SPECIAL.test(s) ? s.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r') : s;
};
const SETTINGS = { shared_buffers: '16MB', maintenance_work_mem: '16MB', full_page_writes: 'off', wal_init_zero: 'off' };
const START = [...PGlite.defaultStartParams, ...Object.entries(SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
const PARAMETERS = { serializers: { 25: textParameter } } as Parameters<PGlite['query']>[2];
const COLUMNS = NAMES.join(', ');

/** A variant's own engine settings: `minimal` writes no WAL for a table emptied in the writing transaction. */
const START_OF: Record<string, string[]> = { minimal: [...START, '-c', 'wal_level=minimal', '-c', 'max_wal_senders=0'] };

async function newBase(dir: string, start = START): Promise<PGlite> {
  rmSync(dir, { recursive: true, force: true });
  const made = await openPglite(dir, { key: schemaKey(), migrate: (fresh) => migrate(fresh) });
  await migrate(made);
  await made.close();
  return PGlite.create(`${dir}/pgdata`, { extensions: { unaccent }, startParams: start });
}

/** Set up a variant's base; returns how it writes one captured statement. */
async function variant(
  db: PGlite,
  name: string,
): Promise<(tx: Parameters<Parameters<PGlite['transaction']>[0]>[0], s: Captured, engine: (ms: number) => void) => Promise<void>> {
  let truncated = false;
  const strings = (s: Captured) => s.params.map((x) => (x !== null && typeof x === 'object' && 'b' in x ? x.b : x));
  const copyRows = (values: unknown[], width: number, last?: (row: unknown[]) => unknown[]) => {
    const rows: string[] = [];
    for (let i = 0; i < values.length; i += WIDTH) {
      const row = values.slice(i, i + WIDTH);
      rows.push((last ? last(row) : row).slice(0, width).map(copyText).join('\t'));
    }
    return new Blob([Buffer.from(`${rows.join('\n')}\n`, 'utf8')]);
  };
  const timed = async (engine: (ms: number) => void, work: () => Promise<unknown>) => {
    const before = process.cpuUsage();
    await work();
    const used = process.cpuUsage(before);
    engine((used.user + used.system) / 1000);
  };
  switch (name) {
    case 'insert': // what the ingest does: multi-row VALUES of plain parameters, long texts as their UTF-8 bytes
      return (tx, s, engine) => timed(engine, () => tx.query(s.text, s.params.map(asSent), PARAMETERS));
    case 'minimal': // the same, the base started with wal_level minimal and documents emptied by TRUNCATE in the transaction
      return async (tx, s, engine) => {
        if (!truncated) {
          truncated = true;
          await tx.exec('TRUNCATE documents CASCADE');
        }
        await timed(engine, () => tx.query(s.text, s.params.map(asSent), PARAMETERS));
      };
    case 'toast-target': // the same into a table whose rows are toasted only past 8,160 bytes (not 2,032)
      await db.exec('ALTER TABLE documents SET (toast_tuple_target = 8160)');
      return (tx, s, engine) => timed(engine, () => tx.query(s.text, s.params.map(asSent), PARAMETERS));
    case 'insert-nosearch': // the same with an empty search vector (what the vector costs)
      return (tx, s, engine) =>
        timed(engine, () =>
          tx.query(
            `INSERT INTO documents (${COLUMNS}, search) SELECT ${COLUMNS}, ''::tsvector FROM ${s.text.slice(s.text.indexOf('(VALUES'))}`,
            s.params.map(asSent),
            PARAMETERS,
          ),
        );
    case 'copy-nosearch': // COPY into documents, an empty search vector (COPY computes nothing: a lower bound)
      return async (tx, s, engine) => {
        const blob = copyRows(strings(s), WIDTH, (row) => [...row.slice(0, NAMES.length), '']);
        await timed(engine, () => tx.query(`COPY documents (${COLUMNS}, search) FROM '/dev/blob'`, [], { blob }));
      };
    case 'stage': // COPY into a temporary table, then INSERT ... SELECT with the search vector
      await db.exec(
        `CREATE TEMP TABLE documents_in (${NAMES.map((n, i) => `${n} ${TYPES[i]}`).join(', ')}, text text);
         ${['report', 'flags', 'text_doc', 'enrichment', 'cluster', 'text'].map((c) => `ALTER TABLE documents_in ALTER COLUMN ${c} SET STORAGE EXTERNAL;`).join(' ')}`,
      );
      return async (tx, s, engine) => {
        const blob = copyRows(strings(s), WIDTH);
        await timed(engine, async () => {
          await tx.query(`COPY documents_in FROM '/dev/blob'`, [], { blob });
          await tx.query(`INSERT INTO documents (${COLUMNS}, search) SELECT ${COLUMNS}, ${searchVector('title', 'text')} FROM documents_in`);
          await tx.query('TRUNCATE documents_in');
        });
      };
    case 'view': // COPY into a view whose INSTEAD OF trigger inserts each row with its search vector
      await db.exec(
        `CREATE VIEW documents_in AS SELECT ${COLUMNS}, ''::text AS text FROM documents;
         CREATE FUNCTION documents_in() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN
           INSERT INTO documents (${COLUMNS}, search) VALUES (${NAMES.map((n) => `NEW.${n}`).join(', ')}, ${searchVector('NEW.title', 'NEW.text')});
           RETURN NEW; END $f$;
         CREATE TRIGGER documents_in INSTEAD OF INSERT ON documents_in FOR EACH ROW EXECUTE FUNCTION documents_in();`,
      );
      return async (tx, s, engine) => {
        const blob = copyRows(strings(s), WIDTH);
        await timed(engine, () => tx.query(`COPY documents_in FROM '/dev/blob'`, [], { blob }));
      };
    default:
      throw new Error(`no variant ${name}`);
  }
}

async function replay(statements: Captured[], name: string): Promise<void> {
  const dir = `/tmp/copy-bench-${process.pid}-${name}`;
  const db = await newBase(dir, START_OF[name]);
  const write = await variant(db, name);
  let engine = 0;
  const before = process.cpuUsage();
  await db.transaction(async (tx) => {
    for (const s of statements) await write(tx, s, (ms) => (engine += ms));
  });
  const used = process.cpuUsage(before);
  const { rows } = await db.query<{ n: number; h: string }>(`SELECT count(*)::int AS n, md5(string_agg(d::text, E'\\n' ORDER BY id)) AS h FROM documents d`);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ variant: name, ms: Math.round((used.user + used.system) / 1000), engine: Math.round(engine), ...rows[0] }));
}

if (process.env.CAPTURE) capture(process.env.CAPTURE);
else if (process.argv[2]?.endsWith('.jsonl')) {
  const [file, rounds, ...names] = process.argv.slice(2);
  const statements = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Captured);
  for (let r = 0; r < Number(rounds); r++) for (const name of r % 2 ? [...names].reverse() : names) await replay(statements, name);
}
