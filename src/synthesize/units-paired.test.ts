// A story of one document has no pair of units to score (align compares two documents' units only): buildUnits
// leaves what only a pair's score reads empty there (`paired: false`), and every other feature as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedStory } from '../../test/seed-story.ts';
import { buildUnits } from './units.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';

const { documents } = await seedStory();

test("a story of one document's units: no name keys, role keys, persons, person words, titles, companies, deals or quotes; the rest as when paired", () => {
  let pairOnly = 0;
  let named = 0;
  for (const doc of documents) {
    const enrichments = [enrichDocument(doc)];
    const { entities } = linkStory([doc], enrichments);
    const input = { documents: [doc], enrichments: new Map([[doc.id, enrichments[0]]]), entities, fallbackYear: null };
    const paired = buildUnits(input);
    const alone = buildUnits({ ...input, paired: false });
    assert.equal(alone.length, paired.length);
    for (let i = 0; i < paired.length; i++) {
      const { nameKeys, roleKeys, persons, personWords, titles, companies, companyWords, deals, quotes, ...rest } = paired[i];
      const a = alone[i];
      if (nameKeys.size) named++;
      if (roleKeys.size || persons.length || personWords.size || titles.size || companies.length || companyWords.size || deals.length || quotes.length)
        pairOnly++;
      assert.deepEqual(
        [
          a.nameKeys.size,
          a.roleKeys.size,
          a.persons.length,
          a.personWords.size,
          a.titles.size,
          a.companies.length,
          a.companyWords.size,
          a.deals.length,
          a.quotes.length,
        ],
        [0, 0, 0, 0, 0, 0, 0, 0, 0],
        a.text,
      );
      const { nameKeys: _n, roleKeys: _r, persons: _p, personWords: _w, titles: _t, companies: _c, companyWords: _cw, deals: _d, quotes: _q, ...aloneRest } = a;
      assert.deepEqual(aloneRest, rest);
    }
  }
  // the seeds' sentences name people, their posts and their words: the paired units hold such features
  assert.ok(pairOnly >= 10, `${pairOnly} units with pair-only features`);
  // and write names and titles only capitalised ("Defence Minister"): name keys
  assert.ok(named >= 10, `${named} units with name keys`);
});
