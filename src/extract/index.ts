// Extract stage: RawDocument -> Article (the article's own text and metadata, page chrome out).
import type { Article, RawDocument } from '../model.ts';
import { extractPlainText } from './plain/index.ts';
import { extractHtml } from './html/index.ts';
import { normalizePublished } from './published.ts';
import { withRules } from './removal-rules.ts';
import { cutParagraphs } from '../ingest/cut-text.ts';
import { repairMojibake, repairNote } from './mojibake.ts';

export function extractArticle(raw: RawDocument): Article {
  const article = raw.kind === 'html' ? extractHtml(raw) : extractPlainText(raw);
  const out: Article = { ...article, published: normalizePublished(article.published), removed: withRules(article.removed) };
  repairEncoding(out);
  // ingest cuts other text before this stage; a page's own text is known only here (its markup may be any size)
  const cut = raw.kind === 'html' ? cutParagraphs(out.paragraphs) : null;
  // what the reading took out is said as a cut is: one line with the source, where the article is kept
  const taken = raw.meta.takenOut;
  const note = [taken ? `${taken.taken}; ${taken.rest}` : '', cut?.note ?? ''].filter(Boolean).join('; ');
  if (cut) out.paragraphs = cut.paragraphs;
  if (cut || note) out.cut = note;
  return out;
}

/** Repair the title's and paragraphs' UTF-8 read as Windows-1252 ("JesÃºs"), with a note of it on the article. */
function repairEncoding(article: Article): void {
  let count = 0;
  let example: { was: string; now: string } | undefined;
  const repair = (text: string) => {
    const r = repairMojibake(text);
    count += r.count;
    example ??= r.example;
    return r.text;
  };
  const title = repair(article.title);
  const paragraphs = article.paragraphs.map(repair);
  if (!count) return;
  article.title = title;
  article.paragraphs = paragraphs;
  article.encodingRepaired = repairNote(count, example);
}
