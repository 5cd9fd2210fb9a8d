// The path prefix the app is served under behind a reverse proxy (`serve --base-path /news`, or a request's
// X-Forwarded-Prefix when `--forwarded-prefix` trusts it): every address the app writes (links, form actions,
// redirects, the API's `next`, feed links, the OpenAPI server, the script's fetches) starts with it. The proxy
// strips it before the request reaches the app, so the routes stay root-relative. Held per request, so an app
// that answers two prefixes (a proxy sending X-Forwarded-Prefix) never mixes them.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import { BadRequest } from './query.ts';

/** Slash-separated segments of unreserved URL characters ("/news", "/tools/crosscheck"); "." and ".." are no segments. */
const PREFIX = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9._~-]+)*\/?$/;
const MAX_PREFIX = 200;

/** A prefix as the app uses it ("" for none, else "/news", no slash at the end), or null when it is no path prefix. */
export function normalBasePath(value: string): string | null {
  if (value.length > MAX_PREFIX || !PREFIX.test(value)) return null;
  return value.replace(/\/$/, '');
}

export const BASE_PATH_FORM = 'a path like /news: a slash, then letters, digits, "-", ".", "_" or "~", more segments after slashes';

const current = new AsyncLocalStorage<string>();

/** This request's prefix ("" when none). */
export const basePath = (): string => current.getStore() ?? '';

/** A root-relative address of the app ("/stories/x") as the browser must ask for it ("/news/stories/x"). */
export const at = (path: string): string => basePath() + path;

/**
 * Sets each request's prefix: the fixed one, or (when trusted) the request's X-Forwarded-Prefix; a header that is no
 * path prefix is refused (400) rather than ignored, since a proxy sending it is misconfigured.
 */
export function basePathMiddleware(fixed: string, forwarded: boolean): MiddlewareHandler {
  return async (c, next) => {
    let prefix = fixed;
    if (forwarded) {
      const header = c.req.header('x-forwarded-prefix');
      if (header !== undefined) {
        const p = normalBasePath(header.trim());
        if (p === null) throw new BadRequest(`X-Forwarded-Prefix is not a path prefix (${BASE_PATH_FORM})`);
        prefix = p;
      }
    }
    await current.run(prefix, async () => {
      await next();
      // a shared cache in front must keep the answers of two prefixes apart
      if (forwarded) c.res.headers.append('Vary', 'X-Forwarded-Prefix');
    });
  };
}
