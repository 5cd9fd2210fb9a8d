import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../pipeline.ts';
import { knownStemId, TermCounts } from './term-counts.ts';

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
