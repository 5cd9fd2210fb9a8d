// The web app: pages, /api, /feeds and /assets over one story base, with security headers on every
// response and JSON or HTML errors that name the problem (never a stack trace).
import { Hono } from 'hono';
import { ASSETS } from './assets.ts';
import { securityHeaders } from './security.ts';
import { responseCache } from './cache.ts';
import { BadRequest } from './query.ts';
import { pageRoutes } from './routes/pages.ts';
import { apiRoutes, type WriteOptions } from './routes/api.ts';
import { DEFAULT_WRITE } from './limits.ts';

export { DEFAULT_WRITE };
import { feedRoutes } from './routes/feeds.ts';
import { errorPage, notFoundPage } from './pages/errors.ts';
import type { StoryBase } from './types.ts';

export interface AppOptions extends Partial<WriteOptions> {
  /** how often the stories page asks for new and grown stories, ms (default 5000) */
  livePollMs?: number;
  /** keep rendered responses until the base changes (default on) */
  cache?: boolean;
  /** called with a failure's details (the response only says that it failed) */
  onError?: (err: Error) => void;
}

export function createApp(base: StoryBase, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  if (options.cache !== false) {
    // problems are recorded without moving the change number on: always read fresh
    app.use(
      '*',
      responseCache({
        seq: async () => (await base.changedSince(Number.MAX_SAFE_INTEGER)).seq,
        skip: (path) => path.startsWith('/assets/') || /^\/(api\/)?problems\b/.test(path),
      }),
    );
  }

  app.get('/assets/:name', (c) => {
    const a = ASSETS[c.req.param('name')];
    if (!a) return c.text('not found', 404);
    if (c.req.header('if-none-match') === a.etag) return c.body(null, 304, { ETag: a.etag });
    return c.body(a.body, 200, { 'Content-Type': a.type, ETag: a.etag, 'Cache-Control': 'public, max-age=86400' });
  });

  app.get('/favicon.ico', (c) => c.redirect(`/assets/icon.svg`, 301));

  const clientOf = options.clientOf ?? (() => 'local');
  app.route('/api', apiRoutes(base, { ...DEFAULT_WRITE, ...options, clientOf }));
  app.route('/feeds', feedRoutes(base));
  app.route('/', pageRoutes(base, { livePollMs: options.livePollMs }));

  const wantsJson = (path: string) => path.startsWith('/api/');
  app.notFound((c) =>
    wantsJson(c.req.path) ? c.json({ error: 'not found' }, 404) : c.html(notFoundPage('Not found', 'There is no page at this address.'), 404),
  );
  app.onError((err, c) => {
    if (err instanceof BadRequest) return wantsJson(c.req.path) ? c.json({ error: err.message }, 400) : c.html(errorPage('Bad request', err.message), 400);
    options.onError?.(err);
    return wantsJson(c.req.path)
      ? c.json({ error: 'the server failed to answer this request' }, 500)
      : c.html(errorPage('Something went wrong', 'The server failed to answer this request.'), 500);
  });
  return app;
}
