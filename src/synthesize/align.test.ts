// Alignment features for reworded statements of one fact: record statements ("first ... since 2019" /
// "first ... in three years"), paraphrases ("launched from", "go to"), and the rule that sharing names,
// titles or topic words is not sharing a statement. Sentences are from the seed articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { milestoneYears } from './numbers.ts';
import { buildUnits, capitalisedKeys, paraphraseKeys, termKey, type Unit } from './units.ts';
import { align, KIND_WEIGHT, keyWeights, sharesPredicate, topicalKeys } from './align.ts';
import { ALIGN, FEATURE_WEIGHTS } from './lexicon.ts';
import { wireHeadline, type WireHeadline } from './issuers.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

function units(texts: string[]): Unit[] {
  const documents = paragraphDocuments(texts.map((t) => [t]));
  return buildUnits({ documents, enrichments: new Map(), entities: [], fallbackYear: 2022 });
}

test('record statements resolve durations to the year they count from', () => {
  assert.deepEqual(milestoneYears("However this was Putin's first go to to Belarus in three years and he was accompanied by Shoigu", 2022), [2019]);
  assert.deepEqual(
    milestoneYears('Russian President Vladimir Putin will fly to Belarus on Monday, his first visit in three years, amid speculations', 2022),
    [2019],
  );
  assert.deepEqual(milestoneYears('His visit will be his first to Minsk since 2019 - before the pandemic', 2022), [2019]);
  assert.deepEqual(milestoneYears('Today, Vladimir Putin arrived in Minsk for the first time since 2019, that is, after the pandemic', null), [2019]);
  // a duration without a reference year, and a year with no "first", are no record statement
  assert.deepEqual(milestoneYears('his first visit in three years', null), []);
  assert.deepEqual(milestoneYears('protests in 2020 that Lukashenko crushed', 2022), []);
  assert.deepEqual(milestoneYears('The first convoy left. The talks have gone on since 2019.', 2022), []);
});

test('paraphrases of a launch pad and of a spun "visit" share keys with the plain wording', () => {
  const pad = paraphraseKeys('Russian forces used Belarus as a launch pad for their abortive attack on Kyiv');
  assert.ok(pad.includes('c:launch-pad'));
  assert.ok(paraphraseKeys('Russia launched February’s invasion from Belarus with about 40,000 troops').includes('c:launch-pad'));
  assert.ok(paraphraseKeys('after Russian troops entered Ukraine through Belarus, and Belarus was also subjected to sanctions').includes('c:launch-pad'));
  assert.ok(paraphraseKeys("this was Putin's first go to to Belarus in three years").includes(`t:${termKey('visit')}`));
  assert.deepEqual(paraphraseKeys('The troops relocated to eastern Ukraine last spring.'), []);
  // "spring" (the season) is no springboard, "fighters" no fighter jets
  assert.notEqual(termKey('spring'), termKey('pad'));
  assert.equal(termKey('fighter'), termKey('troop'));
});

test('words written only capitalised past the first word are names and titles', () => {
  const keys = capitalisedKeys('accompanied by Protection Minister Sergei Shoigu and the minister of Belarus'.split(' '));
  assert.ok(keys.has(termKey('sergei')) && keys.has(termKey('shoigu')) && keys.has(termKey('protect')));
  // also written lower case in the sentence: not only a name
  assert.ok(!keys.has(termKey('minist')));
  assert.ok(capitalisedKeys(['Kremlin', 'spokesman', 'Dmitry', 'Peskov']).has(termKey('dmitri')));
  // a lower-case synonym takes the key out too, whatever its first letter ("soldiers" are "troops")
  assert.ok(!capitalisedKeys('Belarus said Russian Troops and soldiers left'.split(' ')).has(termKey('troop')));
  assert.ok(capitalisedKeys('Belarus said Russian Troops left'.split(' ')).has(termKey('troop')));
});

test('sentences sharing only names, titles and topic words are not aligned; a shared predicate is', () => {
  const u = units([
    "Putin's visit was announced on Friday after a surprise Dec. 3 trip to Belarus by Russian Defence Minister Sergei Shoigu, who signed an agreement with " +
      'the Belarusian defence minister, the details of which have not been disclosed.',
    'However this was Putin’s first go to to Belarus in three years and he was accompanied by Protection Minister Sergei Shoigu and International Minister ' +
      'Sergei Lavrov, suggesting the talks had been extra way more expansive.',
    'Vladimir Putin announced his planned visit to Minsk last Friday after his Defense Minister Sergei Shoigu unexpectedly visited Minsk in early ' +
      'December, where he signed an agreement with his Belarusian counterpart.',
    // in a story of four articles or more, words every article uses ("visit") name the topic
    'Russian President Vladimir Putin arrived today on a visit to Minsk, the capital of Belarus, and with him came Defense Minister Sergei Shoigu and Foreign Minister Sergei Lavrov.',
  ]);
  const topical = new Set([`t:${termKey('visit')}`]);
  const keys = (x: Unit) => new Set(x.keys);
  assert.equal(sharesPredicate(u[0], u[1], keys(u[1]), topical), false);
  assert.equal(sharesPredicate(u[0], u[2], keys(u[2]), topical), true);
  const al = align(u, []);
  assert.ok(!al.neighbors.get(u[0].id)?.has(u[1].id), 'accompanied by Shoigu is not the Shoigu trip');
  assert.ok(!al.neighbors.get(u[0].id)?.has(u[3].id), 'came with Shoigu is not the Shoigu trip');
  assert.ok(al.neighbors.get(u[0].id)?.has(u[2].id), 'the Shoigu trip in two wordings');
});

