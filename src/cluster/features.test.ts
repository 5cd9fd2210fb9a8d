import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeText } from '../text/index.ts';
import type { Article } from '../model.ts';
import { readDocuments } from '../pipeline.ts';
import { fold } from '../common/normalize.ts';
import { documentFeatures, dateLabel, noFinalDot, parseNumber, surfaceForm, termSurface, upperFirst } from './features.ts';
import { knownStemId } from '../common/term-counts.ts';
import { foldedNameKey } from './lead.ts';
import { MONTH_SHAPES, MONTHS, mayHold, NUMBER_WORDS, WEEKDAY_AND_NUMBER_SHAPES, WEEKDAYS } from './lexicon.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

function doc(title: string, paragraphs: string[], published: string | null = null) {
  const a: Article = { id: 'd', source: 'test', url: null, title, outlet: null, byline: [], published, paragraphs, removed: [], order: 0 };
  return analyzeText(a);
}

// Sentences from the ECB+ corpus (topic 1) and the seed articles.
const reid = doc('A publicist says Tara Reid has checked herself into rehab.', [
  'Jack Ketsoyan said Friday that the "American Pie" star went to the Promises Treatment Center.',
  'Reid, 33, earned a reputation as a drunken partier after famously being photographed on a red carpet.',
  "People said Reid's representative Jack Ketsoyan confirmed the actress's stay at Promises.",
]);

test('name-like words: capitalised and not sentence-initial; a sentence-initial one counts when seen elsewhere', () => {
  const f = documentFeatures(reid);
  for (const k of ['ketsoyan', 'promises', 'treatment', 'center', 'american', 'pie']) assert.ok(f.names.has(k), k);
  // "Reid's" mid-sentence is a name; so the sentence-initial "Reid," counts too, and the title's "Tara Reid" (a
  // title in sentence case)
  assert.equal(f.names.get('reid'), 3);
  assert.ok(f.names.has('tara'));
  // "Jack" opens the first sentence but is also capitalised mid-sentence later
  assert.equal(f.names.get('jack'), 2);
  assert.ok(!f.names.has('people'), 'a sentence-initial capital seen nowhere else is not a name');
  assert.ok(!f.names.has('friday'), 'weekdays are dates, not names');
  assert.equal(surfaceForm(f.surface.names, 'ketsoyan'), 'Ketsoyan');
});

test('figures, number words and calendar keys', () => {
  const f = documentFeatures(
    doc('Quake', [
      'Three people died and 1,200 were hurt when the quake struck on Sunday, November 27, 2005, officials said.',
      'Damage was put at 4.5 million dollars.',
    ]),
  );
  assert.ok(f.numbers.has('#3'), 'three -> 3');
  assert.ok(f.numbers.has('#1200'));
  assert.ok(f.numbers.has('#4500000'), '4.5 million');
  assert.ok(!f.numbers.has('#27'), 'a day of the month is a date, not a figure');
  for (const k of ['w0', 'm11', 'd11-27', 'y2005']) assert.ok(f.dates.has(k), k);
  assert.equal(dateLabel('d11-27'), 'November 27');
  assert.equal(dateLabel('w0'), 'Sunday');
});

test('"May" at the start of a sentence is not a month; words like "constructor" are not numbers', () => {
  const f = documentFeatures(doc('x', ['May the court decide otherwise, the constructor said.', 'It was signed on May 5.']));
  assert.equal(f.dates.get('m5'), 1);
  assert.ok(f.dates.has('d5-5'));
  assert.equal(f.numbers.size, 0);
});

test('publication time and surface forms of stems', () => {
  const f = documentFeatures(
    doc('Putin heads for Belarus', ['Kremlin leader Vladimir Putin flies to Belarus on Monday for talks with President Alexander Lukashenko.'], '2022-12-19'),
  );
  assert.equal(f.time, Date.parse('2022-12-19'));
  assert.ok(f.names.has('lukashenko'));
  const stem = [...f.terms.keys()].find((t) => t.startsWith('talk'));
  assert.ok(stem);
  assert.equal(termSurface(f, stem as string, knownStemId(stem as string)), 'talks');
});

test('a publication date printed in the text is a date the article mentions; one from metadata is not', () => {
  const body = ['Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving, the team said.'];
  const printed = documentFeatures({ ...doc('Williams arrested', body, '2009-02-03T23:11'), publishedInText: true });
  for (const k of ['y2009', 'm2', 'd2-3']) assert.ok(printed.dates.has(k), k);
  const filed = documentFeatures(doc('Williams arrested', body, '2009-02-03T23:11'));
  // every article filed that day would share these keys: they are left to the time distance
  assert.equal(filed.dates.size, 0);
  assert.equal(filed.time, printed.time);
});

