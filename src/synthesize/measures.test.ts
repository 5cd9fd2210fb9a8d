// Two near figures of one kind measuring two things are two amounts, not one figure two articles tell differently
// (measures.ts): Texaco's "10.3 billion dlr judgement" (Reuters 16713) and its "acquisition of Getty Oil Co for 10.2
// billion dlrs" (16731); Heyman's "average cost ... would be 44 dlrs" (11504) and GAF's "bid to 48 dlrs" (16656);
// the Treasury "SELLING 9.75 BILLION DLRS" of bills (12972) as "9.763 billion dlrs in bills are maturing" (12993).
// One measure told two ways stays a disagreement: the "10.2 billion dlr jury judgment" (9650) and "their 10.3
// billion dlrs dispute" (16733).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory } from '../../test/aligned-story.ts';
import { nearAmounts, nearBeside } from './amounts.ts';
import { figureMeasure, measuresApart } from './measures.ts';

const FIXTURE = 'reuters-figure-measures.jsonl';
const near = (a: Parameters<typeof nearAmounts>[0], b: Parameters<typeof nearAmounts>[0]) =>
  (nearAmounts(a, b) ?? nearBeside(a, b))?.map((f) => f.value) ?? null;

test("a court's judgement and a takeover's price are two amounts; the judgement told as a dispute is one", async () => {
  const s = await alignedStory(FIXTURE, ['16713', '16731', '9650', '16733']);
  const [judgement, price] = [s.unit('Texaco yesterday filed Chapter 11'), s.unit('The action is almost certain to ignite')];
  assert.equal(figureMeasure(judgement, judgement.figures.find((f) => f.value === 10.3e9)!), 'award');
  assert.equal(figureMeasure(price, price.figures.find((f) => f.value === 10.2e9)!), 'price');
  assert.equal(near(judgement, price), null);
  const [jury, dispute] = [s.unit('Pennzoil Co said it had not yet received'), s.unit('Texaco Inc and Pennzoil Co are still far apart')];
  assert.deepEqual(near(jury, dispute), [10.2e9, 10.3e9]);
});

test('an average cost a share and a bid a share are two amounts', async () => {
  const s = await alignedStory(FIXTURE, ['11504', '16656']);
  const [cost, bid] = [s.unit("He said at 46 dlrs per share, Heyman's average cost"), s.unit('The spokesman also confirmed that GAF did raise its bid')];
  assert.equal(figureMeasure(cost, cost.figures.find((f) => f.value === 44)!), 'cost');
  assert.equal(figureMeasure(bid, bid.figures.find((f) => f.value === 48)!), 'price');
  assert.equal(near(cost, bid), null);
});

test('bills sold and bills maturing are two amounts', async () => {
  const s = await alignedStory(FIXTURE, ['12972', '12993']);
  const [sold, maturing] = [s.unit('U.S. TREASURY SELLING 9.75 BILLION DLRS'), s.unit('The April 9 sale will pay down about 25 mln dlrs')];
  assert.equal(figureMeasure(sold, sold.figures.find((f) => f.value === 9.75e9)!), 'sold');
  assert.equal(figureMeasure(maturing, maturing.figures.find((f) => f.value === 9.763e9)!), 'maturing');
  assert.equal(near(sold, maturing), null);
});

test('a fee\'s qualifier is its measure: "The management fee is 25 basis points" / "The underwriting fee is five basis points" (Reuters 19542 / 10316)', async () => {
  const s = await alignedStory(FIXTURE, ['19542', '10316']);
  const [a, b] = [s.unit('The management fee is 25 basis points'), s.unit('The underwriting fee is five basis points')];
  assert.equal(figureMeasure(a, a.figures[0]), 'management');
  assert.equal(figureMeasure(b, b.figures[0]), 'underwriting');
  assert.ok(measuresApart(a, a.figures[0], b, b.figures[0]));
});
