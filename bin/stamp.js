// What the compiled dist/ was built from: the number of source files and the newest modification time.
// A source edited after the build makes the stamp differ, and the command falls back to the sources.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function sourceStamp(dir) {
  let files = 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    const mtime = statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return { files, newest };
}
