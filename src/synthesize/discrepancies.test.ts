import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneName } from './discrepancies.ts';

test('one speaker written two ways is no rival attribution (BASIL, ECB+)', () => {
  // The New York Times and HuffPost on Wal-Mart's lawyer; ECB+ outlets on a witness, Greece's president, an NRDC lawyer
  assert.ok(oneName('Theodore J. Boutrous Jr.', 'Theodore Boutrous'));
  assert.ok(oneName('Vincent DelGiudice', 'Vincent Del Giudice'));
  assert.ok(oneName('Carolos Papoulias', 'Karolos Papoulias'));
  assert.ok(oneName('Andrew Wetzler', 'Andrew Welzler'));
});

test('different people stay different speakers', () => {
  assert.ok(!oneName('Mason Tvert', 'Brian Vicente'));
  assert.ok(!oneName('Donald Trump', 'Trump Jr.'));
  assert.ok(!oneName('Jim Manley', 'Harry Reid'));
  assert.ok(!oneName('A.J. Smith', 'A.J. Butler'));
});
