// The text stage tokenises with its own code where it can (plain-tokens.ts, through `readRawFresh`) and
// hands the rest to wink: tokens, token types, normal forms, spaces and sentences must be exactly those
// of wink's `readDoc` (`readFresh`), on real articles and on the pieces that sit at the edges of its rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { automataLookups, isAbbrev, piecesLeftToWink, readFresh, readRawFresh, tokenLines, wordsMetAgain } from './nlp.ts';

const same = (text: string) =>
  assert.deepEqual(
    readRawFresh(text, tokenLines),
    readFresh(text, (_doc, _its, raw) => tokenLines(raw)),
    text.slice(0, 200),
  );

const jsonl = (path: string) =>
  readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { title?: string; text: string });

test('real articles, their paragraphs and titles: the tokens and sentences of wink', () => {
  const articles = [
    ...jsonl('../../test/fixtures/extract/reuters-sample.jsonl'),
    ...jsonl('../../test/fixtures/cluster/reuters-issuers.jsonl'),
    ...jsonl('../../test/fixtures/cluster/basil-dev.jsonl').slice(0, 40),
    ...jsonl('../../test/fixtures/extract/ecbplus-sample.jsonl'),
  ];
  const seeds = new URL('../../examples/seeds/', import.meta.url);
  const texts = [...articles.map((a) => a.text), ...readdirSync(seeds).map((f) => readFileSync(new URL(f, seeds), 'utf8'))];
  assert.ok(texts.length > 100);
  for (const text of texts) {
    same(text);
    for (const p of text.split(/\n\s*\n/)) same(p);
  }
  for (const a of articles) if (a.title) same(a.title);
});

test("words an earlier article learnt, met again by their index: wink's tokens, as its `add` gives them", () => {
  // Reuters wires in a row: their upper-case headlines, company names and figures are words the model does not
  // know, learnt by one article and met again by the next ones (the fast path), read again by wink's `readDoc`
  const wires = [...jsonl('../../test/fixtures/extract/reuters-sample.jsonl'), ...jsonl('../../test/fixtures/cluster/reuters-issuers.jsonl')];
  const before = wordsMetAgain();
  for (const a of wires) {
    if (a.title) same(a.title);
    same(a.text);
  }
  // most of the words these wires ask wink to learn were learnt before: the index does the work
  assert.ok(wordsMetAgain() - before > 400, `${wordsMetAgain() - before} words met again`);
  // a word learnt with another token category (r3k: wink's recursive tokeniser learns "300" of "Depos..300.3" as a
  // word): met alone as a number, wink learns it again, with the number's category
  for (let k = 0; k < 2; k++) {
    same('Depos..300.3 300.0....291.5');
    same('The bank said it paid 300 dlrs.');
  }
  // the same headline read twice in turns with a text that relearns its words: "OIL" a word both times
  for (let k = 0; k < 3; k++) {
    same('USX <X> UNIT RAISES OIL PRICES 50 CTS A BARREL');
    same('Oil and OIL, said USX unit Marathon Oil Co. 50 CTS');
  }
});

test("Reuters sentences with hyphenated words, <Company> names, short forms, bracketed words, 1ST: tokenised here, wink's tokens", () => {
  const sentences = [
    'Some analysts said they have recommended BankAmerica delay its up to one-billion-dlr equity offering, which has yet to be approved by the Securities and Exchange Commission.',
    'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT',
    'Computer Terminal also said it sold the technolgy rights to its Dot Matrix impact technology, including any future improvements, to <Woodco Inc> of Houston, Tex.',
    'CoFAB Inc said it acquired <Gulfex Inc>, a Houston-based fabricator of custom high-pressure process vessels for the energy and petrochemical industries.',
    'OHIO MATTRESS <OMT> MAY HAVE LOWER 1ST QTR NET',
    'Destinations were the U.S., Covertible currency areas, Uruguay and open ports.',
    'Sales of previously owned homes dropped 14.5 pct in January to a seasonally adjusted annual rate of 3.47 mln units, the National Association of Realtors (NAR) said.',
    'The fall in rice production is caused by an outbreak of pests known as "wereng" or brown plant hoppers in 1986 which largely offset gains in yields.',
    "Return on common shareholders' equity was 18.6 pct last year, up from 15 pct in 1985.",
    "TOWER REPORT DIMINISHES REAGAN'S HOPES OF REBOUND",
    'But he added: "I think ultimately we will be able to make curtailments in subsidies in this area as well."',
    'The company said sales since the beginning of the year totaled 3,469, down from 3,862 a year earlier.',
    'The proposal will have to be re-evaluated.',
  ];
  for (const sentence of sentences) {
    const before = piecesLeftToWink();
    same(sentence);
    // `same` reads the sentence once here, once with wink's `readDoc` (which hands nothing over)
    assert.equal(piecesLeftToWink(), before, sentence);
  }
});

