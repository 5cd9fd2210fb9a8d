// The JSON report, written piece by piece: a report of 100,000 articles is larger than the longest
// string JavaScript can hold, so it is never one string. The pieces join to exactly
// JSON.stringify(report, null, 2) + '\n'.
import type { Report } from '../model.ts';

/** `text` with every line after the first indented by `by`. */
function indent(text: string, by: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${by}`) : text;
}

export function* jsonChunks(report: Report): Generator<string> {
  const keys = Object.keys(report).filter((k) => report[k as keyof Report] !== undefined);
  yield '{';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = report[key as keyof Report];
    const tail = k < keys.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `\n  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${tail}`;
      continue;
    }
    yield `\n  ${JSON.stringify(key)}: [`;
    for (let i = 0; i < value.length; i++) {
      yield `\n    ${indent(JSON.stringify(value[i], null, 2) ?? 'null', '    ')}${i < value.length - 1 ? ',' : ''}`;
    }
    yield `\n  ]${tail}`;
  }
  yield '\n}\n';
}
