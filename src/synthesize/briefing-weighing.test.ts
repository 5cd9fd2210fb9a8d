// The briefing weighs a story's sentences against the lines picked (cosine, containedIn) in every pool round: each
// sentence's own sums are worked out once, and a comparison looks up only the weights of the keys two sentences
// share. On the seed story (examples/seeds): the lines as before, with far fewer weight look-ups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { findRelations } from '../provenance/index.ts';
import { buildUnits } from './units.ts';
import { align } from './align.ts';
import { draftClaims, rankDrafts, toClaims } from './claims.ts';
import { sourceFamiliesOf } from './sources.ts';
import { standsAlone, writeBriefing } from './briefing.ts';

/** A weight table that counts its look-ups. */
class CountingMap extends Map<string, number> {
  gets = 0;
  override get(k: string): number | undefined {
    this.gets++;
    return super.get(k);
  }
}

test('the briefing looks up a key weight once a sentence, and per comparison only for the keys shared (seed story)', async () => {
  const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'seeds');
  const { documents } = await readDocuments([seeds], { threads: 1 });
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const relations = findRelations(documents);
  const al = align(units, relations);
  const families = sourceFamiliesOf(
    relations,
    documents.map((d) => d.id),
  );
  const drafts = rankDrafts(draftClaims(units, al, families, (u) => !standsAlone(u)));
  const claims = toClaims('seed', drafts);
  const weight = new CountingMap(al.weight);
  const lines = writeBriefing({ drafts, claims, weight, documents });
  assert.deepEqual(writeBriefing({ drafts, claims, weight: al.weight, documents }), lines);
  assert.ok(lines.length >= 5, `${lines.length} lines`);
  // every key of both sentences per comparison before (main's briefing.ts: 4,752 look-ups here; 1,009 now)
  assert.ok(weight.gets < 2500, `${weight.gets} weight look-ups`);
});
