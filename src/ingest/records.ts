// JSON records {id, title, text, url?, published?, outlet?, byline?}: one per line (.jsonl) or an array (.json).
import type { Problem, RawDocument } from '../model.ts';
import { declaredZone } from '../common/stamp-zone.ts';

export type RecordItem = RawDocument | Problem;

const TEXT_FIELDS = ['text', 'body', 'content'];
const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['published', 'date', 'datePublished', 'published_at'];
/** Fields that declare the zone of a publication time written without one ("Asia/Tokyo", "+09:00"). */
const ZONE_FIELDS = ['timezone', 'time_zone', 'tz'];

/** JSON may spell a NUL ("\\u0000"); no text holds one, and PostgreSQL refuses it in text (the whole batch failed). */
const NUL = /\u0000/g;

/** What a record looks like when it is given whole. */
const RECORD_SHAPE = '{"title": "...", "text": "..."}';
/** Characters shown of a line or value that is not a record. */
const QUOTED = 40;
/** Text that is no JSON at all, by how it starts: what it is, for the message ("Unexpected token 'x'" said nothing). */
const NOT_JSON: ReadonlyArray<readonly [RegExp, string]> = [
  [/^</, 'markup (HTML or XML)'],
  [/^[^{["\-\d]/, 'plain text'],
];
/** V8's words for JSON that stops before its end: at its end, inside a string, or expecting more at the last character. */
const ENDS_EARLY = /^Unexpected end of JSON input|^Unterminated string in JSON|^Expected .* in JSON at position (\d+)/;

/**
 * Why `text` (a line of a .jsonl file, or a whole .json file) is no JSON: plain text or markup named as such, a
 * record cut short said so, else the parser's own words.
 */
export function notJsonReason(text: string, err: unknown, unit: 'line' | 'file'): string {
  const trimmed = text.trim();
  const kind = NOT_JSON.find(([re]) => re.test(trimmed))?.[1];
  const holds = unit === 'line' ? 'each line of a JSON lines file is one record' : 'a .json file holds one record or an array of them';
  if (kind) return `not valid JSON: the ${unit} is ${kind} (${quoted(trimmed)}), not a record; ${holds}, as ${RECORD_SHAPE}`;
  const message = (err as Error).message.split('\n')[0];
  const early = ENDS_EARLY.exec(message);
  if (early && (early[1] === undefined || Number(early[1]) >= trimmed.length))
    return `not valid JSON: the ${unit === 'line' ? 'record' : 'file'} ends before it closes, cut short? (${message})`;
  return `not valid JSON (${message})`;
}

/** Text in quotes, its start only when long, its control characters escaped (JSON's notation). */
const quoted = (text: string) => JSON.stringify(text.length > QUOTED ? `${text.slice(0, QUOTED)}...` : text);

/** A value given where a record was, as the message names it: its type, and a short value shown. */
function notRecord(value: unknown): string {
  const seen = typeof value === 'string' ? ` (${quoted(value)})` : typeof value === 'number' || typeof value === 'boolean' ? ` (${value})` : '';
  return `record is ${jsonType(value)}${seen}, not a JSON object such as ${RECORD_SHAPE}`;
}

/** The JSON type of a value, as a user would name it. */
function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return `a ${typeof v}`;
}

/**
 * Reads a record's fields, noting every one of the wrong type: a number or an array where text is
 * expected is the producer's mistake, said in a problem line, never silently converted.
 */
class FieldReader {
  readonly wrong: string[] = [];
  /** NUL characters taken out, by field name. */
  readonly nuls = new Map<string, number>();
  constructor(private readonly rec: Record<string, unknown>) {}

  /** The string without NUL characters, counted under the field's name. */
  private clean(name: string, v: string): string {
    if (!v.includes('\u0000')) return v;
    this.nuls.set(name, (this.nuls.get(name) ?? 0) + (v.match(NUL)?.length ?? 0));
    return v.replace(NUL, '');
  }

  /** The first present field among `names`: its name and value. */
  private first(names: string[]): [string, unknown] | undefined {
    for (const f of names) if (this.rec[f] !== undefined && this.rec[f] !== null) return [f, this.rec[f]];
    return undefined;
  }

  /** A text field (the first present of `names`), or null when absent or of the wrong type. */
  text(names: string[]): string | null {
    const found = this.first(names);
    if (!found) return null;
    const [name, v] = found;
    if (typeof v === 'string') return this.clean(name, v);
    this.wrong.push(`"${name}" is ${jsonType(v)}, not text`);
    return null;
  }

  /** An id: text, or a whole number (ids are often numbered); anything else is the wrong type. */
  id(name: string): string | null {
    const v = this.rec[name];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return this.clean(name, v);
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    this.wrong.push(`"${name}" is ${jsonType(v)}, not text or a whole number`);
    return null;
  }

  /** A byline: one name, or a list of names. */
  byline(names: string[]): string[] {
    const found = this.first(names);
    if (!found) return [];
    const [name, v] = found;
    if (typeof v === 'string') {
      const one = this.clean(name, v).trim();
      return one ? [one] : [];
    }
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.map((x) => this.clean(name, x).trim()).filter((x) => x !== '');
    this.wrong.push(`"${name}" is ${Array.isArray(v) ? 'an array with items that are not text' : jsonType(v)}, not a name or a list of names`);
    return [];
  }
}

/**
 * One record to a RawDocument and the problems met in it. A record whose id, title or text has the
 * wrong type is not used (one problem naming the fields); a wrongly typed metadata field (url, date,
 * outlet, byline) is left out and named in a problem, and the article is kept.
 */
export function recordItems(value: unknown, where: string, fallbackId: string, order: number): RecordItem[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [{ source: where, reason: notRecord(value) }];
  const fields = new FieldReader(value as Record<string, unknown>);
  const title = fields.text(TITLE_FIELDS);
  const text = fields.text(TEXT_FIELDS) ?? '';
  const id = fields.id('id')?.trim() || fallbackId;
  if (fields.wrong.length) return [{ source: where, reason: `record not used: field ${fields.wrong.join('; field ')}` }];
  // a headline-only record (a wire flash, a feed item without a summary) is still an article: its title is its text
  if (!text.trim() && !title?.trim()) return [{ source: where, reason: 'record has no "text" and no "title" (or both are empty)' }];
  const meta = {
    url: fields.text(['url']),
    published: fields.text(DATE_FIELDS),
    outlet: fields.text(['outlet', 'source_name', 'site']),
    byline: fields.byline(['byline', 'author', 'authors']),
    dateline: fields.text(['dateline']),
    zone: fields.text(ZONE_FIELDS),
  };
  const looksHtml = /^\s*<(!doctype|html|body|article|div|p)\b/i.test(text);
  const doc: RawDocument = {
    id,
    source: where,
    kind: looksHtml ? 'html' : 'record',
    body: text.replace(/\r\n?/g, '\n'),
    order,
    url: meta.url,
    meta: {
      title,
      headlineOnly: !text.trim() || undefined,
      published: meta.published,
      outlet: meta.outlet,
      byline: meta.byline,
      ...(meta.dateline ? { dateline: meta.dateline } : {}),
      ...(meta.zone ? { zone: declaredZone(meta.zone, 'time zone') } : {}),
      // said with the record's verdict: "the article is kept" came before "no article text found" for a word and NULs
      ...(fields.nuls.size ? { takenOut: { taken: `${nulCount(fields.nuls)} taken out`, rest: 'the record is read without them' } } : {}),
    },
  };
  const left: RecordItem[] = fields.wrong.length ? [{ source: where, reason: `field ${fields.wrong.join('; field ')}: left out, the article is kept` }] : [];
  return [doc, ...left];
}

/** `2 NUL characters in "text", 1 in "id"`. */
function nulCount(nuls: Map<string, number>): string {
  return [...nuls].map(([name, n], i) => `${n.toLocaleString('en-US')}${i ? '' : ` NUL character${n === 1 ? '' : 's'}`} in "${name}"`).join(', ');
}

/** The one notation for a record's place in its file: `file.jsonl#3` (line 3), `file.json#2` (second record). */
export const recordPlace = (file: string, n: number): string => `${file}#${n}`;

/** Records of a .json file: an array of records, or one record. */
export function* jsonRecords(text: string, source: string, baseId: string, firstOrder: number): Generator<RecordItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { source, reason: notJsonReason(text, err, 'file') };
    return;
  }
  if (!Array.isArray(value)) {
    yield* recordItems(value, source, baseId, firstOrder);
    return;
  }
  for (let i = 0; i < value.length; i++) yield* recordItems(value[i], recordPlace(source, i + 1), `${baseId}-${i + 1}`, firstOrder + i);
}
