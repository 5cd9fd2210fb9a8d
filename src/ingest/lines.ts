// The lines of a byte stream, each at most `maxBytes` long in memory: a longer line is counted, not kept
// (readline kept any line whole, and one of over 512 MB, a gzip bomb's single line, ended the run with a
// stack trace). Blank lines are counted, not handed out (a file of a billion empty lines was a billion
// events). Line ends as readline's: "\n", "\r\n", or a lone "\r".
import { isUtf8 } from 'node:buffer';
import { notUtf8 } from './decode.ts';

/** `legacy`: the line was not UTF-8 and was read in this charset (the one whose reading looks most like text). */
export type Line = { lineNo: number; text: string; legacy?: string } | { lineNo: number; tooLong: number };

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** The lines that hold more than spaces and tabs (a "\r" counts: it may end lines of its own); `counted.lines` ends as the number of lines read, blank ones too. */
export async function* nonBlankLines(stream: AsyncIterable<Buffer>, maxBytes: number, counted: { lines: number }): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  /** bytes of the current line past the limit: its start is not kept */
  let dropped = false;
  let blank = true;
  const end = function* (): Generator<Line> {
    counted.lines++;
    if (dropped) yield { lineNo: counted.lines, tooLong: length };
    else if (!blank) yield* split(Buffer.concat(parts, length), counted);
    parts = [];
    length = 0;
    dropped = false;
    blank = true;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (dropped || !blank) {
        // only the line's end matters now (a line with a mark is not blank, one past the limit is dropped whole):
        // found by indexOf, not byte by byte (a 560 MB line was a JS loop over every byte)
        i = chunk.indexOf(LF, i);
        if (i < 0) break;
      }
      const b = chunk[i];
      if (b === LF) {
        if (blank && !dropped) {
          // a blank line: counted, nothing kept or handed out (no allocation: a billion of them are a loop)
          counted.lines++;
          if (length) {
            parts = [];
            length = 0;
          }
        } else {
          take(chunk.subarray(start, i));
          yield* end();
        }
        start = i + 1;
      } else if (blank && b !== SPACE && b !== TAB) blank = false;
    }
    take(chunk.subarray(start));
  }
  if (length > 0) yield* end();

  function take(piece: Buffer): void {
    length += piece.length;
    if (dropped) return;
    if (length > maxBytes) {
      dropped = true;
      parts = [];
    } else if (piece.length) parts.push(piece);
  }
}

/**
 * A "\n"-ended line: a trailing "\r" is part of its end; a "\r" inside it ends a line too (old Mac files). Bytes that
 * are not UTF-8 (a Latin-1 or Windows-1252 export) were read with U+FFFD for every accented letter, without a word:
 * such a line is read in the legacy charset that reads most like text, and says which.
 */
function* split(bytes: Buffer, counted: { lines: number }): Generator<Line> {
  const read = isUtf8(bytes) ? null : notUtf8(bytes);
  const legacy = read?.encoding;
  const text = read ? read.text : bytes.toString('utf8');
  const body = text.charCodeAt(text.length - 1) === CR ? text.slice(0, -1) : text;
  if (!body.includes('\r')) {
    yield legacy ? { lineNo: counted.lines, text: body, legacy } : { lineNo: counted.lines, text: body };
    return;
  }
  const pieces = body.split('\r');
  // the pieces before the last are lines of their own, read before this one
  counted.lines += pieces.length - 1;
  const first = counted.lines - pieces.length + 1;
  for (let k = 0; k < pieces.length; k++) {
    if (!pieces[k].trim()) continue;
    yield legacy ? { lineNo: first + k, text: pieces[k], legacy } : { lineNo: first + k, text: pieces[k] };
  }
}
