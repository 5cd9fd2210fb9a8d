// Stream a .jsonl(.gz) file line by line: a collection may be far larger than one article's limit.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Problem, RawDocument } from '../model.ts';
import { recordDocument } from './records.ts';
import { describeFsError } from './errors.ts';

export async function* streamJsonl(
  file: string,
  baseId: string,
  firstOrder: number,
  maxBytes: number,
): AsyncGenerator<RawDocument | Problem> {
  let input: Readable = createReadStream(file);
  let failure: string | null = null;
  input.on('error', (err) => (failure = describeFsError(err)));
  if (file.toLowerCase().endsWith('.gz')) {
    const gunzip = createGunzip();
    gunzip.on('error', (err) => (failure = `not valid gzip data (${err.message})`));
    input = input.pipe(gunzip);
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let order = firstOrder;
  let records = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = raw.trim();
      if (!line) continue;
      const where = `${file}:${lineNo}`;
      if (line.length > maxBytes) {
        yield { source: where, reason: `record too large (${line.length} bytes; raise the limit with --max-size)` };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        yield { source: where, reason: `not valid JSON (${(err as Error).message.split('\n')[0]})` };
        continue;
      }
      records++;
      yield recordDocument(value, where, `${baseId}-${lineNo}`, order++);
    }
  } catch (err) {
    failure = failure ?? describeFsError(err);
  }
  if (failure) yield { source: file, reason: failure };
  else if (records === 0 && lineNo === 0) yield { source: file, reason: 'empty file' };
}
