// Which stated dates date a sentence's own event (eventDates), on real sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventDates, lastWords, referenceDate, statedDates } from './dates.ts';
import { DATE_ROLE_WINDOW } from './lexicon.ts';

const dated = (text: string, published: string) => eventDates(text, statedDates(text, referenceDate(published))).map((d) => d.date);

test('a day after "if" or "whether" in its clause is a possibility, not a stated day (r3k 1591, Funaro)', () => {
  const funaro = 'Funaro, who travels to Italy this evening, said it was unclear if he would go to Japan on Friday or return to Brazil first.';
  assert.deepEqual(dated(funaro, '1987-03-04T12:20:50'), []);
  // the same trip stated as planned (r3k 2790) is a day
  const arrive =
    'After visiting the U.S., England, France, West Germany, Italy and Switzerland, Funaro is now on his way to Tokyo, where he is to arrive on Sunday for talks with Japanese government officials as well as private bankers.';
  assert.equal(dated(arrive, '1987-03-06T14:17:15').length, 1);
  // a day given up is no day the sentence states (r6k 8823, Cyclops); the day it holds now is (r6k 6402)
  assert.deepEqual(dated('Its offer originally was scheduled to expire March 17 but was extended for one week.', '1987-03-24T11:39:13'), []);
  assert.deepEqual(dated("Audio/Video's offer is scheduled to expire March 20.", '1987-03-18T07:30:17'), ['1987-03-20']);
  // a hedge in an earlier clause does not reach the date
  assert.deepEqual(dated('If approved, the payment date is March 31.', '1987-03-02'), ['1987-03-31']);
});

test('"is to" points a bare weekday forward (r3k 2790, Funaro, published Friday March 6, 1987)', () => {
  const arrive =
    'After visiting the U.S., England, France, West Germany, Italy and Switzerland, Funaro is now on his way to Tokyo, where he is to arrive on Sunday for talks with Japanese government officials as well as private bankers.';
  assert.deepEqual(dated(arrive, '1987-03-06T14:17:15'), ['1987-03-08']);
  // "what is to be" describes, it plans nothing (ECB+ 1_14ecbplus, published Friday May 3, 2013)
  const lohan =
    'Lindsay Lohan checked into the Betty Ford Clinic in Rancho Mirage, Calif., on Thursday night, for what is to be a three-month stay, her rep confirms to PEOPLE.';
  assert.deepEqual(dated(lohan, '2013-05-03T11:00'), ['2013-05-02']);
  // a past event's weekday still points back (r6k 4061)
  assert.deepEqual(dated("President Jose Sarney's government despatched troops to Brazil's ports and oil installations on Tuesday.", '1987-03-12T03:24:08'), [
    '1987-03-10',
  ]);
});

test("a day the sentence looks forward to is a plan's; a day something happened is not (r6k 8069 / 8129, Conable)", () => {
  const roles = (text: string, published: string) => eventDates(text, statedDates(text, referenceDate(published))).map((d) => [d.date, d.role]);
  assert.deepEqual(roles('He will see Suharto on Tuesday after a day of detailed discussions with ministers tomorrow.', '1987-03-21T23:13:52')[0], [
    '1987-03-24',
    'plan',
  ]);
  assert.deepEqual(roles('Conable arrived here on Saturday and will have talks with Suharto tomorrow.', '1987-03-23T01:47:36')[0], ['1987-03-21', null]);
});

test('a publication date is read once: the same reference day again, equal to the date it names (r3k 1591, 2790)', () => {
  const first = referenceDate('1987-03-04T12:20:50');
  assert.equal(referenceDate('1987-03-04T12:20:50'), first);
  assert.equal(first?.toISOString(), '1987-03-04T00:00:00.000Z');
  // another time of the same day is that day too, read once by the day (all of Reuters' stamps differ, its days are few)
  assert.equal(referenceDate('1987-03-04T08:00:00'), first);
  assert.equal(referenceDate('1987-03-04'), first);
  assert.notEqual(referenceDate('1987-03-06T14:17:15')?.getTime(), first?.getTime());
  assert.equal(referenceDate('March 1987'), null);
  // the day opens the stamp, in ASCII digits, or there is none
  assert.equal(referenceDate('1987-3-04T08:00:00'), null);
  assert.equal(referenceDate('1987/03/04'), null);
  assert.equal(referenceDate('１987-03-04'), null);
  assert.equal(referenceDate('1987-03-0'), null);
  // what the old pattern (/^(\d{4})-(\d{2})-(\d{2})/) read the same: a month or day out of range rolls over as Date.UTC does
  assert.equal(referenceDate('1987-13-01')?.toISOString(), '1988-01-01T00:00:00.000Z');
  assert.equal(referenceDate('1987-02-30T00:00:00Z')?.toISOString(), '1987-03-02T00:00:00.000Z');
  assert.equal(referenceDate(''), null);
  assert.equal(referenceDate(undefined), null);
});

