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
