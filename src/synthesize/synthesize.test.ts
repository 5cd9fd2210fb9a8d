import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import type { Article, Relation, StoryGroup } from '../model.ts';
import { synthesizeStory } from './index.ts';
import { trimLine } from './briefing.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

function doc(id: string, published: string | null, paragraphs: string[]) {
  const a: Article = { id, source: `${id}.txt`, url: null, title: paragraphs[0], outlet: null, byline: [], published, paragraphs, removed: [], order: 0 };
  return analyzeText(a);
}

/** A document read with a wire headline of its own. */
const titled = (d: ReturnType<typeof doc>, title: string) => ({ ...d, title });

/** CAECL's yen bond notice (Reuters-21578 r3k 291): its lead manager Mitsubishi Trust is no issuer of its own. */
const caeclNotice = () =>
  titled(
    doc('a', '1987-03-02T03:57:24', [
      "Caisse d'Aide a l'Equipement des Collectives Locales (CAECL) is issuing a 12 billion yen eurobond due March 31, 1994 paying 5-1/8 pct and priced at 102 pct, lead manager Mitsubishi Trust International Ltd said.",
      'The payment date is March 31.',
    ]),
    'CAECL ISSUES 12 BILLION YEN EUROBOND',
  );

// real sentences from the seed articles, three outlets
const A = doc('a', '2022-12-19', [
  'His visit for talks with Belarusian leader Alexander Lukashenko will be his first to Minsk since 2019 - before the pandemic and a wave of Belarusian protests in 2020.',
  "Adding to the ominous mood music, Belarusian Foreign Minister Vladimir Makei, one of the few officials in Lukashenko's government with any rapport with the West, died suddenly late last month.",
  'Lukashenko said he and Putin will hold talks on a long-running effort to integrate their countries into a supranational union State.',
]);
const B = doc('b', '2022-12-19', [
  "Putin's trip was his first to Minsk since 2019 — before the COVID-19 pandemic and a wave of pro-democracy protests in 2020 that Lukashenko crushed with strong support from the Kremlin.",
  'Lukashenko said he and Putin would discuss a long-running effort to integrate their respective former Soviet republics in a supranational Union State.',
  'Western sanctions have made it hard for Belarus to ship potash fertilizers, its top export, via Baltic ports.',
]);
const C = doc('c', '2022-12-19', [
  'Today, Vladimir Putin arrived in Minsk for the first time since 2019, that is, after the pandemic, as well as a wave of mass anti-government protests.',
  'Sergei Aleynik recently took over the post after his predecessor Vladimir Makei unexpectedly passed away last month.',
  'Vilnius, the capital of Lithuania, is only 25 kilometers from the Belarusian border.',
]);
const group = (ids: string[]): StoryGroup => ({ id: 's', title: 't', documents: ids, members: [], why: [], period: { start: null, end: null } });
const none = { enrichments: new Map(), entities: [], quotes: [] };

test('reworded statements of one fact align across outlets; copies count once', () => {
  const copy: Relation = { from: 'b', to: 'a', kind: 'reuse', directed: true, similarity: 0.4, passages: [] };
  const s = synthesizeStory({ group: group(['a', 'b', 'c']), documents: [A, B, C], relations: [copy], ...none });
  const first = s.claims.find((c) => c.support.some((r) => r.document === 'c' && r.sentence === 0))!;
  assert.deepEqual([...new Set(first.support.map((r) => r.document))].sort(), ['a', 'b', 'c']);
  assert.equal(first.independentSources, 2, 'a and its copy b are one source');
  const union = s.claims.find((c) => c.support.some((r) => r.document === 'a' && r.sentence === 2))!;
  assert.equal(union.independentSources, 1);
  assert.equal(union.status, 'single-source');
  // without the copy relation the same articles are three sources
  const t = synthesizeStory({ group: group(['a', 'b', 'c']), documents: [A, B, C], relations: [], ...none });
  assert.equal(t.claims.find((c) => c.support.some((r) => r.document === 'c' && r.sentence === 0))!.independentSources, 3);
  // outlets: b alone tells of sanctions; what a and b both report is unique to their family
  const b = s.outlets.find((o) => o.document === 'b')!;
  assert.ok(b.unique.some((id) => s.claims.find((c) => c.id === id)!.text.includes('potash')));
  assert.ok(b.unique.includes(union.id));
  // without the copy relation a and b corroborate the union talks, and c leaves them out
  const tUnion = t.claims.find((c) => c.support.some((r) => r.document === 'a' && r.sentence === 2))!;
  assert.equal(tUnion.status, 'corroborated');
  assert.ok(t.outlets.find((o) => o.document === 'c')!.omits!.includes(tUnion.id));
});

test('every briefing line cites sentences; single-source lines come last and say so', () => {
  const s = synthesizeStory({ group: group(['a', 'b', 'c']), documents: [A, B, C], relations: [], ...none });
  assert.ok(s.briefing.length >= 3);
  for (const line of s.briefing) assert.ok(line.support.length >= 1, line.text);
  const i = s.briefing.findIndex((l) => l.singleSource);
  assert.ok(i > 0 && s.briefing.slice(i).every((l) => l.singleSource));
});

test('an empty story or a story of one article is no error', () => {
  const empty = synthesizeStory({ group: group([]), documents: [], relations: [], ...none });
  assert.deepEqual([empty.claims, empty.briefing, empty.timeline, empty.outlets], [[], [], [], []]);
  const one = synthesizeStory({ group: group(['a']), documents: [A], relations: [], ...none });
  assert.ok(one.claims.every((c) => c.status === 'single-source' && c.independentSources === 1));
  assert.ok(one.briefing.every((l) => l.singleSource && l.support.length === 1));
});

test('briefing lines drop a leading connective, nothing else', () => {
  assert.equal(trimLine("But he has already supported Russia's war extensively."), "He has already supported Russia's war extensively.");
  assert.equal(trimLine('However, the two hardly mentioned the war raging in nearby Ukraine.'), 'The two hardly mentioned the war raging in nearby Ukraine.');
  assert.equal(trimLine('Butter prices rose sharply in the capital last week.'), 'Butter prices rose sharply in the capital last week.');
  assert.equal(trimLine('"On sighting the helicopter and Mysore, the boats disengaged.'), 'On sighting the helicopter and Mysore, the boats disengaged.');
  // a connective that is part of a phrase, or opens an inverted clause, stays (ECB+, Reuters)
  assert.equal(trimLine('So far, the Indian Navy has confiscated 14 AK 47 rifles.'), 'So far, the Indian Navy has confiscated 14 AK 47 rifles.');
  assert.equal(
    trimLine("Also arrested were Lopez' half-brother, 17-year-old Kristian, and Carrasquillo."),
    "Also arrested were Lopez' half-brother, 17-year-old Kristian, and Carrasquillo.",
  );
  assert.equal(
    trimLine("But still pending is El Paso's proposal to the Federal Energy Regulatory Commission."),
    "Still pending is El Paso's proposal to the Federal Energy Regulatory Commission.",
  );
  // a connective that is a preposition too keeps its object (walk9: "The damage to its image, the group faces a fine.";
  // ECB+ and Reuters openers); as a connective, with its comma, it goes
  assert.equal(
    trimLine('Besides the arrests, linebacker Shawne Merriman was suspended four games for testing positive for steroids.'),
    'Besides the arrests, linebacker Shawne Merriman was suspended four games for testing positive for steroids.',
  );
  assert.equal(
    trimLine('In addition to the 12 Somali and 11 Yemeni suspects, the Indian navy seized two small boats and rescued 20 fishermen.'),
    'In addition to the 12 Somali and 11 Yemeni suspects, the Indian navy seized two small boats and rescued 20 fishermen.',
  );
  assert.equal(trimLine('Besides, the company said it had no plans to sell the unit.'), 'The company said it had no plans to sell the unit.');
});

