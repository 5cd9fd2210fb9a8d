import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { repairMojibake } from './mojibake.ts';
import { extractArticle } from './index.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

// PolNeAR (dev) articles as scraped: UTF-8 read as Windows-1252, some of it then normalised (NFKD)
const POLNEAR = [
  ['Immigration Reform: Minority Outreach Undone By Trump.\n\nS.V. DÃ¡te.', 'Immigration Reform: Minority Outreach Undone By Trump.\n\nS.V. Dáte.'],
  ['or the closing of the prison at GuantÃ¡namo Bay.', 'or the closing of the prison at Guantánamo Bay.'],
  ['workers and business owners in Ciudad JuÃ¡rez, as he called', 'workers and business owners in Ciudad Juárez, as he called'],
  ['the French minister of environment and energy, SÃ©golÃ ̈ne Royal, alluded', 'the French minister of environment and energy, Ségolène Royal, alluded'],
  ['ambassador to the United Nations, FranÃ§ois Delattre, uttered', 'ambassador to the United Nations, François Delattre, uttered'],
  ['considers Mr. Obama hopelessly naÃ ̄ve about one of the', 'considers Mr. Obama hopelessly naïve about one of the'],
] as const;

test('UTF-8 read as Windows-1252 is repaired, one character a run (PolNeAR)', () => {
  for (const [was, now] of POLNEAR) assert.equal(repairMojibake(was).text, now);
  assert.deepEqual(repairMojibake('SÃ©golÃ ̈ne'), { text: 'Ségolène', count: 2, example: { was: 'Ã©', now: 'é' } });
  // quotes and dashes: three bytes
  assert.equal(repairMojibake('He didnâ€™t say â€œnoâ€\u009d â€” or yes.').text, 'He didn’t say “no” — or yes.');
  // a byte lost on the way ("RaÃol" for Raúl) leaves the run as it is: nothing to decode
  assert.equal(repairMojibake('said Representative RaÃol M. Grijalva').count, 0);
});

test('UTF-8 read as Latin-1 twice, with its letters decomposed, is repaired (PolNeAR wash-post 2016-09-18, 2016-04-07)', () => {
  // as scraped: "Ã" written "A" and a combining tilde, its second byte a C1 control, and read so again
  const hollande =
    '"Let everyone know that if the United States makes a choice to pull back, Europe must be able to defend itself," French President FranA\u0303\u0083A\u0302\u00a7ois Hollande said Friday as he entered the talks.';
  assert.deepEqual(repairMojibake(hollande), {
    text: '"Let everyone know that if the United States makes a choice to pull back, Europe must be able to defend itself," French President François Hollande said Friday as he entered the talks.',
    count: 1,
    example: { was: 'Ã§', now: 'ç' },
  });
  assert.equal(repairMojibake('Pe\u00c3\u0083\u00c2\u00b1a Nieto').text, 'Peña Nieto');
  // a decomposed letter with nothing to repair comes back as it was, not composed
  assert.equal(repairMojibake('Sa\u0303o Paulo').text, 'Sa\u0303o Paulo');
});

test('text without mojibake comes back as it is', () => {
  for (const s of [
    'São Paulo',
    'naïve café… “quoted”',
    '10°C, ½ and £5',
    'Ørsted’s ‘Ø’',
    'Łódź, Zürich, Ἀθῆναι, Москва',
    'café…” ok',
    '“LIBERTÉ”',
    'l’ÉTÉ»',
    'the word ÉTÉ’s',
  ])
    assert.equal(repairMojibake(s).text, s);
  // the words of real news in many languages, with its marks, in any order: never changed
  const word = fc.constantFrom(
    'Jesús',
    'Ségolène',
    'naïve',
    'São',
    'Zürich',
    'François',
    'Łódź',
    'Ørsted',
    'Dvořák',
    'Москва',
    'Αθήνα',
    'İstanbul',
    'Nguyễn',
    '€5',
    '£3',
    '10°C',
    '½',
    '“yes”',
    '‘no’',
    '—',
    '–',
    '…',
    '©',
    '®',
    '™',
    '·',
    'à',
    'è',
    'ê',
    'Äpfel',
    'SÃO',
    'ÂGE',
    'Übersee',
    'Éire',
    'Ñandú',
    'the',
    'said',
    '.',
    ',',
    ' ',
    "don't",
    'don’t',
    '«',
    '»',
    '¿',
    '¡',
    'ß',
  );
  fc.assert(
    fc.property(fc.array(word, { maxLength: 40 }), fc.constantFrom(' ', '', '\n'), (words, sep) => {
      const text = words.join(sep);
      assert.equal(repairMojibake(text).text, text);
    }),
    { numRuns: 2000 },
  );
});

test('any such text written as UTF-8 and read as Windows-1252 comes back whole', () => {
  const cp1252 = new TextDecoder('windows-1252');
  // (Node's windows-1252 decoder gives C1 controls for 0x80-0x9F; ingest/decode.ts's table is the real one)
  const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const misread = (s: string) => cp1252.decode(Buffer.from(s, 'utf8')).replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]);
  const word = fc.constantFrom('Jesús', 'Ségolène', 'naïve', 'São', 'Zürich', 'François', 'Dvořák', 'Guantánamo', 'don’t', '“yes”', '—', '…', '€5', 'the', ' ');
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
      const text = words.join(' ');
      assert.equal(repairMojibake(misread(text)).text, text);
    }),
  );
});

test('the article records that its encoding was repaired', () => {
  const raw = { id: 'p', source: 'polnear.jsonl#1', kind: 'record' as const, order: 0, meta: { title: 'Minority Outreach Undone By Trump' } };
  const a = extractArticle({ ...raw, body: 'S.V. DÃ¡te.\n\nThe prison at GuantÃ¡namo Bay stays open, officials said on Tuesday.' });
  assert.ok(a.paragraphs.join('\n').includes('Guantánamo Bay'));
  assert.equal(a.encodingRepaired, 'repaired 2 characters written as UTF-8 and read as Windows-1252 ("Ã¡" -> "á")');
  const b = extractArticle({ ...raw, body: 'The prison at Guantánamo Bay stays open, officials said on Tuesday.' });
  assert.equal(b.encodingRepaired, undefined);
});
