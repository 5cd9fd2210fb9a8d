// The web app: pages, /api, /feeds and /assets over one story base, with security headers on every
// response and JSON or HTML errors that name the problem (never a stack trace).
import { Hono } from 'hono';
import { ASSETS } from './assets.ts';
import { loopbackHostOnly, securityHeaders } from './security.ts';
import { responseCache } from './cache.ts';
import { storyVersion } from './versions.ts';
import { BadRequest, repeatedParam } from './query.ts';
import { pageRoutes } from './routes/pages.ts';
import { apiRoutes } from './routes/api.ts';
import { DEFAULT_WRITE } from './limits.ts';
import { feedRoutes } from './routes/feeds.ts';
import type { PrivateAccess } from '../ingest/net-guard.ts';
import { feedsApi } from './routes/feeds-api.ts';
import { alertsApi } from './routes/alerts-api.ts';
import { manageRoutes } from './routes/manage.ts';
import { ChangeHub, DEFAULT_EVENTS, eventRoutes, type EventOptions } from './routes/events.ts';
import { errorPage, notFoundPage } from './pages/errors.ts';
import { WriteGuard, type WriteOptions } from './write.ts';
import type { Watching } from './subscriptions.ts';
import { adapterOf } from '../store/index.ts';
import { connectionLost, type Sql } from '../store/adapter.ts';
import type { StoryBase } from './types.ts';
import { at, basePathMiddleware } from './base-path.ts';

/** What a request says while the base's PostgreSQL server is out of reach (stopped, restarting, the network down). */
const OUT_OF_REACH = 'the story base is out of reach for a moment (lost the connection to its database server): try again shortly';
const OUT_OF_REACH_RETRY_S = 30;

export { DEFAULT_WRITE };

export interface AppOptions extends Partial<WriteOptions> {
  /** how often the stories page asks for new and grown stories, ms (default 5000) */
  livePollMs?: number;
  /** keep rendered responses until the base changes (default on) */
  cache?: boolean;
  /** how long a kept response may answer at most, ms (default 30 s; a test of what moves it on sets no clock) */
  cacheMaxAgeMs?: number;
  /** called with a failure's details (the response only says that it failed) */
  onError?: (err: Error) => void;
  /** feed and webhook URLs on private, loopback and link-local addresses may be added (--allow-private) */
  allowPrivate?: PrivateAccess;
  /** the SQL connection of the watcher's tables (feeds, alerts): the base's own unless given */
  db?: Sql;
  /** server-sent events (/api/events) */
  events?: Partial<EventOptions>;
  /** the path prefix a reverse proxy serves the app under ("/news"; "" for none), stripped by the proxy before the
   * request arrives: every address the app writes starts with it */
  basePath?: string;
  /** take the prefix from each request's X-Forwarded-Prefix header when it has one (only behind a proxy that sets it) */
  forwardedPrefix?: boolean;
  /** answer only requests addressed to a loopback name (set by startServer when it listens on loopback) */
  loopbackOnly?: boolean;
}

/** An API address, answered in JSON: `/api` itself and `/API/...` were HTML 404 pages to a program reading JSON. */
const API_PATH = /^\/api(\/|$)/i;
const wantsJson = (path: string) => API_PATH.test(path);
/** Pages and API answers that change without the change number moving (feed state, alerts): never kept. */
const UNCACHED = /^\/(feeds$|feeds\/alerts\/|alerts|problems)|^\/api\/(feeds|alerts|problems|events)/;

/** The watcher's tables, when the base has them (a base opened by openBase). */
function watchingOf(base: StoryBase, options: AppOptions): Watching | null {
  try {
    return { db: options.db ?? adapterOf(base), allowPrivate: options.allowPrivate ?? false };
  } catch {
    return null;
  }
}

export function createApp(base: StoryBase, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', basePathMiddleware(options.basePath ?? '', options.forwardedPrefix === true));
  if (options.loopbackOnly) app.use('*', loopbackHostOnly());
  app.use('*', async (c, next) => {
    const twice = repeatedParam(c.req.url);
    if (twice) throw new BadRequest(twice);
    await next();
  });
  const watching = watchingOf(base, options);
  if (options.cache !== false) {
    // problems are recorded without moving the change number on: always read fresh
    app.use(
      '*',
      responseCache({
        seq: async () => (await base.changedSince(Number.MAX_SAFE_INTEGER)).seq,
        skip: (path) => path.startsWith('/assets/') || UNCACHED.test(path),
        version: watching ? storyVersion(watching.db) : undefined,
        maxAgeMs: options.cacheMaxAgeMs,
      }),
    );
  }

  app.get('/assets/:name', (c) => {
    const a = ASSETS[c.req.param('name')];
    if (!a) return c.text('not found', 404);
    if (c.req.header('if-none-match') === a.etag) return c.body(null, 304, { ETag: a.etag });
    return c.body(a.body, 200, { 'Content-Type': a.type, ETag: a.etag, 'Cache-Control': 'public, max-age=86400' });
  });

  app.get('/favicon.ico', (c) => c.redirect(at('/assets/icon.svg'), 301));

  const clientOf = options.clientOf ?? (() => 'local');
  const guard = new WriteGuard({ ...DEFAULT_WRITE, ...options, clientOf });
  const events = { ...DEFAULT_EVENTS, ...options.events };
  const hub = new ChangeHub(base, events);
  app.route(
    '/api',
    apiRoutes(base, guard, () => void hub.poll()),
  );
  app.route('/api', eventRoutes(base, hub, events));
  if (watching) {
    app.route('/api', feedsApi(watching, guard));
    app.route('/api', alertsApi(watching, guard));
    app.route('/', manageRoutes(watching, guard));
  }
  app.route('/feeds', feedRoutes(base, watching));
  app.route('/', pageRoutes(base, { livePollMs: options.livePollMs }));

  app.notFound((c) =>
    wantsJson(c.req.path)
      ? c.json({ error: `no API endpoint at ${c.req.method} ${c.req.path.slice(0, 200)}: the endpoints are listed in ${at('/api/openapi.json')}` }, 404)
      : c.html(notFoundPage('Not found', 'There is no page at this address.'), 404),
  );
  app.onError((err, c) => {
    if (err instanceof BadRequest) return wantsJson(c.req.path) ? c.json({ error: err.message }, 400) : c.html(errorPage('Bad request', err.message), 400);
    options.onError?.(err);
    // the base's server stopped or is out of reach a moment: a 503 a client may try again after, saying why (a 500
    // "failed to answer" read as a bug of the app)
    if (connectionLost(err)) {
      c.header('Retry-After', String(OUT_OF_REACH_RETRY_S));
      return wantsJson(c.req.path) ? c.json({ error: OUT_OF_REACH }, 503) : c.html(errorPage('Story base out of reach', `${OUT_OF_REACH}.`), 503);
    }
    return wantsJson(c.req.path)
      ? c.json({ error: 'the server failed to answer this request' }, 500)
      : c.html(errorPage('Something went wrong', 'The server failed to answer this request.'), 500);
  });
  return app;
}
