// Stream a .jsonl(.gz) file line by line: a collection may be far larger than one article's limit.
import type { Problem, RawDocument } from '../model.ts';
import { notJsonReason, recordItems, recordPlace } from './records.ts';
import { describeFsError } from './errors.ts';
import { openInputStream } from './open-stream.ts';
import { nonBlankLines } from './lines.ts';
import { binarySignature, utf16Of } from './decode.ts';
import { pastLimit } from './sizes.ts';
import { counted } from '../common/counted.ts';

/** Lines read before a file none of whose lines is JSON is given up as not JSON lines (one problem, not one per line). */
const LINES_BEFORE_GIVING_UP = 20;
/** A NUL character in text: the bytes are binary (an image or archive named .jsonl), not JSON lines. */
const BINARY_CHAR = /\u0000/;

/**
 * The stream's bytes as UTF-8. A UTF-16 file (with a BOM, or without one: a NUL beside nearly every byte; what
 * Windows PowerShell's `>` writes) was refused as "binary content (NUL bytes)": it is transcoded chunk by chunk.
 */
async function* asUtf8(stream: AsyncIterable<Buffer>, sniff: { binary: string | null }): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | null = null;
  let first = true;
  for await (const chunk of stream) {
    if (first) {
      first = false;
      // an archive or image by its signature, named as the byte reader names it (a .bz2 was "binary content (NUL bytes)")
      sniff.binary = binarySignature(chunk, 'JSON lines');
      if (sniff.binary) return;
      const utf16 = utf16Of(chunk);
      if (utf16) decoder = new TextDecoder(utf16);
    }
    if (!decoder) yield chunk;
    else {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield Buffer.from(text, 'utf8');
    }
  }
  const rest = decoder?.decode() ?? '';
  if (rest) yield Buffer.from(rest, 'utf8');
}

export async function* streamJsonl(file: string, baseId: string, firstOrder: number, maxBytes: number): AsyncGenerator<RawDocument | Problem> {
  const input = openInputStream(file);
  if (input.note) yield { source: file, reason: input.note };
  const sniff = { binary: null as string | null };
  let failure: string | null = null;
  // a line is kept only up to the limit: a longer one is counted and named, never held whole
  const seen = { lines: 0 };
  let order = firstOrder;
  let records = 0;
  let lastLine = 0;
  let badLines: Problem[] = [];
  /** a line holding more than blanks was met */
  let written = false;
  /** records whose lines were not UTF-8: how many, and the first with the charset it was read in */
  const legacy = { lines: 0, first: 0, charset: '' };
  try {
    for await (const read of nonBlankLines(asUtf8(input.stream, sniff), maxBytes, seen)) {
      const { lineNo } = read;
      lastLine = lineNo;
      written = true;
      const where = recordPlace(file, lineNo);
      if ('tooLong' in read) {
        yield { source: where, reason: `record too large (${pastLimit(read.tooLong, maxBytes)}; raise it with --max-size)` };
        continue;
      }
      const line = read.text.trim();
      if (!line) continue;
      if (records === 0 && BINARY_CHAR.test(line)) {
        failure = 'binary content (NUL bytes), not JSON lines';
        badLines = [];
        break;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        const bad = { source: where, reason: notJsonReason(line, err, 'line') };
        // until a record is read, bad lines are held back: a file of none is one problem, not thousands
        if (records > 0) yield bad;
        else if (badLines.push(bad) >= LINES_BEFORE_GIVING_UP) {
          failure = `not JSON lines: none of the first ${badLines.length} lines is JSON (the first: ${badLines[0].reason})`;
          badLines = [];
          break;
        }
        continue;
      }
      if (records === 0) {
        yield* badLines;
        badLines = [];
      }
      records++;
      if (read.legacy && legacy.lines++ === 0) [legacy.first, legacy.charset] = [lineNo, read.legacy];
      const items = recordItems(value, where, `${baseId}-${lineNo}`, order);
      if (!('reason' in items[0])) order++;
      yield* items;
    }
  } catch (err) {
    failure = failure ?? describeFsError(err);
  } finally {
    input.close();
  }
  // the stream's own reason (a gzip or read error) says more than the iterator's; a file cut short (a .gz
  // whose end is missing) said only that, though the records before the cut were read and kept
  failure = failure ?? sniff.binary;
  const broken = input.failure();
  if (broken)
    failure = records ? `${broken}; reading stopped after line ${lastLine.toLocaleString('en-US')}, the ${counted(records, 'record')} before it read` : broken;
  yield* badLines;
  if (legacy.lines) yield { source: file, reason: legacyNote(legacy) };
  if (failure) yield { source: file, reason: failure };
  else if (!written) yield { source: file, reason: seen.lines === 0 ? 'empty file' : `no records: ${counted(seen.lines, 'blank line')}` };
}

/** The note on lines read in a legacy charset: the text is used, but a wrong guess would garble accented letters. */
function legacyNote({ lines, first, charset }: { lines: number; first: number; charset: string }): string {
  const which = lines === 1 ? `line ${first} is` : `${lines.toLocaleString('en-US')} lines are`;
  const more = lines === 1 ? '' : ` (the first, line ${first}, as ${charset}; each line's charset guessed on its own)`;
  return `${which} not UTF-8: read as ${lines === 1 ? charset : 'a legacy charset'}${more}; ${lines === 1 ? 'its record is' : 'their records are'} kept (save the file as UTF-8 to be sure of its accents)`;
}
