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
