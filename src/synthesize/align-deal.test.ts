// One deal told by its seller and by its buyer shares no verb ("agreed to sell" / "to purchase", "agreed to buy" /
// "gain ... on the sale"): the deal verbs of a sentence naming a company make one concept key (lexicon PARAPHRASES,
// c:deal), so the two sides' sentences align. Real text: Reuters' BankAmerica / Banco Santander sale of Bankhaus
// Centrale Credit (r3k, 6 articles) and Transamerica's sale of Occidental Life of Australia to Battery Group (r3k, 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paraphraseKeys } from './units.ts';
import { otherDeals } from './deals.ts';
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

// Which deal (deals.ts): a deal word's side, party and object. Two sentences sharing the deal key but telling two
// deals of one story -- two objects, or one party buying in one and selling in the other -- share no deal. Real text:
// Reuters' Lifetime / Nippon Lace notice and its correction (r3k 1159, 1209), GM's European sales (r3k 174, 1081,
// 1202, 1204, 1231, 1539), Amgen's partnership and share offering (r3k 565, 2076).

test("a deal word's party and object: Lifetime buys Nippon Lace shares, Nippon's affiliate Koba buys Lifetime's", async () => {
  const { unit } = await aligned('reuters-lifetime-nippon.jsonl');
  const lifetime = unit('Lifetime Corp said it agreed to buy five mln shares, or 16 pct');
  assert.deepEqual(lifetime.deals, [{ side: 'buy', party: 'e:ent-lifetime-corp', object: 'e:ent-nippon-lace-co-ltd' }]);
  // the correction: "an affiliate of Nippon" is whose affiliate, not the buyer; the object is Lifetime
  const koba = unit('In addition, it said <Koba Electronics Co Ltd>, an affiliate of Nippon');
  assert.deepEqual(koba.deals[0], { side: 'buy', party: 'e:ent-koba-electronics-co-ltd', object: 'e:ent-lifetime-corp' });
  assert.ok(otherDeals(lifetime.deals, koba.deals));
  // one object, however the buyer is written, is one deal
  assert.ok(!otherDeals(lifetime.deals, unit('Lifetime Corp said it agreed to buy five mln shares or 16 pct').deals));
});

test('GM selling cars in Europe and GM hoping to sell more there are two statements; its 1986 sales told twice are one', async () => {
  const { linked } = await aligned('reuters-gm-europe.jsonl');
  assert.ok(
    !linked('General Motors hopes to sell between 7,000 and 8,000 North American-made', 'Ford Motor Co <F> and General Motors Corp <GM> sell cars in Europe'),
  );
  assert.ok(linked('Officials said GM sold 1,500 North American-made vehicles', 'That would be a jump from 1986 when GM sold 1,500'));
});

test("Amgen's warrants to purchase its stock and its offering of shares to be sold abroad are two deals", async () => {
  const { linked } = await aligned('reuters-amgen-offering.jsonl');
  assert.ok(!linked('Neither terms of the arrangement nor the products', 'Amgen said it has filed for an offering of two mln common shares'));
});
