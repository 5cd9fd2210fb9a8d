// Fetch one URL for ingest: timeout, size cap, manual redirects (each hop re-checked), no private hosts.
import http from 'node:http';
import https from 'node:https';
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import type { Socket } from 'node:net';
import { type PrivateAccess, resolveAllowed } from './net-guard.ts';
import { PACKAGE_VERSION } from '../common/version.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS } from './limits.ts';
import { pastLimit, sizeOf } from './sizes.ts';
import { invalidUrl } from './url-words.ts';
import type { RawMeta } from '../model.ts';

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
  /** given up at once when aborted (a Ctrl-C): the connection is closed, the answer is a problem */
  signal?: AbortSignal;
}

/** The options as a fetch reads them: each given or defaulted (the signal stays optional). */
type FetchSettings = Required<Omit<FetchOptions, 'signal'>> & Pick<FetchOptions, 'signal'>;

const STOPPED = 'the fetch was stopped (interrupted)';

export interface Fetched {
  /** the URL after redirects */
  url: string;
  /** the addresses redirected from, first asked first (none when the URL answered itself) */
  redirectedFrom?: string[];
  status: number;
  contentType: string | null;
  bytes: Buffer;
  headers: http.IncomingHttpHeaders;
}

/** The addresses a fetch was redirected from, and the one it ended at (a page's canonical URL may be another one),
 * for the page's meta: the article is then found by any of them (store/addresses.ts). */
export function redirectsOf(page: Fetched): Pick<RawMeta, 'redirectedFrom'> {
  return page.redirectedFrom ? { redirectedFrom: [...page.redirectedFrom, page.url] } : {};
}

/** `closed`: the request went out on a kept-alive connection the server had closed (not sent again: `retryClosed` off) */
export type FetchResult = Fetched | { problem: string; closed?: true };

/** A URL string we are willing to fetch, or the reason not. */
export function parseFetchUrl(value: string): URL | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: invalidUrl(value) };
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

/** A URL in a problem line, cut to 200 characters (a Location header may be kilobytes long). */
function shortUrl(href: string): string {
  return href.length > 200 ? `${href.slice(0, 199)}…` : href;
}

/** The codings an answer's body may carry, each with its decoder. */
type Coding = 'gzip' | 'deflate' | 'br';
const DECODERS: Record<Coding, () => Transform> = { gzip: createGunzip, deflate: createInflate, br: createBrotliDecompress };
const CODING_NAMES: Record<string, Coding | null> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', br: 'br', identity: null };

/** A header's list of codings, in the order they were applied, lower case. */
function codingList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
}

/** Server text quoted in a problem line: control characters shown as escapes, cut to 200 characters. */
function quotedForProblem(text: string): string {
  const q = JSON.stringify(text);
  return q.length > 200 ? `${q.slice(0, 199)}…"` : q;
}

/**
 * The decoders to run on an answer's body, first to last: its transfer codings besides the chunked framing the
 * HTTP parser takes off (applied last, so undone first), then its content codings, each list undone from its end
 * ("gzip, br": brotli then gzip). A transfer coding this client cannot undo leaves bytes that are no body: a
 * problem. Content codings all unknown ("utf-8", "none": a server's mistake seen in the wild) are read as no coding,
 * as before; an unknown one among known ones cannot be undone in order: a problem.
 */
function codingsOf(headers: http.IncomingHttpHeaders): { codings: Coding[] } | { problem: string } {
  const transfer = codingList(headers['transfer-encoding']);
  if (transfer.at(-1) === 'chunked') transfer.pop();
  const codings: Coding[] = [];
  for (const name of transfer.reverse()) {
    const coding = CODING_NAMES[name];
    if (coding === undefined)
      return { problem: `the answer's Transfer-Encoding ${quotedForProblem(String(headers['transfer-encoding']))} is not one this client reads` };
    if (coding) codings.push(coding);
  }
  const content = codingList(headers['content-encoding']).reverse();
  const known = content.filter((name) => CODING_NAMES[name] !== undefined);
  if (known.length && known.length < content.length)
    return { problem: `the answer's Content-Encoding ${quotedForProblem(String(headers['content-encoding']))} is not one this client reads` };
  for (const name of known) {
    const coding = CODING_NAMES[name];
    if (coding) codings.push(coding);
  }
  return { codings };
}

