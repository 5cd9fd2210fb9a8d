// A new embedded base's folder starts as PGlite's initdb leaves it: the same files for one PGlite version,
// made in several seconds of CPU (about 9 on a 2-core machine), while copying them takes a tenth of a second.
// The first creation keeps a copy in a cache folder; later creations copy it. The cache is only a speed-up:
// when it cannot be read or written, the folder is made by initdb as before.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
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

/** The kept pristine folder for the installed PGlite, or null when there is no version to key it by. */
export function pristinePath(): string | null {
  const v = pgliteVersion();
  return v ? join(cacheRoot(), `pgdata-${v.replace(/[^0-9A-Za-z.-]/g, '_')}`) : null;
}

/** Fills a new data folder from the kept copy; false when there is none (or it cannot be copied). */
export function copyPristine(dataDir: string): boolean {
  const kept = pristinePath();
  if (!kept || !existsSync(join(kept, 'PG_VERSION'))) return false;
  return copyAside(kept, dataDir);
}

/** Copies a folder next to `to` and renames it into place (no half-made folder is ever seen at `to`; when `to`
 * exists meanwhile the rename fails and the copy is removed). Whether `to` was made by this copy. */
function copyAside(from: string, to: string): boolean {
  const partial = `${to}.copy-${process.pid}`;
  try {
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, partial, { recursive: true });
    renameSync(partial, to);
    return true;
  } catch {
    rmSync(partial, { recursive: true, force: true });
    return false;
  }
}

/** Keeps a copy of a folder initdb has just made (before anything opened it). Another process keeping
 * its copy at the same time is harmless: the copy is made aside and renamed into place, first one wins. */
export function keepPristine(dataDir: string): void {
  const kept = pristinePath();
  if (!kept || existsSync(kept) || !existsSync(join(dataDir, 'PG_VERSION'))) return;
  copyAside(dataDir, kept);
}
