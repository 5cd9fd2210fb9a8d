// The stop lists are asked by the folded word (the text stage's terms, the enrich stage's starters): a listed word
// with a mark ("für", "się", "más") must be found by its fold as well as as written. Sentences are trafilatura-eval
// pages' own text segments (evaldata.json "with" segments).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termsOf } from '../text/sentences.ts';
import { isFunctionWord } from './function-words.ts';
import { fold } from './normalize.ts';
import { isStopWord } from './stopwords.ts';

test('a listed word with a mark is a stop word by its fold and as written', () => {
  for (const [word, language] of [
    ['für', 'de'],
    ['über', 'de'],
    ['können', 'de'],
    ['été', 'fr'],
    ['más', 'es'],
    ['się', 'pl'],
    ['più', 'it'],
    ['não', 'pt'],
  ]) {
    assert.ok(isStopWord(fold(word), language), `${word} folded (${fold(word)}) in ${language}`);
    assert.ok(isStopWord(word, language), `${word} as written in ${language}`);
  }
  // a fold is stopped in its own language only
  assert.equal(isStopWord('fur', 'en'), false);
  assert.equal(isStopWord('sie', 'en'), false);
});

test("the text stage's terms leave out listed words with marks (real sentences)", () => {
  const de = termsOf('Das PUBLIC VOICE Labor wurde 1995 gegründet und startete mit Telefondiensten für lokale Bürgerbeteiligung in Wien.', 'de');
  assert.ok(!de.includes('fur'), de.join(' '));
  assert.ok(de.includes('telefondienst'), de.join(' '));
  const de2 = termsOf('Mit seinen Songs über Glücksspiel', 'de');
  assert.ok(!de2.includes('uber'), de2.join(' '));
  const es = termsOf('Durante la más reciente sesión plenaria, este martes 19 de abril, el presidente de la Asamblea Legislativa', 'es');
  assert.ok(!es.includes('mas'), es.join(' '));
  assert.ok(es.includes('plenaria') || es.includes('plenari'), es.join(' '));
  const pl = termsOf('Skarżący powołali się', 'pl');
  assert.ok(!pl.includes('sie'), pl.join(' '));
});

test('isFunctionWord falls back to the stop lists by the written, lower-cased word', () => {
  assert.equal(isFunctionWord('się', 'pl'), isStopWord('się', 'pl'));
});
