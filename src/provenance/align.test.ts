import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { fingerprint, Packed } from '../fingerprint/index.ts';
import { matchSentences, passagesOf } from './align.ts';
import { docView, slotsOf, type DocView } from './view.ts';
import { loadLanguageModel } from '../common/language.ts';
import { stemOf } from '../common/term-counts.ts';

await loadLanguageModel();

const view = (id: string, paragraphs: string[]) => {
  const d = analyzeText({ id, source: id, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0 });
  return docView(d, fingerprint(d));
};

// Real sentences: the Reuters story (seed 000) and the CBC and The Week versions (seeds 002, 001).
const reuters = view('r', [
  'His visit for talks with Belarusian leader Alexander Lukashenko will be his first to Minsk since 2019 - before the pandemic and a wave of Belarusian ' +
    'protests in 2020 that Lukashenko crushed with strong support from the Kremlin.',
  'Moscow and Minsk have since set up a joint regional unit of forces in Belarus and held numerous military exercises. Three Russian warplanes and an ' +
    'airborne early warning and control aircraft were deployed to Belarus last week.',
  'No official cause of death was announced.',
]);
const cbc = view('c', [
  "Putin's trip was his first to Minsk since 2019 — before the COVID-19 pandemic and a wave of pro-democracy protests in 2020 that Lukashenko crushed with strong support from the Kremlin.",
  'Belarus\'s political opposition, largely driven into jail, exile or silence, fears a creeping Russian annexation or "absorption" of its much smaller Slavic neighbour.',
  'Moscow and Minsk have set up a joint military unit in Belarus and held numerous exercises. Three Russian warplanes and an airborne early warning and ' +
    'control aircraft were deployed to Belarus last week.',
]);
const week = view('w', ['Moscow and Minsk have also set up a joint regional unit of forces in Belarus and held numerous military exercises.']);

test('lightly edited sentences align: a word swapped, words dropped, "COVID-19 pandemic" for "pandemic"', () => {
  const m = matchSentences(cbc, reuters);
  assert.deepEqual(
    m.map((x) => [x.a, x.b]),
    [
      [0, 0],
      [2, 1],
      [3, 2],
    ],
  );
  assert.ok(m.every((x) => x.lexical && x.score > 0.5));
  assert.ok(m[1].score < 1 && m[2].score === 1);
  const w = matchSentences(week, reuters);
  assert.equal(w.length, 1);
  assert.ok(w[0].dice > 0.9);
});

test('matches that follow each other (gaps of a few sentences allowed) become one passage with both texts', () => {
  const ps = passagesOf(matchSentences(cbc, reuters), cbc, reuters);
  assert.equal(ps.length, 1);
  assert.deepEqual(ps[0].fromSentences, [0, 2, 3]);
  assert.deepEqual(ps[0].toSentences, [0, 1, 2]);
  assert.match(ps[0].from, /joint military unit/);
  assert.doesNotMatch(ps[0].from, /Slavic neighbour/);
  assert.match(ps[0].to, /joint regional unit of forces/);
  // In reverse order they are separate passages.
  const reversed = view('x', [cbc.doc.sentences[3].text, cbc.doc.sentences[0].text]);
  assert.equal(passagesOf(matchSentences(reversed, reuters), reversed, reuters).length, 2);
});

test('a sentence that only fills the same template with other names and numbers is not a copy', () => {
  // Real Reuters-21578 sentences about two different bonds.
  const a = view('a', [
    'Scotia Mortgage Corp is issuing a 100 mln Canadian dlr eurobond due April 9, 1992 paying 8-3/4 pct and priced at 100-3/4 pct, lead manager Wood Gundy Ltd said.',
  ]);
  const b = view('b', [
    'NV Nederlandse Gasunie is issuing a 100 mln dlr eurobond due April 15, 1992 paying 7-1/4 pct and priced at 101-1/8 pct, lead manager Citicorp Investment Bank Ltd said.',
  ]);
  assert.equal(matchSentences(a, b).filter((m) => m.lexical).length, 0);
});

