// What the Feeds and Alerts pages and their API share: subscribing (each URL checked against the SSRF
// guard first), OPML import, and alerts with an optional webhook, over the watcher's tables in the base.
import type { Sql } from '../store/adapter.ts';
import { addAlert, addFeed, type Alert, type FeedState } from '../watch/index.ts';
import { opmlFeeds } from '../watch/feeds.ts';
import { refusedUrl } from './url-guard.ts';
import type { PrivateAccess } from '../ingest/net-guard.ts';

export interface Watching {
  db: Sql;
  /** feed and webhook URLs on private, loopback and link-local addresses allowed (--allow-private), or on this
   * machine alone (--allow-loopback) */
  allowPrivate: PrivateAccess;
}

export interface Subscribed {
  added: FeedState[];
  existing: FeedState[];
  problems: Array<{ url: string; problem: string }>;
}

type Entry = { url: string; title?: string | null; site?: string | null; category?: string | null };

export async function subscribe(w: Watching, entries: Entry[]): Promise<Subscribed> {
  const out: Subscribed = { added: [], existing: [], problems: [] };
  for (const e of entries) {
    const refused = await refusedUrl(e.url, w.allowPrivate);
    if (refused) {
      out.problems.push({ url: e.url, problem: refused });
      continue;
    }
    const r = await addFeed(w.db, e.url, { title: e.title, site: e.site, category: e.category });
    if ('added' in r) out.added.push(r.added);
    else if ('exists' in r) out.existing.push(r.exists);
    else out.problems.push({ url: r.url, problem: r.problem });
  }
  return out;
}

/** Subscribe to every feed of an OPML document; at most `max` feeds in one import. */
export async function importSubscriptions(w: Watching, xml: string, max: number): Promise<Subscribed | { problem: string }> {
  const feeds = opmlFeeds(xml);
  if ('problem' in feeds) return feeds;
  if (!feeds.length) return { problem: 'the OPML file lists no feeds (outlines with xmlUrl)' };
  if (feeds.length > max) return { problem: `at most ${max} feeds in one import (the file lists ${feeds.length})` };
  return subscribe(w, feeds);
}

export async function createAlert(w: Watching, query: string, webhook: string | null): Promise<Alert | { problem: string }> {
  const q = query.trim();
  const hook = webhook?.trim() || null;
  if (hook) {
    const refused = await refusedUrl(hook, w.allowPrivate);
    if (refused) return { problem: `webhook ${hook}: ${refused}` };
  }
  return addAlert(w.db, q, hook);
}
