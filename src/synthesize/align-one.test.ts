// align's shortcut for a story of one article (most of a wire service's stories): its weights and no pair, without
// the pair search. Checked on real text against the search itself (alignPairs): every Reuters item of the provenance
// fixture as a story of its own finds no pair there either, and stories of two or more articles (the seed story,
// pairs of Reuters items, one with a re-used passage) are searched as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { findRelations } from '../provenance/index.ts';
import type { Relation, TextDocument } from '../model.ts';
import { buildUnits } from './units.ts';
import { align, alignPairs, keyWeights } from './align.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'provenance', 'reuters-sample.jsonl');
const SEEDS = join(ROOT, 'examples', 'seeds');

function storyUnits(documents: TextDocument[]) {
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  return buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
}

test('a story of one article: its weights, no pair, as the pair search over it finds', async () => {
  const { documents } = await readDocuments([SAMPLE], { threads: 1 });
  let units = 0;
  for (const d of documents) {
    const us = storyUnits([d]);
    units += us.length;
    const searched = alignPairs(us, []);
    assert.equal(searched.neighbors.size, 0, d.id);
    assert.equal(searched.pairsScored, 0, d.id);
    const got = align(us, []);
    assert.equal(got.neighbors.size, 0, d.id);
    assert.equal(got.pairsScored, 0, d.id);
    assert.deepEqual([...got.weight], [...keyWeights(us)], d.id);
  }
  // the fixture's items make a few hundred units, not a handful
  assert.ok(units > 200, `${units} units`);
});

test('stories of two or more articles are searched: pairs as the search finds them', async () => {
  const sample = (await readDocuments([SAMPLE], { threads: 1 })).documents;
  const seeds = (await readDocuments([SEEDS], { threads: 1 })).documents;
  const stories: Array<{ documents: TextDocument[]; relations: Relation[] }> = [{ documents: seeds, relations: findRelations(seeds) }];
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const pair = [sample[i], sample[i + 1]];
    stories.push({ documents: pair, relations: findRelations(pair) });
  }
  let linked = 0;
  let passages = 0;
  for (const { documents, relations } of stories) {
    const us = storyUnits(documents);
    const got = align(us, relations);
    const searched = alignPairs(us, relations);
    assert.equal(got.pairsScored, searched.pairsScored);
    assert.deepEqual(
      [...got.neighbors].map(([k, v]) => [k, [...v]]),
      [...searched.neighbors].map(([k, v]) => [k, [...v]]),
    );
    if (got.pairsScored > 0) linked++;
    if (relations.some((r) => r.passages.length)) passages++;
  }
  // the seed story re-uses Reuters sentences (passages), and some pairs of items share keys
  assert.ok(passages >= 1, `${passages} stories with passages`);
  assert.ok(linked >= 2, `${linked} stories with pairs scored`);
});
