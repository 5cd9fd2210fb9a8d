// Refuse fetches that reach into private networks: loopback, RFC 1918, link-local, CGNAT, ULA, mapped forms.
import { isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { DNS_TIMEOUT_MS } from './limits.ts';

/** IPv4 ranges never fetched without --allow-private: [first octets as a number, prefix length, name]. */
const V4_BLOCKED: Array<[string, number, string]> = [
  ['0.0.0.0', 8, '"this network" (0/8)'],
  ['10.0.0.0', 8, 'private network (10/8)'],
  ['100.64.0.0', 10, 'shared address space (100.64/10)'],
  ['127.0.0.0', 8, 'loopback (127/8)'],
  ['169.254.0.0', 16, 'link-local (169.254/16)'],
  ['172.16.0.0', 12, 'private network (172.16/12)'],
  ['192.0.0.0', 24, 'IETF protocol assignments (192.0.0/24)'],
  ['192.168.0.0', 16, 'private network (192.168/16)'],
  ['198.18.0.0', 15, 'benchmarking network (198.18/15)'],
  ['224.0.0.0', 4, 'multicast (224/4)'],
  ['240.0.0.0', 4, 'reserved (240/4)'],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

function v4Reason(ip: string): string | null {
  const n = v4ToInt(ip);
  for (const [base, bits, name] of V4_BLOCKED) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === (v4ToInt(base) & mask) >>> 0) return name;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part is folded in). */
function v6Groups(ip: string): number[] | null {
  let s = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = v4ToInt(dotted[1]);
    s = `${s.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const fill = s.includes('::') ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array(Math.max(0, fill)).fill('0'), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address held in two 16-bit groups. */
function v4Of(hi: number, lo: number): string {
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/**
 * IPv6 forms that carry an IPv4 address, and where it sits: [name, prefix test, the embedded address].
 * A private IPv4 address reached through any of them is refused like the address itself.
 */
const V6_EMBEDDING: Array<[string, (g: number[]) => boolean, (g: number[]) => string]> = [
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated)
  ['IPv4-mapped', (g) => g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0), (g) => v4Of(g[6], g[7])],
  // ::ffff:0:a.b.c.d (SIIT translated, RFC 2765)
  ['IPv4-translated', (g) => g.slice(0, 4).every((x) => x === 0) && g[4] === 0xffff && g[5] === 0, (g) => v4Of(g[6], g[7])],
  // 64:ff9b::a.b.c.d (well-known NAT64 prefix, RFC 6052)
  ['via NAT64', (g) => g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0), (g) => v4Of(g[6], g[7])],
  // 2002:aabb:ccdd::/48 (6to4, RFC 3056)
  ['via 6to4', (g) => g[0] === 0x2002, (g) => v4Of(g[1], g[2])],
  // 2001:0::/32 (Teredo, RFC 4380): the client address is stored inverted in the last 32 bits
  ['via Teredo', (g) => g[0] === 0x2001 && g[1] === 0, (g) => v4Of(g[6] ^ 0xffff, g[7] ^ 0xffff)],
  // ...:0:5efe:a.b.c.d / ...:200:5efe:a.b.c.d (ISATAP interface identifier, RFC 5214)
  ['via ISATAP', (g) => (g[4] & 0xfdff) === 0 && g[5] === 0x5efe, (g) => v4Of(g[6], g[7])],
];

/** IPv6 ranges refused whatever they carry: [name, prefix test]. */
const V6_BLOCKED: Array<[string, (g: number[]) => boolean]> = [
  ['unique local address (fc00::/7)', (g) => (g[0] & 0xfe00) === 0xfc00],
  ['link-local (fe80::/10)', (g) => (g[0] & 0xffc0) === 0xfe80],
  ['site-local (fec0::/10)', (g) => (g[0] & 0xffc0) === 0xfec0],
  ['multicast (ff00::/8)', (g) => (g[0] & 0xff00) === 0xff00],
  ['local-use NAT64 (64:ff9b:1::/48)', (g) => g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1],
  ['discard-only (100::/64)', (g) => g[0] === 0x100 && g.slice(1, 4).every((x) => x === 0)],
];

function v6Reason(ip: string): string | null {
  const g = v6Groups(ip);
  if (!g) return 'unreadable IPv6 address';
  if (g.every((x) => x === 0)) return 'unspecified address (::)';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback (::1)';
  for (const [name, matches, embedded] of V6_EMBEDDING) {
    if (!matches(g)) continue;
    const r = v4Reason(embedded(g));
    if (r) return `${r}, ${name}`;
  }
  for (const [name, matches] of V6_BLOCKED) if (matches(g)) return name;
  return null;
}

/** Why this IP address must not be fetched, or null when it is public. */
export function blockedAddressReason(ip: string): string | null {
  const family = isIP(ip);
  if (family === 4) return v4Reason(ip);
  if (family === 6) return v6Reason(ip);
  return 'not an IP address';
}

/**
 * Which private addresses may be fetched: none (false), all (true, --allow-private), or loopback alone ('loopback',
 * --allow-loopback: a feed on this machine, while a redirect from it to the LAN or a cloud's metadata address is
 * still refused).
 */
export type PrivateAccess = boolean | 'loopback';

/** Why this address is refused under `access`, or null when it may be fetched. */
function refusal(ip: string, access: PrivateAccess): string | null {
  if (access === true) return null;
  const reason = blockedAddressReason(ip);
  return reason && access === 'loopback' && reason.startsWith('loopback') ? null : reason;
}

/** The option that lifts a refusal: loopback (this machine) has its own, narrower one; any other private address
 * needs --allow-private. Every command that fetches or posts takes both (cli/private-options.ts). */
function liftedBy(reason: string): string {
  return reason.startsWith('loopback') ? '--allow-private or --allow-loopback' : '--allow-private';
}

export type Resolved = { address: string; family: number } | { problem: string };

/** Look-ups still waiting for the system resolver, by host: a later one of the same host waits on the same (a
 * resolver that hangs holds one of libuv's four threads per look-up, and file reads wait on those threads too). */
const pending = new Map<string, Promise<Array<{ address: string; family: number }>>>();

/** Whether a look-up given up at its deadline is still running (the process would wait for it before exiting). */
export function lookupsPending(): boolean {
  return pending.size > 0;
}

/** When a look-up is given up: `deadline` in ms since the epoch; `seconds`, the whole limit it belongs to (for the line). */
export interface LookupLimit {
  deadline: number;
  seconds: number;
  /** Ctrl-C: the look-up is given up at once (the resolver can not be cancelled; the process does not wait for it) */
  signal?: AbortSignal;
}

/** A look-up given up by its signal (the ingest loop stops at its next check and says what is committed). */
const LOOKUP_STOPPED = 'the name look-up was stopped (interrupted)';

function limitFromNow(ms: number): LookupLimit {
  return { deadline: Date.now() + ms, seconds: Math.round(ms / 1000) };
}

/** The host's addresses, or a problem; a resolver that has not answered by the deadline is given up. */
async function lookupWithin(host: string, limit: LookupLimit): Promise<Array<{ address: string; family: number }> | { problem: string }> {
  let asked = pending.get(host);
  if (!asked) {
    asked = lookup(host, { all: true, verbatim: true });
    pending.set(host, asked);
    const done = () => pending.get(host) === asked && pending.delete(host);
    asked.then(done, done);
  }
  let timer: NodeJS.Timeout | undefined;
  let stop: (() => void) | undefined;
  const late = new Promise<{ problem: string }>((resolve) => {
    const ms = Math.max(0, limit.deadline - Date.now());
    timer = setTimeout(() => resolve({ problem: `timed out after ${limit.seconds} s waiting for the name resolver to look up ${host}` }), ms);
    // a first Ctrl-C waited for the resolver (up to --timeout): the look-up is left to end on its own
    stop = () => resolve({ problem: LOOKUP_STOPPED });
    if (limit.signal?.aborted) stop();
    else limit.signal?.addEventListener('abort', stop, { once: true });
  });
  try {
    return await Promise.race([asked, late]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOTFOUND' ? `host not found (${host})` : `cannot resolve ${host} (${code ?? (err as Error).message})` };
  } finally {
    clearTimeout(timer);
    if (stop) limit.signal?.removeEventListener('abort', stop);
  }
}

/**
 * Resolve a host and check every address it resolves to (a name with one private address among
 * public ones is refused: the connection could land on either). Returns the address to connect to.
 * `limit` bounds the look-up (a fetch's own deadline): the system resolver's own limit is not ours to set.
 */
export async function resolveAllowed(hostname: string, allowPrivate: PrivateAccess, limit = limitFromNow(DNS_TIMEOUT_MS)): Promise<Resolved> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    // the URL names the address itself (typed so, or as 2130706433, 0x7f.1...: the URL parser writes it out)
    const reason = refusal(host, allowPrivate);
    if (reason) return { problem: `refused: address ${host} is ${reason} (use ${liftedBy(reason)} to fetch it)` };
    return { address: host, family: isIP(host) };
  }
  const addresses = await lookupWithin(host, limit);
  if ('problem' in addresses) return addresses;
  if (!addresses.length) return { problem: `host not found (${host})` };
  if (allowPrivate !== true) {
    for (const a of addresses) {
      const reason = refusal(a.address, allowPrivate);
      if (reason) return { problem: `refused: ${host} resolves to ${a.address}, ${reason} (use ${liftedBy(reason)} to fetch it)` };
    }
  }
  return addresses[0];
}