test('surface forms are looked up alike by place, in the flat table and in the Map a story base stored earlier', () => {
  const f = documentFeatures(
    doc('Talks in Geneva', ['Diplomats from Russia and Ukraine held talks in Geneva on Monday.', 'The talks in Geneva ended without a deal.']),
  );
  const byTerm = (f.surface.terms as { byTerm: readonly string[] }).byTerm;
  const keys = [...f.terms.keys()];
  assert.equal(byTerm.length, keys.length);
  // the table and the Map stored features held: [key, form, ...] sorted by key, and key -> form
  const stored = new Map<string, string>();
  for (const [i, k] of keys.entries()) if (byTerm[i]) stored.set(k, byTerm[i]);
  const forms = [...stored.keys()].sort().flatMap((k) => [k, stored.get(k) as string]);
  assert.ok(forms.length >= 8);
  // and terms read back from a base as a Map (by key, not by stem id)
  const fromBase = { terms: new Map(f.terms), surface: f.surface };
  for (const key of [...keys, 'absent', '', 'zzz']) {
    const byPlace = termSurface(f, key, knownStemId(key));
    assert.equal(byPlace, surfaceForm(forms, key), key);
    assert.equal(byPlace, surfaceForm(stored, key), key);
    assert.equal(termSurface({ terms: f.terms, surface: { ...f.surface, terms: forms } }, key, knownStemId(key)), byPlace, key);
    assert.equal(termSurface({ terms: f.terms, surface: { ...f.surface, terms: stored } }, key, knownStemId(key)), byPlace, key);
    assert.equal(termSurface(fromBase, key, -1), byPlace, key);
  }
  assert.equal(surfaceForm(f.surface.names, 'geneva'), 'Geneva');
  assert.equal(surfaceForm(f.surface.names, 'nowhere'), undefined);
});

// The shortcuts of the features' per-word checks (an ASCII first letter, a plain key, a figure's first
// character) answer as the patterns they skip, on every word of real text: BASIL's (typographic quotes and
// apostrophes, "Gore’s") and Reuters' (figures, signs, capitals, "Feb.").
test('the per-word shortcuts answer as their patterns on every word of real text', async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['basil-dev.jsonl', 'reuters-issuers.jsonl', 'reuters-flashes.jsonl'].map((f) => dir + f));
  const words = new Set<string>();
  for (const d of documents) for (const s of d.sentences) for (const w of s.words) words.add(w);
  const seen = { plain: 0, stripped: 0, upper: 0, nonAscii: 0, figures: 0, dots: 0 };
  for (const w of words) {
    const f = fold(w);
    const key = f.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
    assert.equal(foldedNameKey(f), key, w);
    if (key === f) seen.plain++;
    else seen.stripped++;
    assert.equal(upperFirst(w), /^\p{Lu}/u.test(w), w);
    if (upperFirst(w)) seen.upper++;
    if (w.charCodeAt(0) >= 128) seen.nonAscii++;
    assert.equal(noFinalDot(f), f.replace(/\.$/, ''), w);
    if (f.endsWith('.')) seen.dots++;
    const v = /^[+-]?\d[\d,]*(\.\d+)?$/.test(w) ? Number(w.replace(/,/g, '')) : null;
    assert.equal(parseNumber(w), v !== null && Number.isFinite(v) ? v : null, w);
    if (v !== null) seen.figures++;
  }
  // each branch met on this text
  for (const [k, n] of Object.entries(seen)) assert.ok(n > 0, `${k}: ${n}`);
});

