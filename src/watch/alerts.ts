// Alerts: saved searches. After each commit, stories that are new or grew since an alert last looked
// and match its query (PostgreSQL full text, as the base's search) are recorded once per size they
// reached, and queued for the alert's webhook. Deliveries are rows: a failed POST is retried with
// backoff, across restarts, by whichever process is running.
import type { Adapter, Sql } from '../store/adapter.ts';
import { searchText, TS_CONFIG } from '../store/repo.ts';
import { postJson } from './post.ts';
import type { PrivateAccess } from '../ingest/net-guard.ts';
import { feedsmith } from './parse.ts';
import { parseFetchUrl } from '../ingest/fetch.ts';
import { urlFault } from '../ingest/url-words.ts';
import { addressMatch, addressQuery } from '../store/addresses.ts';

/** One process at a time matches alerts (a match is recorded once). */
const ALERT_LOCK = 7_245_011;
/** Webhook attempts before a delivery is given up (backoff doubles from 30 s, capped at 6 h: about two days). */
export const MAX_DELIVERY_ATTEMPTS = 12;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 6 * 3_600_000;

export interface Alert {
  id: number;
  query: string;
  webhook: string | null;
  created: string;
  matches: number;
  /** deliveries not yet made (waiting for a retry) */
  pendingDeliveries: number;
  failedDeliveries: number;
}

export interface AlertPayload {
  alert: { id: number; query: string };
  story: { id: string; title: string; independentSources: number; documents: number; outlets: string[] };
  /** the story's articles that match the query */
  articles: Array<{ id: string; title: string; url: string | null; outlet: string | null; published: string | null }>;
  link: string;
  /** new: the story was not matched before; grown: it matched before with fewer documents */
  reason: 'new' | 'grown';
  matched: string;
}

export interface AlertMatch extends AlertPayload {
  match: number;
  delivery: { attempts: number; delivered: string | null; lastError: string | null } | null;
}

const iso = (ms: unknown) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

/** A control character other than NUL (said on its own): an ESC sequence was stored and written raw to the terminal by
 * `alerts add` and `alerts list` (a colour change, or worse); a line break split the list's one line per alert. */
const CONTROL = /[\u0001-\u001f\u007f-\u009f]/;

/** Characters of an alert's query at most (its words trimmed), from the command line and the web app alike. */
export const MAX_ALERT_QUERY = 200;

export async function addAlert(db: Sql, query: string, webhook: string | null, now = Date.now()): Promise<Alert | { problem: string }> {
  if (!query.trim()) return { problem: 'an alert needs a search query' };
  // one limit wherever an alert is added: the web app refused a longer query, the command line took any length
  if (query.trim().length > MAX_ALERT_QUERY) return { problem: `the query is longer than ${MAX_ALERT_QUERY} characters` };
  // PostgreSQL refuses a NUL in text: the request failed with "invalid byte sequence"
  if (query.includes('\u0000')) return { problem: 'the query holds a NUL character' };
  const control = CONTROL.exec(query.trim())?.[0];
  if (control)
    return { problem: `the query holds a control character (U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}): write it as words` };
  const check = await db.query<{ q: string }>(`SELECT websearch_to_tsquery('${TS_CONFIG}', unaccent(${searchText('$1')}))::text AS q`, [query]);
  if (!check[0].q) return { problem: `the query ${JSON.stringify(query)} has no searchable words` };
  // a pasted address's spaces around it are no part of it
  const hook = webhook === null ? null : webhook.trim();
  const hookFault = hook === null ? null : webhookFault(hook);
  if (hookFault) return { problem: `not a webhook URL: ${JSON.stringify(webhook)}: ${hookFault}` };
  const seq = await db.query<{ v: number }>(`SELECT value::float8 AS v FROM meta WHERE key = 'change_seq'`);
  // an alert looks at what changes after it was made
  const rows = await db.query<{ id: number }>('INSERT INTO alerts (query, webhook, created_ms, seen_seq) VALUES ($1, $2, $3, $4) RETURNING id', [
    query,
    hook,
    now,
    Number(seq[0]?.v ?? 0),
  ]);
  return (await listAlerts(db)).find((a) => a.id === rows[0].id)!;
}

