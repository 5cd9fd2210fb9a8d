// A document's statement parts are kept between syntheses (the story base synthesises a growing story again
// from the same parsed documents): what depends on the story (its entities, its year for undated documents)
// must still follow the story, and the units must be those worked out afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import type { Article, DocumentEnrichment, TextDocument } from '../model.ts';
import { buildUnits } from './units.ts';

function doc(id: string, published: string | null, paragraphs: string[]): TextDocument {
  const a: Article = { id, source: `${id}.txt`, url: null, title: paragraphs[0], outlet: null, byline: [], published, paragraphs, removed: [], order: 0 };
  return analyzeText(a);
}

const A = doc('a', '2022-12-19', [
  'His visit for talks with Belarusian leader Alexander Lukashenko will be his first to Minsk since 2019 - before the pandemic and a wave of Belarusian protests in 2020.',
  'Lukashenko said he and Putin will hold talks on more than 20 agreements to integrate their countries into a supranational union State.',
]);
const B = doc('b', null, [
  "Putin's trip was his first to Minsk in three years, said Kremlin spokesman Dmitry Peskov, before talks with Lukashenko on about 30 projects.",
  'Peskov said the leaders would discuss gas prices for the coming year, and the first such visit since 2019 drew protests.',
]);

/** one enrichment per document object, as the story base's cache hands back with a parsed document */
const enriched = new Map<TextDocument, DocumentEnrichment>();

function units(docs: TextDocument[], fallbackYear: number | null) {
  const enrichments = docs.map((d) => enriched.get(d) ?? enriched.set(d, enrichDocument(d)).get(d)!);
  const { entities } = linkStory(docs, enrichments);
  return buildUnits({ documents: docs, enrichments: new Map<string, DocumentEnrichment>(docs.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear });
}

/** The same documents as new objects: nothing kept applies to them. */
const fresh = (docs: TextDocument[]) => docs.map((d) => structuredClone(d));

test('units built again from the same documents equal units built from fresh copies', () => {
  const first = units([A, B], 2022);
  assert.ok(first.length >= 3);
  assert.ok(
    first.some((u) => u.keys.some((k) => k.startsWith('e:'))),
    'the story links entities',
  );
  assert.deepEqual(units([A, B], 2022), first);
  assert.deepEqual(units(fresh([A, B]), 2022), first);
});

test("what depends on the story (its entities, an undated document's year) follows the story, not the first synthesis", () => {
  // B alone: its entities are linked among its own mentions; with A, across both
  const alone = units([B], 2021);
  assert.deepEqual(alone, units(fresh([B]), 2021));
  const together = units([A, B], 2021).filter((u) => u.doc === 'b');
  assert.deepEqual(
    together,
    units(fresh([A, B]), 2021).filter((u) => u.doc === 'b'),
  );
  // the undated document's "the coming year" and "in three years" count from the story's year
  const later = units([B], 2030);
  assert.deepEqual(later, units(fresh([B]), 2030));
  assert.notDeepEqual(
    later.map((u) => u.keys.filter((k) => k.startsWith('y:') || k.startsWith('f:'))),
    alone.map((u) => u.keys.filter((k) => k.startsWith('y:') || k.startsWith('f:'))),
  );
});