test('briefing lines drop a leading dateline, a Reuters headline run into it with it, not a headline alone (BASIL, Reuters)', () => {
  assert.equal(
    trimLine('WASHINGTON - And on the second day of Republican rule, the House read the Constitution.'),
    'On the second day of Republican rule, the House read the Constitution.',
  );
  assert.equal(
    trimLine('LIVINGSTON, N.J. — Gov. Chris Christie declared an uphill candidacy for president on Tuesday with New Jersey-style swagger.'),
    'Gov. Chris Christie declared an uphill candidacy for president on Tuesday with New Jersey-style swagger.',
  );
  assert.equal(
    trimLine(
      'WASHINGTON ― President Donald Trump on Monday defended his former national security adviser, Michael Flynn, by invoking his 2016 election opponent, Hillary Clinton.',
    ),
    'President Donald Trump on Monday defended his former national security adviser, Michael Flynn, by invoking his 2016 election opponent, Hillary Clinton.',
  );
  assert.equal(
    trimLine(
      'LIBRA BANK EXPECTS BRAZIL TO REACH DEBT ACCORD LONDON, March 5 - London-based <Libra Bank Plc> said when announcing its 1986 annual results that it expected Brazil to reach agreement with its creditors over debt repayments.',
    ),
    'London-based <Libra Bank Plc> said when announcing its 1986 annual results that it expected Brazil to reach agreement with its creditors over debt repayments.',
  );
  // a headline in capitals alone keeps its words: what follows its dash is no sentence
  assert.equal(
    trimLine('EC REJECTS ALL FREE MARKET WHEAT EXPORT OFFERS AT WEEKLY TENDER - TRADERS'),
    'EC REJECTS ALL FREE MARKET WHEAT EXPORT OFFERS AT WEEKLY TENDER - TRADERS',
  );
  assert.equal(
    trimLine('CORRECTED - MAJOR SWISS BANKS RAISE CUSTOMER TIME DEPOSIT RATES 1/4 POINT TO 3-1/4 PCT - CREDIT SUISSE'),
    'CORRECTED - MAJOR SWISS BANKS RAISE CUSTOMER TIME DEPOSIT RATES 1/4 POINT TO 3-1/4 PCT - CREDIT SUISSE',
  );
});

test('a timeline dates a statement by what it reports, not by the year a "since" counts from', () => {
  const story = (docs: ReturnType<typeof doc>[]) => {
    const enriched = docs.map(enrichDocument);
    const linked = linkStory(docs, enriched);
    const enrichments = new Map(docs.map((d, i) => [d.id, enriched[i]]));
    const ids = docs.map((d) => d.id);
    return synthesizeStory({ group: group(ids), documents: docs, relations: [], enrichments, ...linked }).timeline;
  };
  const since = story([A, B]);
  assert.equal(since[0].date, '2020');
  assert.ok(!since.some((e) => e.date === '2019'));
  // the same year without "since" before it is the date of what the sentence reports
  const met = 'Putin and Lukashenko last met in Minsk in 2019, officials said.';
  assert.deepEqual(
    story([doc('d', '2022-12-19', [met]), doc('e', '2022-12-19', [met])]).map((e) => e.date),
    ['2019'],
  );
});

// real sentence pairs from ECB+ stories: each article of a pair states one claim
const enrichedStory = (docs: ReturnType<typeof doc>[]) => {
  const enriched = docs.map(enrichDocument);
  const linked = linkStory(docs, enriched);
  const enrichments = new Map(docs.map((d, i) => [d.id, enriched[i]]));
  return synthesizeStory({ group: group(docs.map((d) => d.id)), documents: docs, relations: [], enrichments, ...linked });
};
const pair = (day: string, a: string, b: string) => enrichedStory([doc('a', day, [a]), doc('b', day, [b])]);
/** Each pair's two sentences make one claim, and no figure of it is disputed. */
function assertNoFigureDispute(cases: ReturnType<typeof pair>[]): void {
  for (const s of cases) assert.equal(s.claims[0].support.length, 2, 'the two sentences make one claim');
  for (const s of cases)
    assert.deepEqual(
      s.discrepancies.filter((d) => d.kind === 'number').map((d) => d.detail),
      [],
    );
}

test('figures: an article stating the other value too is no disagreement; different counts are', () => {
  const cases = [
    // the other article writes 2,302 bare, beside this game's 20 points
    pair(
      '2008-12-05',
      'Officials stopped the game when Hansbrough, who now has 2,302 points, made the record-setting basket.',
      'Hansbrough finished with 20 points and now has 2,302 for his career.',
    ),
    pair(
      '2008-11-20',
      'Bush injured his left knee on Oct. 19 and had arthroscopic surgery to fix a torn meniscus and missed four games.',
      'Bush played in 10 games, but had to sit out four straight after he underwent knee surgery to repair a torn meniscus in October.',
    ),
  ];
  for (const s of cases) {
    assert.equal(s.claims[0].support.length, 2, 'the two sentences make one claim');
    assert.deepEqual(s.discrepancies, []);
    assert.equal(s.claims[0].status, 'corroborated');
  }
  const weeks = pair(
    '2008-12-12',
    'Roesler said Page had been in hospital for three weeks with pneumonia and was about to be released when she suffered the heart attack on December 2.',
    'She had been hospitalized in Los Angeles for four weeks due to pneumonia, only to suffer from a heart attack.',
  );
  assert.match(weeks.discrepancies.map((d) => d.detail).join(' '), /three weeks \(a\) vs four weeks \(b\)/);
  assert.equal(weeks.claims[0].status, 'disputed');
});

