// Property tests of the fetch path's HTTP framing (src/ingest/fetch.ts, the watcher's and analyze's fetchUrl) against
// a real raw TCP server on 127.0.0.1 that answers with generated framing: Content-Length right, wrong, malformed or
// doubled, chunked bodies with odd sizes, extensions and trailers, bodies compressed (and cut), 1xx answers first,
// redirects, bytes after the end of an answer, the answer cut at any byte, every answer written in pieces split at
// random places. Each generated answer knows what it must give (its body, a problem, or either where the framing
// lies and the pieces' timing decides), and after each one a next request to the same host must get its own answer
// and never go out on a connection that carried bad framing. Seeded and small; work is bounded by counting the
// server's requests, and a fetch that waits for its own deadline (60 s, far past any answer here) counts as a hang;
// the test gives up at a deadline of its own, never times anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { fetchUrl, type FetchOptions, type FetchResult } from '../src/ingest/fetch.ts';
import { withinGiveUp } from './helpers.ts';

// seeded; FUZZ_FETCH_SEED / FUZZ_FETCH_RUNS for a longer hunt by hand
const SEED = Number(process.env.FUZZ_FETCH_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_FETCH_RUNS ?? 150);
const FETCH_DEADLINE = 60_000;

type Coding = 'gzip' | 'x-gzip' | 'deflate' | 'br';
const encode = (coding: Coding, b: Buffer): Buffer => (coding === 'br' ? brotliCompressSync(b) : coding === 'deflate' ? deflateSync(b) : gzipSync(b));

/** What is wrong with an answer (none: nothing). */
type Flaw =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'length-over'; by: number }
  | { kind: 'length-under'; by: number }
  | { kind: 'length-bad'; value: string }
  | { kind: 'length-twice'; same: boolean }
  | { kind: 'te-and-length'; lengthFirst: boolean }
  | { kind: 'chunk-bad'; index: number; token: string }
  | { kind: 'chunk-short'; index: number }
  | { kind: 'chunk-long'; index: number }
  | { kind: 'extra'; junk: string; when: 'same' | 'soon' | 'next' }
  | { kind: 'coding-cut'; at: number }
  | { kind: 'coding-lie' };

interface Spec {
  body: Buffer;
  status: number;
  coding: Coding | null;
  /** a second content coding, applied after the first ("gzip, br"), in one header line or two */
  coding2: Coding | null;
  twoLines: boolean;
  /** a transfer coding besides chunked ("gzip, chunked"; alone on a body that ends at the close) */
  transfer: Coding | null;
  framing: 'length' | 'chunked' | 'close';
  /** chunk sizes as fractions of the wire body; hex in upper case; leading zeros; extensions; trailers */
  cuts: number[];
  upper: boolean;
  zeros: number;
  extensions: string[];
  trailers: string[];
  /** 1xx answers before the final one */
  info: number[];
  headerCase: 'lower' | 'title' | 'upper';
  extraHeaders: string[];
  flaw: Flaw;
  /** after the answer: keep the connection open, close it, or reset it */
  after: 'keep' | 'close' | 'reset';
  /** pieces: where the answer's bytes are split into separate writes (fractions) */
  splits: number[];
  redirect: { status: number; absolute: boolean; junk: boolean } | null;
  maxBytes: number | null;
  anyStatus: boolean;
  retryClosed: boolean;
}

type Expected = { body: Buffer; status: number } | { problem: true } | { either: { body: Buffer; status: number } } | { any: true };

interface Built {
  /** the answer's bytes; late: bytes written a little after (soon) or before the next request's answer (next) */
  bytes: Buffer;
  late: { junk: Buffer; when: 'soon' | 'next' } | null;
  after: Spec['after'];
  expected: Expected;
  /** the framing itself lies: no connection that carried it may carry the next request */
  badFraming: boolean;
}

const cased = (name: string, how: Spec['headerCase']) =>
  how === 'upper' ? name.toUpperCase() : how === 'title' ? name.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase()) : name;

