// Files the program reads at run time (word tables, migrations, the report contract) are found from the
// package's root, so they resolve the same from the TypeScript sources and from the compiled dist/ bundle.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding crosscheck's package.json: the first one above this module. */
function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  root = dir;
  return root;
}

/** A path inside the package, e.g. packagePath('src', 'store', 'migrations'). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
