// Provenance across stages, on real text: the seeds, a sample of Reuters-21578 exact duplicates, and
// copies derived from real Reuters articles (truncated, wrapped in page chrome, edited, spliced).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readDocuments, analyzeDocuments } from '../src/pipeline.ts';
import { analyzeText } from '../src/text/index.ts';
import { findRelations, documentFlags, sourceFamilies, countIndependent, exactGroups, findCandidates } from '../src/provenance/index.ts';
import type { Article, Relation, TextDocument } from '../src/model.ts';
import { termClasses } from '../src/provenance/relations.ts';
import { fingerprint, fnv1a } from '../src/fingerprint/index.ts';
import { CANDIDATES } from '../src/provenance/data/thresholds.ts';
import { validateReport } from './contract.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const FIX = new URL('./fixtures/', import.meta.url).pathname;
const seedsP = readDocuments([new URL('../examples/seeds/', import.meta.url).pathname]);
const byPrefix = (docs: TextDocument[], p: string) => docs.find((d) => d.id.startsWith(p))!.id;
const between = (rels: Relation[], a: string, b: string) => rels.filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));

test('seeds: 001 and 002 re-use the Reuters story 000, with passages and direction', async () => {
  const { documents } = await seedsP;
  const rels = findRelations(documents);
  const [d0, d1, d2, d4] = ['000', '001', '002', '004'].map((p) => byPrefix(documents, p));
  for (const copy of [d1, d2]) {
    const r = between(rels, copy, d0);
    assert.equal(r.length, 1, `one relation ${copy} - ${d0}`);
    assert.equal(r[0].from, copy);
    assert.equal(r[0].to, d0);
    assert.equal(r[0].directed, true);
    assert.equal(r[0].kind, 'reuse');
    assert.ok(
      r[0].why!.some((w) => w.includes('Reuters')),
      r[0].why!.join('; '),
    );
    assert.ok(r[0].passages.length >= 2);
    // the reason counts what the relation holds, in words ("2 shared passages", never "passage(s)")
    assert.match(r[0].why![0], new RegExp(`^${r[0].passages.length} shared passages, \\d+ words in common \\(\\d+% of the shorter text\\)$`));
  }
  // The lightly edited Reuters sentence, on both sides.
  const p1 = between(rels, d1, d0)[0].passages.find((p) => p.from.includes('Moscow and Minsk have also set up'));
  assert.ok(p1?.to.includes('Moscow and Minsk have since set up'));
  const p2 = between(rels, d2, d0)[0].passages.find((p) => p.from.includes('COVID-19 pandemic'));
  assert.ok(p2);
  assert.ok(p2.to.includes('before the pandemic'));
  assert.ok(p2.score! > 0.5 && p2.score! < 1);
  // Two copies of one source: undirected, and the three are one family.
  for (const r of between(rels, d1, d2)) assert.equal(r.directed, false);
  assert.equal(rels.filter((r) => r.from === d4 || r.to === d4).length, 0, 'nothing involves 004');
  const fam = sourceFamilies(
    rels,
    documents.map((d) => d.id),
  );
  assert.equal(fam.get(d1), fam.get(d0));
  assert.equal(fam.get(d2), fam.get(d0));
  assert.notEqual(fam.get(d4), fam.get(d0));
  assert.equal(countIndependent([d0, d1, d2, d4], fam), 2);
});

test('seeds: 004 flagged spun and 003 translated, with evidence; nothing else flagged', async () => {
  const { documents } = await seedsP;
  const flags = documentFlags(documents);
  for (const d of documents) {
    const f = flags.get(d.id)!;
    assert.equal(f.spun.detected, d.id.startsWith('004'), `spun ${d.id} ${f.spun.score}`);
    assert.equal(f.translated.detected, d.id.startsWith('003'), `translated ${d.id} ${f.translated.score}`);
  }
  const spun = flags.get(byPrefix(documents, '004'))!.spun.evidence.join('\n');
  assert.match(spun, /Protection Minister/);
  assert.match(spun, /mentioned/);
  assert.match(spun, /fifteen,000/);
  const tr = flags.get(byPrefix(documents, '003'))!.translated.evidence.join('\n');
  assert.match(tr, /InoSMI/);
  assert.match(tr, /"Kiev" where \d other article\(s\) write "Kyiv"/);
});

