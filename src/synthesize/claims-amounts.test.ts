// One wire form with other amounts is two statements, not two sources agreeing (amounts.ts): the Treasury's daily
// balance items of Feb 25, Feb 27 and March 5 (Reuters 62, 1308, 2858) align sentence by sentence, but "fell to 25.137
// billion dlrs" / "21.334 billion dlrs" / "14.350 billion dlrs" make no claim together. Amounts agree within rounding:
// Shearson's "5.4 pct" of Chicago Milwaukee and its "5.35 pct interest" (2543, 2768) stay one claim. One amount told
// with a near figure is one claim in dispute: Canada's 2011 bond maturity "to a maximum of 374 mln dlrs" (716) and
// "375 mln dlrs" (989) the next day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignedStory } from '../../test/aligned-story.ts';
import { analyze } from '../pipeline.ts';
import { draftClaims } from './claims.ts';
import { amountsApart } from './amounts.ts';
import { sourceFamiliesOf } from './sources.ts';

const FIXTURE = 'reuters-amounts.jsonl';

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

test('one amount told with a near figure ("374 mln dlrs" / "375 mln dlrs") is one claim, disputed on its figures', async () => {
  const report = await analyze([join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', FIXTURE)]);
  const story = report.stories.find((s) => s.documents.includes('716'));
  assert.ok(story);
  const claim = story.claims.find(
    (c) => c.support.some((r) => r.document === '716' && r.sentence === 6) && c.support.some((r) => r.document === '989' && r.sentence === 5),
  );
  assert.ok(claim, "the two maturities' maxima are one claim");
  assert.equal(claim.status, 'disputed');
  assert.ok(story.discrepancies.some((d) => d.kind === 'number' && d.detail === 'Figures differ: 374 mln dlrs (716) vs 375 mln dlrs (989).'));
});