/** pieces at the edges of the rules done here, and pieces left to wink */
const PIECES = [
  // contractions, known and inside marks
  "can't",
  "won't,",
  "(don't",
  'it\'s"',
  "He's",
  "y'all",
  // abbreviations and known words with marks
  'Mr.',
  'Inc.',
  'Inc."',
  'U.S.',
  'U.S.,',
  'A.',
  'A."',
  'a,',
  'I.',
  // "'s" and other apostrophes
  "Reuter's",
  "A's",
  "CO'S",
  "Qxzvy's",
  "O'Neil",
  "boys'",
  'Reuter’s',
  // words, new and known, with marks either side
  'Qxzvy',
  'Qxzvy,',
  'Qxzvy.',
  'qxzvy',
  '(Qxzvy',
  '"Qxzvy',
  '“Qxzvy',
  '‘Qxzvy',
  '[Qxzvy',
  '{Qxzvy',
  '(Qxzvy)',
  'Qxzvy,"',
  'Qxzvy."',
  'Qxzvy?”',
  'Qxzvy..',
  'Qxzvy--',
  'Qxzvy.."',
  'said,"',
  'said."',
  '(said',
  '"said',
  'Zürich,',
  'Ærø',
  'naïve.',
  'Лукашенко,',
  '<Mosle',
  'Inc>',
  'e-mail',
  'well-known,',
  // hyphenated words: split at the hyphens unless wink keeps a prefix or suffix; known and new; with marks
  'farmer-owned',
  'FARMER-OWNED',
  'Brown-Forman',
  're-evaluated.',
  'two-thirds.',
  'down-time,',
  'anti-inflation',
  'hand-wise',
  'constructor-based',
  'toString-valueOf',
  'wait-and-see',
  'x-ray',
  'e-mail.',
  'cannot-be',
  'Qxzvy-Qxzvy',
  'Qxzvy-Qxzvy.',
  'Qxzvy-Qxzvy,',
  'USD-denominated',
  'Zürich-based',
  'a-b',
  'a--b',
  'a-b-',
  // <Company> names and their halves
  '<SRD>',
  '<SRD>,',
  '<SRD>.',
  '<I>',
  '<Sedio',
  '<Sedio,',
  '<Sedio.',
  'Corp>',
  'Corp>,',
  'Corp>.',
  '<USDA>',
  '<GBPX>',
  '<cannot>',
  '<>',
  '<3',
  '<BPCL.L>',
  // short forms
  'E.B.I.',
  'L.P.',
  'e.g.',
  'a.m.',
  'p.m.,',
  'U.S.;',
  'U.S..',
  'U.S.-made',
  // words in brackets and quotes, a mark and a letter, apostrophes
  '(NAR)',
  '(nil)',
  '"wereng"',
  '“Qxzvy”',
  '‘Qxzvy’',
  '[Qxzvy]',
  '(cannot)',
  '(NAR),',
  '(NAR).',
  '"I',
  '(I',
  '“A',
  "shareholders'",
  "Qxzvy'",
  "MOODY'S",
  "A'S",
  "CAN'T",
  // numbers
  '1987',
  '1987,',
  '1987.',
  '5,',
  '5.',
  '1,000',
  '1,000.',
  '1,870,',
  '872.0,',
  '1985/86.',
  '72-5/8,',
  '12:30,',
  '1.5..',
  '6,',
  '9.',
  '1:',
  '7;',
  '1ST',
  '4TH',
  '5A',
  '1AM',
  '10PM',
  '4HRS',
  '2HOURS',
  '100USD',
  '1st,',
  '2.5',
  '3-5/8',
  '12:30',
  '1.2.',
  '10/',
  '-5',
  '+5',
  '1980s',
  '1st',
  '5pm',
  '$5',
  'US$',
  // others
  'http://example.com/a.',
  'news@example.com',
  '#tag',
  '@name',
  ':)',
  '--',
  '...',
  '"',
  '(',
  '—',
];

