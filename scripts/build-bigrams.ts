// Builds the bigram table the spun-text detector uses (src/provenance/data/bigrams.bin + unigrams.json)
// from real news text: Reuters-21578 and ECB+ (../shared/data). Run: node --import tsx scripts/build-bigrams.ts
//   --out DIR       write somewhere else (default src/provenance/data)
//   --holdout       build from half the data only (Reuters docs with odd ids, ECB+ "train" split),
//                   so the false-positive rate can be measured on the other half (bench/spun-fp.ts)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { bloomPositions, pairTokens } from '../src/provenance/bigrams.ts';

const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : new URL('../src/provenance/data/', import.meta.url).pathname;
const holdout = args.includes('--holdout');
const DATA = new URL('../../shared/data/', import.meta.url).pathname;

/** Words seen fewer times than this are not kept (names, typos): the detector ignores pairs with them. */
const MIN_WORD_COUNT = 5;
/** Bits per stored bigram: about 1% false positives with 5 hashes. */
const BITS_PER_BIGRAM = 10;

export function* corpusTexts(part: 'train' | 'test' | 'all'): Generator<string> {
  const reuters = readFileSync(`${DATA}reuters21578/docs.jsonl`, 'utf8').split('\n');
  for (let i = 0; i < reuters.length; i++) {
    if (!reuters[i].trim()) continue;
    const r = JSON.parse(reuters[i]);
    if (part !== 'all' && (Number(r.id) % 2 === 1) !== (part === 'train')) continue;
    if (r.text) yield r.text;
  }
  for (const line of readFileSync(`${DATA}ecbplus-dev/docs.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (part !== 'all' && (r.split === 'train') !== (part === 'train')) continue;
    if (r.text) yield r.text;
  }
}

/** The table from one part of the data: counts of kept words and a Bloom filter of their pairs. */
export function buildTable(part: 'train' | 'test' | 'all'): { tokens: number; words: Record<string, number>; bloom: Uint8Array; bigrams: number } {
  const unigrams = new Map<string, number>();
  const bigrams = new Set<string>();
  let tokens = 0;
  for (const text of corpusTexts(part)) {
    const toks = pairTokens(text);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t === null) continue;
      tokens++;
      unigrams.set(t, (unigrams.get(t) ?? 0) + 1);
      const n = toks[i + 1];
      if (n) bigrams.add(`${t} ${n}`);
    }
  }
  const words: Record<string, number> = {};
  for (const [w, c] of [...unigrams].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) if (c >= MIN_WORD_COUNT) words[w] = c;
  // Only pairs of kept words can ever be asked about.
  const kept = [...bigrams].filter((k) => {
    const [a, b] = k.split(' ');
    return a in words && b in words;
  });
  const bytes = Math.ceil((kept.length * BITS_PER_BIGRAM) / 8);
  const bloom = new Uint8Array(bytes);
  for (const k of kept) {
    const [a, b] = k.split(' ');
    for (const p of bloomPositions(a, b, bytes * 8)) bloom[p >>> 3] |= 1 << (p & 7);
  }
  return { tokens, words, bloom, bigrams: kept.length };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { tokens, words, bloom, bigrams } = buildTable(holdout ? 'train' : 'all');
  const bytes = bloom.length;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}/bigrams.bin`, bloom);
  writeFileSync(`${outDir}/unigrams.json`, JSON.stringify({ source: holdout ? 'reuters21578 (odd ids) + ECB+ train' : 'reuters21578 + ECB+', tokens, words }));
  console.log(`${tokens} tokens, ${Object.keys(words).length} words kept, ${bigrams} bigrams in ${bytes} bytes -> ${outDir}`);
}
