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

test('surface counts: a key met once is one entry, no count made for it (one Map set a word, two more where a second form comes)', async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  const set = Map.prototype.set;
  let words = 0;
  let several = 0;
  let sets = 0;
  for (const d of documents) {
    const counts = new SurfaceCounts();
    const forms = new Map<string, Set<string>>();
    const all = d.sentences.flatMap((s) => s.words);
    Map.prototype.set = function (this: Map<unknown, unknown>, k: unknown, v: unknown) {
      sets++;
      return set.call(this, k, v);
    };
    try {
      for (const w of all) counts.add(fold(w), w);
    } finally {
      Map.prototype.set = set;
    }
    for (const w of all) {
      const k = fold(w);
      if (!forms.has(k)) forms.set(k, new Set());
      forms.get(k)?.add(w);
    }
    words += all.length;
    for (const f of forms.values()) if (f.size > 1) several++;
  }
  assert.ok(words > 1000 && several > 20, `${words} words, ${several} keys written more than one way`);
  assert.equal(sets, words + 2 * several);
});
