// The zone a stamp without one is read in: the page's own stamps, the outlet's domain, else UTC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletZone, pageZone, stampInstant, textZone } from './stamp-zone.ts';
import { stampDay } from './dateline-zones.ts';

test("an outlet's zone by its domain: a newsroom's, else a one-zone country's, never a many-zone country's", () => {
  assert.equal(outletZone('https://edition.cnn.com/2020/01/21/x.html')?.zone, 'America/New_York');
  assert.equal(outletZone('https://www.abc.net.au/news/x')?.zone, 'Australia/Sydney');
  assert.equal(outletZone('https://www.elpais.com.uy/informacion/x')?.zone, 'America/Montevideo');
  assert.match(outletZone('https://www.tagesschau.de/x')!.reason, /country of its domain \.de/);
  assert.equal(outletZone('https://www.perthnow.com.au/x'), null);
  assert.equal(outletZone('https://example.com/x'), null);
  assert.equal(outletZone('not a url'), null);
});

test("a stamp read in a named zone takes that day's summer time", () => {
  assert.equal(new Date(stampInstant('2020-01-21T07:00', 'America/New_York')!).toISOString(), '2020-01-21T12:00:00.000Z');
  assert.equal(new Date(stampInstant('2020-07-21T07:00:00', 'America/New_York')!).toISOString(), '2020-07-21T11:00:00.000Z');
  assert.equal(new Date(stampInstant('2020-07-21T07:00:00.5', '+09:00')!).toISOString(), '2020-07-20T22:00:00.500Z');
  assert.equal(stampInstant('2020-07-21T07:00:00Z', 'UTC'), null);
});

test("a page's other stamps: the same time with its zone, the same instant, else the offset they carry (not Z alone)", () => {
  // latimes.com: "dateModified":"2020-02-19T12:00:10.372Z" beside a published_time without it
  assert.equal(pageZone('2020-02-19T12:00:10.372', '"dateModified":"2020-02-19T12:00:10.372Z"')?.zone, 'UTC');
  // wired.com: "dateModified":"2020-01-21T17:25:26.972" and, elsewhere, 22:25:26.972Z
  assert.equal(pageZone('2020-01-21T17:25:26.972', '"x":"2018-10-30T13:39:00.000Z","y":"2020-01-21T22:25:26.972Z"')?.zone, '-05:00');
  // a whole hour apart with no seconds is no evidence of one instant; a Z stamp alone tells no newsroom's zone
  assert.equal(pageZone('2020-01-21T07:00:00.000', '"y":"2020-01-21T12:00:00.000Z"'), null);
  // elpais.com.uy: cXenseParse:recs:publishtime 2022-05-11T04:10:00-03:00
  assert.equal(pageZone('2022-05-10T23:35:55', 'content="2022-05-11T04:10:00-03:00"')?.zone, '-03:00');
  assert.equal(pageZone('2022-05-10T23:35:55+02:00', 'content="2022-05-11T04:10:00-03:00"'), null);
});

test("a stamp read in its outlet's zone is not moved to the next day at its own city's dateline", () => {
  // 20:30 in Tokyo read as UTC is 05:30 the next day there (time35's reading); read in Tokyo it is the stamp's day
  assert.equal(stampDay('2024-03-05T20:30', 'TOKYO, March 5 -').localDay, '2024-03-06');
  const tokyo = stampDay('2024-03-05T20:30', 'TOKYO, March 5 -', { zone: 'Asia/Tokyo', reason: 'the outlet japantimes.co.jp' });
  assert.equal(tokyo.localDay, null);
  assert.equal(tokyo.note, "stamp without a zone read in Asia/Tokyo: the outlet japantimes.co.jp; at the dateline's place (UTC+9) that is 2024-03-05");
  // the UTC default that moves nothing says nothing; a Z stamp is UTC whatever zone is offered
  assert.deepEqual(stampDay('2024-03-05T10:30', 'TOKYO, March 5 -'), { localDay: null, note: null });
  assert.equal(stampDay('2024-03-05T20:30Z', 'TOKYO', { zone: 'Asia/Tokyo', reason: 'x' }).localDay, '2024-03-06');
});

test("the zone word a stamp line writes after the stamp's own time (ECB+ pages)", () => {
  // 12_1ecbplus, 27_11ecbplus, 7_3ecbplus, 8_7ecbplus, 24_5ecbplus
  assert.equal(textZone('2011-11-11T20:09', ['Updated: November 11, 2011 20:09 IST'])?.zone, '+05:30');
  assert.equal(
    textZone('2013-09-18T14:16', ['Reuters Sep 18, 2013, 02.16PM IST'])?.reason,
    'the stamp line says 02.16PM IST (read as India Standard Time; IST is also Irish Standard Time and Israel Standard Time: neither the outlet nor a dateline tells which)',
  );
  assert.equal(textZone('2012-07-07T19:40', ['Posted: Jul 07, 2012 7:40 PM ET'])?.zone, 'America/New_York');
  assert.equal(textZone('2010-05-06T09:03', ['Updated Thu 6 May 2010, 9:03am AEST'])?.zone, '+10:00');
  assert.equal(textZone('2013-09-09T11:25', ['Published: 09 Sep 2013 11:25 GMT+02:00'])?.zone, '+02:00');
  // another time's zone word, or a word that is no zone, tells nothing
  assert.equal(textZone('2013-09-09T11:25', ['Updated 12:40 GMT']), null);
  assert.equal(textZone('2013-09-09T11:25', ['09 Sep 2013 11:25 AP']), null);
});

test('a zone word in brackets is quoted without them (ECB+ "15:39 (GMT+05:00)")', () => {
  assert.deepEqual(textZone('2013-09-25T15:39', ['25 September 2013 15:39 (GMT+05:00)']), { zone: '+05:00', reason: 'the stamp line says 15:39 GMT+05:00' });
});
