import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { type Line, nonBlankLines } from './lines.ts';

// Reuters records as the reader meets them, with the line shapes it must tell apart around them: blank lines (spaces
// and tabs), a "\r\n" end, a lone "\r" inside a line, a line past the limit, a mark after leading spaces, and a last
// line without its "\n"
const records = readFileSync(new URL('../../test/fixtures/extract/reuters-sample.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const MAX = 10_000;
const long = `{"id":"long","text":"${'cocoa '.repeat(2000)}"}`;
const input = Buffer.from(
  [records[0], '', ' \t ', `${records[1]}\r`, `${records[2]}\r${records[3]}`, long, `   ${records[4]}`, '\t \t', records[5]].join('\n'),
);
const expected: Line[] = [
  { lineNo: 1, text: records[0] },
  { lineNo: 4, text: records[1] },
  { lineNo: 5, text: records[2] },
  { lineNo: 6, text: records[3] },
  { lineNo: 7, tooLong: Buffer.byteLength(long) },
  { lineNo: 8, text: `   ${records[4]}` },
  { lineNo: 10, text: records[5] },
];

async function read(chunks: Buffer[]): Promise<{ lines: Line[]; counted: number }> {
  const counted = { lines: 0 };
  const lines: Line[] = [];
  for await (const line of nonBlankLines(Readable.from(chunks), MAX, counted)) lines.push(line);
  return { lines, counted: counted.lines };
}

test('lines are the same however the bytes are cut into chunks (a line end found by search, not byte by byte)', async () => {
  assert.deepEqual(await read([input]), { lines: expected, counted: 10 });
  // chunks of every size from 1 to 97 bytes, then cut at pseudo-random places (a fixed sequence)
  for (let size = 1; size < 98; size++) {
    const chunks: Buffer[] = [];
    for (let at = 0; at < input.length; at += size) chunks.push(input.subarray(at, at + size));
    assert.deepEqual(await read(chunks), { lines: expected, counted: 10 }, `chunks of ${size} bytes`);
  }
  let seed = 71;
  for (let round = 0; round < 50; round++) {
    const chunks: Buffer[] = [];
    for (let at = 0; at < input.length; ) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const size = 1 + (seed % 5000);
      chunks.push(input.subarray(at, at + size));
      at += size;
    }
    assert.deepEqual(await read(chunks), { lines: expected, counted: 10 }, `round ${round}`);
  }
});
