import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counted } from './counted.ts';

test('a count says its noun in its number, with thousands separators', () => {
  assert.equal(counted(1, 'shared passage'), '1 shared passage');
  assert.equal(counted(3, 'shared passage'), '3 shared passages');
  assert.equal(counted(0, 'word'), '0 words');
  assert.equal(counted(12_345, 'record'), '12,345 records');
  assert.equal(counted(2, 'story', 'stories'), '2 stories');
});
