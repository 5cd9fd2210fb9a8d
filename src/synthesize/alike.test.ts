// N near-copies of one wire text (an outlet's line on top, a word changed, the end cut by some; a few rewording a
// remark): the story's account with alike sentences and quotes worked out once per class (ALIKE_CLASSES) is the
// account the pair-by-pair path gives. Text: BASIL's Pelosi article (AP), thirty copies beside the two other
// articles of its story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../pipeline.ts';
import { renderReport } from '../report/index.ts';
import { ALIKE_CLASSES } from './alike.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', 'basil-pelosi.jsonl');

interface Rec {
  id: string;
  title: string;
  text: string;
  outlet?: string;
  published?: string;
}

const SWAPS: Array<[RegExp, string]> = [
  [/\bsaid\b/, 'says'],
  [/\bthe\b/, 'this'],
  [/\bwould\b/, 'could'],
];

/** Copy `i` of the article: a line of its own, a word swapped in one paragraph, the last paragraph cut by every
 * third, a remark reworded by every fifth. */
function nearCopy(a: Rec, i: number): Rec {
  const paras = a.text.split(/\n\s*\n/).slice(0, i % 3 === 1 ? -1 : undefined);
  const at = 1 + (i % (paras.length - 1));
  const [re, to] = SWAPS[i % SWAPS.length];
  paras[at] = paras[at].replace(re, to);
  const text = [`The Desk ${i} carries this report.`, ...paras].join('\n\n');
  return {
    ...a,
    id: `copy-${i}`,
    outlet: `Outlet ${i}`,
    text: i % 5 === 0 ? text.replace('We needed to get out the economic message', 'We had to carry the economic message') : text,
  };
}

/** The run of `file` with alike classes on, and the all-pairs run (classes off) it must equal. */
async function byClassesAndPairs(file: string) {
  const classes = await analyze([file]);
  ALIKE_CLASSES.on = false;
  try {
    return { classes, pairs: await analyze([file]) };
  } finally {
    ALIKE_CLASSES.on = true;
  }
}

test('thirty near-copies of one article: the account with alike sentences and quotes as classes is the pair-by-pair one', async () => {
  const recs = readFileSync(FIXTURE, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Rec);
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-alike-'));
  try {
    const file = join(dir, 'copies.jsonl');
    const copies = Array.from({ length: 30 }, (_, i) => nearCopy(recs[0], i));
    writeFileSync(file, `${[...copies, ...recs.slice(1)].map((r) => JSON.stringify(r)).join('\n')}\n`);
    const { classes, pairs } = await byClassesAndPairs(file);
    // the copies are one story, whose remarks link across the copies (the reworded remark's five copies among
    // themselves: its words, in thirty quotes, are no rare words of the story's quotes)
    const story = classes.stories.find((s) => s.documents.includes('copy-0'))!;
    assert.ok(copies.every((c) => story.documents.includes(c.id)));
    assert.ok(story.quotes.filter((q) => (q.variants?.length ?? 0) >= 25).length >= 5);
    assert.equal(story.quotes.filter((q) => q.text.includes('We had to carry the economic message') && q.variants?.length === 5).length, 6);
    assert.ok(story.claims.some((c) => c.support.length >= 30));
    assert.equal(renderReport(classes, 'json'), renderReport(pairs, 'json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("twenty-four copies of a Treasury balances item, some with a near or another figure or a day later: the amounts' account by class is the pair-by-pair one", async () => {
  const file0 = join(dirname(FIXTURE), 'reuters-amounts.jsonl');
  const item = readFileSync(file0, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Rec & { id: number })
    .find((r) => String(r.id) === '62')!;
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-alike-'));
  try {
    const file = join(dir, 'copies.jsonl');
    const copies = Array.from({ length: 24 }, (_, i) => {
      // ("yesterday": the figures' time is the article's day before)
      let text = `The Desk ${i} carries this report.\n\n${item.text.replace('rose on Feb 25', 'rose yesterday')}`;
      // a near figure beside a shared one (amountDiscrepancies: nearBeside), another day's balances (agreeingAlignment:
      // amounts apart), a day later (the figures' times are read against the article's day)
      if (i % 4 === 3) text = text.replace('4.151 billion', '4.171 billion');
      if (i % 5 === 2) text = text.replace('25.137 billion dlrs from 25.780', '21.334 billion dlrs from 25.164');
      return { id: `copy-${i}`, title: item.title, outlet: `Outlet ${i}`, published: i % 6 === 1 ? '1987-02-27' : '1987-02-26', text };
    });
    writeFileSync(file, `${copies.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const { classes, pairs } = await byClassesAndPairs(file);
    const story = classes.stories.find((s) => s.documents.includes('copy-0'))!;
    assert.ok(copies.every((c) => story.documents.includes(c.id)));
    // the near figure disputed; the other day's balances not one claim with the first's
    assert.ok(story.discrepancies.some((d) => d.kind === 'number' && d.detail.includes('4.171 billion')));
    const claimOf = (doc: string, start: string) => story.claims.find((c) => c.support.some((r) => r.document === doc && c.text.startsWith(start)))?.id;
    assert.notEqual(claimOf('copy-2', 'Balances in tax'), claimOf('copy-0', 'Balances in tax'));
    assert.equal(renderReport(classes, 'json'), renderReport(pairs, 'json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
