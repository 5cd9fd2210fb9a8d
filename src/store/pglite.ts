// Embedded backend: PGlite in a folder. A folder has one writer at a time: a lock file holding the pid
// keeps a second process out (a lock left by a process that died is taken over).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { BaseError, type Adapter, type Sql } from './adapter.ts';
import { alive, COPY_NAME, copyPristine, keepPristine, pristineMissing, removeDeadCopies } from './pristine.ts';

const LOCK_FILE = 'crosscheck.lock';

/** The words for a base that cannot be written: PGlite writes to its files on opening, even to read. */
const READ_ONLY = 'the base is written to even when it is only read: make it writable, or work on a copy';

/** The first part of a base folder (down to a few levels) that cannot be written: no write bit for its owner (what
 * PGlite's file layer checks, even as root) or refused by the system. Null when all can be. */
function readOnlyPart(location: string): string | null {
  const walk = (path: string, depth: number): string | null => {
    let directory: boolean;
    try {
      const info = statSync(path);
      directory = info.isDirectory();
      if ((info.mode & 0o200) === 0) return path;
      accessSync(path, constants.W_OK);
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : path;
    }
    if (!directory || depth >= 3) return null;
    for (const name of readdirSync(path).sort()) {
      const found = walk(join(path, name), depth + 1);
      if (found) return found;
    }
    return null;
  };
  return walk(location, 0);
}

/** The PostgreSQL major version the bundled engine reads and writes (PGlite 0.5: 18); pglite.test checks it against
 * a new base's own PG_VERSION. */
export const ENGINE_MAJOR = '18';

/** PGlite's words when its engine stops on the files it is given ("Aborted(). Build with -sASSERTIONS for more info."
 * for a damaged pg_control; "failed to initialize properly" for files of another PostgreSQL version). */
const ENGINE_STOPPED = /^(?:PGlite failed to initialize properly|Aborted\(\))/;

/**
 * PGlite's file layer throws Emscripten's ErrnoError, an object with a WASI error number and no message: a base on a
 * full disk said "cannot open base DIR: [object Object]". The numbers a base's folder meets, in words.
 */
const ENGINE_ERRNO: Record<number, string> = {
  2: 'the engine was refused access to its files',
  19: 'the disk quota is used up: free some space (the folder is left as it is)',
  29: 'the engine could not read or write its files (an input/output error)',
  51: 'no space left on the disk that holds it: free some space (the folder is left as it is)',
  63: 'the engine was not allowed to write its files',
  69: 'its file system is mounted read-only',
};

/** Words for PGlite's ErrnoError (null for any other error). */
export function engineErrno(err: unknown): string | null {
  const e = err as { name?: unknown; errno?: unknown } | null;
  if (!e || typeof e !== 'object' || e.name !== 'ErrnoError' || typeof e.errno !== 'number') return null;
  return ENGINE_ERRNO[e.errno] ?? `the engine's file layer failed (error number ${e.errno})`;
}

/** Why a base could not be opened or locked: a part of it that is read-only, files of another PostgreSQL version or
 * that the engine stops on, else the error's own words. */
function openFailure(location: string, err: unknown): string {
  const part = readOnlyPart(location);
  if (part) return `${relative(location, part) || 'its folder'} is read-only (${READ_ONLY})`;
  const errno = engineErrno(err);
  if (errno) return errno;
  const message = err instanceof Error ? err.message : String(err);
  let files: string | null = null;
  try {
    files = readFileSync(join(location, 'pgdata', 'PG_VERSION'), 'utf8').trim();
  } catch {
    // no data folder yet (or unreadable): the error's own words
  }
  if (files !== null && files !== ENGINE_MAJOR)
    return `its database files are PostgreSQL ${JSON.stringify(files.slice(0, 20))}'s, this crosscheck's engine is PostgreSQL ${ENGINE_MAJOR}'s: open it with the crosscheck that made it (the folder is left as it is)`;
  if (ENGINE_STOPPED.test(message))
    return `its database files are damaged: the engine stopped on them (${message.split('.')[0]}); the folder is left as it is: restore a copy of it, or build a new base`;
  return message;
}

/** Why a reader is refused too (the README once said "one writer at a time", and a journalist with \`serve\` running
 * met this line from \`stories\`): PGlite opens a folder in one process, reading or writing. */
const IN_USE_WHY =
  ': an embedded base is open in one process at a time, reading or writing (a running serve or watch holds it; stop it first, or share a postgres:// base)';

