// A star restating an earlier claim in other sentences of its articles joins it only with the sentences the claim
// would take (claims.ts mergeRestatements / secondSentence), on the Indonesian embassy report's Reuters items (fixture
// reuters-restatements.jsonl: 235, 237, 254, 259, 267, 274, 275, 303, 1906): 303's "Area planted is expected to
// increase by 10 pct in both 1986/87 and 1987/88" is aligned with the soybean claim's wording (235, "production of
// soybeans in 1987/88 ... will rise") less well than its own article's "Imports are forecast ... to rise in 1987/88
// because of a new soybean crushing plant", the sentence the claim took of 303; a star re-opened around it, worded
// by the claim's wording, brought it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignedStory } from '../../test/aligned-story.ts';
import { analyze } from '../pipeline.ts';
import { draftClaims } from './claims.ts';
import { sourceFamiliesOf } from './sources.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize');
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

// A sentence the score cannot tell from its article's sentence in the claim (within ALIGN.sameDocTie), written before
// it and reading on its own, is the article's statement too: the restating star brings it back. Run as the report is
// (the briefing's readings of the sentences decide the wordings, and so the stars).
async function claimsOf(path: string) {
  const report = await analyze([path], { threads: 1 });
  const text = (r: { document: string; sentence: number }) => report.documents.find((d) => d.id === r.document)!.sentences[r.sentence];
  return report.stories.flatMap((s) => s.claims).map((c) => ({ text: c.text, support: c.support.map(text) }));
}

test("a restating star brings back an article's earlier sentence aligned about as well as its later one (Qantas)", async () => {
  // Reuters 261 (the headline item "Qantas Airways says will buy four Boeing 747-400's"), 264 and 344 (one report
  // twice): the report's lead "has placed a firm order with Boeing Co ... for four 747-400 aircraft" aligns with the
  // wording 0.499, its "talking to three engine makers" 0.51 -- the claim took the engine makers and was worded by them
  const claims = await claimsOf(join(FIXTURES, 'reuters-qantas.jsonl'));
  const order = claims.find((c) => c.support.some((t) => t.startsWith("Qantas Airways says will buy four Boeing 747-400's")));
  assert.ok(order);
  assert.equal(order.support.filter((t) => t.startsWith('<Qantas Airways Ltd> has placed a firm order')).length, 2);
  assert.ok(!order.text.includes('engine makers'), order.text);
});

test("a restating star brings back an article's earlier sentence aligned about as well as its later one (seeds)", async () => {
  // 003's "his predecessor Vladimir Makei unexpectedly passed away last month" (0.437 with the wording "Vladimir Makei
  // ... died suddenly late last month") before its "The cause of death has not been announced" (0.455)
  const claims = await claimsOf(join(FIXTURES, '..', '..', '..', 'examples', 'seeds'));
  const makei = claims.find((c) => c.support.some((t) => t.startsWith('Adding to the ominous mood music')));
  assert.ok(makei);
  assert.ok(makei.support.some((t) => t.startsWith('Sergei Aleynik recently took over the post')));
});

// A second sentence of an article that tells the part of the wording the article's sentence in the claim leaves out
// joins the claim (claims.ts toldPart): the wording's statement is split over the two. Reuters 2014, 2040, 2051, 2103,
// 2106, 2269 (K Mart's February sales): 2269 writes the wording's "favorable consumer response to our merchandise
// programs" and "excellent February sales" in two sentences next to each other.
test('a second sentence telling the part of the wording its article splits off joins the claim (K Mart)', async () => {
  const claims = await claimsOf(join(FIXTURES, 'reuters-kmart.jsonl'));
  const sales = claims.find((c) => c.text.startsWith('K Mart cited "favorable consumer response'));
  assert.ok(sales);
  assert.ok(sales.support.some((t) => t.startsWith('"Favorable consumer response to our merchandise programs continued')));
  assert.ok(sales.support.some((t) => t.startsWith('IN addition to the strong contribution by K Mart stores')));
});

test("a second sentence naming the wording's player with his figure joins the claim, wherever it sits (Lawson)", async () => {
  // ECB+ 31 (Hansbrough's record, 14 reports): 31_12's "Ty Lawson also chipped in 16 points" (its 9th sentence) and
  // "Danny Green (14 points) became the 61st player" (its 31st) against "Ty Lawson added 16 points for the Tar Heels,
  // while Danny Green had 14"
  const claims = await claimsOf(join(FIXTURES, 'ecbplus-31-hansbrough.jsonl'));
  const points = claims.find((c) => c.text.startsWith('Ty Lawson added 16 points'));
  assert.ok(points);
  assert.ok(points.support.some((t) => t.startsWith('Point guard Ty Lawson also chipped in 16 points')));
  assert.ok(points.support.some((t) => t.startsWith('Danny Green (14 points) became the 61st player')));
});

test("a sentence every other article of the claim aligns with joins it, below its own article's (Navy)", async () => {
  // ECB+ 12 (INS Sukanya, 11 reports): 12_1's and 12_3's leads "..., in the fifth successful anti-piracy operation
  // since September" align with the fifth-operation claim's sentence in each of its other nine articles
  const claims = await claimsOf(join(FIXTURES, 'ecbplus-12-navy.jsonl'));
  const fifth = claims.find((c) => c.text.startsWith('This is the fifth successful anti-piracy operation'));
  assert.ok(fifth);
  assert.equal(fifth.support.filter((t) => t.includes('thwarted a multi-boat attack')).length, 2);
});

test('sentences left out of a claim that copy one another are one claim, not one each (Qantas)', async () => {
  // 264's and 344's "The purchase will take government-owned Qantas's 747 fleet to 28" (one report twice), left out
  // of the order claim
  const claims = await claimsOf(join(FIXTURES, 'reuters-qantas.jsonl'));
  const fleet = claims.filter((c) => c.support.some((t) => t.startsWith('The purchase will take government-owned')));
  assert.equal(fleet.length, 1);
  assert.equal(fleet[0].support.length, 2);
});

test('a star worded as an earlier claim is that claim, whatever articles it adds (Pelosi)', async () => {
  // BASIL (Pelosi beats back Tim Ryan, 3 reports): two stars worded by "Pelosi defeated her lone challenger ... by a
  // vote of 134 to 63" / "But while Ms. Pelosi won, 134 to 63, ...", the second adding "She won by a 134-to-63 vote":
  // one claim of the three, not the vote told in two. With the three outlets independent (their shared words are
  // quotes: no copy relation), the claim is drawn around HuffPost's "Pelosi defeated ..." and takes Fox's "Pelosi was
  // challenged by Ohio Rep. Tim Ryan in a secret-ballot vote", aligned with it; "She won by a 134-to-63 vote", aligned
  // with the NYT's "But while Ms. Pelosi won, 134 to 63" (a sentence of the claim, the restating star's wording) and
  // not with the claim's wording, joins it by that star's wording
  const claims = await claimsOf(join(FIXTURES, 'basil-pelosi.jsonl'));
  const vote = claims.filter((c) => c.support.some((t) => t.startsWith('She won by a 134-to-63 vote')));
  assert.equal(vote.length, 1);
  assert.ok(vote[0].support.some((t) => t.startsWith('Pelosi defeated her lone challenger')));
});
