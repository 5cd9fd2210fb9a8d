// Read one file's bytes, inflating .gz inputs, within the size limit (gzip bombs included).
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { describeFsError } from './errors.ts';

export type ReadResult = { bytes: Buffer } | { problem: string };

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}

export async function readInputBytes(file: string, maxBytes: number): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    return { problem: describeFsError(err) };
  }
  try {
    const { size } = await handle.stat();
    if (file.toLowerCase().endsWith('.gz')) return await gunzipCapped(file, maxBytes);
    if (size > maxBytes) return { problem: `too large (${mb(size)}, limit ${mb(maxBytes)}; raise it with --max-size)` };
    return { bytes: await handle.readFile() };
  } catch (err) {
    return { problem: describeFsError(err) };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Inflate a gzip file, giving up as soon as the output passes the limit. */
function gunzipCapped(file: string, maxBytes: number): Promise<ReadResult> {
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
        finish({ problem: `too large once decompressed (over ${mb(maxBytes)}; raise it with --max-size)` });
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
