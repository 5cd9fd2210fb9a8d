// A star restating an earlier claim in other sentences of its articles joins it only with the sentences the claim
// would take (claims.ts mergeRestatements / secondSentence), on the Indonesian embassy report's Reuters items (fixture
// reuters-restatements.jsonl: 235, 237, 254, 259, 267, 274, 275, 303, 1906): 303's "Area planted is expected to
// increase by 10 pct in both 1986/87 and 1987/88" is aligned with the soybean claim's wording (235, "production of
// soybeans in 1987/88 ... will rise") less well than its own article's "Imports are forecast ... to rise in 1987/88
// because of a new soybean crushing plant", the sentence the claim took of 303; a star re-opened around it, worded
// by the claim's wording, brought it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory } from '../../test/aligned-story.ts';
import { draftClaims } from './claims.ts';
import { sourceFamiliesOf } from './sources.ts';

const IDS = ['235', '237', '254', '259', '267', '274', '275', '303', '1906'];

test('a restating star does not bring back a sentence the claim left out of its article', async () => {
  const story = await alignedStory('reuters-restatements.jsonl', IDS);
  const docs = [...new Set(story.units.map((u) => u.doc))];
  const drafts = draftClaims(story.units, { neighbors: story.neighbors, weight: new Map(), pairsScored: 0, keySearches: 0 }, sourceFamiliesOf([], docs));
  const together = (a: string, b: string) => drafts.some((d) => d.members.includes(story.unit(a)) && d.members.includes(story.unit(b)));
  const [soybeans, crushing, area] = [
    'But while production of soybeans in 1987/88',
    'Imports are forecast to fall in the current year but to rise in 1987/88',
    'Area planted is expected to increase by 10 pct',
  ];
  assert.ok(story.linked(soybeans, area));
  assert.ok(together(soybeans, crushing));
  assert.ok(!together(soybeans, area));
  // (it keeps its own claim: the coffee stocks' sentences it aligns with best)
  assert.ok(drafts.some((d) => d.members.length > 1 && d.members.includes(story.unit(area))));
});
