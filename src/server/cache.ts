// Rendered responses kept per address while the base has not changed: every page and API answer is a
// function of the address and the base's change number, so a repeat is served from memory until an ingest
// moves that number on. Bounded in entries and bytes; entries also expire after `maxAgeMs`, which bounds
// staleness for what the change number does not cover (problems are left out for that reason).
// Two refinements keep latency flat while a watch or an ingest moves the number on all the time:
// - one render per address at a time: requests arriving while it renders get the version it replaces, or
//   wait for it when there is none (no stampede of 50 identical renders after each change);
// - an address with a version (a story page: its story's row and documents) survives changes elsewhere:
//   when the number has moved, the entry's version is read again (one small query) and, unchanged, the
//   entry is served and re-stamped instead of rendered again.
import type { Context, MiddlewareHandler } from 'hono';
import { gzipSync } from 'node:zlib';
import { basePath } from './base-path.ts';

/** Bodies smaller than this are sent as they are (gzip would save little). */
const GZIP_MIN_BYTES = 2048;

export interface CacheOptions {
  /** the base's current change number */
  seq: () => Promise<number>;
  /** for addresses whose content depends on a part of the base only: a function reading that part's version */
  version?: (path: string) => (() => Promise<string | null>) | null;
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
  /** the API list's Link header (its next page): a repeat answered from memory lost it */
  link: string | null;
  /** the version of what it shows, when the address has one */
  version: string | null;
  /** the body gzipped, made at the first request that accepts it */
  gzip?: Uint8Array;
}

/** A kept body, gzipped for clients that accept it (a story page is 100 KB of text: about 15 KB sent). */
function send(c: Context, e: Entry, how: 'hit' | 'stale'): Response {
  const headers: Record<string, string> = { 'Content-Type': e.type, 'X-Cache': how, Vary: 'Accept-Encoding' };
  if (e.link !== null) headers.Link = e.link;
  if (e.body.byteLength >= GZIP_MIN_BYTES && /\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) {
    e.gzip ??= new Uint8Array(gzipSync(e.body, { level: 6 }));
    return c.body(e.gzip as unknown as ArrayBuffer, e.status as 200, { ...headers, 'Content-Encoding': 'gzip' });
  }
  return c.body(e.body as unknown as ArrayBuffer, e.status as 200, headers);
}

export function responseCache(o: CacheOptions): MiddlewareHandler {
  const maxEntries = o.maxEntries ?? 2000;
  const maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
  const maxAge = o.maxAgeMs ?? 30_000;
  const seqTtl = o.seqTtlMs ?? 200;
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<void>>();
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

  /** The entry for `key`, if it may answer now (re-stamped when its version shows it is still right). */
  const fresh = async (key: string, seq: number, version: (() => Promise<string | null>) | null): Promise<Entry | null> => {
    const hit = entries.get(key);
    if (!hit || Date.now() - hit.at >= maxAge) return null;
    if (hit.seq !== seq) {
      if (!version || hit.version === null || (await version()) !== hit.version) return null;
      hit.seq = seq;
    }
    // most recently used last
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  };

  return async (c, next) => {
    if (c.req.method !== 'GET') {
      // a write through this app may move the change number: read it afresh for the next request
      await next();
      seqValue = null;
      return;
    }
    if (o.skip?.(c.req.path)) return next();
    // the same address renders differently under two base paths (X-Forwarded-Prefix trusted)
    const key = `${basePath()} ${c.req.url}`;
    const version = o.version?.(c.req.path) ?? null;
    let seq = await currentSeq();
    let hit = await fresh(key, seq, version);
    // another request is rendering this address anew: the version it replaces answers meanwhile (it is
    // older than that render by at most the render's time; the change itself is announced live)
    const stale = !hit && rendering.has(key) ? entries.get(key) : undefined;
    if (stale && Date.now() - stale.at < maxAge) return send(c, stale, 'stale');
    // nothing to show yet: wait for that render rather than render it again
    for (let i = 0; !hit && rendering.has(key) && i < 3; i++) {
      await rendering.get(key)!.catch(() => {});
      seq = await currentSeq();
      hit = await fresh(key, seq, version);
    }
    if (hit) return send(c, hit, 'hit');

    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    rendering.set(key, mine);
    try {
      // read before rendering: a change landing during the render leaves the entry marked older, never newer
      const v = version ? await version() : null;
      await next();
      if (c.res.status !== 200) return;
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      if (body.byteLength > maxBytes / 16) return;
      drop(key);
      entries.set(key, {
        seq,
        at: Date.now(),
        status: c.res.status,
        type: c.res.headers.get('content-type') ?? 'application/octet-stream',
        body,
        link: c.res.headers.get('link'),
        version: v,
      });
      bytes += body.byteLength;
      while (entries.size > maxEntries || bytes > maxBytes) drop(entries.keys().next().value!);
    } finally {
      if (rendering.get(key) === mine) rendering.delete(key);
      done();
    }
  };
}
