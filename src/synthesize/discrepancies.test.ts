import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../model.ts';
import type { UnitFigure } from './units.ts';
import {
  type Found,
  figureConjunct,
  figurePart,
  figurePeriod,
  figureStake,
  namedSpeakers,
  oneName,
  publishedBefore,
  quotesOther,
  withinOther,
} from './discrepancies.ts';

test('one speaker written two ways is no rival attribution (BASIL, ECB+)', () => {
  // The New York Times and HuffPost on Wal-Mart's lawyer; ECB+ outlets on a witness, Greece's president, an NRDC lawyer
  assert.ok(oneName('Theodore J. Boutrous Jr.', 'Theodore Boutrous'));
  assert.ok(oneName('Vincent DelGiudice', 'Vincent Del Giudice'));
  assert.ok(oneName('Carolos Papoulias', 'Karolos Papoulias'));
  assert.ok(oneName('Andrew Wetzler', 'Andrew Welzler'));
});

test('different people stay different speakers', () => {
  assert.ok(!oneName('Mason Tvert', 'Brian Vicente'));
  assert.ok(!oneName('Donald Trump', 'Trump Jr.'));
  assert.ok(!oneName('Jim Manley', 'Harry Reid'));
  assert.ok(!oneName('A.J. Smith', 'A.J. Butler'));
});

test("a speaker repeating another's words in quotation marks of their own is no rival attribution (BASIL)", () => {
  const quote = (id: string, text: string, speaker: string): Quote => ({
    id,
    text,
    speaker,
    speakerEntity: null,
    document: id.split('#')[0],
    sentence: 0,
    attribution: 'test',
  });
  // The New York Times: Kristol's letter repeats Michael Steele's phrase
  const kristol = [quote('nyt#q5', 'Needless to say, the war in Afghanistan was not ‘a war of Obama’s choosing.’', 'Kristol')];
  const steele = [quote('fox#q1', "war of Obama's choosing", 'Michael Steele')];
  assert.ok(quotesOther(kristol, steele));
  assert.ok(!quotesOther(steele, kristol));
  // one remark given to two people, no inner quotation: a rival attribution
  const tvert = [quote('hpo#q2', 'These guys are on the wrong side of history.', 'Mason Tvert')];
  const vicente = [quote('fox#q3', 'I think it shows they are on the wrong side of history', 'Brian Vicente')];
  assert.ok(!quotesOther(tvert, vicente) && !quotesOther(vicente, tvert));
});

test('a figure dated to a period of its own counts another time (ECB+)', () => {
  // 30_1ecb: an earlier outage, not the three cables damaged on Friday
  const january = 'In January, five cables in the Middle East and Europe were cut, causing Internet failures in the region.';
  const friday =
    'Internet and telephone communications between the Middle East and Europe were disrupted after three submarine cables between Italy and Egypt in the Mediterranean Sea were damaged.';
  assert.equal(figurePeriod(january), 'in january');
  assert.equal(figurePeriod(friday), null);
  // 19_8ecbplus / 19_6ecbplus: arrests since October are part of a record, not all of it
  assert.equal(figurePeriod('Gray had been in trouble with the law before, having been arrested three times since October.'), 'since october');
  assert.equal(figurePeriod('Gray had previously been arrested four times on charges of grand larceny.'), null);
  // a day, or a span in words, is no period of its own (4_4ecb, 19_3ecb)
  assert.equal(figurePeriod('Page had been in hospital for three weeks with pneumonia when she suffered the heart attack on December 2.'), null);
  assert.equal(figurePeriod('Athens was calm Sunday after eight days of the worst riots Greece has seen in decades.'), null);
});

test('a figure of a part counts another thing than a bare figure of the same noun (ECB+)', () => {
  // 20_2ecbplus "one of the 12 worst-hit villages" / BBC (20_1ecbplus) "five villages had been badly hit"
  assert.equal(figurePart('12 worst-hit villages'), 'worst');
  assert.equal(figurePart('five villages'), null);
  // 30_10ecb / 30_12ecb: where the cables lie is no part of them
  assert.equal(figurePart('two undersea cables'), null);
  assert.equal(figurePart('three submarine cables'), null);
});

