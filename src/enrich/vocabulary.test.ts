// A document's lower-case vocabulary answers from its text first: each word of its sentences is a piece of the text
// wink read, so a word the text does not hold is no word of the document, answered without gathering the words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../text/sentences.ts';
import { fold } from '../common/normalize.ts';
import { lowerVocabulary } from './names.ts';

const jsonl = (path: string) =>
  readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string });
const articles = [
  ...jsonl('../../test/fixtures/extract/reuters-sample.jsonl'),
  ...jsonl('../../test/fixtures/extract/ecbplus-sample.jsonl'),
  ...jsonl('../../test/fixtures/cluster/basil-dev.jsonl').slice(0, 30),
];
const read = (article: { text: string }) => {
  const paragraphs = article.text.split(/\n\s*\n/);
  const words = splitSentences(paragraphs, 'en').map((s) => s.words);
  return { words, text: paragraphs.join('\n\n') };
};
/** what the vocabulary held before it read the text: every word of two or more characters opening in lower case */
const LOWER_START = /^\p{Ll}/u;
const reference = (words: string[][]) => new Set(words.flat().filter((w) => w.length >= 2 && LOWER_START.test(w)));

test('every word of a document is a piece of its text, and the vocabulary answers as the set of its lower-case words', () => {
  let asked = 0;
  let held = 0;
  for (const article of articles) {
    const { words, text } = read(article);
    for (const w of words.flat()) assert.ok(text.includes(w), `"${w}" is not a piece of the text`);
    const vocabulary = lowerVocabulary(words, text);
    const lower = reference(words);
    // each word folded (as the name finder asks), and as written
    for (const w of words.flat()) {
      for (const q of [fold(w), w]) {
        asked++;
        if (lower.has(q)) held++;
        assert.equal(vocabulary.has(q), lower.has(q), q);
      }
    }
  }
  assert.ok(asked > 10_000 && held > 1_000, `${asked} asked, ${held} held`);
});

test('a word the text does not hold is answered without reading the words', () => {
  const { words, text } = read(articles[0]);
  let reads = 0;
  const watched = new Proxy(words, {
    get(target, key, receiver) {
      reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  const vocabulary = lowerVocabulary(watched, text);
  assert.equal(vocabulary.has('sakhashchyk'), false);
  assert.equal(reads, 0, 'the words were read');
  // a word it holds is looked up in them
  const common = words.flat().find((w) => w.length >= 3 && LOWER_START.test(w))!;
  assert.equal(vocabulary.has(common), true);
  assert.ok(reads > 0);
});
