import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../text/index.ts';
import { loadLanguageModel } from '../common/language.ts';
import { paragraphTokens, possessiveStem, stripPossessive, tokenize } from './tokens.ts';

await loadLanguageModel();

// real news: the ECB+ sample's documents, split into sentences by the text stage
const ecb: Array<{ id: string; text: string }> = JSON.parse(readFileSync(new URL('../../test/fixtures/enrich/ecbplus-sample.json', import.meta.url), 'utf8'));

test("a paragraph's tokens made of its sentences' are tokenize's of the paragraph, or none where that is not sure", () => {
  let made = 0;
  for (const d of ecb) {
    const paragraphs = d.text.split('\n').filter(Boolean);
    const doc = analyzeText({ id: d.id, source: d.id, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0 });
    paragraphs.forEach((text, p) => {
      let cursor = 0;
      const parts = doc.sentences
        .filter((s) => s.paragraph === p)
        .map((s) => {
          const start = Math.max(0, text.indexOf(s.text, cursor));
          cursor = start + s.text.length;
          return { start, text: s.text, tokens: tokenize(s.text) };
        });
      const tokens = paragraphTokens(text, parts);
      if (tokens === undefined) return;
      made++;
      assert.deepEqual(tokens, tokenize(text));
    });
  }
  assert.ok(made > 20);
  // "Inc." cut after "Inc": the paragraph keeps the full stop in the token, the sentence cannot
  const text = 'Shares of Acme Inc. rose 5% on Monday.';
  const cut = [
    { start: 0, text: 'Shares of Acme Inc', tokens: tokenize('Shares of Acme Inc') },
    { start: 18, text: '. rose 5% on Monday.', tokens: tokenize('. rose 5% on Monday.') },
  ];
  assert.notDeepEqual([...cut[0].tokens, ...cut[1].tokens.map((t) => ({ ...t, start: t.start + 18, end: t.end + 18 }))], tokenize(text));
  assert.equal(paragraphTokens(text, cut), undefined);
  // a sentence the splitter rewrote, or text left out between sentences
  assert.equal(paragraphTokens(text, [{ start: 0, text: 'Shares of Acme Inc. rose 5 % on Monday.', tokens: [] }]), undefined);
  assert.equal(paragraphTokens(text, [{ start: 0, text: 'Shares of Acme Inc.', tokens: tokenize('Shares of Acme Inc.') }]), undefined);
});

/** what stripPossessive read before it asked the ending first: the pattern alone */
const POSSESSIVE = /^(.+?)['’]s$/u;

test("possessiveStem and stripPossessive leave what the possessive pattern leaves, asking it only of a word ending in 's", () => {
  const words = ecb.flatMap((d) => tokenize(d.text).map((t) => t.text));
  assert.ok(words.length > 3_000 && words.some((w) => stripPossessive(w).possessive));
  for (const w of [...words, "Putin's", 'Lukashenko’s', "Belarus'", "'s", "s's", 'James’s', "it's", 'Bros', '’s', "O'Neill's"]) {
    const m = POSSESSIVE.exec(w);
    assert.equal(possessiveStem(w), m ? m[1] : w, w);
    assert.deepEqual(stripPossessive(w), { word: m ? m[1] : w, possessive: !!m }, w);
  }
  assert.deepEqual(stripPossessive("Putin's"), { word: 'Putin', possessive: true });
  assert.deepEqual(stripPossessive("'s"), { word: "'s", possessive: false });
});
