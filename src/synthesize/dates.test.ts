// Which stated dates date a sentence's own event (eventDates), on real sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDates, referenceDate, statedDates } from './dates.ts';

const dated = (text: string, published: string) => eventDates(text, statedDates(text, referenceDate(published))).map((d) => d.date);

test('a day after "if" or "whether" in its clause is a possibility, not a stated day (r3k 1591, Funaro)', () => {
  const funaro = 'Funaro, who travels to Italy this evening, said it was unclear if he would go to Japan on Friday or return to Brazil first.';
  assert.deepEqual(dated(funaro, '1987-03-04T12:20:50'), []);
  // the same trip stated as planned (r3k 2790) is a day
  const arrive =
    'After visiting the U.S., England, France, West Germany, Italy and Switzerland, Funaro is now on his way to Tokyo, where he is to arrive on Sunday for talks with Japanese government officials as well as private bankers.';
  assert.equal(dated(arrive, '1987-03-06T14:17:15').length, 1);
  // a hedge in an earlier clause does not reach the date
  assert.deepEqual(dated('If approved, the payment date is March 31.', '1987-03-02'), ['1987-03-31']);
});
