// WARC files (.warc, .warc.gz: one gzip member per record, which gunzip reads as one stream), streamed:
// a web archive can be gigabytes, so at most one record (within the size cap) is held at a time.
// HTML responses with status 200 become documents; every other record is skipped; a corrupt record is a
// problem line and reading goes on at the next record.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { Problem, RawDocument, RedirectLink } from '../model.ts';
import { describeFsError } from './errors.ts';
import { openInputStream } from './open-stream.ts';
import { decodeHtmlBytes, headerCharset, looksLikeHtmlBytes } from './html-charset.ts';
import { canonicalFromHtml, canonicalUrl, urlDocId } from './url-id.ts';
import { pastLimit, sizeOf } from './sizes.ts';

const CRLF2 = Buffer.from('\r\n\r\n');
const REDIRECT_STATUS = /^30[12378]$/;
const LF2 = Buffer.from('\n\n');
const MAGIC = Buffer.from('WARC/');
/** A record header longer than this is not a header. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Bytes a header's end is first looked for in (a crawler's record header is a few hundred bytes). */
const HEADER_FIRST_LOOK = 4096;
/** Where a record's header may start: a line beginning with a WARC 1.x version. */
const RECORD_START = Buffer.from('\nWARC/1.');
const VERSION_LINE = /^WARC\/1\.\d\r?\n/;
/** Bytes kept between chunks while skipping, so a record start split across two chunks is still seen. */
const START_OVERLAP = 16;

/** Index of the next record's "WARC/1.x" version line at a line start, at or after `from`; -1 when none. */
function nextRecordStart(buf: Buffer, from = 0): number {
  for (let i = from; ; ) {
    const at = buf.indexOf(RECORD_START, i);
    if (at < 0) return -1;
    if (VERSION_LINE.test(buf.subarray(at + 1, at + 13).toString('latin1'))) return at + 1;
    i = at + 1;
  }
}

const isLineEnd = (byte: number | undefined) => byte === 0x0d || byte === 0x0a;

/** Does a record that ends at `length` end there: only line ends follow (the record separator), or nothing yet? */
function endsAt(buf: Buffer, length: number): boolean {
  for (let i = length; i < Math.min(buf.length, length + 4); i++) if (!isLineEnd(buf[i])) return false;
  return true;
}

type Headers = Map<string, string>;

function parseHeaderLines(text: string): { first: string; headers: Headers } {
  const lines = text.split(/\r?\n/);
  const headers: Headers = new Map();
  let last = '';
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) continue;
    last = line.slice(0, i).trim().toLowerCase();
    headers.set(last, line.slice(i + 1).trim());
  }
  return { first: lines[0].trim(), headers };
}

/** Where a header block ends: the index after the blank line, or -1. */
function headerEnd(buf: Buffer, from = 0): number {
  // looked for within a usual header's length first: the buffer holds a whole read ahead, and the search for the kind
  // of blank line a header does not use ran to its end for every record (100,000 empty records: 6 s). The first
  // blank line found within the window is the first in the buffer, so the answer is the same.
  const near = buf.subarray(0, Math.min(buf.length, from + HEADER_FIRST_LOOK));
  if (near.length < buf.length) {
    const end = blankLineEnd(near, from);
    if (end >= 0) return end;
  }
  return blankLineEnd(buf, from);
}

/** The index after the first blank line (CRLF or LF) at or after `from`, or -1. */
function blankLineEnd(buf: Buffer, from: number): number {
  const a = buf.indexOf(CRLF2, from);
  const b = buf.indexOf(LF2, from);
  if (a < 0) return b < 0 ? -1 : b + 2;
  if (b < 0) return a + 4;
  return Math.min(a + 4, b + 2);
}

/** Undo HTTP chunked transfer coding (some archives keep it). */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const eol = body.indexOf('\r\n', pos);
    if (eol < 0) return null;
    const size = parseInt(body.subarray(pos, eol).toString('latin1').split(';')[0].trim(), 16);
    if (Number.isNaN(size)) return null;
    if (size === 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * HTTP's deflate is zlib-wrapped, but old servers (IIS among them) sent raw deflate: a zlib header (method 8, the
 * two bytes a multiple of 31) says which. Raw deflate was "corrupt record: its deflate body does not unpack".
 */