test('pieces at the edges of the rules, alone and in sentences: the tokens of wink', () => {
  for (const piece of PIECES) {
    same(piece);
    same(`The ${piece} said ${piece} ${piece}. ${piece} went on.`);
  }
  // spaces: runs, non-breaking ones, a run past wink's count, line breaks and tabs around pieces
  same(`Qxzvy${' '.repeat(70_000)}said,"  it's\u00a0\u00a0Inc. 1,000\u2009(Qxzvy\r\n\r\n\tA." done`);
});

test('Czech, Polish, Turkish, Romanian and Vietnamese words are whole tokens (Latin Extended letters): as wink reads them', () => {
  const czech = jsonl('../../test/fixtures/languages/month-abbreviations.jsonl').find((a) => a.title?.startsWith('Hamáček'));
  assert.ok(czech);
  same(czech.text);
  const words = (text: string) => readRawFresh(text, (raw) => Array.from({ length: raw.tokens.length / 4 }, (_, i) => raw.cache.value(raw.tokens[i * 4])));
  const read = words(czech.text);
  for (const w of ['Hamáček', 'ČSSD', 'Vrběticích', 'vysvětlení', 'Hamáčkem']) assert.ok(read.includes(w), w);
  const names = 'Babiš, Łódź, Şahin, Ţară, Đoković, Nguyễn said.';
  same(names);
  assert.deepEqual(words(names), ['Babiš', ',', 'Łódź', ',', 'Şahin', ',', 'Ţară', ',', 'Đoković', ',', 'Nguyễn', 'said', '.']);
});

test('any mix of such pieces and spaces: the tokens of wink', () => {
  const piece = fc.oneof(fc.constantFrom(...PIECES), fc.stringMatching(/^["(<]?[A-Za-zéčŁşễ0-9'.,:;!?"”<>-]{1,8}$/));
  const gap = fc.constantFrom(' ', '  ', '\u00a0', ' \u00a0 ', '\n', '\n\n', '\t', ' \n ', '\u2009');
  fc.assert(
    fc.property(fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 30 }), (parts) => same(parts.map(([p, g]) => p + g).join(''))),
    { numRuns: 400 },
  );
});

/**
 * Each token a plain read placed (its span in the text) holds the text's characters there as its word, the spans in
 * order and apart; how many tokens of the read were placed, of how many, and the words of those that were not.
 */
const placedIn = (text: string): { placed: number; tokens: number; unplaced: string[] } =>
  readRawFresh(text, (raw) => {
    const { tokens, spans, cache } = raw;
    assert.ok(spans, 'a plain read leaves its spans');
    const unplaced: string[] = [];
    let placed = 0;
    let end = 0;
    for (let i = 0; i < tokens.length / 4; i++) {
      const from: number = spans[i * 2];
      const to: number = spans[i * 2 + 1];
      if (from < 0) {
        assert.equal(to, -1);
        unplaced.push(cache.value(tokens[i * 4]));
        continue;
      }
      assert.equal(cache.value(tokens[i * 4]), text.slice(from, to), `token ${i} of ${JSON.stringify(text.slice(0, 80))}`);
      assert.ok(from >= end && to > from, `token ${i} out of order`);
      end = to;
      placed++;
    }
    return { placed, tokens: tokens.length / 4, unplaced };
  });

