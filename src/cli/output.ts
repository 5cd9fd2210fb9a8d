// Writing a report: to standard output with back-pressure, or to a file atomically (a temporary file
// in the same folder, then rename), so a killed run leaves the old file or a complete new one.
import { fstatSync, writeSync } from 'node:fs';
import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeFsError } from '../ingest/errors.ts';

/** What is written: one string, or chunks produced one at a time (a large report never is one string). */
export type OutputText = string | Iterable<string> | AsyncIterable<string>;

/**
 * Chunks are encoded (UTF-8) into one buffer and written each time it holds this much, so a million small
 * chunks are not a million writes. Encoded as they come, never joined into a string first: joining a
 * report's pieces into megabyte strings cost more CPU than stringifying them (all of Reuters' 3,000 first
 * articles: 110 ms of the writer's 250), each joined string a large object the old generation counts.
 */
const WRITE_BATCH = 1 << 20;
/** The buffer's room: a chunk's UTF-8 is at most 3 bytes per UTF-16 unit, so any chunk this size fits. */
const BUFFER_SIZE = 3 * WRITE_BATCH;

/** A lone high surrogate: half of a character whose other half opens the next chunk. */
function endsInHighSurrogate(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}

/**
 * The text as pieces to write: UTF-8 bytes of `WRITE_BATCH` or more (the last one fewer), or a chunk too large
 * for the buffer as its own string. Each piece of bytes is a view of one buffer, filled again once the next
 * piece is asked for: write it before asking (`fresh` gives a copy instead, for a stream that may hold on to it).
 */
async function* batched(text: OutputText, fresh = false): AsyncGenerator<string | Buffer> {
  if (typeof text === 'string') {
    yield text;
    return;
  }
  const buffer = Buffer.allocUnsafe(BUFFER_SIZE);
  let used = 0;
  const filled = () => {
    const bytes = fresh ? Buffer.from(buffer.subarray(0, used)) : buffer.subarray(0, used);
    used = 0;
    return bytes;
  };
  // a character cut in two between chunks is encoded whole, with the next chunk
  let half = '';
  for await (const piece of text) {
    let chunk = half ? half + piece : piece;
    half = '';
    if (endsInHighSurrogate(chunk)) {
      half = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    if (used + 3 * chunk.length > BUFFER_SIZE && used > 0) yield filled();
    if (3 * chunk.length > BUFFER_SIZE) yield chunk;
    else {
      used += buffer.write(chunk, used);
      if (used >= WRITE_BATCH) yield filled();
    }
  }
  if (half) used += buffer.write(half, used);
  if (used) yield filled();
}

/** Write the whole piece: a write may take fewer bytes than it is given (a pipe). */
async function writeAll(handle: FileHandle, piece: string | Buffer): Promise<void> {
  let bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
  while (bytes.length > 0) {
    const { bytesWritten } = await handle.write(bytes);
    bytes = bytes.subarray(bytesWritten);
  }
}

/** Why a write failed: a file past the size the process may write (`ulimit -f`) is no file "too large" to read. */
function writeReason(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code === 'EFBIG' ? 'the file reached the largest size this process may write (ulimit -f)' : describeFsError(err);
}

/** Write errors of standard output already said: the stream's 'error' event and the write's callback carry the same
 * error, and each listener may be the first to hear it. */
const said = new WeakSet<object>();

/** A failure already told on stderr: the command ends with exit 2 and no second line. */
export class AlreadySaid extends Error {}

/**
 * The line a failed write to standard output gets (`> /dev/full`), the first time that error is heard; '' after.
 * Lines written straight to the stream (`feeds add`, watch's counts, --help) were lost without a word, exit 0.
 */
export function stdoutFailure(err: unknown): string {
  if (err && typeof err === 'object') {
    if (said.has(err)) return '';
    said.add(err);
  }
  return `cannot write standard output: ${writeReason(err)}`;
}

/**
 * Standard output's file descriptor when it is a regular file (`> report.json`), else null. Node's stream for a file
 * writes each chunk once and drops what a short write left: on a full disk (or past `ulimit -f`) the report was cut
 * at the space left (120 kB of 5.7 MB), exit 0, without a word.
 */
function stdoutFile(stdout: NodeJS.WritableStream): number | null {
  const fd = (stdout as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  try {
    return fstatSync(fd).isFile() ? fd : null;
  } catch {
    return null;
  }
}

/** Write the whole piece to a file descriptor, again after a short write: the one after it fails with the reason. */
export function writeAllSync(fd: number, piece: string | Buffer, write: (fd: number, bytes: Buffer) => number = writeSync): void {
  let bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
  while (bytes.length > 0) {
    const taken = write(fd, bytes);
    // a regular file takes no bytes only when it has no room (the system says ENOSPC first; never loop on it)
    if (taken <= 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
    bytes = bytes.subarray(taken);
  }
}

async function writeStdout(text: OutputText, stdout: NodeJS.WritableStream): Promise<void> {
  const fd = stdoutFile(stdout);
  if (fd !== null) {
    for await (const piece of batched(text)) writeAllSync(fd, piece);
    return;
  }
  for await (const chunk of batched(text, true)) {
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
    for await (const piece of batched(text)) await writeAll(handle, piece);
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
    for await (const piece of batched(text)) await writeAll(handle, piece);
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
  if (!out || out === '-')
    // standard output on a full disk (`> /dev/full`) was an internal error with a stack; a reader gone (EPIPE) is no
    // failure (bin/crosscheck.js ends the process quietly)
    return writeStdout(text, stdout).catch((err: NodeJS.ErrnoException) => {
      if (err?.code === 'EPIPE') throw err;
      const line = stdoutFailure(err);
      throw line ? fail(line) : new AlreadySaid();
    });
  try {
    // a device or a named pipe (/dev/null, a FIFO a reader waits on) is written to: a rename put a file in its place
    const target = await stat(out).catch(() => null);
    // said before a temporary file is made: the rename over / (or a mount point) was refused as "busy"
    if (target?.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    if (target && !target.isFile()) await writeInPlace(out, text);
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
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return writeReason(err);
  const folder = dirname(out);
  const found = await stat(folder).catch((e: NodeJS.ErrnoException) => e.code ?? 'ENOENT');
  if (typeof found === 'string') return found === 'ENOTDIR' ? "a part of its folder's path is a file, not a folder" : 'its folder does not exist';
  if (!found.isDirectory()) return `its folder ${folder} is a file, not a folder`;
  return 'its folder takes no new file (the report is written to a temporary file beside it, then renamed over it; the system refused to make that file, as /proc and /sys do)';
}
