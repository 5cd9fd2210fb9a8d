// A new embedded base's folder starts as PGlite's initdb leaves it: the same files for one PGlite version,
// made in several seconds of CPU (about 9 on a 2-core machine), while copying them takes a tenth of a second.
// The first creation keeps a copy in a cache folder; later creations copy it. The same goes for the empty
// base once every migration has run (about 2 s of CPU more), kept under the migrations' digest as well, so a
// changed migration never meets a copy made by the old one. The cache is only a speed-up: when it cannot be
// read or written, the folder is made by initdb and migrated as before.
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

/** Keeps a copy of a folder initdb has just made (before anything opened it), or, with `schema`, of one just
 * migrated to it and closed (before anything else was written). Another process keeping its copy at the same
 * time is harmless: the copy is made aside and renamed into place, first one wins. */
export function keepPristine(dataDir: string, schema?: string): void {
  const kept = pristinePath(schema);
  if (!kept || existsSync(kept) || !existsSync(join(dataDir, 'PG_VERSION'))) return;
  copyAside(dataDir, kept);
}