test('the kind of a place is not which place: "Mt Cook" and "Mount Cook" are "Cook", "Church Ave." and "Park Street" no name of their own (ECB+ 23_1, 16_1, 33)', async () => {
  const ECB = new URL('../../test/fixtures/cluster/ecbplus-dev.jsonl', import.meta.url).pathname;
  const ecb = (await readDocuments([ECB])).documents;
  const names = (id: string) => documentFeatures(ecb.find((d) => d.id === id) as (typeof ecb)[number]).names;
  // "Dr Mark Vinar, 43, is presumed dead after disappearing off Zurbriggens Ridge, on Mt Cook, on Thursday." against
  // "... from New Zealand's highest peak, Mount Cook."
  for (const id of ['23_2ecb', '23_7ecb', '23_4ecb', '23_1ecb']) {
    assert.ok(names(id).has('cook'), id);
    assert.ok(!names(id).has('mt') && !names(id).has('mount'), id);
  }
  // glued to the name before it: "... in the Aoraki-Mt. Cook National Park were not related ..." is one sentence,
  // so "Mt" stands before "Cook" (the text stage once ended the sentence at "Aoraki-Mt.": a key "mt", no "cook")
  for (const id of ['23_3ecbplus', '23_4ecbplus', '23_6ecbplus']) {
    assert.ok(names(id).has('cook'), id);
    assert.ok(!names(id).has('mt'), id);
  }
  // a street's abbreviation after its name, "St" by its side: neither the abbreviation nor the full word is a key
  const f = documentFeatures(
    doc('x', [
      'At least 46 demonstrators were arrested along Church Ave.',
      'The company said one-way fares range from 39 dlrs to St. Louis to 89 dlrs to Los Angeles.',
      'They marched down Wichita St toward the courthouse on Main Street.',
    ]),
  );
  for (const k of ['church', 'louis', 'wichita', 'main', 'saint']) assert.ok(f.names.has(k), k);
  for (const k of ['ave', 'avenue', 'st', 'street']) assert.ok(!f.names.has(k), k);
  // all capitals are not the table's abbreviations ("MT" is a wire's metric tonnes), nor is a lone one
  const caps = documentFeatures(doc('x', ['Exports reached 20,000 MT Norrkoping said, and the Mt was quiet.']));
  assert.ok(caps.names.has('mt'));
});

test('"Saint" opens a name as "San" does, a key of its own: "St. Louis" and "Saint Joseph\'s" keep it (ECB+ 5_2)', async () => {
  const ECB = new URL('../../test/fixtures/cluster/ecbplus-dev.jsonl', import.meta.url).pathname;
  const ecb = (await readDocuments([ECB])).documents;
  // "... a Philadelphia native who played for Saint Joseph's."
  const names = documentFeatures(ecb.find((d) => d.id === '5_2ecbplus') as (typeof ecb)[number]).names;
  assert.ok(names.has('saint') && names.has('joseph'));
  // "St." before a name is Saint, a key; after one it is Street, none
  const f = documentFeatures(
    doc('x', [
      'The company said one-way fares range from 39 dlrs to St. Louis to 89 dlrs to Los Angeles.',
      'They marched down Wichita St toward the courthouse on Main Street.',
    ]),
  );
  for (const k of ['saint', 'louis', 'wichita', 'main']) assert.ok(f.names.has(k), k);
  for (const k of ['st', 'street']) assert.ok(!f.names.has(k), k);
});

test('a quake\'s magnitude is a figure of its kind: "5.6 magnitude" beside "5.6", so two quakes on one island differ (ECB+ 20_1 / 20_2)', async () => {
  const ECB = new URL('../../test/fixtures/cluster/ecbplus-dev.jsonl', import.meta.url).pathname;
  const ecb = (await readDocuments([ECB])).documents;
  const numbers = (id: string) => documentFeatures(ecb.find((d) => d.id === id) as (typeof ecb)[number]).numbers;
  // "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday" (the 2008 quake), "An earthquake
  // measuring 5.6 on the Richter scale", "with a magnitude of 5.6 on the Richter scale"
  for (const id of ['20_1ecb', '20_2ecb', '20_4ecb']) {
    assert.equal(numbers(id).get('#5.6 magnitude'), 3, id);
    assert.ok(numbers(id).has('#5.6'), id);
  }
  // "The 6.1-magnitude quake struck Qeshm island" (2005); "an earthquake with a magnitude of at least 5.9"
  assert.ok(numbers('20_1ecbplus').has('#6.1 magnitude'));
  assert.ok(numbers('20_7ecbplus').has('#5.9 magnitude'));
  assert.ok(!numbers('20_1ecb').has('#5 magnitude'), 'five people hurt is no magnitude');
  // a figure of no kind is read as before
  const f = documentFeatures(doc('x', ['The company sold 5.6 mln shares, an order of magnitude more than in 1986.']));
  assert.deepEqual([...f.numbers.keys()], ['#5600000']);
});