test('dates: a year the article does not write, or one relative word on different days, is no disagreement; a different day is', () => {
  // ECB+: one court date, one article writing its year (the other's is inferred from its 2008 publication)
  const court = enrichedStory([
    doc('a', '2008-12-17', ['Jackson is due in court Feb. 17.']),
    doc('b', '2009-02-05', ['Jackson’s court date is set for February 17, 2009.']),
  ]);
  assert.equal(court.claims[0].support.length, 2, 'one claim');
  assert.deepEqual(
    court.discrepancies.filter((d) => d.kind === 'date'),
    [],
  );
  // ECB+ (both articles of 11 November 2011): the attack on "Friday" and on "Thursday" is a disagreement
  const friday =
    'New Delhi/Mumbai: An Indian warship foiled a five-boat pirate attack on merchant vessels transiting the Gulf of Aden on Friday capturing 26 Somani brigands on three of the skiffs and confiscating their weapons.';
  const thursday =
    'The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth successful anti-piracy operation since September.';
  const day = enrichedStory([doc('a', '2011-11-11', [friday]), doc('b', '2011-11-11', [thursday])]);
  assert.match(day.discrepancies.map((d) => d.detail).join(' '), /2011-11-11 \(a\) vs 2011-11-10 \(b\)/);
  // Reuters, 2 and 3 March 1987: each day's "today" dates that day's forecast, not one event twice (and the two
  // forecasts' amounts, 800 and 350 mln stg, share nothing: two statements, amounts.ts)
  const daily = enrichedStory([
    doc('a', '1987-03-02', ['The Bank of England said it forecast a shortage of around 800 mln stg in the money market today.']),
    doc('b', '1987-03-03', ['The Bank of England said it forecast a shortage of around 350 mln stg in the money market today.']),
  ]);
  assert.equal(daily.claims[0].support.length, 1, 'two statements');
  assert.deepEqual(
    daily.discrepancies.filter((d) => d.kind === 'date'),
    [],
  );
});

test('quote wordings: an excerpt with the sentence before it is no other wording (BASIL, Glenn Beck at CPAC)', () => {
  const s = enrichedStory([
    doc('nyt', '2010-02-20', [
      'But he aimed his fire at Republicans as well as Democrats, and gave them little quarter, saying he did not know what the Republicans stood for.',
      '“It’s not enough just to not suck as much as the other side,” he said.',
    ]),
    doc('hpo', '2010-02-20', [
      '"Dick Cheney a couple days ago... says it is going to be a good year for conservative ideas," he declared at one point, wiping the sweat from his brow. "It is going to be a very good year. But it is not enough just to not suck as much as the other side."',
    ]),
  ]);
  assert.ok(
    s.quotes.some((q) => q.variants?.length),
    'the two outlets quote one remark',
  );
  assert.deepEqual(
    s.discrepancies.filter((d) => d.kind === 'quote-wording').map((d) => d.detail),
    [],
  );
});

test('claims: sentences opening with different companies state different facts, however alike (Reuters); one person named two ways does not (ECB+)', () => {
  const bonds = enrichedStory([
    doc('1086', '1987-03-02', [
      'Scotia Mortgage Corp is issuing a 100 mln Canadian dlr eurobond due April 9, 1992 paying 8-3/4 pct and priced at 100-3/4 pct, lead manager Wood Gundy Ltd said.',
    ]),
    doc('1163', '1987-03-02', [
      'Victorian Public Authorities Finance Agency is issuing a 100 mln Canadian dlr bond due April 15, 1992 paying 8-1/2 pct and priced at 100-5/8 pct, lead manager Wood Gundy Ltd said.',
    ]),
  ]);
  assert.deepEqual(
    bonds.claims.map((c) => c.status),
    ['single-source', 'single-source'],
  );
  assert.deepEqual(bonds.discrepancies, []);
  const larue = enrichedStory([
    doc('a', '2004-07-28', ['Mr. LaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break-in quiet.']),
    doc('b', '2004-07-28', ["LaRue was known as the ``bagman'' who delivered payoffs to keep participants in the Watergate break-in quiet."]),
  ]);
  assert.equal(larue.claims[0].independentSources, 2);
});

test('figures: people killed and people injured are two counts; two tolls are one (ECB+, the Qeshm earthquake)', () => {
  const roles = pair(
    '2008-09-10',
    'An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday, killing at least 10 people and injuring many others.',
    "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings, Iranian media said.",
  );
  assert.equal(roles.claims[0].support.length, 2, 'one claim');
  assert.deepEqual(
    roles.discrepancies.filter((d) => d.kind === 'number'),
    [],
  );
  const tolls = pair(
    '2008-09-10',
    'Qeshm island governor Heydar Alishbandi told AFP that a total of 10 people had been killed and that the death toll was not expected to rise further.',
    'The governor of Qeshm island told the AFP news agency four villages had been destroyed and three people killed.',
  );
  assert.match(tolls.discrepancies.map((d) => d.detail).join(' '), /10 people \(a\) vs three people \(b\)/);
  // 20_3ecb and 20_2ecb disagree on the injured; 20_11ecbplus's dead are no side of that disagreement
  const three = enrichedStory([
    doc('a', '2008-09-10', [
      'According to the student ISNA news agency, the quake on the outskirts of Dargahan, a small town on the island, injured two people.',
    ]),
    doc('b', '2008-09-10', [
      'The tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to the Persian Gulf, injuring five people and damaging buildings.',
    ]),
    doc('c', '2008-09-10', [
      "Ten people were killed and at least 50 injured when an earthquake razed mud-brick villages on the Persian Gulf island of Qeshm off Iran's southern coast Sunday, officials and state media said.",
    ]),
  ]);
  const injured = three.discrepancies.filter((d) => d.kind === 'number');
  assert.deepEqual(
    injured.map((d) => d.detail),
    ['Figures for "people" differ: two people (a) vs five people (b).'],
  );
  assert.deepEqual(
    injured[0].support.map((r) => r.document),
    ['a', 'b'],
  );
});

test('figures: points still needed, a span back from the day of writing and a span in one post are no counts of what the other says (ECB+)', () => {
  const cases = [
    pair(
      '2008-12-05',
      "The 6-foot-9 senior needed nine points in the top-ranked Tar Heels ' game against Evansville on Thursday night to pass Phil Ford for the record.",
      "Hansbrough passed Ford for the top spot in school history while posting 20 points in the top-ranked Tar Heels ' 91-73 victory against Evansville on Thursday night.",
    ),
    pair(
      '2008-12-14',
      'The fatal shooting of Alexis Grigoropoulos, 15, on Saturday sparked five days of riots and demonstrations across Greece after witnesses claimed that the police officer deliberately took aim at the teenager.',
      'Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the killing by police of a 15-year-old boy, Alexandros Grigoropoulos, eight days ago.',
    ),
    pair(
      '2005-05-24',
      'Cheeks returned to the Sixers in 1994 as an assistant coach and stayed for seven seasons until the Trail Blazers hired him as head coach.',
      'Cheeks was fired March 2 after nearly four seasons as coach of the Trail Blazers.',
    ),
  ];
  assertNoFigureDispute(cases);
});

