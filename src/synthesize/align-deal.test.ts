// One deal told by its seller and by its buyer shares no verb ("agreed to sell" / "to purchase", "agreed to buy" /
// "gain ... on the sale"): the deal verbs of a sentence naming a company make one concept key (lexicon PARAPHRASES,
// c:deal), so the two sides' sentences align. Real text: Reuters' BankAmerica / Banco Santander sale of Bankhaus
// Centrale Credit (r3k, 6 articles) and Transamerica's sale of Occidental Life of Australia to Battery Group (r3k, 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paraphraseKeys } from './units.ts';
import { alignedStory as aligned } from '../../test/aligned-story.ts';

test("the seller's sale and the buyer's purchase of one bank are one statement", async () => {
  const { unit, linked } = await aligned('reuters-bankamerica-santander.jsonl');
  const sell = 'BankAmerica Corp said it agreed to sell';
  const purchase = '<Banco Santander> signed a letter of intent';
  assert.ok(unit(sell).keys.includes('c:deal') && unit(purchase).keys.includes('c:deal'));
  assert.ok(linked(sell, purchase));
});

test("the buyer's agreement and the seller's gain on the sale are one deal", async () => {
  const { linked } = await aligned('reuters-transamerica-battery.jsonl');
  assert.ok(linked('Equity investment company <Battery Group Ltd> said it had agreed to buy', 'Transamerica Corp said it will have an after-tax gain'));
});

test('a deal verb makes the key only in a sentence naming a company; revenue "sales" never', () => {
  assert.deepEqual(paraphraseKeys('They could buy private insurance.', false), []);
  assert.deepEqual(paraphraseKeys('Apple Computer Inc said its sales rose 10 pct.', true), []);
  assert.deepEqual(paraphraseKeys('Loral said it planned to acquire Goodyear Aerospace Corp.', true), ['c:deal']);
});
