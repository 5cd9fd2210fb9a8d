// What every command shares: problem lines, output, counting inputs for the progress bar.
import { writeFile } from 'node:fs/promises';
import type { Problem } from '../model.ts';
import { walkPaths } from '../ingest/walk.ts';

export const PROGRAM = 'crosscheck';

/** A stream a command writes to: the process's own, or a test's. */
export type OutStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** Where a command writes, and the exit code it sets (the command runs in-process: tests call it directly). */
export interface CliContext {
  stdout: OutStream;
  stderr: OutStream;
  exitCode: number;
}

/** A user mistake in the command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

export function problemLine(p: Problem): string {
  return `${PROGRAM}: ${p.source}: ${p.reason}`;
}

/** Parse "10MB", "512k", "2000000" into bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`not a size: ${value} (try 10MB, 512KB or a number of bytes)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.round(parseFloat(m[1]) * mult);
}

/** Number of files the paths expand to (for the progress bar); only counted when it will be shown. */
export async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  for await (const item of walkPaths(paths)) if ('file' in item) n++;
  return n;
}

export async function writeOutput(text: string, out: string | undefined, stdout: OutStream = process.stdout): Promise<void> {
  if (!out || out === '-') {
    await new Promise<void>((resolve, reject) => stdout.write(text, (err) => (err ? reject(err) : resolve())));
    return;
  }
  try {
    await writeFile(out, text);
  } catch (err) {
    throw new UsageError(`cannot write ${out}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (err as Error).message}`);
  }
}