test("a sentence's names and numbers are read only for the pairs that share most of their words (copies), as before", () => {
  // fresh views: none of their sentences' slots read yet
  const [r, c] = [view('r2', reuters.doc.paragraphs), view('c2', cbc.doc.paragraphs)];
  const unrelated = view('u', ['No official cause of death was announced by the ministry on Tuesday in a brief statement to reporters.']);
  assert.equal(r.slots.length, 0);
  const m = matchSentences(c, r);
  // read: the sentences the lexical matches pair, not the one no CBC sentence copies ("No official cause of death ...")
  const read = r.slots.flatMap((s, i) => (s ? [i] : []));
  for (const x of m.filter((x) => x.lexical)) assert.ok(read.includes(x.b), `sentence ${x.b} read`);
  assert.ok(!read.includes(r.doc.sentences.length - 1), read.join(' '));
  // each as the words give it: the numbers and the words capitalised past the first, lower-cased
  for (const i of read) {
    const want = new Set(r.doc.sentences[i].words.filter((w, k) => /\d/.test(w) || (k > 0 && /^\p{Lu}/u.test(w))).map((w) => w.toLowerCase()));
    assert.deepEqual(slotsOf(r, i), want);
  }
  // a document sharing no sentence's words reads none
  matchSentences(unrelated, c);
  assert.equal(unrelated.slots.filter(Boolean).length, 0);
});

test('a sentence sharing words in order but few content terms is found through its shingles, whatever their hashes', () => {
  // real words of seed 000's sentence; the views keep its words but hold no content terms, so a shingle is the only way in
  const a = view('a', ['No official cause of death was announced.']);
  const noTerms = (v: typeof a, shingle: number) => ({
    ...v,
    terms: new Int32Array(0),
    termStarts: new Int32Array(v.termStarts.length),
    index: undefined,
    fp: { ...v.fp, sentenceShingles: Packed.from([[shingle]]) },
  });
  // one shared shingle, below 2^31 and at or above it (an unsigned hash a signed key would miss if read back unsigned)
  for (const h of [12345, 0x7fffffff, 0x80000000, 0xf0000000, 0xffffffff]) {
    const ms = matchSentences(noTerms(a, h), noTerms(view('b', ['No official cause of death was announced.']), h));
    assert.deepEqual(
      ms.map((m) => [m.a, m.b, m.lexical]),
      [[0, 0, true]],
      `shingle ${h}`,
    );
  }
});

test("a retold sentence's weights are its terms' under the weight function of the call, also for views met before under another", () => {
  // seeds 000 (Reuters) and 002 (CBC): the same facts in another order, no copy of the wording
  const pair = () => [
    view('a', [
      "There has been constant Russian and Belarusian military activity for months in Belarus, a close Kremlin ally that Moscow's troops used as a launch " +
        'pad for their abortive attack on Kyiv in February.',
    ]),
    view('b', [
      'Russian forces used Belarus as a launch pad for their abortive attack on the Ukrainian capital Kyiv in February, and there has been Russian and ' +
        'Belarusian military activity there for months.',
    ]),
  ];
  const [a, b] = pair();
  const even = () => 1;
  const retold = matchSentences(a, b, even);
  assert.deepEqual(
    retold.map((m) => [m.a, m.b, m.lexical]),
    [[0, 0, false]],
  );
  // the terms only one of them writes weigh fifty times the shared ones: their shares fall far below the threshold
  const shared = new Set(a.terms.filter((t) => b.terms.includes(t)));
  const heavy = (t: number) => (shared.has(t) ? 1 : 50);
  const [a2, b2] = pair();
  assert.deepEqual(matchSentences(a2, b2, heavy), []);
  // the views weighed evenly before give the same answer
  assert.deepEqual(matchSentences(a, b, heavy), []);
  assert.deepEqual(matchSentences(a, b, even), retold);
});

test("a sentence's shingles are looked up only when their bit is set in the other document's index: shared ones found, whatever their hashes", () => {
  const a = view('a', ['No official cause of death was announced.']);
  const b = view('b', ['No official cause of death was announced.']);
  const withShingles = (v: typeof a, shingles: number[]) => ({
    ...v,
    terms: new Int32Array(0),
    termStarts: new Int32Array(v.termStarts.length),
    index: undefined,
    fp: { ...v.fp, sentenceShingles: Packed.from([shingles]) },
  });
  // B's shingles; A's share one of them, and others that share its low bits (the same bit) or none of them
  for (const h of [5, 0x7fffffff, 0x80000000, 0xf0000fff, 0xffffffff]) {
    const B = withShingles(b, [h, (h + 0x1234567) >>> 0]);
    const shared = withShingles(a, [(h + 4096) >>> 0, (h ^ 0x10000) >>> 0, (h + 1) >>> 0, h]);
    assert.deepEqual(
      matchSentences(shared, B).map((m) => [m.a, m.b, m.lexical]),
      [[0, 0, true]],
      `shingle ${h}`,
    );
    // every shingle of B has its bit set
    const bits = (B as DocView).index!.shingleBits;
    for (const x of [h, (h + 0x1234567) >>> 0]) assert.notEqual(bits[(x >>> 5) & 127] & (1 << (x & 31)), 0, `bit of ${x}`);
    // the same bit, other hashes: no match
    const none = withShingles(a, [(h + 4096) >>> 0, (h ^ 0x10000) >>> 0]);
    assert.deepEqual(matchSentences(none, withShingles(b, [h])), [], `near ${h}`);
  }
});

