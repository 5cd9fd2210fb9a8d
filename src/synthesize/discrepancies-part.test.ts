// A figure that is a part of another is no disagreement when an article of the whole gives the part and the rest.
// Real text: Reuters' Georgia Gulf offering (r3k 1826: "a secondary offering of 4.8 mln shares" and "four mln of the
// shares will be sold in the United States and 800,000 shares will be offered abroad"; the SEC's list, 2295: "Offering
// of four mln shares"), reported as "Figures for "shares" differ: 4.8 mln shares (1826) vs four mln shares (2295)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, readDocuments } from '../pipeline.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { buildUnits } from './units.ts';
import { splitsOf } from './discrepancies.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize');

test("an article giving the whole's part and rest splits it; one giving the part alone does not", async () => {
  const documents = (await readDocuments([join(FIXTURES, 'reuters-sec-offerings.jsonl')], { threads: 1 })).documents;
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const split = splitsOf(units);
  assert.ok(split('1826', 4_800_000, 4_000_000), 'four mln in the U.S. and 800,000 abroad');
  assert.ok(split('1826', 4_800_000, 800_000));
  assert.equal(split('2295', 4_800_000, 4_000_000), false, "the SEC's list gives no rest");
  assert.equal(split('1826', 4_800_000, 3_000_000), false, 'no such part');
});

test('the offering of 4.8 mln shares and its four mln sold in the U.S. are one claim, not disputed', async () => {
  const report = await analyze([join(FIXTURES, 'reuters-sec-offerings.jsonl')]);
  const story = report.stories.find((s) => s.documents.includes('1826'));
  assert.ok(story);
  const claim = story.claims.find((c) => c.support.some((r) => r.document === '1826' && r.sentence === 0) && c.support.some((r) => r.document === '2295'));
  assert.ok(claim, "the filing and the SEC list's line are one claim");
  assert.notEqual(claim.status, 'disputed');
  assert.equal(story.discrepancies.filter((d) => d.detail.includes('4.8 mln')).length, 0);
});
