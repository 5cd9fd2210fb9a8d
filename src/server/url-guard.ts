// Addresses the server is asked to fetch or post to later (feed subscriptions, alert webhooks) are checked
// when they are added: a URL naming or resolving to a private, loopback or link-local address is refused
// unless the server was started allowing them (--allow-private), as every fetch is checked again when made.
import { parseFetchUrl } from '../ingest/fetch.ts';
import { resolveAllowed } from '../ingest/net-guard.ts';

/** null when the URL may be added, else the reason it may not. */
export async function refusedUrl(url: string, allowPrivate: boolean, allowHint = 'start the server with --allow-private'): Promise<string | null> {
  const parsed = parseFetchUrl(url.trim());
  if ('problem' in parsed) return parsed.problem;
  if (allowPrivate) return null;
  // the look-up is bounded (DNS_TIMEOUT_MS): a request adding a feed never waits on a resolver that hangs
  const resolved = await resolveAllowed(parsed.hostname, false);
  // a host that does not resolve now (or not in time) may later: the watcher checks it again at every fetch
  if ('problem' in resolved && resolved.problem.startsWith('refused'))
    return resolved.problem.replace('use --allow-private to fetch it', `${allowHint} to allow it`);
  return null;
}
