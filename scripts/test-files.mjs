// The test files of the suite (run-tests.mjs), and the groups the unit tests beside the modules run in.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every *.test.ts under `dir` (relative to the repository), sorted. */
export function find(dir, out = []) {
  let names;
  try {
    names = readdirSync(join(ROOT, dir)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) find(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** The unit test files of group `n` of `of` (every of-th of src/'s, sorted), imported one after another into this
 * process: their tests run here as they would in a process of their own. */
export async function importUnitGroup(n, of) {
  const files = find('src').filter((_, i) => i % of === n - 1);
  for (const file of files) await import(pathToFileURL(join(ROOT, file)).href);
}
