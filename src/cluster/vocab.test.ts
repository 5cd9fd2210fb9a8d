// Key ids (vocab.ts) serve look-ups only: what the clusterer picks by key must not depend on the order ids
// were given in (first met), only on the keys' text, as when vectors were keyed by their text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import type { Article } from '../model.ts';
import { documentFeatures } from './features.ts';
import { OnlineIdf } from './idf.ts';
import { countKeys, docKeyIds, docVectors, keyIn } from './story.ts';
import { topEntries } from './vector.ts';

// sentences from the ECB+ corpus (topic 1)
const article: Article = {
  id: 'd',
  source: 'test',
  url: null,
  title: 'Tara Reid checks into rehab',
  outlet: null,
  byline: [],
  published: null,
  paragraphs: [
    'Jack Ketsoyan said Friday that the "American Pie" star went to the Promises Treatment Center.',
    'Reid, 33, earned a reputation as a drunken partier after famously being photographed on a red carpet.',
  ],
  removed: [],
  order: 0,
};

test('the strongest keys tie by their text, not by the order their ids were given in', () => {
  const f = documentFeatures(analyzeText(article));
  const idf = new OnlineIdf();
  const ids = docKeyIds(f);
  countKeys(idf, ids);
  // one document: every key has the same frequency, so keys met as often weigh the same
  const v = docVectors(f, idf, ids);
  const once = [...f.terms].filter(([, c]) => c === 1).map(([k]) => k);
  assert.ok(once.length > 4);
  const byText = once.slice().sort();
  assert.notDeepEqual(byText, once, 'the text order differs from the order the keys were met in');
  const twice = [...f.terms].filter(([, c]) => c > 1).length;
  const top = topEntries(v.text, twice + 4).map(([id]) => keyIn('text', id));
  assert.deepEqual(top.slice(twice), byText.slice(0, 4));
});

test('document frequencies are counted by id and read by key text (the story base reads them so)', () => {
  const f = documentFeatures(analyzeText(article));
  const idf = new OnlineIdf();
  countKeys(idf, docKeyIds(f));
  countKeys(idf, docKeyIds(f));
  for (const k of f.terms.keys()) assert.equal(idf.frequency(k), 2, k);
  for (const k of f.names.keys()) assert.equal(idf.frequency(`N|${k}`), 2, k);
});