test('a plain read knows where each token it makes itself is in the text: its word is the characters there; a piece read by wink has none', () => {
  const articles = [
    ...jsonl('../../test/fixtures/extract/reuters-sample.jsonl'),
    ...jsonl('../../test/fixtures/cluster/reuters-issuers.jsonl'),
    ...jsonl('../../test/fixtures/cluster/basil-dev.jsonl').slice(0, 40),
    ...jsonl('../../test/fixtures/extract/ecbplus-sample.jsonl'),
  ];
  const seeds = new URL('../../examples/seeds/', import.meta.url);
  const texts = [...articles.map((a) => a.text), ...readdirSync(seeds).map((f) => readFileSync(new URL(f, seeds), 'utf8'))];
  let placed = 0;
  let tokens = 0;
  for (const text of texts) {
    const read = placedIn(text);
    placed += read.placed;
    tokens += read.tokens;
  }
  // nearly all tokens: only the pieces handed to wink's own tokeniser are not placed
  assert.ok(placed > 0.95 * tokens, `${placed} of ${tokens} tokens placed`);
  // the wires twice as one text: past the room's first 4,096 tokens, so the spans grow with the tokens
  const wires = jsonl('../../test/fixtures/extract/reuters-sample.jsonl');
  const read = placedIn([...wires, ...wires].map((a) => a.text).join('\n\n'));
  assert.ok(read.tokens > 4096 && read.placed > 0.95 * read.tokens, `${read.placed} of ${read.tokens} tokens placed`);
  // Reuters (reuters-issuers.jsonl): "don't" is a contraction, read by wink's tokeniser ("do", "n't": no span)
  assert.deepEqual(placedIn('"We don\'t have all the details," a Norfolk Southern spokesman said.').unplaced, ['do', "n't"]);
  // the pieces at the edges of the rules and the spaces around them
  const piece = fc.oneof(fc.constantFrom(...PIECES), fc.stringMatching(/^["(<]?[A-Za-zéčŁşễ0-9'.,:;!?"”<>-]{1,8}$/));
  const gap = fc.constantFrom(' ', '  ', '\u00a0', ' \u00a0 ', '\n', '\n\n', '\t', ' \n ', '\u2009', '\u2028', '\u3000');
  fc.assert(
    fc.property(fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 30 }), (parts) => {
      placedIn(parts.map(([p, g]) => p + g).join(''));
    }),
    { numRuns: 300 },
  );
});

test("the model's isAbbrev feature read from the end: the answers of its pattern /[a-z].*\\.$/i", () => {
  const model = /[a-z].*\.$/i;
  const chars = fc.constantFrom('a', 'Z', 'é', 'ſ', '\u212a', '1', '.', '.', '-', ' ', '\n', '\r', '\u2028', '\u2029', '\u0085');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 12 }), (cs) => {
      const word = cs.join('');
      assert.equal(isAbbrev(word), model.test(word) ? 1 : 0, JSON.stringify(word));
    }),
    { numRuns: 5000 },
  );
});

// A page's run without spaces: wink's word-shape feature and its URL, e-mail, word and hyphen patterns are
// quadratic in a piece's length (300k characters: minutes). A synchronous regex cannot be interrupted by a
// test time-out, so the runs are read in a child given up after a deadline far above its real time (seconds).
const LONG_RUNS = `
import { readRawFresh } from ${JSON.stringify(new URL('./nlp.ts', import.meta.url).href)};
const runs = ['abcdefghij'.repeat(30000), 'ab1'.repeat(100000), "a'".repeat(150000), 'x1.-'.repeat(75000), '//' + 'a-'.repeat(150000) + '!', 'é😀'.repeat(100000)];
const out = runs.map((run) => readRawFresh('The report reads ' + run + ' and ends.', (raw) => {
  const words = [];
  for (let k = 0; k < raw.tokens.length / 4; k++) words.push(raw.cache.value(raw.tokens[k * 4]));
  return words.join('');
}));
process.stdout.write(JSON.stringify(out.map((joined, i) => joined === 'Thereportreads' + runs[i] + 'andends.')));
`;

test('runs of 300,000 characters without a space are read in pieces, every character in a token', () => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', LONG_RUNS], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(child.signal, null, 'reading the runs gave up after 120 s');
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout), [true, true, true, true, true, true]);
});

