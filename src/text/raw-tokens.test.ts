// The text stage reads wink's raw token data by word index instead of through wink's `out()` calls: the
// sentences, words and terms must be exactly those the `out()` reading gave (the reference below is the
// text stage as it was, with the breaks sentences.ts undoes -- inside a word, after a bracketed abbreviation, after
// an abbreviation a sentence does not end on, before a comma --
// undone on its sentence spans by `joined` below), on real articles and on any mix of words, contractions and spaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readFresh, readsWithSentences, stemEnglish } from '../common/nlp.ts';
import { fold, lightStem } from '../common/normalize.ts';
import { isStopWord } from '../common/stopwords.ts';
import type { Sentence } from '../model.ts';
import { abbreviationBreak, irregularSpaceSearches, ordinalBreak, sentenceTextsMade, splitSentences, termsOf } from './sentences.ts';

const WORD_TYPES = new Set(['word', 'number', 'hashtag', 'currency']);

/** The text stage before the raw reading: six `out()` passes, a memo of folded normal forms by their text. */
function splitByOut(paragraphs: string[], language: string): Sentence[] {
  const text = paragraphs.join('\n\n');
  if (!text.trim()) return [];
  const english = language === 'en' || language === 'und';
  const read = readFresh(text, (doc, its) => {
    const tokens = doc.tokens();
    return {
      values: tokens.out() as string[],
      types: tokens.out(its.type) as string[],
      normals: tokens.out(its.normal) as string[],
      stops: english ? (tokens.out(its.stopWordFlag) as unknown as boolean[]) : null,
      spaces: tokens.out(its.precedingSpaces) as string[],
      spans: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
      texts: doc.sentences().out() as string[],
    };
  });
  const { values, types, normals, stops } = read;
  const { spans, texts } = joined(read.spans, read.texts, values, read.spaces, language);
  const paraStarts: number[] = [];
  for (let p = 0, at = 0; p < paragraphs.length; p++) {
    paraStarts.push(at);
    at += paragraphs[p].length + 2;
  }
  const out: Sentence[] = [];
  let cursor = 0;
  let para = 0;
  for (let k = 0; k < spans.length; k++) {
    const raw = texts[k];
    const found = text.indexOf(raw, cursor);
    if (found >= 0) {
      cursor = found + raw.length;
      while (para + 1 < paraStarts.length && paraStarts[para + 1] <= found) para++;
    }
    const squeezed = raw.replace(/\s+/g, ' ').trim();
    if (!squeezed) continue;
    const sentence = squeezed === raw && found >= 0 ? text.slice(found, found + raw.length) : squeezed;
    const words: string[] = [];
    const terms: string[] = [];
    for (let i = spans[k][0]; i <= spans[k][1]; i++) {
      if (!WORD_TYPES.has(types[i])) continue;
      words.push(values[i]);
      const norm = fold(normals[i]);
      if (norm.length < 2 && types[i] !== 'number') continue;
      if (stops ? stops[i] || isStopWord(norm, 'en') : isStopWord(norm, language)) continue;
      terms.push(english ? stemEnglish(norm) : lightStem(norm));
    }
    out.push({ index: out.length, text: sentence, paragraph: para, words, terms });
  }
  return out;
}

/** Sentence spans and texts with a break joined when the next sentence's first token follows a full stop with no
 * space (and is no new line), or is lower case after "." and ")", or follows an abbreviation's glued full stop that
 * `abbreviationBreak` says ends no sentence there, or follows a number's glued full stop that `ordinalBreak` says is
 * an ordinal's in the language ("vom 26. bis 28. Juni"), or is a comma or semicolon. */
function joined(spans: Array<[number, number]>, texts: string[], values: string[], spaces: string[], language: string) {
  const out = { spans: [] as Array<[number, number]>, texts: [] as string[] };
  spans.forEach(([first, last], k) => {
    const n = out.spans.length - 1;
    const prev = out.spans[n];
    const glued = prev && spaces[first] === '' && !/^\s/.test(values[first]) && values[prev[1]].endsWith('.');
    const bracketed = prev && prev[1] > prev[0] && values[prev[1]] === ')' && values[prev[1] - 1] === '.' && /^\p{Ll}/u.test(values[first]);
    const stopBefore = prev && prev[1] > prev[0] && values[prev[1]] === '.' && spaces[prev[1]] === '';
    const abbreviated =
      stopBefore &&
      (abbreviationBreak((i) => values[i], prev[1], prev[0], values[first]) || ordinalBreak((i) => values[i], prev[1], prev[0], values[first], language));
    const continued = prev && (values[first] === ',' || values[first] === ';') && !/^\s/.test(values[prev[1]]);
    if (glued || bracketed || abbreviated || continued) {
      out.spans[n] = [prev[0], last];
      out.texts[n] += spaces[first] + texts[k];
    } else {
      out.spans.push([first, last]);
      out.texts.push(texts[k]);
    }
  });
  return out;
}

