import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { translatedFlag, transliterationVariants } from './translated.ts';
import { TRANSLATION_CREDITS, transliterationKey } from './data/translation.ts';
import { analyzeText } from '../text/index.ts';
import type { TextDocument } from '../model.ts';

const SEEDS = new URL('../../examples/seeds/', import.meta.url);
const seeds: TextDocument[] = readdirSync(SEEDS)
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, SEEDS), 'utf8').replace(/^ date \S+ .*\n/, '');
    const paragraphs = text
      .split(/\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
    return analyzeText({
      id: name.slice(0, 3),
      source: name,
      url: null,
      title: '',
      outlet: null,
      byline: [],
      published: null,
      paragraphs,
      removed: [],
      order: 0,
    });
  });

test('transliteration keys fold the usual alternations', () => {
  assert.equal(transliterationKey('Kiev'), transliterationKey('Kyiv'));
  assert.equal(transliterationKey('Lukashenka'), transliterationKey('Lukashenko'));
  assert.equal(transliterationKey('Zaluzhny'), transliterationKey('Zaluzhniy'));
  assert.equal(transliterationKey('Luhansk'), transliterationKey('Lugansk'));
  assert.notEqual(transliterationKey('Minsk'), transliterationKey('Moscow'));
});

test('names spelt unlike the rest of the collection are found in the translated seed only', () => {
  const v = transliterationVariants(seeds);
  assert.deepEqual([...v.keys()], ['003']);
  const words = v.get('003')!.map((x) => `${x.word}/${x.usual}`);
  for (const w of ['Kiev/Kyiv', 'Lukashenka/Lukashenko', 'Zaluzhny/Zaluzhniy']) assert.ok(words.includes(w), words.join(' '));
});

test('the translated seed is flagged with its credit; the others are not', () => {
  const v = transliterationVariants(seeds);
  for (const d of seeds) {
    const f = translatedFlag(d, v.get(d.id));
    assert.equal(f.detected, d.id === '003', `${d.id}: ${f.evidence.join('; ')}`);
  }
  const f = translatedFlag(seeds[3], v.get('003'));
  assert.ok(f.evidence.some((e) => e.includes('InoSMI')));
});

test('currency translation in financial news is not a translation credit (real Reuters sentences)', () => {
  const lines = [
    'Translated from Philippine pesos at 20.3489 pesos to dollar vs 18.5571 in quarter and 20.2315 vs 18.2743 in year.',
    'NOTE: Translated from Italian lire in U.S. dollar equivalents at the exchange rate prevailing at Dec 31, 1986.',
    'Fourth quarter U.S. dollar figures for group translated from sterling at average rate of exchange for the quarter.',
  ];
  for (const l of lines)
    assert.deepEqual(
      TRANSLATION_CREDITS.filter(([, re]) => re.test(l)),
      [],
      l,
    );
  assert.ok(TRANSLATION_CREDITS.some(([, re]) => re.test('Translated from the Serbian by InoSMI.')));
});
