// Guarded HTML parsing: hostile markup (100k nested tags, giant pages) must give a bounded result.
import { type Document, parseDocument } from './dom.ts';

/** Nesting deeper than this is flattened before parsing (real pages stay far below 100 levels). */
export const MAX_DEPTH = 256;
/** Markup longer than this is cut (characters); the article is near the top of any real page. */
export const MAX_HTML_CHARS = 6 * 1024 * 1024;

/** Elements that never hold children, so they do not deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements whose content is raw text: tags inside them are not tags. Each with the search for its end tag. */
const RAW_TEXT_END: Record<string, RegExp> = Object.fromEntries(
  ['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template'].map((t) => [t, new RegExp(`</${t}`, 'gi')]),
);

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;

const selfClosing = (tag: string) => tag.charCodeAt(tag.length - 2) === 47;

/**
 * Calls `visit` for each tag that opens or closes an element, skipping raw-text content and void elements.
 * A callback, not a generator, and no lower-cased copy of the page: this runs over every page's markup.
 */
function eachNestingTag(html: string, visit: (index: number, length: number, closing: boolean) => void): void {
  const tag = new RegExp(TAG.source, 'g');
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    const rawEnd = m[1] ? undefined : RAW_TEXT_END[name];
    if (rawEnd) {
      rawEnd.lastIndex = tag.lastIndex;
      const close = rawEnd.exec(html);
      tag.lastIndex = close ? close.index : html.length;
      continue;
    }
    if (VOID.has(name) || selfClosing(m[0])) continue;
    visit(m.index, m[0].length, !!m[1]);
  }
}

/**
 * Drop tags that would nest beyond MAX_DEPTH. Counting is approximate (an unclosed <p> counts as open),
 * which only makes the cut earlier on broken markup; text is never dropped, only the excess tags.
 */
export function flattenDeepNesting(html: string, maxDepth = MAX_DEPTH): { html: string; flattened: boolean } {
  let depth = 0;
  let deepest = 0;
  eachNestingTag(html, (_index, _length, closing) => {
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  });
  if (deepest <= maxDepth) return { html, flattened: false };
  depth = 0;
  const out: string[] = [];
  let last = 0;
  eachNestingTag(html, (index, length, closing) => {
    const over = closing ? depth > maxDepth : depth + 1 > maxDepth;
    depth = Math.max(0, depth + (closing ? -1 : 1));
    if (over) {
      out.push(html.slice(last, index), ' ');
      last = index + length;
    }
  });
  out.push(html.slice(last));
  return { html: out.join(''), flattened: true };
}

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
    html = html.slice(0, MAX_HTML_CHARS);
    notes.push(`page cut to its first ${MAX_HTML_CHARS} characters`);
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
