import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../text/index.ts';
import { fingerprint, estimateJaccard, bandKeys, fnv1a, minhash, MINHASH_SIZE } from './index.ts';
import type { TextDocument } from '../model.ts';

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
