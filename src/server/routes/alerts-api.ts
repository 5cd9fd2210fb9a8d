// /api/alerts: saved searches with their matches; add (with an optional webhook) and remove need the token.
// Each alert's matches are also an Atom feed: /feeds/alerts/ID.atom.
import { parseJsonBody } from '../json-body.ts';
import { Hono } from 'hono';
import { alertMatches, listAlerts, removeAlert } from '../../watch/index.ts';
import { BadRequest } from '../query.ts';
import { createAlert, type Watching } from '../subscriptions.ts';
import { isRefusal, type WriteGuard } from '../write.ts';
import { idParam, refuse } from './feeds-api.ts';
import { at } from '../base-path.ts';

export function alertsApi(w: Watching, guard: WriteGuard): Hono {
  const app = new Hono();

  app.get('/alerts', async (c) => c.json({ alerts: await listAlerts(w.db) }));
  app.get('/alerts/:id', async (c) => {
    const id = idParam(c);
    const alert = (await listAlerts(w.db)).find((a) => a.id === id);
    if (!alert) return c.json({ error: 'no such alert' }, 404);
    return c.json({ alert, feed: at(`/feeds/alerts/${id}.atom`), matches: await alertMatches(w.db, id, { limit: 100 }) });
  });

  app.post('/alerts', async (c) => {
    const refused = guard.check(c);
    if (refused) return refuse(c, refused);
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return c.json({ error: 'send {"query": ...} as application/json' }, 415);
    const text = await guard.body(c);
    if (isRefusal(text)) return refuse(c, text);
    const body = (parseJsonBody(text, '{"query": "words", "webhook": "https://..." (optional)}') ?? {}) as { query?: unknown; webhook?: unknown };
    if (typeof body.query !== 'string') throw new BadRequest('the body must be {"query": "words", "webhook": "https://..." (optional)}');
    if (body.webhook !== undefined && body.webhook !== null && typeof body.webhook !== 'string') throw new BadRequest('webhook must be a URL');
    const r = await createAlert(w, body.query, (body.webhook as string | null | undefined) ?? null);
    if ('problem' in r) throw new BadRequest(r.problem);
    return c.json({ alert: r, feed: at(`/feeds/alerts/${r.id}.atom`) }, 201);
  });

  app.delete('/alerts/:id', async (c) => {
    const refused = guard.check(c);
    if (refused) return refuse(c, refused);
    return (await removeAlert(w.db, idParam(c))) ? c.body(null, 204) : c.json({ error: 'no such alert' }, 404);
  });
  return app;
}
