// /api: the base's objects as JSON (the report contract's shapes), and POST /api/documents to ingest.
import { Hono } from 'hono';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packagePath } from '../../common/package-root.ts';
import type { Problem, RawDocument } from '../../model.ts';
import { recordItems, recordPlace } from '../../ingest/records.ts';
import { BadRequest, paging, searchText, storyQuery } from '../query.ts';
import { RateLimiter, tokenMatches } from '../security.ts';
import { OPENAPI } from '../openapi.ts';
import type { StoryBase } from '../types.ts';

export interface WriteOptions {
  /** the token writes must present (Authorization: Bearer T); writes are refused without one configured */
  token?: string;
  /** largest request body accepted, bytes */
  maxBodyBytes: number;
  /** most records in one request */
  maxRecords: number;
  /** write requests per minute per client (with a burst of a quarter of that) */
  writesPerMinute: number;
  /** who is asking (for the rate limit): the socket's address */
  clientOf: (c: { req: { raw: Request }; env: unknown }) => string;
}

const CONTRACT = packagePath('contract', 'report.schema.json');

/** An id for a posted record without one: a hash of what it says, so posting it again changes nothing. */
function contentId(rec: unknown): string {
  return `api-${createHash('sha256').update(JSON.stringify(rec)).digest('hex').slice(0, 16)}`;
}

/** The posted body's records as RawDocuments, and the problems of those that cannot be used. */
export function postedDocuments(body: unknown, maxRecords: number): { docs: RawDocument[]; problems: Problem[] } {
  const records = Array.isArray(body)
    ? body
    : body && typeof body === 'object' && Array.isArray((body as { documents?: unknown }).documents)
      ? (body as { documents: unknown[] }).documents
      : null;
  if (!records) throw new BadRequest('the body must be a JSON array of records, or {"documents": [...]}');
  if (records.length === 0) throw new BadRequest('no records in the body');
  if (records.length > maxRecords) throw new BadRequest(`at most ${maxRecords} records per request (got ${records.length})`);
  const docs: RawDocument[] = [];
  const problems: Problem[] = [];
  records.forEach((rec, i) => {
    for (const item of recordItems(rec, recordPlace('POST /api/documents', i + 1), contentId(rec), i)) {
      if ('reason' in item) problems.push(item);
      else docs.push(item);
    }
  });
  return { docs, problems };
}

export function apiRoutes(base: StoryBase, w: WriteOptions): Hono {
  const app = new Hono();
  const limiter = new RateLimiter(w.writesPerMinute, Math.max(1, Math.ceil(w.writesPerMinute / 4)));
  let contract: string | undefined;

  app.get('/openapi.json', (c) => c.json(OPENAPI));
  app.get('/contract/report.schema.json', (c) => c.body((contract ??= readFileSync(CONTRACT, 'utf8')), 200, { 'Content-Type': 'application/schema+json' }));

  app.get('/stories', async (c) => {
    const q = storyQuery(c.req.query());
    return c.json({ stories: await base.stories(q), limit: q.limit, offset: q.offset });
  });
  app.get('/stories/:id', async (c) => {
    const report = await base.storyReport(c.req.param('id'));
    return report ? c.json(report) : c.json({ error: 'no such story' }, 404);
  });
  app.get('/documents/:id', async (c) => {
    const view = await base.document(c.req.param('id'));
    return view ? c.json(view) : c.json({ error: 'no such document' }, 404);
  });
  app.get('/search', async (c) => {
    const params = c.req.query();
    const q = searchText(params);
    if (!q) throw new BadRequest('q (the words to search for) is required');
    const { limit, offset } = paging(params);
    return c.json({ q, hits: await base.search(q, { limit, offset }), limit, offset });
  });
  app.get('/problems', async (c) => {
    const { limit, offset } = paging(c.req.query());
    return c.json({ problems: await base.problems({ limit, offset }), limit, offset });
  });
  app.get('/changes', async (c) => {
    const since = c.req.query('since') ?? '0';
    if (!/^\d{1,15}$/.test(since)) throw new BadRequest('since must be a change number');
    return c.json(await base.changedSince(Number(since)));
  });

  app.post('/documents', async (c) => {
    if (!w.token) return c.json({ error: 'writes are disabled: start the server with --token' }, 403);
    // counted before the token is checked: guessing tokens is rate-limited too
    const wait = limiter.take(w.clientOf(c));
    if (wait) return c.json({ error: `too many writes: try again in ${wait} s` }, 429, { 'Retry-After': String(wait) });
    const auth = c.req.header('authorization') ?? '';
    if (!tokenMatches(/^Bearer (.+)$/i.exec(auth)?.[1], w.token))
      return c.json({ error: 'a valid token is needed (Authorization: Bearer T)' }, 401, { 'WWW-Authenticate': 'Bearer' });
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return c.json({ error: 'send the records as application/json' }, 415);
    const declared = Number(c.req.header('content-length') ?? NaN);
    if (declared > w.maxBodyBytes) return c.json({ error: `the body is larger than ${w.maxBodyBytes} bytes` }, 413);
    const text = await readLimited(c.req.raw, w.maxBodyBytes);
    if (text === null) return c.json({ error: `the body is larger than ${w.maxBodyBytes} bytes` }, 413);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new BadRequest(`the body is not valid JSON (${(err as Error).message.split('\n')[0]})`);
    }
    const { docs, problems } = postedDocuments(body, w.maxRecords);
    const summary = docs.length ? await base.ingestRaw(docs) : null;
    return c.json({ summary, problems });
  });
  return app;
}

/** The request body as text, or null as soon as it grows past the limit (a missing or false
 * Content-Length does not get past it). */
async function readLimited(req: Request, max: number): Promise<string | null> {
  if (!req.body) return '';
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
  return Buffer.concat(chunks).toString('utf8');
}
