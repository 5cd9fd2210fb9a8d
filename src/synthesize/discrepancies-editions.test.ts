// Two editions of a periodic report are no event dated two ways (discrepancies.ts dateDiscrepancies): the USDA's
// "no shipments ... to the Soviet Union in the week ended March 12" (Reuters 4599) and "... the week ended March 19"
// (10172) close two weeks (PERIOD_ENDS) -- all of Reuters' story held them in three claims, each with another week's
// report (12695, 12711, 15999): the difference was shown once since claims64, and is none now; the Fed's "Federal funds, which averaged 6.21 pct yesterday" (16993, April
// 20) and "averaged 6.29 pct on Friday" (17343, April 24), and the Treasury's balances "fell on March 27 to 2.424
// billion dlrs" (11059) / "rose on March 30 to 3.254 billion dlrs" (11656), give one amount of two days told
// differently (figure-times.ts), as a count given two values already was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { synthesizeStory } from './index.ts';
import type { StoryGroup } from '../model.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize');

/** the discrepancies of the given kinds in a story of the fixture's articles `only` */
async function discrepanciesOf(file: string, only: string[], kinds: string[]): Promise<string[]> {
  const read = (await readDocuments([join(FIXTURES, file)], { threads: 1 })).documents;
  const documents = only.map((id) => read.find((d) => d.id === id)!);
  const enriched = documents.map((d) => enrichDocument(d));
  const linked = linkStory(documents, enriched);
  const group: StoryGroup = { id: 's', title: 't', documents: only, members: [], why: [], period: { start: null, end: null } };
  const story = synthesizeStory({ group, documents, relations: [], enrichments: new Map(documents.map((d, i) => [d.id, enriched[i]])), ...linked });
  return story.discrepancies.filter((d) => kinds.includes(d.kind)).map((d) => d.detail);
}

/** the date differences of a story of the fixture's articles `only` */
const dateDifferences = (file: string, only: string[]) => discrepanciesOf(file, only, ['date']);

test('two weeks\' notices ("the week ended March 12" / "March 19") are two editions, no date difference (the USDA\'s five articles)', async () => {
  assert.deepEqual(await dateDifferences('reuters-week-editions.jsonl', ['4599', '10172', '12695', '12711', '15999']), []);
});

test("two days' reports whose one amount differs are two editions: the Fed funds average, the Treasury balances (Reuters 16993 / 17343, 11059 / 11656)", async () => {
  assert.deepEqual(await dateDifferences('reuters-figure-times.jsonl', ['16993', '17343']), []);
  assert.deepEqual(await dateDifferences('reuters-figure-times.jsonl', ['11059', '11656']), []);
});

/** every number and date difference of a story of the fixture's articles `only` */
const differences = (file: string, only: string[]) => discrepanciesOf(file, only, ['number', 'date']);

const EDITIONS = 'reuters-wire-editions.jsonl';

test('two editions of one wire notice give each its own figures and days (all of Reuters, HEADLINE_ISSUER.editions)', async () => {
  // the CCC's cumulative program for Algeria raised in three notices (464.0 / 466.0 / 469.0 mln dlrs): near amounts of
  // a recurring notice's articles, as counts and days already were
  assert.deepEqual(await differences(EDITIONS, ['5635', '14512', '16601']), []);
  // one shape, other figures: two weeks' bill auctions (5.59 / 5.53 pct, 785 / 832 mln dlrs of non-competitives)
  assert.deepEqual(await differences(EDITIONS, ['3371', '16681']), []);
  // two months: "U.K. CONFIRMS JANUARY STERLING M3 RISE" / "... FEBRUARY ..." (18.1 / 18.9 pct, of December / February)
  assert.deepEqual(await differences(EDITIONS, ['330', '10737']), []);
  // two days: "USSR EXCHANGE RATES - SOVIET STATE BANK EFFECTIVE APRIL 1" / "... APRIL 8" (one table's day each)
  assert.deepEqual(await differences(EDITIONS, ['13696', '13992', '14686']), []);
  // one headline sent on two days: "CBT METALS/FINANCIALS DELIVERY LOCATIONS" of April 3 / April 7 (392 / 33 lots)
  assert.deepEqual(await differences(EDITIONS, ['12796', '13526']), []);
  // two parts of a session: "TOKYO GOLD FUTURES CLOSE MOSTLY EASIER" / "... OPEN SLIGHTLY FIRMER"
  assert.deepEqual(await differences(EDITIONS, ['13407', '14786']), []);
  // two livestock markets: "JOLIET HOGS SEEN STEADY" / "KANSAS CITY HOGS SEEN STEADY" (50.50 / 50.00 dlrs)
  assert.deepEqual(await differences(EDITIONS, ['13654', '13655']), []);
});

test("a price table's all-caps opening is its edition's headline; a market called before its open; a level weeks apart (all of Reuters, claims69)", async () => {
  // "BANGKOK RICE 1 - APRIL 7 Offered prices ..." / "... APRIL 8 ...", "HONG KONG GOLD CLSG - APR 7 local mkt ..." /
  // "... OPG - APR 8 ...": mixed-case titles, each its own day's table
  assert.deepEqual(await differences(EDITIONS, ['13299', '14821']), []);
  assert.deepEqual(await differences(EDITIONS, ['13431', '14784']), []);
  // "U.S. ENERGY FUTURES CALLED SLIGHTLY HIGHER" / "... SETTLE WITH MODEST GAINS": Brent "as high as 19.40 / 19.57 dlrs"
  assert.deepEqual(await differences(EDITIONS, ['13749', '14611']), []);
  // Taiwan's reserves "now stood at 50 billion" (March 2) / "reserves of 51 billion" (March 17); the French gold
  // reserves "unchanged at 218.45 billion francs" (March 5) / "remained stable at 218.32 billion" (March 26)
  assert.deepEqual(await differences(EDITIONS, ['323', '5841']), []);
  assert.deepEqual(await differences(EDITIONS, ['2110', '9822']), []);
});

test("a clock time in a price table's headline, one headline resent with another period's end, a two-way rate (all of Reuters, claims73)", async () => {
  // "LONDON OILS 1330 - APR 7" / "LONDON OILS CLOSING - APR 7": linseed oil at 13:30 and at the close (213.00 / 216.00 slr)
  assert.deepEqual(await differences(EDITIONS, ['13644', '14224']), []);
  // "NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE" sent twice on April 7: "average price through April 6" of the
  // morning's copy, "through April 7" of the afternoon's
  assert.deepEqual(await differences(EDITIONS, ['13799', '14486']), []);
  // "Call money fell to 3.60/70 pct" (March 24) / "declined to 3.65/75 pct" (April 9): bid and offer, 3.60 to 3.70
  // and 3.65 to 3.75 pct, no 70 / 75 pct
  assert.deepEqual(await differences(EDITIONS, ['8677', '15444']), []);
});
