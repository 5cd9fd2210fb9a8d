// A file as a stream, inflated when it is gzip data, with its failure kept as a one-line reason
// (streamed collections report a read or gzip error once, after the records read so far).
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { describeFsError } from './errors.ts';

export interface InputStream {
  stream: Readable;
  /** a line for the user when the file's bytes and its name disagree on gzip (it is read by its bytes) */
  note: string | null;
  /** why reading stopped early, or null */
  failure(): string | null;
  /** let the file go (a reader that stops early) */
  close(): void;
}

/** gzip's first two bytes. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/**
 * Is this file gzip data? Its first bytes say (`head`: up to two of them), whatever its name: a .warc.gz that is a
 * plain WARC was "not valid gzip data (incorrect header check)", a gzip'd crawl.warc "no WARC version line". The
 * name decides only for a file too short or unreadable to tell (its reading then says why).
 */
export function isGzipHead(head: Buffer, file: string): boolean {
  return head.length === 2 ? head.equals(GZIP_MAGIC) : file.toLowerCase().endsWith('.gz');
}

/**
 * A line when a file's bytes and its name disagree on gzip: it is read by its bytes, and the user should know why
 * a crawl.warc was unpacked, or a .gz was not (it was read without a word).
 */
export function gzipNameNote(head: Buffer, file: string): string | null {
  if (head.length < 2) return null;
  const named = file.toLowerCase().endsWith('.gz');
  const gzip = head.equals(GZIP_MAGIC);
  if (gzip && !named) return 'gzip data though its name does not end in .gz: unpacked and read';
  if (!gzip && named) return 'not gzip data though its name ends in .gz: read as it is';
  return null;
}

function gzipHead(file: string): { gzip: boolean; note: string | null } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(2);
    const read = head.subarray(0, readSync(fd, head, 0, 2, 0));
    return { gzip: isGzipHead(read, file), note: gzipNameNote(read, file) };
  } catch {
    return { gzip: isGzipHead(Buffer.alloc(0), file), note: null };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function openInputStream(file: string, highWaterMark = 64 * 1024): InputStream {
  let failure: string | null = null;
  const source = createReadStream(file, { highWaterMark });
  let stream: Readable = source;
  stream.on('error', (err) => (failure = failure ?? describeFsError(err)));
  const { gzip, note } = gzipHead(file);
  if (gzip) {
    const gunzip = createGunzip({ chunkSize: highWaterMark });
    gunzip.on('error', (err) => (failure = failure ?? `not valid gzip data (${err.message})`));
    stream = stream.pipe(gunzip);
  }
  const close = () => {
    stream.destroy();
    source.destroy();
  };
  return { stream, note, failure: () => failure, close };
}
