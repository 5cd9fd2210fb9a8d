// /api: the base's objects as JSON (the report contract's shapes), and POST /api/documents to ingest.
import { parseJsonBody } from '../json-body.ts';
import { type Context, Hono } from 'hono';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packagePath } from '../../common/package-root.ts';
import type { Problem, RawDocument } from '../../model.ts';
import { ruledLine } from '../../common/problem-rules.ts';
import { cutLongText } from '../../ingest/cut-text.ts';
import { recordItems, recordPlace } from '../../ingest/records.ts';
import { pastLimit } from '../../ingest/sizes.ts';
import { BadRequest, paging, searchText, storyQuery } from '../query.ts';
import { isRefusal, type WriteGuard } from '../write.ts';
import { openapi } from '../openapi.ts';
import type { Counted, StoryBase } from '../types.ts';
import { at, basePath } from '../base-path.ts';

const CONTRACT = packagePath('contract', 'report.schema.json');
/** Charsets a body is read in without a word: UTF-8, and UTF-16 by its BOM. */
const UTF = /^utf-(?:8|16)(?! with)/;
const DETECTED = / \(detected\)$/;

/**
 * Arrays or objects inside each other past this depth are no record: hashing one for its id overflowed the stack
 * (a 500 and a stack trace in the server's log). A real record nests two or three levels.
 */
const MAX_RECORD_DEPTH = 64;

/** Does a value nest arrays / objects deeper than `limit`? (a loop over a list of the open ones: no recursion) */
function nestsPast(value: unknown, limit: number): boolean {
  const open: Array<[unknown, number]> = [[value, 1]];
  for (let next = open.pop(); next; next = open.pop()) {
    const [v, depth] = next;
    if (!v || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(v)) if (child && typeof child === 'object') open.push([child, depth + 1]);
  }
  return false;
}

/** An id for a posted record without one: a hash of what it says (its JSON), so posting it again changes nothing. */
function contentId(json: string): string {
  return `api-${createHash('sha256').update(json).digest('hex').slice(0, 16)}`;
}

/** The posted body's records as RawDocuments, and the problems of those that cannot be used. */
export function postedDocuments(body: unknown, maxRecords: number, maxRecordBytes: number): { docs: RawDocument[]; problems: Problem[] } {
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
    const place = recordPlace('POST /api/documents', i + 1);
    if (nestsPast(rec, MAX_RECORD_DEPTH)) {
      problems.push({ source: place, reason: `record not used: it nests arrays or objects more than ${MAX_RECORD_DEPTH} levels deep` });
      return;
    }
    const json = JSON.stringify(rec) ?? '';
    // as a JSONL line past ingest's --max-size is (the body's own limit may be set far higher)
    const size = Buffer.byteLength(json);
    if (size > maxRecordBytes) {
      problems.push({ source: place, reason: `record too large (${pastLimit(size, maxRecordBytes)}; the server's --max-size raises it)` });
      return;
    }
    for (const item of recordItems(rec, place, contentId(json), i)) {
      if ('reason' in item) problems.push(item);
      else {
        // past the longest article: cut with its note, as ingest cuts a JSONL record (a 9 MB text was stored whole, 41 s)
        const cut = cutLongText(item);
        docs.push(cut.doc);
        if (cut.problem) problems.push(cut.problem);
        // the answer names what the reading took out, as it did (the base's problem line says it with the verdict)
        const taken = item.meta.takenOut;
        if (taken) problems.push({ source: item.source, reason: `${taken.taken}; ${taken.rest}` });
      }
    }
  });
  return { docs, problems };
}

/**
 * A list's page as the API answers it: the items under their name, `limit`, `offset`, `total` (items in the whole
 * list) and `next`, the address of the next page (the request's own with its offset moved on; null on the last page),
 * also sent as a `Link: <...>; rel="next"` header. A client learnt the end only from an empty page.
 */
function paged<T>(c: Context, name: string, page: Counted<T>, limit: number, offset: number, extra: Record<string, unknown> = {}): Response {
  let next: string | null = null;
  if (page.items.length && offset + page.items.length < page.total) {
    const url = new URL(c.req.url);
    url.searchParams.set('offset', String(offset + page.items.length));
    next = at(url.pathname + url.search);
    c.header('Link', `<${next}>; rel="next"`);
  }
  return c.json({ ...extra, [name]: page.items, limit, offset, total: page.total, next });
}

export function apiRoutes(base: StoryBase, guard: WriteGuard, onWrite: () => void): Hono {
  const app = new Hono();
  let contract: string | undefined;

  app.get('/openapi.json', (c) => c.json(openapi(basePath())));
  app.get('/contract/report.schema.json', (c) => c.body((contract ??= readFileSync(CONTRACT, 'utf8')), 200, { 'Content-Type': 'application/schema+json' }));

  app.get('/stories', async (c) => {
    const q = storyQuery(c.req.query());
    const page = await base.countedStories(q);
    return paged(c, 'stories', page, q.limit!, q.offset!);
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
    return paged(c, 'hits', await base.countedSearch(q, { limit, offset }), limit, offset, { q });
  });
  app.get('/problems', async (c) => {
    const { limit, offset } = paging(c.req.query());
    return paged(c, 'problems', await base.countedProblems({ limit, offset }), limit, offset);
  });
  app.get('/changes', async (c) => {
    const since = c.req.query('since') ?? '0';
    if (!/^\d{1,15}$/.test(since)) throw new BadRequest('since must be a change number');
    return c.json(await base.changedSince(Number(since)));
  });

  app.post('/documents', async (c) => {
    const refused = guard.check(c);
    if (refused) return c.json({ error: refused.error }, refused.status, refused.headers);
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return c.json({ error: 'send the records as application/json' }, 415);
    const read = await guard.bodyText(c);
    if (isRefusal(read)) return c.json({ error: read.error }, read.status);
    const body = parseJsonBody(read.text, 'one JSON array of records, [{"title": "...", "text": "..."}, ...]');
    const { docs, problems } = postedDocuments(body, guard.w.maxRecords, guard.w.maxRecordBytes);
    // as a JSONL line not in UTF-8 says: its records are kept, in the charset they look like
    if (!UTF.test(read.encoding))
      problems.unshift({
        source: 'POST /api/documents',
        reason: `the body is not UTF-8: read as ${read.encoding.replace(DETECTED, '')}; send UTF-8 to be sure of its accents`,
      });
    // every line of the request, each with its rule and a note marked (as /api/problems has them): the records this
    // route could not read, and the readings' own (a record with no article text was counted in the summary and stored,
    // but not listed here); all stored and counted, notes apart from problems
    const told: Problem[] = [];
    const summary = docs.length || problems.length ? await base.ingestRaw(docs, { problems, onProblem: (p) => told.push(p) }) : null;
    onWrite();
    return c.json({ summary, problems: [...problems, ...told].map(ruledLine) });
  });
  return app;
}
