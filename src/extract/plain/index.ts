// Scraped plain text -> Article. (First cut: paragraphs by line; the chrome classifier replaces it.)
import type { Article, RawDocument } from '../../model.ts';
import { decodeEntities } from '../../common/normalize.ts';

export function extractPlainText(raw: RawDocument): Article {
  const lines = decodeEntities(raw.body).split('\n').map((l) => l.trim()).filter(Boolean);
  const title = raw.meta.title ?? lines[0] ?? raw.id;
  const paragraphs = lines.filter((l) => l !== title);
  return {
    id: raw.id,
    source: raw.source,
    url: raw.url ?? null,
    title,
    outlet: raw.meta.outlet ?? null,
    byline: raw.meta.byline ?? [],
    published: raw.meta.published ?? null,
    paragraphs,
    removed: [],
    order: raw.order,
  };
}
