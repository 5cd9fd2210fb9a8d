// The API's lists page as a client follows them (stop 68, walk3): each answer gives the whole list's `total` and
// `next`, the next page's address (null on the last), over real ECB+ text on both backends. The web pager shows
// "Next" only when there is more (a page exactly full led to an empty page). Before: `limit` and `offset` only, and a
// client learnt the end from an empty page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openBase } from '../src/store/index.ts';
import { ROOT, startTestServer } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'walk');

type Json = Record<string, unknown>;

/** Every page of a list, from `first`, following `next`; each page's answer. */
async function follow(origin: string, first: string): Promise<Json[]> {
  const pages: Json[] = [];
  for (let at: string | null = first; at; ) {
    const r: Response = await fetch(new URL(at, origin));
    assert.equal(r.status, 200, at);
    const body = (await r.json()) as Json;
    // the header names the same page as the body
    assert.equal(r.headers.get('link'), body.next ? `<${body.next}>; rel="next"` : null);
    pages.push(body);
    at = body.next as string | null;
    assert.ok(pages.length < 50, 'next never ends');
  }
  return pages;
}

forEachBackend('the API pages with total and next, the web pager ends where the list does, on %s', (kind) => {
  test('stories, search and problems followed page by page give each item once, and the total', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      // ECB+ texts: three AP copies on Lindsay Lohan and two later reports, the 76ers firing Maurice Cheeks and
      // Bettie Page's death; a missing file for a problem
      await base.ingest([join(FIXTURES, 'lohan-copies.jsonl'), join(FIXTURES, 'lohan-later.jsonl'), join(FIXTURES, 'ecb-feed-items.jsonl')]);
      await base.ingest([join(FIXTURES, 'no-such-file.jsonl'), join(FIXTURES, 'neither-this.jsonl')]);
      const server = await startTestServer(base);
      try {
        const all = await base.stories({ limit: 100 });
        assert.ok(all.length >= 3, `${all.length} stories`);
        // one story a page, a filter and a sort kept in each next address
        const pages = await follow(server.url, '/api/stories?limit=1&sort=sources&language=EN');
        assert.equal(pages.length, all.length);
        for (const [i, p] of pages.entries()) {
          assert.equal(p.total, all.length);
          assert.equal(p.offset, i);
          assert.equal(p.limit, 1);
          if (i < pages.length - 1) assert.equal(p.next, `/api/stories?limit=1&sort=sources&language=EN&offset=${i + 1}`);
        }
        assert.equal(pages.at(-1)!.next, null);
        const ids = pages.flatMap((p) => (p.stories as Json[]).map((s) => s.id));
        assert.deepEqual(
          ids,
          (await base.stories({ sort: 'sources', limit: 100 })).map((s) => s.id),
        );
        // a page exactly full is the last: no next
        const whole = (await (await fetch(`${server.url}/api/stories?limit=${all.length}`)).json()) as Json;
        assert.equal((whole.stories as Json[]).length, all.length);
        assert.equal(whole.next, null);
        assert.equal(whole.total, all.length);
        // past the end: nothing on the page, the total still said
        const past = (await (await fetch(`${server.url}/api/stories?offset=${all.length + 5}`)).json()) as Json;
        assert.deepEqual([past.stories, past.total, past.next], [[], all.length, null]);
        // a filter counts what it keeps
        const none = (await (await fetch(`${server.url}/api/stories?outlet=nobody-at-all`)).json()) as Json;
        assert.deepEqual([none.total, none.next], [0, null]);

        const hits = await follow(server.url, '/api/search?q=Lohan&limit=2');
        const total = hits[0].total as number;
        assert.ok(total >= 4, `${total} hits`);
        assert.equal(hits.length, Math.ceil(total / 2));
        const found = hits.flatMap((p) => (p.hits as Json[]).map((h) => `${h.kind} ${h.id}`));
        assert.equal(found.length, total);
        assert.equal(new Set(found).size, total, 'each hit once');
        assert.ok(hits.every((p) => p.q === 'Lohan' && p.total === total));

        const problems = await follow(server.url, '/api/problems?limit=1');
        assert.equal(problems.length, 2);
        assert.ok(problems.every((p) => p.total === 2));
        assert.deepEqual(problems.flatMap((p) => (p.problems as Json[]).map((x) => String(x.source).replace(/.*\//, ''))).sort(), [
          'neither-this.jsonl',
          'no-such-file.jsonl',
        ]);

        // the web pages: "Next" only when there is more
        const full = await (await fetch(`${server.url}/?limit=${all.length}`)).text();
        assert.doesNotMatch(full, /Next page →/, 'a page exactly full showed Next, to an empty page');
        assert.match(await (await fetch(`${server.url}/?limit=${all.length - 1}`)).text(), /Next page →/);
        const search = await (await fetch(`${server.url}/search?q=Lohan&limit=2`)).text();
        assert.match(search, new RegExp(`results 1–2 of ${total}`));
        const last = await (await fetch(`${server.url}/search?q=Lohan&limit=2&offset=${total - 2}`)).text();
        assert.doesNotMatch(last, /Next →/);
        assert.doesNotMatch(await (await fetch(`${server.url}/problems?limit=2`)).text(), /Next →/);
        assert.match(await (await fetch(`${server.url}/problems?limit=1`)).text(), /Next →/);

        // the OpenAPI document says so, and takes a language in any case
        const api = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Json;
        const paths = api.paths as Record<string, { get: { parameters: Array<{ name: string; schema: { pattern?: string } }>; responses: Json } }>;
        for (const p of ['/api/stories', '/api/search', '/api/problems']) {
          const schema = (paths[p].get.responses[200] as { content: Record<string, { schema: { required: string[] } }> }).content['application/json'].schema;
          assert.ok(schema.required.includes('total') && schema.required.includes('next'), p);
        }
        const language = paths['/api/stories'].get.parameters.find((x) => x.name === 'language')!;
        assert.match('EN', new RegExp(language.schema.pattern!));
      } finally {
        await server.close();
        await base.close();
      }
    });
  });
});
