import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { brokenTitles, speechVerbs, gluedNumbers, improbablePairs, spunFlag } from './spun.ts';
import { loadBigramTable } from './bigrams.ts';
import { MINISTER_QUALIFIERS, NORMAL_SPEECH_VERBS, NOT_A_VERB, NUMBER_WORDS, SUBJECT_PRONOUNS } from './data/spun.ts';
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

test("the bigram table's word counts are the shipped file's, and no name of an object's own reads as a word", () => {
  const t = loadBigramTable();
  assert.ok(t);
  const { words } = JSON.parse(readFileSync(new URL('./data/unigrams.json', import.meta.url), 'utf8')) as { words: Record<string, number> };
  const counts = new Map(Object.entries(words));
  assert.ok(counts.size > 10_000);
  for (const [word, count] of counts) assert.equal(t.unigrams.get(word), count, word);
  for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'zzqx']) assert.equal(t.unigrams.get(word), counts.get(word), word);
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

/** brokenTitles, speechVerbs and gluedNumbers as first written: every pattern run over every sentence. */
function signalsByPatterns(sentences: string[]): [string[], ReturnType<typeof speechVerbs>, string[]] {
  const titles: string[] = [];
  for (const s of sentences)
    for (const m of s.matchAll(/\b(\p{Lu}[\p{Ll}-]+)\s+Minister\b/gu)) {
      const w = m[1].toLowerCase();
      if (MINISTER_QUALIFIERS.has(w) || /(an|ian|ese|ish|ic|i|ch|ss)$/.test(w)) continue;
      if (['the', 'a', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'your', 'whose', 'new', 'then', 'ex'].includes(w)) continue;
      titles.push(m[0]);
    }
  const speech = { slots: 0, unusual: [] as string[], verbs: [] as string[] };
  const count = (verb: string, phrase: string) => {
    speech.slots++;
    if (!NORMAL_SPEECH_VERBS.has(verb)) {
      speech.unusual.push(phrase);
      speech.verbs.push(verb);
    }
  };
  for (const s of sentences) {
    for (const m of s.matchAll(/[,?!]\s*["”]\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu)) {
      const verb = SUBJECT_PRONOUNS.has(m[1]) ? m[2] : m[1];
      if (verb && !NOT_A_VERB.has(verb) && (NORMAL_SPEECH_VERBS.has(verb) || /ed$/.test(verb))) count(verb, m[0].trim());
    }
    const n = /,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}+)\.\s*$/u.exec(s);
    if (n && /["”]/.test(s) && (NORMAL_SPEECH_VERBS.has(n[2]) || /ed$/.test(n[2]))) count(n[2], `${n[1]}${n[2]}`.trim());
  }
  const glued = sentences.flatMap((s) => s.match(new RegExp(`\\b(?:${NUMBER_WORDS})[,.]\\d{3}\\b`, 'gi')) ?? []);
  return [titles, speech, glued];
}

test('sentences without "Minister", a quotation mark or a digit group are passed over, and nothing is missed (seeds, Reuters)', () => {
  const reuters = readFileSync(new URL('../../test/fixtures/provenance/reuters-sample.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => String(JSON.parse(l).text ?? '').split(/(?<=[.!?"”])\s+/));
  const spinnerLike = ['"We are ready," Ivan Petrov mentioned.', 'Some fifteen,000 troops.', 'And one.500 tanks.', 'Protection Minister Yuriy Saks.'];
  const all = [...readdirSync(SEEDS).flatMap((name) => sentences(seed(name.slice(0, 3)))), ...reuters, ...spinnerLike];
  const [titles, speech, glued] = signalsByPatterns(all);
  // the sentences hold every signal the checks must let through
  assert.ok(titles.length >= 3 && speech.slots >= 10 && speech.unusual.length >= 5 && glued.length >= 2, JSON.stringify([titles, speech.slots, glued]));
  assert.deepEqual(brokenTitles(all), titles);
  assert.deepEqual(speechVerbs(all), speech);
  assert.deepEqual(gluedNumbers(all), glued);
});
