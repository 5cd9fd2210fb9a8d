import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { foldFilter, foldOpenings, mayFoldInto, mayFoldOpen } from './foldfilter.ts';
import { GENDER_PRONOUNS } from '../enrich/data/speech.ts';
import { HONORIFIC_GENDERS } from '../enrich/data/titles.ts';
import { fold } from './normalize.ts';
import { tokenize } from '../enrich/tokens.ts';
import { lex } from '../enrich/lexicon.ts';
import { mayOpenNumberWords, opensNumberWords } from './numbers.ts';

// real wire copy: Reuters' group filings and the ECB+ sample (names past ASCII among them: "Chávez"-like words)
const reuters = readFileSync(new URL('../../test/fixtures/cluster/reuters-groups.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { title: string; text: string });
const ecb: Array<{ text: string }> = JSON.parse(readFileSync(new URL('../../test/fixtures/enrich/ecbplus-sample.json', import.meta.url), 'utf8'));
const words = [...reuters.flatMap((d) => [d.title, d.text]), ...ecb.map((d) => d.text)].flatMap((t) => tokenize(t).map((k) => k.text));

test('a bit table never turns away a word that folds into its set, and turns away most words that do not', () => {
  const L = lex();
  let inSet = 0;
  let turnedAway = 0;
  let notInSet = 0;
  for (const w of words) {
    const member = L.notNames.has(fold(w));
    if (member) {
      inSet++;
      assert.equal(mayFoldInto(L.notNameBits, w), true, w);
    } else {
      notInSet++;
      if (!mayFoldInto(L.notNameBits, w)) turnedAway++;
    }
  }
  assert.ok(words.length > 3000 && inSet >= 80, `${words.length} words, ${inSet} in notNames`);
  // (2^16 bits for its ~135 words: a few of the rest come through to the real look-up)
  assert.ok(turnedAway > 0.95 * notInSet, `${turnedAway} of ${notInSet} turned away`);
});

test("a word past ASCII always may fold into the set (fold's lower case of it is not told from the codes)", () => {
  const bits = foldFilter(['chavez', 'munchen']);
  // "Chávez" folds to "chavez"; "MÜNCHEN" to "munchen"
  assert.equal(mayFoldInto(bits, 'Chávez'), true);
  assert.equal(mayFoldInto(bits, 'MÜNCHEN'), true);
  assert.equal(mayFoldInto(bits, 'CHAVEZ'), true);
  assert.equal(mayFoldInto(bits, 'Munchen'), true);
  assert.equal(mayFoldInto(bits, 'Robeson'), false);
  assert.equal(mayFoldInto(foldFilter([]), 'Robeson'), false);
});

test('a first-letter table never turns away a word that folds into its words, and turns away most that do not', () => {
  // (a courtesy title is looked up without its full stop: "Mr." -> "mr", as names.ts reads it)
  const readings: Array<[Record<string, string>, (w: string) => string]> = [
    [GENDER_PRONOUNS, fold],
    [HONORIFIC_GENDERS, (w) => fold(w).replace(/\.$/, '')],
  ];
  for (const [table, key] of readings) {
    const keys = new Set(Object.keys(table));
    const openings = foldOpenings(keys);
    let members = 0;
    let turnedAway = 0;
    for (const w of words) {
      if (keys.has(key(w))) {
        members++;
        assert.equal(mayFoldOpen(openings, w), true, w);
      } else if (!mayFoldOpen(openings, w)) turnedAway++;
    }
    // (the fixtures' pronouns: 38; they hold no courtesy title, asked of the written forms below)
    assert.ok(
      members >= (table === GENDER_PRONOUNS ? 30 : 0) && turnedAway > 0.7 * (words.length - members),
      `${members} members, ${turnedAway} of ${words.length} turned away`,
    );
  }
  const titles = foldOpenings(Object.keys(HONORIFIC_GENDERS));
  for (const w of ['Mr.', 'MRS', 'Ms.', 'Miss']) assert.equal(mayFoldOpen(titles, w), true, w);
  const openings = foldOpenings(['he', 'she']);
  // a first character past ASCII may fold to any letter ("\u0301he" folds to "he"); "He" and "SHE" open as the words do
  for (const w of ['He', 'SHE', 'h', 'Shipping', '\u0301he', 'Ésta']) assert.equal(mayFoldOpen(openings, w), true, w);
  for (const w of ['the', 'They', "'he", '-she', '1he']) assert.equal(mayFoldOpen(openings, w), false, w);
  assert.equal(fold('\u0301he'), 'he');
});

test('the number-word pre-check lets through every word that opens a number in words, and few others', () => {
  // (readNumber asks it of word tokens only)
  const opening = [...words.filter((w) => /^[a-z]/i.test(w)), 'Two', 'FIFTEEN', 'forty-five', 'Twenty-one', 'dozen', 'Hundred'];
  let opens = 0;
  let through = 0;
  for (const w of opening) {
    if (opensNumberWords(w.toLowerCase())) {
      opens++;
      assert.equal(mayOpenNumberWords(w), true, w);
    } else if (mayOpenNumberWords(w)) through++;
  }
  assert.ok(opens > 30, `${opens} number words`);
  // (the first-letter table alone let "the", "said", "shares", "from" ... through: ~half the words)
  assert.ok(through < 0.02 * opening.length, `${through} of ${opening.length} let through`);
});

test("the table-label bit table lets every row label through, and turns away most of a run's words", () => {
  const L = lex();
  // the labels themselves in the cases wire tables write them ("Shr", "SHR", "Mths"), and the fixtures' words
  const labels = [...L.tableLabels].flatMap((l) => [l, l.toUpperCase(), l.charAt(0).toUpperCase() + l.slice(1)]);
  let away = 0;
  let others = 0;
  for (const w of [...labels, ...words]) {
    if (L.tableLabels.has(fold(w))) assert.equal(mayFoldInto(L.tableLabelBits, w), true, w);
    else {
      others++;
      if (!mayFoldInto(L.tableLabelBits, w)) away++;
    }
  }
  assert.ok(labels.length >= 30, `${labels.length} labels`);
  assert.ok(away > 0.95 * others, `${away} of ${others} turned away`);
});

/** Does a connected organisation's name start at a capitalised word of the text (names.ts `connectedSpan`'s match)? */
function holdsConnectedName(text: string): boolean {
  const L = lex();
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' || !/^[A-Z]/.test(t.text) || NON_ASCII.test(t.text)) continue;
    for (const name of L.connectedOrgs.get(fold(t.text)) ?? []) if (fold(text.slice(t.start, t.start + name.length)) === name) return true;
  }
  return false;
}
const NON_ASCII = /[^\x00-\x7f]/;

test("the connected organisations' text pattern finds every ASCII sentence holding one of their names, and few others", () => {
  const L = lex();
  // the fixtures' sentences, and each name as wire copy writes it (title case, capitals) in one
  const sentences = [...reuters.flatMap((d) => [d.title, d.text]), ...ecb.map((d) => d.text)].flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/));
  const names = [...L.connectedOrgs.values()].flat();
  const written = names.flatMap((n) => [n.replace(/(^|[ \-/&])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase()), n.toUpperCase()]);
  let holding = 0;
  let others = 0;
  let passed = 0;
  for (const s of [...sentences, ...written.map((n) => `A spokesman for the ${n} said on Tuesday.`)]) {
    if (NON_ASCII.test(s)) continue;
    if (holdsConnectedName(s)) {
      holding++;
      assert.equal(L.connectedOrgText.test(s), true, s);
    } else {
      others++;
      if (L.connectedOrgText.test(s)) passed++;
    }
  }
  assert.ok(holding > 2 * names.length && others > 150, `${holding} holding a name, ${others} others`);
  // (on all of Reuters' sentences 1.3% pass, against a folded look-up of every capitalised word)
  assert.ok(passed < 0.02 * others, `${passed} of ${others} let through`);
});

