// What every command shares: problem lines, output, counting inputs for the progress bar.
import type { Problem } from '../model.ts';
import { walkPaths } from '../ingest/walk.ts';
import { writeOutput as writeReport, type OutputText } from './output.ts';

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

/** Characters a terminal does not show as themselves: controls (an escape sequence recolours the terminal), line
 * breaks, and the bidirectional overrides that reorder what follows them. */
const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSEEN_ALL = new RegExp(UNSEEN.source, 'g');
/** Longest name shown whole in a one-line message; a longer one is cut and its length said. */
const MAX_SHOWN = 200;

/**
 * A name (a path, an id, a URL) as a one-line message shows it: as it is when it reads as itself; quoted, with
 * unseen characters written as \u escapes, when it is empty, has spaces at an end or such characters ("no story
 * in the base" hid an empty id); cut past MAX_SHOWN characters.
 */
export function shown(name: string): string {
  let cut = name;
  if (name.length > MAX_SHOWN) {
    const end = /[\ud800-\udbff]/.test(name[MAX_SHOWN / 2 - 1]) ? MAX_SHOWN / 2 - 1 : MAX_SHOWN / 2;
    cut = name.slice(0, end);
  }
  const plain = name !== '' && !/^\s|\s$/.test(name) && !UNSEEN.test(cut);
  const text = plain ? cut : `"${cut.replace(/["\\]/g, '\\$&').replace(UNSEEN_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  return cut === name ? text : `${text}... (${name.length.toLocaleString('en-US')} characters)`;
}

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

/** The -o value, checked before the work: -o "$UNSET" wrote the report to the terminal as if no -o were given. */
export function outFile(out: string | undefined): string | undefined {
  if (out !== undefined && !out.trim()) throw new UsageError(`no file name after -o (${shown(out)}): name a file, or leave -o out for standard output`);
  return out;
}

/** Write the report to `out` atomically, or to standard output; a failure is a usage error. */
export function writeOutput(text: OutputText, out: string | undefined, stdout: OutStream = process.stdout): Promise<void> {
  outFile(out);
  return writeReport(text, out, (message) => new UsageError(message), stdout);
}