test('figures: shares of two named issuers are no count of one thing (Reuters-21578, r3k 2250 / 2654)', () => {
  const offerings = pair(
    '1987-03-05',
    'Lead underwriters Wheat, First Securities Inc and E.F. Hutton Group Inc <EFH> said an initial public offering of 110 mln shares of beneficial interest of MFS Multimarket Income Trust is under way at 10 dlrs per share.',
    'Sole underwriter E.F. Hutton Group Inc <EFH> said an offering of 2,100,000 common shares of Computer Factory Inc is under way at 24.50 dlrs per share.',
  );
  assert.deepEqual(
    offerings.discrepancies.filter((d) => d.kind === 'number').map((d) => d.detail),
    [],
  );
  // one issuer named alike on both sides still compares: "of the trust" names none
  const one = pair(
    '1987-03-05',
    'The company said an offering of 110 mln shares of MFS Multimarket Income Trust is under way.',
    'The underwriter said an offering of 120 mln shares of MFS Multimarket Income Trust is under way.',
  );
  assert.equal(one.discrepancies.filter((d) => d.kind === 'number').length, 1);
});

test('figures: a figure dated to a period of its own counts another time than the other says (ECB+)', () => {
  const cases = [
    // 30_12ecb and 30_1ecb: the cables damaged on Friday, and an earlier outage
    pair(
      '2008-12-19',
      'Internet and telephone communications between the Middle East and Europe were disrupted after three submarine cables between Italy and Egypt in the Mediterranean Sea were damaged.',
      "In January, five cables in the Middle East and Europe were cut, causing Internet failures in the region and damaging traffic through the region's important call centre industry.",
    ),
    // 19_6ecbplus and 19_8ecbplus: a whole record, and the arrests since October
    pair(
      '2008-12-10',
      'The also said that Gray had previously been arrested four times on charges of grand larceny, possession of stolen property and inciting a riot.',
      'Gray had been in trouble with the law before, having been arrested three times since October and had previously been charged with grand larceny and inciting a riot.',
    ),
  ];
  assertNoFigureDispute(cases);
});

test('dates: a weekly report and its next edition, each dated back from its own day, are no disagreement (Reuters)', () => {
  // 26 February and 5 March 1987: the week to 16 February and the week to 23 February
  const weekly = enrichedStory([
    doc('a', '1987-02-26', [
      'U.S. M-1 money supply rose 2.1 billion dlrs to a seasonally adjusted 736.7 billion dlrs in the February 16 week, the Federal Reserve said.',
    ]),
    doc('b', '1987-03-05', [
      'U.S. M-1 money supply rose 1.9 billion dlrs to a seasonally adjusted 738.5 billion dlrs in the February 23 week, the Federal Reserve said.',
    ]),
  ]);
  // (the two weeks' amounts share nothing: two statements, amounts.ts)
  assert.equal(weekly.claims[0].support.length, 1, 'two statements');
  assert.deepEqual(
    weekly.discrepancies.filter((d) => d.kind === 'date'),
    [],
  );
});

test('dates: one event dated differently is a discrepancy; a maturity, a plan, a saying, another edition or a day far off is another event', () => {
  const dated = (a: [string, string], b: [string, string]) =>
    enrichedStory([doc('a', a[0], [a[1]]), doc('b', b[0], [b[1]])]).discrepancies.filter((d) => d.kind === 'date');
  // real (ECB+): the Indian warship's action on Friday or on Thursday
  const sukanya = dated(
    [
      '2011-11-11',
      'An Indian warship foiled a five-boat pirate attack on merchant vessels transiting the Gulf of Aden on Friday capturing 26 Somali brigands.',
    ],
    [
      '2011-11-11',
      'The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates.',
    ],
  );
  assert.equal(sukanya.length, 1);
  const others = [
    // two bonds of one borrower: due in 1992 and in 1994 (Reuters)
    dated(
      [
        '1987-03-02',
        'Caisse Centrale Desjardins du Quebec is issuing a 10 billion yen eurobond maturing on March 25, 1992 and priced at 101-3/4 pct, Warburg Securities said.',
      ],
      [
        '1987-03-06',
        'La Caisse Centrale Desjardins Du Quebec is issuing a 10 billion yen eurobond due April 7, 1994 paying five pct and priced at 102-3/8 pct, Yamaichi said.',
      ],
    ),
    // the day a news agency reported and the day the elections are planned for (ECB+)
    dated(
      [
        '2013-09-26',
        "For the first time, Turkmenistan's parliamentary elections will have two parties, ITAR-TASS reported September 26, citing the Central Election Commission.",
      ],
      [
        '2013-09-26',
        'Parliamentary elections in Turkmenistan which are planned for December 15, 2013, will be held on a two-party basis, the Central Election Commission said.',
      ],
    ),
    // two days' editions of one daily statement (Reuters)
    dated(
      [
        '1987-02-26',
        'Treasury balances at the Federal Reserve rose on Feb 25 to 4.151 billion dlrs from 2.727 billion dlrs the previous business day, the Treasury said.',
      ],
      [
        '1987-03-03',
        'Treasury balances at the Federal Reserve rose on Feb 27 to 3.482 billion dlrs from 1.538 billion dlrs the previous business day, the Treasury said.',
      ],
    ),
    // the firing today and the hiring a year before (ECB+)
    dated(
      ['2005-05-24', "The Sixers fired Jim O'Brien on Monday after one season as coach, two years before his contract with the Sixers ran out."],
      ['2005-05-24', "King decided to fire O'Brien, who still has two years left on the contract he signed when he was hired by the Sixers on April 21, 2004."],
    ),
    // a chant's "today" in quotation marks dates no event (ECB+)
    dated(
      [
        '2013-03-12',
        'March participants chanted, "NYPD/KKK/how many kids will you kill today," witnesses reported near the 67th Precinct after the vigil for Kimani Gray.',
      ],
      ['2013-03-10', 'Dozens of march participants chanted near the 67th Precinct on Saturday after the vigil for Kimani Gray, witnesses reported.'],
    ),
  ];
  assert.deepEqual(
    others.map((o) => o.map((d) => d.detail)),
    others.map(() => []),
  );
});

