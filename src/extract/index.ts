// Extract stage: RawDocument -> Article (the article's own text and metadata, page chrome out).
import type { Article, RawDocument } from '../model.ts';
import { extractPlainText } from './plain/index.ts';
import { extractHtml } from './html/index.ts';
import { normalizePublished } from './published.ts';
import { withRules } from './removal-rules.ts';
import { cutParagraphs } from '../ingest/cut-text.ts';

export function extractArticle(raw: RawDocument): Article {
  const article = raw.kind === 'html' ? extractHtml(raw) : extractPlainText(raw);
  const out = { ...article, published: normalizePublished(article.published), removed: withRules(article.removed) };
  // ingest cuts other text before this stage; a page's own text is known only here (its markup may be any size)
  const cut = raw.kind === 'html' ? cutParagraphs(out.paragraphs) : null;
  return cut ? { ...out, paragraphs: cut.paragraphs, cut: cut.note } : out;
}
