// A claim's representative: the wording's reading (`poor`) is asked only of members whose penalty can change the
// choice, and the choice is the one made with every member's wording read. On the seed story (examples/seeds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedStory } from '../../test/seed-story.ts';
import type { Unit } from './units.ts';
import type { Alignment } from './align.ts';
import { draftClaims } from './claims.ts';
import { standsAlone } from './briefing.ts';
import { ALIGN } from './lexicon.ts';

/** The representative as chosen with every member's wording read: the first of the highest scores, a later
 * member winning by more than 1e-9. */
function everyMemberRead(members: Unit[], al: Alignment, poor: (u: Unit) => boolean): Unit {
  if (members.length === 1) return members[0];
  const ids = new Set(members.map((m) => m.id));
  let best = members[0];
  let bestScore = -Infinity;
  for (const m of members) {
    const n = al.neighbors.get(m.id);
    let s = 0;
    for (const o of members) if (o !== m) s += n?.get(o.id) ?? 0;
    for (const [v, score] of n ?? []) if (!ids.has(v)) s -= ALIGN.repOutside * score;
    if (poor(m)) s -= 0.5;
    s += Math.min(m.keys.length, 40) * 1e-3;
    if (s > bestScore + 1e-9) [best, bestScore] = [m, s];
  }
  return best;
}

test("a claim's representative is chosen as with every wording read, reading fewer (seed story)", async () => {
  const { units, al, families } = await seedStory();
  // the sentences that do not read alone, and one that does made poor too (its penalty changing some choices)
  for (const poorOne of [null, ...units.filter((u) => standsAlone(u)).slice(0, 3)]) {
    const poor = (u: Unit) => u === poorOne || !standsAlone(u);
    let asked = 0;
    const drafts = draftClaims(units, al, families, (u) => {
      asked++;
      return poor(u);
    });
    const shared = drafts.filter((d) => d.members.length > 1);
    assert.ok(shared.length >= 5, `${shared.length} claims of several sentences`);
    for (const d of drafts) assert.equal(d.representative, everyMemberRead(d.members, al, poor));
    // reading every member of every star tried and of every claim read about twice the claims' members here (101
    // for 50); the members that can win are about one per claim
    const members = shared.reduce((n, d) => n + d.members.length, 0);
    assert.ok(asked < 1.5 * members, `${asked} wordings read for ${members} members of claims`);
  }
});