test('a magnitude on a scale named one word further is of its kind: "8.0 on the open-ended Richter scale" (Reuters 1962, 2006)', () => {
  const numbers = (t: string) => documentFeatures(doc('x', [t])).numbers;
  const chile = numbers(
    'A strong earthquake measuring an estimated 8.0 on the open-ended Richter scale hit northern Chile around 0936, the Meteorological Agency here reported.',
  );
  assert.equal(chile.get('#8 magnitude'), 3);
  assert.equal(
    numbers('The earthquake which hit northern Chile today, registering 7.0 on the open-ended Richter scale, caused no damage.').get('#7 magnitude'),
    3,
  );
  // a scale further on is not the figure's, nor is another "on" phrase's word
  assert.ok(!numbers('Shares rose 8.0 on the news, Richter said.').has('#8 magnitude'));
});

test('a title in sentence case is read for names, one in title case or one the body opens with is not (ECB+ 34_11ecb, 20_1ecbplus)', async () => {
  const ECB = new URL('../../test/fixtures/cluster/ecbplus-dev.jsonl', import.meta.url).pathname;
  const ecb = (await readDocuments([ECB])).documents;
  const names = (id: string) => documentFeatures(ecb.find((d) => d.id === id) as (typeof ecb)[number]).names;
  // "Dr. Sanjay Gupta, a neurosurgeon and chief medical correspondent for CNN, has been offered the post of Surgeon
  // General by President-elect Barack Obama, according to sources." over a body naming Washington, Post, Atlanta
  for (const k of ['sanjay', 'gupta', 'obama', 'barack']) assert.ok(names('34_11ecb').has(k), k);
  // "Ten dead in southern Iran quake"
  assert.ok(names('20_1ecbplus').has('iran'));
  const title = (t: string) => documentFeatures(doc(t, ['Officials said the damage was light.'])).names;
  assert.equal(title('Quake Hits Island Off South Iran').size, 0);
  assert.equal(title('QUAKE HITS ISLAND OFF SOUTH IRAN').size, 0);
  assert.ok(title('Quake hits island off south Iran, five hurt').has('iran'));
  const opens = documentFeatures(doc('Quake hits island off Iran', ['Quake hits island off Iran, officials said.'])).names;
  assert.equal(opens.get('iran'), 1);
});

test('the word tables are asked only of words a key could be: the same answers, a fraction of the look-ups', async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['basil-dev.jsonl', 'reuters-issuers.jsonl', 'reuters-flashes.jsonl'].map((f) => dir + f));
  // every word of real text: a word the shapes turn away is a key of no table
  let words = 0;
  for (const d of documents) {
    for (const s of d.sentences) {
      for (const w of s.words) {
        const f = fold(w);
        const bare = noFinalDot(f);
        if (!mayHold(MONTH_SHAPES, f, bare.length)) assert.ok(!MONTHS.has(bare), w);
        if (!mayHold(WEEKDAY_AND_NUMBER_SHAPES, f, f.length)) assert.ok(!WEEKDAYS.has(f) && !NUMBER_WORDS.has(f), w);
        words++;
      }
    }
  }
  for (const k of MONTHS.keys()) assert.ok(mayHold(MONTH_SHAPES, k, k.length), k);
  for (const k of [...WEEKDAYS.keys(), ...NUMBER_WORDS.keys()]) assert.ok(mayHold(WEEKDAY_AND_NUMBER_SHAPES, k, k.length), k);
  // the look-ups readFeatures makes (flashes read twice: words counted above once)
  let asked = 0;
  const tables = [MONTHS, WEEKDAYS, NUMBER_WORDS] as Map<string, number>[];
  const gets = tables.map((t) => t.get);
  tables.forEach((t, i) => {
    t.get = (k: string) => {
      asked++;
      return gets[i].call(t, k);
    };
  });
  try {
    for (const d of documents) documentFeatures(d);
  } finally {
    tables.forEach((t, i) => {
      t.get = gets[i];
    });
  }
  // main asked every word of the months and most of them of the weekdays and number words too
  assert.ok(asked < words, `${asked} look-ups for ${words} words`);
});

