import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countryDollar, findFigures } from './figures.ts';
import { findDates, parsePublished } from './dates.ts';
import { tokenize, type Token } from './tokens.ts';
import * as quantities from './data/quantities.ts';

// real sentences: the seeds (published 2022-12-19, a Monday) and Reuters-21578 (1987)
const PUB = parsePublished('2022-12-19');
const figs = (text: string) =>
  findFigures(text, 'd', 0, PUB)
    .filter((f) => f.kind !== 'date')
    .map((f) => [f.kind, f.value, f.high ?? null, f.unit, f.what ?? null]);
const dates = (text: string, pub = PUB) => findDates(text, pub).map((d) => [d.text, d.date]);

test('counts with what they count, in digits and in words', () => {
  assert.deepEqual(
    figs("Ukraine's top General Valery Zaluzhniy told The Economist last week that Russia was preparing 200,000 fresh troops for a major offensive."),
    [['count', 200000, null, null, 'troops']],
  );
  assert.deepEqual(
    figs('The Ukrainian commander said that the Russian Federation was preparing two hundred thousand "new fighters" for a large-scale offensive.'),
    [['count', 200000, null, null, 'fighters']],
  );
  assert.deepEqual(figs('Three Russian warplanes and an airborne early warning and control aircraft were deployed to Belarus last week.'), [
    ['count', 3, null, null, 'warplanes'],
  ]);
  assert.deepEqual(figs('Russia has despatched half of its 300,000 newly mobilized troops to the eastern front, but 150,000 should not but dedicated.'), [
    ['count', 300000, null, null, 'troops'],
    ['other', 150000, null, null, null],
  ]);
  // codes are not figures
  assert.deepEqual(figs("Putin's trip was his first since the COVID-19 pandemic; the Su-35 fighter is no joke."), []);
});

test('ranges, including the spinner\'s "fifteen,000", and Reuters ranges with a currency', () => {
  assert.deepEqual(figs('Russia now has 10,000 to fifteen,000 troops within the nation, not almost sufficient for an assault.'), [
    ['range', 10000, 15000, null, 'troops'],
  ]);
  assert.deepEqual(figs('Comissaria Smith said spot bean prices rose to 340 to 350 cruzados per arroba of 15 kilos.'), [
    ['money', 340, 350, 'BRC', null],
    ['other', 15, null, 'kg', null],
  ]);
  assert.deepEqual(figs('Under current law, between 40 and 45 mln acres of erodible land must be enrolled in the program by the end of fiscal 1990.')[0], [
    'other',
    40,
    45e6,
    'acre',
    null,
  ]);
});

test('percentages, money and distances', () => {
  assert.deepEqual(figs('BP North America is a subsidiary of British Petroleum Co Plc, which also owns a 55 pct interest in Standard Oil.'), [
    ['percent', 55, null, '%', null],
  ]);
  assert.deepEqual(figs('The bank said the network would link 31 banks having 13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.'), [
    ['count', 31, null, null, 'banks'],
    ['money', 13.5e9, null, 'USD', null],
    ['money', 7.5e9, null, 'USD', null],
  ]);
  assert.deepEqual(figs('The tension cost the Los Angeles area economy around $3 billion as production stopped.'), [['money', 3e9, null, 'USD', null]]);
  assert.deepEqual(
    figs('It is clear that the proximity of the Belarusian border poses the greatest threat to Kiev (about 70 kilometers from the Belarusian border).'),
    [['distance', 70, null, 'km', null]],
  );
  const f = findFigures('Kiev (about 70 kilometers from the Belarusian border)', 'd', 3, PUB)[0];
  assert.equal(f.text, 'about 70 kilometers');
  assert.equal(f.sentence, 3);
});

