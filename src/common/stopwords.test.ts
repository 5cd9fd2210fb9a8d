// The stop lists are asked with folded words (the text stage folds a word before it asks), so an entry written with
// its accents ("más", "für") never matched until the lists were held folded. The fixture: real Spanish and German
// news pages (cooperativa.cl / 24horas.cl on Boric, stern.de on Brexit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { fold } from './normalize.ts';
import { isStopWord } from './stopwords.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'walk', 'es-de-translations.jsonl');

test('accented stop words are asked and found folded', () => {
  for (const [word, language] of [
    ['más', 'es'],
    ['también', 'es'],
    ['había', 'es'],
    ['não', 'pt'],
    ['são', 'pt'],
    ['für', 'de'],
    ['über', 'de'],
    ['été', 'fr'],
    ['è', 'it'],
    ['più', 'it'],
    ['że', 'pl'],
    ['są', 'pl'],
    ['мой', 'ru'],
    ['її', 'uk'],
  ]) {
    assert.equal(isStopWord(fold(word), language), true, `${word} (${language})`);
  }
  // English's list is plain ASCII: as before
  assert.equal(isStopWord("it's", 'en'), true);
  assert.equal(isStopWord('boric', 'es'), false);
});

test("a Spanish or German page's accented function words are no topic words", async () => {
  const { documents } = await readDocuments([FIXTURE]);
  const terms = (id: string) => new Set(documents.find((d) => d.id === id)?.sentences.flatMap((s) => s.terms));
  for (const id of ['cooperativa-boric', '24horas-boric']) {
    const t = terms(id);
    assert.ok(t.has('boric'), id);
    for (const stop of ['mas', 'tambien', 'tambi']) assert.ok(!t.has(stop), `${id}: ${stop}`);
  }
  const stern = terms('stern-brexit');
  assert.ok(stern.has('brexit'));
  for (const stop of ['fur', 'uber']) assert.ok(!stern.has(stop), `stern-brexit: ${stop}`);
});
