import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../text/index.ts';
import { loadLanguageModel } from '../common/language.ts';
import { afterLastSpace, beforeFirstSpace, hasPossessive, paragraphTokens, possessiveStem, sentenceAt, stripPossessive, tokenize } from './tokens.ts';

await loadLanguageModel();

// real news: the ECB+ sample's documents, split into sentences by the text stage
const ecb: Array<{ id: string; text: string }> = JSON.parse(readFileSync(new URL('../../test/fixtures/enrich/ecbplus-sample.json', import.meta.url), 'utf8'));

test("a paragraph's tokens made of its sentences' are tokenize's of the paragraph, or none where that is not sure", () => {
  let made = 0;
  let shared = 0;
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
      // the sentence at the paragraph's start lends its own tokens (not copies: the quote reader changes none)
      if (parts[0].start === 0 && parts[0].tokens.length) {
        shared++;
        parts[0].tokens.forEach((t, k) => assert.equal(tokens[k], t));
      }
    });
  }
  assert.ok(made > 20);
  assert.ok(shared > 20, `${shared} paragraphs`);
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
// (and a headline's, in capitals: "TREASURY'S", "U.S.'S"; "Bob'S" is none)
const SHOUTED_POSSESSIVE = /^([\p{Lu}.&-]*\p{Lu}[\p{Lu}.&-]*)['’]S$/u;

test("possessiveStem and stripPossessive leave what the possessive pattern leaves, asking it only of a word ending in 's", () => {
  const words = ecb.flatMap((d) => tokenize(d.text).map((t) => t.text));
  assert.ok(words.length > 3_000 && words.some((w) => stripPossessive(w).possessive));
  for (const w of [
    ...words,
    "Putin's",
    'Lukashenko’s',
    "Belarus'",
    "'s",
    "s's",
    'James’s',
    "it's",
    'Bros',
    '’s',
    "O'Neill's",
    "TREASURY'S",
    "U.S.'S",
    "Bob'S",
    "'S",
  ]) {
    const m = POSSESSIVE.exec(w) ?? SHOUTED_POSSESSIVE.exec(w);
    assert.equal(possessiveStem(w), m ? m[1] : w, w);
    assert.deepEqual(stripPossessive(w), { word: m ? m[1] : w, possessive: !!m }, w);
  }
  assert.deepEqual(stripPossessive("Putin's"), { word: 'Putin', possessive: true });
  assert.deepEqual(stripPossessive("'s"), { word: "'s", possessive: false });
  assert.deepEqual(stripPossessive("FED'S"), { word: 'FED', possessive: true });
});

// the global scan tokenize made before speed52 (a match array per token), kept here as the reference
const SCAN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*(?:-\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*|[^\s]/gu;
const ABBREVIATED =
  /^(?:mr|mrs|ms|dr|prof|sen|rep|del|gov|gen|brig|lt|col|maj|sgt|capt|adm|cmdr|cpl|pvt|det|rev|st|mt|ft|jr|sr|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos|co|corp|inc|ltd|bros|vs|etc|dept|univ|est|approx)$/i;
function scanned(text: string) {
  const out: Array<{ text: string; start: number; end: number; kind: string }> = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    let t = m[0];
    let end = m.index + t.length;
    const digit = /^\d/.test(t);
    // (as tokenize reads it: any token of two code units or more that is no number is a word, an emoji's pair too)
    const letter = !digit && (t.length > 1 || /^\p{L}$/u.test(t));
    if (letter && text[end] === '.' && (t.length === 1 ? /^\p{Lu}$/u.test(t) : ABBREVIATED.test(t))) {
      t += '.';
      end++;
      SCAN.lastIndex = end;
    }
    out.push({ text: t, start: m.index, end, kind: digit ? 'number' : letter ? 'word' : 'punct' });
  }
  return out;
}

test('tokenize (a sticky regex asked at each non-space character) gives the tokens of a global scan of the text', () => {
  let tokens = 0;
  for (const d of ecb) {
    for (const text of d.text.split('\n')) {
      const want = scanned(text);
      assert.deepEqual(tokenize(text), want);
      tokens += want.length;
    }
  }
  assert.ok(tokens > 3000, `${tokens} tokens`);
  // white space past ASCII, an astral character, a lone surrogate, combining marks, kept full stops
  for (const text of ['Gen.\u00a0Mark\u2009Milley\u3000said\ufeff 5,000\u2028U.S. troops', 'He said 😀 \ud83d alone', 'Zalužnyj e\u0301te Co. Inc.', '  ', ''])
    assert.deepEqual(tokenize(text), scanned(text), text);
});

test("afterLastSpace and beforeFirstSpace are split(/\\s+/)'s last and first pieces, with no array made", () => {
  // the ECB+ sample's lines (mentions' texts are pieces of them), and every UTF-16 code unit between two letters:
  // white space past ASCII ("\u00a0", "\u2028", "\u3000", "\ufeff") is white space to `\s` too
  const lines = ecb.flatMap((d) => d.text.split('\n'));
  const odd = ['', ' ', 'a ', ' a', 'a\u00a0b', 'Jean-Claude  Van\u3000Damme', 'a\tb\nc', '\ud83d\ude00 x'];
  for (let c = 0; c < 0x10000; c++) odd.push(`a${String.fromCharCode(c)}b`);
  let spaced = 0;
  for (const s of [...lines, ...odd]) {
    const pieces = s.split(/\s+/);
    assert.equal(afterLastSpace(s), pieces[pieces.length - 1], JSON.stringify(s));
    assert.equal(beforeFirstSpace(s), pieces[0], JSON.stringify(s));
    if (pieces.length > 1) spaced++;
  }
  assert.ok(lines.length > 50 && spaced > 100, `${lines.length} lines, ${spaced} with white space`);
});

test("hasPossessive is stripPossessive's possessive, with no record made", () => {
  // every token of the ECB+ sample, and the marks' edge cases ("'s" alone, a curly mark, "Belarus'", "s's")
  const odd = ["'s", "a's", 'a’s', "Belarus'", "s's", "Jones's", 'Putin’s', "it's", "'S", "Putin'S", 'ss', "x''s"];
  let possessives = 0;
  for (const w of [...ecb.flatMap((d) => tokenize(d.text).map((t) => t.text)), ...odd]) {
    assert.equal(hasPossessive(w), stripPossessive(w).possessive, w);
    if (hasPossessive(w)) possessives++;
  }
  assert.ok(possessives > 20, `${possessives} possessives`);
});

test('sentenceAt finds each sentence where indexOf finds it, past the white space after the one before (ECB+ sample)', () => {
  let sentences = 0;
  for (const d of ecb) {
    const paragraphs = d.text.split('\n').filter(Boolean);
    const doc = analyzeText({ id: d.id, source: d.id, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0 });
    let para = -1;
    let cursor = 0;
    for (const s of doc.sentences) {
      if (s.paragraph !== para) [para, cursor] = [s.paragraph, 0];
      const text = paragraphs[s.paragraph];
      const at = sentenceAt(text, s.text, cursor);
      assert.equal(at, text.indexOf(s.text, cursor));
      // ... and from every cursor before it, and past it (found later, or not at all)
      for (const c of [0, Math.max(0, at - 1), at + 1, text.length + 1]) assert.equal(sentenceAt(text, s.text, c), text.indexOf(s.text, c));
      if (at >= 0) cursor = at + s.text.length;
      sentences++;
    }
  }
  assert.ok(sentences > 100, `${sentences} sentences`);
  // a sentence opening on white space, an empty one, one found only further on, one the spaces skipped hide
  assert.equal(sentenceAt('a  b', ' b', 0), 2);
  assert.equal(sentenceAt('ab', '', 1), 1);
  assert.equal(sentenceAt('x. y. x.', 'x.', 1), 6);
  assert.equal(sentenceAt('x.\u00a0 y', 'y', 2), 4);
});

test('an initials run after a hyphen is one token with the word before it (Reuters 280: "Sino-U.S." was "Sino-U" "." "S.")', () => {
  const t = tokenize('to set up the first Sino-U.S. Joint venture in China').map((x) => x.text);
  assert.deepEqual(t.slice(5, 7), ['Sino-U.S.', 'Joint']);
  // (a run of initials before a hyphen was one already: "the U.K.-U.S. effort")
  assert.deepEqual(
    tokenize('the U.K.-U.S. effort').map((x) => x.text),
    ['the', 'U.K.', '-', 'U.S.', 'effort'],
  );
});

test('a state\'s abbreviation of a capital and a capitalised word is one token, after a party letter too (Reuters 177, 2 "NITRO, W.Va.")', () => {
  assert.deepEqual(
    tokenize('Senate Majority leader Robert Byrd (D-W.Va.) wants recommendations').map((x) => x.text),
    ['Senate', 'Majority', 'leader', 'Robert', 'Byrd', '(', 'D-W.Va.', ')', 'wants', 'recommendations'],
  );
  assert.deepEqual(
    tokenize('NITRO, W.Va., March 2').map((x) => x.text),
    ['NITRO', ',', 'W.Va.', ',', 'March', '2'],
  );
});
