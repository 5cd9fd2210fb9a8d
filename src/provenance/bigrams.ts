// The table of word pairs seen in real news (built by scripts/build-bigrams.ts from Reuters-21578 and
// ECB+): a Bloom filter of bigrams and the counts of common words, shipped in src/provenance/data/.
import { readFileSync } from 'node:fs';
import { packagePath } from '../common/package-root.ts';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../fingerprint/hash.ts';

/** Lower-case word tokens of a text; anything that is not a word (number, punctuation run) is null and breaks pairs. */
// made once: compiled, a `\p{…}` literal inside a function is built at every call (common/letters.ts)
const LETTER_FIRST = /^\p{L}/u;

export function pairTokens(text: string): Array<string | null> {
  const out: Array<string | null> = [];
  const re = /[\p{L}]+(?:['’][\p{L}]+)*|[^\s\p{L}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0];
    if (LETTER_FIRST.test(t)) out.push(t.toLowerCase().replace(/’/g, "'"));
    else if (/[.,;:!?()"“”\d]/.test(t) || out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** word -> count: a Map, or the shipped table's parsed object (loadBigramTable) */
export interface WordCounts {
  get(word: string): number | undefined;
}

export interface BigramTable {
  /** corpus size in tokens */
  tokens: number;
  /** counts of the words seen at least `minCount` times */
  unigrams: WordCounts;
  has(a: string, b: string): boolean;
}

export const BLOOM_HASHES = 5;

export function bloomPositions(a: string, b: string, bits: number): number[] {
  const key = `${a} ${b}`;
  const h1 = fnv1a(key);
  const h2 = fnv1a(key, 0x5bd1e995) | 1;
  const out: number[] = [];
  for (let i = 0; i < BLOOM_HASHES; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % bits);
  return out;
}

export function makeTable(tokens: number, unigrams: WordCounts, bloom: Uint8Array): BigramTable {
  const bits = bloom.length * 8;
  return {
    tokens,
    unigrams,
    has(a, b) {
      for (const p of bloomPositions(a, b, bits)) if (!(bloom[p >>> 3] & (1 << (p & 7)))) return false;
      return true;
    },
  };
}

const DATA = packagePath('src', 'provenance', 'data');
let cached: BigramTable | null | undefined;

/** The shipped table, or null when its files are missing (the bigram signal is then left out). */
export function loadBigramTable(dir: URL | string = DATA): BigramTable | null {
  if (dir === DATA && cached !== undefined) return cached;
  let table: BigramTable | null = null;
  try {
    const base = typeof dir === 'string' ? dir : fileURLToPath(dir);
    const meta = JSON.parse(readFileSync(`${base}/unigrams.json`, 'utf8')) as { tokens: number; words: Record<string, number> };
    const bloom = new Uint8Array(readFileSync(`${base}/bigrams.bin`));
    // the parsed object read as it is, without a prototype (a word such as "constructor" is no inherited property):
    // a Map of its 17,133 words was ~15 ms of every run's start
    const words: Record<string, number> = Object.setPrototypeOf(meta.words, null);
    table = makeTable(meta.tokens, { get: (word) => words[word] }, bloom);
  } catch {
    table = null;
  }
  if (dir === DATA) cached = table;
  return table;
}
