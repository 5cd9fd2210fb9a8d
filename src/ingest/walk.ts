// Expand the user's paths into the files to read: folders recursively, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { join, basename } from 'node:path';
import type { Problem } from '../model.ts';
import { describeFsError } from './errors.ts';

/** An address with a scheme crosscheck does not fetch (ftp://, file://, s3://...). */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export type WalkItem = { file: string } | { problem: Problem };

/** Names skipped when walking a folder: hidden files and editor/OS litter. */
const SKIPPED_NAMES = [/^\./, /~$/, /^Thumbs\.db$/i, /^desktop\.ini$/i, /^(LICENSE|COPYING)/i, /^README/i];

export async function* walkPaths(paths: string[]): AsyncGenerator<WalkItem> {
  for (const path of paths) yield* walkOne(path, true);
}

async function* walkOne(path: string, named: boolean): AsyncGenerator<WalkItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException)?.code === 'ENOENT';
    const reason = missing && OTHER_SCHEME.test(path) ? 'unsupported address (only http:// and https:// are fetched)' : describeFsError(err);
    yield { problem: { source: path, reason } };
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(path)).sort();
    } catch (err) {
      yield { problem: { source: path, reason: describeFsError(err) } };
      return;
    }
    for (const name of entries) {
      if (SKIPPED_NAMES.some((re) => re.test(name))) continue;
      yield* walkOne(join(path, name), false);
    }
    return;
  }
  if (!info.isFile()) {
    if (named) yield { problem: { source: path, reason: 'not a regular file' } };
    return;
  }
  if (!named && SKIPPED_NAMES.some((re) => re.test(basename(path)))) return;
  yield { file: path };
}
