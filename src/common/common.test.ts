import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthAbbreviations, monthNames, monthWords, weekdayNames, weekdayWords } from './calendar.ts';
import { readNumberWords } from './numbers.ts';
import { memoize } from './memo.ts';
import { editDistance } from './edit-distance.ts';
import { UnionFind } from './union-find.ts';
import { lowerCase } from './normalize.ts';

test('calendar words: per language, one weekday numbering (0 is Sunday, as Date.getUTCDay)', () => {
  assert.equal(monthWords(['en']).get('sept'), 9);
  assert.equal(monthWords(['en']).get('mars'), undefined, 'French "mars" is not an English month');
  assert.equal(monthWords(['fr', 'ru']).get('mars'), 3);
  assert.equal(monthWords(['ru']).get('декабря'), 12);
  assert.equal(monthNames('en')[11], 'december');
  assert.deepEqual([...monthAbbreviations('en').keys()].includes('may'), false);
  assert.equal(weekdayWords(['en']).get('sunday'), new Date('2022-12-18T00:00:00Z').getUTCDay());
  assert.equal(weekdayWords(['de']).get('montag'), 1);
  assert.equal(weekdayNames('en')[5], 'friday');
  for (const key of ['constructor', 'toString', '__proto__']) {
    assert.equal(monthWords(['en']).get(key), undefined);
    assert.equal(weekdayWords(['en']).get(key), undefined);
  }
});

test('one reader of written-out numbers', () => {
  const read = (text: string) => {
    const words = text.split(' ');
    return readNumberWords((k) => words[k], 0)?.value ?? null;
  };
  assert.equal(read('two hundred thousand troops'), 200000);
  assert.equal(read('forty-five'), 45);
  assert.equal(read('two dozen'), 24);
  assert.equal(read('three hundred and five'), 305);
  assert.equal(read('constructor'), null);
  assert.equal(read('and two'), null);
  // words with a hyphen are read part by part; a word without one is looked up whole
  assert.equal(read('twenty-one thousand shares'), 21000);
  assert.equal(read('well-known analysts'), null);
  assert.equal(read('forty-five-year-old'), null);
  assert.equal(read('million-dlr loan'), null);
  assert.equal(read('seven billion dlrs'), 7e9);
});

test('edit distance stops early above its bound; union-find names a set by its first member', () => {
  assert.equal(editDistance('zaluzhny', 'zaluzhnyi'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('kitten', 'sitting', 1), 2);
  const sets = new UnionFind(4);
  sets.union(3, 1);
  sets.union(2, 3);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => sets.find(i)),
    [0, 1, 1, 1],
  );
});

test('memoize computes a key once and stays within its bound', () => {
  const calls: string[] = [];
  const upper = memoize(2, (w) => {
    calls.push(w);
    return w.toUpperCase();
  });
  assert.equal(upper('kyiv'), 'KYIV');
  assert.equal(upper('kyiv'), 'KYIV');
  assert.deepEqual(calls, ['kyiv']);
  upper('odesa');
  upper('lviv'); // full: emptied, so kyiv is worked out again
  upper('kyiv');
  assert.deepEqual(calls, ['kyiv', 'odesa', 'lviv', 'kyiv']);
  const nothing = memoize(4, (): string | null => null);
  assert.equal(nothing('x'), null);
});

test('lowerCase is toLowerCase: ASCII in either case, accented and Cyrillic capitals, a dotted capital I, a final sigma', () => {
  // words of the seeds and of Reuters-21578 ("+Bahia superior+" is one of its records' words)
  for (const w of ['said', 'Reuters', 'NATO', 'mln', 'U.S.', "Putin's", '+Bahia', '155,221', 'Zalužnyj', 'Übersetzung', 'Лукашенко', 'İstanbul', 'ΟΔΟΣ', '']) {
    assert.equal(lowerCase(w), w.toLowerCase(), w);
  }
});