test('fold is the accent-stripped lower case: an ASCII word already lower-case is given back as it is', () => {
  const reference = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const chars = Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c));
  for (const w of [...words, ...chars, 'said', 'U.S.', 'McDONALD', 'Chávez', 'naïve', 'ÆSIR', '1,000', 'mid-1987']) assert.equal(fold(w), reference(w), w);
});

test("the heads', places' and known organisations' bit tables let every one of their words through, and turn away most capitalised words", () => {
  const L = lex();
  const cases = (w: string) => [w, w.toUpperCase(), w.replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase())];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w));
  const tables: Array<[string, Uint32Array, (f: string) => boolean, Iterable<string>]> = [
    ['heads', L.headBits, (f) => L.orgHeads.has(f) || L.placeHeads.has(f), [...L.orgHeads, ...L.placeHeads]],
    ['places', L.placeBits, (f) => L.places.has(f), L.places.keys()],
    ['known organisations', L.knownOrgBits, (f) => L.knownOrgs.has(f), L.knownOrgs],
  ];
  for (const [name, bits, has, own] of tables) {
    const mine = [...own].flatMap(cases);
    let away = 0;
    let others = 0;
    for (const w of [...mine, ...capitalised]) {
      if (has(fold(w))) assert.equal(mayFoldInto(bits, w), true, `${name}: ${w}`);
      else {
        others++;
        if (!mayFoldInto(bits, w)) away++;
      }
    }
    assert.ok(mine.length >= 60, `${name}: ${mine.length} words`);
    assert.ok(away > 0.75 * others, `${name}: ${away} of ${others} turned away`);
  }
});