/** The answer's bytes and what it must give. */
function build(spec: Spec): Built {
  const { body, flaw } = spec;
  // 204 and 304 answers have no body, whatever their headers say (a Content-Length of the page, its coding)
  const bodyless = spec.status === 204 || spec.status === 304;
  const content = [spec.coding, spec.coding2].filter((c): c is Coding => c !== null);
  const transfer = spec.framing !== 'length' && spec.transfer ? spec.transfer : null;
  const coded = content.length > 0 || transfer !== null;
  let wire = bodyless ? Buffer.alloc(0) : body;
  for (const c of content) wire = encode(c, wire);
  if (transfer && !bodyless) wire = encode(transfer, wire);
  let sent = wire;
  if (flaw.kind === 'coding-cut') sent = wire.subarray(0, Math.floor(flaw.at * wire.length));
  if (flaw.kind === 'coding-lie') sent = body;
  const h = (name: string, value: string) => `${cased(name, spec.headerCase)}: ${value}\r\n`;
  let head = `HTTP/1.1 ${spec.status} Whatever\r\n`;
  for (const x of spec.extraHeaders) head += x;
  if (content.length === 2 && spec.twoLines) head += h('content-encoding', content[0]) + h('content-encoding', content[1]);
  else if (content.length) head += h('content-encoding', content.join(spec.twoLines ? ',' : ', '));
  if (bodyless) {
    // the headers of the page it stands for; no body bytes
    if (spec.framing === 'length') head += h('content-length', String(body.length * 1000));
    const info = spec.info.map((st) => `HTTP/1.1 ${st} Informational\r\n\r\n`).join('');
    const bytes = Buffer.from(`${info}${head}\r\n`, 'latin1');
    let expected: Expected = { body: Buffer.alloc(0), status: spec.status };
    if (!spec.anyStatus && spec.status >= 400) expected = { problem: true };
    return { bytes, late: null, after: spec.after === 'reset' ? 'close' : spec.after, expected, badFraming: false };
  }
  let framed: Buffer;
  let badFraming = false;
  let expected: Expected;
  // the body the answer gives when its framing is read as written
  const good = (bytes: Buffer): Expected => {
    if (!coded) return { body: bytes, status: spec.status };
    if (bytes.length === 0) return { any: true };
    return bytes.equals(wire) ? { body, status: spec.status } : { problem: true };
  };
  /** the Content-Length announced, when there is one */
  let declaredLength: number | null = null;
  /** the body's bytes as sent (before decoding) when the answer is read as good */
  let wireLength = sent.length;
  if (spec.framing === 'chunked') {
    const sizes: number[] = [];
    let at = 0;
    for (const c of [...spec.cuts].sort((a, b) => a - b)) {
      const to = Math.floor(c * sent.length);
      if (to > at) {
        sizes.push(to - at);
        at = to;
      }
    }
    if (sent.length > at) sizes.push(sent.length - at);
    const parts: Buffer[] = [];
    let from = 0;
    let bad = false;
    sizes.forEach((size, i) => {
      let token = '0'.repeat(spec.zeros) + (spec.upper ? size.toString(16).toUpperCase() : size.toString(16));
      if (flaw.kind === 'chunk-bad' && flaw.index % sizes.length === i && !bad) {
        token = flaw.token;
        bad = true;
      }
      if (flaw.kind === 'chunk-long' && flaw.index % sizes.length === i && !bad) {
        token = (sent.length * 2 + 100).toString(16);
        bad = true;
      }
      if (flaw.kind === 'chunk-short' && flaw.index % sizes.length === i && !bad && size > 2) {
        // the chunk's last byte, then the CR LF: never the CR LF the parser wants there
        token = (size - 1).toString(16);
        bad = true;
      }
      parts.push(
        Buffer.from(`${token}${spec.extensions[i % Math.max(1, spec.extensions.length)] ?? ''}\r\n`, 'latin1'),
        sent.subarray(from, from + size),
        Buffer.from('\r\n'),
      );
      from += size;
    });
    parts.push(Buffer.from(`0${spec.extensions[0] ?? ''}\r\n${spec.trailers.join('')}\r\n`, 'latin1'));
    framed = Buffer.concat(parts);
    if (flaw.kind === 'te-and-length') {
      const te = h('transfer-encoding', transfer ? `${transfer}, chunked` : 'chunked');
      const cl = h('content-length', String(framed.length));
      head += flaw.lengthFirst ? cl + te : te + cl;
      badFraming = true;
      expected = { problem: true };
    } else {
      head += h('transfer-encoding', transfer ? `${transfer}, chunked` : 'chunked');
      if (bad) {
        badFraming = true;
        expected = { problem: true };
      } else expected = good(sent);
    }
  } else if (spec.framing === 'length') {
    framed = sent;
    let declared = String(sent.length);
    expected = good(sent);
    if (flaw.kind === 'length-over') {
      declared = String(sent.length + flaw.by);
      badFraming = true;
      expected = { problem: true };
    } else if (flaw.kind === 'length-under') {
      const by = Math.min(flaw.by, sent.length);
      declared = String(sent.length - by);
      badFraming = by > 0;
      // the first answer cut at its length (when the rest comes in a later read) or a problem
      const first = good(sent.subarray(0, sent.length - by));
      expected = by === 0 ? first : 'body' in first ? { either: first } : first;
    } else if (flaw.kind === 'length-bad') {
      declared = flaw.value;
      badFraming = true;
      expected = { problem: true };
    }
    if (flaw.kind === 'length-twice') {
      head += h('content-length', declared) + h('content-length', flaw.same ? declared : String(sent.length + 1));
      badFraming = true;
      expected = { problem: true };
    } else head += h('content-length', declared);
    declaredLength = /^\d+$/.test(declared) ? Number(declared) : null;
  } else {
    // no length: the body ends where the server closes the connection
    if (transfer) head += h('transfer-encoding', transfer);
    framed = sent;
    expected = good(sent);
  }
  head += '\r\n';
  let info = '';
  for (const s of spec.info) info += `HTTP/1.1 ${s} Informational\r\n${h('link', '</style.css>; rel=preload')}\r\n`;
  const whole = Buffer.concat([Buffer.from(info + head, 'latin1'), framed]);
  let bytes = whole;
  let after = spec.after;
  let late: Built['late'] = null;
  if (flaw.kind === 'truncate') {
    const at = Math.floor(flaw.at * whole.length);
    bytes = whole.subarray(0, at);
    const headEnd = info.length + head.length;
    if (spec.framing === 'close' && at >= headEnd) {
      expected = good(sent.subarray(0, at - headEnd));
      wireLength = at - headEnd;
    } else {
      expected = { problem: true };
      badFraming = true;
    }
    if (after === 'keep') after = 'close';
  }
  if (flaw.kind === 'extra' && spec.framing !== 'close') {
    const junk = Buffer.from(flaw.junk, 'latin1');
    if (flaw.when === 'same') bytes = Buffer.concat([whole, junk]);
    else late = { junk, when: flaw.when };
    badFraming = true;
    if ('body' in expected) expected = { either: expected };
  }
  // an answer that can only end at the server's close
  if (spec.framing === 'close' || flaw.kind === 'length-over' || flaw.kind === 'chunk-long') {
    if (after === 'keep') after = 'close';
  }
  if (after === 'reset' && !('problem' in expected)) after = 'close';
  // limits: the size announced (Content-Length), sent or read (decompressed) past maxBytes is a problem
  if (spec.maxBytes !== null && !('problem' in expected) && !('any' in expected)) {
    const read = 'either' in expected ? expected.either : expected;
    if (read.body.length > spec.maxBytes || (declaredLength ?? wireLength) > spec.maxBytes) expected = { problem: true };
  }
  // a status past 399 is a problem unless every status is asked for
  if (!spec.anyStatus && spec.status >= 400) {
    if ('body' in expected) expected = { problem: true };
    else if ('either' in expected) expected = { problem: true };
  }
  return { bytes, late, after, expected, badFraming };
}

