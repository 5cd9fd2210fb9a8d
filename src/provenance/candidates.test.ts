import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../pipeline.ts';
import { bandKeys, fingerprint } from '../fingerprint/index.ts';
import { sortPostings } from './candidates.ts';

const SAMPLE = new URL('../../test/fixtures/provenance/reuters-sample.jsonl', import.meta.url).pathname;

/** The order the postings had packed as hash * 2^21 + document in a Float64Array and sorted natively. */
function packedOrder(hashes: Uint32Array, docs: Int32Array): Array<[number, number]> {
  const packed = Float64Array.from(hashes, (h, k) => h * 2 ** 21 + docs[k]).sort();
  return Array.from(packed, (p) => [Math.floor(p / 2 ** 21), p % 2 ** 21]);
}

test("postings sorted by hash in two counting passes come in the packed sort's order: Reuters articles' shingles and band keys", async () => {
  const { documents } = await readDocuments([SAMPLE]);
  const fps = documents.map(fingerprint);
  // every shingle of every document (in document order, as findCandidates fills them), and every band key
  for (const keysOf of [(i: number) => fps[i].shingles, (i: number) => bandKeys(fps[i].minhash)]) {
    const hs: number[] = [];
    const ds: number[] = [];
    fps.forEach((_, i) => {
      for (const h of keysOf(i)) {
        hs.push(h);
        ds.push(i);
      }
    });
    const hashes = Uint32Array.from(hs);
    const docs = Int32Array.from(ds);
    const expected = packedOrder(hashes, docs);
    // hashes shared by several documents, hashes of 2^31 and more, and hashes of one high half with several low ones
    assert.ok(expected.some(([h], k) => k > 0 && expected[k - 1][0] === h));
    assert.ok(expected.some(([h]) => h >= 2 ** 31));
    sortPostings(hashes, docs);
    assert.deepEqual(
      Array.from(hashes, (h, k) => [h, docs[k]]),
      expected,
    );
  }
});

test('postings sorted by hash: one high half with several low halves, one low half with several high halves, a document twice', () => {
  const hashes = Uint32Array.from([0x00020001, 0x00010002, 0x00010001, 0x00020001, 0xffff0000, 0x0000ffff, 0x00010001, 0x00010002]);
  const docs = Int32Array.from([0, 0, 1, 1, 2, 3, 3, 4]);
  const expected = packedOrder(hashes, docs);
  sortPostings(hashes, docs);
  assert.deepEqual(
    Array.from(hashes, (h, k) => [h, docs[k]]),
    expected,
  );
  assert.deepEqual(expected, [
    [0x0000ffff, 3],
    [0x00010001, 1],
    [0x00010001, 3],
    [0x00010002, 0],
    [0x00010002, 4],
    [0x00020001, 0],
    [0x00020001, 1],
    [0xffff0000, 2],
  ]);
});
