import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceFamilies, countIndependent, familyGroups } from './families.ts';
import type { Relation } from '../model.ts';

const rel = (from: string, to: string, kind: Relation['kind'] = 'reuse'): Relation => ({ from, to, kind, directed: true, similarity: 0.5, passages: [] });

test('copies connected through relations are one family, named by its first document', () => {
  const ids = ['wire', 'a', 'b', 'c', 'own'];
  const fam = sourceFamilies([rel('a', 'wire'), rel('b', 'a', 'near-duplicate'), rel('c', 'b', 'duplicate')], ids);
  assert.deepEqual([...fam.values()], ['wire', 'wire', 'wire', 'wire', 'own']);
  assert.equal(countIndependent(ids, fam), 2);
  assert.equal(countIndependent(['a', 'c'], fam), 1);
  assert.deepEqual(familyGroups(fam), [['wire', 'a', 'b', 'c']]);
});

test('unknown documents count alone; relations to documents outside the list are ignored', () => {
  const fam = sourceFamilies([rel('a', 'elsewhere'), rel('x', 'y')], ['a', 'b']);
  assert.equal(fam.get('a'), 'a');
  assert.equal(countIndependent(['a', 'b', 'zz'], fam), 3);
});

test('kinds can be restricted (e.g. leave paraphrases out of a count)', () => {
  const rels = [rel('a', 'b', 'paraphrase'), rel('c', 'b')];
  assert.equal(countIndependent(['a', 'b', 'c'], sourceFamilies(rels, ['a', 'b', 'c'])), 1);
  assert.equal(countIndependent(['a', 'b', 'c'], sourceFamilies(rels, ['a', 'b', 'c'], new Set(['reuse']))), 2);
});