test("the sentence automata ask wink's tables about a word once: a text read again asks nothing, its sentences wink's", () => {
  const wires = jsonl('../../test/fixtures/extract/reuters-sample.jsonl');
  for (const a of wires) same(a.text);
  const again = automataLookups();
  for (const a of wires) same(a.text);
  assert.equal(automataLookups(), again);
  // words no text here held: their normal forms, hints and marks looked up on the first read only
  const novel = "Qorvandi Ltd. said Zeltrax Inc. will buy Mr. Plovnik's Brindlecorp unit.";
  same(novel);
  assert.ok(automataLookups() - again >= 5, `${automataLookups() - again} look-ups`);
  const after = automataLookups();
  same(novel);
  assert.equal(automataLookups(), after);
  // abbreviations, quotes and brackets at sentence ends: the hints and marks kept give wink's breaks
  for (let k = 0; k < 2; k++) same('Mr. Smith met Dr. Jones at 5 p.m. in the U.S. "It ended," he said. (Reuters) e.g. the Inc. unit rose. Fig. 2 shows it!');
});

test("a learnt word's prefix, suffix, case, shape and part of speech are not worked out; the tokens, types, normal forms, stop flags and sentences are those of a wink that works them out", async () => {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  // one text, read once by each: a fresh wink instance and the shared one (which reads each text as a fresh one would)
  const wires = jsonl('../../test/fixtures/extract/reuters-sample.jsonl');
  const text = `${wires.map((a) => a.text).join('\n\n')}\n\nQorvandi Ltd. said Zeltrax Inc. will buy Mr. Plovnik's Brindlecorp unit for 12,345.6 dlrs.`;
  const plain = winkNLP(model, ['sbd']);
  const doc = plain.readDoc(text);
  const its = plain.its;
  const expected = {
    values: doc.tokens().out(),
    types: doc.tokens().out(its.type),
    normals: doc.tokens().out(its.normal),
    stops: doc.tokens().out(its.stopWordFlag),
    sentences: doc.sentences().out(its.span),
  };
  const read = readRawFresh(text, (raw) => {
    const { tokens, cache } = raw;
    const n = tokens.length / 4;
    const normal = (k: number) => (tokens[k * 4 + 1] > 65535 ? cache.nox(tokens[k * 4 + 1]) : cache.normal(tokens[k * 4]));
    const learnt = Array.from({ length: n }, (_, k) => tokens[k * 4]).find((w) => cache.value(w) === 'Zeltrax') as number;
    return {
      values: Array.from({ length: n }, (_, k) => cache.value(tokens[k * 4])),
      types: Array.from({ length: n }, (_, k) => cache.property(tokens[k * 4], 'tokenType')),
      normals: Array.from({ length: n }, (_, k) => cache.value(normal(k))),
      stops: Array.from({ length: n }, (_, k) => Boolean(cache.property(normal(k), 'isStopWord'))),
      sentences: raw.sentences.map(([first, last]) => [first, last]),
      shape: cache.property(learnt, 'shape'),
    };
  });
  assert.ok(expected.values.length > 3000 && expected.sentences.length > 100);
  const { shape, ...got } = read;
  assert.deepEqual(got, expected);
  // wink's own instance gives a new word its shape ("Xxxxx"); the shared one leaves it out
  assert.equal(shape, '');
});

test("a read's tokens are a view of room its reader keeps from read to read, grown for a long text; a read inside another's gets room of its own", () => {
  const wires = jsonl('../../test/fixtures/extract/reuters-sample.jsonl');
  // the wires twice as one text: past the room's first 4,096 tokens, so its tokens and normal forms grow
  const long = [...wires, ...wires].map((a) => a.text).join('\n\n');
  assert.ok(readRawFresh(long, (raw) => raw.tokens.length / 4) > 4096);
  same(long);
  const first = readRawFresh(wires[0].text, (raw) => raw.tokens);
  const second = readRawFresh(wires[1].text, (raw) => raw.tokens);
  assert.ok(first instanceof Int32Array && second instanceof Int32Array);
  assert.equal(first.buffer, second.buffer, 'a second read made room of its own');
  // the outer read's tokens stay as they were while a read inside its `use` writes its own
  const outer = readRawFresh(wires[0].text, (raw) => {
    const before = tokenLines(raw);
    readRawFresh(wires[1].text, tokenLines);
    assert.deepEqual(tokenLines(raw), before);
    return before;
  });
  assert.deepEqual(
    outer,
    readFresh(wires[0].text, (_doc, _its, raw) => tokenLines(raw)),
  );
});
