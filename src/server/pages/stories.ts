// The stories page: newest, most independent sources or fastest growing; filters by date, outlet and
// language; each row its title, independent-source count, outlets, first and latest report. A live region
// lists stories opened or grown while the page is open (the app's script polls /api/changes).
import { html, idPath, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { pager, pastEnd } from '../pager.ts';
import type { StoryQuery, StorySummary } from '../types.ts';
import { at } from '../base-path.ts';

export const SORTS: Array<[NonNullable<StoryQuery['sort']>, string]> = [
  ['newest', 'Newest'],
  ['sources', 'Most independent sources'],
  ['growing', 'Fastest growing'],
];

/** The query string of a stories page with some fields changed. */
export function storiesHref(q: StoryQuery, change: Partial<StoryQuery>): string {
  const merged: Record<string, unknown> = { ...q, ...change };
  const params = new URLSearchParams();
  for (const key of ['sort', 'since', 'until', 'outlet', 'language', 'offset'] as const) {
    const v = merged[key];
    if (v !== undefined && v !== null && v !== '' && !(key === 'offset' && !v) && !(key === 'sort' && v === 'newest')) params.set(key, String(v));
  }
  const s = params.toString();
  return at(s ? `/?${s}` : '/');
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

function row(s: StorySummary): Html {
  return html`<li><a class="title" href="${at(`/stories/${idPath(s.id)}`)}">${s.title}</a>
<div class="meta"><span class="count" title="independent sources">${s.independentSources}</span> independent source${s.independentSources === 1 ? '' : 's'} · ${s.documents} article${s.documents === 1 ? '' : 's'} · first ${day(s.firstSeen)} · latest ${day(s.latest)}${s.languages.length ? ` · ${s.languages.join(', ')}` : ''}</div>
<div>${s.outlets
    .filter(Boolean)
    .slice(0, 12)
    .map((o) => html`<span class="tag">${o}</span>`)}${s.outlets.length > 12 ? html`<span class="meta">+${s.outlets.length - 12} more</span>` : ''}</div></li>`;
}

export interface StoriesPageData {
  stories: StorySummary[];
  /** stories in the whole list (all pages) */
  total: number;
  query: StoryQuery;
  limit: number;
  /** live-update cursor: changes after it are announced */
  seq: number;
  /** how often the page asks for changes, ms */
  pollMs?: number;
}

export function storiesPage(d: StoriesPageData): string {
  const q = d.query;
  const sort = q.sort ?? 'newest';
  const tabs = SORTS.map(
    ([key, label]) => html`<a href="${storiesHref(q, { sort: key, offset: 0 })}"${key === sort ? html` aria-current="page"` : ''}>${label}</a>`,
  );
  const field = (name: string, label: string, value: string | undefined, type = 'text') =>
    html`<label for="f-${name}">${label}<input id="f-${name}" name="${name}" type="${type}" value="${value ?? ''}" maxlength="100"></label>`;
  const filters = html`<form class="filters" method="get" action="${at('/')}" aria-label="Filter stories">
<input type="hidden" name="sort" value="${sort}">
${field('since', 'From (date)', q.since, 'date')}${field('until', 'Until (date)', q.until, 'date')}${field('outlet', 'Outlet', q.outlet)}${field('language', 'Language (e.g. en)', q.language)}
<button type="submit">Filter</button> <a href="${storiesHref({}, { sort })}">Clear</a></form>`;
  const offset = q.offset ?? 0;
  // past the end "No stories match" would deny the base's stories: say where the list ends
  const past = pastEnd(offset, d.stories.length);
  const nav = pager({
    offset,
    limit: d.limit,
    count: d.stories.length,
    total: d.total,
    href: (o) => storiesHref(q, { offset: o }),
    back: '← Newer page',
    next: 'Next page →',
  });
  const list = d.stories.length
    ? html`<ol class="stories" start="${offset + 1}">${d.stories.map(row)}</ol>`
    : past
      ? html`<p>No stories past number ${offset}: the list ends before it.</p>`
      : html`<p>No stories match. Ingest articles with <code>crosscheck ingest</code>, or clear the filters.</p>`;
  const body = html`<h1>Stories</h1>
<nav aria-label="Order"><p class="tabs">${tabs}</p></nav>
${filters}
<div id="live" class="live" data-seq="${d.seq}" data-every="${d.pollMs ?? 5000}" role="status" aria-live="polite" hidden><strong>New or grown since you opened this page:</strong><ul></ul></div>
<noscript><p class="meta">Stories that arrive while this page is open are announced here when scripts run; reload to see them.</p></noscript>
${list}${nav}`;
  return page({ title: 'Stories', body, current: 'stories', feed: { href: at('/feeds/top.atom'), title: 'crosscheck: top stories' } });
}