test('a season or a span of years written as one word is one calendar key, not two years (ECB+ 5_1: "the 2008-09 season")', async () => {
  const ECB = new URL('../../test/fixtures/cluster/ecbplus-dev.jsonl', import.meta.url).pathname;
  const ecb = (await readDocuments([ECB])).documents;
  const dates = (id: string) => documentFeatures(ecb.find((d) => d.id === id) as (typeof ecb)[number]).dates;
  // the 2008 firing: "The 2008-09 season was supposed to be a good one", "an extension through the 2008-09 season"
  for (const id of ['5_7ecb', '5_10ecb', '5_12ecb']) assert.equal(dates(id).get('s2008-2009'), 1, id);
  // "He has a guaranteed contract through the end of the 2009-2010 season"
  assert.ok(dates('5_9ecb').has('s2009-2010'));
  // history, a span of its own: "the Sixers' 1982-83 NBA championship team", "director of personnel (1999-2003)"; its
  // years are not the years the 2005 reports name ("the Sixers' 1983 NBA title team")
  const history = dates('5_1ecb');
  for (const k of ['s1982-1983', 's1999-2003']) assert.ok(history.has(k), k);
  for (const k of ['y1982', 'y1983', 'y1999']) assert.ok(!history.has(k), k);
  assert.ok(![...dates('5_1ecbplus').keys()].some((k) => k.startsWith('s')));
  assert.equal(dateLabel('s2008-2009'), '2008-09');
  assert.equal(dateLabel('s1999-2003'), '1999-2003');
  // a year and a month ("2012-04") or a bare figure is no span
  const f = documentFeatures(doc('x', ['The fiscal 1986-87 deficit was revised in 2012-04, the unit said, with 1986-1990 plans.']));
  assert.deepEqual([...f.dates.keys()].sort(), ['s1986-1987', 's1986-1990']);
});

test('a magnitude glued by a hyphen is a figure of its kind, and one in a sentence about an earlier quake a plain figure (ECB+ 20_3ecbplus, 20_1ecb)', async () => {
  const ECB = new URL('../../test/fixtures/cluster/ecbplus-dev.jsonl', import.meta.url).pathname;
  const ecb = (await readDocuments([ECB])).documents;
  const numbers = (id: string) => documentFeatures(ecb.find((d) => d.id === id) as (typeof ecb)[number]).numbers;
  // "An earthquake measuring at least magnitude-5.9 shook ...", "the quake measured magnitude-5.9", "it was a
  // magnitude-6.1 temblor"; "The last major quake ... was in February, when a magnitude-6.4 temblor rocked Zarand"
  const n = numbers('20_3ecbplus');
  assert.equal(n.get('#5.9 magnitude'), 6);
  assert.equal(n.get('#6.1 magnitude'), 3);
  assert.ok(n.has('#6.4') && !n.has('#6.4 magnitude'));
  assert.ok(!n.has('#9'), 'the fraction is no figure of its own');
  // the 2008 quake's report: "A powerful quake with a magnitude of 6.1 struck southern Iran in September"
  assert.equal(numbers('20_1ecb').get('#5.6 magnitude'), 3);
  assert.ok(numbers('20_1ecb').has('#6.1') && !numbers('20_1ecb').has('#6.1 magnitude'));
  // "In February, a quake measuring 6.4 on the Richter scale hit the southern town of Zarand"
  assert.ok(!numbers('20_4ecbplus').has('#6.4 magnitude'));
  assert.ok(!numbers('20_8ecbplus').has('#6.4 magnitude'));
  // "magnitude-6" alone; a figure after a comma is its own; "covid-19" is no magnitude
  const f = documentFeatures(doc('x', ['A magnitude-6 quake hit on Sunday, and magnitude-5, 9 more covid-19 cases.']));
  assert.equal(f.numbers.get('#6 magnitude'), 3);
  assert.equal(f.numbers.get('#5 magnitude'), 3);
  assert.ok(f.numbers.has('#9') && !f.numbers.has('#5.9') && !f.numbers.has('#19'));
});

test('a figure of a kind in a sentence about last year, a year or months ago is a plain figure', () => {
  // no fixture's quake report names its predecessor so (ECB+ 20_* say "in February", "in September", "in 2003"):
  // sentences in the shape of 20_3ecbplus's, the history placed by a relative phrase
  const past = [
    'The last major quake to hit the region was last year, when a magnitude-6.4 temblor rocked Zarand.',
    'A year ago a quake measuring 6.4 on the Richter scale hit the town of Zarand.',
    'Months ago an earthquake with a magnitude of 6.4 killed 612 people.',
    'The previous year a 6.4-magnitude quake hit the town.',
  ];
  for (const text of past) {
    const f = documentFeatures(doc('x', [text]));
    assert.ok(f.numbers.has('#6.4') && !f.numbers.has('#6.4 magnitude'), text);
  }
  // the event's own report keeps its kind's key; "last" or "year" alone places nothing
  const own = documentFeatures(doc('x', ['A magnitude-5.9 quake hit on Sunday, the last of several this year.']));
  assert.equal(own.numbers.get('#5.9 magnitude'), 3);
});

