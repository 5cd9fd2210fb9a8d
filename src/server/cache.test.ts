import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { responseCache } from './cache.ts';

function app(seq: { n: number }, options: { maxEntries?: number } = {}) {
  let renders = 0;
  const a = new Hono();
  a.use('*', responseCache({ seq: async () => seq.n, seqTtlMs: 0, skip: (p) => p === '/fresh', ...options }));
  a.get('*', (c) => {
    renders++;
    return c.text(`${c.req.path} render ${renders} at ${seq.n}`);
  });
  a.post('*', (c) => c.text('posted'));
  return { a, renders: () => renders };
}

test('a repeat is served from memory until the base changes', async () => {
  const seq = { n: 1 };
  const { a, renders } = app(seq);
  assert.equal(await (await a.request('/x')).text(), '/x render 1 at 1');
  const again = await a.request('/x');
  assert.equal(await again.text(), '/x render 1 at 1');
  assert.equal(again.headers.get('x-cache'), 'hit');
  assert.equal(await (await a.request('/x?page=2')).text(), '/x render 2 at 1', 'the query is part of the address');
  seq.n = 2;
  assert.equal(await (await a.request('/x')).text(), '/x render 3 at 2', 'a change renders again');
  assert.equal(renders(), 3);
});

test('skipped paths, other methods and the entry bound', async () => {
  const seq = { n: 1 };
  const { a, renders } = app(seq, { maxEntries: 2 });
  await a.request('/fresh');
  await a.request('/fresh');
  assert.equal(renders(), 2, 'skipped paths always render');
  await a.request('/a');
  await a.request('/b');
  await a.request('/c'); // /a is dropped
  await a.request('/a');
  assert.equal(renders(), 6);
  assert.equal(await (await a.request('/a', { method: 'POST' })).text(), 'posted');
});

test('requests for an address being rendered wait for that render (one render per address at a time)', async () => {
  const seq = { n: 1 };
  let renders = 0;
  const a = new Hono();
  a.use('*', responseCache({ seq: async () => seq.n, seqTtlMs: 0 }));
  a.get('*', async (c) => {
    renders++;
    await new Promise((r) => setTimeout(r, 30));
    return c.text(`render ${renders}`);
  });
  const bodies = await Promise.all(Array.from({ length: 20 }, async () => (await a.request('/slow')).text()));
  assert.equal(renders, 1, 'one render for twenty requests');
  assert.deepEqual(new Set(bodies), new Set(['render 1']));
  // after a change, the first request renders; those arriving meanwhile get the version it replaces
  seq.n = 2;
  const [first, ...others] = await Promise.all(Array.from({ length: 10 }, async () => a.request('/slow')));
  assert.equal(await first.text(), 'render 2');
  for (const r of others) {
    assert.equal(r.headers.get('x-cache'), 'stale');
    assert.equal(await r.text(), 'render 1');
  }
  assert.equal(renders, 2);
  assert.equal(await (await a.request('/slow')).text(), 'render 2', 'then the new version');
});

test('an address with a version survives changes elsewhere, and renders again when its version moves', async () => {
  const seq = { n: 1 };
  const story = { v: 'a' };
  let renders = 0;
  let versionReads = 0;
  const a = new Hono();
  a.use(
    '*',
    responseCache({
      seq: async () => seq.n,
      seqTtlMs: 0,
      version: (path) =>
        path.startsWith('/stories/')
          ? async () => {
              versionReads++;
              return story.v;
            }
          : null,
    }),
  );
  a.get('*', (c) => c.text(`${c.req.path} render ${++renders} v${story.v}`));
  assert.equal(await (await a.request('/stories/x')).text(), '/stories/x render 1 va');
  await a.request('/');
  seq.n = 2; // another story changed
  assert.equal(await (await a.request('/stories/x')).text(), '/stories/x render 1 va', 'kept: its version did not move');
  assert.equal(await (await a.request('/')).text(), '/ render 3 va', 'an address without a version renders again');
  const reads = versionReads;
  await a.request('/stories/x');
  assert.equal(versionReads, reads, 're-stamped: no version read while the number stays');
  story.v = 'b';
  seq.n = 3;
  assert.equal(await (await a.request('/stories/x')).text(), '/stories/x render 4 vb', 'its story changed: rendered again');
});

test('a kept body is sent gzipped to clients that accept it', async () => {
  const { gunzipSync } = await import('node:zlib');
  const a = new Hono();
  a.use('*', responseCache({ seq: async () => 1, seqTtlMs: 0 }));
  const text = 'Ferry crews walked out on Saturday, halting all crossings. '.repeat(100);
  a.get('*', (c) => c.text(text));
  await a.request('/big');
  const plain = await a.request('/big');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(await plain.text(), text);
  const zipped = await a.request('/big', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
  const bytes = Buffer.from(await zipped.arrayBuffer());
  assert.ok(bytes.length < text.length / 5);
  assert.equal(gunzipSync(bytes).toString('utf8'), text);
});
