// The embedded backend's parameters and settings (ingest24): long texts go in as their UTF-8 bytes and are stored
// as the same text as short ones; the base runs without full-page images nor zero-filled WAL segments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../../test/scratch.ts';
import { BYTES_FROM, ENGINE_MAJOR, engineErrno, keepingFirstError, openPglite, textParameter } from './pglite.ts';
import { baseFailure } from './adapter.ts';

// real text with what an encoder can get wrong: accents, other scripts, quotes, a backslash, line breaks,
// a character outside the basic plane, and a lone surrogate (PGlite's text path and Buffer.from both store U+FFFD)
const SAMPLE =
  'Pütin besuchte Minsk — «глупые и необоснованные заявления», said "the minister"\\n.\n\tΑθήνα 😀 end \ud800 ' +
  '{"key":1,"members":[3,4],"text":"a \\"quoted\\" line"}';

// a lone surrogate becomes U+FFFD in UTF-8 (what both paths store)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const wellFormed = (s: string) => s.replace(LONE_SURROGATE, '\ufffd');

test('a long text parameter goes in as its UTF-8 bytes; a short one, a number or a date as text', () => {
  const long = SAMPLE.repeat(Math.ceil(BYTES_FROM / SAMPLE.length));
  const bytes = textParameter(long);
  assert.ok(bytes instanceof Uint8Array, 'bytes');
  assert.equal(Buffer.from(bytes).toString('utf8'), wellFormed(long));
  assert.equal(textParameter(SAMPLE.slice(0, 40)), SAMPLE.slice(0, 40));
  assert.equal(textParameter(12), '12');
  assert.equal(textParameter(new Date(Date.UTC(2022, 11, 19))), '2022-12-19T00:00:00.000Z');
});

test('texts of every length are stored as the same text; full-page images and WAL zero-filling are off', async () => {
  const db = await openPglite(join(scratchDir('cc-pglite-'), 'base'));
  try {
    assert.deepEqual(await db.query('SELECT current_setting($1) AS fpw, current_setting($2) AS zero', ['full_page_writes', 'wal_init_zero']), [
      { fpw: 'off', zero: 'off' },
    ]);
    await db.exec('CREATE TABLE t (n int, body text)');
    const texts = [0, 1, BYTES_FROM - 1, BYTES_FROM, 5 * BYTES_FROM, 40_000].map((n) => SAMPLE.repeat(Math.ceil(n / SAMPLE.length)).slice(0, n));
    await db.transaction(async (tx) => {
      for (const [n, body] of texts.entries()) await tx.query('INSERT INTO t (n, body) VALUES ($1, $2)', [n, body]);
    });
    const rows = await db.query<{ n: number; body: string; chars: number }>('SELECT n, body, length(body) AS chars FROM t ORDER BY n');
    const fixed = texts.map(wellFormed);
    assert.deepEqual(
      rows.map((r) => r.body),
      fixed,
    );
    assert.deepEqual(
      rows.map((r) => r.chars),
      fixed.map((t) => [...t].length),
    );
  } finally {
    await db.close();
  }
});

// a base of another PostgreSQL version said "PGlite failed to initialize properly"; a damaged pg_control "Aborted().
// Build with -sASSERTIONS for more info."
test('a base folder of another PostgreSQL version, or one the engine stops on, is named so; its files are left as they are', async () => {
  const dir = scratchDir('cc-pglite-files-');
  const made = join(dir, 'base');
  await (await openPglite(made)).close();
  assert.equal(readFileSync(join(made, 'pgdata', 'PG_VERSION'), 'utf8').trim(), ENGINE_MAJOR, 'the engine writes the version said');
  const copy = (name: string, file: string, text: string) => {
    const to = join(dir, name);
    cpSync(made, to, { recursive: true });
    writeFileSync(join(to, 'pgdata', file), text);
    return to;
  };
  const newer = copy('newer', 'PG_VERSION', '99\n');
  await assert.rejects(openPglite(newer), {
    message: `cannot open base ${newer}: its database files are PostgreSQL "99"'s, this crosscheck's engine is PostgreSQL ${ENGINE_MAJOR}'s: open it with the crosscheck that made it (the folder is left as it is)`,
  });
  assert.equal(readFileSync(join(newer, 'pgdata', 'PG_VERSION'), 'utf8'), '99\n');
  const damaged = copy('damaged', join('global', 'pg_control'), 'not a control file\n');
  await assert.rejects(openPglite(damaged), {
    message: `cannot open base ${damaged}: its database files are damaged: the engine stopped on them (Aborted()); the folder is left as it is: restore a copy of it, or build a new base`,
  });
  assert.ok(!existsSync(join(damaged, 'crosscheck.lock')), 'the lock is given back');
});

test("a full disk is said in words: PGlite's ErrnoError on opening, and any failure while a base folder's disk is full", () => {
  // what PGlite throws when a new base's files do not fit (seen on an 8 MB tmpfs): no message, a WASI error number
  const enospc = Object.assign(Object.create(null), { name: 'ErrnoError', errno: 51 });
  assert.equal(engineErrno(enospc), 'no space left on the disk that holds it: free some space (the folder is left as it is)');
  assert.equal(engineErrno(new Error('other')), null);
  // an ingest filling a 60 MB tmpfs said "internal error: error: cannot drop active portal" and a stack trace
  const portal = Object.assign(new Error('cannot drop active portal ""'), { code: '24000' });
  assert.equal(
    baseFailure(portal, '/data/base', () => 4096)?.message,
    'base /data/base: no space left on the disk that holds it (the database said: cannot drop active portal ""): free some space and run the command again (what was committed is kept)',
  );
  assert.equal(
    baseFailure(portal, '/data/base', () => 10 * 1024 * 1024 * 1024),
    null,
  );
  assert.equal(
    baseFailure(portal, 'postgres://h/db', () => 0),
    null,
  );
});

test("a transaction fails with its work's first error, not the failed ROLLBACK's after it (a full disk's 53100)", async () => {
  // PGlite's transaction: ROLLBACK in its catch, and on a full disk the ROLLBACK fails too, its error thrown instead
  const disk = Object.assign(new Error('could not extend file "base/5/16533": No space left on device'), { code: '53100' });
  const brokenRollback = {
    async transaction<T>(work: (tx: unknown) => Promise<T>): Promise<T> {
      try {
        return await work({ query: async () => Promise.reject(disk), exec: async () => [] });
      } catch {
        throw Object.assign(new Error('cannot drop active portal ""'), { code: '24000' });
      }
    },
  } as unknown as Parameters<typeof keepingFirstError>[0];
  await assert.rejects(
    keepingFirstError(brokenRollback, (tx) => tx.query('insert into t values (1)')),
    (err: Error & { code?: string }) => err.code === '53100',
  );
  // on a PostgreSQL server (or a PGlite folder whose disk has room again) the code alone says it
  const said = baseFailure(disk, '/no/such/base', () => null);
  assert.equal(
    said?.message,
    'base /no/such/base: the disk that holds the database is full: could not extend file "base/5/16533": No space left on device (SQLSTATE 53100): free some space and run the command again (what was committed is kept)',
  );
});
