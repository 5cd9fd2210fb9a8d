// What every command shares: problem lines, output, counting inputs for the progress bar.
import type { Problem } from '../model.ts';
import { walkPaths } from '../ingest/walk.ts';
import { shown } from '../common/shown.ts';
import { writeOutput as writeReport, type OutputText } from './output.ts';

export const PROGRAM = 'crosscheck';

export { shown };

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
  return `${PROGRAM}: ${shown(p.source)}: ${p.reason}`;
}

/** Parse "10MB", "512k", "2000000" into bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`not a size: ${value} (try 10MB, 512KB or a number of bytes)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  const bytes = Math.round(parseFloat(m[1]) * mult);
  // 0 made every input "too large" (and 1e400GB is no limit at all)
  if (bytes < 1 || !Number.isSafeInteger(bytes)) throw new UsageError(`not a size: ${value} (try 10MB, 512KB or a number of bytes)`);
  return bytes;
}

/** Number of files the paths expand to (for the progress bar); only counted when it will be shown. */
export async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  for await (const item of walkPaths(paths)) if ('file' in item) n++;
  return n;
}

/**
 * A value the user gave that must say something: an empty or blank one ("$UNSET") is a usage error naming what is
 * missing and what to do (`missing (""): hint`), never the default nor a search for nothing.
 */
export function given<T extends string | undefined>(value: T, missing: string, hint: string): T {
  if (value !== undefined && !value.trim()) throw new UsageError(`${missing} (${shown(value)}): ${hint}`);
  return value;
}

/** The -o value, checked before the work: -o "$UNSET" wrote the report to the terminal as if no -o were given. */
export function outFile(out: string | undefined): string | undefined {
  return given(out, 'no file name after -o', 'name a file, or leave -o out for standard output');
}

/** Write the report to `out` atomically, or to standard output; a failure is a usage error. */
export function writeOutput(text: OutputText, out: string | undefined, stdout: OutStream = process.stdout): Promise<void> {
  outFile(out);
  return writeReport(text, out, (message) => new UsageError(message), stdout);
}
