import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparable, sameRemark, rareIn, quotedSpans, rewords, wording } from './quotes.ts';

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

test('one remark quoted at different lengths, with a contraction or a spelling of its own, is one wording (BASIL, ECB+)', () => {
  // HuffPost quotes Susan Rice from "We need to keep it that way" on, Fox the sentence before it and that one
  assert.ok(
    !rewords(
      "We need to keep it that way. We want it that way. I think Israel wants it that way. The American people want it that way. When it becomes injected or infused with politics, that's a problem.",
      'It’s always been bipartisan. We need to keep it that way.',
    ),
  );
  // Fox's Justice Kennedy has an editor's "(local)", the other outlet the sentence after
  assert.ok(
    !rewords(
      'Then in the next breath, you say, well, now these (local) supervisors have too much discretion.',
      "Then in the next breath, you say, well, now these supervisors have too much discretion. It seems to me there's an inconsistency there, and I'm just not sure what the unlawful policy is.",
    ),
  );
  // Fox and HuffPost bracket different spellings of Gaddafi's name into Trump's words
  assert.ok(
    !rewords(
      "nobody knows what's happening, and now it looks like (Libyan strongman Muammar) al-Qaddafi is going to beat the United States.",
      "nobody knows what's happening, and now it looks like (Libyan strongman Moammar) Gadhafi is going to beat the United States.",
    ),
  );
  assert.ok(
    !rewords(
      "SEACOM's partner network experienced a terrestrial fiber cut between Alexandria and the Suez this morning 16th August from 06:31GMT.",
      "SEACOM's partner network experienced a terrestrial fibre cut between Alexandria and the Suez this morning 16th August from 06:31GMT.",
    ),
  );
  assert.ok(
    !rewords(
      "I just wanted to say that I know that the things I've done caused a lot of pain and I'm sorry",
      "I know that the things that I've done caused a lot of pain, and I am sorry.",
    ),
  );
  // ECB+ 18_3ecb and 18_6ecb quote Mark Pinder with "OK" and "okay"
  assert.ok(
    !rewords(
      'Everyone was calling their family and making sure that people knew they were OK.',
      'Everyone was calling their family and making sure that people knew that they were okay.',
    ),
  );
});

test('an abbreviation spelt out, a number or an ordinal in words, a clock time in 12 or 24 hours are one wording (ECB+)', () => {
  assert.ok(
    !rewords(
      'Microsoft encourages all IE customers to test and deploy this update as soon as possible',
      'encourages all Internet Explorer customers to test and deploy this update as soon as possible',
    ),
  );
  assert.ok(
    !rewords(
      'By rolling back this 11th hour regulation, we are ensuring that threatened and endangered species continue to receive the full protection of the law',
      'By rolling back this eleventh-hour regulation, we are ensuring that threatened and endangered species continue to receive the full protection of the law',
    ),
  );
  assert.ok(
    !rewords(
      'With deep personal sadness I must announce that my dear friend and client Bettie Page passed away at 6:41pm PST this evening (0241 GMT Friday) in a Los Angeles hospital',
      'With deep personal sadness I must announce that my dear friend and client Bettie Page passed away at 18:41 this evening (02:41 GMT Friday) in a Los Angeles hospital',
    ),
  );
  // another word is still another wording
  assert.ok(rewords('This is a sad time for the Kraft Foods family', 'This is a sad day for the Kraft Foods family'));
});

test('a phrase worded differently is still a rewording, at an end or in a sentence built differently (ECB+, BASIL)', () => {
  assert.ok(
    rewords(
      "In his own words, he said it's not his DNA to stay in jail, which is what he has to look forward to the rest of his life",
      'In his own words, it is not in his DNA to stay in prison.',
    ),
  );
  // a word of either side inside the shared stretch: "who lost his wife" / "and his wife"
  assert.ok(rewords('Our hearts and prayers are with the man who lost his wife who died', 'Our hearts and prayers go out to the man and his wife who died'));
  assert.ok(
    rewords('Because the Persian Gulf is not very deep, a tsunami is not expected', 'The Persian Gulf is not deep enough so that we can expect tsunamis'),
  );
  assert.ok(
    rewords(
      'The fact is that every day that passes, Iran gets closer and closer to a nuclear bomb',
      'The fact is that every day that passes, Iran gets closer and closer to nuclear arms',
    ),
  );
});

