// Writing a report: to standard output with back-pressure, or to a file atomically (a temporary file
// in the same folder, then rename), so a killed run leaves the old file or a complete new one.
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeFsError } from '../ingest/errors.ts';

/** What is written: one string, or chunks produced one at a time (a large report never is one string). */
export type OutputText = string | Iterable<string> | AsyncIterable<string>;

/** Chunks are gathered up to this size before each write, so a million small chunks are not a million writes. */
const WRITE_BATCH = 1 << 20;

async function* batched(text: OutputText): AsyncGenerator<string> {
  if (typeof text === 'string') {
    yield text;
    return;
  }
  let buffer: string[] = [];
  let size = 0;
  for await (const chunk of text) {
    buffer.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length) yield buffer.join('');
}

async function writeStdout(text: OutputText, stdout: NodeJS.WritableStream): Promise<void> {
  for await (const chunk of batched(text)) {
    await new Promise<void>((resolve, reject) => stdout.write(chunk, (err) => (err ? reject(err) : resolve())));
  }
}

/**
 * The temporary file beside `path`: hidden (a folder walk skips it, should a kill leave it behind)
 * and unique to this run.
 */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Write to `path` atomically: the file under that name is the old one until the new one is complete. */
export async function writeFileAtomic(path: string, text: OutputText): Promise<void> {
  const temp = temporaryPath(path);
  const handle = await open(temp, 'wx', 0o644);
  let done = false;
  try {
    for await (const chunk of batched(text)) await handle.write(chunk);
    await handle.sync();
    await handle.close();
    await rename(temp, path);
    done = true;
  } finally {
    if (!done) {
      await handle.close().catch(() => {});
      await unlink(temp).catch(() => {});
    }
  }
}

/** Write to what `path` names as it is (not a regular file: nothing to keep whole). */
async function writeInPlace(path: string, text: OutputText): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for await (const chunk of batched(text)) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

/** Write the report to `out`, or to standard output when there is none (or it is "-"). */
export async function writeOutput(
  text: OutputText,
  out: string | undefined,
  fail: (message: string) => Error,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  if (!out || out === '-') return writeStdout(text, stdout);
  try {
    // a device or a named pipe (/dev/null, a FIFO a reader waits on) is written to: a rename put a file in its place
    const target = await stat(out).catch(() => null);
    if (target && !target.isFile() && !target.isDirectory()) await writeInPlace(out, text);
    else await writeFileAtomic(out, text);
  } catch (err) {
    throw fail(`cannot write ${out}: ${await writeFailure(err, out)}`);
  }
}

/**
 * Why writing `out` failed, in words. "No such file" while making the temporary file is said by the folder: one
 * that is missing, a file where the folder should be, or a folder that takes no new file (procfs and sysfs answer
 * ENOENT to a file made in them, /proc/self/status's folder among them).
 */
export async function writeFailure(err: unknown, out: string): Promise<string> {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a folder';
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return describeFsError(err);
  const folder = dirname(out);
  const found = await stat(folder).catch((e: NodeJS.ErrnoException) => e.code ?? 'ENOENT');
  if (typeof found === 'string') return found === 'ENOTDIR' ? "a part of its folder's path is a file, not a folder" : 'its folder does not exist';
  if (!found.isDirectory()) return `its folder ${folder} is a file, not a folder`;
  return 'its folder takes no new file (the report is written to a temporary file beside it, then renamed over it; the system refused to make that file, as /proc and /sys do)';
}
