import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { fingerprint } from '../fingerprint/index.ts';
import { keyedSentences, slotOf } from './key-table.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

// Real sentences (seed 000, the Reuters story), a phrase said twice in one sentence and again in another.
const doc = analyzeText({
  id: 'r',
  source: 'r',
  url: null,
  title: '',
  outlet: null,
  byline: [],
  published: null,
  paragraphs: [
    'Moscow and Minsk have since set up a joint regional unit of forces in Belarus and held numerous military exercises, ' +
      'and Moscow and Minsk have since set up more.',
    'Three Russian warplanes were deployed to Belarus last week. Moscow and Minsk have since set up a joint regional unit.',
  ],
  removed: [],
  order: 0,
});
const fp = fingerprint(doc);

test("a key's sentences are those it is in, ascending and each once, as a Map of lists gives them", () => {
  const keys: number[] = [];
  const sentences: number[] = [];
  for (let j = 0; j < fp.sentenceShingles.count; j++)
    for (const h of fp.sentenceShingles.at(j)) {
      keys.push(h | 0);
      sentences.push(j);
    }
  const expected = new Map<number, number[]>();
  keys.forEach((k, p) => {
    const l = expected.get(k) ?? expected.set(k, []).get(k)!;
    if (l.at(-1) !== sentences[p]) l.push(sentences[p]);
  });
  const table = keyedSentences(Int32Array.from(keys), Int32Array.from(sentences), keys.length);
  assert.ok([...expected.values()].some((l) => l.length > 1), 'a shingle in two sentences');
  assert.ok(
    keys.some((k, p) => p > 0 && keys.lastIndexOf(k, p - 1) >= 0 && sentences[keys.lastIndexOf(k, p - 1)] === sentences[p]),
    'a shingle again in its sentence',
  );
  for (const [k, l] of expected) {
    const s = slotOf(table, k);
    assert.ok(s >= 0);
    assert.deepEqual([...table.list.subarray(table.starts[s], table.starts[s + 1])], l);
  }
  assert.equal(table.list.length, [...expected.values()].reduce((n, l) => n + l.length, 0));
  // keys not put are not found (small ids, as term ids are, and hashes)
  for (const k of [0, 1, 2, 3, -1, 0x7fffffff]) if (!expected.has(k)) assert.equal(slotOf(table, k), -1);
});

test('small ids in one sentence each fill a table of their own', () => {
  const table = keyedSentences(Int32Array.from([5, 6, 7, 5, 8]), Int32Array.from([0, 0, 0, 1, 1]), 5);
  const of = (k: number) => {
    const s = slotOf(table, k);
    return [...table.list.subarray(table.starts[s], table.starts[s + 1])];
  };
  assert.deepEqual([of(5), of(6), of(7), of(8)], [[0, 1], [0], [0], [1]]);
  assert.equal(slotOf(table, 9), -1);
});