function inflateEither(buf: Buffer, options: { maxOutputLength: number }): Buffer {
  const zlibWrapped = buf.length >= 2 && (buf[0] & 0x0f) === 8 && ((buf[0] << 8) | buf[1]) % 31 === 0;
  return zlibWrapped ? inflateSync(buf, options) : inflateRawSync(buf, options);
}

/** Content codings a crawler stores as the server sent them (wget, Heritrix keep the gzip'd body), with their decoders. */
const CONTENT_DECODERS: Record<string, ((buf: Buffer, options: { maxOutputLength: number }) => Buffer) | null> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateEither,
  br: brotliDecompressSync,
  identity: null,
};

/**
 * A response body without its content codings (undone from the last applied), each unpacked to at most `maxBytes`
 * (a bomb stops there). These were "response stored with gzip content coding, not read": the page was lost.
 */
function withoutContentCoding(body: Buffer, header: string, maxBytes: number): { body: Buffer } | { problem: string } {
  const codings = header
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .reverse();
  for (const name of codings) {
    const decode = CONTENT_DECODERS[name];
    if (decode === undefined) return { problem: `response stored with ${name} content coding, not read` };
    if (!decode) continue;
    try {
      body = decode(body, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        return { problem: `record too large (its ${name} body unpacks past the limit, ${sizeOf(maxBytes)}; raise it with --max-size)` };
      return { problem: `corrupt record: its ${name} body does not unpack (${(err as Error).message})` };
    }
  }
  return { body };
}

export interface WarcRecordInfo {
  number: number;
  type: string;
  uri: string | null;
  date: string | null;
}

/** Redirect records remembered for the responses after them (a crawl's 301s are a few per page at most), and responses
 * remembered for the redirects after them. */
const MAX_REDIRECTS_HELD = 50_000;

/** Hops followed from one address at most (a crawler's chains are a few long). */
const MAX_HOPS = 100;

/** What an archive's redirect records have told so far (all keyed by canonical address). */
class Redirects {
  /** the addresses that led to each address not met yet as a response, first met first: the page there learns them */
  readonly leadTo = new Map<string, string[]>();
  /** each redirect record's own address: where it leads, and the record */
  private readonly hops = new Map<string, { uri: string; target: string; source: string }>();
  /** responses met: the address of the page read there, or null for a response that is no page (an image, a 404) */
  private readonly met = new Map<string, string | null>();

  /** A response that is no redirect was met at `uri` (`page`: it was read as a document). */
  response(uri: string, page: boolean): void {
    held(this.met, canonicalUrl(uri), page ? uri : null);
  }

  /** Where a redirect from `address` leads at last: the address (canonical) its hops end at, or null when they go round.
   * A page read at an address ends the walk there (a crawler that met a redirect there once, then the page). */
  private end(address: string): string | null {
    const seen = new Set<string>();
    let at = address;
    for (let hop = this.hops.get(at); hop && !this.met.get(at); hop = this.hops.get(at)) {
      if (seen.has(at) || seen.size >= MAX_HOPS) return null;
      seen.add(at);
      at = hop.target;
    }
    return at;
  }

  /** A redirect response (3xx with a Location). Its chain (the addresses that led to it, then its own) is kept for the
   * page it ends at; when that page was met before (a crawler that writes the 301 after the 200), a link to it. */
  note(info: WarcRecordInfo, location: string | undefined, source: string): RedirectLink | null {
    if (!info.uri || !location) return null;
    let target: string;
    try {
      target = canonicalUrl(new URL(location.trim(), info.uri).href);
    } catch {
      return null;
    }
    const from = canonicalUrl(info.uri);
    // a redirect to itself (a cookie's round trip): no other address
    if (target === from) return null;
    held(this.hops, from, { uri: info.uri, target, source });
    const chain = [...(this.leadTo.get(from) ?? []), info.uri];
    // going round so far: held for its target, which a page may still be met at (a login's round trip)
    const end = this.end(from) ?? target;
    const page = this.met.get(end);
    if (page) return { source, from: chain, to: page, ends: 'page' };
    // a response that is no page: nothing to lead to (as a redirect to an image was)
    if (page === null) return null;
    held(this.leadTo, end, [...new Set([...(this.leadTo.get(end) ?? []), ...chain])]);
    return null;
  }

  /** At the archive's end: the chains that end at no response of the archive, and the loops, each once. */
  *left(): Generator<RedirectLink> {
    for (const [end, chain] of this.leadTo)
      if (!this.met.has(end) && !this.hops.has(end)) yield { source: this.sourceOf(chain), from: chain, to: end, ends: 'elsewhere' };
    // a loop: told once, from the first of its addresses met, in the order its redirects go
    const told = new Set<string>();
    for (const address of this.hops.keys()) {
      if (told.has(address) || this.end(address) !== null) continue;
      const walked: string[] = [];
      let at = address;
      for (; !walked.includes(at) && !told.has(at) && walked.length < MAX_HOPS; at = this.hops.get(at)?.target ?? at) walked.push(at);
      for (const a of walked) told.add(a);
      // into a loop told already
      if (!walked.includes(at)) continue;
      // the loop itself (a redirect into it is not part of it), from where the walk came back
      const loop = walked.slice(walked.indexOf(at));
      const first = this.hops.get(loop[0])!;
      yield { source: first.source, from: loop.map((a) => this.hops.get(a)?.uri ?? a), to: first.uri, ends: 'loop' };
    }
  }

  /** The record of a chain's last redirect. */
  private sourceOf(chain: string[]): string {
    return this.hops.get(canonicalUrl(chain[chain.length - 1]))?.source ?? '';
  }
}

/** Set a key of a map held to MAX_REDIRECTS_HELD entries (the oldest goes first). */
function held<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key) && map.size >= MAX_REDIRECTS_HELD) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/** What to do with one record's HTTP payload: a document, a skip (null), a problem, or a redirect's link to a page met
 * before it. `redirects`: what the redirect records read so far told. */