test('a briefing line repeating another is left out: a wire headline in capitals gives way to its lead sentence (Reuters)', () => {
  const wire = doc('w', '1987-03-02', [
    'DEAN WITTER AGREES TO SEC CENSURE FOR FAILING TO FULLY REPORT CASH TRANSACTIONS',
    'Federal regulators said Dean Witter Reynolds Inc, the brokerage subsidiary of Sears, Roebuck and Co, agreed to a censure to settle charges that it failed to fully report cash transactions.',
    'In its administrative complaint, the SEC stressed that was not charging Dean Witter with taking part in a scheme to launder cash.',
    'The total unreported cash was 1,062,234 dlrs, the agency said.',
    'Federal law requires brokerage firms and banks to report to the Treasury Department all cash deposits greater than 10,000 dlrs.',
  ]);
  const lines = synthesizeStory({ group: group(['w']), documents: [wire], relations: [], ...none }).briefing.map((l) => l.text);
  assert.ok(!lines.some((l) => l.startsWith('DEAN WITTER AGREES')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('Federal regulators said Dean Witter')));
  assert.ok(lines.some((l) => l.startsWith('Federal law requires')));
});

test('attributions: a speaker read from "he said" is no outlet naming a rival speaker (BASIL, Strzok\'s lawyer)', () => {
  // Fox News' "He added, ..." after a paragraph on "Strzok's attorney" is read as Mark Meadows, named two sentences up;
  // The New York Times names Aitan Goelman
  const s = enrichedStory([
    doc('nyt', '2018-08-13', [
      '“This decision should be deeply troubling to all Americans,” Mr. Goelman added.',
      '“A lengthy investigation and multiple rounds of congressional testimony failed to produce a shred of evidence that Special Agent Strzok’s personal views ever affected his work.”',
    ]),
    doc('fox', '2018-08-13', [
      '"His conduct should deeply concern every American," House Freedom Caucus Chairman Mark Meadows, R-N.C., said in a statement to Fox News.',
      'Strzok’s attorney, meanwhile, blasted the bureau on Monday, saying the deputy director “reversed the decision of the career FBI official responsible for employee discipline who concluded, through an independent review process, that a 60-day suspension and demotion from supervisory duties was the appropriate punishment.”',
      'He added, “A lengthy investigation and multiple rounds of Congressional testimony failed to produce a shred of evidence that Special Agent Strzok’s personal views ever affected his work.”',
    ]),
  ]);
  assert.ok(
    s.quotes.some((q) => q.document === 'fox' && q.variants?.length),
    'the two outlets quote one remark',
  );
  assert.deepEqual(
    s.discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.detail),
    [],
  );
});

test("attributions: a speaker named by surname beside the other in one outlet's attribution said the remark with them (ECB+, the Oscars' producers)", () => {
  // 2_4ecb: "... ," Mark and Condon said in a joint statement -- read as Bill Condon's; 2_5ecb: "said Laurence Mark and
  // Bill Condon" -- read as Laurence Mark's: one joint remark, no rival speakers
  const s = enrichedStory([
    doc('2_4ecb', '2008-12-12', [
      'Producers Laurence Mark and Bill Condon called the Australian actor "a consummate entertainer and an internationally renowned movie star."',
      '"He also has style, elegance and a sense of occasion," Mark and Condon said in a joint statement.',
      '"Hugh is the ideal choice to host a celebration of the year\'s movies - and to have fun doing it."',
    ]),
    doc('2_5ecb', '2008-12-12', [
      '"Hugh Jackman is a consummate entertainer and an internationally renowned movie star," said Laurence Mark and Bill Condon, the new producers of the televised show.',
      '"He also has style, elegance and a sense of occasion.',
      'Hugh is the ideal choice to host a celebration of the year\'s movies -- and to have fun doing it," the pair said in a statement.',
    ]),
  ]);
  assert.ok(
    s.quotes.some((q) => q.document === '2_5ecb' && q.speaker && q.variants?.length),
    'the two outlets quote the remark, each with a speaker',
  );
  assert.deepEqual(
    s.discrepancies.filter((d) => d.kind === 'attribution').map((d) => d.detail),
    [],
  );
});

test('quote wordings: two people each named by their outlet, in two wordings, said two remarks (Reuters, Reagan and Dole)', () => {
  const s = enrichedStory([
    doc('1895', '1987-03-04', [
      'As recently as two months ago in his State of the Union speech, Reagan said that "serious mistakes were made" but defended the basic policy as one that had worthy goals.',
    ]),
    doc('1908', '1987-03-05', [
      '"President Reagan told the American people what they needed to hear, that mistakes were made and he made them," Senate Republican Leader Robert Dole of Kansas said.',
    ]),
  ]);
  assert.ok(
    s.quotes.some((q) => q.variants?.length),
    'the two quotes are linked as one remark',
  );
  assert.deepEqual(
    s.discrepancies.filter((d) => d.kind === 'quote-wording' || d.kind === 'attribution').map((d) => d.detail),
    [],
  );
});

test("figures: a career's total is no game's figure, and a figure counting two groups is no count of one (ECB+)", () => {
  const cases = [
    // 31_1ecbplus / 31_5ecbplus
    pair(
      '2013-03-08',
      'With a first-half free throw, junior forward Doug McDermott scored his 11th point of the Bluejays’ Valley tournament opener and passed Rodney Buford to become the school’s all-time scoring leader with 2,117 points.',
      "Doug McDermott scored 23 points to become Creighton's all-time scoring leader and the top-seeded Bluejays defeated Drake 65-53 on Friday in the quarterfinals of the Missouri Valley Conference tournament.",
    ),
    // 12_4ecb / 12_8ecb: passengers and crew, passengers (and most of the crew)
    pair(
      '2008-12-13',
      'The threat of pirates recently prompted a German cruise ship to evacuate some 420 passengers and crew after the company decided not to risk their safety as the ship passed through the Gulf of Aden.',
      'A day earlier, the German cruise liner MS Columbus said it would fly its 246 passengers and most of its crew over the Gulf of Aden instead of through it to avoid any pirate attack.',
    ),
  ];
  assertNoFigureDispute(cases);
});