test('two remarks sharing a few scattered words are not compared as one (BASIL)', () => {
  // Alabama's governor on the allegations, and Roy Moore's accuser quoted in another outlet
  assert.ok(
    !comparable(
      'These allegations are deeply disturbing. I will hold judgment until we know the facts. The people of Alabama deserve to know the truth and will make their own decisions.',
      'I know that 14-year-olds dont’t make good decisions',
    ),
  );
  assert.ok(
    !comparable(
      "even the modest COLA on which Social Security benefits are adjusted isn't safe.",
      'There are dozens of ways modest tax increases on even just the very wealthiest Americans would restore Social Security to long-run actuarial balance, and there would be enough left over to increase benefits',
    ),
  );
  assert.ok(comparable(story[0], story[1]));
  // Fox quotes the last sentence of Reid's spokesman's statement: "strategy" is in the statement twice
  assert.ok(
    comparable(
      'Unfortunately this letter is nothing new. Republicans have simply put in writing their political strategy which they have pursued over the last two years: obstruct and delay action on critical matters, and then blame the Democrats for not addressing the needs of the American people. This strategy is very cynical but very obvious and transparent.',
      'This strategy is very cynical but very obvious and transparent,',
    ),
  );
  assert.ok(comparable(story[2], story[3]));
});

test('two remarks sharing words in another order are not compared as one (ECB+)', () => {
  // ECB+ 19_6ecbplus / 19_10ecbplus and 19_9ecbplus: Jumaane Williams's tweet and his statement, both about the youth's anger
  const tweet = 'The youth in this community have no outlets for their anger, no community center.';
  const statement = 'Tonight, we saw an explosion of anger from the youth in my community.';
  assert.ok(sameRemark(tweet, statement), 'they share three words');
  assert.ok(!comparable(tweet, statement));
  assert.ok(!comparable('The youth in this community have no outlets for their anger, no community.', statement));
  // ... while two words in order, all the two share, still make one remark (ECB+ 8_4ecbplus / 8_8ecbplus)
  assert.ok(comparable('reached the edge of the abyss', 'Our country is on the edge of the abyss,'));
  assert.ok(comparable(tweet, 'The youth in this community have no outlets for their anger, no community.'));
});

// quotedSpans reads a sentence only when it holds a double mark of some kind: typographic marks count (BASIL's
// articles write “ ”), as they did when every sentence was folded first
test('quotedSpans finds spans between typographic marks', () => {
  assert.deepEqual(quotedSpans('“I am confident this is the right and best choice,” Patrick said at a late-morning press conference.'), [
    'I am confident this is the right and best choice,',
  ]);
  assert.deepEqual(quotedSpans('The ad says: “You paid in to Medicare for years … now when you need it, Obama has cut $716 billion from Medicare.”'), [
    'You paid in to Medicare for years … now when you need it, Obama has cut $716 billion from Medicare.',
  ]);
  assert.deepEqual(quotedSpans('Obama’s treatment of Prime Minister Benjamin Netanyahu, and said a proposed nuclear deal with Iran is terrible.'), []);
});

test("a wire's abbreviation of an amount is no other wording (Reuters-21578 4010 / 4179, Seaga)", () => {
  assert.equal(
    rewords("this year we'll be reducing the stock of debt by 300 million dollars", "This year we'll be reducing the stock of debt by 300 mln dlrs"),
    false,
  );
  // another word beside the abbreviation still rewords (3861 / 5631, Zuckerman)
  assert.equal(
    rewords(
      'Interest rates are not coming down and I would not bet a lot that they will drop sharply.',
      'interest rates are not coming down and I would not bet a lot that they will come down sharply.',
    ),
    true,
  );
});
