// The briefing weighs a story's sentences against the lines picked (cosine, containedIn) in every pool round: each
// sentence's own sums are worked out once, and a comparison looks up only the weights of the keys two sentences
// share. On the seed story (examples/seeds): the lines as before, with far fewer weight look-ups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedStory } from '../../test/seed-story.ts';
import { draftClaims, rankDrafts, toClaims } from './claims.ts';
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
  const { documents, units, al, families } = await seedStory();
  const drafts = rankDrafts(draftClaims(units, al, families, (u) => !standsAlone(u)));
  const claims = toClaims('seed', drafts);
  const weight = new CountingMap(al.weight);
  const lines = writeBriefing({ drafts, claims, weight, documents });
  assert.deepEqual(writeBriefing({ drafts, claims, weight: al.weight, documents }), lines);
  assert.ok(lines.length >= 5, `${lines.length} lines`);
  // every key of both sentences per comparison before (main's briefing.ts: 4,752 look-ups here; 1,009 now)
  assert.ok(weight.gets < 2500, `${weight.gets} weight look-ups`);
});
