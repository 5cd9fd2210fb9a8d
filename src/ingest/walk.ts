// Expand the user's paths into the files to read: folders recursively, in a stable order, each real
// file and folder once (symbolic links to a folder already walked, or to a file already listed, are
// not followed again: `s1 -> .` would otherwise make the walk grow without end).
import { readdir, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { join, basename } from 'node:path';
import type { Problem } from '../model.ts';
import { describeFsError } from './errors.ts';

/** An address with a scheme crosscheck does not fetch (ftp://, file://, s3://...). */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `loop`: the problem is a link back to a folder the walk is in, which gives the folder nothing to read. */
export type WalkItem = { file: string } | { problem: Problem; loop?: true };

/** Names skipped when walking a folder: hidden files and editor/OS litter. */
const SKIPPED_NAMES = [/^\./, /~$/, /^Thumbs\.db$/i, /^desktop\.ini$/i, /^(LICENSE|COPYING)/i, /^README/i];

/** What a path is when it is neither a file nor a folder. */
function specialKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'something else';
}

/**
 * The real files and folders one walk has met, by device and inode (the identity a symbolic link
 * or a second spelling of the path cannot change). Pass the same set to walk several paths as one.
 */
/** Why a folder gave no file: nothing in it, only names skipped, or only folders and links already walked or empty. */
function emptyFolder(entries: number, skipped: number): string {
  if (entries === 0) return 'empty folder: no files in it';
  if (skipped === entries)
    return `no files to read: the ${entries === 1 ? 'one name' : `${entries.toLocaleString('en-US')} names`} in it ${entries === 1 ? 'is' : 'are'} hidden or skipped (dot files, README, LICENSE, editor backups)`;
  return 'no files to read: only empty folders, or links to what was already read';
}

export type WalkSeen = Set<string>;

/** The file every PostgreSQL data folder holds (PGlite's too, in a story base's pgdata folder). */
const DATABASE_MARK = 'PG_VERSION';
const DATABASE_FOLDER = "not a web page, feed or text: a database's files (PostgreSQL's, as a story base holds them), not read";
/** A story base folder's database folder (store/pglite.ts). */
const BASE_DATA = 'pgdata';
const BASE_FOLDER = 'not a web page, feed or text: a story base (its database files), not read; crosscheck stories or export --db reads it';

/** What a byte that is not UTF-8 in a name reads as. */
const REPLACEMENT = '\uFFFD';
/** A file name whose bytes are not UTF-8: Node reads names as UTF-8, so the file cannot be opened by its name. */
const NOT_UTF8_NAME = 'its name is not valid UTF-8 (written in another encoding): it cannot be opened by that name; rename it';

/** "-", which other tools read as standard input: no file of that name here, so said plainly (was "no such file"). */
const STDIN_ARGUMENT = '-';
const STDIN_REASON = 'standard input is not read: save it to a file and give its path';

export async function* walkPaths(paths: string[], seen: WalkSeen = new Set()): AsyncGenerator<WalkItem> {
  for (const path of paths) yield* walkOne(path, true, seen, new Map());
}

/** A folder met again through a link inside it (`up -> ..`): a loop, said once where the link is. */
function loopReason(folder: string): string {
  return `a link back to the folder ${JSON.stringify(folder)} it is in (a loop): not followed, that folder is read once`;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `within`: the folders the walk is inside, by identity, with the path each was entered by. */
async function* walkOne(path: string, named: boolean, seen: WalkSeen, within: Map<string, string>): AsyncGenerator<WalkItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path, { bigint: true });
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException)?.code === 'ENOENT';
    const reason = !missing
      ? describeFsError(err)
      : OTHER_SCHEME.test(path)
        ? 'unsupported address (only http:// and https:// are fetched)'
        : path === STDIN_ARGUMENT && named
          ? STDIN_REASON
          : path.includes(REPLACEMENT)
            ? NOT_UTF8_NAME
            : describeFsError(err);
    yield { problem: { source: path, reason } };
    return;
  }
  const identity = `${info.dev}:${info.ino}`;
  if (seen.has(identity)) {
    // a link to a folder the walk is inside would be followed for ever if followed; skipping it silently left the
    // user wondering (a link to a folder read elsewhere, or to a file already listed, is a second name: skipped quietly)
    const folder = within.get(identity);
    if (folder !== undefined) yield { problem: { source: path, reason: loopReason(folder) }, loop: true };
    return;
  }
  seen.add(identity);
  if (info.isDirectory()) {
    let entries: string[];
    const misnamed = new Set<string>();
    try {
      entries = [];
      for (const bytes of await readdir(path, { encoding: 'buffer' })) {
        const name = bytes.toString('utf8');
        entries.push(name);
        // a name in another encoding's bytes (Latin-1 "caf\xe9.txt") reads with U+FFFD for them: no file of that name
        // exists, so it was "no such file or folder" -- the name itself is the problem
        if (!Buffer.from(name).equals(bytes)) misnamed.add(name);
      }
      entries.sort();
    } catch (err) {
      yield { problem: { source: path, reason: describeFsError(err) } };
      return;
    }
    // a story base's own files (crosscheck-data/pgdata beside the articles: `analyze .`) were hundreds of lines of
    // "binary content": one line for the folder
    if (entries.includes(DATABASE_MARK)) {
      yield { problem: { source: path, reason: DATABASE_FOLDER } };
      return;
    }
    // the base folder itself, named (`ingest base --db base`): its lock file, when in use, was read as a text too
    if (entries.includes(BASE_DATA) && (await isFile(join(path, BASE_DATA, DATABASE_MARK)))) {
      yield { problem: { source: path, reason: BASE_FOLDER } };
      return;
    }
    within.set(identity, path);
    let met = 0;
    let skipped = 0;
    for (const name of entries) {
      if (SKIPPED_NAMES.some((re) => re.test(name))) {
        skipped++;
        continue;
      }
      if (misnamed.has(name)) {
        met++;
        yield { problem: { source: join(path, name), reason: NOT_UTF8_NAME } };
        continue;
      }
      for await (const item of walkOne(join(path, name), false, seen, within)) {
        if (!('loop' in item)) met++;
        yield item;
      }
    }
    // a folder the user named that gave nothing to read: say so, or the run ends with 0 articles and no word why
    if (named && met === 0) yield { problem: { source: path, reason: emptyFolder(entries.length, skipped) } };
    within.delete(identity);
    return;
  }
  if (!info.isFile()) {
    yield { problem: { source: path, reason: `not a regular file (${specialKind(info)})` } };
    return;
  }
  if (!named && SKIPPED_NAMES.some((re) => re.test(basename(path)))) return;
  yield { file: path };
}

/**
 * The bytes of the paths that name local files (a folder, an address or a path that cannot be read counts none):
 * how large an input is known to be before it is read.
 */
export function fileBytes(paths: string[]): number {
  let bytes = 0;
  for (const path of paths) {
    try {
      const st = statSync(path);
      if (st.isFile()) bytes += st.size;
    } catch {
      // read and reported by walkPaths
    }
  }
  return bytes;
}
