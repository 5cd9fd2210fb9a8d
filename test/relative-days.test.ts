// Relative days read from the day and place of writing, on Reuters-21578 records (held-out lines 3001-9000; the
// fixture keeps each record whole, its "dateline" field too): a Wellington story's "yesterday", Marathon's
// "effective tomorrow", the Weizsaecker visit "which starts on Friday".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../src/pipeline.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { synthesizeStory } from '../src/synthesize/index.ts';
import { articleDay, eventDates, statedDates } from '../src/synthesize/dates.ts';
import type { StoryGroup, TextDocument } from '../src/model.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'synthesize', 'reuters-relative-days.jsonl');
const { documents } = await readDocuments([FIXTURE], { threads: 1 });
const byId = new Map(documents.map((d) => [d.id, d]));

function story(ids: string[]) {
  const docs = ids.map((id) => byId.get(id)!);
  const enriched = docs.map((d) => enrichDocument(d));
  const linked = linkStory(docs, enriched);
  const group: StoryGroup = { id: 's', title: 't', documents: ids, members: [], why: [], period: { start: null, end: null } };
  return synthesizeStory({ group, documents: docs, relations: [], enrichments: new Map(docs.map((d, i) => [d.id, enriched[i]])), ...linked });
}

/** The days a sentence of a document (found by its opening words) states for its own events. */
function days(doc: TextDocument, opening: string): string[] {
  const s = doc.sentences.find((x) => x.text.startsWith(opening));
  assert.ok(s, opening);
  return eventDates(s.text, statedDates(s.text, articleDay(doc))).map((d) => d.date);
}

test('a Wellington story stamped the day before in UTC counts "yesterday" from its own day (5734, March 17 there)', () => {
  const wellington = byId.get('5734')!;
  assert.equal(wellington.published, '1987-03-16T17:35:22');
  assert.equal(wellington.localDay, '1987-03-17');
  // the 24-hour strike of Monday March 16 (4739: "will strike for 24 hours on Monday"; 8214: "on March 16")
  assert.deepEqual(days(wellington, 'Harbour workers returned to work this morning'), ['1987-03-16']);
  const nz = story(['4739', '5734', '8214']);
  assert.deepEqual(
    nz.discrepancies.filter((d) => d.kind === 'date').map((d) => d.detail),
    [],
  );
  // a stamp whose day is the dateline's own keeps it; a New York stamp is never moved
  assert.equal(byId.get('8214')!.localDay, undefined);
  assert.equal(byId.get('3985')!.localDay, undefined);
});

test('"effective tomorrow" is a day, and two changes effective on two days are two changes (3342 / 3985, Marathon)', () => {
  assert.deepEqual(days(byId.get('3985')!, "USX's subsidiary, Marathon Petroleum Co"), ['1987-03-12']);
  const marathon = story(['3342', '3985']);
  assert.deepEqual(
    marathon.discrepancies.filter((d) => d.kind === 'number').map((d) => d.detail),
    [],
  );
});

test('a timetable\'s present verb points a weekday ahead (7533 "which starts on Friday", 6934 "who arrives ... on Friday")', () => {
  // published Thursday March 19 and Wednesday March 18, 1987: the visit began on Friday March 20
  assert.deepEqual(days(byId.get('7533')!, 'The government said the strike was designed'), ['1987-03-20']);
  assert.deepEqual(days(byId.get('6934')!, 'The government has charged that the strike'), ['1987-03-20']);
  // a past day of the same articles still points back: "began a hunger strike yesterday"
  assert.deepEqual(days(byId.get('7533')!, 'The miners statement said police'), ['1987-03-18']);
});
