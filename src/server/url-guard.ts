// Addresses the server is asked to fetch or post to later (feed subscriptions, alert webhooks) are checked
// when they are added: a URL naming or resolving to a private, loopback or link-local address is refused
// unless the server was started allowing them (--allow-private), as every fetch is checked again when made.
import { parseFetchUrl } from '../ingest/fetch.ts';
import { type PrivateAccess, resolveAllowed } from '../ingest/net-guard.ts';

/** null when the URL may be added, else the reason it may not; the reason says who to start with which option
 * (`who`: 'start the server', 'run watch'; the option is the one net-guard names for the address). */
export async function refusedUrl(url: string, allowPrivate: PrivateAccess, who = 'start the server'): Promise<string | null> {
  const parsed = parseFetchUrl(url.trim());
  if ('problem' in parsed) return parsed.problem;
  if (allowPrivate === true) return null;
  // the look-up is bounded (DNS_TIMEOUT_MS): a request adding a feed never waits on a resolver that hangs
  const resolved = await resolveAllowed(parsed.hostname, allowPrivate);
  // a host that does not resolve now (or not in time) may later: the watcher checks it again at every fetch
  if ('problem' in resolved && resolved.problem.startsWith('refused'))
    return resolved.problem.replace(/\(use (.+) to fetch it\)$/, (_, options: string) => `(${who} with ${options} to allow it)`);
  return null;
}
