// Refuse fetches that reach into private networks: loopback, RFC 1918, link-local, CGNAT, ULA, mapped forms.
import { isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

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

function v6Reason(ip: string): string | null {
  const g = v6Groups(ip);
  if (!g) return 'unreadable IPv6 address';
  if (g.every((x) => x === 0)) return 'unspecified address (::)';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback (::1)';
  const embedded = `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    const r = v4Reason(embedded);
    return r ? `${r}, IPv4-mapped` : null;
  }
  if (g[0] === 0x64 && g[1] === 0xff9b) {
    const r = v4Reason(embedded);
    return r ? `${r}, via NAT64` : null;
  }
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique local address (fc00::/7)';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  return null;
}

/** Why this IP address must not be fetched, or null when it is public. */
export function blockedAddressReason(ip: string): string | null {
  const family = isIP(ip);
  if (family === 4) return v4Reason(ip);
  if (family === 6) return v6Reason(ip);
  return 'not an IP address';
}

export type Resolved = { address: string; family: number } | { problem: string };

/**
 * Resolve a host and check every address it resolves to (a name with one private address among
 * public ones is refused: the connection could land on either). Returns the address to connect to.
 */
export async function resolveAllowed(hostname: string, allowPrivate: boolean): Promise<Resolved> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { problem: code === 'ENOTFOUND' ? `host not found (${host})` : `cannot resolve ${host} (${code ?? (err as Error).message})` };
    }
  }
  if (!addresses.length) return { problem: `host not found (${host})` };
  if (!allowPrivate) {
    for (const a of addresses) {
      const reason = blockedAddressReason(a.address);
      if (reason) return { problem: `refused: ${host} resolves to ${a.address}, ${reason} (use --allow-private to fetch it)` };
    }
  }
  return addresses[0];
}
