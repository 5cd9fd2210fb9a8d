// Near figures of other times are two days' figures of one wire form, not one figure two articles tell differently
// (figure-times.ts): the Fed's "Federal funds, which averaged 6.22 pct yesterday" (Reuters 1503, March 4) and "averaged
// 5.97 pct yesterday" (7159, March 19); Belgium's unemployment "at the end of February from 12.6 pct at the end of
// January" (1040) and "at the end of March from 12.1 pct at end of February" (12534). A date with another figure
// between it and the figure is that figure's: "a 51 pct rise in defense orders, compared with a 57.7 pct decline in
// December" (54) against "rose ... 49.7 pct, in January" (1459) is still one rise told two ways. "last week" / "this
// week" are weeks of the article's day: the Gulf rigs' 35.6 pct of the week before March 30 (11138) and 35.0 pct of
// the week of April 13 (16382) are two weeks' rates. "the previous week" is counted back a week, and a figure beside it
// naming no time is of the sentence's own week: Thai rice sales of April 7 (13294) and April 10 (16079).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory } from '../../test/aligned-story.ts';
import { nearAmounts, nearBeside } from './amounts.ts';
import { figureTime } from './figure-times.ts';

const FIXTURE = 'reuters-figure-times.jsonl';

test('two days\' federal funds averages ("6.22 pct yesterday" / "5.97 pct yesterday") are no disagreement', async () => {
  const s = await alignedStory(FIXTURE, ['1503', '7159']);
  const [a, b] = [s.unit('Federal funds, which averaged 6.22 pct yesterday'), s.unit('Federal funds, which averaged 5.97 pct yesterday')];
  assert.equal(figureTime(a, a.figures.find((f) => f.value === 6.22)!), '1987-03-03');
  assert.equal(figureTime(b, b.figures.find((f) => f.value === 5.97)!), '1987-03-18');
  assert.equal(nearBeside(a, b), null);
});

test("two months' unemployment rates (the end of January's 12.6 pct, the end of March's 11.8 pct) are no disagreement", async () => {
  const s = await alignedStory(FIXTURE, ['1040', '12534']);
  const [a, b] = [
    s.unit('Belgian unemployment, based on the number of jobless drawing unemployment benefit, fell to 12.1'),
    s.unit('Belgian unemployment, based on the number of jobless drawing unemployment benefit, fell to 11.8'),
  ];
  assert.equal(nearBeside(a, b), null);
});

test('a date another figure stands between is not the figure\'s: "51 pct" / "49.7 pct" stay one rise told two ways', async () => {
  const s = await alignedStory(FIXTURE, ['54', '1459']);
  const [a, b] = [s.unit('But he acknowledged that the decline occurred despite a 51 pct rise'), s.unit('Defense orders rose 2.2 billion dlrs')];
  assert.equal(figureTime(a, a.figures.find((f) => f.value === 51)!), null);
  assert.deepEqual(
    nearBeside(a, b)?.map((f) => f.value),
    [51, 49.7],
  );
});

test('"last week" and "this week" are weeks: two weeks\' rig utilization rates (35.6 / 35.0 pct) are no disagreement', async () => {
  const s = await alignedStory(FIXTURE, ['11138', '16382']);
  const [a, b] = [
    s.unit('Utilization of offshore mobile rigs in the Gulf of Mexico was steady'),
    s.unit('Utilization of offshore mobile rigs in the Gulf of Mexico fell'),
  ];
  assert.equal(figureTime(a, a.figures.find((f) => f.value === 35.6)!), 'W1987-03-23');
  assert.equal(figureTime(b, b.figures.find((f) => f.value === 35)!), 'W1987-04-13');
  assert.equal(nearAmounts(a, b), null);
});

test('"the previous business day" is counted back from the sentence\'s own day: two days\' Treasury balances (3.939 / 3.879 billion) are no disagreement', async () => {
  const s = await alignedStory(FIXTURE, ['2858', '3348', '11059', '11656']);
  const [a, b] = [s.unit('Treasury balances at the Federal Reserve fell on March 5'), s.unit('Treasury balances at the Federal Reserve rose on March 6')];
  const at = (u: typeof a, v: number) => figureTime(u, u.figures.find((f) => f.value === v * 1e9)!);
  // March 5's balance is one figure both tell: the first sentence's own day, the second's day before
  assert.equal(at(a, 3.467), '1987-03-05');
  assert.equal(at(b, 3.467), '1987-03-05');
  assert.equal(at(a, 3.939), '1987-03-04');
  assert.equal(nearBeside(a, b), null);
  // from a Monday, the business day before is the Friday
  const monday = s.unit('Treasury balances at the Federal Reserve rose on March 30');
  assert.equal(at(monday, 2.424), '1987-03-27');
});

test('"the previous week" is the week before the sentence\'s own, a figure beside it naming no time of its own week: two weeks\' rice sales (44,483 / 48,062 tonnes) are no disagreement', async () => {
  const s = await alignedStory(FIXTURE, ['13294', '16079']);
  const [a, b] = [s.unit('Private exporters concluded advance weekly sales for 22,086'), s.unit('Private exporters concluded advance weekly sales for 48,062')];
  const at = (u: typeof a, v: number) => figureTime(u, u.figures.find((f) => f.value === v)!);
  // 13294 (April 7) and 16079 (April 10 in Bangkok): the previous week counted back from each article's day
  assert.equal(at(a, 44483), '1987-03-31');
  assert.equal(at(b, 22086), '1987-04-03');
  assert.equal(at(b, 48062), 'W1987-04-06');
  assert.equal(nearBeside(a, b), null);
  assert.equal(nearAmounts(a, b), null);
});
