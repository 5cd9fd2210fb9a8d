import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../pipeline.ts';
import { fold } from '../common/normalize.ts';
import { SurfaceCounts } from './surface-counts.ts';

test('surface counts: the most frequent way each word is written, as a Map of counts per key finds it', async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  let keys = 0;
  let several = 0;
  for (const d of documents) {
    // every word of the text under its folded form: "Said", "said" and "SAID" are one key written three ways
    const counts = new SurfaceCounts();
    const reference = new Map<string, Map<string, number>>();
    for (const s of d.sentences)
      for (const w of s.words) {
        const k = fold(w);
        counts.add(k, w);
        let m = reference.get(k);
        if (!m) reference.set(k, (m = new Map()));
        m.set(w, (m.get(w) ?? 0) + 1);
      }
    assert.deepEqual([...counts.keys()], [...reference.keys()]);
    for (const [k, m] of reference) {
      let best = '';
      let n = -1;
      for (const [form, c] of m) if (c > n || (c === n && form < best)) [best, n] = [form, c];
      assert.equal(counts.mostFrequent(k), best, k);
      keys++;
      if (m.size > 1) several++;
    }
  }
  assert.ok(keys > 1000 && several > 20, `${keys} keys, ${several} written more than one way`);
  assert.equal(new SurfaceCounts().mostFrequent('absent'), '');
});
