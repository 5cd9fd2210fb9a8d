// A file as a stream, inflated when it ends in .gz, with its failure kept as a one-line reason
// (streamed collections report a read or gzip error once, after the records read so far).
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { describeFsError } from './errors.ts';

export interface InputStream {
  stream: Readable;
  /** why reading stopped early, or null */
  failure(): string | null;
  /** let the file go (a reader that stops early) */
  close(): void;
}

export function openInputStream(file: string, highWaterMark = 64 * 1024): InputStream {
  let failure: string | null = null;
  const source = createReadStream(file, { highWaterMark });
  let stream: Readable = source;
  stream.on('error', (err) => (failure = failure ?? describeFsError(err)));
  if (file.toLowerCase().endsWith('.gz')) {
    const gunzip = createGunzip({ chunkSize: highWaterMark });
    gunzip.on('error', (err) => (failure = failure ?? `not valid gzip data (${err.message})`));
    stream = stream.pipe(gunzip);
  }
  const close = () => {
    stream.destroy();
    source.destroy();
  };
  return { stream, failure: () => failure, close };
}