const same = (paragraphs: string[], language: string) => assert.deepEqual(splitSentences(paragraphs, language), splitByOut(paragraphs, language));

const jsonl = (path: string) =>
  readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { title?: string; text: string });
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim());
const articles = [
  ...jsonl('../../test/fixtures/extract/reuters-sample.jsonl'),
  ...jsonl('../../test/fixtures/cluster/reuters-issuers.jsonl'),
  ...jsonl('../../test/fixtures/cluster/basil-dev.jsonl').slice(0, 40),
  ...jsonl('../../test/fixtures/extract/ecbplus-sample.jsonl'),
];
const seeds = new URL('../../examples/seeds/', import.meta.url);
const seedTexts = readdirSync(seeds).map((f) => readFileSync(new URL(f, seeds), 'utf8'));

test('real articles and titles: the same sentences, words and terms as the out() reading', () => {
  assert.ok(articles.length > 100);
  for (const a of articles) {
    same(paragraphsOf(a.text), 'en');
    if (a.title)
      assert.deepEqual(
        termsOf(a.title, 'en'),
        splitByOut([a.title], 'en').flatMap((s) => s.terms),
      );
  }
  // the seeds: page chrome, Russian navigation, curly quotes, non-breaking spaces; read as English and as Russian
  for (const text of seedTexts) {
    same(paragraphsOf(text), 'en');
    same(paragraphsOf(text), 'ru');
  }
});

test('contractions and non-breaking spaces: read as wink reads them', () => {
  const text = "He can't say.\u00a0\u00a0It isn't so,\u00a0they'd said. We're here\u2009now; I'll go. Don't! y'all";
  assert.ok(splitSentences([text], 'en')[0].words.includes('ca'));
  same([text], 'en');
  same([text, 'Ministers said the meetings were running late.'], 'de');
});

test("a number's full stop read as an ordinal's, and an amount's as a sentence's end: the same as the out() reading", () => {
  // fast-check's counterexample: "$5." is an amount, no ordinal (the sentence ends there, as wink reads it)
  same(["$5. a' ", ' '], 'de');
  assert.deepEqual(
    splitSentences(['Er zahlte $5. dann ging er.'], 'de').map((s) => s.text),
    ['Er zahlte $5.', 'dann ging er.'],
  );
  same(['Der G7-Gipfel findet vom 26. bis 28. Juni statt. Im 16. und 17. Jahrhundert nicht.'], 'de');
});

