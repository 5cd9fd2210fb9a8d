// A list page's links to its neighbours; past the end (an old link, a typed offset) every earlier page but the first
// may be empty too, so the one link back is to the first page.
import { type Html, html } from './html.ts';

export interface PagerOptions {
  offset: number;
  limit: number;
  /** items on this page */
  count: number;
  /** items in the whole list (a full last page showed "Next →" to an empty page) */
  total: number;
  /** the page starting at an offset */
  href: (offset: number) => string;
  /** the first page's address, when not `href(0)` */
  first?: string;
  back?: string;
  next?: string;
}

/** Whether the page is past the list's end: an offset given and nothing there. */
export const pastEnd = (offset: number, count: number): boolean => offset > 0 && !count;

export function pager(o: PagerOptions): Html {
  const back = pastEnd(o.offset, o.count)
    ? html`<a href="${o.first ?? o.href(0)}">← First page</a>`
    : o.offset > 0
      ? html`<a href="${o.href(Math.max(0, o.offset - o.limit))}">${o.back ?? '← Previous'}</a>`
      : '';
  const next = o.count > 0 && o.offset + o.count < o.total ? html`<a href="${o.href(o.offset + o.limit)}">${o.next ?? 'Next →'}</a>` : '';
  // a list on one page has no neighbours: an empty "Pages" landmark was announced to screen readers all the same
  if (!back && !next) return html``;
  return html`<nav class="pager" aria-label="Pages">${back}${next}</nav>`;
}
