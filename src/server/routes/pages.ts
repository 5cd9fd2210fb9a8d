// The HTML pages: stories, story, article, search, problems.
import { Hono } from 'hono';
import { storiesPage } from '../pages/stories.ts';
import { storyPage } from '../pages/story.ts';
import { articlePage } from '../pages/article.ts';
import { SEARCH_PAGE, searchPage } from '../pages/search.ts';
import { problemsPage } from '../pages/problems.ts';
import { notFoundPage } from '../pages/errors.ts';
import { paging, searchText, storyQuery } from '../query.ts';
import type { StoryBase } from '../types.ts';
import { whyPieces } from '../../provenance/why-refs.ts';

/** Far beyond any change number: asks the base for its current one without listing changes. */
const NOW = Number.MAX_SAFE_INTEGER;

export function pageRoutes(base: StoryBase, options: { livePollMs?: number } = {}): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const query = storyQuery(c.req.query());
    const [stories, changes] = await Promise.all([base.countedStories(query), base.changedSince(NOW)]);
    return c.html(storiesPage({ stories: stories.items, total: stories.total, query, limit: query.limit!, seq: changes.seq, pollMs: options.livePollMs }));
  });

  app.get('/stories/:id', async (c) => {
    const [report, changes] = await Promise.all([base.storyReport(c.req.param('id')), base.storyChanges(c.req.param('id'))]);
    const story = report?.stories.find((s) => s.id === c.req.param('id')) ?? report?.stories[0];
    if (!report || !story) return c.html(notFoundPage('No such story', 'The story may have been merged into another; search for it.'), 404);
    return c.html(storyPage(report, story, changes));
  });

  app.get('/articles/:id', async (c) => {
    const view = await base.document(c.req.param('id'));
    if (!view) return c.html(notFoundPage('No such article', 'Search for it by its words.'), 404);
    // titles of the articles it is related to, for the relation labels
    // (and of the articles their reasons name: "both re-use …" names a third)
    const named = view.relations.flatMap((r) => (r.why ?? []).flatMap((w) => whyPieces(w, r).flatMap((p) => (typeof p === 'string' ? [] : [p.document]))));
    const others = [...new Set([...view.relations.flatMap((r) => [r.from, r.to]), ...named])].filter((id) => id !== view.document.id);
    const known = new Map((await Promise.all(others.map((id) => base.document(id)))).filter((v) => !!v).map((v) => [v!.document.id, v!.document]));
    return c.html(articlePage(view, (id) => known.get(id)));
  });

  app.get('/search', async (c) => {
    const params = c.req.query();
    const q = searchText(params);
    const { limit, offset } = paging({ ...params, limit: params.limit ?? String(SEARCH_PAGE) });
    const hits = q ? await base.countedSearch(q, { limit, offset }) : { items: [], total: 0 };
    return c.html(searchPage(q, hits.items, offset, limit, hits.total));
  });

  app.get('/problems', async (c) => {
    const { limit, offset } = paging({ ...c.req.query(), limit: c.req.query('limit') ?? '100' });
    const problems = await base.countedProblems({ limit, offset });
    return c.html(problemsPage(problems.items, offset, limit, problems.total));
  });
  return app;
}