test('lastWords: the last words before a day as the whole text before it gives them (every seed paragraph, every place in it)', () => {
  const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'seeds');
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(seeds, f), 'utf8').split(/\n\s*\n/));
  // white space other than a space, a final sigma's context, a long word with no space before the day
  texts.push(
    'ΟΔΥΣΣΕΥΣ ΑΦΙΧΘΗ on Monday,\tthe\u00a0ministry said: ΟΔΟΣ ΕΙΣ τας 5 μαρτίου',
    `${'x'.repeat(300)} on Friday`,
    'Ὀδυσσεύς   ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ ΟΣ on Monday',
  );
  let compared = 0;
  for (const text of texts)
    for (let at = 0; at <= text.length; at++)
      for (const lead of ['', 'on ', 'early ']) {
        const whole = `${text.slice(0, at)} ${lead}`.toLowerCase().match(/[\p{L}]+/gu) ?? [];
        const got = lastWords(text, at, lead);
        assert.deepEqual(got.slice(-DATE_ROLE_WINDOW), whole.slice(-DATE_ROLE_WINDOW), `${text.slice(0, at)} | ${lead}`);
        assert.ok(got.length >= Math.min(whole.length, DATE_ROLE_WINDOW, 2));
        compared++;
      }
  assert.ok(compared > 100_000, `${compared} places`);
});

