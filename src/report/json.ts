// The JSON report, written piece by piece: a report of 100,000 articles is larger than the longest
// string JavaScript can hold, so it is never one string. The pieces join to exactly
// JSON.stringify(report, null, 2) + '\n'. A report stream's stories are read one at a time as they are
// written (and are let go once written); its problems, the last key, are read after them.
import type { ReportStream } from '../model.ts';

/**
 * JSON.stringify(value, null, 2) with every line after the first indented by `depth` more levels, as the
 * value reads nested that deep: stringified inside that many arrays and cut out, which is the same text
 * (a string's own line breaks are escaped, so every line break is the layout's) without a pass of replace
 * over the whole entry.
 */
function nested(value: unknown, depth: 1 | 2): string {
  const json = JSON.stringify(depth === 1 ? [value] : [[value]], null, 2);
  // "[\n  " (and "[\n  [\n    ") before the value, "\n]" (and "\n  ]\n]") after it
  return depth === 1 ? json.slice(4, json.length - 2) : json.slice(10, json.length - 6);
}

/** An array, or a list read one item at a time (a report stream's stories). */
function isList(value: unknown): value is Iterable<unknown> & { length: number } {
  return typeof value === 'object' && value !== null && Symbol.iterator in value && typeof (value as { length?: unknown }).length === 'number';
}

export function* jsonChunks(report: ReportStream): Generator<string> {
  const keys = Object.keys(report).filter((k) => report[k as keyof ReportStream] !== undefined);
  yield '{';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    // read when its turn comes: the problems only once the stories before them are written
    const value = report[key as keyof ReportStream];
    const tail = k < keys.length - 1 ? ',' : '';
    if (!isList(value) || value.length === 0) {
      const json = isList(value) ? '[]' : nested(value, 1);
      yield `\n  ${JSON.stringify(key)}: ${json}${tail}`;
      continue;
    }
    yield `\n  ${JSON.stringify(key)}: [`;
    let i = 0;
    for (const item of value) {
      yield `\n    ${nested(item, 2)}${++i < value.length ? ',' : ''}`;
    }
    yield `\n  ]${tail}`;
  }
  yield '\n}\n';
}
