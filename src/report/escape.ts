// Article text is hostile: everything that reaches HTML goes through escapeHtml; Markdown is defanged.
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

/** A safe id fragment for anchors. */
export function anchor(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '-');
}