test('any mix of words, contractions, numbers and spaces: the same as the out() reading', () => {
  const word = fc.oneof(
    fc.constantFrom(
      "can't",
      "won't",
      "it's",
      "Inc's",
      "O'Neil",
      'U.S.',
      'Mr.',
      '1.5',
      '2,000',
      '$5',
      '#tag',
      'e-mail',
      'Kyiv',
      'Лукашенко',
      'ﬁnance',
      'THE',
      'The',
      'Said',
      'a',
    ),
    fc.stringMatching(/^[A-Za-z0-9'.,-]{1,10}$/),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  const gap = fc.constantFrom(' ', '  ', '\u00a0', ' \u00a0 ', '\n', '\t', '. ', '! ', '? ', '\u2009', '\u3000', '\ufeff', ' \n ', '');
  const paragraph = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 25 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
  fc.assert(
    fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom('en', 'und', 'de'), (paragraphs, language) => {
      same(paragraphs, language);
    }),
    { numRuns: 300 },
  );
});

test("a title's terms are its tokens' terms, read without looking for its sentences", () => {
  const before = readsWithSentences();
  let read = 0;
  for (const a of articles) {
    if (!a.title) continue;
    assert.deepEqual(
      termsOf(a.title, 'en'),
      splitSentences([a.title], 'en').flatMap((s) => s.terms),
      a.title,
    );
    read++;
  }
  // whole articles read as one title: many sentences, the same terms in the same order
  const wholes = [...articles.slice(0, 20).map((a) => a.text), ...seedTexts].map((text) => text.replace(/\s+/g, ' '));
  for (const text of wholes)
    assert.deepEqual(
      termsOf(text, 'en'),
      splitSentences([text], 'en').flatMap((s) => s.terms),
    );
  assert.deepEqual(
    termsOf(wholes[20], 'ru'),
    splitSentences([wholes[20]], 'ru').flatMap((s) => s.terms),
  );
  // (each comparison's own sentence read counted once)
  assert.equal(readsWithSentences() - before, read + wholes.length + 1);
  // a line break or a space wink reads inside a piece could make a sentence of spaces alone, which gives no terms:
  // such a title is read with its sentences
  for (const title of ['OIL PRICES RISE.\n\nOPEC MEETS', 'Putin in Minsk\u3000talks', '\ufeffPutin in Minsk']) {
    const at = readsWithSentences();
    assert.deepEqual(
      termsOf(title, 'en'),
      splitSentences([title], 'en').flatMap((s) => s.terms),
    );
    assert.equal(readsWithSentences() - at, 2, JSON.stringify(title));
  }
});

test("a sentence's text is searched for whitespace to squeeze only when its tokens' spaces say it may have some", () => {
  // the Reuters wires: single spaces between words, but for a few double spaces after full stops and tables
  const wires = jsonl('../../test/fixtures/extract/reuters-sample.jsonl');
  let sentences = 0;
  let irregular = 0;
  const before = irregularSpaceSearches();
  for (const a of wires) {
    sentences += splitByOut(paragraphsOf(a.text), 'en').length;
    const read = readFresh(paragraphsOf(a.text).join('\n\n'), (doc) => doc.sentences().out() as string[]);
    irregular += read.filter((t) => /\s\s|[^\S ]/.test(t)).length;
  }
  const searched = irregularSpaceSearches() - before;
  // splitByOut reads through wink's out(): no search of ours; splitSentences below does them
  assert.equal(searched, 0);
  const at = irregularSpaceSearches();
  for (const a of wires) same(paragraphsOf(a.text), 'en');
  const searches = irregularSpaceSearches() - at;
  assert.ok(sentences > 100 && irregular > 0, `${sentences} sentences, ${irregular} with irregular spaces`);
  // every sentence with irregular spaces is searched, and few others (a sentence ending a paragraph before a
  // line break token, one with a space wink keeps inside a piece)
  assert.ok(searches >= irregular && searches < sentences / 4, `${searches} searches, ${irregular} irregular, ${sentences} sentences`);
});

test("a sentence is found in the article's text by its tokens, without making its text", () => {
  // real articles, and spaces wink keeps (runs, a tab, non-breaking and thin spaces, line breaks inside a paragraph)
  const texts = [
    ...articles.map((a) => paragraphsOf(a.text)),
    ...seedTexts.map(paragraphsOf),
    ['Oil  prices rose.\tOPEC met in\u00a0Vienna on Monday.\u2009It said so.'],
    ['Line one\nand line two.\r\nA third, spaced out.   '],
    ['\ufeffA text with a mark before it. And "quotes," he said.'],
  ];
  let sentences = 0;
  let made = 0;
  for (const paragraphs of texts) {
    same(paragraphs, 'en');
    const before = sentenceTextsMade();
    sentences += splitSentences(paragraphs, 'en').length;
    made += sentenceTextsMade() - before;
  }
  assert.ok(sentences > 1000, `${sentences} sentences`);
  // each sentence's text is a slice of the article's, found in place: none was joined from its tokens and searched for
  assert.equal(made, 0);
  // where the tokens do not spell the text (wink drops an ideographic space), the text is joined and searched for
  const dropped = ['A third,\u3000spaced out.'];
  same(dropped, 'en');
  const before = sentenceTextsMade();
  assert.deepEqual(
    splitSentences(dropped, 'en').map((s) => s.text),
    ['A third,spaced out.'],
  );
  assert.equal(sentenceTextsMade() - before, 1);
});