test('words that say which post someone holds are no shared statement: "policy director" / "the policy itself" (BASIL, ECB+, Reuters)', () => {
  const u = units([
    '“Mitt Romney and Paul Ryan have always been fully committed to repealing Obamacare, ending President Obama’s $716 billion raid on Medicare, and tackling the serious fiscal challenges our country faces,” said Lanhee Chen, the policy director for the Romney campaign.',
    "WASHINGTON -- In the wake of Mitt Romney's choice of Paul Ryan as his vice presidential nominee, the politics of Medicare have become almost as complicated as the policy itself.",
    "But a senior official of the National Merchant Marine Union, Jorge Luis Leao Franco, told Reuters that the strike would continue regardless of the tribunal's ruling.",
    'Jorge Luis Leao Franco, a senior official of the National Merchant Marine Union, told Reuters he was optimistic the talks would lead to an end of the stoppage.',
    'Prime Minister George Papandreou vowed Wednesday that those responsible for the deaths would be found and brought to justice.',
    'Papandreou expressed shock at the deaths and vowed to bring those responsible to justice.',
  ]);
  const role = (i: number) => [...u[i].roleKeys].sort();
  assert.deepEqual(role(0), [`t:${termKey('director')}`, `t:${termKey('polici')}`].sort());
  // "policy" in "the policy itself" is what the sentence is about; "presidential nominee" is no post phrase
  assert.deepEqual(role(1), [`t:${termKey('presid')}`]);
  assert.deepEqual(role(2), [`t:${termKey('offici')}`, `t:${termKey('senior')}`].sort());
  assert.deepEqual(role(4), []);
  const keys = (x: Unit) => new Set(x.keys);
  const none = new Set<string>();
  assert.equal(sharesPredicate(u[0], u[1], keys(u[1]), none), false, 'the policy director and the policy itself');
  assert.equal(sharesPredicate(u[2], u[3], keys(u[3]), new Set([`t:${termKey('said')}`])), false, 'one union official, two statements');
  assert.equal(sharesPredicate(u[4], u[5], keys(u[5]), none), true, 'one vow in two wordings');
  const al = align(u, []);
  assert.ok(!al.neighbors.get(u[0].id)?.has(u[1].id));
  assert.ok(al.neighbors.get(u[4].id)?.has(u[5].id));
});

test('record statements counting from the same year align however long the sentences', () => {
  const u = units([
    'His visit for talks with Belarusian leader Alexander Lukashenko will be his first to Minsk since 2019 - before the pandemic and a wave of Belarusian protests in 2020 that Lukashenko crushed.',
    'However this was Putin’s first go to to Belarus in three years and he was accompanied by Protection Minister Sergei Shoigu and International Minister ' +
      'Sergei Lavrov, suggesting the talks had been extra way more expansive.',
  ]);
  assert.ok(align(u, []).neighbors.get(u[0].id)?.has(u[1].id));
});

test("a statement's keys are the same each time its sentence is met: figures are no term keys, names are", () => {
  const sentence = 'Belarusian Foreign Minister Sergei Aleinik said 200,000 fresh troops were in Minsk on Monday.';
  const first = units([sentence])[0];
  for (const u of [first, units([sentence])[0]]) {
    assert.deepEqual(u.keys, first.keys);
    assert.ok(u.keys.includes(`t:${termKey('troop')}`) && u.keys.includes('n:200000'));
    assert.ok(!u.keys.some((k) => k.startsWith('t:') && /\d/.test(k)));
    assert.deepEqual(
      [...u.nameKeys],
      [
        `t:${termKey('foreign')}`,
        `t:${termKey('minist')}`,
        `t:${termKey('sergei')}`,
        `t:${termKey('aleinik')}`,
        `t:${termKey('minsk')}`,
        `t:${termKey('monday')}`,
      ],
    );
    // a figure keeps its fields, in their order, with the range its wording allows
    assert.deepEqual(
      u.figures.map((f) => Object.keys(f)),
      [['value', 'high', 'what', 'text', 'low', 'top', 'amount']],
    );
  }
});

