import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whyPieces } from './why-refs.ts';

// Reasons as the start code's reports hold them (seeds, ECB+, Reuters).
test('a vote reason: the document it opens with, of the two the relation joins', () => {
  const r = { from: '001_3faca63f91a4deb3', to: '000_a5b2a6d156f426f8' };
  assert.deepEqual(whyPieces('000_a5b2a6d156f426f8 carries the agency credit "Reuters" (the other does not)', r), [
    { document: '000_a5b2a6d156f426f8' },
    ' carries the agency credit "Reuters" (the other does not)',
  ]);
  const ecb = { from: '10_4ecbplus', to: '10_2ecbplus' };
  assert.deepEqual(whyPieces('10_4ecbplus has the fuller text: in 1 shared sentence the other has the same words with some dropped (a copy trims)', ecb)[0], {
    document: '10_4ecbplus',
  });
});

test('a sibling reason: the third document both re-use', () => {
  const r = { from: '002_9536d35874c14773', to: '001_3faca63f91a4deb3' };
  assert.deepEqual(whyPieces('both re-use 000_a5b2a6d156f426f8: 4 of 4 shared sentences come from it, so neither copied the other', r), [
    'both re-use ',
    { document: '000_a5b2a6d156f426f8' },
    ': 4 of 4 shared sentences come from it, so neither copied the other',
  ]);
});

test("Reuters' ids are numbers: a count is no document, a date no id", () => {
  const r = { from: '3', to: '393' };
  assert.deepEqual(whyPieces('3 shared passage(s), 35 words in common (28% of the shorter text)', r), [
    '3 shared passage(s), 35 words in common (28% of the shorter text)',
  ]);
  assert.deepEqual(whyPieces('393 published earlier (1987-03-02T09:16:08 before 1987-03-03T09:17:32)', r), [
    { document: '393' },
    ' published earlier (1987-03-02T09:16:08 before 1987-03-03T09:17:32)',
  ]);
  // an id that only begins another id's reason is not it
  assert.deepEqual(whyPieces('39 published earlier (1987-03-02 before 1987-03-04)', r), ['39 published earlier (1987-03-02 before 1987-03-04)']);
  assert.deepEqual(whyPieces('no date, agency credit or edit pattern tells which came first', r), [
    'no date, agency credit or edit pattern tells which came first',
  ]);
});
