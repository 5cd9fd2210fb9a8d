// Two sentences naming the same companies, each saying much else and sharing one common word besides, state two things
// about the companies: the names count once (align's sharedNames). Real text: Reuters' Hughes Tool / Baker International
// story of March 1987 (r3k, 11 articles), whose lead sentences ("The directors of Hughes Tool Co <HT> said they would
// recommend ... reject a merger with Baker International Corp", "Hughes Tool Co said its board has appointed a
// committee ...", "Baker International corp said it has filed suit ...") made one claim of six sources; and the Calny /
// PepsiCo suit (r3k, 4 articles), where a director's resignation supported the suit's allegation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory as aligned } from '../../test/aligned-story.ts';

test('company notices sharing the companies and "merger" are two statements; the rejection told twice is one', async () => {
  const { unit, linked } = await aligned('reuters-hughes-kistler.jsonl');
  assert.ok(unit('The directors of Hughes Tool Co').companies.length >= 2, 'Hughes Tool Co and Baker International Corp are companies');
  const reject = 'The directors of Hughes Tool Co';
  for (const other of [
    'Hughes Tool Co said its board has appointed a committee',
    'Baker International corp said it has filed suit',
    'Hughes Tool Co Chairman W.A. Kistler said its counter proposal',
    'Baker International Corp treasurer Eric Mattson said',
    'Hughes Tool Co rose one to 12-1/4',
  ])
    assert.equal(linked(reject, other), false, other);
  assert.equal(linked('Baker International corp said it has filed suit', 'Hughes Tool Co Chairman W.A. Kistler said its counter proposal'), false);
  // "reject a merger" / "its rejection of a proposed merger": the same board decision, still aligned
  assert.ok(linked(reject, 'A one billion dlr lawsuit pushed Hughes Tool Co into an about-face'), 'the rejection');
  // the suit told by two articles, and the adjourned meeting, still align (they share what happened)
  assert.ok(
    linked('The directors of Baker immediately after receiving the counter proposal filed', 'Baker filed a lawsuit in Texas state court late yesterday'),
  );
  assert.ok(linked("Hughes' board today again adjourned a shareholders meeting", 'Earlier today, Hughes adjourned a shareholders meeting'));
});

test("a director's resignation over a suit is not the suit's allegation, nor its filing another's comment on it", async () => {
  const { linked } = await aligned('reuters-calny-pepsico.jsonl');
  const resigning = 'Calny Inc director and former president and chief executive officer said he is resigning';
  assert.equal(linked('The company further alleges that PepsiCo and La Petite Boulangerie', resigning), false);
  const lose = 'In a statement, Larvive said the suit is a "lose-lose" situation';
  assert.equal(linked('Calny Inc said it has filed a multi-million-dlr suit', lose), false);
  assert.equal(linked('Calny, which holds 15 La Petite Boulangerie franchises, alleges', lose), false);
});

// Reuters' Comdata story (1987, 10 articles): 2534's Hunt group "opposes a company recapitalization plan worked out
// between Comdata and Mason Best Co, a Texas investment firm" and 11143's "Group members are CNI Partners, ..., Mason
// Best Co, a Texas investment partnership, ..." share the company and the words describing it, which say who it is,
// not what happened (Unit.companyWords): two statements, no corroboration.
test('a company\'s apposition ("a Texas investment firm") is no content two sentences naming the company share', async () => {
  const { unit, linked } = await aligned('reuters-comdata.jsonl');
  const opposes = 'The investor group, led by Rosewood Financial Inc, said it opposes';
  const members = 'Group members are CNI Partners';
  assert.deepEqual([...unit(opposes).companyWords].sort(), ['t:firm', 't:invest', 't:texa']);
  assert.equal(linked(opposes, members), false);
  // the collapsed recapitalization told twice still aligns
  assert.ok(linked('Comdata said it has not yet reached a definitive agreement with <Mason Best Co>', 'Comdata had previously entered into an agreement'));
});
