// Safe HTML: every value put into the `html` template is escaped unless it is already Html (built by this
// template). Article text is hostile, so escaping is the default and markup must be asked for by type.
import { escapeHtml } from '../report/escape.ts';

export { utcStamp } from '../common/utc-stamp.ts';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | HtmlValue[];

function render(v: HtmlValue): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(String(v));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested html`` and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

export function join(parts: Html[], sep = ''): Html {
  return new Html(parts.map((p) => p.value).join(sep));
}

/** Only web addresses become links; `javascript:`, `data:` and the rest are shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A path segment for an id in a link (ids come from file names and URL hashes: still encoded). */

export function idPath(id: string): string {
  return encodeURIComponent(id);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the entities an escaped snippet may hold (named basics and numeric). */
function unescapeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** A search snippet (article text, escaped by the base, matches in <b>..</b>): cut at the markers, decode
 * and re-escape each piece here (the page does not rely on another module's escaping), and turn only the
 * markers into balanced <mark> elements. */
export function highlightSnippet(snippet: string): Html {
  const parts = snippet.split(/(<\/?b>)/);
  let open = false;
  let out = '';
  for (const p of parts) {
    if (p === '<b>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (p === '</b>') {
      if (open) out += '</mark>';
      open = false;
    } else out += escapeHtml(unescapeEntities(p));
  }
  if (open) out += '</mark>';
  return new Html(out);
}