test('briefing: a wire headline in capitals is written by the member saying all of it, and is weighed by its words (Reuters)', () => {
  const story = (docs: ReturnType<typeof doc>[]) => enrichedStory(docs).briefing.map((l) => l.text);
  // ChemLawn: the board's rejection, not the arbitrageurs' "could attract a higher bid than the 27 dlrs"
  const chemlawn = story([
    doc('2497', '1987-03-05', ['CHEMLAWN SAYS IT REJECTS 27 DLRS PER SHARE TENDER OFFER FROM WASTE MANAGEMENT']),
    doc('2500', '1987-03-05', [
      "ChemLawn Corp said its board rejected Waste Management Inc's 27 dlr-per-share tender offer and urged its shareholders not to tender their shares.",
      'ChemLawn said its board asked management and its financial advisor, Smith Barney, Harris Upham And Co Inc, to seek other purchasers of the company to maximize shareholder value.',
      'ChemLawn also said it adopted a shareholder rights plan, or "poison pill," during a 120-intermin safeguard period its board adopted to deter attempts to acquire the company through any means other than an all-cash tender offer while it seeks other purchasers.',
      'ChemLawn also said it began litigation against Waste Management in federal court in Columbus, seeking injunctive and other relief.',
    ]),
    doc('45', '1987-02-26', [
      'ChemLawn Corp <CHEM> could attract a higher bid than the 27 dlrs per share offered by Waste Management Inc <WNX>, Wall Street arbitrageurs said.',
      "Shares of ChemLawn shot up 11-5/8 to 29-3/8 in over-the-counter- trading with 3.8 mln of the company's 10.1 mln shares changing hands by late afternoon.",
      '"This company could go for 10 times cash flow or 30 dlrs, maybe 32 dollars depending on whether there is a competing bidder," an arbitrageur said. Waste Management\'s tender offer, announced before the opening today, expires March 25.',
      '"This is totally by surprise," said Debra Strohmaier, a ChemLawn spokeswoman. The company\'s board held a regularly scheduled meeting today and was discussing the Waste Management announcement. She said a statement was expected but it was not certain when it would be ready.',
    ]),
  ]);
  assert.ok(chemlawn[0].startsWith('ChemLawn Corp said its board rejected'), chemlawn.join('\n'));
  // Baker: the name finder reads "WHITE HOUSE'S HOWARD BAKER SAYS ..." as one long name; its words are the lead's
  const baker = story([
    doc('790', '1987-03-02', ["WHITE HOUSE'S HOWARD BAKER SAYS REAGAN TO ADDRESS NATION WEDNESDAY AT 2100 EST"]),
    doc('796', '1987-03-02', ['WHITE HOUSE\'S BAKER SAYS REAGAN TO MEET PRESS "VERY SOON"']),
    doc('801', '1987-03-02', [
      'White House Chief of Staff Howard Baker said President Reagan will address the nation in a nationally televised speech Wednesday night at 2100 EST on the Tower Commission Report on the arms to Iran scandal.',
      'Baker, in his first news conference as chief of staff, also said that Robert Gates asked that his name be withdrawn from nomination as director of the Central Intelligence Agency.',
    ]),
    doc('804', '1987-03-02', [
      'White House Chief of Staff Howard Baker said President Reagan will meet the press "very soon."',
      "Baker said Reagan had intended to conduct today's news conference and only the lack of a firm announcement of a replacement for Robert Gates as CIA director prevented him.",
    ]),
  ]);
  assert.ok(!baker.some((l) => l.startsWith("WHITE HOUSE'S")), baker.join('\n'));
});

test("figures: a running count growing with the articles' dates is an update, not a disagreement (Reuters-21578, r3k 1463 / 2045)", () => {
  const first = 'Occidental Petroleum Corp said the size of its underwritten offering of common stock was increased to 33 mln shares from the proposed 30 mln.';
  const later = 'Occidental Petroleum Corp said its common stock offering has been further increased to a total of 37,950,000 shares.';
  const update = enrichedStory([doc('a', '1987-03-04T10:15:07', [first]), doc('b', '1987-03-05T10:03:24', [later])]);
  assert.deepEqual(
    update.discrepancies.map((d) => d.detail),
    [
      'Figures for "shares" grow with the articles\' dates: 33 mln shares (a, 1987-03-04T10:15:07) then 37,950,000 shares (b, 1987-03-05T10:03:24): a running count updated between reports, not a disagreement, so the claim is not marked disputed.',
    ],
  );
  assert.notEqual(update.claims[0].status, 'disputed');
  // the larger figure in the earlier article, or two articles of one day without a time: no order, a disagreement
  for (const [da, db] of [
    ['1987-03-05T10:03:24', '1987-03-04T10:15:07'],
    ['1987-03-04', '1987-03-04'],
  ]) {
    const s = enrichedStory([doc('a', da, [first]), doc('b', db, [later])]);
    assert.match(s.discrepancies.map((d) => d.detail).join(' '), /Figures for "shares" differ: 33 mln shares \(a\) vs 37,950,000 shares \(b\)/);
    assert.equal(s.claims[0].status, 'disputed');
  }
});

test('figures: a fraction a copy glued ("41/2") or whose slash it lost ("412") is the other copies\' 4 1/2 (ECB+ 28, Fred LaRue)', () => {
  const s = enrichedStory([
    doc('a', '2004-07-28', [
      'LaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break-in quiet, and served 41/2 months in federal prison for conspiracy to obstruct justice.',
    ]),
    doc('b', '2004-07-28', ['He served four months in federal prison for conspiracy to obstruct justice.']),
    doc('c', '2004-07-29', [
      'LaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break-in quiet and served 412 months in federal prison for conspiracy to obstruct justice.',
    ]),
  ]);
  assert.deepEqual(
    s.discrepancies.map((d) => d.detail),
    ['Figures for "months" differ: 4 1/2 months (a, c) vs four months (b).'],
  );
});

test('dates: the first day of a period is no day of one event (Reuters-21578, r3k 296 / 2601, two tenders)', () => {
  const s = enrichedStory([
    doc('a', '1987-03-02T04:25:39', [
      'The Dutch Central Bank said it has accepted bids totalling 4.8 billion guilders at tender for new seven-day special advances at 5.3 pct covering the period March 2 to 9 aimed at relieving money market tightness.',
    ]),
    doc('b', '1987-03-06T10:24:14', [
      'The Dutch central bank announced new eleven-day special advances at an unchanged 5.3 pct to aid money market liquidity, covering the period March 9 to 20.',
    ]),
  ]);
  assert.equal(s.claims[0].support.length, 2, 'one claim');
  assert.deepEqual(
    s.discrepancies.filter((d) => d.kind === 'date'),
    [],
  );
});

test("two issuers' wire notices of one kind make no claim together, and no disagreement (Reuters-21578, r3k 2004 / 2174, 291 / 1977)", () => {
  const prices = enrichedStory([
    doc('a', '1987-03-05T09:21:58', ['DIAMOND SHAMROCK RAISES CRUDE POSTED PRICES ONE DLR, EFFECTIVE MARCH 4, WTI NOW 17.00 DLRS/BBL']),
    doc('b', '1987-03-05T11:32:23', ['MARATHON RAISES CRUDE POSTED PRICES 50 CTS A BBL, EFFECTIVE TODAY, WTI AT 17 DLRS/BBL.']),
  ]);
  // Diamond Shamrock's raise and Marathon's are two companies' notices: two single-source claims
  assert.deepEqual(
    prices.claims.map((c) => c.support.length),
    [1, 1],
  );
  assert.deepEqual(prices.discrepancies, []);
  const bonds = enrichedStory([
    caeclNotice(),
    titled(
      doc('b', '1987-03-05T07:51:35', [
        'Matushita Electric Trading Co Ltd is issuing a 100 mln dlr equity warrant eurobond due March 30, 1992 paying an indicated coupon of 2-3/4 pct and priced at par, lead manager Nomura International Ltd said.',
        'The payment date is March 30 while listing will be in Luxembourg.',
      ]),
      'MATSUSHITA ELECTRIC TRADING ISSUES WARRANT BOND',
    ),
  ]);
  // CAECL's payment date and Matsushita's are two bonds' terms, not one statement
  assert.ok(
    bonds.claims.every((c) => c.support.length === 1),
    'no claim joins the two bonds',
  );
  assert.deepEqual(
    bonds.discrepancies.filter((d) => d.kind === 'date'),
    [],
  );
});

