// /api/feeds: subscriptions with their polling state; subscribe, unsubscribe, OPML import and export.
// Reads are open like the rest of the API; writes need the token.
import { parseJsonBody } from '../json-body.ts';
import { Hono, type Context } from 'hono';
import { exportOpml, getFeed, listFeeds, queueState, removeFeed } from '../../watch/index.ts';
import { queueJson } from '../../watch/queue-text.ts';
import { BadRequest } from '../query.ts';
import { importSubscriptions, subscribe, type Watching } from '../subscriptions.ts';
import { isRefusal, type Refusal, type WriteGuard } from '../write.ts';

/** Most feeds one OPML import may bring. */
export const MAX_IMPORT = 2000;

export const refuse = (c: Context, r: Refusal) => c.json({ error: r.error }, r.status, r.headers);

/** A numeric id from the path, or a 400. */
export function idParam(c: Context): number {
  const id = c.req.param('id') ?? '';
  if (!/^\d{1,9}$/.test(id)) throw new BadRequest('the id must be a number');
  return Number(id);
}

/** The posted feed URLs: {"url": "..."}, {"urls": [...]} or an array of URLs. */
function postedUrls(body: unknown, max: number): string[] {
  const o = body as { url?: unknown; urls?: unknown } | null;
  const list = Array.isArray(body) ? body : typeof o?.url === 'string' ? [o.url] : Array.isArray(o?.urls) ? o.urls : null;
  if (!list?.length || !list.every((u) => typeof u === 'string' && u.length <= 2000))
    throw new BadRequest('the body must be {"url": "https://..."}, {"urls": [...]} or an array of feed URLs');
  if (list.length > max) throw new BadRequest(`at most ${max} feeds per request (got ${list.length})`);
  return list as string[];
}

export function feedsApi(w: Watching, guard: WriteGuard): Hono {
  const app = new Hono();

  app.get('/feeds', async (c) => c.json({ feeds: await listFeeds(w.db), queue: queueJson(await queueState(w.db, Date.now())) }));
  app.get('/feeds.opml', async (c) =>
    c.body(await exportOpml(w.db), 200, {
      'Content-Type': 'text/x-opml; charset=utf-8',
      'Content-Disposition': 'attachment; filename="crosscheck-feeds.opml"',
    }),
  );
  app.get('/feeds/:id', async (c) => {
    const feed = await getFeed(w.db, idParam(c));
    return feed ? c.json(feed) : c.json({ error: 'no such feed' }, 404);
  });

  app.post('/feeds', async (c) => {
    const refused = guard.check(c);
    if (refused) return refuse(c, refused);
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return c.json({ error: 'send {"url": ...} as application/json' }, 415);
    const text = await guard.body(c);
    if (isRefusal(text)) return refuse(c, text);
    const body = parseJsonBody(text, '{"url": "https://..."}, {"urls": [...]} or an array of feed URLs');
    const r = await subscribe(
      w,
      postedUrls(body, guard.w.maxRecords).map((url) => ({ url })),
    );
    return c.json(r, r.added.length ? 201 : r.existing.length ? 200 : 400);
  });

  app.post('/feeds/import', async (c) => {
    const refused = guard.check(c);
    if (refused) return refuse(c, refused);
    if (!/^(text|application)\/([\w.+-]*\+)?(xml|x-opml)\b/i.test(c.req.header('content-type') ?? ''))
      return c.json({ error: 'send the OPML file as text/x-opml or application/xml' }, 415);
    const text = await guard.body(c);
    if (isRefusal(text)) return refuse(c, text);
    const r = await importSubscriptions(w, text, MAX_IMPORT);
    if ('problem' in r) throw new BadRequest(r.problem);
    return c.json({ added: r.added.length, existing: r.existing.length, problems: r.problems, feeds: r.added });
  });

  app.delete('/feeds/:id', async (c) => {
    const refused = guard.check(c);
    if (refused) return refuse(c, refused);
    return (await removeFeed(w.db, idParam(c))) ? c.body(null, 204) : c.json({ error: 'no such feed' }, 404);
  });
  return app;
}
