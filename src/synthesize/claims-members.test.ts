// A claim's members agree with one another, not only with its wording (claims.ts agreeingMembers), on Reuters items
// (fixture reuters-claim-members.jsonl): the M-1 headline "RISES 2.1 BILLION DLRS IN FEB 16 WEEK" (92) and the
// previous week's revision "revised to 736.6 billion dlrs from 736.7" (2468) both align with the Fed's "rose 2.1
// billion dlrs to ... 736.7 billion dlrs" (111) and share no amount; Manila's "5/8 percentage points over LIBOR"
// (230, 240, 347, 350) and Chile's "one percentage point over LIBOR" (270). The seamen's "seeking a 275 pct pay rise
// and have rejected offers of up to 100 pct" (2828) holds both "a pay rise of 275 pct" (2326) and "offered a 100 per
// cent raise" (2971): parts of its one statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory } from '../../test/aligned-story.ts';
import { draftClaims } from './claims.ts';
import { amountsDisagree } from './amounts.ts';
import { sourceFamiliesOf } from './sources.ts';

async function drafted(ids: string[]) {
  const story = await alignedStory('reuters-claim-members.jsonl', ids);
  const docs = [...new Set(story.units.map((u) => u.doc))];
  const drafts = draftClaims(story.units, { neighbors: story.neighbors, weight: new Map(), pairsScored: 0, keySearches: 0 }, sourceFamiliesOf([], docs));
  const together = (a: string, b: string) => drafts.some((d) => d.members.includes(story.unit(a)) && d.members.includes(story.unit(b)));
  return { ...story, together };
}

test('two sentences aligned with one wording, apart in their amounts, are in no claim together', async () => {
  const m = await drafted(['92', '111', '2468']);
  const [headline, week, revised] = [
    'U.S. M-1 MONEY SUPPLY RISES 2.1 BILLION DLRS',
    'U.S. M-1 money supply rose 2.1 billion dlrs',
    "The previous week's M-1 level was revised to 736.6",
  ];
  assert.ok(m.linked(headline, week) && m.linked(week, revised));
  assert.ok(amountsDisagree(m.unit(headline), m.unit(revised)));
  assert.ok(m.together(headline, week));
  assert.ok(!m.together(headline, revised));
  const l = await drafted(['230', '240', '270', '347', '350']);
  const [manila, chile] = ['Manila is seeking a spread of 5/8 percentage points', "Chile's 15-1/2 year rescheduling accord"];
  assert.ok(l.together(manila, 'Ongpin said Manila is sticking to its demand'));
  assert.ok(!l.together(chile, 'Ongpin said Manila is sticking to its demand'));
});

test("members giving only the wording's own amounts are parts of its statement and stay together", async () => {
  const s = await drafted(['2326', '2828', '2971']);
  const [seeking, offered] = ["Brazil's 40,000 seamen are seeking a pay rise of 275 pct", 'Shipowners have offered a 100 per cent raise'];
  assert.ok(amountsDisagree(s.unit(seeking), s.unit(offered)));
  assert.ok(s.together(seeking, offered));
});
