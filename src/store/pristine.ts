// A new embedded base's folder starts as PGlite's initdb leaves it: the same files for one PGlite version,
// made in several seconds of CPU (about 9 on a 2-core machine), while copying them takes a tenth of a second.
// The first creation keeps a copy in a cache folder; later creations copy it. The same goes for the empty
// base once every migration has run (about 2 s of CPU more), kept under the migrations' digest as well, so a
// changed migration never meets a copy made by the old one. The cache is only a speed-up: when it cannot be
// read or written, the folder is made by initdb and migrated as before.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the kept copy lives: $CROSSCHECK_CACHE, else $XDG_CACHE_HOME/crosscheck, else ~/.cache/crosscheck. */
function cacheRoot(): string {
  const own = process.env.CROSSCHECK_CACHE;
  if (own) return own;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'crosscheck');
}

let version: string | null | undefined;

/** The installed PGlite's version (a copy made by another version is never used). */
function pgliteVersion(): string | null {
  if (version !== undefined) return version;
  version = null;
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
    for (let up = 0; up < 4; up++, dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) version = pkg.version;
      break;
    }
  } catch {
    // unknown version: no cache
  }
  return version;
}

const safe = (name: string) => name.replace(/[^0-9A-Za-z.-]/g, '_');

/** The kept folder for the installed PGlite: initdb's own, or the migrated one of `schema` (a digest of the
 * migrations); null when there is no version to key it by. */
export function pristinePath(schema?: string): string | null {
  const v = pgliteVersion();
  if (!v) return null;
  return join(cacheRoot(), schema ? `pgdata-${safe(v)}-schema-${safe(schema)}` : `pgdata-${safe(v)}`);
}

/** Whether the cache has room for a kept copy (there is a version to key it by) and holds none yet. */
export function pristineMissing(schema?: string): boolean {
  const kept = pristinePath(schema);
  return !!kept && !existsSync(join(kept, 'PG_VERSION'));
}

/** Fills a new data folder from the kept copy (initdb's, or the migrated one of `schema`); false when there is
 * none (or it cannot be copied). */
export function copyPristine(dataDir: string, schema?: string): boolean {
  const kept = pristinePath(schema);
  if (!kept || !existsSync(join(kept, 'PG_VERSION'))) return false;
  return copyAside(kept, dataDir);
}

/** Whether a process of this pid runs (EPERM: it runs as another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A data folder being copied in beside its place (`NAME.copy-PID`, copyAside), with the pid of the copying process. */
export const COPY_NAME = /^pgdata[^/]*\.copy-(\d+)$/;

/** Removes the copies (`NAME.copy-PID`, copyAside) in a folder whose process is gone: one killed mid-copy
 * leaves its copy behind (40 MB each), which nothing else would ever remove. A live pid's copy is left alone. */
export function removeDeadCopies(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(COPY_NAME.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Copies a data folder's files and folders (a data folder holds nothing else): a walk of plain copies, where
 * Node's cpSync checked every entry against its options and both paths first (ingest67: 151-196 ms of user CPU for
 * the migrated base's 1,084 files, the walk 53-94). A folder keeps its mode; a file's copy takes its own. */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { mode: statSync(from).mode & 0o7777 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyTree(source, join(to, entry.name));
    else if (entry.isFile()) copyFileSync(source, join(to, entry.name));
    else throw new Error(`not a file: ${source}`);
  }
}

/** Copies a folder next to `to` and renames it into place (no half-made folder is ever seen at `to`; when `to`
 * exists meanwhile the rename fails and the copy is removed). Whether `to` was made by this copy. */
function copyAside(from: string, to: string): boolean {
  const partial = `${to}.copy-${process.pid}`;
  try {
    mkdirSync(dirname(to), { recursive: true });
    removeDeadCopies(dirname(to));
    copyTree(from, partial);
    renameSync(partial, to);
    return true;
  } catch {
    rmSync(partial, { recursive: true, force: true });
    return false;
  }
}

/** Keeps a copy of a folder initdb has just made (before anything opened it), or, with `schema`, of one just
 * migrated to it and closed (before anything else was written). Another process keeping its copy at the same
 * time is harmless: the copy is made aside and renamed into place, first one wins. */
export function keepPristine(dataDir: string, schema?: string): void {
  const kept = pristinePath(schema);
  if (!kept || existsSync(kept) || !existsSync(join(dataDir, 'PG_VERSION'))) return;
  if (copyAside(dataDir, kept)) pruneKept(kept, schema !== undefined);
}

/** How many kept copies of each kind (initdb's, migrated) stay: the newest; older PGlite versions' and older
 * migrations' copies would otherwise pile up at 40 MB each. Two, so that two installed versions used in turn
 * do not remove each other's copy at every run. */
const KEPT_PER_KIND = 2;
const KEPT_NAME = /^pgdata-[0-9A-Za-z._-]+$/;
const MIGRATED_NAME = /-schema-/;

/** Removes the kept copies of the kind just kept beyond the newest few. A copy is renamed aside before it is
 * removed, so a process copying from it at that moment fails (and falls back to initdb) rather than copying
 * a half-removed folder. */
function pruneKept(kept: string, migrated: boolean): void {
  try {
    const root = dirname(kept);
    const sameKind = readdirSync(root)
      .filter((name) => KEPT_NAME.test(name) && !name.includes('.copy-') && MIGRATED_NAME.test(name) === migrated)
      .map((name) => ({ path: join(root, name), time: statSync(join(root, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time || a.path.localeCompare(b.path));
    for (const { path } of sameKind.slice(KEPT_PER_KIND)) {
      if (path === kept) continue;
      const aside = join(root, `.gone-${process.pid}-${basename(path)}`);
      renameSync(path, aside);
      rmSync(aside, { recursive: true, force: true });
    }
  } catch {
    // only a clean-up: a copy left is used or pruned next time
  }
}
