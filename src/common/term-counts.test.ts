import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../pipeline.ts';
import { countsOfIds, knownStemId, stemOf, TermCounts, withTermIds } from './term-counts.ts';

test("term counts: a stem asked by its id (looked up once) is held where it is asked by its text, on real articles' counts", async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  const stems = new Set<string>();
  for (const d of documents) for (const t of d.termCounts.keys()) stems.add(t);
  stems.add('never-a-stem');
  let held = 0;
  let asked = 0;
  for (const d of documents) {
    const counts = d.termCounts;
    assert.ok(counts instanceof TermCounts);
    for (const t of stems) {
      const id = knownStemId(t);
      const has = counts.has(t);
      assert.equal(id >= 0 && counts.hasId(id), has, `${d.id} ${t}`);
      asked++;
      if (has) held++;
    }
  }
  assert.equal(knownStemId('never-a-stem'), -1);
  assert.ok(held > 500 && asked > 10 * held, `${held} held of ${asked} asked`);
});

test("a document's terms as stem ids: its sentences' terms, sentence after sentence, then its title's, as the text stage reads them (real articles)", async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  let terms = 0;
  for (const d of documents) {
    assert.deepEqual(
      Array.from(d.termIds, stemOf),
      d.sentences.flatMap((s) => s.terms),
      d.id,
    );
    assert.deepEqual(Array.from(d.titleTermIds, stemOf), d.titleTerms, d.id);
    // made again from the terms (a stored document's), the same ids
    const again = withTermIds({ ...d, termIds: new Int32Array(0), titleTermIds: new Int32Array(0) });
    assert.deepEqual([again.termIds, again.titleTermIds], [d.termIds, d.titleTermIds]);
    // a title's counts by id: the order first met and the counts a Map of its terms gives
    const title = new Map<string, number>();
    for (const t of d.titleTerms) title.set(t, (title.get(t) ?? 0) + 1);
    assert.deepEqual([...countsOfIds(d.titleTermIds)], [...title]);
    terms += d.termIds.length;
  }
  assert.ok(terms > 1500, `${terms} terms`);
});