test('dates against the publication date', () => {
  assert.deepEqual(dates('Kremlin leader Vladimir Putin flies to Belarus on Monday amid fear in Kyiv.'), [['on Monday', '2022-12-19']]);
  assert.deepEqual(dates("Putin's visit was announced on Friday after a surprise Dec. 3 trip to Belarus."), [
    ['on Friday', '2022-12-16'],
    ['Dec. 3', '2022-12-03'],
  ]);
  assert.deepEqual(dates('Three Russian warplanes were deployed to Belarus last week.'), [['last week', '2022-W50']]);
  assert.deepEqual(dates('Belarusian Foreign Minister Vladimir Makei died suddenly late last month.'), [['last month', '2022-11']]);
  assert.deepEqual(dates('Russian forces used Belarus as a launch pad for their abortive attack on Kyiv in February.'), [['in February', '2022-02']]);
  assert.deepEqual(dates('The offensive could come from Belarus as early as January.'), [['January', '2023-01']]);
  // Reuters, 26-FEB-1987: "February 22" is in the past of the same year
  assert.deepEqual(dates('Arrivals for the week ended February 22 were 155,221 bags of 60 kilos.', parsePublished('1987-02-26')), [
    ['February 22', '1987-02-22'],
  ]);
  // without a publication date only absolute dates resolve; "May" as a verb is no date
  assert.deepEqual(dates('Ohio Mattress Co said its profits may be below 2.4 mln dlrs.', null), []);
  assert.deepEqual(dates('The ceremony will take place on February 22, 2009.', null), [['February 22, 2009', '2009-02-22']]);
});

test('words that are names of object properties are no numbers', () => {
  assert.deepEqual(figs('The constructor valueOf toString of the company said hasOwnProperty.'), []);
});

test('Reuters dates: the record\'s "26-FEB-1987" publication date places "early January" and "last year"', () => {
  const pub = parsePublished('26-FEB-1987 15:01:01.79');
  assert.deepEqual(dates('Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.', pub), [
    ['early January', '1987-01'],
  ]);
  assert.deepEqual(dates('Total Bahia sales are currently estimated at 6.13 mln bags against 5.79 mln last year.', pub), [['last year', '1986']]);
  // 67.1 mln is 67,100,000, not 67099999.99999999
  assert.deepEqual(figs('Sales were 67.1 mln dlrs.'), [['money', 67100000, null, 'USD', null]]);
});

test("a country's dollar is its own currency (Reuters eurobond notices): Australian and Canadian dollars are no count of 'dlrs'", () => {
  assert.deepEqual(figs('Denominations are 1,000 and 10,000 Australian dlrs.'), [
    ['other', 1000, null, null, null],
    ['money', 10000, null, 'AUD', null],
  ]);
  assert.deepEqual(figs('It is available in denominations of 5,000 and 100,000 Canadian dlrs.'), [
    ['other', 5000, null, null, null],
    ['money', 100000, null, 'CAD', null],
  ]);
  // a demonym before another noun still leaves a count
  assert.deepEqual(figs('Japan bought 5,000 tonnes of Canadian rapeseed and 40 Australian ships.'), [
    ['other', 5000, null, 't', null],
    ['count', 40, null, null, 'ships'],
  ]);
});

test('a future verb after a date looks forward only when no past verb comes first (ECB+, PolNeAR)', () => {
  // ECB+ 22_6ecbplus, 7 December 2010: the killings were in September 2010, the trial is ahead
  const kraft =
    'The woman who allegedly shot and killed two co-workers in September at the Kraft Foods plant in Northeast Philadelphia will face trial on multiple counts of murder and attempted murder.';
  assert.deepEqual(dates(kraft, parsePublished('2010-12-07')), [['in September', '2010-09']]);
  // PolNeAR, published Monday 26 September 2016: the announcement was that day
  const fact =
    'On Monday, PolitiFact announced it will have 18 fact-checkers working during the first presidential debate, and it will all be done in real-time.';
  assert.deepEqual(dates(fact, parsePublished('2016-09-26')), [['On Monday', '2016-09-26']]);
  // PolNeAR, Wednesday 6 July 2016: a date opening a sentence whose verb is future is ahead
  const comey = 'On Thursday, Comey will testify before the House Oversight Committee about the decision not to recommend charges against Clinton.';
  assert.deepEqual(dates(comey, parsePublished('2016-07-06')), [['On Thursday', '2016-07-07']]);
  // Reuters, 4 March 1987: a date right after a past verb is that verb's; one deep in what was said is ahead (2 March)
  const borrowing =
    'Lusinchi said on Monday the government will limit foreign borrowing, which would come from banks and multilateral agencies, to 50 pct of interest and principal paid in the next two years.';
  assert.deepEqual(dates(borrowing, parsePublished('4-MAR-1987 10:19:55.55')), [['on Monday', '1987-03-02']]);
  const chairman =
    'Henderson said that in his new role of chairman, effective April one when he takes over from Sir John Harvey-Jones who will retire, the biggest challenge ahead lay in continuing the earnings momentum.';
  assert.deepEqual(
    dates(chairman, parsePublished('2-MAR-1987 15:40:01.35')).map(([, d]) => d),
    ['1987-04'],
  );
});