/** Why a webhook address is refused (the reason named: "(http or https)" was said of a space), or null. */
function webhookFault(webhook: string): string | null {
  // a space the URL parser takes in a path (as %20) is refused still: the address is stored as typed
  if (!webhook || /[\s\u0000]/.test(webhook)) return urlFault(webhook) || 'not a valid URL';
  const parsed = parseFetchUrl(webhook);
  if (!('problem' in parsed)) return null;
  return parsed.problem.replace(/^not a valid URL: /, '');
}

export async function listAlerts(db: Sql): Promise<Alert[]> {
  const rows = await db.query<{ id: number; query: string; webhook: string | null; created_ms: number; matches: number; pending: number; failed: number }>(
    `SELECT a.id, a.query, a.webhook, a.created_ms::float8 AS created_ms,
       (SELECT count(*) FROM alert_matches m WHERE m.alert = a.id)::int AS matches,
       (SELECT count(*) FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match WHERE m.alert = a.id AND d.delivered_ms IS NULL AND d.attempts < ${MAX_DELIVERY_ATTEMPTS})::int AS pending,
       (SELECT count(*) FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match WHERE m.alert = a.id AND d.delivered_ms IS NULL AND d.attempts >= ${MAX_DELIVERY_ATTEMPTS})::int AS failed
     FROM alerts a ORDER BY a.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    query: r.query,
    webhook: r.webhook,
    created: iso(r.created_ms)!,
    matches: r.matches,
    pendingDeliveries: r.pending,
    failedDeliveries: r.failed,
  }));
}

export async function removeAlert(db: Sql, id: number): Promise<boolean> {
  return (await db.query('DELETE FROM alerts WHERE id = $1 RETURNING id', [id])).length > 0;
}

/**
 * Record the matches of every alert among stories changed since it last looked; returns how many
 * fired. Runs under a lock in one transaction: each (alert, story, size) is recorded once.
 */
export async function matchAlerts(db: Adapter, o: { now: number; publicUrl: string }): Promise<number> {
  // most passes change nothing: one cheap look before the locked transaction
  const behind = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM alerts WHERE seen_seq < (SELECT value FROM meta WHERE key = 'change_seq')`);
  if (!behind[0].n) return 0;
  return db.transaction(async (tx) => {
    const got = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [ALERT_LOCK]);
    if (!got[0].ok) return 0;
    const seq = Number((await tx.query<{ v: number }>(`SELECT value::float8 AS v FROM meta WHERE key = 'change_seq'`))[0]?.v ?? 0);
    const alerts = await tx.query<{ id: number; query: string; webhook: string | null; seen_seq: number }>(
      'SELECT id, query, webhook, seen_seq::float8 AS seen_seq FROM alerts WHERE seen_seq < $1 ORDER BY id',
      [seq],
    );
    let fired = 0;
    for (const a of alerts) {
      const { matches, params } = articleMatch(a.query, 4);
      const stories = await tx.query<{
        key: number;
        id: string;
        title: string;
        documents: number;
        independent_sources: number;
        outlets: string[];
        before: number | null;
      }>(
        `WITH q AS (SELECT websearch_to_tsquery('${TS_CONFIG}', unaccent(${searchText('$1')})) AS q)
         SELECT s.key, s.id, s.title, s.documents, s.independent_sources, s.outlets,
           (SELECT max(m.documents) FROM alert_matches m WHERE m.alert = $2 AND m.story = s.key) AS before
         FROM stories s, q WHERE s.updated_seq > $3
           AND (s.search @@ q.q OR EXISTS (SELECT 1 FROM documents d WHERE d.story = s.key AND (${matches})))
         ORDER BY s.key`,
        [a.query, a.id, a.seen_seq, ...params],
      );
      for (const s of stories) {
        if (s.before !== null && s.documents <= s.before) continue; // matched before at this size: an update, not news
        const articles = await tx.query<{ id: string; title: string; report: string; outlet: string | null; published: string | null }>(
          `WITH q AS (SELECT websearch_to_tsquery('${TS_CONFIG}', unaccent(${searchText('$1')})) AS q)
           SELECT d.id, d.title, d.outlet, d.published, d.report FROM documents d, q WHERE d.story = $2 AND (${articleMatch(a.query, 3).matches}) ORDER BY d.position LIMIT 50`,
          [a.query, s.key, ...params],
        );
        const payload: AlertPayload = {
          alert: { id: a.id, query: a.query },
          story: { id: s.id, title: s.title, independentSources: s.independent_sources, documents: s.documents, outlets: s.outlets ?? [] },
          articles: articles.map((d) => ({
            id: d.id,
            title: d.title,
            url: (JSON.parse(d.report) as { url?: string | null }).url ?? null,
            outlet: d.outlet,
            published: d.published,
          })),
          link: `${o.publicUrl.replace(/\/+$/, '')}/stories/${encodeURIComponent(s.id)}`,
          reason: s.before === null ? 'new' : 'grown',
          matched: new Date(o.now).toISOString(),
        };
        const m = await tx.query<{ id: number }>(
          `INSERT INTO alert_matches (alert, story, story_id, documents, matched_ms, payload) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (alert, story, documents) DO NOTHING RETURNING id::float8 AS id`,
          [a.id, s.key, s.id, s.documents, o.now, JSON.stringify(payload)],
        );
        if (!m.length) continue;
        fired++;
        if (a.webhook) await tx.query('INSERT INTO alert_deliveries (match, url, next_ms) VALUES ($1, $2, $3)', [m[0].id, a.webhook, o.now]);
      }
      await tx.query('UPDATE alerts SET seen_seq = $2 WHERE id = $1', [a.id, seq]);
    }
    return fired;
  });
}

