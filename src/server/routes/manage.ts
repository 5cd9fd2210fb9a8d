// The Feeds and Alerts pages and their forms. A form post carries the token in a field (a cross-site form
// cannot know it) and answers with the page showing what happened; it passes the same guard as the API.
import { Hono, type Context } from 'hono';
import { alertMatches, feedsInRound, listAlerts, listFeeds, queueState, removeAlert, removeFeed } from '../../watch/index.ts';
import { queueLines } from '../../watch/queue-text.ts';
import { alertsPage } from '../pages/alerts.ts';
import { feedsPage, type Outcome } from '../pages/feeds.ts';
import { createAlert, importSubscriptions, subscribe, type Subscribed, type Watching } from '../subscriptions.ts';
import { isRefusal, type WriteGuard } from '../write.ts';
import { MAX_IMPORT } from './feeds-api.ts';

/** Matches shown under each alert on the page (the API and the Atom feed have more). */
const MATCHES_SHOWN = 10;

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
};

function subscribed(r: Subscribed): Outcome {
  const parts = [
    r.added.length ? `subscribed to ${r.added.length} feed${r.added.length === 1 ? '' : 's'}` : '',
    r.existing.length ? `${r.existing.length} already subscribed` : '',
    r.problems.length ? `${r.problems.length} refused` : '',
  ].filter(Boolean);
  return {
    ok: r.problems.length === 0,
    message: `${parts.join(', ')}.`.replace(/^./, (c) => c.toUpperCase()),
    details: r.problems.map((p) => `${p.url}: ${p.problem}`),
  };
}

/** Check the guard and read the form: the form, or the outcome to show and its status. */
async function readForm(c: Context, guard: WriteGuard): Promise<FormData | { outcome: Outcome; status: number }> {
  const fail = (status: number, message: string) => ({ outcome: { ok: false, message }, status });
  const admitted = guard.admit(c);
  if (admitted) return fail(admitted.status, admitted.error);
  const form = await guard.form(c);
  if (isRefusal(form)) return fail(form.status, form.error);
  if (guard.authorize(c, field(form, 'token') || undefined)) return fail(401, 'The token is missing or wrong: nothing was changed.');
  return form;
}

export function manageRoutes(w: Watching, guard: WriteGuard): Hono {
  const app = new Hono();
  const writable = !!guard.w.token;

  // the page shows the queue as `feeds list` says it, and a feed in the open round as polled now (its stored next poll is past)
  const showFeeds = async (c: Context, outcome?: Outcome, status = 200) => {
    const [feeds, inRound, queue] = await Promise.all([listFeeds(w.db), feedsInRound(w.db), queueState(w.db, Date.now())]);
    return c.html(feedsPage(feeds, { writable, outcome, inRound, queue: queueLines(queue) }), status as 200);
  };
  const showAlerts = async (c: Context, outcome?: Outcome, status = 200) => {
    const alerts = await listAlerts(w.db);
    const withMatches = await Promise.all(alerts.map(async (alert) => ({ alert, matches: await alertMatches(w.db, alert.id, { limit: MATCHES_SHOWN }) })));
    return c.html(alertsPage(withMatches, { writable, outcome }), status as 200);
  };

  app.get('/feeds', (c) => showFeeds(c));
  app.post('/feeds', async (c) => {
    const form = await readForm(c, guard);
    if (!(form instanceof FormData)) return showFeeds(c, form.outcome, form.status);
    const remove = field(form, 'remove');
    if (remove) {
      if (!/^\d{1,9}$/.test(remove)) return showFeeds(c, { ok: false, message: 'No such feed.' }, 400);
      const done = await removeFeed(w.db, Number(remove));
      return showFeeds(
        c,
        done ? { ok: true, message: 'Unsubscribed (the articles it brought stay in the base).' } : { ok: false, message: 'No such feed.' },
        done ? 200 : 404,
      );
    }
    if (field(form, 'do') === 'import') {
      const file = form.get('opml');
      if (!(file instanceof File) || !file.size) return showFeeds(c, { ok: false, message: 'Choose an OPML file to import.' }, 400);
      const r = await importSubscriptions(w, await file.text(), MAX_IMPORT);
      if ('problem' in r) return showFeeds(c, { ok: false, message: `${file.name || 'The file'}: ${r.problem}` }, 400);
      return showFeeds(c, subscribed(r));
    }
    const url = field(form, 'url');
    if (!url) return showFeeds(c, { ok: false, message: 'Type the address of a feed to subscribe to.' }, 400);
    const r = await subscribe(w, [{ url }]);
    return showFeeds(c, subscribed(r), r.problems.length ? 400 : 200);
  });

  app.get('/alerts', (c) => showAlerts(c));
  app.post('/alerts', async (c) => {
    const form = await readForm(c, guard);
    if (!(form instanceof FormData)) return showAlerts(c, form.outcome, form.status);
    const remove = field(form, 'remove');
    if (remove) {
      const done = /^\d{1,9}$/.test(remove) && (await removeAlert(w.db, Number(remove)));
      return showAlerts(c, done ? { ok: true, message: 'Alert removed.' } : { ok: false, message: 'No such alert.' }, done ? 200 : 404);
    }
    const r = await createAlert(w, field(form, 'query'), field(form, 'webhook') || null);
    if ('problem' in r) return showAlerts(c, { ok: false, message: r.problem.replace(/^./, (ch) => ch.toUpperCase()) }, 400);
    return showAlerts(c, { ok: true, message: `Alert ${r.id} added: stories that are new or grow and match "${r.query}" will be listed here.` });
  });
  return app;
}
