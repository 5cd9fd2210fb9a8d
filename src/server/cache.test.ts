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
