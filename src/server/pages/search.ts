// Search results: stories and articles, ranked, with the matching words marked in each snippet.
import { highlightSnippet, html, idPath } from '../html.ts';
import { page } from '../layout.ts';
import { pager, pastEnd } from '../pager.ts';
import type { SearchHit } from '../types.ts';
import { at } from '../base-path.ts';

/** "11 results" when the first page holds them all, else where this page's lie among them all: "results 21–40 of 57"
 * ("1–11 results" read as a range with no total). */
function shown(offset: number, count: number, total: number): string {
  return offset === 0 && count === total ? `${count} result${count === 1 ? '' : 's'}` : `results ${offset + 1}–${offset + count} of ${total}`;
}

/** Results on a search page unless the address says otherwise. */
export const SEARCH_PAGE = 20;

/** A hit's outlet(s) and date: a researcher picks the Reuters report from a copy, the report from last week's. */
function source(h: SearchHit): string {
  const outlets = h.outlets.length > 3 ? `${h.outlets.slice(0, 3).join(', ')} and ${h.outlets.length - 3} more` : h.outlets.join(', ');
  const when = h.date ? h.date.slice(0, 16).replace('T', ' ') : '';
  return [outlets, when].filter(Boolean).join(' · ');
}

export function searchPage(q: string, hits: SearchHit[], offset: number, limit: number, total: number): string {
  const href = (h: SearchHit) => at(h.kind === 'story' ? `/stories/${idPath(h.id)}` : `/articles/${idPath(h.id)}`);
  const items = hits.map(
    (h) =>
      html`<li><span class="kind">${h.kind === 'story' ? 'story' : 'article'}</span> <a href="${href(h)}">${h.title || h.id}</a>${source(h) ? html` <span class="meta">${source(h)}</span>` : ''}<div>${highlightSnippet(h.snippet ?? '')}</div></li>`,
  );
  // a page size given in the address is kept (the next page was 20 results again)
  const more = (o: number) => at(`/search?${new URLSearchParams({ q, ...(limit === SEARCH_PAGE ? {} : { limit: String(limit) }), offset: String(o) })}`);
  // past the end "No results" would deny the search's hits: say where they end
  const past = pastEnd(offset, hits.length);
  const nav = pager({ offset, limit, count: hits.length, total, href: more });
  const body = q
    ? html`<h1>Search: ${q}</h1><p class="meta">${hits.length ? shown(offset, hits.length, total) : past ? `No results past number ${offset}` : 'No results'} · <a href="${at(`/feeds/search.atom?${new URLSearchParams({ q }).toString()}`)}">Atom feed of this search</a></p>${hits.length ? html`<ol class="results" start="${offset + 1}">${items}</ol>` : ''}${nav}`
    : html`<h1>Search</h1><p>Type words in the search box above.</p>`;
  return page({
    title: q ? `Search: ${q}` : 'Search',
    body,
    q,
    current: 'search',
    feed: q ? { href: at(`/feeds/search.atom?${new URLSearchParams({ q })}`), title: `crosscheck: ${q}` } : undefined,
  });
}
