// Extract stage: RawDocument -> Article (the article's own text and metadata, page chrome out).
import type { Article, RawDocument } from '../model.ts';
import { extractPlainText } from './plain/index.ts';
import { extractHtml } from './html/index.ts';

export function extractArticle(raw: RawDocument): Article {
  switch (raw.kind) {
    case 'html':
      return extractHtml(raw);
    default:
      return extractPlainText(raw);
  }
}
