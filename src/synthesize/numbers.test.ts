import { test } from 'node:test';
import assert from 'node:assert/strict';
import { milestoneYears, parseNumbers, yearAnchors } from './numbers.ts';
import { statedDates, referenceDate } from './dates.ts';

test('figures in digits and in words meet on one value', () => {
  const digits = parseNumbers('Russia was preparing 200,000 fresh troops for a major offensive');
  const words = parseNumbers('the Russian Federation was preparing two hundred thousand "new fighters" for a large-scale offensive');
  assert.equal(digits[0].value, 200000);
  assert.equal(words[0].value, 200000);
  assert.equal(parseNumbers('seeds 1.5 million people and twenty-five cows')[0].value, 1.5e6);
  assert.equal(parseNumbers('seeds 1.5 million people and twenty-five cows')[1].value, 25);
});

test('ranges are one figure; a comma after a number is punctuation', () => {
  const [r] = parseNumbers('Russia now has 10,000 to 15,000 troops in the country');
  assert.deepEqual([r.value, r.high, r.what], [10000, 15000, 'troops']);
  assert.equal(parseNumbers('Tara Reid, 33, who starred in "American Pie"')[0].value, 33);
});

test('"in three years" said in 2022 and "since 2019" point at the same year', () => {
  assert.deepEqual(yearAnchors("This is Russian President Vladimir Putin's first visit in three years", 2022), [2019]);
  assert.deepEqual(yearAnchors('His visit will be his first to Minsk since 2019', 2022), [2019]);
  assert.deepEqual(yearAnchors('no year here', null), []);
});

test('a headline in capitals points at its years: "IN FOUR YEARS", "FIRST ... IN 25 YEARS" (Reuters titles)', () => {
  // the sentences are read lower-cased, and only those that write what the patterns need, in any case
  assert.deepEqual(yearAnchors('PERU HAS FIRST TRADE DEFICIT IN FOUR YEARS', 1987), [1983]);
  assert.deepEqual(milestoneYears('PERU HAS FIRST TRADE DEFICIT IN FOUR YEARS', 1987), [1983]);
  assert.deepEqual(milestoneYears('U.S. BANK INCOME SHOWS FIRST DROP IN 25 YEARS', 1987), [1962]);
  assert.deepEqual(yearAnchors('PRUDENTIAL RECORDS BEST RESULTS IN SIX YEARS', null), []);
});

test('dates resolve against the publication day', () => {
  const ref = referenceDate('2022-12-19');
  const d = statedDates("Putin's visit was announced on Friday after a surprise Dec. 3 trip to Belarus", ref);
  assert.deepEqual(
    d.map((x) => x.date),
    ['2022-12-16', '2022-12-03'],
  );
  assert.deepEqual(
    d.map((x) => x.explicit),
    [false, true],
  );
  assert.equal(statedDates('the abortive attack on Kyiv in February', ref)[0].date, '2022-02');
  assert.equal(statedDates('died suddenly late last month', ref)[0].date, '2022-11');
  // "since 2019" is not the date of an event
  assert.deepEqual(statedDates('his first to Minsk since 2019', ref), []);
  assert.deepEqual(statedDates('on Friday', null), []);
  assert.equal(referenceDate('not a date'), null);
});

test('a yearless month or day after a future verb points forward; a coming day needs no verb', () => {
  const ref = referenceDate('2022-12-19');
  // seeds: InoSMI and The Week, 19 December 2022, on the offensive expected next year
  assert.equal(
    statedDates('He is convinced that the offensive will begin soon, probably in January, but the most likely date is early spring.', ref)[0].date,
    '2023-01',
  );
  assert.equal(
    statedDates('Ukraine has also stated that Russia would likely have another go at Kyiv, likely in early February or March.', ref)[0].date,
    '2023-02',
  );
  // the future verb after the date belongs to what was announced then
  assert.equal(statedDates('In October, Moscow introduced that Russian troops would return to Belarus.', ref)[0].date, '2022-10');
  // Reuters, 26 February 1987: a record date three weeks on is this year's
  const feb = referenceDate('1987-02-26');
  assert.equal(
    statedDates(
      'The company said directors declared a quarterly cash dividend on each new share of both classes of 28 cts, payable April one to holders of record March 20.',
      feb,
    )[0].date,
    '1987-03-20',
  );
  assert.deepEqual(
    statedDates("Jackson's court date is set for February 17, 2009.", ref).map((d) => d.yearStated),
    [true],
  );
});

