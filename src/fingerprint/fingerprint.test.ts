import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { analyzeText } from '../text/index.ts';
import { fingerprint, estimateJaccard, bandKeys, fnv1a, minhash, MINHASH_SIZE, hash64Hex, hashSequence, Packed, sentenceWords, shinglesOf } from './index.ts';
import type { TextDocument } from '../model.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

const records = readFileSync(new URL('../../test/fixtures/provenance/reuters-sources.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const paras = (t: string) =>
  t
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
const doc = (id: string, paragraphs: string[]): TextDocument =>
  analyzeText({ id, source: id, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0 });

const a = paras(records[0].text);
const SEEDS = fileURLToPath(new URL('../../examples/seeds', import.meta.url));

test('hashes are deterministic and spread', () => {
  assert.equal(fnv1a('Minsk'), fnv1a('Minsk'));
  assert.notEqual(fnv1a('Minsk'), fnv1a('minsk'));
  assert.notEqual(fnv1a('x', 1), fnv1a('x', 2));
  const fp1 = fingerprint(doc('a', a));
  const fp2 = fingerprint(doc('b', a));
  assert.deepEqual(fp1.minhash, fp2.minhash);
  assert.equal(fp1.textHash, fp2.textHash);
  assert.equal(fp1.minhash.length, MINHASH_SIZE);
});

test('text hash ignores case, typography and re-wrapping, not a changed word', () => {
  const base = fingerprint(doc('a', a)).textHash;
  assert.equal(
    fingerprint(
      doc(
        'b',
        a.map((p) => p.toUpperCase().replace(/'/g, '’')),
      ),
    ).textHash,
    base,
  );
  assert.equal(fingerprint(doc('c', [a.join(' ')])).textHash, base);
  assert.notEqual(
    fingerprint(
      doc(
        'd',
        a.map((p, i) => (i === 1 ? p.replace(/\bthe\b/, 'a') : p)),
      ),
    ).textHash,
    base,
  );
});

test('MinHash estimates the Jaccard similarity of the shingle sets', () => {
  const half = fingerprint(doc('h', a.slice(0, Math.ceil(a.length / 2))));
  const full = fingerprint(doc('f', a));
  const set = (x: Uint32Array) => new Set(x);
  const sa = set(half.shingles);
  const sb = set(full.shingles);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const truth = inter / (sa.size + sb.size - inter);
  const est = estimateJaccard(half.minhash, full.minhash);
  assert.ok(Math.abs(est - truth) < 0.15, `estimate ${est} vs ${truth}`);
  const other = fingerprint(doc('o', paras(records[1].text)));
  assert.ok(estimateJaccard(full.minhash, other.minhash) < 0.1);
  assert.deepEqual(minhash([]), new Uint32Array(MINHASH_SIZE).fill(0xffffffff));
});

test('near-duplicates share an LSH band, unrelated articles do not', () => {
  const full = fingerprint(doc('f', a));
  const edited = fingerprint(
    doc(
      'e',
      a.map((p, i) => (i === 3 ? p.replace(/\bsaid\b/g, 'stated') : p)),
    ),
  );
  const other = fingerprint(doc('o', paras(records[2].text)));
  const keys = new Set(bandKeys(full.minhash));
  assert.ok(bandKeys(edited.minhash).some((k) => keys.has(k)));
  assert.ok(!bandKeys(other.minhash).some((k) => keys.has(k)));
});

test('one hash and shingle list per sentence', () => {
  const d = doc('a', a);
  const fp = fingerprint(d);
  assert.equal(fp.sentenceHashes.length, d.sentences.length);
  assert.equal(fp.sentenceShingles.count, d.sentences.length);
  assert.equal(fp.sentenceWords.count, d.sentences.length);
  d.sentences.forEach((s, i) => assert.equal(fp.sentenceWords.length(i), s.words.length > 0 ? fp.sentenceWords.at(i).length : 0));
  assert.ok(fp.sentenceShingles.at(1).length > 0);
  assert.equal(new Set(fp.sentenceHashes).size, new Set(d.sentences.map((s) => s.text.toLowerCase())).size);
});

// ---------------------------------------------------------------- the one-pass fingerprint

/** The fingerprint as first defined: a string per normal word, hashed one by one, the text joined and hashed. */
function fingerprintByStrings(d: TextDocument) {
  const sentenceHashes: number[] = [];
  const shingleLists: number[][] = [];
  const wordLists: number[][] = [];
  const all = new Set<number>();
  const normal: string[] = [];
  for (const s of d.sentences) {
    const words = sentenceWords(s);
    normal.push(words.join(' '));
    const wordHashes = words.map((w) => fnv1a(w));
    wordLists.push(wordHashes);
    sentenceHashes.push(words.length ? hashSequence(wordHashes) : 0);
    const sh = shinglesOf(wordHashes);
    shingleLists.push(sh);
    for (const h of sh) all.add(h);
  }
  const shingles = Uint32Array.from(all).sort();
  // MinHash permutation by permutation per shingle, as first written
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    const one = minhash([x]);
    for (let i = 0; i < MINHASH_SIZE; i++) if (one[i] < sig[i]) sig[i] = one[i];
  }
  return {
    id: d.id,
    textHash: hash64Hex(normal.filter(Boolean).join(' ')),
    minhash: sig,
    sentenceHashes,
    shingleCount: shingles.length,
    shingles,
    sentenceShingles: Packed.from(shingleLists),
    sentenceWords: Packed.from(wordLists),
  };
}

const plain = (fp: ReturnType<typeof fingerprint>) => ({
  ...fp,
  sentenceShingles: { data: [...(fp.sentenceShingles as Packed).data], starts: [...(fp.sentenceShingles as Packed).starts] },
  sentenceWords: { data: [...(fp.sentenceWords as Packed).data], starts: [...(fp.sentenceWords as Packed).starts] },
  minhash: [...fp.minhash],
  shingles: [...fp.shingles],
});

test('the one-pass fingerprint equals the string-by-string definition on real text', () => {
  const texts = [
    ...records.map((r) => paras(r.text)),
    ...readdirSync(SEEDS).map((f) => paras(readFileSync(join(SEEDS, f), 'utf8'))),
    ...readFileSync(new URL('../../test/fixtures/extract/ecbplus-sample.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => paras(JSON.parse(l).text ?? '')),
  ];
  assert.ok(texts.length > 10);
  texts.forEach((t, i) => {
    const d = doc(`t${i}`, t);
    assert.deepEqual(plain(fingerprint(d)), plain(fingerprintByStrings(d)), `text ${i}`);
  });
});

test('the one-pass fingerprint equals the string-by-string definition on any words', () => {
  // words as the tokeniser could hand them: ASCII, accented, other scripts, digits, punctuation inside, empty
  const word = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
    fc.constantFrom('Zalužnyj', 'Kremlin’s', 'Лукашенко', 'Ä', 'ǅ', 'ﬁnance', '2,000', 'U.S.', "don't", '', '—', 'İstanbul', 'Straße', '①', 'K'),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
  const sentence = fc.array(word, { maxLength: 14 });
  fc.assert(
    fc.property(fc.array(sentence, { maxLength: 8 }), (sentences) => {
      const d = { ...doc('p', ['x']), sentences: sentences.map((words, index) => ({ index, text: words.join(' '), paragraph: 0, words, terms: [] })) };
      assert.deepEqual(plain(fingerprint(d)), plain(fingerprintByStrings(d)));
    }),
    { seed: 20261201, numRuns: 300 },
  );
});
