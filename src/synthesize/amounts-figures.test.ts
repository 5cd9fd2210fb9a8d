// Amounts read as what they state (amounts.ts), on Reuters items (fixture reuters-amount-figures.jsonl): the Japan
// Fund offer "at five pct below its aggregate net asset value" (436) is the group's "for 95 pct of the fund's
// aggregate net asset value" (2013); order backlogs' "0.6 pct ... 0.6 pct ... 0.7 pct" (54) and the coincident
// indicators' "0.1 pct ... 0.7 pct ... 0.2 pct" (974) are two lists alike in one figure by chance, as are two weeks'
// M-1 revisions (111, 2468); defense orders' "51 pct rise ... 57.7 pct decline" (54) against the department's "49.7
// pct ... 57.7 pct" (1459) is one statement told with two figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignedStory } from '../../test/aligned-story.ts';
import { analyze } from '../pipeline.ts';
import { draftClaims } from './claims.ts';
import { amountsApart, nearBeside } from './amounts.ts';
import { sourceFamiliesOf } from './sources.ts';

const FIXTURE = 'reuters-amount-figures.jsonl';

async function drafted(ids: string[]) {
  const story = await alignedStory(FIXTURE, ids);
  const docs = [...new Set(story.units.map((u) => u.doc))];
  const drafts = draftClaims(story.units, { neighbors: story.neighbors, weight: new Map(), pairsScored: 0, keySearches: 0 }, sourceFamiliesOf([], docs));
  const together = (a: string, b: string) => drafts.some((d) => d.members.includes(story.unit(a)) && d.members.includes(story.unit(b)));
  return { ...story, together };
}

test('"five pct below" a value and "95 pct of" it are one amount: the Japan Fund offer told twice is one claim', async () => {
  const s = await drafted(['436', '2013']);
  const [a, b] = ['The Japan Fund Inc said it has received an unsolicited offer', 'The group, which also includes'];
  assert.ok(s.linked(a, b));
  assert.ok(!amountsApart(s.unit(a), s.unit(b)));
  assert.ok(s.together(a, b));
});

test('two lists of percentages alike in one figure by chance are two statements', async () => {
  const s = await drafted(['54', '974']);
  const [backlogs, coincident] = ['In November, order backlogs rose 0.6 pct', 'The index of coincident indicators'];
  assert.ok(amountsApart(s.unit(backlogs), s.unit(coincident)));
  const m = await drafted(['111', '2468']);
  const [feb9, feb16] = ["The previous week's M-1 level was revised to 734.6", "The previous week's M-1 level was revised to 736.6"];
  assert.ok(m.linked(feb9, feb16));
  assert.ok(amountsApart(m.unit(feb9), m.unit(feb16)));
  assert.ok(!m.together(feb9, feb16));
});

test('one figure told two ways beside a shared one is a disagreement; another measure or an estimate is not', async () => {
  const s = await drafted(['54', '1459']);
  const near = nearBeside(s.unit('But he acknowledged that the decline occurred'), s.unit('Defense orders rose 2.2 billion dlrs'));
  assert.deepEqual(
    near?.map((f) => f.text),
    ['51 pct', '49.7 pct'],
  );
  // Pall's first-half sales "up 16.0 pct" against its quarter's orders "about 15 pct" (and "13 pct" shared)
  const p = await drafted(['617', '726']);
  assert.equal(nearBeside(p.unit('For the first half, it said sales were up 16.0 pct'), p.unit('Orders in the quarter ended Jan 31')), null);
});

test("the defense orders' two figures are a discrepancy of the story's claim", async () => {
  const report = await analyze([join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', FIXTURE)]);
  const story = report.stories.find((s) => s.documents.includes('1459'));
  assert.ok(story);
  const claim = story.claims.find((c) => c.support.some((r) => r.document === '54') && c.support.some((r) => r.document === '1459' && r.sentence === 8));
  assert.equal(claim?.status, 'disputed');
  assert.ok(story.discrepancies.some((d) => d.kind === 'number' && d.detail === 'Figures differ: 51 pct (54) vs 49.7 pct (1459).'));
});
