// Addresses the server is asked to fetch or post to later (feed subscriptions, alert webhooks) are checked
// when they are added: a URL naming or resolving to a private, loopback or link-local address is refused
// unless the server was started allowing them (--allow-private), as every fetch is checked again when made.
import { parseFetchUrl } from '../ingest/fetch.ts';
import { blockedAddressReason, resolveAllowed } from '../ingest/net-guard.ts';
import { isIP } from 'node:net';

/** null when the URL may be added, else the reason it may not. */
export async function refusedUrl(url: string, allowPrivate: boolean, allowHint = 'start the server with --allow-private'): Promise<string | null> {
  const parsed = parseFetchUrl(url.trim());
  if ('problem' in parsed) return parsed.problem;
  if (allowPrivate) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = blockedAddressReason(host);
    return reason ? `refused: ${host} is ${reason} (${allowHint} to allow it)` : null;
  }
  const resolved = await resolveAllowed(host, false);
  // a host that does not resolve now may later: the watcher checks it again at every fetch
  if ('problem' in resolved && resolved.problem.startsWith('refused')) return resolved.problem.replace('use --allow-private', allowHint);
  return null;
}
