// The JSON report, written piece by piece: a report of 100,000 articles is larger than the longest
// string JavaScript can hold, so it is never one string. The pieces join to exactly
// JSON.stringify(report, null, 2) + '\n'. A report stream's stories are read one at a time as they are
// written (and are let go once written); its problems, the last key, are read after them.
import type { ReportStream, StoryList } from '../model.ts';

/**
 * JSON.stringify(value, null, 2) with every line after the first indented by one more level, as the value reads
 * as a key's value: stringified inside an array and cut out, which is the same text (a string's own line breaks
 * are escaped, so every line break is the layout's) without a pass of replace over the whole entry.
 */
function nested(value: unknown): string {
  const json = JSON.stringify([value], null, 2);
  // "[\n  " before the value, "\n]" after it
  return json.slice(4, json.length - 2);
}

/**
 * A list's item as the report writes it: a line break and the item nested two levels deep, after the comma that
 * ends the item before (none before the first). Cut out of one stringify of `[[0, value]]`, whose comma after the 0
 * and line break before the value are those, so the piece is one slice, never joined to another string (a copy
 * of every story's and document's text, made only to be written).
 */
export function listItem(value: unknown, first: boolean): string {
  const json = JSON.stringify([[0, value]], null, 2);
  // "[\n  [\n    0" before the comma, then ",\n    " and the value; "\n  ]\n]" after it
  return json.slice(first ? 12 : 11, json.length - 6);
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
      const json = isList(value) ? '[]' : nested(value);
      yield `\n  ${JSON.stringify(key)}: ${json}${tail}`;
      continue;
    }
    yield `\n  ${JSON.stringify(key)}: [`;
    // a story list may give its items written already (on the threads that worked out the accounts)
    const written = (value as Partial<StoryList>).jsonItems?.();
    if (written) yield* written;
    else {
      let first = true;
      for (const item of value) {
        yield listItem(item, first);
        first = false;
      }
    }
    yield `\n  ]${tail}`;
  }
  yield '\n}\n';
}
