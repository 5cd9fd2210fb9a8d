import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eld } from 'eld/small';
import { eld as fromSource, newsTable, tableJson } from './eld-source.ts';
import { NEWS_LANGUAGES } from './language.ts';

const table = new URL('../ngrams/small.js', import.meta.resolve('eld/small'));

test("eld's n-gram module read as JSON is its table, keys in the same order", async () => {
  const { ngramsData } = await import(table.href);
  const read = JSON.parse(tableJson(readFileSync(table, 'utf8')));
  // stringified whole: the same keys, values and order (eld scores in the order it meets them)
  assert.equal(JSON.stringify(read), JSON.stringify(ngramsData));
  // a key written with an escaped quote (' d\'un': French "d'un") and one written bare
  assert.deepEqual(Object.keys(read.ngrams[" d'un"]), Object.keys(ngramsData.ngrams[" d'un"]));
  assert.equal(read.type, 'S60');
});

test('the detector built from the table read as JSON tells what eld/small tells', () => {
  // one sentence a language, the same ones test/build.test.ts gives the compiled detector
  const texts: string[] = JSON.parse(readFileSync(new URL('../../test/fixtures/language-samples.json', import.meta.url), 'utf8'));
  // the product's subset on both: language.ts sets it on the shared detector at its first detection, which another
  // unit test of this process may have made before this one
  for (const detector of [fromSource, eld]) detector.setLanguageSubset(NEWS_LANGUAGES);
  for (const text of texts) {
    const [a, b] = [fromSource.detect(text), eld.detect(text)];
    assert.equal(a.language, b.language, text);
    assert.deepEqual(a.getScores(), b.getScores(), text);
  }
});

test("the news table keeps the news languages' scores, in order, and the n-grams that score one of them", () => {
  const table = {
    type: 'S60',
    languages: { 0: 'am', 1: 'de', 2: 'en' },
    isSubset: false,
    ngrams: { ' the ': { 0: 3, 2: 90 }, ' ሰላ': { 0: 80 }, ' und ': { 1: 70, 2: 5 } },
  };
  const news = newsTable(table, ['en', 'de']);
  assert.deepEqual(news, { ...table, ngrams: { ' the ': { 2: 90 }, ' und ': { 1: 70, 2: 5 } } });
  assert.deepEqual(Object.keys(news.ngrams[' und ']), ['1', '2']);
  // the table given is left as it was
  assert.deepEqual(table.ngrams[' ሰላ'], { 0: 80 });
});
