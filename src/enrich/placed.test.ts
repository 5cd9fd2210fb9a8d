// enrichDocument places every mention in its paragraph with `placeMention`, written out key for key instead of
// an object spread (V8's slow path): the placed mention must be exactly the spread, values and key order, for
// every mention of real articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../text/sentences.ts';
import { findMentions, lowerVocabulary } from './names.ts';
import { placeMention } from './quotes.ts';

const jsonl = (path: string) =>
  readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string });
const articles = [...jsonl('../../test/fixtures/extract/reuters-sample.jsonl'), ...jsonl('../../test/fixtures/cluster/basil-dev.jsonl').slice(0, 30)];

test('a placed mention is the mention spread with its paragraph and offsets, key for key', () => {
  let seen = 0;
  for (const [d, article] of articles.entries()) {
    const paragraphs = article.text.split(/\n\s*\n/);
    const sentences = splitSentences(paragraphs, 'en');
    const vocabulary = lowerVocabulary(
      sentences.map((s) => s.words),
      paragraphs.join('\n\n'),
    );
    for (const s of sentences) {
      for (const m of findMentions(s.text, `doc${d}`, s.index, vocabulary)) {
        const offset = 7 * s.index;
        const spread = { ...m, paragraph: s.paragraph, at: offset + m.start, until: offset + m.end };
        const placed = placeMention(m, s.paragraph, offset);
        assert.deepEqual(Object.keys(placed), Object.keys(spread));
        assert.deepEqual(placed, spread);
        seen++;
      }
    }
  }
  assert.ok(seen > 500, `${seen} mentions`);
});