/** Take the folder's lock, or say who holds it. Returns the function that gives it back. */
export function lockFolder(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new BaseError(`cannot lock base ${dir}: ${openFailure(dir, err)}`);
    }
    let pid = NaN;
    try {
      pid = Number(readFileSync(path, 'utf8').trim());
    } catch {
      continue; // removed meanwhile: try again
    }
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new BaseError(`base ${dir} is in use (pid ${pid})${IN_USE_WHY}`);
    // stale: its process is gone (or the file is unreadable)
    try {
      unlinkSync(path);
    } catch {
      // another process took it over first
    }
  }
  throw new BaseError(`cannot lock base ${dir}`);
}

/** Text parameters from this length on go in as their UTF-8 bytes, which is what text's binary form is (the
 * same bytes are stored): for a text PGlite counts the UTF-8 length in a JavaScript loop over its characters,
 * then encodes it; Buffer.from does both natively (50-row inserts of 31 MB of texts: 526 -> 410 ms CPU, min of 12
 * in one process; bench/HISTORY.md, ingest24). An ingest sends ~24 kB of such texts an article. */
export const BYTES_FROM = 512;
const TEXT_OID = 25;

/** A text parameter as PGlite is handed it: a long string as its UTF-8 bytes, else as PGlite's own text
 * serializer gives it (a Date as ISO text, anything else as its string). */
export function textParameter(x: unknown): unknown {
  if (typeof x === 'string') return x.length >= BYTES_FROM ? Buffer.from(x, 'utf8') : x;
  return x instanceof Date ? x.toISOString() : String(x);
}

// keyed by the type the backend gave the parameter: only parameters it reads as text go in as bytes
const PARAMETERS = { serializers: { [TEXT_OID]: textParameter } } as Parameters<PGlite['query']>[2];

function wrap(db: { query: PGlite['query']; exec: PGlite['exec'] }): Sql {
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await db.query<T>(text, params, PARAMETERS)).rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
  };
}

// Creating a database runs initdb inside the process, and its WebAssembly memory (about half a gigabyte)
// is never given back: a new folder is created by a short-lived child process, then opened here.
const CREATE = `const { PGlite } = await import(process.argv[1]); const db = await PGlite.create(process.argv[2]); await db.close();`;

/** Makes a folder never made: 'migrated' when it is a copy of the migrated empty base of `schema` the cache
 * holds, else 'empty' (a copy of initdb's folder, or initdb's own work); 'old' when it held a database. */
function createFolder(dataDir: string, schema?: string): 'old' | 'migrated' | 'empty' {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return 'old';
  if (!existsSync(dataDir) && schema && copyPristine(dataDir, schema)) return 'migrated';
  if (!existsSync(dataDir) && copyPristine(dataDir)) return 'empty';
  // when the child cannot do it, the folder is created in this process (which then reports what failed)
  spawnSync(process.execPath, ['--input-type=module', '-e', CREATE, import.meta.resolve('@electric-sql/pglite'), dataDir], { stdio: 'ignore' });
  keepPristine(dataDir);
  return 'empty';
}

/** Server settings for the embedded database. Its buffer cache lives in this process's memory, while the
 * operating system caches the same files anyway: 16 MB instead of 128 MB cut the peak of a 2,000-article ingest from 841 to 660 MB at the same CPU time. */
const SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  // the upkeep's VACUUM (maintain.ts) holds dead row ids in this much memory, which the WebAssembly heap
  // keeps once grown: 16 MB holds 2.8 million, several times what an ingest leaves between two upkeeps
  maintenance_work_mem: '16MB',
  // PGlite runs with fsync off (its -F), so an operating system crash can already leave the files inconsistent;
  // a page torn by one is all full-page images guard against, and a crash of this process tears none (every
  // write has reached the system). Off, an ingest writes half the WAL (Reuters' first 6,000: 607 -> 305 MB)
  full_page_writes: 'off',
  // a new WAL segment is made by writing its last byte rather than 16 MB of zeros first: the zeros only reserve
  // disk space ahead of use, and nothing reads them
  wal_init_zero: 'off',
};

