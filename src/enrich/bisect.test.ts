import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { firstOpenFrom, firstStartFrom, firstStartPast } from './bisect.ts';
import { quoteSpans } from './quotes.ts';
import { tokenize } from './tokens.ts';

// the ECB+ sample's paragraphs: quotes, tokens and every position in them
const ecb: Array<{ text: string }> = JSON.parse(readFileSync(new URL('../../test/fixtures/enrich/ecbplus-sample.json', import.meta.url), 'utf8'));
const paragraphs = ecb.flatMap((d) => d.text.split('\n').filter(Boolean));

/** what the readers asked before: the first index where `ok` holds, by a scan */
const scan = (n: number, ok: (i: number) => boolean) => {
  for (let i = 0; i < n; i++) if (ok(i)) return i;
  return n;
};

test('the searches give the first quote opening, token starting at or past a position, as a scan does, on real paragraphs', () => {
  let quoted = 0;
  for (const text of paragraphs) {
    const quotes = quoteSpans(text);
    const tokens = tokenize(text);
    if (quotes.length) quoted++;
    for (let pos = -1; pos <= text.length + 1; pos++) {
      assert.equal(
        firstOpenFrom(quotes, pos),
        scan(quotes.length, (i) => quotes[i].open >= pos),
      );
      assert.equal(
        firstStartFrom(tokens, pos),
        scan(tokens.length, (i) => tokens[i].start >= pos),
      );
      assert.equal(
        firstStartPast(tokens, pos),
        scan(tokens.length, (i) => tokens[i].start > pos),
      );
    }
  }
  assert.ok(quoted >= 5, `${quoted} paragraphs with quotes`);
  // "the "American Pie" star": the quote opens at 33; a token at 34 ("American")
  const text = paragraphs[0];
  const at = text.indexOf('"American');
  assert.equal(quoteSpans(text)[firstOpenFrom(quoteSpans(text), at)].open, at);
  assert.equal(tokenize(text)[firstStartPast(tokenize(text), at)].text, 'American');
  assert.equal(firstOpenFrom([], 5), 0);
});