test("a view's sentence terms are their stem ids, each once in the order first met, and a retold pair weighs them by id as by term (seeds 000 and 002)", () => {
  for (const v of [reuters, cbc, week]) {
    v.doc.sentences.forEach((s, i) => {
      assert.deepEqual(Array.from(v.terms.subarray(v.termStarts[i], v.termStarts[i + 1]), stemOf), [...new Set(s.terms)], s.text);
    });
  }
  // weights by term, asked by id: the same matches as the terms' own weights give
  const byTerm = (t: string) => 1 + (t.length % 5);
  const ms = matchSentences(cbc, reuters, (id) => byTerm(stemOf(id)));
  assert.ok(ms.length >= 2);
  for (const m of ms.filter((x) => !x.lexical)) {
    const a = new Set(cbc.doc.sentences[m.a].terms);
    const b = new Set(reuters.doc.sentences[m.b].terms);
    const sum = (s: Set<string>) => [...s].reduce((n, t) => n + byTerm(t), 0);
    const shared = [...a].filter((t) => b.has(t));
    assert.equal(m.score, (sum(new Set(shared)) / Math.min(sum(a), sum(b))) * 0.6);
  }
});

test('sentences repeated on both sides are matched once per pair of alike sentences, with the partners every pair gave (robust46)', () => {
  // real sentences (seed 000), some edited, one a template filled with other names and numbers, repeated in an
  // order of their own on each side
  const s = [
    'Moscow and Minsk have since set up a joint regional unit of forces in Belarus and held numerous military exercises.',
    'Moscow and Minsk have set up a joint military unit in Belarus and held numerous exercises.',
    'Three Russian warplanes and an airborne early warning and control aircraft were deployed to Belarus last week.',
    'Four Belarusian warplanes and an airborne early warning and control aircraft were deployed to Latvia last month.',
    'No official cause of death was announced.',
    'His visit for talks with Belarusian leader Alexander Lukashenko will be his first to Minsk since 2019.',
  ];
  const orderA = [0, 2, 0, 0, 5, 2, 1, 0, 4, 2, 2, 0, 3, 1, 0, 5, 5, 2, 0, 1];
  const orderB = [2, 1, 0, 0, 3, 2, 2, 5, 1, 0, 1, 1, 4, 2, 1, 0, 3, 3, 1];
  const make = (id: string, order: number[]) => view(id, [order.map((k) => s[k]).join(' ')]);
  // the same documents with every sentence a class of its own: each sentence meets each alike one, as before
  const apart = (v: DocView) => {
    v.classes = { first: Int32Array.from(v.words, (_, i) => i), members: new Map() };
    return v;
  };
  const A = make('a', orderA);
  const B = make('b', orderB);
  assert.equal(A.words.length, orderA.length);
  const m = matchSentences(A, B);
  assert.ok(A.classes && A.classes.members.size > 0 && B.classes && B.classes.members.size > 0);
  const each = matchSentences(apart(make('a', orderA)), apart(make('b', orderB)));
  assert.ok(each.length >= 10);
  assert.deepEqual(m, each);
  assert.deepEqual(matchSentences(B, A), matchSentences(apart(make('b', orderB)), apart(make('a', orderA))));
  // repeated on one side only
  const one = make('o', [0, 2, 5]);
  assert.deepEqual(matchSentences(A, one), matchSentences(apart(make('a', orderA)), apart(make('o', [0, 2, 5]))));
  assert.deepEqual(matchSentences(one, A), matchSentences(apart(make('o', [0, 2, 5])), apart(make('a', orderA))));
});
