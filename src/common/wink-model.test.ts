// wink's model put together here (wink-model.ts) is the package's own: the same core, the same parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { assembleModel, loadCore, widenLatin, wordTable, wordTableImage } from './wink-model.ts';
import { WordTable } from './word-table.ts';
import { readRawFresh, tokenLines } from './nlp.ts';

const load = createRequire(import.meta.url);

test("the core read once is the one wink's own loader makes (word table, hashes, clusters, packing), its Latin letter runs widened", () => {
  const theirs = (load('wink-eng-lite-web-model/dist/load-core-model.js') as () => { trex: Parameters<typeof widenLatin>[0] })();
  const ours = loadCore() as typeof theirs;
  assert.notDeepStrictEqual(ours.trex, theirs.trex);
  const word = (trex: typeof theirs.trex) => new RegExp(trex.ltc[0][0], trex.ltc[0][1]);
  assert.equal(word(theirs.trex).test('Hamáček'), false);
  assert.equal(word(ours.trex).test('Hamáček'), true);
  assert.equal(word(ours.trex).test('Nguyễn'), true);
  assert.equal(word(ours.trex).test('Łódź'), true);
  widenLatin(theirs.trex);
  assert.deepStrictEqual(ours, theirs);
});

test("the model's parts are the package's: the same loaders and add-ons, under the same names", () => {
  const theirs = load('wink-eng-lite-web-model') as Record<string, unknown>;
  const ours = assembleModel() as unknown as Record<string, unknown>;
  assert.deepEqual(Object.keys(ours), Object.keys(theirs));
  for (const key of Object.keys(theirs)) if (key !== 'core' && key !== 'addons') assert.equal(ours[key], theirs[key], key);
  const [a, b] = [ours.addons, theirs.addons] as Array<Record<string, unknown>>;
  assert.deepEqual(Object.keys(a), Object.keys(b));
  for (const key of Object.keys(b)) assert.equal(a[key], b[key], key);
});

test("reading text loads neither the package's entry nor its core loader (the core JSON parsed once)", async () => {
  // in a process of its own: the tests above require both
  const { spawnSync } = await import('node:child_process');
  const script = `import { readRawFresh } from ${JSON.stringify(new URL('./nlp.ts', import.meta.url).href)};
import { createRequire } from 'node:module';
readRawFresh('The minister said so. He left.', () => 0);
const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /wink-eng-lite-web-model.dist.(model|read-core-model)\\.js$/.test(f));
console.log(JSON.stringify(loaded));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), []);
  // and the read is wink's: two sentences
  const lines = readRawFresh('The minister said so. He left.', tokenLines);
  assert.deepEqual(JSON.parse(lines[lines.length - 1]).length, 2);
});

test("the build's image of the model's word table is taken and finds every model word at its index; the sources have no image file", () => {
  const { lexeme } = (loadCore() as { features: { lexeme: { hash: Record<string, number>; list: string[] } } }).features;
  const { hash, list } = lexeme;
  const image = wordTableImage();
  const imaged = WordTable.fromImage(hash, list, image.slice());
  assert.ok(imaged);
  for (let i = 0; i < list.length; i++) assert.equal(imaged.find(list[i], 0, list[i].length), i);
  assert.deepEqual(new WordTable(hash, list).image(), image);
  // beside src/common no image: the table is filled word by word, with the same look-ups
  assert.deepEqual(wordTable(hash, list).image(), image);
});