test('a speaker named where the quote stands, or carried on from such a quote, is named; a pronoun or another sentence is our reading (ECB+)', () => {
  const quote = (id: string, sentence: number, speaker: string, attribution: string): Quote => ({
    id,
    text: 'test',
    speaker,
    speakerEntity: null,
    document: id.split('#')[0],
    sentence,
    attribution,
  });
  const named = namedSpeakers([
    // 35_1ecb: A.J. Smith named after the quote, his statement going on in the next sentences
    quote('35_1ecb#q1', 11, 'A.J. Smith', '"said" after the quote, subject before it'),
    quote('35_1ecb#q2', 13, 'A.J. Smith', 'goes on from the previous quote'),
    // 1_18ecb: "..., he said." read as Tara Reid; 29_1ecbplus: "he said", and the quote going on from it
    quote('1_18ecb#q1', 1, 'Tara Reid', 'pronoun "he" after the quote'),
    quote('29_1ecbplus#q1', 32, 'Peyton Hillis', 'pronoun "he" after the quote'),
    quote('29_1ecbplus#q2', 33, 'Peyton Hillis', 'goes on from the previous quote'),
    // 3_5ecb: the speaker of the previous sentence
    quote('3_5ecb#q1', 8, 'Journal-Constitution', 'speaker of the previous sentence'),
  ]);
  assert.deepEqual([...named].sort(), ['35_1ecb#q1', '35_1ecb#q2']);
});

test('a figure counting a second group after "and" (ECB+)', () => {
  const fig = (text: string, value: number): UnitFigure => ({ text, value, high: null, what: 'passen' });
  const crew = 'The threat of pirates recently prompted a German cruise ship to evacuate some 420 passengers and crew after the company decided.';
  const most = 'A day earlier, the German cruise liner MS Columbus said it would fly its 246 passengers and most of its crew over the Gulf of Aden.';
  assert.equal(figureConjunct(crew, fig('some 420 passengers', 420)), 'crew');
  assert.equal(figureConjunct(most, fig('246 passengers', 246)), null);
});

test('one figure difference found through two claims sharing its sentences is shown once, with both claims (ECB+ 30, the cables)', () => {
  const ref = (document: string, sentence = 0) => ({ document, sentence });
  const found = (claim: string, detail: string, support: ReturnType<typeof ref>[]): Found => ({
    discrepancy: { kind: 'number', detail, claims: [claim], support },
    disputes: true,
    what: 'cables',
  });
  const wide = found(
    'c1',
    'Figures for "cables" differ: two undersea cables (30_10ecb) vs three submarine cables (30_12ecb, 30_1ecb, 30_11ecb, 30_5ecb, 30_13ecb).',
    [ref('30_10ecb'), ref('30_12ecb'), ref('30_1ecb'), ref('30_11ecb'), ref('30_5ecb'), ref('30_13ecb')],
  );
  const within = found('c2', 'Figures for "cables" differ: two undersea cables (30_10ecb) vs three undersea cables (30_1ecb, 30_11ecb, 30_5ecb).', [
    ref('30_10ecb'),
    ref('30_1ecb'),
    ref('30_11ecb'),
    ref('30_5ecb'),
  ]);
  const kept = withinOther([within, wide]);
  assert.deepEqual(
    kept.map((f) => [f.discrepancy.detail, f.discrepancy.claims]),
    [[wide.discrepancy.detail, ['c1', 'c2']]],
  );
  // another quantity, or an update beside a dispute, stays apart
  assert.equal(withinOther([{ ...within, what: 'weeks' }, wide]).length, 2);
  assert.equal(withinOther([{ ...within, disputes: false }, wide]).length, 2);
});

test('an article is published before another by instant when both give a time, by day when one gives only a day', () => {
  // 23:00 in New York is 04:00 UTC the next day: after 01:00 UTC, though its text sorts first
  assert.equal(publishedBefore('2022-12-19T23:00-05:00', '2022-12-20T01:00Z'), false);
  assert.equal(publishedBefore('2022-12-20T01:00Z', '2022-12-19T23:00-05:00'), true);
  assert.equal(publishedBefore('2022-12-19', '2022-12-20T01:00Z'), true);
  assert.equal(publishedBefore('2022-12-19', '2022-12-19T01:00Z'), false);
  assert.equal(publishedBefore(null, '2022-12-19'), false);
});

test('figureStake: a figure with its share of a whole after it is a holding (Reuters-21578, r6k 5332, 3416, 8512)', () => {
  const at = (sentence: string, text: string) => figureStake(sentence, { text } as UnitFigure);
  assert.ok(at("the group had accumulated 1,262,200 shares, or about 6.7 pct of Clark's outstanding common stock.", '1,262,200 shares'));
  assert.ok(at('said it has acquired 1,920,527 shares of Symbion Inc, or 25.5 pct of the total outstanding.', '1,920,527 shares'));
  assert.ok(at("Mark IV said it owns about 670,400 shares or about 9.9 pct of Conrac's outstanding shares.", 'about 670,400 shares'));
  assert.ok(
    !at(
      'Clark Equipment Co said it has purchased 1,339,000 shares of its common stock from an investor group led by Arthur M. Goldberg for 26.375 dlrs a share.',
      '1,339,000 shares',
    ),
  );
  assert.ok(!at("Mark IV already owns about 9.9 pct of Conrac's 6.8 mln shares outstanding.", '6.8 mln shares'));
});
