import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, wordKey } from './translit.ts';

// names from the seeds, spelled as different outlets spell them
test('a name word has one key as a first word and another as a surname, however often it is met', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(wordKey('Lukashenko'), 'lukashenko');
    assert.equal(wordKey('Lukashenko', true), 'lukashenk');
    assert.equal(wordKey('Lukashenka', true), wordKey('Lukashenko', true));
    assert.equal(wordKey('Zaluzhniy', true), wordKey('Zaluzhny', true));
    assert.equal(wordKey('Aleinik'), wordKey('Aleynik'));
    // a short word keeps its ending as a surname too
    assert.equal(wordKey('Kiev', true), wordKey('Kiev'));
  }
  assert.equal(nameKey('Sergei Aleynik'), `${wordKey('Sergei')} ${wordKey('Aleynik', true)}`);
  assert.equal(nameKey('Alexander Lukashenko'), nameKey('Alexander  Lukashenka'));
});
