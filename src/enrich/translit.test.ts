import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nameKey, wordKey, wordsKey } from './translit.ts';

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

const ecb: Array<{ id: string; text: string }> = JSON.parse(readFileSync(new URL('../../test/fixtures/enrich/ecbplus-sample.json', import.meta.url), 'utf8'));
/** nameKey as it was written: split on white space, empty pieces left out, the last word keyed as a surname. */
const splitKey = (name: string) => {
  const words = name.split(/\s+/).filter(Boolean);
  return words.map((w, i) => wordKey(w, i === words.length - 1)).join(' ');
};

test("nameKey reads a name's words in place as split(/\\s+/) finds them: white space of every kind, empty keys kept in their place", () => {
  // every run of one to five words of the ECB+ sample's texts, with the white space around and between them as written
  let asked = 0;
  for (const { text } of ecb) {
    const starts = [...text.matchAll(/\s+/g)].map((m) => m.index + m[0].length);
    for (let k = 0; k < starts.length; k++) {
      for (let n = 1; n <= 5 && k + n < starts.length; n++) {
        const piece = text.slice(starts[k] - 1, starts[k + n]);
        assert.equal(nameKey(piece), splitKey(piece), JSON.stringify(piece));
        asked++;
      }
    }
  }
  assert.ok(asked > 10_000, `${asked}`);
  for (const name of [
    '',
    ' ',
    '\t\n',
    'Lukashenko',
    ' Sergei  Aleynik ',
    'Jean-Paul\u00a0Sartre',
    'Li\u2009Peng',
    'A\u3000B\u202fC',
    '\ufeffKim Jong',
    '- Smith',
    'Smith -',
    '. , .',
    'Ж\u2028Лукашенко',
  ])
    assert.equal(nameKey(name), splitKey(name), JSON.stringify(name));
  // (a word of no letters keys as '' and keeps its place between spaces)
  assert.equal(nameKey('Bank - Paris'), `${wordKey('Bank')}  ${wordKey('Paris', true)}`);
});

test("wordsKey keys a name's words as nameKey keys them joined, any run of them, empty words left out", () => {
  // every run of one to five words of the ECB+ sample's texts, cut as a surface's words are (`,?\s+`)
  let asked = 0;
  for (const { text } of ecb) {
    const words = text.split(/,?\s+/);
    for (let from = 0; from < words.length; from++) {
      for (let to = from; to <= Math.min(words.length, from + 5); to++) {
        assert.equal(wordsKey(words, from, to), nameKey(words.slice(from, to).join(' ')), JSON.stringify(words.slice(from, to)));
        asked++;
      }
    }
  }
  assert.ok(asked > 10_000, `${asked}`);
  for (const words of [[], [''], ['', ''], ['Lukashenko'], ['', 'Sergei', '', 'Aleynik', ''], ['Bank', '-', 'Paris'], ['.', 'Smith']])
    assert.equal(wordsKey(words), nameKey(words.join(' ')), JSON.stringify(words));
  assert.equal(wordsKey(['Sergei', 'Aleynik', 'Inc'], 0, 2), `${wordKey('Sergei')} ${wordKey('Aleynik', true)}`);
});