function responseDocument(
  info: WarcRecordInfo,
  block: Buffer,
  file: string,
  order: number,
  maxBytes: number,
  redirects: Redirects,
): RawDocument | Problem | RedirectLink | null {
  const where = `${file}#${info.number}`;
  // an empty response (a failed fetch the crawler still wrote) holds no page: skipped, counted by the caller
  if (block.length === 0) return null;
  const end = headerEnd(block);
  if (end < 0) return { source: where, reason: 'corrupt record: the HTTP response has no header end' };
  const { first, headers } = parseHeaderLines(block.subarray(0, end).toString('latin1'));
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(first);
  if (!status) return { source: where, reason: 'corrupt record: no HTTP status line in the response' };
  if (REDIRECT_STATUS.test(status[1]) && headers.get('location')) return redirects.note(info, headers.get('location'), where);
  const page = status[1] === '200' ? pageOf(info, headers, block.subarray(end), where, order, maxBytes, redirects) : null;
  if (info.uri) redirects.response(info.uri, page !== null && 'body' in page);
  return page;
}

/** A 200 response's page: a document, a skip (null: no HTML) or a problem. */
function pageOf(
  info: WarcRecordInfo,
  headers: Headers,
  payload: Buffer,
  where: string,
  order: number,
  maxBytes: number,
  redirects: Redirects,
): RawDocument | Problem | null {
  const type = (headers.get('content-type') ?? '').toLowerCase();
  let body: Buffer = payload;
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  if ((type && !type.includes('html')) || body.length === 0) return null;
  const unpacked = withoutContentCoding(body, headers.get('content-encoding') ?? '', maxBytes);
  if ('problem' in unpacked) return { source: where, reason: unpacked.problem };
  body = unpacked.body;
  // without a type, the unpacked bytes tell whether it is a page
  if (body.length === 0 || (!type && !looksLikeHtmlBytes(body))) return null;
  const decoded = decodeHtmlBytes(body, headerCharset(type));
  if ('problem' in decoded) return { source: where, reason: decoded.problem };
  const url = info.uri ? (canonicalFromHtml(decoded.text, info.uri) ?? info.uri) : null;
  const redirectedFrom = info.uri ? redirects.leadTo.get(canonicalUrl(info.uri)) : undefined;
  return {
    id: url ? urlDocId(url) : `${where}`,
    source: where,
    kind: 'html',
    body: decoded.text,
    order,
    url: info.uri,
    meta: { crawled: info.date, encoding: decoded.encoding, ...(redirectedFrom ? { redirectedFrom } : {}) },
  };
}

