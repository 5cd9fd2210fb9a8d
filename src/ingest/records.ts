// JSON records {id, title, text, url?, published?, outlet?, byline?}: one per line (.jsonl) or an array (.json).
import type { Problem, RawDocument } from '../model.ts';

export type RecordItem = RawDocument | Problem;

const TEXT_FIELDS = ['text', 'body', 'content'];
const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['published', 'date', 'datePublished', 'published_at'];

function pick(rec: Record<string, unknown>, fields: string[]): unknown {
  for (const f of fields) if (rec[f] !== undefined && rec[f] !== null) return rec[f];
  return undefined;
}

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

function asByline(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  return [];
}

/** One record to a RawDocument, or the reason it cannot be used. */
export function recordDocument(value: unknown, where: string, fallbackId: string, order: number): RecordItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { source: where, reason: 'record is not a JSON object' };
  const rec = value as Record<string, unknown>;
  const title = asString(pick(rec, TITLE_FIELDS));
  const text = asString(pick(rec, TEXT_FIELDS)) ?? '';
  // a headline-only record (a wire flash, a feed item without a summary) is still an article: its title is its text
  if (!text.trim() && !title?.trim()) return { source: where, reason: 'record has no "text" and no "title" (or both are empty)' };
  const id = asString(rec.id)?.trim() || fallbackId;
  const looksHtml = /^\s*<(!doctype|html|body|article|div|p)\b/i.test(text);
  return {
    id,
    source: where,
    kind: looksHtml ? 'html' : 'record',
    body: text.replace(/\r\n?/g, '\n'),
    order,
    url: asString(rec.url),
    meta: {
      title,
      headlineOnly: !text.trim() || undefined,
      published: asString(pick(rec, DATE_FIELDS)),
      outlet: asString(rec.outlet ?? rec.source_name ?? rec.site),
      byline: asByline(rec.byline ?? rec.author ?? rec.authors),
    },
  };
}

/** The one notation for a record's place in its file: `file.jsonl#3` (line 3), `file.json#2` (second record). */
export const recordPlace = (file: string, n: number): string => `${file}#${n}`;

/** Records of a .json file: an array of records, or one record. */
export function* jsonRecords(text: string, source: string, baseId: string, firstOrder: number): Generator<RecordItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { source, reason: `not valid JSON (${(err as Error).message.split('\n')[0]})` };
    return;
  }
  if (!Array.isArray(value)) {
    yield recordDocument(value, source, baseId, firstOrder);
    return;
  }
  for (let i = 0; i < value.length; i++) yield recordDocument(value[i], recordPlace(source, i + 1), `${baseId}-${i + 1}`, firstOrder + i);
}