// The terms' forms are counted by each term's place in the document's term counts (no Map keyed by the term's
// string, no sort of the keys): the same forms a plain reading gives, every term of real text asked.
test("a document's terms' forms by place are those a plain reading keyed by the term gives", async () => {
  const dir = new URL('../../test/fixtures/cluster/', import.meta.url).pathname;
  const { documents } = await readDocuments(['reuters-issuers.jsonl', 'reuters-groups.jsonl'].map((f) => dir + f));
  let asked = 0;
  let several = 0;
  let titleOnly = 0;
  for (const d of documents) {
    const f = documentFeatures(d);
    // the reference: each sentence's terms aligned with the next words sharing their prefix, forms counted per term
    const forms = new Map<string, Map<string, number>>();
    for (const s of d.sentences) {
      const folded = s.words.map(fold);
      let w = 0;
      for (const t of s.terms) {
        const need = Math.min(t.length, Math.max(3, t.length - 1));
        for (let j = w; j < Math.min(s.words.length, w + 8); j++) {
          let p = 0;
          while (p < Math.min(folded[j].length, t.length) && folded[j][p] === t[p]) p++;
          if (p < need) continue;
          const m = forms.get(t) ?? new Map<string, number>();
          forms.set(t, m.set(s.words[j], (m.get(s.words[j]) ?? 0) + 1));
          w = j + 1;
          break;
        }
      }
    }
    for (const key of [...f.terms.keys(), 'absent']) {
      const m = forms.get(key);
      let best: string | undefined;
      let n = -1;
      for (const [form, c] of m ?? []) if (c > n || (c === n && form < (best as string))) [best, n] = [form, c];
      assert.equal(termSurface(f, key, knownStemId(key)), best, `${d.id} ${key}`);
      asked++;
      if (m && m.size > 1) several++;
      if (!m) titleOnly++;
    }
  }
  assert.ok(asked > 1000 && several > 20 && titleOnly > 5, `${asked} terms, ${several} written more than one way, ${titleOnly} no word gave`);
});

test('an English month abbreviation alone in prose surely of another language is no month and no name; an English table keeps its months', async () => {
  const root = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
  // real text: Cooperativa.cl (Spanish), telemedicus.info (German), an iROZHLAS teaser (Czech), two Reuters-21578
  // LIFFE quote tables (English; eld reads the first as Danish, as in all of Reuters)
  const { documents } = await readDocuments([join(root, 'walk', 'es-de-translations.jsonl'), join(root, 'languages', 'month-abbreviations.jsonl')]);
  const byId = (id: string) => documents.find((d) => d.id === id) as (typeof documents)[number];
  const cases: Array<[id: string, language: string, word: string, key: string]> = [
    ['cooperativa-boric', 'es', 'Mar', 'm3'], // "la ceremonia de la Armada por el "Mes del Mar""
    ['telemedicus-haerting', 'de', 'Mär', 'm3'], // "Diese Mär wird mit Erscheinen des neuen „Härting” ... verbannt."
    ['irozhlas-hamacek', 'cs', 'Jan', 'm1'], // "ministr vnitra Jan Hamáček (ČSSD)"
  ];
  for (const [id, language, word, key] of cases) {
    const d = byId(id);
    assert.equal(d.language, language, id);
    assert.ok(
      d.sentences.some((s) => s.words.includes(word)),
      `${id}: ${word}`,
    );
    const f = documentFeatures(d);
    assert.ok(!f.dates.has(key), `${id}: ${word} read as ${dateLabel(key)}`);
    assert.ok(!f.names.has(fold(word)), `${id}: ${word} read as a name`);
  }
  // the Czech teaser's other names stay names ("Moskvy")
  assert.ok(documentFeatures(byId('irozhlas-hamacek')).names.has('moskvy'));
  // a quote table of figures and contract months holds no prose: its months are months whatever language eld reads
  const table = byId('reuters-13394');
  assert.equal(table.language, 'da');
  const months = documentFeatures(table).dates;
  for (const key of ['m9', 'm12', 'm3']) assert.ok(months.has(key), `reuters-13394: ${dateLabel(key)}`);
  assert.ok(documentFeatures(byId('reuters-14057')).dates.has('m9'));
});
