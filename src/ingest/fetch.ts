// Fetch one URL for ingest: timeout, size cap, manual redirects (each hop re-checked), no private hosts.
import http from 'node:http';
import https from 'node:https';
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import type { Socket } from 'node:net';
import { type PrivateAccess, resolveAllowed } from './net-guard.ts';
import { PACKAGE_VERSION } from '../common/version.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS } from './limits.ts';

export const USER_AGENT = `crosscheck/${PACKAGE_VERSION} (news story engine; +https://www.npmjs.com/package/crosscheck)`;

export interface FetchOptions {
  allowPrivate?: PrivateAccess;
  timeoutMs?: number;
  maxBytes?: number;
  /** extra request headers (the watcher's If-None-Match / If-Modified-Since) */
  headers?: Record<string, string>;
  /** hand back every HTTP status (304, 429, 503...) instead of a problem for 4xx/5xx */
  anyStatus?: boolean;
  /** send the request again at once, on a new connection, when the kept-alive one it went out on was closed (on by
   * default; off for the watcher, whose per-host gap allows no second request at once: its next poll comes soon) */
  retryClosed?: boolean;
  /** the first request on a new connection, not one kept alive (the watcher's poll taken again after a closed one) */
  fresh?: boolean;
}

export interface Fetched {
  /** the URL after redirects */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Buffer;
  headers: http.IncomingHttpHeaders;
}

/** `closed`: the request went out on a kept-alive connection the server had closed (not sent again: `retryClosed` off) */
export type FetchResult = Fetched | { problem: string; closed?: true };

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A URL string we are willing to fetch, or the reason not. */
export function parseFetchUrl(value: string): URL | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `unsupported URL scheme ${url.protocol} (only http and https)` };
  if (url.username || url.password) return { problem: 'URLs with a user name or password are not fetched' };
  return url;
}

/** `stale`: the request went out on a kept-alive connection the server had already closed (the problem it gives) */
type Hop = { redirect: string; status: number } | Fetched | { problem: string } | { stale: string };

/** Redirect statuses: one without a Location has nowhere to go (its empty body was read as the page: "empty file"). */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The HTTP parser's refusals of a malformed answer (a hostile or broken server), in words; the code stays for the curious. */
const PARSE_ERRORS: Array<[RegExp, string]> = [
  [/^HPE_HEADER_OVERFLOW$/, 'the response headers are too large'],
  [/^HPE_(INVALID|UNEXPECTED)_CONTENT_LENGTH$/, 'the response gives a malformed Content-Length'],
  [/^HPE_INVALID_CHUNK_SIZE$/, 'the response body is malformed (a bad chunk size)'],
  [/^HPE_/, 'the answer is not well-formed HTTP'],
];

/** The line for a failed connection: a parser code in words, else the system's code or message. */
function connectionProblem(err: NodeJS.ErrnoException): string {
  const code = err.code ?? '';
  const words = PARSE_ERRORS.find(([re]) => re.test(code))?.[1];
  return words ? `${words} (${code})` : `connection failed (${code || err.message})`;
}

/** Sockets already watched for bytes that come while they are idle in the agent's pool. */
const guarded = new WeakSet<Socket>();

/**
 * A kept-alive connection that receives bytes while no request is out on it (the rest of an answer longer than its
 * Content-Length) is closed at once: left in the pool, such bytes (those still on their way when the next request
 * goes out) would be read as the next answer on that connection (a parse error blamed on the next URL, or the
 * wrong answer).
 */
function guardIdle(socket: Socket): void {
  if (guarded.has(socket)) return;
  guarded.add(socket);
  socket.on('data', () => {
    // the agent clears _httpMessage when it takes the socket back, and sets it when a request goes out on it
    if (!(socket as Socket & { _httpMessage?: unknown })._httpMessage) socket.destroy();
  });
}

