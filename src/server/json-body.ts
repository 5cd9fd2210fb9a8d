// A write request's JSON body read once for every route (documents, feeds, alerts): what is wrong with a body
// that is no JSON value is said in words -- an empty body, JSON lines (a .jsonl file posted as is) -- before
// the parser's own message.
import { BadRequest } from './query.ts';

/** Bodies that are not one JSON value, each with what the client should send instead. */
const SHAPES: { test: (text: string) => number | boolean; reason: (n: number, expected: string) => string }[] = [
  { test: (text) => text.trim() === '', reason: (_n, expected) => `the body is empty: send ${expected}` },
  {
    test: (text) => jsonLines(text),
    reason: (n, expected) => `the body is JSON lines (${n} values, one a line), not one JSON value: send ${expected}`,
  },
];

/** Lines holding a JSON value each, when there are two or more and nothing else; else 0. */
function jsonLines(text: string): number {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return 0;
  for (const l of lines) {
    try {
      JSON.parse(l);
    } catch {
      return 0;
    }
  }
  return lines.length;
}

/** The body's JSON value, or a BadRequest naming what is wrong with it; `expected` says what to send. */
export function parseJsonBody(text: string, expected: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    for (const shape of SHAPES) {
      const hit = shape.test(text);
      if (hit) throw new BadRequest(shape.reason(Number(hit), expected));
    }
    throw new BadRequest(`the body is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
}
