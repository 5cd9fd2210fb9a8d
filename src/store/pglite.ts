// Embedded backend: PGlite in a folder. A folder has one writer at a time: a lock file holding the pid
// keeps a second process out (a lock left by a process that died is taken over).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { BaseError, type Adapter, type Sql } from './adapter.ts';
import { copyPristine, keepPristine } from './pristine.ts';

const LOCK_FILE = 'crosscheck.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new BaseError(`cannot lock base ${dir}: ${(err as Error).message}`);
    }
    let pid = NaN;
    try {
      pid = Number(readFileSync(path, 'utf8').trim());
    } catch {
      continue; // removed meanwhile: try again
    }
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new BaseError(`base ${dir} is in use (pid ${pid})`);
    // stale: its process is gone (or the file is unreadable)
    try {
      unlinkSync(path);
    } catch {
      // another process took it over first
    }
  }
  throw new BaseError(`cannot lock base ${dir}`);
}

function wrap(db: { query: PGlite['query']; exec: PGlite['exec'] }): Sql {
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await db.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
  };
}

// Creating a database runs initdb inside the process, and its WebAssembly memory (about half a gigabyte)
// is never given back: a new folder is created by a short-lived child process, then opened here.
const CREATE = `const { PGlite } = await import(process.argv[1]); const db = await PGlite.create(process.argv[2]); await db.close();`;

function createInChild(dataDir: string): void {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  // a folder never made: a copy of the one initdb made before (pristine.ts) when there is one
  if (!existsSync(dataDir) && copyPristine(dataDir)) return;
  // when the child cannot do it, the folder is created in this process (which then reports what failed)
  spawnSync(process.execPath, ['--input-type=module', '-e', CREATE, import.meta.resolve('@electric-sql/pglite'), dataDir], { stdio: 'ignore' });
  keepPristine(dataDir);
}

/** Server settings for the embedded database. Its buffer cache lives in this process's memory, while the
 * operating system caches the same files anyway: 16 MB instead of 128 MB cut the peak of a 2,000-article ingest from 841 to 660 MB at the same CPU time. */
const SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  // the upkeep's VACUUM (maintain.ts) holds dead row ids in this much memory, which the WebAssembly heap
  // keeps once grown: 16 MB holds 2.8 million, several times what an ingest leaves between two upkeeps
  maintenance_work_mem: '16MB',
};

function startParams(): string[] {
  return [...PGlite.defaultStartParams, ...Object.entries(SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
}

/** Whether the folder holds an embedded base (a read-only command opens nothing else). */
export function holdsBase(dir: string): boolean {
  return existsSync(join(resolve(dir), 'pgdata', 'PG_VERSION'));
}

export async function openPglite(dir: string): Promise<Adapter> {
  const location = resolve(dir);
  try {
    mkdirSync(location, { recursive: true });
  } catch (err) {
    throw new BaseError(`cannot create base folder ${dir}: ${(err as Error).message}`);
  }
  const unlock = lockFolder(location);
  let db: PGlite;
  try {
    createInChild(join(location, 'pgdata'));
    db = await PGlite.create(join(location, 'pgdata'), { extensions: { unaccent }, startParams: startParams() });
  } catch (err) {
    unlock();
    throw new BaseError(`cannot open base ${dir}: ${(err as Error).message}`);
  }
  const sql = wrap(db);
  return {
    kind: 'pglite',
    location,
    ...sql,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}
