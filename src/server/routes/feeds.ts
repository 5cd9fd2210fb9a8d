// Atom feeds out: the top stories, and the stories of a search. One entry per story; its content is the
// story's cited briefing (HTML, escaped as XML text), its link the story page.
import { Hono } from 'hono';
import { briefingHtml } from '../story/briefing.ts';
import { idPath } from '../html.ts';
import { BadRequest, searchText } from '../query.ts';
import type { StoryBase, StoryBriefing } from '../types.ts';
import { alertAtom } from '../../watch/index.ts';
import type { Watching } from '../subscriptions.ts';
import { storedInstant } from '../../common/date-bound.ts';
import { at } from '../base-path.ts';

/** Entries per feed. */
const FEED_SIZE = 30;

/** Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/F) are dropped. */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(s: string): string {
  return s.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

// (a stored date without a zone is UTC, as the store and the cluster stage read it, not the machine's zone)
const atomDate = (s: string | null | undefined) => {
  const t = storedInstant(s) ?? (s ? Date.parse(s) : NaN);
  return new Date(Number.isNaN(t) ? 0 : t).toISOString();
};

export function atomFeed(o: { id: string; title: string; self: string; alternate: string; origin: string; entries: StoryBriefing[] }): string {
  // ISO dates of one format sort as strings: the latest is the last
  const updated = [atomDate(null), ...o.entries.map((e) => atomDate(e.summary.updatedAt))].sort().at(-1)!;
  const entries = o.entries.map(({ summary: s, briefing, documents }) => {
    const content = briefingHtml({ briefing }, { documents }, o.origin).value;
    const href = o.origin + at(`/stories/${idPath(s.id)}`);
    return `<entry>
<id>${xmlEscape(href)}</id>
<title type="text">${xmlEscape(s.title)}</title>
<link rel="alternate" type="text/html" href="${xmlEscape(href)}"/>
<updated>${atomDate(s.updatedAt)}</updated>
${s.firstSeen ? `<published>${atomDate(s.firstSeen)}</published>` : ''}
<author><name>${xmlEscape(s.outlets.slice(0, 5).join(', ') || 'crosscheck')}</name></author>
<summary type="text">${xmlEscape(`${s.independentSources} independent source${s.independentSources === 1 ? '' : 's'}, ${s.documents} article${s.documents === 1 ? '' : 's'}: ${s.outlets.slice(0, 8).join(', ')}`)}</summary>
<content type="html">${xmlEscape(content)}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xmlEscape(o.id)}</id>
<title type="text">${xmlEscape(o.title)}</title>
<link rel="self" type="application/atom+xml" href="${xmlEscape(o.self)}"/>
<link rel="alternate" type="text/html" href="${xmlEscape(o.alternate)}"/>
<updated>${updated}</updated>
<generator>crosscheck</generator>
${entries.join('\n')}
</feed>
`;
}

export function feedRoutes(base: StoryBase, watching: Watching | null): Hono {
  const app = new Hono();
  const send = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

  app.get('/top.atom', async (c) => {
    const origin = new URL(c.req.url).origin;
    const stories = await base.stories({ sort: 'sources', limit: FEED_SIZE });
    return send(
      atomFeed({
        id: origin + at('/feeds/top.atom'),
        title: 'crosscheck: top stories',
        self: origin + at('/feeds/top.atom'),
        alternate: origin + at('/?sort=sources'),
        origin,
        entries: await base.storyBriefings(stories.map((s) => s.id)),
      }),
    );
  });

  app.get('/search.atom', async (c) => {
    const origin = new URL(c.req.url).origin;
    const q = searchText(c.req.query());
    // without words it was an empty feed titled "crosscheck: ", which a reader would poll for ever
    if (!q) throw new BadRequest('q (the words to search for) is required');
    const hits = await base.search(q, { limit: FEED_SIZE * 3 });
    // a search feed lists stories: the stories hit directly and those holding a hit article
    const ids: string[] = [];
    for (const h of hits) {
      const storyIds = h.kind === 'story' ? [h.id] : ((await base.document(h.id))?.stories ?? []);
      for (const id of storyIds) if (!ids.includes(id)) ids.push(id);
      if (ids.length >= FEED_SIZE) break;
    }
    const entries = await base.storyBriefings(ids.slice(0, FEED_SIZE));
    const self = origin + at(`/feeds/search.atom?${new URLSearchParams({ q })}`);
    return send(atomFeed({ id: self, title: `crosscheck: ${q}`, self, alternate: origin + at(`/search?${new URLSearchParams({ q })}`), origin, entries }));
  });

  // an alert's matches: one entry per story that was new or grew and matched
  app.get('/alerts/:file', async (c) => {
    const id = /^(\d{1,9})\.atom$/.exec(c.req.param('file'))?.[1];
    if (!id || !watching) return c.notFound();
    const xml = await alertAtom(watching.db, Number(id), { selfUrl: new URL(c.req.url).origin + at(`/feeds/alerts/${id}.atom`) });
    return xml === null ? c.notFound() : send(xml);
  });
  return app;
}
