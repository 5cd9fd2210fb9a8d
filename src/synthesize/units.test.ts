// The role and first-name keys look up only the words that can have the keys sought (by first letter, as
// capitalisedKeys does): the answers must be the old ones, which looked every word up, on real text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { fold } from '../common/normalize.ts';
import { stemEnglish } from '../common/nlp.ts';
import { ROLE_PHRASE, QUOTE_STOP, DANGLING_SPEAKERS, PARAPHRASES } from './lexicon.ts';
import { buildUnits, capitalisedKeys, firstNameKey, paraphraseKeys, requiredLetters, roleKeysOf, ROLE_KEYS, termKey, titleBefore } from './units.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures');
// ECB+ (news of several outlets on one event) and Reuters items: names, titles, datelines, posts
const docs = (await readDocuments([join(FIXTURES, 'synthesize', 'ecbplus-12_1.jsonl'), join(FIXTURES, 'cluster', 'reuters-issuers.jsonl')])).documents;

// the old formulations, word for word
const wordKey = (w: string) => termKey(stemEnglish(fold(w.toLowerCase())));
const feature = (w: string) => `t:${wordKey(w)}`;
const capitalised = (w: string) => /^\p{Lu}/u.test(w);
function oldFirstNameKey(words: string[]): string | null {
  if (!words.length || !capitalised(words[0])) return null;
  const k = wordKey(words[0]);
  for (let i = 1; i < words.length; i++) if (!capitalised(words[i]) && wordKey(words[i]) === k) return null;
  return `t:${k}`;
}
const DETERMINERS = new Set(ROLE_PHRASE.determiners);
const ENDS = new Set([...QUOTE_STOP, ...DANGLING_SPEAKERS.verbs]);
const TOKEN = /[\p{L}][\p{L}'’-]*|\p{N}[\p{N}.,]*|[^\s\p{L}\p{N}]+/gu;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const LETTER_FIRST = /^\p{L}/u;
function oldRoleKeys(text: string, keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (![...ROLE_KEYS].some((k) => keys.has(k))) return out;
  const tokens = text.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    if (!LOWER_WORD.test(w)) continue;
    const role = feature(w);
    if (!ROLE_KEYS.has(role) || !keys.has(role)) continue;
    out.add(role);
    const next = tokens[i + 1];
    if (next !== undefined && LETTER_FIRST.test(next) && !capitalised(next) && !ENDS.has(next.toLowerCase())) continue;
    for (let n = ROLE_PHRASE.maxModifiers; n >= 1; n--) {
      const mods = tokens.slice(Math.max(0, i - n), i);
      const before = tokens[i - n - 1];
      if (mods.length < n || before === undefined || !mods.every((m) => LOWER_WORD.test(m) && !ENDS.has(m) && !DETERMINERS.has(m))) continue;
      if (!DETERMINERS.has(before.toLowerCase()) && !/['’]s$/.test(before) && !(LETTER_FIRST.test(before) && capitalised(before))) continue;
      for (const m of mods) if (keys.has(feature(m))) out.add(feature(m));
      break;
    }
  }
  return out;
}

test('role keys and first-name keys are the old ones on real text', () => {
  const units = buildUnits({ documents: docs, enrichments: new Map(), entities: [], fallbackYear: 2008 });
  let roles = 0;
  let firsts = 0;
  for (const u of units) {
    const keys = new Set(u.keys);
    const expected = oldRoleKeys(u.text, keys);
    assert.deepEqual([...roleKeysOf(u.text, keys)].sort(), [...expected].sort(), u.text);
    roles += expected.size;
    const s = docs.find((d) => d.id === u.doc)!.sentences[u.sentence];
    assert.equal(firstNameKey(s.words), oldFirstNameKey(s.words), u.text);
    if (oldFirstNameKey(s.words) !== null) firsts++;
  }
  // the fixtures exercise both: posts named, and sentences opening with a name
  assert.ok(roles > 20, `${roles} role keys`);
  assert.ok(firsts > 20, `${firsts} first-name keys`);
});

test("a lower-case word sharing the first word's key is found whatever its letter (synonyms), and an odd first letter is looked up", () => {
  // "Troops" and "soldiers" share a key: the lower-case synonym makes the first word no name
  assert.equal(firstNameKey('Troops and soldiers left'.split(' ')), oldFirstNameKey('Troops and soldiers left'.split(' ')));
  assert.equal(firstNameKey('Troops and soldiers left'.split(' ')), null);
  assert.equal(firstNameKey('Élysée said élysée'.split(' ')), null);
  assert.equal(firstNameKey('Shoigu said'.split(' ')), `t:${wordKey('Shoigu')}`);
});

// The capitalised run before a person's name is the person's title (align counts it as who, not what), on real
// sentences: Reuters (r3k) and BASIL.
test('titleBefore: the capitalised words right before a name, up to a comma, a lower-case word or a possessive', () => {
  const title = (text: string, name: string) => titleBefore(text, text.indexOf(name));
  assert.deepEqual(title('Federal Reserve Board Vice Chairman Manuel Johnson said that maintaining price stability was critical', 'Manuel'), [
    'Chairman',
    'Vice',
    'Board',
    'Reserve',
    'Federal',
  ]);
  assert.deepEqual(title('Chairman W.A. Kistler Jr. is chief executive officer.', 'W.A.'), ['Chairman']);
  assert.deepEqual(title('Bruning, along with Oklahoma Attorney General Scott Pruitt, argue that', 'Scott'), ['General', 'Attorney', 'Oklahoma']);
  // a comma before the name, a lower-case post, a verb: no title
  assert.deepEqual(title('The lawsuit, which was brought by Nebraska’s attorney general, Jon Bruning, and', 'Jon'), []);
  assert.deepEqual(title('Hughes chairman W.A. Kistler told reporters', 'W.A.'), []);
  assert.deepEqual(title('President Ronald Reagan pardoned Felt in 1981', 'Felt'), []);
  // a possessive is another name's ("Obama's Attorney General ..."): the run stops before it
  assert.deepEqual(title('Brazil’s central bank President Francisco Gros said', 'Francisco'), ['President']);
});

// roleKeysOf looks up only the words that may have a post the sentence holds: the first letters of every post it
// holds, not of the first or last one (Reuters 6934: "government" and "president" in one sentence)
test('a sentence naming two posts of different first letters has both role keys', async () => {
  const bolivia = (await readDocuments([join(FIXTURES, 'synthesize', 'reuters-relative-days.jsonl')])).documents.filter((d) => d.title.includes('BOLIVIA'));
  const units = buildUnits({ documents: bolivia, enrichments: new Map(), entities: [], fallbackYear: 1987 });
  const u = units.find((x) => x.text.startsWith('The government of president Victor Paz Estenssoro'))!;
  const roles = roleKeysOf(u.text, u.keySet);
  assert.ok(roles.has(`t:${termKey('govern')}`) && roles.has(`t:${termKey('presid')}`), [...roles].join(' '));
  assert.deepEqual([...roles].sort(), [...oldRoleKeys(u.text, u.keySet)].sort());
});

// PARAPHRASES' patterns run only on sentences holding the letters each cannot match without (requiredLetters, read
// from the pattern table: "go" of "... go to", "launch" of "launch(ed) ... from"): the keys must be the patterns'
// own, run on every sentence
test('paraphrase gates come from the pattern table and change no sentence’s keys on real text', async () => {
  const visit = PARAPHRASES.find((p) => p.keys.includes('visit'))!;
  assert.equal(requiredLetters(visit.pattern), 'go');
  assert.deepEqual(
    PARAPHRASES.map((p) => requiredLetters(p.pattern)),
    ['go', 'launch', 'launch', null, null, null],
  );
  // what a gate cannot be: letters that may be missing, or inside a group, a class or an alternative
  assert.equal(requiredLetters('colou?r'), 'colo');
  assert.equal(requiredLetters(String.raw`\b(?:a|b)\s+cat|dog`), null);
  assert.equal(requiredLetters(String.raw`[abc\]def]xyz`), 'xyz');
  assert.equal(requiredLetters(String.raw`\p{L}abcdef`), null);
  assert.equal(requiredLetters(String.raw`\bfoo+bar\b`), 'bar');
  const all = (await readDocuments([join(FIXTURES, 'synthesize', 'reuters-relative-days.jsonl')])).documents.concat(docs);
  const texts = all.flatMap((d) => d.sentences.map((s) => s.text));
  texts.push(
    "this was Putin's first go to to Belarus in three years",
    'Russia launched February’s invasion from Belarus with about 40,000 troops',
    'Belarus served as a LAUNCH PAD and a staging ground',
    'after Russian troops entered Ukraine through Belarus',
  );
  // (a sentence named no company here: the patterns read only where one is named are left out)
  const res = PARAPHRASES.filter((p) => !p.companies).map((p) => ({
    re: new RegExp(p.pattern, 'i'),
    keys: [...p.keys.map((k) => `t:${termKey(k)}`), ...(p.concept ? [`c:${p.concept}`] : [])],
  }));
  let matched = 0;
  for (const text of texts) {
    const expected = new Set(res.filter((p) => p.re.test(text)).flatMap((p) => p.keys));
    matched += expected.size ? 1 : 0;
    assert.deepEqual([...paraphraseKeys(text)], [...expected], text);
  }
  assert.ok(texts.length > 250 && matched >= 4, `${texts.length} sentences, ${matched} with paraphrase keys`);
});

// capitalisedKeys asks each word once whether it is capitalised (marks by position): the keys are the old ones
test('capitalised keys are the old ones on real text', () => {
  let named = 0;
  for (const d of docs)
    for (const s of d.sentences) {
      const caps = new Set(s.words.filter((w, i) => i > 0 && capitalised(w)).map(wordKey));
      for (const w of s.words) if (!capitalised(w)) caps.delete(wordKey(w));
      assert.deepEqual([...capitalisedKeys(s.words)].sort(), [...caps].sort(), s.text);
      named += caps.size ? 1 : 0;
    }
  assert.ok(named > 50, `${named} sentences with capitalised keys`);
});

test('capitalised keys come in the order first met, a long sentence (its keys also held in a set) the same as a short one', () => {
  // the old formulation, a set: its order is the order each key was first added
  const old = (words: string[]) => {
    const caps = new Set(words.filter((w, i) => i > 0 && capitalised(w)).map(wordKey));
    for (const w of words) if (!capitalised(w)) caps.delete(wordKey(w));
    return [...caps];
  };
  const sentences = docs.flatMap((d) => d.sentences.map((s) => s.words));
  let long = 0;
  for (const words of sentences) assert.deepEqual([...capitalisedKeys(words)], old(words), words.join(' '));
  // the fixtures' sentences run together, eight at a time: past LIST_WORDS (64) words each, lower-case words taking
  // out keys that capitalised ones put in earlier and later
  for (let i = 0; i + 8 <= sentences.length; i += 8) {
    const words = sentences.slice(i, i + 8).flat();
    if (words.length <= 64) continue;
    long++;
    assert.deepEqual([...capitalisedKeys(words)], old(words));
  }
  assert.ok(long > 10, `${long} long sentences`);
});