// ---------------------------------------------------------------- the server

interface Seen {
  conn: number;
  path: string;
}

/** One case the server answers: the redirect (if any) at /c/ID, the answer at /c/ID or /c/ID/f. */
interface Served {
  built: Built;
  splits: number[];
  redirect: Spec['redirect'];
  /** called once late bytes that come 'soon' are written (the client's next request waits for them: idle bytes) */
  lateWritten: () => void;
}

async function framingServer() {
  const seen: Seen[] = [];
  const cases = new Map<string, Served>();
  const sockets = new Set<net.Socket>();
  let conns = 0;
  const tick = () => new Promise<void>((r) => setImmediate(r));
  const write = (s: net.Socket, b: Buffer) => new Promise<void>((r) => (s.destroyed ? r() : s.write(b, () => r())));
  const server = net.createServer((socket) => {
    const conn = ++conns;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    let buffered = '';
    let busy = Promise.resolve();
    /** junk to write before this connection's next answer */
    let pending: Buffer | null = null;
    const answer = async (path: string) => {
      seen.push({ conn, path });
      const m = /^\/(c|n)\/(\d+)(\/f)?$/.exec(path);
      const served = m ? cases.get(m[2]) : undefined;
      if (!m || !served || m[1] === 'n') {
        const text = Buffer.from(`next answer ${m?.[2] ?? path}`);
        const head = Buffer.from(`HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: ${text.length}\r\n\r\n`);
        await write(socket, Buffer.concat([pending ?? Buffer.alloc(0), head, text]));
        pending = null;
        return;
      }
      if (served.redirect && !m[3]) {
        const r = served.redirect;
        const to = r.absolute ? `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/c/${m[2]}/f` : `/c/${m[2]}/f`;
        // a redirect's body is never read: its framing may lie (the connection is dropped with it)
        const junkBody = r.junk ? 'content-length: 5\r\n\r\nmore than five' : 'content-length: 0\r\n\r\n';
        await write(socket, Buffer.from(`HTTP/1.1 ${r.status} Moved\r\nlocation: ${to}\r\n${junkBody}`));
        if (r.junk) socket.end();
        return;
      }
      const { built, splits } = served;
      const points = [...new Set(splits.map((f) => Math.floor(f * built.bytes.length)))].sort((a, b) => a - b);
      let from = 0;
      for (const p of [...points, built.bytes.length]) {
        if (p <= from) continue;
        await write(socket, built.bytes.subarray(from, p));
        from = p;
        await tick();
      }
      if (built.late?.when === 'soon') {
        await tick();
        await tick();
        await write(socket, built.late.junk);
        served.lateWritten();
      }
      if (built.late?.when === 'next') pending = built.late.junk;
      if (built.after === 'close') socket.end();
      else if (built.after === 'reset') socket.resetAndDestroy();
    };
    socket.on('data', (d) => {
      buffered += d.toString('latin1');
      for (let end = buffered.indexOf('\r\n\r\n'); end >= 0; end = buffered.indexOf('\r\n\r\n')) {
        const path = buffered.slice(0, end).split(' ')[1] ?? '/';
        buffered = buffered.slice(end + 4);
        busy = busy.then(() => answer(path));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    origin,
    seen,
    cases,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

// ---------------------------------------------------------------- generators

const JUNK_START = 'abcdefgIJKLMNOPxyz<{[0123456789!#;';
const junk = fc.tuple(fc.constantFrom(...JUNK_START), fc.string({ unit: fc.constantFrom(...'aZ09 :;<>/\r\n\t{}-'), maxLength: 40 })).map(([a, b]) => a + b);

const flaw: fc.Arbitrary<Flaw> = fc.oneof(
  { arbitrary: fc.constant<Flaw>({ kind: 'none' }), weight: 4 },
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 0.9999, noNaN: true }) }),
  fc.record({ kind: fc.constant('length-over' as const), by: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ kind: fc.constant('length-under' as const), by: fc.integer({ min: 1, max: 50 }) }),
  fc.record({
    kind: fc.constant('length-bad' as const),
    value: fc.constantFrom('', 'abc', '-1', '1.5', '0x10', '+5', '5 5', '5,6', '7,7', '\u0665', '99999999999999999999999'),
  }),
  fc.record({ kind: fc.constant('length-twice' as const), same: fc.boolean() }),
  fc.record({ kind: fc.constant('te-and-length' as const), lengthFirst: fc.boolean() }),
  fc.record({
    kind: fc.constant('chunk-bad' as const),
    index: fc.nat(20),
    token: fc.constantFrom('', 'g', 'zz', '-1', '0x1', '+1', '1 1', ' 1', '1\t', '-0', 'ffffffffffffffffffff', '1;a="b'),
  }),
  fc.record({ kind: fc.constant('chunk-short' as const), index: fc.nat(20) }),
  fc.record({ kind: fc.constant('chunk-long' as const), index: fc.nat(20) }),
  {
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      junk,
      when: fc.constantFrom('same' as const, 'soon' as const, 'soon' as const, 'next' as const),
    }),
    weight: 3,
  },
  fc.record({ kind: fc.constant('coding-cut' as const), at: fc.double({ min: 0.01, max: 0.9999, noNaN: true }) }),
  fc.constant<Flaw>({ kind: 'coding-lie' }),
);

