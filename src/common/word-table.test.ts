import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { WordTable } from './word-table.ts';

const SEEDS = fileURLToPath(new URL('../../examples/seeds', import.meta.url));

/** The words of the five seed articles, each with its place in its text. */
function seedWords(): Array<{ text: string; from: number; to: number }> {
  const out: Array<{ text: string; from: number; to: number }> = [];
  for (const f of readdirSync(SEEDS).sort()) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ text, from: m.index, to: m.index + m[0].length });
  }
  return out;
}

test('every word is found by its span after the table and its characters grew many times; forgotten and unknown words are not', () => {
  const spans = seedWords();
  const hash: Record<string, number> = Object.create(null);
  const list: string[] = [];
  const table = new WordTable(hash, list);
  const learn = (w: string) => {
    if (!(w in hash)) {
      hash[w] = list.length;
      list.push(w);
    }
  };
  // the seeds' words, then as many numbered forms (some 300,000 words, 3 million characters): past the first slots and characters
  for (const s of spans) learn(s.text.slice(s.from, s.to));
  const known = list.length;
  assert.ok(known > 1500);
  for (let round = 0; list.length < 300_000; round++) {
    for (let i = 0; i < known && list.length < 300_000; i++) learn(`${list[i]}${round}`);
    // looked up between learning, as the tokeniser does (the table takes in what wink learnt at each look-up)
    assert.equal(table.find(list[7], 0, list[7].length), 7);
  }
  for (const s of spans) assert.equal(table.find(s.text, s.from, s.to), hash[s.text.slice(s.from, s.to)]);
  for (let i = 0; i < list.length; i += 97) assert.equal(table.find(list[i], 0, list[i].length), i);
  const putin = hash.Putin;
  table.forget(putin);
  assert.equal(table.find('Putin', 0, 5), -1);
  assert.equal(table.find('Putinx', 0, 5), -1, 'the span, not the text after it');
  assert.equal(table.find('Minsk', 0, 5), hash.Minsk);
  assert.equal(table.find('Minsq', 0, 5), -1);
  assert.equal(table.find('Mins', 0, 4), hash.Mins ?? -1);
});

test("a table started from another's image finds what a table filled word by word finds, words learnt after the image included; an image of other words is refused", () => {
  const spans = seedWords();
  const hash: Record<string, number> = Object.create(null);
  const list: string[] = [];
  const learn = (w: string) => {
    if (!(w in hash)) {
      hash[w] = list.length;
      list.push(w);
    }
  };
  const half = spans.length >> 1;
  for (const s of spans.slice(0, half)) learn(s.text.slice(s.from, s.to));
  const image = new WordTable(hash, list).image();
  // learnt after the image: the rest of the seeds' words, and one word dropped from the table as wink drops one
  for (const s of spans.slice(half)) learn(s.text.slice(s.from, s.to));
  const dropped = list[list.length - 1];
  delete hash[dropped];
  const fresh = new WordTable(hash, list);
  // the table takes the bytes over: each test below is given its own copy
  const imaged = WordTable.fromImage(hash, list, image.slice());
  assert.ok(imaged);
  assert.deepEqual(imaged.image(), fresh.image());
  for (const s of spans) assert.equal(imaged.find(s.text, s.from, s.to), fresh.find(s.text, s.from, s.to));
  assert.equal(imaged.find(dropped, 0, dropped.length), -1);
  // the same bytes at an offset not a multiple of four (a view of a larger buffer) read the same
  const shifted = new Uint8Array(image.length + 1).subarray(1);
  shifted.set(image);
  assert.deepEqual(WordTable.fromImage(hash, list, shifted)?.image(), fresh.image());
  // another list (the same words, two swapped), a shorter list, damaged bytes: refused
  const swapped = [...list];
  [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
  const swappedHash: Record<string, number> = Object.create(null);
  swapped.forEach((w, i) => {
    swappedHash[w] = i;
  });
  assert.equal(WordTable.fromImage(swappedHash, swapped, image.slice()), null);
  assert.equal(WordTable.fromImage(hash, list.slice(0, 10), image.slice()), null);
  assert.equal(WordTable.fromImage(hash, list, image.subarray(0, image.length - 2)), null);
  assert.equal(WordTable.fromImage(hash, list, new Uint8Array(8)), null);
});
