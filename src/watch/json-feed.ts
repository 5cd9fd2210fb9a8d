// A JSON Feed's body read an item at a time, as the RSS and Atom reader reads its item spans: one pass over the
// text finds where each value of the top-level object and each element of its `items` array starts and ends (strings
// and brackets balanced, nothing built), then only the feed's own fields and one item at a time go through
// JSON.parse. JSON.parse of the whole body held every item as objects at once (several times the body's size); a
// single malformed item made the whole feed unreadable. Now a bad item is skipped with its number, the others read.

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The index after the string whose opening quote is at `i`, or -1 when it never closes. */
function skipString(s: string, i: number): number {
  let j = i;
  for (;;) {
    j = s.indexOf('"', j + 1);
    if (j < 0) return -1;
    let slashes = 0;
    while (s.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return j + 1;
  }
}

/** The index after the value starting at `i` (brackets of either kind counted, strings skipped whole), or -1 when
 * the body ends first. A value that is not well-formed inside still ends where its brackets balance: JSON.parse of
 * its span says what is wrong with it. */
function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === QUOTE) return skipString(s, i);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === QUOTE) {
        j = skipString(s, j);
        if (j < 0) return -1;
        j--;
      } else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }
  // a number, true, false, null (or a bare word JSON.parse refuses): up to the next separator
  let j = i;
  while (j < s.length) {
    const d = s.charCodeAt(j);
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d)) break;
    j++;
  }
  // a stray separator is a value of one character (JSON.parse refuses it): the reading always moves on
  return i < s.length ? Math.max(j, i + 1) : -1;
}

/** The characters handed to JSON.parse in one call, the most since `largestJsonParse` was last asked. */
let largestParse = 0;

/** How many characters JSON.parse was given at once, at most, since the last call (the test of the bound). */
export function largestJsonParse(): number {
  const most = largestParse;
  largestParse = 0;
  return most;
}

function parseSpan(body: string, start: number, end: number): unknown {
  largestParse = Math.max(largestParse, end - start);
  return JSON.parse(body.slice(start, end));
}

export interface JsonFeedItem {
  /** its number in the feed's `items` (1 = the first) */
  position: number;
  value: unknown;
}

export interface JsonFeedRead {
  /** the top-level object's fields except `items`, parsed (`items: []` when the feed has an items array, so the
   * format is still recognised by what it holds) */
  head: Record<string, unknown>;
  /** items parsed, in feed order, `maxItems` at most */
  items: JsonFeedItem[];
  /** elements in `items`, counted from their spans (the ones past `maxItems` are never parsed) */
  listed: number;
  /** items that are not well-formed JSON: their numbers and JSON.parse's reason */
  malformed: Array<{ position: number; reason: string }>;
  /** the body ended inside the items array (after item `listed`): the items before it are read */
  cutAt: number | null;
}

/** JSON.parse's reason on one line, short (V8 quotes the text it refused: a long item would be the whole line). */
const reasonOf = (err: unknown) => {
  const said = ((err as Error).message || 'not well-formed').replace(/\s+/g, ' ');
  return said.length > 120 ? `${said.slice(0, 117)}...` : said;
};

/** A top-level field kept as JSON.parse keeps it: "__proto__" is an own field like any other (an assignment
 * `head[key] = value` set the head object's prototype to the feed's value instead, its fields read as the feed's). */
function setField(head: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(head, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A field name as a problem line shows it: as JSON (a newline or a quote in it escaped: the line stays one) and
 * short (a hostile name may be the whole body). */
const shownKey = (key: string) => {
  const quoted = JSON.stringify(key);
  return quoted.length > 60 ? `${quoted.slice(0, 56)}..."` : quoted;
};

/**
 * Read a JSON Feed body: its fields, and its items one at a time. A problem when the body is no JSON object or a
 * field outside the items is not well-formed (nothing to tell the feed by).
 */
export function readJsonFeed(body: string, maxItems: number): JsonFeedRead | { problem: string } {
  let i = skipSpace(body, 0);
  if (body.charCodeAt(i) !== OPEN_BRACE) return { problem: 'not a JSON object' };
  const head: Record<string, unknown> = {};
  const read: JsonFeedRead = { head, items: [], listed: 0, malformed: [], cutAt: null };
  let itemsKey: string | null = null;
  i++;
  for (;;) {
    i = skipSpace(body, i);
    const c = body.charCodeAt(i);
    if (c === CLOSE_BRACE) break;
    if (c === COMMA) {
      i++;
      continue;
    }
    if (c !== QUOTE) return { problem: i >= body.length ? 'the JSON ends before its object closes' : `a field name expected at character ${i + 1}` };
    const keyEnd = skipString(body, i);
    if (keyEnd < 0) return { problem: 'the JSON ends inside a field name' };
    let key: string;
    try {
      key = JSON.parse(body.slice(i, keyEnd)) as string;
    } catch (err) {
      return { problem: `a field name is not well-formed JSON (${reasonOf(err)})` };
    }
    i = skipSpace(body, keyEnd);
    if (body.charCodeAt(i) !== COLON) return { problem: `a ':' expected after the field ${shownKey(key)}` };
    i = skipSpace(body, i + 1);
    // the items: the field named so exactly, else one that is so but for case (feedsmith reads field names so)
    const isItems = body.charCodeAt(i) === OPEN_BRACKET && (key === 'items' || (itemsKey !== 'items' && key.toLowerCase() === 'items'));
    if (isItems) {
      itemsKey = key;
      read.items = [];
      read.listed = 0;
      read.malformed = [];
      i = readItems(body, i + 1, maxItems, read);
      setField(head, key, []);
      if (read.cutAt !== null) break;
      continue;
    }
    const end = skipValue(body, i);
    if (end < 0) return { problem: `the JSON ends inside the field ${shownKey(key)}` };
    try {
      setField(head, key, parseSpan(body, i, end));
    } catch (err) {
      return { problem: `the field ${shownKey(key)} is not well-formed JSON (${reasonOf(err)})` };
    }
    i = end;
  }
  return read;
}

/** The elements of the items array from `i` (after its '['); the index after its ']' (the body's end when cut). */
function readItems(body: string, i: number, maxItems: number, read: JsonFeedRead): number {
  for (;;) {
    i = skipSpace(body, i);
    const c = body.charCodeAt(i);
    if (c === CLOSE_BRACKET) return i + 1;
    if (c === COMMA) {
      i++;
      continue;
    }
    const end = i < body.length ? skipValue(body, i) : -1;
    if (end < 0) {
      read.cutAt = read.listed;
      return body.length;
    }
    const position = ++read.listed;
    if (position <= maxItems) {
      try {
        read.items.push({ position, value: parseSpan(body, i, end) });
      } catch (err) {
        read.malformed.push({ position, reason: reasonOf(err) });
      }
    }
    i = end;
  }
}
