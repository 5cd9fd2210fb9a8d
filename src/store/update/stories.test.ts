import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFER, synthesiseNow } from './stories.ts';

test('a story is synthesised at once when new, small, or changed by a share of itself since its last synthesis', () => {
  assert.equal(synthesiseNow(40, 0), true, 'never synthesised');
  assert.equal(synthesiseNow(DEFER.smallStory, DEFER.smallStory - 1), true, 'small');
  const last = 100;
  assert.equal(synthesiseNow(last + Math.ceil(DEFER.growth * last) - 1, last), false, 'grown by less than the share');
  assert.equal(synthesiseNow(last + Math.ceil(DEFER.growth * last), last), true, 'grown by the share');
  assert.equal(synthesiseNow(last - Math.ceil(DEFER.growth * last), last), true, 'shrunk by the share');
  assert.equal(synthesiseNow(last, last), false, 'only its documents changed: stale until the run ends');
});
