import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguageModel } from '../common/language.ts';
import { enrichDocument } from '../enrich/index.ts';
import { seedTexts } from '../../test/seed-texts.ts';
import { documentFromText, fromText, storable, toText } from './serial.ts';
import { stemOf, TermCounts } from '../common/term-counts.ts';

await loadLanguageModel();
test('Maps, Sets and Uint32Arrays come back as they went in, nested anywhere', () => {
  const value = {
    termCounts: new Map([
      ['putin', 3],
      ['minsk', 1],
    ]),
    nested: [{ surface: { names: new Map([['reid', 'Reid']]) } }, new Set(['a', 'b'])],
    hashes: Uint32Array.from([1, 4294967295]),
    plain: { a: [1, 'two', null], b: null },
  };
  const back = fromText<typeof value>(toText(value));
  assert.deepEqual(back, value);
  assert.ok(back.termCounts instanceof Map);
  assert.ok(back.hashes instanceof Uint32Array);
});

test("a document's term counts by stem id are stored as a Map of its terms and read back as one, in order", () => {
  const [doc] = seedTexts();
  assert.ok(doc.termCounts instanceof TermCounts);
  const back = fromText<{ termCounts: Map<string, number> }>(toText({ termCounts: doc.termCounts }));
  assert.ok(back.termCounts instanceof Map);
  assert.deepEqual([...back.termCounts], [...doc.termCounts]);
  assert.ok(back.termCounts.size > 50);
});

test('the text is what a replacer function gave, without one (V8 calls it for every value)', (t) => {
  const replacer = (_key: string, value: unknown): unknown => {
    // the text stage's term counts (by stem id) are stored as the Map they read as
    if (value instanceof Map || value instanceof TermCounts) return { $map: [...value] };
    if (value instanceof Set) return { $set: [...value] };
    if (value instanceof Uint32Array) return { $u32: Array.from(value) };
    return value;
  };
  const docs = seedTexts();
  const value = {
    docs,
    enrichments: docs.map((d) => enrichDocument(d)),
    nested: [new Map([['k', new Set([Uint32Array.from([7]), { deep: new Map([[1, [2]]]) }])]])],
    gap: undefined,
    list: [undefined, 1],
  };
  const expected = JSON.stringify(value, replacer);
  const stringify = t.mock.method(JSON, 'stringify');
  assert.equal(toText(value), expected);
  // no replacer handed over: the fast path
  assert.ok(stringify.mock.calls.every((c) => c.arguments[1] === undefined));
  // the value itself is left as it was
  assert.ok(value.docs[0].termCounts instanceof TermCounts);
});

test("a document is stored without its term ids (this process's stem ids) and read back with the reading process's", () => {
  for (const doc of seedTexts()) {
    const { termIds, titleTermIds, ...rest } = doc;
    assert.ok(termIds.length > 0);
    const text = toText(storable(doc));
    // the text a document gave before documents held ids
    assert.equal(text, toText(rest));
    // read back in a process whose ids are other: made again from the terms
    const back = documentFromText(text);
    assert.deepEqual(
      Array.from(back.termIds, stemOf),
      doc.sentences.flatMap((s) => s.terms),
    );
    assert.deepEqual([back.termIds, back.titleTermIds], [termIds, titleTermIds]);
  }
});

test("a Map's entries are written from its own walk: a document's term counts through no generator, the text as a spread's", (t) => {
  const docs = seedTexts();
  const value = {
    docs: docs.map(storable),
    nested: new Map<unknown, unknown>([
      ['k', new Map([[1, [2, new Set(['x'])]]])],
      [{ a: 1 }, 'v'],
    ]),
  };
  const spread = (v: unknown): unknown => (v instanceof Map || v instanceof TermCounts ? { $map: [...v] } : v instanceof Set ? { $set: [...v] } : v);
  const expected = JSON.stringify(value, (_k, v) => spread(v));
  // TermCounts' entries are a generator: a step and a pair each, for every term of every document written
  const entries = t.mock.method(TermCounts.prototype, 'entries');
  assert.equal(toText(value), expected);
  assert.equal(entries.mock.callCount(), 0);
});
