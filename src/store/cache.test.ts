import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LruCache } from './cache.ts';

test('the cache forgets the least recently used entries past its budget', () => {
  const c = new LruCache<string, number>(10);
  c.set('a', 1, 4);
  c.set('b', 2, 4);
  assert.equal(c.get('a'), 1); // a is now the most recent
  c.set('c', 3, 4); // 12 > 10: b goes
  assert.equal(c.get('b'), undefined);
  assert.equal(c.get('a'), 1);
  assert.equal(c.get('c'), 3);
  assert.equal(c.weight, 8);
});

test('an entry heavier than the whole budget is not kept, and replacing an entry re-weighs it', () => {
  const c = new LruCache<string, string>(10);
  c.set('big', 'x', 11);
  assert.equal(c.size, 0);
  c.set('a', 'one', 6);
  c.set('a', 'two', 3);
  assert.equal(c.weight, 3);
  assert.equal(c.get('a'), 'two');
  c.clear();
  assert.equal(c.size, 0);
  assert.equal(c.weight, 0);
});

test('admitting by asks: a new entry pushes out only entries asked for less often than it', () => {
  const c = new LruCache<string, number>(10, { window: 1000 });
  for (const k of ['a', 'b', 'c', 'd', 'e']) {
    c.get(k);
    c.set(k, 1, 2);
  }
  assert.equal(c.weight, 10);
  // asked once, as often as the least recent held: not admitted (a plain LRU would push a out)
  c.get('f');
  c.set('f', 1, 2);
  assert.equal(c.get('f'), undefined);
  assert.equal(c.get('a'), 1);
  // asked three times now, more often than b: comes in, b goes
  c.get('f');
  c.set('f', 1, 2);
  assert.equal(c.get('f'), 1);
  assert.equal(c.get('b'), undefined);
  // an entry held is replaced in place whatever its asks
  c.set('c', 7, 2);
  assert.equal(c.get('c'), 7);
  // never asked (a story a batch opened and wrote): in while there is room, not past it
  const d = new LruCache<string, number>(4, { window: 1000 });
  d.set('x', 1, 2);
  d.set('y', 1, 2);
  d.set('z', 1, 2);
  assert.equal(d.size, 2);
  assert.equal(d.get('z'), undefined);
});

test('the asks are halved every window, so what is no longer asked for gives way', () => {
  const c = new LruCache<string, number>(4, { window: 4 });
  c.get('a');
  c.get('a');
  c.set('a', 1, 2);
  c.get('b');
  c.set('b', 1, 2);
  c.get('c'); // the fourth ask: halved, a 2 -> 1, b and c (1) forgotten
  c.set('c', 1, 4); // c (0) against a (1): not admitted
  assert.equal(c.get('c'), undefined);
  c.get('c');
  c.set('c', 1, 4); // c (2) against a (1) and b (0): in, both out
  assert.equal(c.get('c'), 1);
  assert.equal(c.size, 1);
});
