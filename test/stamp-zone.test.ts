// A publication stamp without a zone, read in the zone the input gives: real pages (trafilatura evaluation set,
// copied whole into test/fixtures/web) given as records with their own JSON-LD datePublished, and a real
// Reuters-21578 record (5734, Wellington) whose record declares the zone of its stamp.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordItems } from '../src/ingest/records.ts';
import { extractArticle } from '../src/extract/index.ts';
import type { Article, RawDocument } from '../src/model.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const page = (name: string) => gunzipSync(readFileSync(join(FIXTURES, 'web', name))).toString('utf8');

function article(record: Record<string, unknown>): Article {
  const [raw] = recordItems(record, 'test.jsonl#1', 'r', 0);
  assert.ok('kind' in raw, JSON.stringify(raw));
  return extractArticle(raw as RawDocument);
}

test("a record's page without a zone on its stamp takes the zone the page's other stamps give, and says so", () => {
  // elpais.com.uy: "datePublished":"2022-05-10T23:35:55" (Montevideo's evening), publishtime ...04:10:00-03:00
  const uy = article({
    id: 'uy',
    url: 'https://www.elpais.com.uy/informacion/politica/x',
    published: '2022-05-10T23:35:55',
    text: page('elpais-uy-gobierno.html.gz'),
  });
  assert.equal(uy.published, '2022-05-10T23:35:55');
  assert.equal(uy.publishedZone, "stamp without a zone read in -03:00: the page's other stamps carry -03:00 (2022-05-11T04:10:00-03:00)");
  // wired.com: "dateModified":"2020-01-21T17:25:26.972" is the page's 22:25:26.972Z
  const wired = article({ id: 'w', url: 'https://www.wired.com/story/x/', published: '2020-01-21T17:25:26.972', text: page('wired-burn.html.gz') });
  assert.equal(wired.publishedZone, 'stamp without a zone read in -05:00: the page gives the same instant with its zone (2020-01-21T22:25:26.972Z)');
  // latimes.com: published_time "2020-02-19T12:00:10.372" is the page's own 12:00:10.372Z: UTC, not the outlet's Los Angeles
  const la = article({ id: 'la', url: 'https://www.latimes.com/politics/x', published: '2020-02-19T12:00:10.372', text: page('latimes-bloomberg.html.gz') });
  assert.equal(la.publishedZone, 'stamp without a zone read in UTC: the page gives the same time with its zone (2020-02-19T12:00:10.372Z)');
});

test("a stamp in the zone its record declares is not moved a day at the dateline's place (5734, Wellington)", () => {
  const line = readFileSync(join(FIXTURES, 'synthesize', 'reuters-relative-days.jsonl'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('{"id": 5734,'))!;
  const record = JSON.parse(line);
  // as Reuters-21578 stamps are read (UTC): 17:35 on March 16 is March 17 in Wellington
  const utc = article(record);
  assert.equal(utc.localDay, '1987-03-17');
  assert.match(utc.publishedZone!, /read in UTC: nothing on the page or its outlet tells the zone; at the dateline's place \(UTC\+12\) that is 1987-03-17/);
  // the same stamp declared as Wellington's own time: written on March 16, its "yesterday" March 15
  const local = article({ ...record, timezone: 'Pacific/Auckland' });
  assert.equal(local.localDay, undefined);
  assert.equal(
    local.publishedZone,
    "stamp without a zone read in Pacific/Auckland: the record's time zone field; at the dateline's place (UTC+12) that is 1987-03-16",
  );
  // a zone that is no zone is not taken
  assert.equal(article({ ...record, timezone: 'NZ summer' }).localDay, '1987-03-17');
});