test('Reuters dates: "in February last year", "By this Friday ... will", "set for testing in August"', () => {
  assert.deepEqual(
    dates(
      'Domestic sales for the month were off 61 pct to 2,501 cars from 6,472 cars in February last year, American Motors said.',
      parsePublished('1987-03-04'),
    ),
    [['February last year', '1986-02']],
  );
  // written on Thursday 5 March 1987: the Friday of that week, the next day
  assert.deepEqual(dates('By this Friday, sources estimated a further 233,600 tonnes of cereals will have been loaded.', parsePublished('1987-03-05')), [
    ['this Friday', '1987-03-06'],
  ]);
  assert.deepEqual(
    dates(
      'The system, set for testing in August in selected U.S. cities, is expected to be operational 90 days after initial testing.',
      parsePublished('1987-03-02'),
    ),
    [['in August', '1987-08']],
  );
  // ECB+ and BASIL: a plan that was, and a past deadline, stay behind the day of writing (Wednesday 18 August 2010)
  assert.deepEqual(dates('A second witness had expected to testify in the shooting on Thursday as well.', parsePublished('2010-08-18')), [
    ['on Thursday', '2010-08-12'],
  ]);
  // BASIL: a bare abbreviated month is no date ("Gov. Jan Brewer"); with a cue it is
  assert.deepEqual(dates('Prominent Republicans are calling for Ariz. Gov. Jan Brewer to veto a controversial bill.', parsePublished('2014-02-26')), []);
  assert.deepEqual(dates('Exports rose in Jan, the ministry said.', parsePublished('2014-02-26')), [['in Jan', '2014-01']]);
  assert.deepEqual(dates('NOTE: On Dec one, 1986, company acquired Holt, Rinehart and Winston.', parsePublished('1987-03-02')), [['Dec', '1986-12']]);
  assert.deepEqual(dates('By Saturday, the president clarified that he was not speaking about the "wisdom" of the center.', parsePublished('2010-08-18')), [
    ['Saturday', '2010-08-14'],
  ]);
});