const bodyBytes = fc.oneof(
  { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 300 }), weight: 3 },
  fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(`<rss><channel><title>${s}</title></channel></rss>`)),
  // past one read's 16 KB, compressible
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 2000, max: 6000 }))
    .map(([s, n]) => new TextEncoder().encode(s.repeat(n).slice(0, 40_000))),
);

const spec: fc.Arbitrary<Spec> = fc
  .record({
    body: bodyBytes.map((b) => Buffer.from(b)),
    status: fc.constantFrom(200, 200, 200, 200, 203, 404, 503, 204, 304),
    coding: fc.constantFrom<Coding | null>(null, null, 'gzip', 'x-gzip', 'deflate', 'br'),
    coding2: fc.constantFrom<Coding | null>(null, null, null, null, 'gzip', 'deflate', 'br'),
    twoLines: fc.boolean(),
    transfer: fc.constantFrom<Coding | null>(null, null, null, null, null, 'gzip', 'deflate', 'br'),
    framing: fc.constantFrom('length' as const, 'chunked' as const, 'close' as const),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
    upper: fc.boolean(),
    zeros: fc.constantFrom(0, 0, 0, 1, 3, 12),
    extensions: fc.array(fc.constantFrom(';a', ';a=b', ';name="x y"', ';a=b;c=d', ''), { maxLength: 3 }),
    trailers: fc.array(fc.constantFrom('x-trailer: 1\r\n', 'Server-Timing: db;dur=5\r\n', 'etag: "t"\r\n'), { maxLength: 2 }),
    info: fc.array(fc.constantFrom(100, 102, 103), { maxLength: 2 }),
    headerCase: fc.constantFrom('lower' as const, 'title' as const, 'upper' as const),
    extraHeaders: fc.array(
      fc.constantFrom(
        'content-type: application/rss+xml\r\n',
        'x-dup: 1\r\nx-dup: 2\r\n',
        'connection: keep-alive\r\n',
        'vary: accept-encoding\r\n',
        'etag: "abc"\r\n',
      ),
      { maxLength: 3 },
    ),
    flaw,
    after: fc.constantFrom('keep' as const, 'close' as const, 'reset' as const),
    splits: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
    redirect: fc.option(fc.record({ status: fc.constantFrom(301, 302, 303, 307, 308), absolute: fc.boolean(), junk: fc.boolean() }), { freq: 6 }),
    maxBytes: fc.option(fc.integer({ min: 20, max: 3000 }), { freq: 3 }),
    anyStatus: fc.boolean(),
    retryClosed: fc.boolean(),
  })
  // a coding flaw needs a coding; a chunk flaw chunks; a length flaw a length
  .map((s) => {
    const f = s.flaw.kind;
    // a lie needs a magic number (random bytes may be a well-formed brotli stream)
    if (f === 'coding-lie') return { ...s, coding: 'gzip' as const, coding2: null, transfer: null };
    if (f === 'coding-cut' && !s.coding) return { ...s, coding: 'gzip' as const };
    // a first coding before a second
    if (s.coding2 && !s.coding) return { ...s, coding: s.coding2, coding2: null };
    if (f.startsWith('chunk') || f === 'te-and-length') return { ...s, framing: 'chunked' as const };
    if (f.startsWith('length')) return { ...s, framing: 'length' as const };
    if (f === 'extra' && s.framing === 'close') return { ...s, framing: 'length' as const };
    return s;
  });

