// A worker thread sends each distinct word and term once, ids after, and the taking thread gets the same documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ingestPaths, isProblem } from '../ingest/index.ts';
import { loadLanguageModel } from '../common/language.ts';
import { forTrip, type Prepared, prepareDocument, revived, withFeatures } from './index.ts';
import { StringIds, StringTables, type TripStrings } from './trip-strings.ts';
import { ROOT } from '../../test/helpers.ts';
import { stemOf } from '../common/term-counts.ts';

await loadLanguageModel();

async function prepared(file: string): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for await (const item of ingestPaths([join(ROOT, file)])) {
    if (isProblem(item)) continue;
    const p = withFeatures(prepareDocument(item));
    if ('doc' in p) out.push(p);
  }
  return out;
}

/** Every string a document's trip writes as ids. */
function stringsOf(p: Prepared): string[] {
  const surface = p.features ? [...(p.features.surface.terms as { byTerm: string[] }).byTerm, ...(p.features.surface.names as string[])] : [];
  return [...p.doc.sentences.flatMap((s) => [...s.words, ...s.terms]), ...p.doc.titleTerms, ...p.doc.termCounts.keys(), ...surface];
}

test("a worker's documents carry each distinct word and term once, ids after; they arrive as prepared (Reuters sample)", async () => {
  const docs = await prepared('test/fixtures/extract/reuters-sample.jsonl');
  assert.ok(docs.length >= 10);
  const ids = new StringIds(1);
  // the trips as a structured clone gives them to the other thread
  const trips = docs.map((p) => structuredClone(forTrip(p, ids)) as Prepared);
  const sent = trips.map((t) => t.strings as TripStrings);
  const distinct = new Set(docs.flatMap(stringsOf));
  assert.equal(
    sent.reduce((n, s) => n + s.added.length, 0),
    distinct.size,
  );
  // no word goes as a string: the sentences' lists are empty on the way
  for (const t of trips) for (const s of t.doc.sentences) assert.deepEqual([s.words.length, s.terms.length], [0, 0]);
  // nor a term id or a title's counts: the sending thread's stem ids, made again by the taking thread
  for (const t of trips) assert.deepEqual([t.doc.termIds.length, t.doc.titleTermIds.length, t.features?.title.size], [0, 0, 0]);
  // a document sent again adds no string
  assert.equal((forTrip(docs[0], ids) as Prepared).strings?.added.length, 0);

  const tables = new StringTables();
  trips.forEach((t, i) => {
    const { packedEnrichment: _packed, ...taken } = revived(t, tables) as Prepared;
    const { enrichment: _enrichment, ...here } = docs[i];
    assert.deepEqual(taken, here, docs[i].doc.source);
    assert.deepEqual([...taken.doc.termCounts], [...here.doc.termCounts]);
    assert.equal(taken.features?.terms, taken.doc.termCounts);
    assert.deepEqual(
      Array.from(taken.doc.termIds, stemOf),
      taken.doc.sentences.flatMap((s) => s.terms),
    );
    assert.deepEqual([...(taken.features?.title ?? [])], [...(here.features?.title ?? [])]);
  });
  // a trip taken out of order is refused, not read as other words
  const again = structuredClone(forTrip(docs[1], ids)) as Prepared;
  assert.throws(() => revived(again, new StringTables()), /out of order/);
});

test("a worker's document carries its text once: paragraphs and sentences go as places in it and arrive as prepared (Reuters sample)", async () => {
  const docs = await prepared('test/fixtures/extract/reuters-sample.jsonl');
  const ids = new StringIds(1);
  const tables = new StringTables();
  // one whose paragraphs are not its text's and one with a sentence not found in its paragraph: they go as strings
  const [first, second] = docs;
  const moved: Prepared = { ...first, doc: { ...first.doc, paragraphs: first.doc.paragraphs.map((p) => `${p} `) } };
  const lost: Prepared = {
    ...second,
    doc: { ...second.doc, sentences: second.doc.sentences.map((s, i) => (i === 1 ? { ...s, text: 'not in this text' } : s)) },
  };
  for (const p of [...docs, moved, lost]) {
    const trip = structuredClone(forTrip(p, ids)) as Prepared;
    if (p === moved) assert.deepEqual(trip.doc.paragraphs, moved.doc.paragraphs);
    else {
      assert.deepEqual(trip.doc.paragraphs, [], p.doc.source);
      const sent = trip.doc.sentences.map((s) => s.text);
      assert.deepEqual(sent, p === lost ? sent.map((_, i) => (i === 1 ? 'not in this text' : '')) : sent.map(() => ''), p.doc.source);
    }
    const taken = revived(trip, tables) as Prepared;
    assert.deepEqual(taken.doc.paragraphs, p.doc.paragraphs, p.doc.source);
    assert.deepEqual(
      taken.doc.sentences.map((s) => [s.text, s.paragraph, s.words, s.terms]),
      p.doc.sentences.map((s) => [s.text, s.paragraph, s.words, s.terms]),
      p.doc.source,
    );
    assert.deepEqual(taken.doc.titleTerms, p.doc.titleTerms);
    assert.deepEqual([...taken.doc.termCounts], [...p.doc.termCounts]);
  }
});

test("a title's clock time is left out of its counts when its document arrives from a worker, as when it is read here (Midwest grain futures)", async () => {
  // "MIDWEST GRAIN FUTURES 10:50 EDT" ... "12:50 EDT": one template, its times no title words (cluster's
  // `titleCounts`); counted again on arrival with the times, a worker's table read otherwise than one read here, and
  // which documents the reading thread prepares itself depends on the workers' pace (--threads 2 runs differed)
  const docs = (await prepared('test/fixtures/cluster/reuters-templates.jsonl')).filter((p) => p.doc.title.startsWith('MIDWEST GRAIN FUTURES'));
  assert.equal(docs.length, 15);
  const ids = new StringIds(1);
  const tables = new StringTables();
  for (const p of docs) {
    const taken = revived(structuredClone(forTrip(p, ids)) as Prepared, tables) as Prepared;
    const title = [...(taken.features?.title.keys() ?? [])];
    assert.deepEqual(title, [...(p.features?.title.keys() ?? [])], p.doc.title);
    assert.ok(!title.some((t) => /\d:\d/.test(t)), `${p.doc.title}: ${title.join(' ')}`);
  }
});
