import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePublished } from './published.ts';

test('publication dates from containers become ISO 8601', () => {
  const cases: Array<[string | null, string | null]> = [
    ['2022-12-19', '2022-12-19'],
    ['2022-12-19T11:20:00Z', '2022-12-19T11:20:00Z'],
    ['2022-12-19 11:20:00+01:00', '2022-12-19T11:20:00+01:00'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26T15:01:01'],
    ['3-MAR-1987 09:13:27.60', '1987-03-03T09:13:27'],
    ['Mon, 19 Dec 2022 11:20:00 GMT', '2022-12-19T11:20:00Z'],
    ['19 December, 2022, 11:20 am', '2022-12-19T11:20'],
    ['Dec 19, 2022', '2022-12-19'],
    ['yesterday', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of cases) assert.equal(normalizePublished(input), expected, String(input));
});

test("an RFC 822 date without its zone is read as UTC, whatever the machine's zone", () => {
  const before = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    assert.equal(normalizePublished('Mon, 19 Dec 2022 11:20:00'), '2022-12-19T11:20:00Z');
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});
