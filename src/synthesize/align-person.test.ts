// A person two sentences share counts once (as the person, not also as the words of its names) when they share
// nothing else that says what happened. Real text: the Reuters story of March 1987 on Speaker Jim Wright's tax
// plan (r3k, 11 articles), where "Wright told Budget Committee Democrats ... he would fight for a tax increase"
// supported "Rostenkowski ... met this afternoon with House Speaker Jim Wright" on the speaker's name alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { findRelations } from '../provenance/index.ts';
import { buildUnits } from './units.ts';
import { align } from './align.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', 'reuters-wright-tax.jsonl');

test('a shared person alone does not align two statements; the same meeting still does', async () => {
  const { documents } = await readDocuments([FIXTURE], { threads: 1 });
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const { neighbors } = align(units, findRelations(documents));
  const unit = (start: string) => {
    const u = units.find((x) => x.text.startsWith(start));
    assert.ok(u, start);
    return u.id;
  };
  const fight = unit('House Speaker Jim Wright told Budget Committee Democrats');
  const met = unit('Rostenkowski, an Illinois Democrat whose committee');
  const wrightMet = unit('Wright met with House Ways and Means Committee chairman');
  // the two share "Wright", "Jim" and the person, "House Speaker" and "Democrat(s)": whom, not what
  assert.equal(neighbors.get(fight)?.has(met) ?? false, false, 'Wright fighting for a tax increase is not the Rostenkowski meeting');
  // the meeting told from either side shares "met", "discuss", the committee: still one statement
  assert.ok(neighbors.get(met)?.has(wrightMet), 'the Wright-Rostenkowski meeting, both ways');
});
