// A person two sentences share counts once (as the person, not also as the words of its names) when they share
// nothing else that says what happened. Real text: the Reuters story of March 1987 on Speaker Jim Wright's tax
// plan (r3k, 11 articles), where "Wright told Budget Committee Democrats ... he would fight for a tax increase"
// supported "Rostenkowski ... met this afternoon with House Speaker Jim Wright" on the speaker's name alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { alignedStory } from '../../test/aligned-story.ts';

/** A story's alignment (test/aligned-story.ts); `unit` gives a sentence's unit id. */
async function aligned(file: string, only?: string[]) {
  const { neighbors, unit } = await alignedStory(file, only);
  return { neighbors, unit: (start: string) => unit(start).id };
}

test('a shared person alone does not align two statements; the same meeting still does', async () => {
  const { neighbors, unit } = await aligned('reuters-wright-tax.jsonl');
  const fight = unit('House Speaker Jim Wright told Budget Committee Democrats');
  const met = unit('Rostenkowski, an Illinois Democrat whose committee');
  const wrightMet = unit('Wright met with House Ways and Means Committee chairman');
  // the two share "Wright", "Jim" and the person, "House Speaker" and "Democrat(s)": whom, not what
  assert.equal(neighbors.get(fight)?.has(met) ?? false, false, 'Wright fighting for a tax increase is not the Rostenkowski meeting');
  // the meeting told from either side shares "met", "discuss", the committee: still one statement
  assert.ok(neighbors.get(met)?.has(wrightMet), 'the Wright-Rostenkowski meeting, both ways');
});

// The title written before a name is the person too. Real text: Reuters' Hughes Tool / Baker International story of
// March 1987 (r3k, 11 articles): "Chairman W.A. Kistler Jr. is chief executive officer." shared with "Hughes chairman
// W.A. Kistler told reporters ..." only Kistler and "chairman" -- the sentence's first word, so not a capitalised-only
// word: it counted as what was said, and the person twice beside it.
test('a person and the title before the name align nothing; the same suit still does', async () => {
  const { neighbors, unit } = await aligned('reuters-hughes-kistler.jsonl');
  const post = unit('Chairman W.A. Kistler Jr. is chief executive officer.');
  const told = unit('Hughes chairman W.A. Kistler told reporters');
  assert.equal(neighbors.get(post)?.has(told) ?? false, false, 'who holds the post is not what he told reporters');
  // Baker's suit against Hughes, told by two articles, is one statement
  const suit = unit('The directors of Baker immediately after receiving the counter proposal filed');
  assert.ok(neighbors.get(suit)?.has(unit('Baker filed a lawsuit in Texas state court late yesterday')), 'the same suit, both articles');
});

// BASIL's Colorado marijuana story (3 articles, test/fixtures/cluster/basil-dev.jsonl): "Bruning, along with Oklahoma
// Attorney General Scott Pruitt, argue ..." and "Bruning, a Republican, blamed U.S. Attorney General Eric Holder ..."
// shared Bruning, "federal law" and "Attorney General" -- the post of Pruitt in one, of Holder in the other.
test('a title written before two different people is no shared word: Bruning arguing and Bruning blaming Holder', async () => {
  const story = ['987ca58a-7b4b-4df5-b53f-b2a3902a01b7', '6b573b3f-9b68-4aac-996e-8bd06bf614b8', 'aaddc4d1-d6c2-4388-9588-1b6d17979113'];
  const { neighbors, unit } = await aligned(join('..', 'cluster', 'basil-dev.jsonl'), story);
  const argue = unit('Bruning, along with Oklahoma Attorney General Scott Pruitt, argue');
  const blamed = unit('Bruning, a Republican, blamed U.S. Attorney General Eric Holder');
  assert.equal(neighbors.get(argue)?.has(blamed) ?? false, false, 'arguing the law is unconstitutional is not blaming Holder');
  // the lawsuit both articles tell of (Bruning and Pruitt, "the same" post of the same two men) still aligns
  assert.ok(neighbors.get(argue)?.has(unit('The lawsuit, which was brought by Nebraska’s attorney general, Jon Bruning')), 'the lawsuit');
});