test("a day right before its sentence's verb of saying, or opening the sentence before its subject and that verb, dates the saying (Reuters-21578)", () => {
  const roles = (text: string, published: string) => eventDates(text, statedDates(text, referenceDate(published))).map((d) => [d.date, d.role]);
  // 19897 / 16542 / 21556 / 4772: the saying's day, compared only with another saying's (not the SEC letter's June 26,
  // the offensive's "last Tuesday", the Bonn meeting "today", the 14D-9 "later today")
  assert.deepEqual(
    roles('Texaco today said the SEC would urge the Texas Supreme Court to accept the case for review with respect to the issue.', '1987-06-29T16:05:00'),
    [['1987-06-29', 'saying']],
  );
  assert.deepEqual(
    roles(
      'Iran today reported major gains on the southern front near the major Iraqi port city of Basra, saying its forces had captured an important defensive line.',
      '1987-04-09T10:00:00',
    ),
    [['1987-04-09', 'saying']],
  );
  assert.deepEqual(
    roles("On Sunday, Baker said last week's rise in short-term West German interest rates was not in keeping with the accords.", '1987-10-19T09:00:00'),
    [['1987-10-18', 'saying']],
  );
  assert.deepEqual(
    roles("On Wednesday, Sosnoff told the Securities and Exchange Commission that he controls 13.6 pct of the company's stock.", '1987-03-13T12:00:00'),
    [['1987-03-11', 'saying']],
  );
  assert.deepEqual(roles('Petrobras said in a statement today it had requested the withdrawal of the troops.', '1987-03-13T12:00:00'), [
    ['1987-03-13', 'said'],
  ]);
  // both sides of Cyacq's raised bid (4933 "yesterday said", 6402 "On Friday, <CYACQ Corp>, an investor group ..., said"):
  // two sayings' days, still compared (the true Thursday / Friday difference)
  assert.deepEqual(
    roles(
      'Cyacq, comprising Audio/Video Affiliates Inc, Citicorp Capital Investors Ltd and other investors, yesterday said it would increase its tender offer for Cyclops to 92.50 dlrs a share from 80 dlrs, subject to certain conditions.',
      '1987-03-13T12:00:00',
    ),
    [['1987-03-12', 'saying']],
  );
  assert.deepEqual(
    roles(
      'On Friday, <CYACQ Corp>, an investor group formed by Audio/Video Affiliates Inc <AVA> and Citicorp <CCI>, said it would increase the price it was offering for all Cyclops shares to 92.50 dlrs from 80.00 dlrs each.',
      '1987-03-18T12:00:00',
    ),
    [['1987-03-13', 'saying']],
  );
  // a day after the verb is another role: two speakers' sayings are not paired (15600 / 15700, GenCorp; 4943 / 11888, Caesars)
  assert.deepEqual(
    roles(
      "General Partners, which includes GC Holdings Inc and General Acquisitions Inc, said yesterday it was dropping its 100-dlr-a-share hostile takeover bid for GenCorp because of GenCorp's move to buy back its shares for up to 130 dlrs each.",
      '1987-04-09T12:00:00',
    ),
    [['1987-04-08', 'said']],
  );
  assert.deepEqual(
    roles('On Monday, GenCorp announced it will buy up to 54 pct of its own outstanding common shares for 130 dlrs per share.', '1987-04-09T12:00:00'),
    [['1987-04-06', 'saying']],
  );
  assert.deepEqual(
    roles(
      'Earlier today, Caesars World announced that its board unanimously rejected a 28 dlr per share, or 725.2 mln dlr, takeover offer from MTS Acquisition Corp, a company formed by Sosnoff.',
      '1987-03-13T12:00:00',
    ),
    [['1987-03-13', 'saying']],
  );
  // a day opening a sentence of another verb is its event's (20092); so is one before a verb of doing (4953's troops)
  assert.deepEqual(
    roles('On Monday U.S. Navy warships blasted the Rostam platform, and Navy personnel stormed a second platform a few miles away.', '1987-10-20T09:00:00'),
    [['1987-10-19', null]],
  );
  assert.deepEqual(roles("President Jose Sarney's government despatched troops to Brazil's ports and oil installations on Tuesday.", '1987-03-12T12:00:00'), [
    ['1987-03-10', null],
  ]);
});

test('a day\'s qualifier ("last", "early") is passed over when reading the word before it for its role (all of Reuters, claims73)', () => {
  const roles = (text: string, published: string) => eventDates(text, statedDates(text, referenceDate(published))).map((d) => [d.date, d.role]);
  // 20632: the Silkworm attack's day, not the raid on the platforms "on Monday" (20882)
  assert.deepEqual(
    roles(
      'U.S. naval forces destroyed an offshore oil platform and raided another in what the administration called a "measured and appropriate response" to an Iranian Silkworm missile attack last Friday on a U.S.-flagged tanker in Kuwaiti waters.',
      '1987-10-20T15:28:37',
    ),
    [['1987-10-16', 'attack']],
  );
  // 386: the disclosure's day, not North's firing "November 25" (3590)
  assert.deepEqual(
    roles(
      'The two other victims of the scandal are former National Security Adviser Vice Adm. John Poindexter who resigned and Marine Lt. Col. Oliver North who was fired after it was disclosed last November 23 that profits from the Iran arms sale were diverted to the contras.',
      '1987-03-02T09:02:11',
    ),
    [['1986-11-23', 'said']],
  );
  // "until early May" is a deadline as "until May" is (8603, Thailand's drought)
  assert.deepEqual(
    roles(
      'Thirteen provinces, mainly in northeast and eastern Thailand, have been suffering a worse than average drought since mid-February and the dry spell is expected to last until early May, Deputy Interior Minister Santi Chaiviratana said.',
      '1987-03-24T02:41:14',
    )[1],
    ['1987-05', 'deadline'],
  );
  // 8390: "said last Friday" dates the saying as "said on Friday" does
  assert.deepEqual(
    roles(
      'Milos Milosavljevic, also a Deputy Prime Minister, said last Friday that Yugoslavia had repaid 640 mln dlrs of principal and 325 mln dlrs of interest so far in 1987.',
      '1987-03-23T12:52:04',
    )[0],
    ['1987-03-20', 'said'],
  );
});
