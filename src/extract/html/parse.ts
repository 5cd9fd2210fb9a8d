// Guarded HTML parsing: hostile markup (100k nested tags, giant pages) must give a bounded result.
import { type Document, parseDocument } from './dom.ts';
import { flattenDeepNesting, MAX_DEPTH } from '../../common/nesting.ts';
import { emptyBulk } from './bulk.ts';

/** Markup longer than this is cut (characters); the article is near the top of any real page. */
export const MAX_HTML_CHARS = 6 * 1024 * 1024;

/** The start of the removal note a page cut at MAX_HTML_CHARS gets. */
export const PAGE_CUT_NOTE = 'page cut to its first';

export interface ParsedPage {
  document: Document;
  /** the markup as parsed (guarded, with a root), for a second parser */
  source: string;
  /** what the guards changed, for the document's removal notes */
  notes: string[];
  /** the page was cut or flattened: too hostile for a second parse */
  hostile: boolean;
}

/** Parse markup into a DOM, within the guards. */
export function parsePage(markup: string): ParsedPage {
  const notes: string[] = [];
  let html = markup;
  if (html.length > MAX_HTML_CHARS) {
    // inline images, fonts and a script's state first: the cut then falls in the page's text, not before it
    const bulk = emptyBulk(html);
    if (bulk.count) {
      html = bulk.html;
      notes.push(`${bulk.count} inline data value${bulk.count === 1 ? '' : 's'} or script${bulk.count === 1 ? '' : 's'} emptied (${bulk.chars} characters)`);
    }
  }
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS);
    notes.push(`${PAGE_CUT_NOTE} ${MAX_HTML_CHARS} characters`);
  }
  const flat = flattenDeepNesting(html);
  if (flat.flattened) notes.push(`tags nested deeper than ${MAX_DEPTH} levels were dropped`);
  // a DOM takes the first element as the root: server warnings printed before <!DOCTYPE>/<html>
  // would become the document. Drop them; wrap a fragment (feed item content) so <html>/<body> exist.
  const start = /<!doctype\s+html|<html[\s>]/i.exec(flat.html.slice(0, 65536));
  let source = start ? flat.html.slice(start.index) : `<!DOCTYPE html><html><head></head><body>${flat.html}</body></html>`;
  // no <body> tag: the parser would leave what follows </head> outside the document element
  if (start && !/<body[\s>]/i.test(source)) {
    const headEnd = /<\/head\s*>/i.exec(source);
    if (headEnd) source = `${source.slice(0, headEnd.index + headEnd[0].length)}<body>${source.slice(headEnd.index + headEnd[0].length)}`;
  }
  if (start && start.index > 0 && /<[a-z]/i.test(flat.html.slice(0, start.index))) notes.push('markup before <html> dropped');
  return { document: parseDocument(source), source, notes, hostile: flat.flattened || html.length < markup.length };
}
