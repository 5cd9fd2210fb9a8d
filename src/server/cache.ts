// Rendered responses kept per address while the base has not changed: every page and API answer is a
// function of the address and the base's change number, so a repeat is served from memory until an ingest
// moves that number on. Bounded in entries and bytes; entries also expire after `maxAgeMs`, which bounds
// staleness for what the change number does not cover (problems are left out for that reason).
import type { MiddlewareHandler } from 'hono';

export interface CacheOptions {
  /** the base's current change number */
  seq: () => Promise<number>;
  maxEntries?: number;
  maxBytes?: number;
  maxAgeMs?: number;
  /** how long a read change number is trusted, ms: a change shows at most this late */
  seqTtlMs?: number;
  /** paths never cached */
  skip?: (path: string) => boolean;
}

interface Entry {
  seq: number;
  at: number;
  status: number;
  type: string;
  body: Uint8Array;
}

export function responseCache(o: CacheOptions): MiddlewareHandler {
  const maxEntries = o.maxEntries ?? 2000;
  const maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
  const maxAge = o.maxAgeMs ?? 30_000;
  const seqTtl = o.seqTtlMs ?? 200;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let seqAt = -Infinity;
  let seqValue: Promise<number> | null = null;

  const currentSeq = () => {
    const now = Date.now();
    if (!seqValue || now - seqAt >= seqTtl) {
      seqAt = now;
      seqValue = o.seq().catch((err) => {
        seqValue = null;
        throw err;
      });
    }
    return seqValue;
  };
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e) {
      bytes -= e.body.byteLength;
      entries.delete(key);
    }
  };

  return async (c, next) => {
    if (c.req.method !== 'GET') {
      // a write through this app may move the change number: read it afresh for the next request
      await next();
      seqValue = null;
      return;
    }
    if (o.skip?.(c.req.path)) return next();
    const key = c.req.url;
    const seq = await currentSeq();
    const hit = entries.get(key);
    if (hit && hit.seq === seq && Date.now() - hit.at < maxAge) {
      // most recently used last
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body as unknown as ArrayBuffer, hit.status as 200, { 'Content-Type': hit.type, 'X-Cache': 'hit' });
    }
    await next();
    if (c.res.status !== 200) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (body.byteLength > maxBytes / 16) return;
    drop(key);
    entries.set(key, { seq, at: Date.now(), status: c.res.status, type: c.res.headers.get('content-type') ?? 'application/octet-stream', body });
    bytes += body.byteLength;
    while (entries.size > maxEntries || bytes > maxBytes) drop(entries.keys().next().value!);
  };
}
