// A feed item's stamp keeps its own offset, a dateline west of Greenwich gives a known instant its local day, and
// "IST" is read by the outlet or the dateline (time37). Fixtures: a real Reuters-21578 story (4624, WASHINGTON,
// March 12 1987, "an action program announced yesterday") as the item of an RSS feed shaped as Reuters' own,
// once stamped with its US Eastern offset and no dateline (as a feed's summary text often has none), once stamped
// in GMT under its dateline; ECB+ pages with IST stamp lines (12_4 pardaphash.com, 12_5 rediff.com) and an Irish
// and an Israeli page shaped alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../src/pipeline.ts';
import { articleDay, eventDates, statedDates } from '../src/synthesize/dates.ts';
import type { TextDocument } from '../src/model.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const read = async (...parts: string[]) => (await readDocuments([join(FIXTURES, ...parts)], { threads: 1 })).documents;

/** The days a sentence of a document (found by its opening words) states for its own events. */
function days(doc: TextDocument, opening: string): string[] {
  const s = doc.sentences.find((x) => x.text.startsWith(opening));
  assert.ok(s, opening);
  return eventDates(s.text, statedDates(s.text, articleDay(doc))).map((d) => d.date);
}

test('an RSS item stamped "Thu, 12 Mar 1987 22:58:56 -0500" keeps its offset: "yesterday" is March 11, not March 12', async () => {
  const [doc] = await read('feeds', 'reuters-africa-offset.rss');
  // the same instant as 1987-03-13T03:58:56Z, read on the writer's day
  assert.equal(doc.published, '1987-03-12T22:58:56-05:00');
  assert.equal(doc.localDay, undefined);
  assert.equal(doc.publishedZone, 'stamp read in its own zone -05:00: the day there is 1987-03-12 (1987-03-13 in UTC)');
  assert.deepEqual(days(doc, 'The U.S. Has given further details'), ['1987-03-11']);
});

test('a GMT stamp of the next day under "WASHINGTON, March 12 (Reuters) -" counts from March 12 there', async () => {
  const [doc] = await read('feeds', 'reuters-africa-gmt.rss');
  assert.equal(doc.published, '1987-03-13T03:58:56Z');
  assert.equal(doc.localDay, '1987-03-12');
  assert.equal(doc.publishedZone, "stamp without a zone read in UTC: the stamp says so (Z); at the dateline's place (UTC-5) that is 1987-03-12");
  assert.deepEqual(days(doc, 'The U.S. Has given further details'), ['1987-03-11']);
});

test("\"IST\" is India's, Ireland's or Israel's by the outlet or the dateline; with neither, India's and said to be a guess", async () => {
  const docs = new Map((await read('extract', 'ist-stamps.jsonl')).map((d) => [d.id, d]));
  const note = (id: string) => docs.get(id)?.publishedZone;
  // pardaphash.com: no outlet in the tables, "New Delhi/Mumbai:" no dateline the tables read
  assert.equal(
    note('12_4ecbplus'),
    'stamp without a zone read in +05:30: the stamp line says 09:56 IST (read as India Standard Time; IST is also Irish Standard Time and Israel Standard Time: neither the outlet nor a dateline tells which)',
  );
  assert.equal(
    note('12_5ecbplus'),
    "stamp without a zone read in +05:30: the stamp line says 19:04 IST (India Standard Time: the outlet's zone is Asia/Kolkata)",
  );
  // independent.ie in April: Irish summer time, +01:00
  assert.equal(
    note('ie-storm'),
    "stamp without a zone read in +01:00: the stamp line says 11:45 PM IST (Irish Standard Time: the outlet's zone is Europe/Dublin)",
  );
  // an outlet no table knows, under "JERUSALEM, Jan 8 (Reuters) -": Israel Standard Time, +02:00
  assert.match(
    note('il-wire') ?? '',
    /^stamp without a zone read in \+02:00: the stamp line says 11:51 PM IST \(Israel Standard Time: the dateline's place is jerusalem\)/,
  );
});