/** One request, no redirects followed; `fresh`: on a new connection, not one kept alive from an earlier request. */
function requestOnce(url: URL, address: { address: string; family: number }, opts: Required<FetchOptions>, deadline: number, fresh = false): Promise<Hop> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Hop) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      // a decompressor still holding input would go on inflating it after the answer is given up
      inflate?.destroy();
      resolve(r);
    };
    let inflate: Transform | null = null;
    /** the answer, once its head is read */
    let answer: http.IncomingMessage | null = null;
    const remaining = Math.max(1, deadline - Date.now());
    const timer = setTimeout(() => finish({ problem: `timed out after ${Math.round(opts.timeoutMs / 1000)} s` }), remaining);
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          ...opts.headers,
        },
        ...(fresh ? { agent: false } : {}),
        // connect to the address that was checked, not to whatever a second lookup returns
        lookup: ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
          if (options?.all) cb(null, [{ address: address.address, family: address.family }]);
          else cb(null, address.address, address.family);
        }) as never,
      },
      (res) => {
        answer = res;
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          finish({ redirect: res.headers.location, status });
          return;
        }
        if (REDIRECTS.has(status)) {
          res.resume();
          finish({ problem: `HTTP ${status} redirect without a Location to go to` });
          return;
        }
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (declared > opts.maxBytes) {
          res.resume();
          finish({ problem: `too large (${mb(declared)}, limit ${mb(opts.maxBytes)}; raise it with --max-size)` });
          return;
        }
        let body: Readable = res;
        const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
        // the body cut short: the server closed the connection before the length it gave (or the last chunk) was
        // sent. Heard from the response itself, as a decompressor fed by it would wait for more until the deadline
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
        });
        const cutShort = () =>
          finish({
            problem: `the server closed the connection before the whole body was sent (${received} bytes${Number.isFinite(declared) ? ` of the ${declared} it announced` : ''})`,
          });
        res.on('error', (err: NodeJS.ErrnoException) => (res.complete ? finish({ problem: connectionProblem(err) }) : cutShort()));
        res.on('close', () => {
          if (!res.complete) cutShort();
        });
        inflate =
          encoding === 'gzip' || encoding === 'x-gzip'
            ? createGunzip()
            : encoding === 'deflate'
              ? createInflate()
              : encoding === 'br'
                ? createBrotliDecompress()
                : null;
        if (inflate) {
          inflate.on('error', (err) => finish({ problem: `bad ${encoding} data from the server (${err.message})` }));
          body = res.pipe(inflate);
        }
        const chunks: Buffer[] = [];
        let total = 0;
        body.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > opts.maxBytes) {
            finish({ problem: `too large (over ${mb(opts.maxBytes)}${inflate ? ' once decompressed' : ''}; raise it with --max-size)` });
            return;
          }
          chunks.push(chunk);
        });
        body.on('end', () => {
          const type = res.headers['content-type'];
          finish({ url: url.href, status, contentType: type ? String(type) : null, bytes: Buffer.concat(chunks, total), headers: res.headers });
        });
      },
    );
    req.on('socket', guardIdle);
    req.on('error', (err: NodeJS.ErrnoException) => {
      const problem = connectionProblem(err);
      const malformed = (err.code ?? '').startsWith('HPE_');
      // bytes after the whole answer (its Content-Length, or its last chunk) in the same read: the parser refuses
      // them as the start of a next answer; the server's framing lies, so the body read is not to be trusted
      if (malformed && answer?.complete) {
        const declared = answer.headers['content-length'];
        finish({
          problem: `the server sent more than ${declared === undefined ? 'the end of its answer' : `the ${declared} bytes its Content-Length announced`}`,
        });
        return;
      }
      // a kept-alive connection whose next bytes are no answer at all: most likely the rest of an earlier answer
      // longer than its Content-Length, not this URL's answer; like a closed one, sent again on a new connection
      if (req.reusedSocket && malformed && !answer) {
        finish({ stale: `the kept-alive connection held bytes that are no answer, likely left over from an earlier one (${err.code})` });
        return;
      }
      finish(req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE') ? { stale: problem } : { problem });
    });
    req.end();
  });
}

/** Fetch a URL, following up to MAX_REDIRECTS redirects, each new host checked like the first. */
export async function fetchUrl(value: string, options: FetchOptions = {}): Promise<FetchResult> {
  const opts: Required<FetchOptions> = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    headers: options.headers ?? {},
    anyStatus: options.anyStatus ?? false,
    retryClosed: options.retryClosed ?? true,
    fresh: options.fresh ?? false,
  };
  const deadline = Date.now() + opts.timeoutMs;
  let current = value;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const url = parseFetchUrl(current);
    if ('problem' in url) return hop ? { problem: `redirected to ${current}: ${url.problem}` } : url;
    const address = await resolveAllowed(url.hostname, opts.allowPrivate, { deadline, seconds: Math.round(opts.timeoutMs / 1000) });
    if ('problem' in address) return hop ? { problem: `redirected to ${url.href}: ${address.problem}` } : address;
    if (Date.now() >= deadline) return { problem: `timed out after ${Math.round(opts.timeoutMs / 1000)} s` };
    let result = await requestOnce(url, address, opts, deadline, opts.fresh && hop === 0);
    // the server closed the kept-alive connection while this process was busy (a slow page between two fetches
    // outlasted its keep-alive timeout): the request was never answered; once more on a new connection
    if ('stale' in result && opts.retryClosed) result = await requestOnce(url, address, opts, deadline, true);
    if ('stale' in result) return { problem: result.stale, closed: true };
    if ('redirect' in result) {
      try {
        current = new URL(result.redirect, url).href;
      } catch {
        return { problem: `bad redirect (HTTP ${result.status}) to ${result.redirect}` };
      }
      continue;
    }
    if ('problem' in result) return result;
    if (result.status >= 400 && !opts.anyStatus) return { problem: `HTTP ${result.status} from the server` };
    return result;
  }
  return { problem: `too many redirects (more than ${MAX_REDIRECTS})` };
}
