// The alignment of N near-copies of one wire text found by class of alike sentences (each class's candidates walked
// once, each of its sentences taking those of later articles) is the pair-by-pair one: the same links, in the same
// order (what the claims sum over), the same pairs scored and postings searched; the quotes' variants are their ids
// sorted as strings, each once. Text: BASIL's Pelosi article (AP), twenty copies beside the two other articles of
// its story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, readDocuments } from '../pipeline.ts';
import { alignedUnits } from '../../test/aligned-story.ts';
import { ALIKE_CLASSES } from './alike.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', 'basil-pelosi.jsonl');

interface Rec {
  id: string;
  title: string;
  text: string;
  outlet?: string;
}

/** Copy `i`: a line of its own, "said" made "says" in one paragraph, the last paragraph cut by every third, a remark
 * reworded by every fourth. */
function nearCopy(a: Rec, i: number): Rec {
  const paras = a.text.split(/\n\s*\n/).slice(0, i % 3 === 1 ? -1 : undefined);
  const at = 1 + (i % (paras.length - 1));
  paras[at] = paras[at].replace(/\bsaid\b/, 'says');
  const text = [`The Desk ${i} carries this report.`, ...paras].join('\n\n');
  return {
    ...a,
    id: `copy-${i}`,
    outlet: `Outlet ${i}`,
    text: i % 4 === 2 ? text.replace('We needed to get out the economic message', 'We had to carry the economic message') : text,
  };
}

/** A file of twenty copies beside the story's two other articles (in the middle: later articles are not all copies). */
function copiesFile(dir: string): string {
  const recs = readFileSync(FIXTURE, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Rec);
  const copies = Array.from({ length: 20 }, (_, i) => nearCopy(recs[0], i));
  const file = join(dir, 'copies.jsonl');
  writeFileSync(file, `${[...copies.slice(0, 10), ...recs.slice(1), ...copies.slice(10)].map((r) => JSON.stringify(r)).join('\n')}\n`);
  return file;
}

/** The alignment as lists, every Map in its order. */
const listed = (al: ReturnType<typeof alignedUnits>['al']) => ({
  neighbors: [...al.neighbors].map(([u, links]) => [u, [...links]]),
  pairsScored: al.pairsScored,
  keySearches: al.keySearches,
});

test('twenty near-copies of one article: the alignment by class of alike sentences is the pair-by-pair one, in order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-alike-align-'));
  try {
    const { documents } = await readDocuments([copiesFile(dir)], { threads: 1 });
    const classes = alignedUnits(documents);
    ALIKE_CLASSES.on = false;
    let pairs: ReturnType<typeof alignedUnits>;
    try {
      pairs = alignedUnits(documents);
    } finally {
      ALIKE_CLASSES.on = true;
    }
    // the copies' sentences align across them (a copy's sentence with its nineteen others, at least)
    assert.ok([...classes.al.neighbors.values()].filter((links) => links.size >= 19).length >= 20 * 10);
    assert.deepEqual(listed(classes.al), listed(pairs.al));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a quote's variants are the other quotes' ids sorted as strings, each once, and each variant names it back", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-alike-align-'));
  try {
    const result = await analyze([copiesFile(dir)]);
    const quotes = result.stories.flatMap((s) => s.quotes);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    const linked = quotes.filter((q) => q.variants?.length);
    assert.ok(linked.length >= 20 * 4);
    for (const q of linked) {
      assert.deepEqual(q.variants, [...new Set(q.variants)].sort(), q.id);
      for (const v of q.variants!) assert.ok(byId.get(v)?.variants?.includes(q.id), `${q.id} ${v}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
