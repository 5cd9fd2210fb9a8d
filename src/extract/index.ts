// Extract stage: RawDocument -> Article (the article's own text and metadata, page chrome out).
import type { Article, RawDocument } from '../model.ts';
import { extractPlainText } from './plain/index.ts';

export function extractArticle(raw: RawDocument): Article {
  switch (raw.kind) {
    case 'html':
      // HTML extraction arrives with the web-ingest work; until then the markup is stripped to lines.
      return extractPlainText({ ...raw, body: raw.body.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<(br|\/p|\/div|\/h\d|\/li)[^>]*>/gi, '\n').replace(/<[^>]+>/g, '') });
    default:
      return extractPlainText(raw);
  }
}
