// One difference is shown once, however many claims hold its sentences (discrepancies.ts withinOther, now over the
// amount and date differences too): the USDA's weekly "no shipments ... to the Soviet Union in the week ended March 12"
// (Reuters 4599) and "... March 19" (10172) stand in three claims of all of Reuters' story, each with another week's
// report (12695, 12711, 15999), and were shown three times; in two claims of these five articles, and shown twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { synthesizeStory } from './index.ts';
import type { StoryGroup } from '../model.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', 'reuters-discrepancy-once.jsonl');

test("a date difference two claims hold is shown once, naming the two claims (Reuters 4599 / 10172, the USDA's weeks)", async () => {
  const { documents } = await readDocuments([FIXTURE], { threads: 1 });
  const enriched = documents.map((d) => enrichDocument(d));
  const linked = linkStory(documents, enriched);
  const ids = documents.map((d) => d.id);
  const group: StoryGroup = { id: 's', title: 't', documents: ids, members: [], why: [], period: { start: null, end: null } };
  const story = synthesizeStory({ group, documents, relations: [], enrichments: new Map(documents.map((d, i) => [d.id, enriched[i]])), ...linked });
  const dates = story.discrepancies.filter((d) => d.kind === 'date');
  assert.deepEqual(
    dates.map((d) => d.detail),
    ['The same event is dated differently: 1987-03-12 (4599) vs 1987-03-19 (10172).'],
  );
  assert.equal(dates[0].claims?.length, 2);
});
