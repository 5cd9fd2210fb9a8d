import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguageModel } from '../common/language.ts';
import { seedTexts } from '../../test/seed-texts.ts';
import type { AlignedPassage } from './align.ts';
import { QUOTE } from './data/thresholds.ts';
import { quotePassages, sentenceRanges } from './quote.ts';

await loadLanguageModel();
const docs = seedTexts();

/** A passage of a document's sentences against themselves (a copy), its text as passagesOf writes it. */
function passage(doc: (typeof docs)[number], idx: number[]): AlignedPassage {
  const text = idx.map((i) => doc.sentences[i].text).join(' ');
  return { from: text, to: text, score: 1, fromSentences: idx, toSentences: idx, lexical: true, common: 0 };
}
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);

test('sentence numbers in runs', () => {
  assert.equal(sentenceRanges([3, 7, 9, 10, 11, 12]), '3, 7, 9-12');
  assert.equal(sentenceRanges([0]), '0');
  assert.equal(sentenceRanges([]), '');
});

test('passages within the budget are the ones given, with no line for why', () => {
  const doc = docs[0];
  const ps = [passage(doc, [0, 1, 2]), passage(doc, [5])];
  const out = quotePassages(doc, doc, ps);
  assert.equal(out.passages, ps);
  assert.equal(out.why, null);
});

test('a copy of a long text: whole sentences quoted up to the budget, the rest named by number, every sentence kept', () => {
  // the seeds' articles one after another: a long text copied whole
  const long = docs.reduce((a, b) => (a.sentences.length >= b.sentences.length ? a : b));
  const n = long.sentences.length;
  assert.ok(long.text.length > QUOTE.charsPerSide, 'a seed longer than the budget');
  // the whole text, then two sentences again (once the budget is spent nothing more is quoted)
  const ps = [passage(long, range(0, n)), passage(long, [0, 1])];
  const out = quotePassages(long, long, ps);
  assert.match(out.why ?? '', /^passage text quoted up to 8,000 characters a side: \d+ of .+'s and \d+ of .+'s shared sentences named by number only$/);
  for (const [k, p] of out.passages.entries()) {
    // the sentences are kept whole; only the text is shorter
    assert.deepEqual(p.fromSentences, ps[k].fromSentences);
    assert.deepEqual(p.toSentences, ps[k].toSentences);
  }
  const first = out.passages[0].from;
  const note = /^(.*) \[(\d+) more sentences not quoted: (\S+) sentences (\d+)-(\d+)\]$/.exec(first);
  assert.ok(note, first.slice(-200));
  const [, quoted, more, id, start, end] = note;
  assert.ok(quoted.length <= QUOTE.charsPerSide);
  // whole sentences, in order, then the rest by number
  assert.equal(
    quoted,
    long.sentences
      .slice(0, Number(start))
      .map((s) => s.text)
      .join(' '),
  );
  assert.equal(id, long.id);
  assert.equal(Number(end), n - 1);
  assert.equal(Number(more), n - Number(start));
  assert.equal(out.passages[1].from, `[2 sentences not quoted: ${long.id} sentences 0-1]`);
  assert.match(out.why ?? '', new RegExp(`: ${n - Number(start) + 2} of `));
});