test("a country's dollar: the first-word check gives what trying every one- and two-word name gives, at every token of real articles", () => {
  const { DOLLAR_COUNTRIES, DOLLAR_WORDS } = quantities;
  // countryDollar as it was, without the check on the first word
  const tryEvery = (tokens: Token[], j: number) => {
    for (const n of [1, 2]) {
      const words = tokens.slice(j, j + n);
      const unit = tokens[j + n];
      if (words.length < n || !unit || words.some((t) => t.kind !== 'word')) continue;
      const country = DOLLAR_COUNTRIES[words.map((t) => t.text.toLowerCase()).join(' ')];
      const part = DOLLAR_WORDS[unit.text.toLowerCase()];
      if (country && part !== undefined) return { currency: `${country}${part}`, end: j + n + 1 };
    }
    return null;
  };
  const records = readFileSync(new URL('../../test/fixtures/cluster/reuters-issuers.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { title: string; text: string });
  let found = 0;
  const extra = ['It paid 10 New Zealand dollars, 5 Hong Kong cts and 3 East Caribbean dlr.', 'new zealand', 'Hong', 'us dlrs'];
  for (const text of [...records.flatMap((r) => [r.title, ...r.text.split('\n')]), ...extra]) {
    const tokens = tokenize(text);
    for (let j = 0; j <= tokens.length; j++) {
      const expected = tryEvery(tokens, j);
      assert.deepEqual(countryDollar(tokens, j), expected);
      if (expected) found++;
    }
  }
  assert.ok(found >= 15, `${found} country dollars`);
});

test('a mixed number: the wire\'s "7-1/2", "4 1/2", and "41/2" whose "½" a copy lost (ECB+, Reuters, PolNeAR)', () => {
  assert.deepEqual(
    figs(
      'LaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break-in quiet, and served 41/2 months in federal prison for conspiracy to obstruct justice.',
    ),
    [['count', 4.5, null, null, 'months']],
  );
  assert.deepEqual(
    figs(
      '"The extent of the harm caused by defendant\'s conduct is incalculable," federal prosecutors wrote in seeking a maximum penalty of 41/2 years under U.S. sentencing guidelines.',
    ).map((f) => f[1]),
    [4.5],
  );
  assert.deepEqual(
    figs('Next week Ohio River (Owensboro/south) 125 pct bid/132-1/2 offered - up 7-1/2 points.').map((f) => f[1]),
    [125, 132.5, 7.5],
  );
  assert.deepEqual(
    figs('He was sentenced to 2 1/2 years, with 9 months to serve in that case.').map((f) => f[1]),
    [2.5, 9],
  );
});

test('wire fractions: sixteenths, and a fraction alone before a measure or after a move, are one figure (Reuters)', () => {
  // r3k 475: "6-1/16" was 6 then "16 pct", and the 6 met another day's "six pct"
  assert.deepEqual(
    figs('Federal funds, which averaged 6.02 pct on Friday, opened at 6-1/8 pct and traded between there and 6-1/16 pct.').map((f) => f[1]),
    [6.02, 6.125, 6.0625],
  );
  // r3k 291 and 4: a fee and a price move, each one figure (was 5 then "8 pct"; 1 then 8)
  assert.deepEqual(
    figs('The selling concession is 1-1/4 pct while management and underwriting combined pays 5/8 pct.').map((f) => f[1]),
    [1.25, 0.625],
  );
  assert.deepEqual(
    figs('The stock traded around 12, down 1/8, this afternoon, after falling to 11-1/2 earlier this week on the news.').map((f) => f[1]),
    [12, 0.125, 11.5],
  );
});

test('a move "X to Y" is the change and the level reached, not a range; a range of the change stays one (Reuters)', () => {
  // r3k: the change and the price after it (was one range 0.5 to 6.75; 14 to 164)
  assert.deepEqual(
    figs('Anacomp rose 1/2 to 6-3/4 on volume of 950,000 shares after trading as high as seven.').map((f) => [f[1], f[2]]),
    [
      [0.5, null],
      [6.75, null],
      [950000, null],
      [7, null],
    ],
  );
  assert.deepEqual(
    figs('In Canada, the rig count was up 14 to 164, against 422 one year ago.')
      .slice(0, 2)
      .map((f) => [f[1], f[2]]),
    [
      [14, null],
      [164, null],
    ],
  );
  // "down 29.9 to 36.3 pct from last year's figure": how much it fell, a range
  assert.deepEqual(
    figs("Two to 2.2 mln hectares have been planted with sunflowers for this harvest, down 29.9 to 36.3 pct from last year's figure of 3.14 mln.")
      .filter((f) => f[0] === 'percent')
      .map((f) => [f[1], f[2]]),
    [[29.9, 36.3]],
  );
});

test('a word is lower-cased for the number-word reader only when its first letter may open a number word', () => {
  // Reuters-21578 style; first read once so the tables are built before the count
  findFigures('He said 5 men and two women came on Monday.', 'd', 0, PUB);
  const text = 'Chrysler Corp said it agreed to buy twenty-five plants from Volkswagen AG of West Germany for 200 mln dlrs, its third purchase this year.';
  const tokens = tokenize(text);
  const lower = String.prototype.toLowerCase;
  const lowered = new Set<string>();
  String.prototype.toLowerCase = function (this: string) {
    lowered.add(String(this));
    return lower.call(this);
  };
  let found: ReturnType<typeof findFigures>;
  try {
    found = findFigures(text, 'd', 0, PUB, tokens);
  } finally {
    String.prototype.toLowerCase = lower;
  }
  assert.deepEqual(
    found.filter((f) => f.kind !== 'date').map((f) => [f.kind, f.value, f.what ?? null]),
    [
      ['count', 25, 'plants'],
      ['money', 200_000_000, null],
    ],
  );
  // (c, a, v, g, w, p open no number word; "twenty-five", "third", "this" may and are read)
  for (const w of ['Chrysler', 'Corp', 'agreed', 'Volkswagen', 'AG', 'Germany', 'West', 'purchase', 'its']) assert.ok(!lowered.has(w), w);
  assert.ok(lowered.has('twenty-five'));
});
