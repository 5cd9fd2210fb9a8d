// Security defaults for every response, and the limits of the write API.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';

/** Scripts, styles and fetches from the app itself only; no inline script, no frames, no plugins. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(HEADERS)) c.res.headers.set(k, v);
  };
}

/** Names and addresses of this machine's loopback: what a server listening only there is reached by. */
const LOOPBACK_NAME = /^(localhost|[a-z0-9-]+\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])\.?$/i;

/** Whether an address to listen on is loopback only (127.0.0.1 by default). */
export function isLoopbackAddress(host: string): boolean {
  return LOOPBACK_NAME.test(host) || host === '::1';
}

/** Where the resolver looks names up before any DNS server is asked (nsswitch's "files", first by default). */
const HOSTS_FILE = process.platform === 'win32' ? join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'drivers', 'etc', 'hosts') : '/etc/hosts';

/** A hosts file line's address that is loopback: 127/8 or ::1. */
const LOOPBACK_ENTRY = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)$/;

/** The names a hosts file maps to a loopback address, lower case, without a final dot. */
export function hostsLoopbackNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const [address, ...aliases] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (LOOPBACK_ENTRY.test(address)) for (const name of aliases) names.push(name.toLowerCase().replace(/\.$/, ''));
  }
  return names;
}

/** This machine's own names for loopback (its hosts file read now); none when the file cannot be read. */
function ownLoopbackNames(): string[] {
  try {
    return hostsLoopbackNames(readFileSync(HOSTS_FILE, 'utf8'));
  } catch {
    return [];
  }
}

/**
 * A server on loopback answers only requests addressed to loopback by name. Otherwise a web page the user opens
 * elsewhere could read the whole base through DNS rebinding: its own name made to resolve to 127.0.0.1, the
 * browser sends the page's name as Host and lets the page read the answers as its own. 421, with the security
 * headers (this runs inside securityHeaders).
 * The names the hosts file maps to loopback are answered too (on most machines its own name, `hostname`): they are
 * resolved from that file before any DNS server is asked, so no one else's server can ever answer for them, which
 * rebinding needs. Not the machine's name in general: one the hosts file does not hold goes to the DNS servers of
 * whatever network the machine is on (a search domain), and one of them could answer for it.
 */
export function loopbackHostOnly(names: Iterable<string> = ownLoopbackNames()): MiddlewareHandler {
  const own = new Set(names);
  return async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (LOOPBACK_NAME.test(host) || own.has(host.toLowerCase().replace(/\.$/, ''))) return next();
    const error = `this server listens on loopback and answers to localhost, 127.0.0.1, [::1] and the names this machine's hosts file maps to loopback only, not to ${host}`;
    return c.req.path.startsWith('/api/') ? c.json({ error }, 421) : c.text(error, 421);
  };
}

/** Token buckets per client: `burst` requests at once, refilled at `perMinute`. Bounded: the oldest
 * clients are forgotten first when more than `maxClients` are tracked. */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private perMinute: number,
    private burst: number,
    private maxClients = 10_000,
    private now: () => number = Date.now,
  ) {}

  /** Seconds to wait before the next request is allowed, or 0 when it is allowed now (and counted). */
  take(client: string): number {
    const t = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 60_000) * this.perMinute);
    b.at = t;
    this.buckets.delete(client);
    this.buckets.set(client, b);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) * 60) / this.perMinute);
  }
}

/** Compare a presented token with the configured one in constant time (digests have equal length). */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