// ---------------------------------------------------------------- the property

const shown = (r: FetchResult) => ('problem' in r ? `problem: ${r.problem}` : `HTTP ${r.status}, ${r.bytes.length} bytes`);

/** A problem is one short line in words: no line breaks or control characters, no stack, not the deadline. */
function assertProblemLine(problem: string, url: string) {
  const line = `${url}: ${problem}`;
  assert.ok(problem.length > 0 && problem.length <= 300, `problem of ${problem.length} characters: ${problem.slice(0, 400)}`);
  assert.doesNotMatch(line, /[\u0000-\u001f\u007f]/, 'a control character in the problem line');
  assert.doesNotMatch(problem, /\n\s+at |Error:|undefined|\[object/, 'a stack or a raw value in the problem');
  assert.doesNotMatch(problem, /timed out/, 'a fetch that waited for its deadline (a hang)');
}

test('hostile HTTP framing: a problem in words or exactly the body, never a hang, and never the next answer', { timeout: 900_000 }, async (t) => {
  const server = await framingServer();
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  let id = 0;
  let runs = 0;
  const outcomes = { body: 0, problem: 0 };
  try {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const key = String(++id);
        const built = build(s);
        let lateWritten = () => {};
        const late = new Promise<void>((r) => {
          lateWritten = r;
        });
        server.cases.set(key, { built, splits: s.splits, redirect: s.redirect, lateWritten });
        const opts: FetchOptions = {
          allowPrivate: 'loopback',
          timeoutMs: FETCH_DEADLINE,
          anyStatus: s.anyStatus,
          retryClosed: s.retryClosed,
          ...(s.maxBytes === null ? {} : { maxBytes: s.maxBytes }),
        };
        const url = `${server.origin}/c/${key}`;
        const got = await withinGiveUp(url, fetchUrl(url, opts));
        runs++;
        const e = built.expected;
        if ('problem' in got) {
          outcomes.problem++;
          assertProblemLine(got.problem, url);
          assert.ok(!('body' in e), `expected the body, got ${shown(got)}`);
        } else {
          outcomes.body++;
          assert.ok(!('problem' in e), `expected a problem, got ${shown(got)}`);
          const want = 'body' in e ? e : 'either' in e ? e.either : null;
          if (want) {
            assert.equal(got.status, want.status);
            assert.ok(got.bytes.equals(want.body), `body of ${got.bytes.length} bytes, not the ${want.body.length} sent`);
          }
        }
        // the next request to the host: its own answer, on a connection that carried no bad framing
        // bytes after the answer that come 'soon': the next request waits until they reach the idle connection
        // (when the answer was read whole; a problem dropped that connection), so they are bytes in the pool
        if (built.late?.when === 'soon' && !('problem' in got) && built.after === 'keep') {
          await withinGiveUp('late bytes', late);
          for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
        }
        await new Promise<void>((r) => setImmediate(r));
        const nextUrl = `${server.origin}/n/${key}`;
        let next = await withinGiveUp(nextUrl, fetchUrl(nextUrl, opts));
        // the watcher's way with a closed kept-alive connection: the poll taken again, on a new connection
        if ('problem' in next && next.closed) next = await withinGiveUp(nextUrl, fetchUrl(nextUrl, { ...opts, fresh: true }));
        assert.ok(!('problem' in next), `the next request: ${shown(next)}`);
        assert.equal(next.bytes.toString(), `next answer ${key}`);
        const mine = server.seen.filter((x) => x.path.startsWith(`/c/${key}`));
        const nexts = server.seen.filter((x) => x.path === `/n/${key}`);
        // counted work: each fetch asks at most twice per hop (a closed kept-alive connection, then a new one)
        assert.ok(mine.length <= (s.redirect ? 4 : 2), `${mine.length} requests for one fetch`);
        assert.ok(nexts.length >= 1 && nexts.length <= 3, `${nexts.length} requests for the next fetch`);
        if (built.badFraming && ('problem' in got || built.late)) {
          const bad = new Set(mine.map((x) => x.conn));
          assert.ok(!bad.has(nexts[nexts.length - 1].conn), 'the next answer read on a connection that carried bad framing');
        }
        assert.deepEqual(uncaught, []);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
    );
  } finally {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    server.close();
  }
  assert.equal(runs, RUNS);
  t.diagnostic(`${runs} answers: ${outcomes.body} read as a body, ${outcomes.problem} a problem; ${server.seen.length} requests served`);
  assert.ok(outcomes.body > 40 && outcomes.problem > 40, JSON.stringify(outcomes));
});
