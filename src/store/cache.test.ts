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
