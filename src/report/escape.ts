// Article text is hostile: everything that reaches HTML goes through escapeHtml; Markdown is defanged.
import { shown } from '../common/shown.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Bidirectional embeddings, overrides and isolates, and the marks that close them. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** What each control does: opens an embedding or override (closed by PDF), opens an isolate (closed by PDI), or closes. */
const BIDI_ROLE: Record<string, 'embed' | 'isolate' | 'pdf' | 'pdi'> = {
  '\u202a': 'embed',
  '\u202b': 'embed',
  '\u202d': 'embed',
  '\u202e': 'embed',
  '\u202c': 'pdf',
  '\u2066': 'isolate',
  '\u2067': 'isolate',
  '\u2068': 'isolate',
  '\u2069': 'pdi',
};

/**
 * A name or text with every bidirectional embedding, override and isolate it opens closed at its end: an
 * article title holding U+202E (right-to-left override) reversed what followed it on the page or in the report
 * line -- the count after a title, the next cell of a Markdown table, the outlet after a byline. A value whose
 * controls are balanced is returned as it is.
 */
export function closeBidi(s: string): string {
  if (!BIDI_CONTROL.test(s)) return s;
  const open: Array<'embed' | 'isolate'> = [];
  for (const [c] of s.matchAll(BIDI_CONTROLS)) {
    const role = BIDI_ROLE[c];
    if (role === 'embed' || role === 'isolate') open.push(role);
    // PDF closes the last embedding unless an isolate is open above it; PDI closes up to its isolate
    else if (role === 'pdf' && open.at(-1) === 'embed') open.pop();
    else if (role === 'pdi' && open.includes('isolate')) open.length = open.lastIndexOf('isolate');
  }
  return (
    s +
    open
      .reverse()
      .map((r) => (r === 'embed' ? '\u202c' : '\u2069'))
      .join('')
  );
}

export function escapeHtml(s: string | null | undefined): string {
  return closeBidi(String(s ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]));
}

/** Markdown: stop article text from opening links, images, HTML or tables, or breaking a line's layout. */
export function escapeMd(s: string | null | undefined): string {
  return closeBidi(
    String(s ?? '')
      .replace(/\s+/g, ' ')
      .replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1')
      .trim(),
  );
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
