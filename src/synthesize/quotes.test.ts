import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameRemark, rareIn, quotedSpans, wording } from './quotes.ts';

const story = [
  'stupid and unfounded fabrications',
  'Stupid and unfounded statements',
  'any type of impending cross-border activity by Belarus at this time',
  'We don’t see any kind of impending cross-border exercise by Belarus at the moment',
  'complete withdrawal of Russian troops',
  'We predict that in spring, Lukashenko will ship Belarusian troops into Ukraine with Russian troops',
  'Russian troops are already walking around',
  'There is simply no expediency in this',
  'Particularly after these large-scale negotiations, there are no longer any authorities in Belarus',
];
const rare = rareIn(story);

test('one remark in two wordings is one remark', () => {
  assert.ok(sameRemark(story[0], story[1], rare));
  assert.ok(sameRemark(story[2], story[3], rare));
});

test('remarks sharing only common words are different remarks', () => {
  assert.ok(!sameRemark(story[4], story[5], rare));
  assert.ok(!sameRemark(story[7], story[8], rare));
  assert.ok(!sameRemark('escalating', 'escalating', rare), 'one word is too little to tell');
});

test('quoted spans and wordings', () => {
  assert.deepEqual(quotedSpans('Peskov said suggestions were "stupid and unfounded fabrications."'), ['stupid and unfounded fabrications.']);
  assert.equal(wording('“Stupid and unfounded statements,”'), 'stupid and unfounded statements');
});