test("one reader of a headline's issuer: a notice told with its verb last, and an article that tells of the other issuer's deal (Reuters-21578, r3k 291 / 954, r6k 3923 / 7175)", () => {
  // "COUPON ON MITSUBISHI WARRANT BOND CUT" is Mitsubishi Estate's notice; CAECL's lead manager is Mitsubishi Trust
  const bonds = enrichedStory([
    caeclNotice(),
    titled(
      doc('b', '1987-03-03T07:28:47', [
        'The coupon on the 300 mln dlr equity warrant bond deal for Mitsubishi Estate Co Ltd has been cut to three pct from the 3-1/4 pct initially indicated, Nikko Securities Co (Europe) Ltd said as lead manager of the deal.',
        'Foreign exchange fix is yen 154.65/dlr and payment date on the deal is March 20.',
      ]),
      'COUPON ON MITSUBISHI WARRANT BOND CUT',
    ),
  ]);
  assert.ok(
    bonds.claims.every((c) => c.support.length === 1),
    'no claim joins the two bonds',
  );
  // GTE's notice tells of Rockwell's notes too, so their sentences may align; its own call protection is still not
  // Rockwell's: no disagreement
  const notes = enrichedStory([
    titled(
      doc('a', '1987-03-11T16:50:00', [
        'Rockwell International Corp is raising 200 mln dlrs through an offering of notes due 1997 yielding 7.682 pct, said lead underwriter Daiwa Securities America Inc.',
        "Non-callable for seven years, the issue is rated Aa-2 by Moody's and AA by Standard and Poor's.",
      ]),
      'ROCKWELL INTERNATIONAL <ROK> SELLS 10-YEAR NOTES',
    ),
    titled(
      doc('b', '1987-03-18T12:14:00', [
        'GTE Corp is raising 250 mln dlrs through an offering of debentures due 2017 yielding 8.737 pct, said sole underwriter UBS Securities Inc.',
        "Non-refundable for 10 years, the issue is rated A-3 by Moody's and A-minus by Standard and Poor's.",
        'Daiwa, the U.S. unit of Daiwa Securities Co Ltd of Japan, ran the books for a March 11 offering of 200 mln dlrs of 10-year notes of Rockwell International Corp <ROK>, underwriters noted.',
      ]),
      'GTE <GTE> SELLS DEBENTURES YIELDING 8.737 PCT',
    ),
  ]);
  assert.deepEqual(notes.discrepancies, []);
});

test("dates: an article giving the other's day to the other's figures tells two events apart (Reuters-21578, r3k 547 / 657, Banner)", () => {
  const s = enrichedStory([
    doc('a', '1987-03-02T12:22:01', [
      'Banner Industries Inc said 19.8 mln of the outstanding 20 mln shares in Rexnord Inc were tendered pursuant to its 26.25 dlr a share offer that closed at midnight EST Feb 27.',
    ]),
    doc('b', '1987-03-02T13:53:11', [
      'Banner Industries Inc said it plans to accept for payment after the close of business today all the common shares of Rexnord Inc that were tendered under its 26.25 dlr per share tender offer.',
      'Banner said its offer for all of the roughly 20 mln shares of Rexnord it did not already own expired last Friday and will not be extended.',
    ]),
  ]);
  assert.ok(
    s.claims.some((c) => c.support.some((r) => r.document === 'a') && c.support.some((r) => r.document === 'b' && r.sentence === 0)),
    'the two leads make one claim',
  );
  assert.deepEqual(
    s.discrepancies.filter((d) => d.kind === 'date'),
    [],
  );
});

test('figures: a running count in an article without a date is not ordered, so not disputed (ECB+ 20 Qeshm toll, 19 riots)', () => {
  const toll = enrichedStory([
    doc('a', '2005-11-28', [
      'Qeshm island governor Heydar Alishbandi told AFP that a total of 10 people had been killed and that the death toll was not expected to rise further.',
    ]),
    doc('b', null, ['The governor of Qeshm island told the AFP news agency four villages had been destroyed and three people killed.']),
  ]);
  const riots = enrichedStory([
    doc('a', null, [
      'Mr Saraliotis also said he acted out of self defence during the unrest which triggered five days of rioting in Athens and elsewhere across Greece.',
    ]),
    doc('b', null, ['Athens was calm Sunday after eight days of the worst riots Greece has seen in decades, sparked by the police killing of a teenager.']),
  ]);
  for (const [s, shown] of [
    [toll, 'three people (b) vs 10 people (a)'],
    [riots, 'five days (a) vs eight days (b)'],
  ] as const) {
    const numbers = s.discrepancies.filter((d) => d.kind === 'number');
    assert.equal(numbers.length, 1);
    const [found] = numbers;
    assert.ok(found);
    assert.match(found.detail, new RegExp(`differ: ${shown.replace(/[()]/g, '\\$&')}: a running count, and an article without a date cannot be ordered`));
    assert.notEqual(s.claims.find((c) => (found.claims ?? []).includes(c.id))?.status, 'disputed');
  }
});

test('dates: two notices of one recurring kind are no disagreement (Reuters-21578, r6k 4394 / 5509, 4090 / 4131)', () => {
  const seats = enrichedStory([
    titled(
      doc('a', '1987-03-12T13:45:59', [
        'The New York Stock Exchange said a seat on the New York Futures Exchange sold for 200 dlrs, which is unchanged from the previous sale, made yesterday.',
      ]),
      'NYFE SEAT SOLD FOR 200 DLRS',
    ),
    titled(
      doc('b', '1987-03-16T12:46:18', [
        'The New York Stock Exchange said a seat sold on the New York Futures Exchange for 200 dlrs, unchanged from the previous sale on March 13.',
      ]),
      'NYFE SEAT SELLS FOR 200 DLRS',
    ),
  ]);
  assert.equal(seats.claims[0].support.length, 2, 'one claim');
  assert.deepEqual(seats.discrepancies, []);
  const bills = enrichedStory([
    titled(
      doc('a', '1987-03-12T05:21:27', [
        'The Bank of England said it had bought bills worth 1.059 billion stg from the market for resale on March 31 at rates of interest between 10-7/16 pct and 10-17/32 pct.',
      ]),
      'U.K. MONEY MARKET GIVEN EARLY ASSISTANCE',
    ),
    titled(
      doc('b', '1987-03-12T07:40:17', [
        'It bought a further 429 mln stg of bills for resale to the discount houses on April 2 at an interest rate of 10-7/16 pct.',
      ]),
      'U.K. MONEY MARKET GIVEN FURTHER 442 MLN STG HELP',
    ),
  ]);
  assert.deepEqual(
    bills.discrepancies.map((d) => d.kind),
    [],
  );
});

