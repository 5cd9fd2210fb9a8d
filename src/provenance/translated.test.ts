import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { isCapitalised, isLowerWord, translatedFlag, transliterationVariants, type VariantUse } from './translated.ts';
import { CALQUE_WORDS, CALQUES, TRANSLATED, transliterationKey } from './data/translation.ts';
import { CREDIT_WORDS, TRANSLATION_CREDITS } from '../common/translation-credits.ts';
import { analyzeText } from '../text/index.ts';
import { fold } from '../common/normalize.ts';
import { editDistance } from '../common/edit-distance.ts';
import type { DocId, TextDocument } from '../model.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

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

test('German credit lines starting "Übersetzung"/"übersetzt" after a space are credits; compounds are not', () => {
  const german = TRANSLATION_CREDITS.find(([label]) => label === 'German translation credit')?.[1];
  assert.ok(german);
  // credit lines as German outlets print them under a translated piece
  for (const line of [
    'Aus dem Englischen übersetzt von Anna Schmidt.',
    'Übersetzung: Anna Schmidt',
    'Der Beitrag erschien zuerst in der „New York Times“. Übersetzung aus dem Englischen: Jan Meier.',
    'Aus dem Russischen übersetzt, gekürzt und redigiert von der Redaktion.',
  ])
    assert.ok(german.test(line), line);
  // a mistranslation or a back-translation is news about translating, not a credit
  for (const line of ['Die Fehlübersetzung sorgte für Spott.', 'Eine Rückübersetzung ins Englische zeigte den Fehler.']) assert.ok(!german.test(line), line);
});

test('a text the credit or calque words miss has no credit or calque: only such texts skip the patterns', () => {
  // each pattern's own wording, in other cases and inside real lines (the seeds' and Reuters')
  const credits = [
    'Translated from the Serbian by InoSMI.',
    'This article was translated by Olga Ivanova.',
    'TRANSLATED FROM RUSSIAN, original language',
    'Machine-translated from German.',
    'Original publication: Kommersant',
    'ИноСМИ: перевод статьи',
    'Переведено редакцией. Оригинал публикации здесь.',
    'Переклад з англійської',
    'Aus dem Englischen übersetzt von',
    'Übersetzung: Anna Schmidt',
    'Traduit de l’anglais par Marie',
    'traducción de Pedro; traducido por Ana',
  ];
  const calques = [
    'Representatives of the Russian Federation met on the eve of the summit.',
    'It should be noted that one gets the impression, as is known, of progress.',
    'Touching upon the issue in the framework of talks, it is necessary to note the results.',
  ];
  const lines = [...credits, ...calques, ...seeds.flatMap((d) => d.sentences.map((s) => s.text))];
  let credited = 0;
  let calqued = 0;
  // the words are in what each pattern matches, not just somewhere in the line
  for (const line of lines) {
    for (const [label, re] of TRANSLATION_CREDITS) {
      const m = re.exec(line);
      if (!m) continue;
      credited++;
      assert.ok(CREDIT_WORDS.test(m[0]), `${label}: ${m[0]}`);
    }
    for (const re of CALQUES) {
      const m = re.exec(line);
      if (!m) continue;
      calqued++;
      assert.ok(CALQUE_WORDS.test(m[0]), m[0]);
    }
  }
  // every credit pattern and every calque met at least once above
  for (const [label, re] of TRANSLATION_CREDITS)
    assert.ok(
      lines.some((l) => re.test(l)),
      label,
    );
  for (const re of CALQUES)
    assert.ok(
      lines.some((l) => re.test(l)),
      String(re),
    );
  assert.ok(credited >= credits.length && calqued >= calques.length);
  // and most news lines have neither word, so they skip the patterns
  assert.ok(lines.filter((l) => !CREDIT_WORDS.test(l) && !CALQUE_WORDS.test(l)).length > lines.length / 2);
});

/** transliterationVariants as first written: a pattern per word, every lower-case word counted. */
function variantsByPatterns(docs: TextDocument[]): Map<DocId, VariantUse[]> {
  const names = (doc: TextDocument) => {
    const out = new Map<string, number>();
    for (const s of doc.sentences)
      s.words.forEach((w, i) => {
        if (i === 0 || w.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(w)) return;
        out.set(w, (out.get(w) ?? 0) + 1);
      });
    return out;
  };
  const perDoc = docs.map(names);
  const lower = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) for (const w of s.words) if (/^\p{Ll}+$/u.test(w)) lower.set(w, (lower.get(w) ?? 0) + 1);
  const keyOf = (w: string) => transliterationKey(fold(w));
  const inflection = (a: string, b: string) => {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return long.startsWith(short) && /^(s|es|'s|n)$/.test(long.slice(short.length));
  };
  const capital = new Map<string, number>();
  for (const m of perDoc) for (const [w, n] of m) capital.set(w, (capital.get(w) ?? 0) + n);
  const docsOf = new Map<string, number>();
  const byKey = new Map<string, Set<string>>();
  for (const m of perDoc)
    for (const w of m.keys()) {
      if ((lower.get(w.toLowerCase()) ?? 0) >= (capital.get(w) ?? 0)) continue;
      docsOf.set(w, (docsOf.get(w) ?? 0) + 1);
      const k = keyOf(w);
      if (k.length < 2) continue;
      if (!byKey.has(k)) byKey.set(k, new Set());
      byKey.get(k)?.add(w);
    }
  const out = new Map<DocId, VariantUse[]>();
  docs.forEach((doc, i) => {
    const found: VariantUse[] = [];
    for (const w of perDoc[i].keys()) {
      if (!docsOf.has(w)) continue;
      const spellings = byKey.get(keyOf(w));
      if (!spellings || spellings.size < 2) continue;
      const mine = docsOf.get(w) ?? 0;
      for (const v of spellings) {
        if (v === w || v[0] !== w[0] || inflection(v, w) || editDistance(fold(v), fold(w), 2) > 2) continue;
        const has = perDoc[i].has(v) ? 1 : 0;
        const theirs = (docsOf.get(v) ?? 0) - has;
        if (theirs >= TRANSLATED.minOtherDocs && mine * 2 <= theirs + has) found.push({ word: w, usual: v, usualDocs: theirs, variantDocs: mine });
      }
    }
    if (found.length)
      out.set(
        doc.id,
        found.sort((a, b) => (a.word < b.word ? -1 : 1)),
      );
  });
  return out;
}

