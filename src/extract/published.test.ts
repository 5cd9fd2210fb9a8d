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
    // days and times that do not exist (records from databases that write 0000-00-00 for none, typed dates)
    ['2020-13-45', null],
    ['0000-00-00', null],
    ['2022-02-30', null],
    ['2023-02-29T10:00:00Z', null],
    ['2024-02-29T10:00:00Z', '2024-02-29T10:00:00Z'],
    // a time or zone that does not exist: what of it can be read is kept
    ['2022-12-19T25:99:00Z', '2022-12-19'],
    ['2022-12-19T11:20:00+27:00', '2022-12-19T11:20'],
    ['31-JUN-1987 09:13:27.60', null],
    ['31 June 2022', null],
    ['99999-01-01', null],
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
