// POST a JSON body to a webhook, behind the same SSRF guard as every fetch (--allow-private lifts it).
import http from 'node:http';
import https from 'node:https';
import { parseFetchUrl, USER_AGENT } from '../ingest/fetch.ts';
import { type PrivateAccess, resolveAllowed } from '../ingest/net-guard.ts';

export async function postJson(
  target: string,
  body: string,
  o: { allowPrivate: PrivateAccess; timeoutMs: number },
): Promise<{ status: number } | { problem: string }> {
  const url = parseFetchUrl(target);
  if ('problem' in url) return url;
  // one limit for the look-up and the request: a resolver that hangs must not hold the alert past it
  const deadline = Date.now() + o.timeoutMs;
  const address = await resolveAllowed(url.hostname, o.allowPrivate, { deadline, seconds: Math.round(o.timeoutMs / 1000) });
  if ('problem' in address) return address;
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: { status: number } | { problem: string }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ problem: `timed out after ${Math.round(o.timeoutMs / 1000)} s` }), Math.max(1, deadline - Date.now()));
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': USER_AGENT },
        lookup: ((_h: string, opts: { all?: boolean }, cb: (...a: unknown[]) => void) => {
          if (opts?.all) cb(null, [{ address: address.address, family: address.family }]);
          else cb(null, address.address, address.family);
        }) as never,
      },
      // the status is the answer: a webhook that trickles (or never ends) its body does not hold the delivery to the deadline
      (res) => finish({ status: res.statusCode ?? 0 }),
    );
    req.on('error', (err: NodeJS.ErrnoException) => finish({ problem: `connection failed (${err.code ?? err.message})` }));
    req.end(body);
  });
}
