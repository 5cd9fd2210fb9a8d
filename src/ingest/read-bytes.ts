// Read one file's bytes, inflating gzip data (by its bytes, not its name), within the size limit (gzip bombs included).
import { type FileHandle, open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { describeFsError } from './errors.ts';
import { pastLimit, sizeOf } from './sizes.ts';
import { gzipNameNote, isGzipHead } from './open-stream.ts';

/** `note`: the bytes and the name disagree on gzip (a line for the user; the bytes are read). */
export type ReadResult = { bytes: Buffer; note?: string } | { problem: string };

/** `raise`: how to raise the limit, said when a file passes it (a command without --max-size says nothing). */
export async function readInputBytes(file: string, maxBytes: number, raise = '; raise it with --max-size'): Promise<ReadResult> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    return { problem: describeFsError(err) };
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    const note = gzipNameNote(head.subarray(0, bytesRead), file);
    const read = await readOf(handle, file, size, head.subarray(0, bytesRead), maxBytes, raise);
    return note && 'bytes' in read ? { ...read, note } : read;
  } catch (err) {
    return { problem: describeFsError(err) };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** The file's bytes, gzip unpacked (`head`: its first bytes, which say whether it is gzip). */
async function readOf(handle: FileHandle, file: string, size: number, head: Buffer, maxBytes: number, raise: string): Promise<ReadResult> {
  if (isGzipHead(head, file)) return await gunzipCapped(file, maxBytes, raise);
  if (size > maxBytes) return { problem: `too large (${pastLimit(size, maxBytes)}${raise})` };
  const bytes = await readCapped(handle, size, maxBytes);
  // a file growing while it is read, or one whose size says nothing (/proc): the size checked is not what is read
  if (!bytes) return { problem: `too large (over ${sizeOf(maxBytes)} read, though ${sizeOf(size)} when its size was checked${raise})` };
  return { bytes };
}

/** The file's bytes, read up to one past `maxBytes` at most; null when there are more than `maxBytes`. */
async function readCapped(handle: FileHandle, size: number, maxBytes: number): Promise<Buffer | null> {
  // room for the size stat gave and one byte more: a file that has not changed is read in one pass
  let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024)));
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      if (total > maxBytes) return null;
      const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
      buf.copy(grown, 0, 0, total);
      buf = grown;
    }
    const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total === buf.length ? buf : buf.subarray(0, total);
}

/** Inflate a gzip file, giving up as soon as the output passes the limit. */
function gunzipCapped(file: string, maxBytes: number, raise: string): Promise<ReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (r: ReadResult) => {
      if (done) return;
      done = true;
      input.destroy();
      gunzip.destroy();
      resolve(r);
    };
    const input = createReadStream(file);
    const gunzip = createGunzip();
    gunzip.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        finish({ problem: `too large once decompressed (over ${sizeOf(maxBytes)}${raise})` });
        return;
      }
      chunks.push(chunk);
    });
    gunzip.on('end', () => finish({ bytes: Buffer.concat(chunks, total) }));
    gunzip.on('error', (err) => finish({ problem: `not valid gzip data (${err.message})` }));
    input.on('error', (err) => finish({ problem: describeFsError(err) }));
    input.pipe(gunzip);
  });
}
