// Shared by cross-stage tests: where the repository's fixtures are, and how to run the CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = join(ROOT, 'examples', 'seeds');
export const SCHEMA = join(ROOT, 'contract', 'report.schema.json');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'crosscheck.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