/**
 * Incremental record reader. Feed it chunks; it yields complete records. A record whose block is over
 * `maxBytes` is skipped without being held (its bytes are counted off as they pass).
 */
class WarcParser {
  private buf: Buffer = Buffer.alloc(0);
  private skipBytes = 0;
  private pending: { info: WarcRecordInfo; length: number } | null = null;
  /**
   * the record being skipped, the last bytes of it seen (to find a record start across chunks), and its "too large"
   * line: said once its bytes are all counted off -- a record the file ends inside is truncated, not too large
   */
  private skipping: { number: number; length: number; tail: Buffer; tooLarge: string | null } | null = null;
  /** problems found while pushing, given out by the next drain */
  private found: Array<{ problem: string; number: number }> = [];
  /** the input has ended: a record need not be followed by a separator */
  private ended = false;
  number = 0;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer): void {
    if (this.skipBytes > 0 && this.skipping) {
      const n = Math.min(this.skipBytes, chunk.length);
      // a record start inside the bytes being skipped means the Content-Length was too large:
      // reading goes on from that record instead of swallowing it
      const seen = Buffer.concat([this.skipping.tail, chunk.subarray(0, n)]);
      const at = nextRecordStart(seen);
      if (at >= 0) {
        const { number, length } = this.skipping;
        this.found.push({ problem: `corrupt record: its Content-Length (${length} bytes) runs into the next record; reading goes on from there`, number });
        this.skipBytes = 0;
        this.skipping = null;
        chunk = Buffer.concat([seen.subarray(at), chunk.subarray(n)]);
      } else {
        this.skipBytes -= n;
        this.skipping.tail = seen.subarray(Math.max(0, seen.length - START_OVERLAP));
        if (this.skipBytes === 0) this.skipped();
        chunk = chunk.subarray(n);
      }
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
  }

  /** The record being skipped is past: its "too large" line, if any, is given out. */
  private skipped(): void {
    const { tooLarge, number } = this.skipping!;
    if (tooLarge) this.found.push({ problem: tooLarge, number });
    this.skipping = null;
  }

  /** A record too large to hold that the input ended inside (call once the input has ended): its number, or null. */
  skippedToEnd(): { number: number; length: number; seen: number } | null {
    if (!this.skipping) return null;
    const { number, length } = this.skipping;
    return { number, length, seen: length - this.skipBytes };
  }

  /** The input has ended: a last record without a separator is complete. */
  end(): void {
    this.ended = true;
  }

  /**
   * A record whose Content-Length runs past the next record's header: its block is cut there (and a
   * problem says so), and reading goes on from that header.
   */
  private *overrun(
    info: WarcRecordInfo,
    length: number,
    next: number,
  ): Generator<{ info: WarcRecordInfo; block: Buffer } | { problem: string; number: number }> {
    let end = next;
    while (end > 0 && isLineEnd(this.buf[end - 1])) end--;
    const block = this.buf.subarray(0, end);
    this.buf = this.buf.subarray(next);
    this.pending = null;
    yield { problem: `corrupt record: its Content-Length (${length} bytes) runs into the next record; read up to it (${end} bytes)`, number: info.number };
    yield { info, block };
  }

  /** Records (or problems) that are complete in the buffer. */
  *drain(): Generator<{ info: WarcRecordInfo; block: Buffer } | { problem: string; number: number }> {
    while (this.found.length) yield this.found.shift()!;
    for (;;) {
      if (this.skipBytes > 0) return;
      if (this.pending) {
        const { info, length } = this.pending;
        if (this.buf.length < length + 4 && !(this.ended && this.buf.length >= length)) {
          if (!this.ended) return;
          // the input ended inside the record: a record header inside it means its length was too large
          const next = nextRecordStart(this.buf);
          if (next < 0) return;
          yield* this.overrun(info, length, next);
          continue;
        }
        if (!endsAt(this.buf, length)) {
          const next = nextRecordStart(this.buf);
          if (next >= 0 && next < length + 4) {
            yield* this.overrun(info, length, next);
            continue;
          }
        }
        const block = this.buf.subarray(0, length);
        this.buf = this.buf.subarray(length);
        this.pending = null;
        yield { info, block };
        continue;
      }
      // skip the blank lines between records
      let start = 0;
      while (start < this.buf.length && (this.buf[start] === 0x0d || this.buf[start] === 0x0a)) start++;
      if (start) this.buf = this.buf.subarray(start);
      if (this.buf.length < MAGIC.length) return;
      if (!this.buf.subarray(0, MAGIC.length).equals(MAGIC)) {
        // not at a record: corrupt bytes. Report once and resynchronise at the next "WARC/" line.
        const next = this.buf.indexOf('\nWARC/');
        if (!this.resyncing) {
          this.number++;
          yield { problem: 'corrupt record: no WARC version line where a record should start', number: this.number };
        }
        if (next < 0) {
          this.buf = this.buf.subarray(Math.max(0, this.buf.length - MAGIC.length));
          this.resyncing = true;
          return;
        }
        this.buf = this.buf.subarray(next + 1);
        this.resyncing = false;
        continue;
      }
      this.resyncing = false;
      const end = headerEnd(this.buf);
      if (end < 0) {
        if (this.buf.length > MAX_HEADER_BYTES) {
          this.number++;
          yield { problem: 'corrupt record: header never ends', number: this.number };
          this.buf = this.buf.subarray(MAGIC.length);
          continue;
        }
        return;
      }
      this.number++;
      const { first, headers } = parseHeaderLines(this.buf.subarray(0, end).toString('utf8'));
      this.buf = this.buf.subarray(end);
      const length = Number(headers.get('content-length'));
      // a length past any file's size ("99999999999999999999") was "record too large (95367431640625.0 MB ...)"
      const impossible = /^WARC\/\d/.test(first) && Number.isFinite(length) && !Number.isSafeInteger(length);
      if (!/^WARC\/\d/.test(first) || !Number.isSafeInteger(length) || length < 0) {
        const said = impossible ? `its Content-Length (${headers.get('content-length')}) is no possible size` : 'missing or bad Content-Length';
        yield { problem: `corrupt record: ${said}`, number: this.number };
        // its block follows: skip to the next record without a second line for the same record
        this.resyncing = true;
        continue;
      }
      const info: WarcRecordInfo = {
        number: this.number,
        type: (headers.get('warc-type') ?? '').toLowerCase(),
        uri: (headers.get('warc-target-uri') ?? '').replace(/^<|>$/g, '') || null,
        date: headers.get('warc-date') ?? null,
      };
      if (length > this.maxBytes) {
        const have = Math.min(this.buf.length, length);
        // a record start among the bytes already here: the length is wrong, read on from there
        const next = nextRecordStart(this.buf.subarray(0, have));
        if (next >= 0) {
          yield { problem: `corrupt record: its Content-Length (${length} bytes) runs into the next record; reading goes on from there`, number: this.number };
          this.buf = this.buf.subarray(next);
          continue;
        }
        const tooLarge = info.type === 'response' ? `record too large (${pastLimit(length, this.maxBytes)}; raise it with --max-size)` : null;
        const tail = this.buf.subarray(Math.max(0, have - START_OVERLAP), have);
        this.buf = this.buf.subarray(have);
        this.skipBytes = length - have;
        this.skipping = { number: this.number, length, tail, tooLarge };
        if (this.skipBytes === 0) this.skipped();
        while (this.found.length) yield this.found.shift()!;
        continue;
      }
      this.pending = { info, length };
    }
  }

  resyncing = false;

  /** Bytes left over at the end of the input (a truncated record). */
  leftover(): number {
    if (this.resyncing) return 0;
    return this.pending ? this.pending.length - this.buf.length : this.buf.toString('latin1').trim().length;
  }

  /** The number of the record the input ends inside: the pending one, or the next when it ends inside a header. */
  cutNumber(): number {
    return this.pending ? this.number : this.number + 1;
  }

  /** The input ends inside a record's header: the bytes left start as a WARC version line does. */
  cutInHeader(): boolean {
    if (this.pending || this.resyncing) return false;
    const head = this.buf.subarray(0, MAGIC.length);
    return head.length > 0 && MAGIC.subarray(0, head.length).equals(head);
  }
}

