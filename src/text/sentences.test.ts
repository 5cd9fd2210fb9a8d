import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.ts';

const words = (text: string) => splitSentences([text], 'en').flatMap((s) => s.words);

test("an article's tokens do not depend on the articles read before it", () => {
  const probe = "Texas Commerce Bancshares Inc's bank said the country's debt rose.";
  const fresh = words(probe);
  assert.deepEqual(fresh.slice(3, 5), ['Inc', "'s"]);
  // wink learns "Inc's" and "country's" as words here (split off the brackets)...
  words("a group led by <Rotan Mosle Inc's> and <the country's> bank");
  // ...and must not keep them whole in a later article
  assert.deepEqual(words(probe), fresh);
});

test("an English stem is an English article's term only, whichever article met the word first", () => {
  const terms = (language: string) => splitSentences(['Ministers said the meetings were running late.'], language).flatMap((s) => s.terms);
  const english = terms('en');
  const german = terms('de');
  assert.deepEqual(english, ['minist', 'meet', 'run', 'late']);
  // German stop words and stemming: English function words are terms there, "running" loses one letter
  assert.deepEqual(german, ['minister', 'said', 'the', 'meeting', 'were', 'runn', 'late']);
  assert.deepEqual(terms('en'), english);
  assert.deepEqual(terms('de'), german);
});
