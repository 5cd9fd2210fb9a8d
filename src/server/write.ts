// Who may write: every write (the JSON API and the Feeds and Alerts pages' forms) passes one guard: writes
// are off without a configured token; requests are rate-limited per client before the token is compared
// (guessing tokens is rate-limited too); bodies are read up to a limit whatever Content-Length says.
import type { Context } from 'hono';
import { RateLimiter, tokenMatches } from './security.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { pastLimit, sizeOf } from '../ingest/sizes.ts';

export interface WriteOptions {
  /** the token writes must present (Authorization: Bearer T, or the forms' token field); writes are refused without one configured */
  token?: string;
  /** largest request body accepted, bytes */
  maxBodyBytes: number;
  /** most records in one request */
  maxRecords: number;
  /** largest record accepted, bytes (its JSON): ingest's --max-size for a JSONL line */
  maxRecordBytes: number;
  /** write requests per minute per client (with a burst of a quarter of that) */
  writesPerMinute: number;
  /** who is asking (for the rate limit): the socket's address */
  clientOf: (c: { req: { raw: Request }; env: unknown }) => string;
}

/** A refused write: its status, the reason shown, and headers to send. */
export interface Refusal {
  status: 401 | 403 | 413 | 415 | 429;
  error: string;
  headers?: Record<string, string>;
}

export class WriteGuard {
  private limiter: RateLimiter;

  constructor(readonly w: WriteOptions) {
    this.limiter = new RateLimiter(w.writesPerMinute, Math.max(1, Math.ceil(w.writesPerMinute / 4)));
  }

  /** Writes allowed at all, and this client within its rate: null, or why not. */
  admit(c: Context): Refusal | null {
    if (!this.w.token) return { status: 403, error: 'writes are disabled: start the server with --token' };
    const wait = this.limiter.take(this.w.clientOf(c));
    if (wait) return { status: 429, error: `too many writes: try again in ${wait} s`, headers: { 'Retry-After': String(wait) } };
    return null;
  }

  /** The presented token (from the Authorization header unless given) is the configured one: null, or why not. */
  authorize(c: Context, presented = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]): Refusal | null {
    if (!this.w.token || !tokenMatches(presented, this.w.token))
      return { status: 401, error: 'a valid token is needed (Authorization: Bearer T)', headers: { 'WWW-Authenticate': 'Bearer' } };
    return null;
  }

  /** admit, then authorize by header: the check every JSON write starts with. */
  check(c: Context): Refusal | null {
    return this.admit(c) ?? this.authorize(c);
  }

  /** The body as text within the limit, or the refusal (a missing or false Content-Length does not get past it). */
  async body(c: Context): Promise<string | Refusal> {
    const read = await this.bodyText(c);
    return isRefusal(read) ? read : read.text;
  }

  /**
   * The body as text and the charset it was read in: a BOM honoured (a UTF-8 BOM was "not valid JSON", UTF-16
   * "Unexpected token"), bytes that are not UTF-8 read in the charset they look like (each accent was U+FFFD,
   * silently). A compressed body is refused by name (it was "not valid JSON (Unexpected token '\u001f' ...").
   */
  async bodyText(c: Context): Promise<{ text: string; encoding: string } | Refusal> {
    const declared = Number(c.req.header('content-length') ?? NaN);
    const tooLarge = this.tooLarge('body', declared);
    if (declared > this.w.maxBodyBytes) return tooLarge;
    const coding = (c.req.header('content-encoding') ?? '').trim().toLowerCase();
    if (coding && coding !== 'identity')
      return { status: 415, error: `the body is sent with Content-Encoding ${JSON.stringify(coding.slice(0, 40))}: send it uncompressed` };
    const bytes = await readLimited(c.req.raw, this.w.maxBodyBytes);
    if (bytes === null) return tooLarge;
    if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
    const decoded = decodeBytes(bytes);
    return 'problem' in decoded ? { status: 415, error: `the body is ${decoded.problem}` } : decoded;
  }

  /** 413, with the size when Content-Length gave it ("larger than 1048576 bytes" named neither in words nor the option). */
  private tooLarge(what: 'body' | 'form', declared: number): Refusal {
    const max = this.w.maxBodyBytes;
    const size = Number.isSafeInteger(declared) && declared > max ? pastLimit(declared, max) : `over ${sizeOf(max)}, the limit`;
    return { status: 413, error: `the ${what} is too large (${size}; the server's --max-body raises it)` };
  }

  /** A form post's fields (urlencoded or multipart) within the body limit, or the refusal. */
  async form(c: Context): Promise<FormData | Refusal> {
    const declared = Number(c.req.header('content-length') ?? NaN);
    const tooLarge = this.tooLarge('form', declared);
    if (declared > this.w.maxBodyBytes) return tooLarge;
    const type = c.req.header('content-type') ?? '';
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return { status: 415, error: 'send the form as a form' };
    const bytes = await readLimited(c.req.raw, this.w.maxBodyBytes);
    if (bytes === null) return tooLarge;
    try {
      return await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData();
    } catch {
      return { status: 415, error: 'the form could not be read' };
    }
  }
}

export const isRefusal = (v: unknown): v is Refusal => !!v && typeof v === 'object' && 'status' in v && 'error' in v;

/** The request body, or null as soon as it grows past the limit. */
async function readLimited(req: Request, max: number): Promise<Buffer | null> {
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
