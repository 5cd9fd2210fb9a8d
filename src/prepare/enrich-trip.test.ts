// A document this thread prepared crosses to a worker with what enrich reads only, its words as ids and its sentences
// as places in its text, and the worker's enrichment of it is the one made here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ingestPaths, isProblem } from '../ingest/index.ts';
import { loadLanguageModel } from '../common/language.ts';
import { enrichDocument, packEnrichment } from '../enrich/index.ts';
import type { TextDocument } from '../model.ts';
import { processRaw } from './index.ts';
import { StringIds, StringTables, type TripStrings } from './trip-strings.ts';
import { type EnrichTrip, enrichInput, enrichTrip } from './enrich-trip.ts';
import { ROOT } from '../../test/helpers.ts';

await loadLanguageModel();

async function documents(file: string): Promise<TextDocument[]> {
  const out: TextDocument[] = [];
  for await (const item of ingestPaths([join(ROOT, file)])) {
    if (isProblem(item)) continue;
    const doc = processRaw(item);
    if (!('reason' in doc)) out.push(doc);
  }
  return out;
}

for (const file of ['test/fixtures/extract/reuters-sample.jsonl', 'test/fixtures/extract/ecbplus-sample.jsonl']) {
  test(`documents sent to be enriched on a worker are enriched there as here, their words sent once (${file})`, async () => {
    const docs = await documents(file);
    assert.ok(docs.length >= 10);
    // a document whose sentences are not found in its paragraphs sends their texts
    const odd = { ...docs[0], sentences: docs[0].sentences.map((s, i) => (i === 0 ? { ...s, text: `${s.text} ` } : s)) };
    const all = [...docs, odd];
    const ids = new StringIds(0);
    const trips = all.map((d) => enrichTrip(d, ids));
    assert.ok(trips.every((t, i) => (i === all.length - 1 ? t.texts?.length === 1 : t.texts === undefined)));
    // as a structured clone gives them to the other thread
    const { trips: arrived, strings } = structuredClone({ trips, strings: ids.finish() }) as { trips: EnrichTrip[]; strings: TripStrings };
    assert.equal(strings.added.length, new Set(all.flatMap((d) => d.sentences.flatMap((s) => s.words))).size);
    const lists = new StringTables().open(strings);
    arrived.forEach((trip, i) => {
      const doc = enrichInput(trip, lists);
      assert.deepEqual(doc.paragraphs, all[i].paragraphs);
      assert.deepEqual(
        doc.sentences.map((s) => [s.index, s.paragraph, s.text, s.words]),
        all[i].sentences.map((s) => [s.index, s.paragraph, s.text, s.words]),
      );
      assert.deepEqual(Buffer.from(packEnrichment(enrichDocument(doc))), Buffer.from(packEnrichment(enrichDocument(all[i]))), all[i].id);
    });
  });
}
