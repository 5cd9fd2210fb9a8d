// Article text is hostile: everything that reaches HTML goes through escapeHtml; Markdown is defanged.
import { shown } from '../common/shown.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Markdown: stop article text from opening links, images, HTML or tables, or breaking a line's layout. */
export function escapeMd(s: string | null | undefined): string {
  return String(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1')
    .trim();
}

/**
 * Markdown: a name (an input's path, a URL) as a code span, quoted as problem lines quote it (`shown`: "" for an
 * empty name, \u escapes for line breaks and controls, which would end the span or the list item). The fence is
 * one backtick longer than the longest run of them inside, so a name holding backticks is shown whole.
 */
export function codeName(name: string): string {
  const text = shown(name, Infinity);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // a span may not open or close on a backtick of its own: a space on each side, which Markdown strips
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A safe id fragment for anchors. */
export function anchor(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '-');
}
