import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../pipeline.ts';
import { fold } from '../common/normalize.ts';
import { stemId, stemOf } from '../common/term-counts.ts';
import { addStem, startStems, stemForms, SurfaceCounts } from './surface-counts.ts';

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

test("stem forms: each stem's most frequent form by stem id in reused arrays, as SurfaceCounts finds it, document after document", async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  let several = 0;
  for (const [i, d] of documents.entries()) {
    // every word under its folded form's id, "Said", "said" and "SAID" one key written three ways
    const counts = new SurfaceCounts();
    startStems();
    for (const s of d.sentences)
      for (const w of s.words) {
        counts.add(fold(w), w);
        addStem(stemId(fold(w)), w);
      }
    const keys = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const expected = keys.flatMap((k) => [k, counts.mostFrequent(k)]);
    several += keys.filter((k) => counts.mostFrequent(k) !== k).length;
    if (i % 2 === 1) {
      // a count left unfinished (as after a throw) is forgotten by the next start
      startStems();
      for (const w of d.sentences[0]?.words ?? []) addStem(stemId(`never-${fold(w)}`), w);
      startStems();
      for (const s of d.sentences) for (const w of s.words) addStem(stemId(fold(w)), w);
    }
    assert.deepEqual(stemForms(stemOf, stemId), expected, d.id);
  }
  assert.ok(documents.length > 10 && several > 20, `${documents.length} documents, ${several} keys written most in another form`);
  // a count ends with its forms read: the next holds nothing of it
  startStems();
  assert.deepEqual(stemForms(stemOf, stemId), []);
});