const docOf = (id: string, sentences: string[][]): TextDocument => ({
  ...seeds[0],
  id,
  sentences: sentences.map((words, index) => ({ index, text: words.join(' '), paragraph: 0, words, terms: [] })),
});

test('variants read by code units equal the pattern-per-word definition (real text)', () => {
  const reuters = readFileSync(new URL('../../test/fixtures/provenance/reuters-sample.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l, i) => {
      const r = JSON.parse(l);
      return {
        ...seeds[0],
        ...analyzeText({
          ...seeds[0],
          id: `r${i}`,
          title: '',
          paragraphs: String(r.text ?? '')
            .split(/\n\s*\n/)
            .filter(Boolean),
        }),
      };
    });
  for (const docs of [seeds, reuters, [...seeds, ...reuters]]) assert.deepEqual(transliterationVariants(docs), variantsByPatterns(docs));
  assert.ok(variantsByPatterns(seeds).size > 0);
});

test('a document writing both spellings of a name, and names first met in a late document, as the per-document counts had them (real text)', () => {
  // seed 003 writes "Kiev"; a document that also holds seed 000's sentences writes "Kyiv" too, so its own use of the
  // usual spelling is taken off that spelling's other documents; its names are numbered after every seed's
  const both: TextDocument = { ...seeds[3], id: 'both', sentences: [...seeds[3].sentences, ...seeds[0].sentences] };
  for (const docs of [
    [...seeds, both],
    [both, ...seeds],
    [...seeds, both, both],
  ]) {
    const v = transliterationVariants(docs);
    assert.deepEqual(v, variantsByPatterns(docs));
    assert.deepEqual([...v.keys()], [...variantsByPatterns(docs).keys()]);
  }
  const mine = transliterationVariants([...seeds, both]).get('both') ?? [];
  const kiev = mine.find((x) => x.word === 'Kiev' && x.usual === 'Kyiv');
  // Kyiv: in seeds 000, 001, 002, 004 and in "both" -- its other documents are four, not five
  assert.equal(kiev?.usualDocs, 4);
  assert.equal(kiev?.variantDocs, 2);
});

test('variants read by code units equal the pattern-per-word definition (any words)', () => {
  // spellings of a few names, their lower-case and other-script forms, and words that are neither
  const word = fc.oneof(
    fc.constantFrom(
      'Kiev',
      'Kyiv',
      'Kyivs',
      'kiev',
      'Lukashenka',
      'Lukashenko',
      'lukashenko',
      'Zaluzhny',
      'Zaluzhniy',
      'Zalužnyj',
      'İstanbul',
      'istanbul',
      'Istanbul',
    ),
    fc.constantFrom(
      'Ǆemal',
      'ǆemal',
      'Éclair',
      'éclair',
      'Ärzte',
      'ärzte',
      'Straße',
      'KIEV',
      'Kiev2',
      'Kiev-Rus',
      'said',
      'the',
      'Мinsk',
      'Minsk',
      'minsk',
      'Ωmega',
      'ωmega',
    ),
    fc.stringMatching(/^[A-Za-z]{1,7}$/),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  const doc = fc.array(fc.array(word, { maxLength: 10 }), { maxLength: 5 });
  fc.assert(
    fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), (texts) => {
      const docs = texts.map((t, i) => docOf(`d${i}`, t));
      assert.deepEqual(transliterationVariants(docs), variantsByPatterns(docs));
    }),
    { seed: 20261201, numRuns: 400 },
  );
});

test('the code-unit word tests answer as their patterns', () => {
  const capitalised = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
  const lower = (w: string) => /^\p{Ll}+$/u.test(w);
  const check = (w: string) => {
    assert.equal(isCapitalised(w), capitalised(w), JSON.stringify(w));
    assert.equal(isLowerWord(w), lower(w), JSON.stringify(w));
  };
  // every code unit alone, after a capital, before lower-case letters, and inside an ASCII word
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const w of [ch, `K${ch}`, `${ch}iev`, `Ki${ch}v`, `ki${ch}v`]) check(w);
  }
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.stringMatching(/^[A-Za-z]{0,8}$/)),
      check,
    ),
    { seed: 20261201, numRuns: 2000 },
  );
});
