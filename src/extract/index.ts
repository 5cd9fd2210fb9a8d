// Extract stage: RawDocument -> Article (the article's own text and metadata, page chrome out).
import type { Article, RawDocument } from '../model.ts';
import { extractPlainText } from './plain/index.ts';
import { extractHtml } from './html/index.ts';
import { normalizePublished } from './published.ts';
import { withRules } from './removal-rules.ts';

export function extractArticle(raw: RawDocument): Article {
  const article = raw.kind === 'html' ? extractHtml(raw) : extractPlainText(raw);
  return { ...article, published: normalizePublished(article.published), removed: withRules(article.removed) };
}