test('key weights and topic words on the seed story: counted in one pass, as with a set of documents per key', async () => {
  const { readDocuments } = await import('../pipeline.ts');
  const { enrichDocument, linkStory } = await import('../enrich/index.ts');
  const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'seeds');
  const { documents } = await readDocuments([seeds], { threads: 1 });
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const u = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  // the sets the counts replace
  const docsWith = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const x of u)
    for (const k of x.keys) {
      df.set(k, (df.get(k) ?? 0) + 1);
      docsWith.set(k, (docsWith.get(k) ?? new Set()).add(x.doc));
    }
  const docs = new Set(u.map((x) => x.doc)).size;
  const topical = [...docsWith].filter(([k, d]) => k[0] === 't' && d.size >= ALIGN.topicShare * docs).map(([k]) => k);
  assert.ok(docs >= ALIGN.topicMinDocs && topical.length > 0);
  assert.deepEqual([...topicalKeys(u)], topical);
  const weights = keyWeights(u);
  assert.deepEqual([...weights.keys()], [...df.keys()]);
  for (const [k, n] of df) {
    const kind = k[0] === 'n' && Math.abs(Number(k.slice(2))) < ALIGN.smallNumber ? FEATURE_WEIGHTS.term : KIND_WEIGHT[k[0]];
    const w = Math.log(1 + u.length / n) * kind * (topical.includes(k) ? ALIGN.topicFactor : 1);
    assert.equal(weights.get(k), w, k);
  }
});

test("a record statement's year is looked up in its own key's postings, not in another key's", () => {
  // every key's units sit in one flat array: the third sentence (no record statement) is in its own keys' runs,
  // never in the record year's
  const u = units([
    'His visit for talks with Belarusian leader Alexander Lukashenko will be his first to Minsk since 2019 - before the pandemic.',
    'However this was Putin’s first go to to Belarus in three years and he was accompanied by Sergei Shoigu.',
    'Shoigu and Lavrov returned to Moscow on Tuesday evening after the meetings ended.',
  ]);
  assert.ok(u[0].keys.includes('f:2019') && u[1].keys.includes('f:2019') && !u[2].keys.includes('f:2019'));
  const { neighbors } = align(u, []);
  assert.ok(neighbors.get(u[0].id)?.has(u[1].id));
  assert.ok(!neighbors.get(u[0].id)?.has(u[2].id));
  assert.ok(!neighbors.get(u[1].id)?.has(u[2].id));
});

test("a document's wire headline is asked for only where two articles' sentences align: none in a story of one article; two issuers' notices link none (r3k 2004/2174)", () => {
  const said = 'The increase brings the posted price for West Texas Intermediate to 17.00 dlrs a barrel, effective today, the company said.';
  const titles = [
    'DIAMOND SHAMROCK RAISES CRUDE POSTED PRICES ONE DLR, EFFECTIVE MARCH 4, WTI NOW 17.00 DLRS/BBL',
    'MARATHON RAISES CRUDE POSTED PRICES 50 CTS A BBL, EFFECTIVE TODAY, WTI AT 17 DLRS/BBL.',
  ];
  const asked: number[] = [];
  const issuers = (docOrder: number): WireHeadline | null => {
    asked.push(docOrder);
    return wireHeadline(titles[docOrder], [said]);
  };
  const one = units([`${said} Crude oil prices rose again this week.`]);
  assert.equal(align(one, [], issuers).neighbors.size, 0);
  assert.deepEqual(asked, []);
  // the same sentence in two issuers' notices: the pair is asked about, and not linked
  const two = units([said, said]);
  assert.ok(align(two, []).neighbors.get(two[0].id)?.has(two[1].id), 'one sentence aligns with itself');
  assert.equal(align(two, [], issuers).neighbors.size, 0);
  assert.deepEqual(asked, [0, 1]);
});

test("two issuers' terms do not align where neither sentence names the other's issuer, though one article names it elsewhere (Reuters 10316 / 19542)", () => {
  const mitsubishi = [
    'The Hong Kong branch of <Mitsubishi Bank Ltd> is planning a 300 mln H.K. Dlr revolving certificate of deposit (CD) issuance facility, banking sources said.',
    'The underwriting fee is five basis points.',
    'The facility is being syndicated by the arranger, Mitsubishi Finance (Hong Kong) Ltd.',
  ];
  const united = [
    'United Merchant Finance Ltd, a joint venture between Barclays Plc and Jardine Matheson Holdings Ltd, is planning a 200 mln H.K. Dlr certificate of deposit issue, banking sources said.',
    'The management fee is 25 basis points.',
    'Jardine Fleming and Co Ltd is lead manager. Co-managers are Barclays, Baring Brothers Asia Ltd, East Asia Warburg Ltd, Indosuez Asia Ltd and Mitsubishi Finance (Hong Kong) Ltd.',
  ];
  const titles = ['MITSUBISHI BANK PLANS 300 MLN H.K. DLR CD FACILITY', 'UNITED MERCHANT FINANCE PLANS 200 MLN H.K. DLR CDS'];
  const headlines = [wireHeadline(titles[0], mitsubishi), wireHeadline(titles[1], united)];
  const us = buildUnits({ documents: paragraphDocuments([mitsubishi, united]), enrichments: new Map(), entities: [], fallbackYear: 1987 });
  const fee = (start: string) => us.find((u) => u.text.startsWith(start))!;
  const [under, manage] = [fee('The underwriting fee'), fee('The management fee')];
  assert.ok(align(us, []).neighbors.get(under.id)?.has(manage.id), 'the two fees align as sentences');
  assert.equal(
    align(us, [], (i) => headlines[i])
      .neighbors.get(under.id)
      ?.has(manage.id) ?? false,
    false,
  );
});