test('bounds and estimates: "more than eight years" agrees with "over seven years"; model names count nothing', async () => {
  const { figureBounds } = await import('./units.ts');
  const f = (text: string, value: number, what: string, sentence: string) => figureBounds(sentence, { value, high: null, what, text });
  const more = f('eight years', 8, 'years', 'He was banned for more than eight years.')!;
  const over = f('over seven years', 7, 'years', 'He was banned over seven years.')!;
  assert.deepEqual([more.low, more.top, over.low, over.top], [8, Infinity, 7, Infinity]);
  const about = f('60 people', 60, 'people', 'About 60 people gathered outside.')!;
  assert.deepEqual([about.low, about.top], [51, 69]);
  assert.equal(f('47', 47, 'rifles', 'They seized seven AK-47 rifles.'), null);
  const plain = f('200,000', 200000, 'troops', 'Russia was preparing 200,000 fresh troops.')!;
  assert.deepEqual([plain.low, plain.top], [200000, 200000]);
});

test('words that name object properties are no numbers', () => {
  for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    assert.deepEqual(
      parseNumbers(`The ${word} said it would take three years`).map((n) => n.value),
      [3],
      word,
    );
    assert.deepEqual(yearAnchors(`in ${word} years`, 2022), [], word);
  }
});

test('stated dates: a weekday in a sentence that looks forward is the next such day (Reuters, Wednesday 4 March 1987)', () => {
  const ref = referenceDate('1987-03-04');
  assert.equal(
    statedDates('Funaro, who travels to Italy this evening, said it was unclear if he would go to Japan on Friday or return to Brazil first.', ref)[0].date,
    '1987-03-06',
  );
  assert.equal(statedDates('The meeting ended on Friday without agreement.', ref)[0].date, '1987-02-27');
  // a table row of monthly figures states no day
  assert.deepEqual(statedDates('Wheat prev 39.9, Feb 48.7, March 13.2, Apr 10.0, total 111.8 (82.7) .', ref), []);
  // Monday 2 March 1987: a plan about last Sunday's agreement
  assert.equal(
    statedDates("WAM said the officials would be discussing implementation of last Sunday's agreement in Doha.", referenceDate('1987-03-02'))[0].date,
    '1987-03-01',
  );
});

test('a negated bound is the other bound: "not more than ten mln shares" is at most ten (Reuters)', async () => {
  const { figureBounds } = await import('./units.ts');
  const f = (text: string, value: number, what: string, sentence: string) => figureBounds(sentence, { value, high: null, what, text });
  const most = f('ten mln shares', 10e6, 'shares', 'GM said it would not repurchase more than ten mln shares this year.')!;
  assert.deepEqual([most.low, most.top], [-Infinity, 10e6]);
  const least = f('eight people', 8, 'people', 'No fewer than eight people were hurt, and no less than eight people were missing.')!;
  assert.deepEqual([least.low, least.top], [8, Infinity]);
  // the qualifier in the figure's own text, as enrichment reads it
  const own = f('more than ten mln shares', 10e6, 'shares', 'GM said it would not repurchase more than ten mln shares this year.')!;
  assert.deepEqual([own.low, own.top], [-Infinity, 10e6]);
});

test('every qualifier word bounds a figure, before it or opening its text, in any spacing (the one-pattern gate lets each through)', async () => {
  const { figureBounds } = await import('./units.ts');
  const { FIGURE_QUALIFIERS } = await import('./lexicon.ts');
  const f = (text: string, sentence: string) => figureBounds(sentence, { value: 40, high: null, what: 'people', text })!;
  for (const { words, kind } of FIGURE_QUALIFIERS)
    for (const w of words) {
      const plain = (b: { low?: number; top?: number }) => b.low === 40 && b.top === 40;
      assert.ok(!plain(f('40 people', `Police said ${w} 40 people were hurt.`)), `${w} before`);
      assert.ok(!plain(f(`${w.toUpperCase()}  40 people`, `Police said ${w.toUpperCase()}  40 people were hurt.`)), `${w} opening`);
      // a negated bound is the other bound (an estimate is none)
      if (kind !== 'about') assert.ok(!plain(f('40 people', `Police said it was not ${w.replace(' ', '\u00a0')} 40 people.`)), `not ${w}`);
    }
  // no qualifier: the figure's own value
  const none = f('40 people', 'Police said 40 people were hurt in the overcast weather.');
  assert.deepEqual([none.low, none.top], [40, 40]);
});

test('every month word dates a sentence in any case (the month gate lets each through)', () => {
  const ref = referenceDate('1987-03-04');
  const words = ['January', 'Jan', 'February', 'Feb', 'March', 'Mar', 'April', 'Apr', 'May', 'June', 'Jun', 'July', 'Jul', 'August', 'Aug'];
  for (const w of [...words, 'September', 'Sep', 'Sept', 'October', 'Oct', 'November', 'Nov', 'December', 'Dec']) {
    assert.equal(statedDates(`The dividend is payable ${w.toUpperCase()} 20 to holders.`, ref).length, 1, `${w} 20`);
    assert.equal(statedDates(`The vote was set for 3 ${w.toLowerCase()}.`, ref).length, 1, `3 ${w}`);
    assert.equal(statedDates(`Talks resume in ${w}.`, ref).length, 1, `in ${w}`);
  }
  assert.deepEqual(statedDates('Talks resumed after a long pause of 20 days.', ref), []);
});