/** Documents of a WARC file, streamed. */
export async function* streamWarc(
  file: string,
  firstOrder: number,
  maxBytes: number,
  /** the redirect links are taken (ingest stores their addresses): an archive of redirects alone is said no more */
  linksTaken = false,
): AsyncGenerator<RawDocument | Problem | RedirectLink> {
  const opened = openInputStream(file, 256 * 1024);
  const input = opened.stream;
  if (opened.note) yield { source: file, reason: opened.note };
  let failure: string | null = null;
  const parser = new WarcParser(maxBytes);
  let order = firstOrder;
  let records = 0;
  let documents = 0;
  let empty = 0;
  /** redirects handed on to a page (in the archive or not): an archive of them alone is no archive without pages */
  let linking = 0;
  const redirects = new Redirects();
  const handle = function* (
    item: { info: WarcRecordInfo; block: Buffer } | { problem: string; number: number },
  ): Generator<RawDocument | Problem | RedirectLink> {
    if ('problem' in item) {
      yield { source: `${file}#${item.number}`, reason: item.problem };
      return;
    }
    records++;
    if (item.info.type !== 'response') return;
    if (item.block.length === 0) empty++;
    const doc = responseDocument(item.info, item.block, file, order, maxBytes, redirects);
    if (!doc) return;
    if ('body' in doc) {
      order++;
      documents++;
    }
    if ('ends' in doc) linking++;
    yield doc;
  };
  try {
    for await (const chunk of input) {
      parser.push(chunk as Buffer);
      for (const item of parser.drain()) yield* handle(item);
    }
  } catch (err) {
    failure = failure ?? describeFsError(err);
  }
  parser.end();
  for (const item of parser.drain()) yield* handle(item);
  // the redirects whose page is not in the archive (the store may hold it), and the loops
  for (const link of redirects.left()) {
    if (link.ends !== 'loop') linking++;
    yield link;
  }
  failure = opened.failure() ?? failure;
  if (failure) {
    yield { source: `${file}#${parser.number + 1}`, reason: `${failure}; reading stopped here` };
    return;
  }
  // a record too large to hold that the file ends inside: truncated (raising --max-size would not read it)
  const cutLarge = parser.skippedToEnd();
  if (cutLarge) {
    const short = `its Content-Length is ${sizeOf(cutLarge.length)}, the file ends ${sizeOf(cutLarge.seen)} into it`;
    yield { source: `${file}#${cutLarge.number}`, reason: `truncated record at the end of the file (${short})` };
  }
  const cut = parser.leftover() > 0 && (parser.number > 0 || parser.cutInHeader());
  const where = parser.cutInHeader() ? " (it ends inside the record's header)" : '';
  if (cut) yield { source: `${file}#${parser.cutNumber()}`, reason: `truncated record at the end of the file${where}` };
  // one line for a file cut inside its first header: it is a WARC file, only a short one
  if (records === 0 && parser.number === 0 && !cut) yield { source: file, reason: 'no WARC records (empty or not a WARC file)' };
  // records skipped (too large, broken) were named one by one: "no HTML pages among 0 WARC records" said nothing more
  // a second crawl of short links: ingest links its redirects to the pages they lead to (its summary says how many)
  else if (documents === 0 && records > 0 && !(linksTaken && linking > 0)) {
    const emptyNote = empty > 0 ? ` (${empty} of them empty responses)` : '';
    const redirectsNote = linking > 0 ? ': only redirects (ingest links their addresses to the articles they lead to)' : '';
    yield { source: file, reason: `no HTML pages among ${records} WARC records${emptyNote}${redirectsNote}` };
  }
}
