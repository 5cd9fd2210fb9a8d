// One wire form with other amounts is two statements, not two sources agreeing (amounts.ts): the Treasury's daily
// balance items of Feb 25, Feb 27 and March 5 (Reuters 62, 1308, 2858) align sentence by sentence, but "fell to 25.137
// billion dlrs" / "21.334 billion dlrs" / "14.350 billion dlrs" make no claim together. Amounts agree within rounding:
// Shearson's "5.4 pct" of Chicago Milwaukee and its "5.35 pct interest" (2543, 2768) stay one claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory } from '../../test/aligned-story.ts';
import { draftClaims } from './claims.ts';
import { amountsApart } from './amounts.ts';
import { sourceFamiliesOf } from './sources.ts';

const FIXTURE = 'reuters-treasury-shearson.jsonl';

async function drafted(ids: string[]) {
  const story = await alignedStory(FIXTURE, ids);
  const docs = [...new Set(story.units.map((u) => u.doc))];
  const drafts = draftClaims(story.units, { neighbors: story.neighbors, weight: new Map(), pairsScored: 0, keySearches: 0 }, sourceFamiliesOf([], docs));
  /** the draft claims holding a sentence (by its opening) */
  const claimsOf = (start: string) => drafts.filter((d) => d.members.some((m) => m === story.unit(start)));
  const together = (a: string, b: string) => claimsOf(a).some((d) => d.members.includes(story.unit(b)));
  return { ...story, together };
}

test("the Treasury's balances of three days are three statements, not one claim of three sources", async () => {
  const s = await drafted(['62', '1308', '2858']);
  const [feb25, feb27, mar5] = [
    'Balances in tax and loan note accounts fell to 25.137',
    'Balances in tax and loan note accounts fell to 21.334',
    'Balances in tax and loan note accounts fell to 14.350',
  ];
  // the aligner still pairs the wire form's sentences; the claims do not count them as agreeing
  assert.ok(s.linked(feb25, feb27));
  assert.ok(amountsApart(s.unit(feb25), s.unit(feb27)));
  assert.ok(!s.together(feb25, feb27));
  assert.ok(!s.together(feb25, mar5));
  assert.ok(!s.together(feb27, mar5));
  assert.ok(!s.together("The Treasury's operating cash balance totaled 29.289", "The Treasury's operating cash balance totaled 24.816"));
});

test('"5.4 pct" and "5.35 pct" are one figure rounded: the stake told twice stays one claim', async () => {
  const s = await drafted(['2543', '2768']);
  const [a, b] = ['Shearson Lehman Brothers Inc, the brokerage subsidiary', 'Yesterday, Shearson Lehman, a subsidiary of American Express'];
  assert.ok(!amountsApart(s.unit(a), s.unit(b)));
  assert.ok(s.together(a, b));
});
