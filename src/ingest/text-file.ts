// Scraped plain text: a first line " date YYYY-MM-DD <title>" is the crawler's metadata, not article text.
import type { RawDocument } from '../model.ts';

const CRAWLER_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\s+(.*)$/;

export function textDocument(id: string, source: string, text: string, order: number, encoding: string): RawDocument {
  const body = text.replace(/\r\n?/g, '\n');
  const newline = body.indexOf('\n');
  const first = newline < 0 ? body : body.slice(0, newline);
  const m = CRAWLER_LINE.exec(first);
  if (!m) return { id, source, kind: 'text', body, order, meta: { encoding } };
  return {
    id,
    source,
    kind: 'text',
    body: newline < 0 ? '' : body.slice(newline + 1),
    order,
    meta: { published: m[1], title: m[2].trim() || null, encoding },
  };
}
