// A pair at the alignment's edge (ALIGN.edgeBand) links only when it shares something that says what happened
// (align's saysWhat), not only whom it is about and how it is told. Real text: the Reuters reports of March 1987 on
// the U.S. Embassy's Indonesia reports (test/fixtures/synthesize/reuters-restatements.jsonl), where "the U.S.
// Embassy report says President Suharto's government appears to be divided over ... the economy" and "A recent U.S.
// Embassy report on the economy said 1986 gross domestic product growth was the lowest since ... Suharto came to
// power" (0.45) shared the embassy, Suharto, "report" and "economy": one corroborated claim of two statements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignedStory } from '../../test/aligned-story.ts';

test('two statements sharing a speaker and the frame they are told in do not align at the edge', async () => {
  const { neighbors, unit } = await alignedStory('reuters-restatements.jsonl');
  const divided = unit('But the U.S. Embassy report says President Suharto').id;
  const growth = unit('A recent U.S. Embassy report on the economy said 1986').id;
  assert.equal(neighbors.get(divided)?.has(growth) ?? false, false, 'a divided government is not the lowest growth since the mid-1960s');
  // what the pair still shares that says what happened (one content word, "economy") is under ALIGN.edgeContent
});

// An irregular past form is its verb (SYNONYM_GROUPS): ECB+ 26's "Police said Lo Presti had hanged himself late on
// Tuesday night" (26_13ecb) and "Gaetano Lo Presti, 52, hung himself in his cell on Tuesday evening" (26_9ecb) shared
// only his name and "police" at the edge; "hung" was no "hang".
test('"hanged" and "hung" are one word: the two reports of one suicide align', async () => {
  const { linked } = await alignedStory('ecbplus-26-lopresti.jsonl');
  assert.ok(linked('Police said Lo Presti had hanged himself', 'Gaetano Lo Presti, 52, hung himself'));
});