/** The SQL condition on an article `d` (with the query's words as `q.q`) an alert's query matches, its address parameters
 * numbered from `from`: the words, or -- as the search finds them -- the articles reached at a pasted address, or at a
 * domain ("reuters.com", with the other words if any). A domain is no word of the index: such an alert never fired. */
function articleMatch(query: string, from: number): { matches: string; params: string[] } {
  const address = addressQuery(query);
  if (!address) return { matches: 'd.search @@ q.q', params: [] };
  const { match, params } = addressMatch(address, from);
  const count = address.keys !== null ? 1 : address.hosts.length;
  const at = Array.from({ length: count }, (_, i) => `d.id IN (SELECT a.document FROM document_addresses a WHERE ${match(i)})`);
  const words = address.words.trim() ? ` AND d.search @@ websearch_to_tsquery('${TS_CONFIG}', unaccent(${searchText(`$${from + params.length}`)}))` : '';
  return { matches: `d.search @@ q.q OR (${at.join(' AND ')}${words})`, params: address.words.trim() ? [...params, address.words] : params };
}

/** POST every due webhook delivery once; failures are retried later with backoff. */
export async function deliverDue(
  db: Adapter,
  o: { now: number; allowPrivate: PrivateAccess; timeoutMs?: number },
): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  const due = await db.query(`SELECT 1 FROM alert_deliveries WHERE delivered_ms IS NULL AND next_ms <= $1 AND attempts < ${MAX_DELIVERY_ATTEMPTS} LIMIT 1`, [
    o.now,
  ]);
  if (!due.length) return { delivered, failed };
  for (;;) {
    // take one due delivery: its next attempt moves out of reach of other processes while it is posted
    const taken = await db.transaction(async (tx) => {
      const rows = await tx.query<{ match: number; url: string; attempts: number; payload: string }>(
        `SELECT d.match::float8 AS match, d.url, d.attempts, m.payload FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match
         WHERE d.delivered_ms IS NULL AND d.next_ms <= $1 AND d.attempts < ${MAX_DELIVERY_ATTEMPTS} ORDER BY d.next_ms, d.match LIMIT 1 FOR UPDATE OF d SKIP LOCKED`,
        [o.now],
      );
      if (!rows.length) return null;
      await tx.query('UPDATE alert_deliveries SET next_ms = $2 WHERE match = $1', [rows[0].match, o.now + 5 * 60_000]);
      return rows[0];
    });
    if (!taken) return { delivered, failed };
    const res = await postJson(taken.url, taken.payload, { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs ?? 10_000 });
    const attempts = taken.attempts + 1;
    if ('status' in res && res.status >= 200 && res.status < 300) {
      delivered++;
      await db.query('UPDATE alert_deliveries SET attempts = $2, delivered_ms = $3, last_status = $4, last_error = NULL WHERE match = $1', [
        taken.match,
        attempts,
        o.now,
        res.status,
      ]);
    } else {
      failed++;
      const why = 'problem' in res ? res.problem : `HTTP ${res.status}`;
      const wait = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
      await db.query('UPDATE alert_deliveries SET attempts = $2, next_ms = $3, last_status = $4, last_error = $5 WHERE match = $1', [
        taken.match,
        attempts,
        o.now + wait,
        'status' in res ? res.status : null,
        why,
      ]);
    }
  }
}

