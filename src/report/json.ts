// The JSON report, written piece by piece: a report of 100,000 articles is larger than the longest
// string JavaScript can hold, so it is never one string. The pieces join to exactly
// JSON.stringify(report, null, 2) + '\n'. A report stream's stories are read one at a time as they are
// written (and are let go once written); its problems, the last key, are read after them.
import type { ReportStream } from '../model.ts';

/** `text` with every line after the first indented by `by`. */
function indent(text: string, by: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${by}`) : text;
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
      const json = isList(value) ? '[]' : indent(JSON.stringify(value, null, 2), '  ');
      yield `\n  ${JSON.stringify(key)}: ${json}${tail}`;
      continue;
    }
    yield `\n  ${JSON.stringify(key)}: [`;
    let i = 0;
    for (const item of value) {
      yield `\n    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}${++i < value.length ? ',' : ''}`;
    }
    yield `\n  ]${tail}`;
  }
  yield '\n}\n';
}
