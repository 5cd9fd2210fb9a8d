import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { brokenTitles, speechVerbs, gluedNumbers, improbablePairs, spunFlag } from './spun.ts';
import { loadBigramTable } from './bigrams.ts';
import { analyzeText } from '../text/index.ts';
import type { TextDocument } from '../model.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

const SEEDS = new URL('../../examples/seeds/', import.meta.url);
const seed = (prefix: string): TextDocument => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const text = readFileSync(new URL(name, SEEDS), 'utf8').replace(/^ date \S+ .*\n/, '');
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return analyzeText({ id: prefix, source: name, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0 });
};
const spun = seed('004');
const sentences = (d: TextDocument) => d.sentences.map((s) => s.text);

test('the bigram table ships with the code and knows real news pairs', () => {
  const t = loadBigramTable();
  assert.ok(t, 'src/provenance/data/bigrams.bin and unigrams.json present');
  assert.ok(t.has('defense', 'minister') || t.has('defence', 'minister'));
  assert.ok(t.has('the', 'company'));
  assert.ok(!t.has('protection', 'minister'));
  const normal = improbablePairs(sentences(seed('000')), t);
  const spunPairs = improbablePairs(sentences(spun), t);
  assert.ok(spunPairs.improbable.length / spunPairs.counted > 1.5 * (normal.improbable.length / normal.counted));
});

test('minister titles need a portfolio word', () => {
  assert.deepEqual(brokenTitles(sentences(spun)), ['Protection Minister', 'International Minister']);
  assert.deepEqual(
    brokenTitles(['Russian Defence Minister Sergei Shoigu met Belarusian Foreign Minister Vladimir Makei and Prime Minister Roman Golovchenko.']),
    [],
  );
});

test('quote attributions: "mentioned" instead of "said"', () => {
  const s = speechVerbs(sentences(spun));
  assert.ok(s.slots >= 4);
  assert.ok(s.verbs.filter((v) => v === 'mentioned').length >= 4);
  assert.deepEqual(speechVerbs(['"Russia has no interest in absorbing anyone," Putin said.', '"We are ready," he told reporters.']).verbs, []);
});

test('number words glued to digit groups', () => {
  assert.deepEqual(gluedNumbers(sentences(spun)), ['fifteen,000']);
  assert.deepEqual(gluedNumbers(['Russia was preparing 200,000 fresh troops, two hundred thousand in all.']), []);
});

test('the spun seed is flagged with its phrases; the real articles are not', () => {
  const f = spunFlag(spun);
  assert.equal(f.detected, true);
  assert.ok(f.score >= 0.5 && f.score <= 1);
  assert.ok(f.evidence.some((e) => e.includes('Protection Minister')));
  for (const p of ['000', '001', '002', '003']) assert.equal(spunFlag(seed(p)).detected, false, p);
});