/** An alert's matches, newest first (the web app's list and the search's Atom feed). */
export async function alertMatches(db: Sql, alertId: number, q: { limit?: number } = {}): Promise<AlertMatch[]> {
  const rows = await db.query<{ id: number; payload: string; attempts: number | null; delivered_ms: number | null; last_error: string | null; has: boolean }>(
    `SELECT m.id::float8 AS id, m.payload, d.attempts, d.delivered_ms::float8 AS delivered_ms, d.last_error, d.match IS NOT NULL AS has
     FROM alert_matches m LEFT JOIN alert_deliveries d ON d.match = m.id WHERE m.alert = $1 ORDER BY m.id DESC LIMIT $2`,
    [alertId, Math.min(1000, Math.max(1, q.limit ?? 100))],
  );
  return rows.map((r) => ({
    ...(JSON.parse(r.payload) as AlertPayload),
    match: Number(r.id),
    delivery: r.has ? { attempts: r.attempts ?? 0, delivered: iso(r.delivered_ms), lastError: r.last_error } : null,
  }));
}

/** The alert's Atom feed: one entry per firing (story new or grown), linking to the story. */
export async function alertAtom(db: Sql, alertId: number, o: { selfUrl: string }): Promise<string | null> {
  const alert = (await listAlerts(db)).find((a) => a.id === alertId);
  if (!alert) return null;
  const matches = await alertMatches(db, alertId, { limit: 100 });
  const updated = matches[0]?.matched ?? alert.created;
  return feedsmith().generateAtomFeed({
    id: o.selfUrl,
    // feedsmith takes Atom text constructs as { value } (a bare string is dropped without a word)
    title: { value: `crosscheck alert: ${alert.query}` },
    updated: new Date(updated),
    links: [{ href: o.selfUrl, rel: 'self' }],
    entries: matches.map((m) => ({
      id: `${m.link}#${m.story.documents}`,
      title: { value: m.story.title },
      updated: new Date(m.matched),
      links: [{ href: m.link }],
      summary: {
        value: `${m.reason === 'new' ? 'New story' : 'Story grew'}: ${m.story.documents} articles, ${m.story.independentSources} independent sources; matching: ${m.articles.map((a) => a.title).join('; ')}`,
      },
    })),
  });
}
