// Stream a .jsonl(.gz) file line by line: a collection may be far larger than one article's limit.
import { createInterface } from 'node:readline';
import type { Problem, RawDocument } from '../model.ts';
import { recordItems, recordPlace } from './records.ts';
import { describeFsError } from './errors.ts';
import { openInputStream } from './open-stream.ts';

export async function* streamJsonl(file: string, baseId: string, firstOrder: number, maxBytes: number): AsyncGenerator<RawDocument | Problem> {
  const input = openInputStream(file);
  let failure: string | null = null;
  const lines = createInterface({ input: input.stream, crlfDelay: Infinity });
  let lineNo = 0;
  let order = firstOrder;
  let records = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = raw.trim();
      if (!line) continue;
      const where = recordPlace(file, lineNo);
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
      const items = recordItems(value, where, `${baseId}-${lineNo}`, order);
      if (!('reason' in items[0])) order++;
      yield* items;
    }
  } catch (err) {
    failure = failure ?? describeFsError(err);
  }
  // the stream's own reason (a gzip or read error) says more than the iterator's
  failure = input.failure() ?? failure;
  if (failure) yield { source: file, reason: failure };
  else if (records === 0 && lineNo === 0) yield { source: file, reason: 'empty file' };
}