test("dates: a day a noun of another event names is no date of the sentence's event (Reuters-21578, r6k 3547 / 4153, 5671 / 7650)", () => {
  const taft = enrichedStory([
    doc('a', '1987-03-11T08:30:14', [
      'On Friday, Taft vice chairman Dudley S. Taft and Narragansett Capital Inc <NARR> offered to acquire Taft for 145 dlrs per share.',
    ]),
    doc('b', '1987-03-12T08:39:05', [
      'Taft Broadcasting Co vice chairman Dudley Taft and Narragansett Capital Inc <NARR> said they intend to pursue their effort to acquire Taft Broadcasting despite the rejection yesterday of their 145 dlr per share offer by the Taft Broadcasting board.',
    ]),
  ]);
  assert.equal(taft.claims[0].support.length, 2, 'one claim');
  assert.deepEqual(taft.discrepancies, []);
  const twa = enrichedStory([
    doc('a', '1987-03-16T16:10:37', [
      "TWA also said that by order of the federal court in Pittsburgh, it is temporarily barred from buying additional shares of USAir pending a hearing March 23 to reconsider USAir's application to expand the temporary restraining order to a preliminary injunction.",
    ]),
    doc('b', '1987-03-20T09:25:13', [
      'Trans World Airlines Inc said it reached an agreement yesterday in federal court with USAir Group Inc that prevents TWA from buying additional shares of USAir.',
    ]),
  ]);
  assert.deepEqual(twa.discrepancies, []);
  // one event's two days stay a disagreement (ECB+ 12, the Indian navy: "on Friday" / "on Thursday")
  const navy = enrichedStory([
    doc('a', '2011-11-11T09:56', [
      'New Delhi/Mumbai: An Indian warship foiled a five-boat pirate attack on merchant vessels transiting the Gulf of Aden on Friday capturing 26 Somani brigands on three of the skiffs and confiscating their weapons.',
    ]),
    doc('b', '2011-11-11T20:09', [
      'The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth successful anti-piracy operation since September.',
    ]),
  ]);
  assert.deepEqual(
    navy.discrepancies.map((d) => d.kind),
    ['date'],
  );
});

test('figures: a holding and the shares of a deal, and a change taking effect beside a delivery starting, are two events of one company (Reuters-21578, r6k 5332 / 7963, 3416 / 5293, 8880 / 8994)', () => {
  const figures = (s: ReturnType<typeof enrichedStory>) => s.discrepancies.filter((d) => d.kind === 'number' || d.kind === 'date').map((d) => d.detail);
  const clark = enrichedStory([
    doc('5332', '1987-03-16T09:39:02', [
      'CLARK EQUIPMENT <CKL> STAKE ACQUIRED',
      "Clark Equipment Co said it was informed by Arthur M. Goldberg acting on behalf of a group of investors that the group had accumulated 1,262,200 shares, or about 6.7 pct of Clark's outstanding common stock.",
    ]),
    doc('7963', '1987-03-20T16:06:35', [
      'CLARK EQUIPMENT <CKL> BUYS 1.3 MLN SHARES',
      'Clark Equipment Co said it has purchased 1,339,000 shares of its common stock from an investor group led by Arthur M. Goldberg for 26.375 dlrs a share.',
    ]),
  ]);
  const warburg = enrichedStory([
    doc('3416', '1987-03-09T18:17:08', [
      'INVESTOR FIRMS HAVE 25.5 PCT OF SYMBION <SYMB>',
      'A group of affiliated firms led by Warburg, Pincus Capital Co L.P., a New York venture capital and investment partnership, said it has acquired 1,920,527 shares of Symbion Inc, or 25.5 pct of the total outstanding.',
    ]),
    doc('5293', '1987-03-16T08:25:18', [
      'WARBURG PINCUS STARTS SYMBION <SYMB> BID',
      '<Warburg, Pincus Capital Corp> said it has started a tender offer for up to 2,500,000 common shares of Symbion Inc at 3.50 dlrs each.',
    ]),
  ]);
  const canadian = enrichedStory([
    doc('8880', '1987-03-24T12:46:56', [
      'CP AIR, PACIFIC WESTERN AIRLINES SET NEW NAME',
      '<Pacific Western Airlines Corp> said the airline resulting from the previously announced merger of its Pacific Western Airlines Ltd unit and Canadian Pacific Air Lines Ltd would be named Canadian Airlines International Ltd, effective April 26.',
    ]),
    doc('8994', '1987-03-24T15:52:25', [
      'CANADIAN AIRLINE IN BUY FROM BRITISH AEROSPACE',
      "<Pacific Western Airlines Corp>'s new Canadian Airlines International Ltd unit said it ordered six new Jetstream 31 airplanes and took options on six more from British Aerospace Inc, with delivery starting May 1.",
    ]),
  ]);
  for (const s of [clark, warburg, canadian]) assert.deepEqual(figures(s), []);
  // two holdings told differently still disagree
  const holdings = pair(
    '1987-03-16',
    "Clark Equipment Co said the group had accumulated 1,262,200 shares, or about 6.7 pct of Clark's outstanding common stock.",
    "Clark Equipment Co said the group had accumulated 1,339,000 shares, or about 7.1 pct of Clark's outstanding common stock.",
  );
  assert.equal(holdings.discrepancies.filter((d) => d.kind === 'number').length, 1);
});

test('dates: a bid tendered on its day is another stage of the deal than its agreement (Reuters-21578, r6k 3263 / 6473, Allegheny)', () => {
  const dates = (s: ReturnType<typeof enrichedStory>) => s.discrepancies.filter((d) => d.kind === 'date').map((d) => d.detail);
  const allegheny = enrichedStory([
    doc('3263', '1987-03-09T13:22:50', [
      'ALLEGHENY <AG> OFFICERS TO RUN COMPANY',
      'Allegheny today said it agreed to a buyout from First Boston at 24.60 dlrs per share.',
    ]),
    doc('6473', '1987-03-18T09:58:23', [
      "SEC MOVES TO DISCIPLINE ALLEGHENY INT'L <AG>",
      'In the buyout, a group led by First Boston tendered March 13 for all outstanding Allegheny shares at 24.60 dlrs a share.',
    ]),
  ]);
  assert.deepEqual(dates(allegheny), []);
});