/** One request, no redirects followed; `fresh`: on a new connection, not one kept alive from an earlier request. */
function requestOnce(url: URL, address: { address: string; family: number }, opts: FetchSettings, deadline: number, fresh = false): Promise<Hop> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Hop) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', stopped);
      req.destroy();
      // a decompressor still holding input would go on inflating it after the answer is given up
      for (const d of decoders) d.destroy();
      resolve(r);
    };
    const decoders: Transform[] = [];
    /** the answer, once its head is read */
    let answer: http.IncomingMessage | null = null;
    const remaining = Math.max(1, deadline - Date.now());
    const timer = setTimeout(() => finish({ problem: `timed out after ${Math.round(opts.timeoutMs / 1000)} s` }), remaining);
    const stopped = () => finish({ problem: STOPPED });
    opts.signal?.addEventListener('abort', stopped, { once: true });
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
        // a 204 or 304 has no body: its Content-Length, if any, is the size of the page it stands for (RFC 9110 8.6)
        const declared = status === 204 || status === 304 ? NaN : Number(res.headers['content-length'] ?? NaN);
        if (declared > opts.maxBytes) {
          res.resume();
          finish({ problem: `too large (${pastLimit(declared, opts.maxBytes)}; raise it with --max-size)` });
          return;
        }
        const decoding = codingsOf(res.headers);
        if ('problem' in decoding) {
          finish({ problem: decoding.problem });
          return;
        }
        // the body cut short: the server closed the connection before the length it gave (or the last chunk) was
        // sent. Heard from the response itself, as a decompressor fed by it would wait for more until the deadline
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          // bounded as the Content-Length is: a chunked or close-delimited body, or one still read after its
          // decompressed data ended (below)
          if (received > opts.maxBytes) finish({ problem: `too large (over ${sizeOf(opts.maxBytes)}; raise it with --max-size)` });
        });
        const cutShort = () =>
          finish({
            problem: `the server closed the connection before the whole body was sent (${received} bytes${Number.isFinite(declared) ? ` of the ${declared} it announced` : ''})`,
          });
        res.on('error', (err: NodeJS.ErrnoException) => (res.complete ? finish({ problem: connectionProblem(err) }) : cutShort()));
        res.on('close', () => {
          if (!res.complete) cutShort();
        });
        const chunks: Buffer[] = [];
        let total = 0;
        const give = () => {
          const type = res.headers['content-type'];
          finish({ url: url.href, status, contentType: type ? String(type) : null, bytes: Buffer.concat(chunks, total), headers: res.headers });
        };
        let body: Readable = res;
        for (const coding of decoding.codings) {
          const decoder = DECODERS[coding]();
          decoders.push(decoder);
          decoder.on('error', (err) => finish({ problem: `bad ${coding} data from the server (${err.message})` }));
          body = body.pipe(decoder);
        }
        // a coded answer with no body (a 304 or 204 that names its coding, an empty page) is an empty body, not a
        // compressed stream cut before its first byte
        if (decoders.length) res.on('end', () => received === 0 && give());
        body.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > opts.maxBytes) {
            finish({ problem: `too large (over ${sizeOf(opts.maxBytes)}${decoders.length ? ' once decompressed' : ''}; raise it with --max-size)` });
            return;
          }
          chunks.push(chunk);
        });
        body.on('end', () => {
          // a deflate or brotli stream ends where its own data says, and the decoder then ends whatever follows:
          // the answer is whole only once its HTTP framing is (else a cut answer, or a chunk size that lies, would
          // be taken as whole). The rest is read (not decoded) to the message's end, or to a close that cuts it
          if (res.complete) give();
          else {
            res.unpipe();
            res.on('end', give);
            res.resume();
          }
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
  const opts: FetchSettings = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    headers: options.headers ?? {},
    anyStatus: options.anyStatus ?? false,
    retryClosed: options.retryClosed ?? true,
    fresh: options.fresh ?? false,
    signal: options.signal,
  };
  if (opts.signal?.aborted) return { problem: STOPPED };
  const deadline = Date.now() + opts.timeoutMs;
  let current = value;
  const hops: string[] = [];
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const url = parseFetchUrl(current);
    if ('problem' in url) return hop ? { problem: `redirected to ${shortUrl(current)}: ${url.problem}` } : url;
    const address = await resolveAllowed(url.hostname, opts.allowPrivate, { deadline, seconds: Math.round(opts.timeoutMs / 1000), signal: opts.signal });
    if ('problem' in address) return hop ? { problem: `redirected to ${shortUrl(url.href)}: ${address.problem}` } : address;
    if (Date.now() >= deadline) return { problem: `timed out after ${Math.round(opts.timeoutMs / 1000)} s` };
    if (opts.signal?.aborted) return { problem: STOPPED };
    let result = await requestOnce(url, address, opts, deadline, opts.fresh && hop === 0);
    // the server closed the kept-alive connection while this process was busy (a slow page between two fetches
    // outlasted its keep-alive timeout): the request was never answered; once more on a new connection
    if ('stale' in result && opts.retryClosed) result = await requestOnce(url, address, opts, deadline, true);
    if ('stale' in result) return { problem: result.stale, closed: true };
    if ('redirect' in result) {
      hops.push(url.href);
      try {
        current = new URL(result.redirect, url).href;
      } catch {
        return { problem: `bad redirect (HTTP ${result.status}) to ${quotedForProblem(result.redirect)}` };
      }
      continue;
    }
    if ('problem' in result) return result;
    if (result.status >= 400 && !opts.anyStatus) return { problem: `HTTP ${result.status} from the server` };
    return hops.length ? { ...result, redirectedFrom: hops } : result;
  }
  return { problem: `too many redirects (more than ${MAX_REDIRECTS})` };
}