test('seeds: relations and flags reach all three report formats', async () => {
  const { documents, problems } = await seedsP;
  const report = analyzeDocuments(documents, problems);
  assert.ok(report.relations.length >= 2);
  const { renderReport } = await import('../src/report/index.ts');
  const md = renderReport(report, 'md');
  const html = renderReport(report, 'html');
  const json = JSON.parse(renderReport(report, 'json'));
  assert.equal(json.relations.length, report.relations.length);
  assert.deepEqual(validateReport(json), []);
  assert.match(md, /Who copied whom/);
  assert.match(md, /re-uses passages of/);
  assert.match(md, /Protection Minister/);
  assert.match(html, /<mark>since<\/mark>/);
  assert.match(html, /InoSMI/);
});

test('Reuters-21578 sample: every exact-duplicate group is linked, the other articles are not', async () => {
  const { documents } = await readDocuments([`${FIX}provenance/reuters-sample.jsonl`]);
  const records = readFileSync(`${FIX}provenance/reuters-sample.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const groups = new Map<string, string[]>();
  for (const r of records) {
    const key = r.text.split(/\s+/).join(' ');
    groups.set(key, [...(groups.get(key) ?? []), r.id]);
  }
  const rels = findRelations(documents);
  const fam = sourceFamilies(
    rels,
    documents.map((d) => d.id),
  );
  const dupGroups = [...groups.values()].filter((g) => g.length > 1);
  assert.ok(dupGroups.length >= 4);
  for (const g of dupGroups) {
    assert.equal(new Set(g.map((id) => fam.get(id))).size, 1, `group ${g.join(',')}`);
    for (const id of g.slice(1)) assert.ok(rels.some((r) => (r.from === id || r.to === id) && (r.kind === 'duplicate' || r.kind === 'near-duplicate')));
  }
  const singles = [...groups.values()].filter((g) => g.length === 1).map((g) => g[0]);
  for (const id of singles) assert.equal(fam.get(id), id, `${id} is its own source`);
  assert.equal(
    countIndependent(
      documents.map((d) => d.id),
      fam,
    ),
    groups.size,
  );
});

// ---------------------------------------------------------------- copies derived from real articles

const sources = readFileSync(`${FIX}provenance/reuters-sources.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p: string) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

function doc(id: string, paragraphs: string[], extra: Partial<Article> = {}): TextDocument {
  return analyzeText({ id, source: id, url: null, title: '', outlet: null, byline: [], published: null, paragraphs, removed: [], order: 0, ...extra });
}

const [S, T, U] = sources;
const sp = paragraphsOf(S.text);
const tp = paragraphsOf(T.text);
const up = paragraphsOf(U.text);
const source = doc('source', sp, { published: '1987-03-01T10:00:00Z', byline: ['Reuters'] });
const other = doc('other', tp, { published: '1987-03-01T09:00:00Z' });
const third = doc('third', up, { published: '1987-03-01T08:00:00Z' });
const truncated = doc('truncated', sp.slice(0, Math.ceil(sp.length * 0.6)), { published: '1987-03-02T10:00:00Z' });
const chrome = doc('chrome', [
  'Home | World | Business | Markets',
  'Share this article',
  ...sp,
  'Most Read',
  'Sign up for our newsletter',
  '© 1987 Example Daily. All rights reserved.',
]);
// Clauses dropped after the last comma of every long sentence: the copy is an edited subset.
const edited = doc(
  'edited',
  sp.map((p) => p.replace(/([^.]{40,}),[^,.]{12,}\./g, '$1.').replace(/\bsaid\b/g, 'stated')),
);
const spliced = doc('spliced', [...tp.slice(0, 3), ...sp.slice(2, 5), ...tp.slice(3)], { published: '1987-03-03T10:00:00Z' });
const derived = [source, other, third, truncated, chrome, edited, spliced];
const rels = findRelations(derived);
const one = (a: string, b: string) => {
  const r = between(rels, a, b);
  assert.equal(r.length, 1, `${a} - ${b}: ${JSON.stringify(rels.map((x) => [x.from, x.to, x.kind]))}`);
  return r[0];
};

test('Reuters-21578 sample: the same relations whether term counts are by stem id (read) or a Map (as a store once read them back)', async () => {
  const { documents } = await readDocuments([`${FIX}provenance/reuters-sample.jsonl`]);
  const asMaps = documents.map((d) => ({ ...d, termCounts: new Map(d.termCounts) }));
  // each document's terms as classes of their hashes in its counts' order, a stem's class kept by id when the counts are by id
  const fromIds = termClasses(documents);
  const fromMaps = termClasses(asMaps);
  documents.forEach((d, i) => {
    const expected = [...d.termCounts.keys()].map((t) => fnv1a(t));
    assert.ok(expected.length > 0);
    assert.deepEqual(
      Array.from(fromIds.of(i), (c) => fromIds.hashes[c]),
      expected,
      d.id,
    );
    assert.deepEqual(
      Array.from(fromMaps.of(i), (c) => fromMaps.hashes[c]),
      expected,
      d.id,
    );
  });
  // one class a hash: as many classes as distinct hashes
  assert.equal(new Set(fromIds.hashes).size, fromIds.hashes.length);
  const relations = findRelations(documents);
  assert.ok(relations.length >= 5);
  assert.deepEqual(findRelations(asMaps), relations);
});

test('Reuters-21578 sample: term document frequencies and candidate pairs grouped by term class, as sorted postings had them', async () => {
  const { documents } = await readDocuments([`${FIX}provenance/reuters-sample.jsonl`]);
  const fps = documents.map(fingerprint);
  const skip = new Set(exactGroups(fps).flatMap((g) => g.slice(1)));
  // a hash's documents, each once, for the documents that enter the indexes
  const docsOf = new Map<number, Set<number>>();
  documents.forEach((d, i) => {
    if (skip.has(i)) return;
    for (const t of d.termCounts.keys()) {
      const h = fnv1a(t);
      if (!docsOf.has(h)) docsOf.set(h, new Set());
      docsOf.get(h)!.add(i);
    }
  });
  const expected = [...docsOf].filter(([, ds]) => ds.size > 1).map(([h, ds]) => [h, ds.size]);
  const { termDf, pairs } = findCandidates(fps, termClasses(documents));
  assert.ok(expected.length > 100);
  assert.deepEqual(
    [...termDf].sort((a, b) => a[0] - b[0]),
    expected.sort((a, b) => a[0] - b[0]),
  );
  assert.ok(pairs.length > 0);
  assert.deepEqual(
    pairs,
    [...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1]),
  );
  assert.ok(pairs.every(([i, j]) => i < j));
});

test('term classes: a document holding one class twice counts once; four rare classes shared by two documents pair them', async () => {
  const { documents } = await readDocuments([`${FIX}provenance/reuters-sample.jsonl`]);
  // documents sharing nothing but the classes given here: the first of each exact group, short of copies of one another
  const fps = documents.map(fingerprint);
  const none = findCandidates(fps).pairs;
  const pick = [...documents.keys()].filter((i) => !none.some(([a, b]) => a === i || b === i)).slice(0, 3);
  assert.equal(pick.length, 3);
  const [x, y, z] = pick;
  // x and z share classes 0-3 (rare: 2 documents each) with x listing class 0 twice; y holds class 4 twice, alone
  const classes = new Map<number, number[]>([
    [x, [0, 0, 1, 2, 3]],
    [y, [4, 4]],
    [z, [3, 2, 1, 0]],
  ]);
  const hashes = [11, 22, 33, 44, 55];
  const { termDf, pairs } = findCandidates(fps, { of: (i) => classes.get(i) ?? [], hashes });
  assert.deepEqual(
    [...termDf].sort((a, b) => a[0] - b[0]),
    [
      [11, 2],
      [22, 2],
      [33, 2],
      [44, 2],
    ],
  );
  assert.deepEqual(pairs, [[Math.min(x, z), Math.max(x, z), 3]]);
});

test('sampled shingles: hashes 0 modulo the sample pair documents, whatever their size; others do not', async () => {
  const { documents } = await readDocuments([`${FIX}provenance/reuters-sample.jsonl`]);
  // real articles no index pairs, given shingles of their own: x and y share three sampled hashes (two of them
  // 2^31 or more), y and z three unsampled ones
  const fps = documents.map(fingerprint);
  const none = findCandidates(fps).pairs;
  const copies = new Set(exactGroups(fps).flatMap((g) => g.slice(1)));
  const pick = [...documents.keys()].filter((i) => !copies.has(i) && !none.some(([a, b]) => a === i || b === i)).slice(0, 3);
  assert.equal(pick.length, 3);
  const [x, y, z] = pick;
  const mod = CANDIDATES.sampleModulo;
  const sampled = [mod * 1000, 2 ** 31, 2 ** 32 - mod];
  const unsampled = [mod * 1000 + 1, 2 ** 31 + 1, 2 ** 32 - 1];
  for (const h of sampled) assert.equal(h % mod, 0);
  for (const h of unsampled) assert.notEqual(h % mod, 0);
  const extra = new Map([
    [x, sampled],
    [y, [...sampled, ...unsampled]],
    [z, unsampled],
  ]);
  const edited = fps.map((fp, i) => {
    const more = extra.get(i);
    return more ? { ...fp, shingles: Uint32Array.from([...fp.shingles, ...more].sort((a, b) => a - b)) } : fp;
  });
  const pairs = findCandidates(edited).pairs.filter(([i, j]) => pick.includes(i) && pick.includes(j));
  assert.deepEqual(pairs, [[Math.min(x, y), Math.max(x, y), 3]]);
});

test('derived: a truncated copy is a near-duplicate of its source, dated later', () => {
  const r = one('truncated', 'source');
  assert.equal(r.kind, 'near-duplicate');
  assert.deepEqual([r.from, r.to, r.directed], ['truncated', 'source', true]);
  assert.ok(r.why!.some((w) => w.includes('published earlier')));
});

test('derived: a copy wrapped in page chrome is a near-duplicate; the agency credit gives the direction', () => {
  const r = one('chrome', 'source');
  assert.equal(r.kind, 'near-duplicate');
  assert.deepEqual([r.from, r.to, r.directed], ['chrome', 'source', true]);
  assert.ok(r.why!.some((w) => w.includes('agency credit "Reuters"')));
});

test('derived: an edited copy (clauses dropped, verbs swapped) points to the fuller text', () => {
  const source2 = doc('source2', sp); // no date, no credit: only the edits can tell
  const rs = findRelations([source2, edited]);
  assert.equal(rs.length, 1);
  assert.deepEqual([rs[0].from, rs[0].to, rs[0].directed], ['edited', 'source2', true]);
  assert.ok(rs[0].why!.some((w) => w.includes('fuller text')));
  assert.ok(rs[0].passages.every((p) => (p.score ?? 0) > 0.5));
});

test('derived: passages spliced into another article are a re-use of their source', () => {
  const r = one('spliced', 'source');
  assert.equal(r.kind, 'reuse');
  assert.deepEqual([r.from, r.to, r.directed], ['spliced', 'source', true]);
  const shared = r.passages.flatMap((p) => p.toSentences ?? []);
  const expected = source.sentences.filter((s) => s.paragraph >= 2 && s.paragraph < 5).map((s) => s.index);
  assert.ok(
    expected.every((i) => shared.includes(i)),
    `${shared} covers ${expected}`,
  );
  // The article it was spliced into is whole inside it.
  assert.equal(one('spliced', 'other').kind, 'near-duplicate');
});

test('derived: unrelated articles stay unrelated', () => {
  assert.equal(between(rels, 'third', 'source').length, 0);
  assert.equal(between(rels, 'third', 'other').length, 0);
  const fam = sourceFamilies(
    rels,
    derived.map((d) => d.id),
  );
  assert.equal(
    countIndependent(
      derived.map((d) => d.id),
      fam,
    ),
    2,
  ); // {source, copies, other} and {third}
});
