import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameRemark, rareIn, quotedSpans, rewords, wording } from './quotes.ts';

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

test('a different word is a rewording; a cut, words around it or a bracketed insertion are not (BASIL, seeds)', () => {
  assert.ok(rewords(story[0], story[1]));
  assert.ok(
    rewords(
      "I have people that actually have been studying it and they cannot believe what they're finding",
      "Well, I have people that actually have been studying it and they cannot believe what they're talking.",
    ),
  );
  // The New York Times and HuffPost quote Glenn Beck: one cut, one with the sentence before it
  assert.ok(
    !rewords(
      'It’s not enough just to not suck as much as the other side',
      'It is going to be a very good year. But it is not enough just to not suck as much as the other side',
    ),
  );
  // Fox and The New York Times quote Senator Corker, one writing "year-end"
  assert.ok(
    !rewords(
      'that we don’t have a lot of cards as it relates to the tax issue before year end',
      "There is a growing group of folks that are looking at this and realizing that we don't have a lot of cards as it relates to the tax issue, before year-end.",
    ),
  );
  // Fox and another outlet quote Justice Kennedy, one with an editor's "(local)"
  assert.ok(
    !rewords(
      'Then in the next breath, you say, well, now these (local) supervisors have too much discretion.',
      'Then in the next breath, you say, well, now these supervisors have too much discretion.',
    ),
  );
});
