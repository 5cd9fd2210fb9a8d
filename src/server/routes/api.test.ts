import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTICLE_TEXT } from '../../ingest/limits.ts';
import { postedDocuments } from './api.ts';

test('a posted record past the longest article is cut with its note, as ingest cuts a JSONL record (it was stored whole)', () => {
  const sentence = 'The minister said the plan would cut costs and raise output in the coming year. ';
  const text = sentence.repeat(Math.ceil((ARTICLE_TEXT.maxChars * 1.5) / sentence.length));
  const short = 'Café owners in Zürich said on Monday that prices rose sharply this year, and the mayor agreed.';
  const { docs, problems } = postedDocuments(
    [
      { id: 'long', title: 'Plan', text },
      { id: 'short', title: 'Prices', text: short },
    ],
    100,
    50 * 1024 * 1024,
  );
  assert.equal(docs.length, 2);
  assert.ok(docs[0].body.length <= ARTICLE_TEXT.maxChars && docs[0].body.length > ARTICLE_TEXT.maxChars * 0.75);
  assert.ok(docs[1].body.includes(short));
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].source, docs[0].source);
  assert.match(problems[0].reason, /^text cut at [\d,]+ of [\d,]+ characters: no article is that long/);
});
