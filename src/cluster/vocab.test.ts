// Key ids (vocab.ts) serve look-ups only: what the clusterer picks by key must not depend on the order ids
// were given in (first met), only on the keys' text, as when vectors were keyed by their text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import type { Article } from '../model.ts';
import { documentFeatures } from './features.ts';
import { OnlineIdf } from './idf.ts';
import { StoryClusterer } from './index.ts';
import { currentIds, memberState, restoreMember, restoreStory, storyState } from './state.ts';
import { countKeys, docKeyIds, docVectors, idIn, keyedVec, keyIn, SPACES } from './story.ts';
import { topEntries } from './vector.ts';
import { holdVocabulary, idOf, VOCABULARY, vocabularyGeneration, vocabularySize } from './vocab.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

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

// The table is bounded: a run that starts with no other holding it clears a table past its limit, and what
// was restored (keyed by ids) before is known stale, never read with ids that now mean other keys.
test('a table past its limit is cleared when a run starts and no other run holds it', () => {
  const saved = VOCABULARY.limit;
  VOCABULARY.limit = 0;
  try {
    const f = documentFeatures(analyzeText(article));
    const run = holdVocabulary();
    const ids = docKeyIds(f);
    const g = vocabularyGeneration();
    const first = [...f.terms.keys()][0];
    // a second run starting while the first holds the table leaves it as it is
    holdVocabulary()();
    assert.equal(vocabularyGeneration(), g);
    assert.equal(keyIn('text', ids.text[0]), first);
    run();
    const next = holdVocabulary();
    assert.equal(vocabularyGeneration(), g + 1);
    assert.equal(vocabularySize(), 0);
    // ids start again: the first key met now takes the id another key had
    assert.equal(idOf('N|Tara Reid'), 0);
    next();
  } finally {
    VOCABULARY.limit = saved;
  }
});

test('a story state or member restored before the table was cleared is stale; read again, it restores to the same keys', () => {
  const saved = VOCABULARY.limit;
  const doc = analyzeText(article);
  const c = new StoryClusterer();
  c.add(doc);
  const stored = JSON.stringify(storyState(c.stories[0]));
  const st = JSON.parse(stored);
  const before = restoreStory(st, () => []);
  const keyed = SPACES.map((sp) => [...keyedVec(sp, before.centroids[sp].sum)]);
  const m = restoreMember(memberState(c.arrived[0]));
  // a member's vectors are keyed when first read: until then it holds no ids
  const kept = memberState(c.arrived[0]);
  const unread = restoreMember(memberState(c.arrived[0]));
  assert.ok(m.vectors.text.size > 0);
  assert.ok(currentIds(st) && currentIds(m) && currentIds(unread));
  VOCABULARY.limit = 0;
  try {
    holdVocabulary()();
  } finally {
    VOCABULARY.limit = saved;
  }
  assert.ok(!currentIds(st) && !currentIds(m));
  assert.ok(currentIds(unread), 'a member whose vectors were never read is current under the new table');
  // and keyed under it when read, to the same keys and weights
  assert.deepEqual(
    SPACES.map((sp) => [...keyedVec(sp, unread.vectors[sp])]),
    SPACES.map((sp) => [...kept.vectors[sp]]),
  );
  assert.ok(currentIds(unread));
  // the cached state let its text keys go: it cannot be restored again, only read again
  assert.throws(() => restoreStory(st, () => []), /earlier key table/);
  const again = restoreStory(JSON.parse(stored), () => []);
  assert.deepEqual(
    SPACES.map((sp) => [...keyedVec(sp, again.centroids[sp].sum)]),
    keyed,
  );
  // a clusterer whose ids were given before the clear refuses to go on
  assert.throws(() => c.add(doc), /key table was cleared/);
});

// idIn remembers a name key's id for the lead checks (they ask for the same keys per candidate): a key missing
// from the table is found once a document brings it, and a cleared table's ids are not given out again.
test('idIn: remembered ids follow the table (a miss until the key comes, a new generation)', () => {
  const release = holdVocabulary();
  assert.equal(idIn('names', 'zanussi'), -1);
  assert.equal(idIn('names', 'zanussi'), -1);
  idOf('unrelated-key');
  assert.equal(idIn('names', 'zanussi'), -1, 'a miss asked again after the table grew');
  const id = idOf('N|zanussi');
  assert.equal(idIn('names', 'zanussi'), id, 'found once a document brings it');
  assert.equal(idIn('names', 'zanussi'), id);
  assert.equal(idIn('text', 'zanussi'), -1, 'a space of its own');
  release();
  const limit = VOCABULARY.limit;
  VOCABULARY.limit = 0;
  const again = holdVocabulary();
  VOCABULARY.limit = limit;
  assert.equal(idIn('names', 'zanussi'), -1, 'the cleared table does not hold it');
  const now = idOf('x');
  idOf('N|zanussi');
  assert.equal(idIn('names', 'zanussi'), now + 1);
  again();
});
