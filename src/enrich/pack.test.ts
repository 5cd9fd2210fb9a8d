import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { analyzeText } from '../text/index.ts';
import { loadLanguageModel } from '../common/language.ts';
import type { DocumentEnrichment } from '../model.ts';
import { enrichDocument } from './index.ts';
import { packEnrichment, unpackEnrichment } from './pack.ts';

await loadLanguageModel();

// real news: the ECB+ sample's documents, split into sentences by the text stage
const ecb: Array<{ id: string; text: string }> = JSON.parse(readFileSync(new URL('../../test/fixtures/enrich/ecbplus-sample.json', import.meta.url), 'utf8'));

/** The same tree: the same keys in the same order at every level, the same values (Object.is: -0 and NaN too). */
function same(a: unknown, b: unknown, where = ''): void {
  if (typeof a !== 'object' || a === null) {
    assert.ok(Object.is(a, b), `${where}: ${String(a)} against ${String(b)}`);
    return;
  }
  assert.equal(typeof b, 'object', where);
  assert.equal(Array.isArray(a), Array.isArray(b), where);
  const keys = Object.keys(a);
  assert.deepEqual(Object.keys(b as object), keys, where);
  for (const k of keys) same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
}

/** Packed and copied out as a keeper of the bytes does (packEnrichment's own are a view, written over next time). */
const packed = (e: DocumentEnrichment) => new Uint8Array(packEnrichment(e));

test("a document's enrichment packs compactly and unpacks as the same tree (ECB+ sample)", () => {
  let mentions = 0;
  let figures = 0;
  let quotes = 0;
  const all = ecb.map((d) => {
    const paragraphs = d.text.split('\n').filter(Boolean);
    const doc = analyzeText({
      id: d.id,
      source: d.id,
      url: null,
      title: '',
      outlet: null,
      byline: [],
      published: '2024-03-01',
      paragraphs,
      removed: [],
      order: 0,
    });
    return enrichDocument(doc);
  });
  const bytes = all.map(packed);
  all.forEach((e, i) => {
    mentions += e.mentions.length;
    figures += e.figures.length;
    quotes += e.quotes.length;
    // every record's keys are a listed shape: none falls back to v8's form (0xFF first)
    assert.equal(bytes[i][0], 1, e.id);
    assert.ok(bytes[i].length < serialize(e).length / 2, e.id);
    same(unpackEnrichment(bytes[i]), e, e.id);
  });
  assert.ok(mentions > 200 && figures > 50 && quotes > 20, `${mentions} ${figures} ${quotes}`);
});

test('values the compact form writes its own way come back as they were; what it does not hold goes as v8 packs it', () => {
  const e = {
    id: 'doc-1',
    mentions: [{ text: 'doc-1', type: 'person', document: 'doc-1', sentence: 0, start: 2 ** 32 - 1, end: 2 ** 32, cue: undefined }],
    quotes: [],
    figures: [
      { kind: 'money', text: '£5½ “bn”', value: -0, unit: 'GBP', what: null, document: 'doc-1', sentence: 3 },
      { kind: 'other', text: '', value: NaN, high: -1.5, unit: null, what: 'a 😀 thing', document: 'doc-1', sentence: 1e9 },
      { kind: 'count', text: 'x', value: 0.1 + 0.2, unit: 'bbl/day', what: true, document: 'doc-2', sentence: 0 },
      { kind: 'count', text: 'y', value: Infinity, unit: 'none', what: false, document: '', sentence: -1 },
    ],
  } as unknown as DocumentEnrichment;
  const bytes = packed(e);
  assert.equal(bytes[0], 1);
  same(unpackEnrichment(bytes), e);
  // the view is written over by the next pack: the copy is not
  packEnrichment({ id: 'other', mentions: [], quotes: [], figures: [] });
  same(unpackEnrichment(bytes), e);
  // an enrichment larger than the room's first size, and one after it
  const large = { ...e, figures: Array.from({ length: 20_000 }, (_, i) => ({ ...e.figures[i % 4], text: `figure ${i} `.repeat(8) })) };
  const view = packEnrichment(large);
  assert.ok(view.length > 1 << 20);
  same(unpackEnrichment(new Uint8Array(view)), large);
  same(unpackEnrichment(packed(e)), e);

  const quote = { id: 'q1', text: 'yes', speaker: null, speakerEntity: null, document: 'doc-1', sentence: 0 };
  const mention = e.mentions[0];
  const slow: DocumentEnrichment[] = [
    { ...e, quotes: [{ ...quote, variants: ['yes'] }] }, // an array as a value
    { ...e, mentions: [{ ...mention, extra: 1 } as typeof mention] }, // a key no shape lists
    { ...e, mentions: [Object.assign({ sentence: 0 }, mention)] }, // the keys in another order
    { ...e, figures: [{ ...e.figures[0], text: 'half a pair \ud83d' }] }, // a string that is not well-formed
    { figures: e.figures, id: 'doc-1', mentions: [], quotes: [] } as DocumentEnrichment, // the enrichment's keys in another order
    { ...e, mentions: [Object.assign(Object.create(null), mention)] }, // no plain object
  ];
  for (const s of slow) {
    const b = packed(s);
    assert.equal(b[0], 0xff, JSON.stringify(s).slice(0, 80));
    same(unpackEnrichment(b), s);
  }
});