function startParams(): string[] {
  return [...PGlite.defaultStartParams, ...Object.entries(SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
}

/** Whether the folder holds an embedded base (a read-only command opens nothing else). */
export function holdsBase(dir: string): boolean {
  return existsSync(join(resolve(dir), 'pgdata', 'PG_VERSION'));
}

/** What a base folder holds besides the base (its data folder, lock, and a data folder another crosscheck is copying
 * in at this moment: a second command on a new base said it "holds other files") when it holds no base: a folder of the
 * user's own (--db ~/Documents, --db articles/) is not made into a base. Hidden files (.DS_Store) do not count. */
function foreignEntries(location: string): string[] {
  if (holdsBase(location)) return [];
  const names = readdirSync(location).filter((name) => name !== 'pgdata' && name !== LOCK_FILE && !name.startsWith('.') && !COPY_NAME.test(name));
  return names.length > 3 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
}

/** The schema a new folder is brought to before it is kept in the cache (pristine.ts): its key (a digest of
 * the migrations) and what brings an empty base to it. */
export interface FolderSchema {
  key: string;
  migrate(db: Adapter): Promise<unknown>;
}

const open = (dataDir: string) => PGlite.create(dataDir, { extensions: { unaccent }, startParams: startParams() });

/**
 * mkdir -p, one folder at a time: Node's recursive mkdir looped for ever where a folder exists but takes no new
 * entry (mkdir in /proc/self answers ENOENT: Node made the parent again, found it, and tried the child again).
 */
function makeFolder(location: string): void {
  const missing: string[] = [];
  for (let at = location; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (err) {
      // made by another process meanwhile
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw err;
    }
  }
  if (!statSync(location).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
}

/** What a path is when it can hold no base: `stories --db notes.txt` said there was no base, as of a missing folder. */
export function folderFault(location: string): string | null {
  try {
    const info = statSync(location);
    if (info.isDirectory()) return null;
    const kind = info.isFIFO() ? 'a pipe' : info.isSocket() ? 'a socket' : info.isFile() ? 'a file' : 'a device';
    return `it is ${kind}, not a folder`;
  } catch (err) {
    return pathFault((err as NodeJS.ErrnoException).code);
  }
}

/** A path's error code in words, for the codes a base's path meets; null for a missing one (it can be made). */
function pathFault(code: string | undefined): string | null {
  if (code === 'ELOOP') return 'its path is a loop of symbolic links';
  if (code === 'ENOTDIR') return 'a folder on its path is a file';
  if (code === 'ENAMETOOLONG') return 'the name is too long for the file system';
  if (code === 'EACCES' || code === 'EPERM') return 'not allowed';
  return null;
}

/** Opens the base in a folder, creating it when new; with `schema`, a new folder is brought to it and, when
 * the cache holds no copy of that yet, closed (so its files are whole) and kept for the next new folder. */
export async function openPglite(dir: string, schema?: FolderSchema): Promise<Adapter> {
  const location = resolve(dir);
  try {
    makeFolder(location);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST'
        ? (folderFault(location) ?? 'it is a file, not a folder')
        : code === 'ENOENT'
          ? `the file system at ${dirname((err as NodeJS.ErrnoException).path ?? location)} takes no new folders`
          : (pathFault(code) ?? (err as Error).message);
    throw new BaseError(`cannot create base folder ${dir}: ${why}`);
  }
  const strangers = foreignEntries(location);
  if (strangers.length) throw new BaseError(`${dir} holds other files (${strangers.join(', ')}) and no story base: give a new or empty folder`);
  const unlock = lockFolder(location);
  // a copy left by a command killed while it made this base (its data folder never renamed into place)
  removeDeadCopies(location);
  let db: PGlite;
  const adapter = (): Adapter => ({
    kind: 'pglite',
    location,
    ...wrap(db),
    transaction: (work) => keepingFirstError(db, work),
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  });
  try {
    const pgdata = join(location, 'pgdata');
    const made = createFolder(pgdata, schema?.key);
    db = await open(pgdata);
    if (made === 'empty' && schema && pristineMissing(schema.key)) {
      // migrated, closed (its files whole) and kept; the lock is held throughout
      await schema.migrate(adapter());
      await db.close();
      keepPristine(pgdata, schema.key);
      db = await open(pgdata);
    }
  } catch (err) {
    unlock();
    // PGlite's own words for a read-only folder were "PGlite failed to initialize properly"
    throw new BaseError(`cannot open base ${dir}: ${openFailure(location, err)}`);
  }
  return adapter();
}

/**
 * A transaction whose failure is the first error of its work: PGlite rolls back after a failed statement, and when
 * that ROLLBACK fails too (a full disk: "cannot drop active portal", SQLSTATE 24000) its error replaced the one that
 * said why (53100, "could not extend file ...: No space left on device").
 */
export async function keepingFirstError<T>(db: Pick<PGlite, 'transaction'>, work: (tx: Sql) => Promise<T>): Promise<T> {
  let first: { err: unknown } | undefined;
  try {
    return await db.transaction(async (tx) => {
      try {
        return await work(wrap(tx));
      } catch (err) {
        first = { err };
        throw err;
      }
    });
  } catch (err) {
    throw first ? first.err : err;
  }
}
