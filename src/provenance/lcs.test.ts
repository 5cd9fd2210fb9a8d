import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a } from '../fingerprint/index.ts';
import { lcsLength, lcsMask } from './lcs.ts';

// Real sentences (seeds 000 and 002, the Reuters story and CBC's re-use of it), as word hashes.
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => fnv1a(w));
const sentences = [
  'His visit for talks with Belarusian leader Alexander Lukashenko will be his first to Minsk since 2019 - before the pandemic and a wave of Belarusian protests in 2020 that Lukashenko crushed with strong support from the Kremlin.',
  "Putin's trip was his first to Minsk since 2019 — before the COVID-19 pandemic and a wave of pro-democracy protests in 2020 that Lukashenko crushed with strong support from the Kremlin.",
  'No official cause of death was announced.',
  'Moscow and Minsk have set up a joint military unit in Belarus and held numerous exercises.',
  'Moscow and Minsk have since set up a joint regional unit of forces in Belarus and held numerous military exercises.',
].map(words);

test('lcsLength keeps its rows between calls: every pair, long and short in turns, as a fresh table counts it', () => {
  for (const a of sentences)
    for (const b of sentences) {
      const fresh = lcsMask([...a], [...b]).inA.filter(Boolean).length;
      assert.equal(lcsLength(a, b), fresh);
    }
  assert.equal(lcsLength(sentences[0], sentences[1]), 25);
  assert.equal(lcsLength(sentences[3], sentences[4]), 15);
});

test('lcsLength over many 32-word blocks (the carry between blocks) and an array reused with other words', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const dir = new URL('../../../shared/seeds/', import.meta.url);
  // whole paragraphs of the seeds as word sequences: up to a few hundred words, so several 32-bit blocks
  const paragraphs = readdirSync(dir)
    .sort()
    .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'))
    .map(words)
    .sort((x, y) => y.length - x.length)
    .slice(0, 30);
  assert.ok(paragraphs.some((p) => p.length > 96));
  for (const a of paragraphs) for (const b of paragraphs) assert.equal(lcsLength(a, b), lcsMask(a, b).inA.filter(Boolean).length);
  // one array, its words changed in place between calls, is counted anew
  const a = [...sentences[3]];
  assert.equal(lcsLength(a, sentences[4]), 15);
  a.reverse();
  assert.equal(lcsLength(a, sentences[4]), lcsMask(a, sentences[4]).inA.filter(Boolean).length);
});
