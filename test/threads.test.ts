// Preparing documents and working out the stories' accounts on worker threads changes nothing in the report: the same bytes as one thread,
// the same problem lines in the same order, and a worker's crash is one document's problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeStream, readDocuments, type AnalyzeOptions } from '../src/pipeline.ts';
import { renderReport, reportChunks } from '../src/report/index.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import { forTrip, type Prepared, prepareDocument, processRaw, revived } from '../src/prepare/index.ts';
import { enrichDocument, packEnrichment, unpackEnrichment } from '../src/enrich/index.ts';
import { type DocFeatures, documentFeatures } from '../src/cluster/features.ts';
import { collectGarbage } from '../src/common/collect.ts';
import { Preparer, workerEntry } from '../src/prepare/threads.ts';
import { problemRule } from '../src/common/problem-rules.ts';
import type { PreparedDocument, Problem, RawDocument } from '../src/model.ts';
import { ECB_DEV, ecbLines, ROOT, SEEDS } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { writeLongPage } from './fixtures/long-page.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const dir = scratchDir('cc-threads-');

/** Inputs that are no articles, each with its own problem line. */
function badInputs(): string[] {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 0, 0, 9]));
  writeFileSync(join(dir, 'chrome.html'), '<html><body><div>Share this</div><div>Subscribe</div><footer>© 2024</footer></body></html>');
  writeFileSync(join(dir, 'chrome.txt'), 'Share on Facebook\nShare on Twitter\nAdvertisement\n');
  writeFileSync(
    join(dir, 'records.jsonl'),
    [
      '{"id": "ok", "title": "Bridge shut", "text": "The Portmere bridge was shut on Tuesday after engineers found cracks in two of its piers, the council said."}',
      '{broken',
      '{"id": "no-text"}',
      '[1, 2]',
    ]
      .map((line) => `${line}\n`)
      .join(''),
  );
  return ['empty.txt', 'binary.txt', 'chrome.html', 'records.jsonl', 'chrome.txt'].map((name) => join(dir, name));
}

/** The JSON report, and what the progress callbacks were told, in order. */
async function run(paths: string[], options: AnalyzeOptions): Promise<{ json: string; said: string[] }> {
  const said: string[] = [];
  const report = await analyze(paths, {
    ...options,
    onProblem: (p) => said.push(`${p.source}: ${p.reason}`),
    onDocument: (n) => said.push(`#${n}`),
  });
  return { json: renderReport(report, 'json'), said };
}

test('seeds, hostile pages and bad inputs: the report with worker threads is byte-identical to one thread', async () => {
  const paths = [SEEDS, join(ROOT, 'test/fixtures/server/hostile.jsonl'), join(ROOT, 'test/fixtures/server/hostile-page.html'), ...badInputs()];
  const single = await run(paths, { threads: 1 });
  const problems = single.said.filter((s) => !s.startsWith('#'));
  // two of them found while preparing the document (on a worker when there are workers)
  assert.equal(problems.filter((s) => s.includes('no article text found')).length, 2);
  assert.ok(problems.length >= 7);
  // with 3 threads all the work is left to the two workers and counted (workersOnly, as the ECB+ test below; every
  // document clustered with the features its worker worked out): with
  // this thread helping, a loaded machine had it prepare every document before a worker was up, and the test passed
  // without a worker's work; with 2 this thread helps, as the command does (both with workersOnly: 3.5 times the CPU)
  for (const threads of [2, 3]) {
    const workersOnly = threads === 3 ? { prepared: 0, accounts: 0, features: 0 } : undefined;
    const pooled = await run(paths, { threads, poolAfter: 0, workersOnly });
    assert.equal(pooled.json, single.json, `${threads} threads`);
    assert.deepEqual(pooled.said, single.said, `${threads} threads: problem lines and progress`);
    if (workersOnly) assert.deepEqual(workersOnly, counts(single), 'documents prepared and accounts worked out on the workers');
  }
});

/** A quarter of ECB+ dev (every fourth record: every topic, 193 articles) in a file. */
function quarterFile(): string {
  const file = join(dir, 'ecb-quarter.jsonl');
  if (!existsSync(file)) writeFileSync(file, `${ecbLines(4).join('\n')}\n`);
  return file;
}

/** Documents a one-thread run prepared (one progress line each), the stories it reported, and the documents it clustered. */
function counts(single: { json: string; said: string[] }): { prepared: number; accounts: number; features: number } {
  const report = JSON.parse(single.json);
  return { prepared: single.said.filter((s) => s.startsWith('#')).length, accounts: report.stories.length, features: report.documents.length };
}

// All the work is left to the workers (workersOnly) and counted: with this thread helping, on a loaded machine it
// prepared every document and worked out every account before the workers were up, and the report was
// byte-identical whether or not a worker took part (suite48). One test since threads40: `analyze` is this
// stream collected, and each 2-thread analysis of the quarter costs some 5 s of CPU once the workers do the work.
test("ECB+ dev articles: byte-identical report with worker threads, the stories' accounts worked out as it is read", async () => {
  const file = quarterFile();
  const single = await run([file], { threads: 1 });
  assert.ok(counts(single).accounts > 10);
  const said: string[] = [];
  const timings: Record<string, number> = {};
  const workersOnly = { prepared: 0, accounts: 0, features: 0 };
  const stream = await analyzeStream([file], {
    threads: 2,
    poolAfter: 0,
    timings,
    workersOnly,
    onProblem: (p) => said.push(`${p.source}: ${p.reason}`),
    onDocument: (n) => said.push(`#${n}`),
  });
  // every document was prepared on a worker (src/prepare/threads.ts) and clustered with the features the worker
  // worked out; no story's account is worked out before the writer reads the stories
  assert.deepEqual(workersOnly, { ...counts(single), accounts: 0 });
  assert.ok(!('stories (2 threads)' in timings), 'accounts worked out before the report was read');
  // read as the command writes it: the stories as JSON list items, each written on the worker that worked it out
  // (the seeds test above reads them as objects, collected)
  assert.equal([...reportChunks(stream, 'json')].join(''), single.json);
  assert.deepEqual(said, single.said);
  // every story's account was worked out on a worker (src/accounts/threads.ts)
  assert.deepEqual(workersOnly, counts(single));
});

// The reading keeps both cores busy and this thread prepares about half the documents itself (whenever the worker
// has its fill): it works out their clustering features there too, so the cluster stage, on this thread alone, does not.
test('with worker threads, a document this thread prepares itself carries its clustering features from the reading', async () => {
  // the pool starts after more documents than the input holds: this thread prepares every one, as when the worker is full
  const read = await readDocuments([quarterFile()], { threads: 2, poolAfter: 10_000 });
  assert.equal(read.preparedInWorkers, 0);
  assert.equal(read.prepared.features?.size, read.documents.length);
  for (const doc of read.documents) {
    const features = read.prepared.features?.get(doc.id);
    sameFeatures(features, documentFeatures(doc), doc.source);
    assert.equal(features?.terms, doc.termCounts);
  }
});

test('--max-documents stops the reading at the same article with worker threads', async () => {
  const file = ECB_DEV;
  const single = await readDocuments([file], { threads: 1, maxDocuments: 40 });
  const pooled = await readDocuments([file], { threads: 2, poolAfter: 0, maxDocuments: 40 });
  assert.equal(pooled.documents.length, 40);
  assert.deepEqual(pooled.problems, single.problems);
  assert.deepEqual(
    pooled.documents.map((d) => d.id),
    single.documents.map((d) => d.id),
  );
});

/** A document prepared on a worker, its enrichment unpacked (it comes packed: forTrip) and its clustering features
 * left out, to compare with one prepared here. */
function unpacked(result: Prepared | Problem): PreparedDocument | Problem {
  if (!('doc' in result)) return result;
  const { packedEnrichment, features: _features, ...rest } = result;
  return packedEnrichment ? { ...rest, enrichment: unpackEnrichment(packedEnrichment) } : rest;
}

/** Two documents' clustering features are the same, their counts' keys in the same order (the order key ids are made in). */
function sameFeatures(there: DocFeatures | undefined, here: DocFeatures, source: string): void {
  assert.ok(there, `${source}: no features from the worker`);
  assert.deepEqual(there, here, source);
  for (const k of ['terms', 'title', 'names', 'numbers', 'dates'] as const) assert.deepEqual([...there[k].keys()], [...here[k].keys()], `${source}: ${k}`);
}

async function raws(file: string): Promise<RawDocument[]> {
  const out: RawDocument[] = [];
  for await (const item of ingestPaths([file])) if (!isProblem(item)) out.push(item);
  return out;
}

/** Prepare every document on worker threads only (this thread prepares none). */
async function onWorkers(docs: RawDocument[], entry?: URL): Promise<{ results: Array<Prepared | Problem>; inWorkers: number }> {
  const preparer = new Preparer({ threads: 2, poolAfter: 0, help: false, entry });
  try {
    const results = await Promise.all(docs.map((raw) => preparer.prepare(raw)));
    return { results, inWorkers: preparer.inWorkers };
  } finally {
    await preparer.close();
  }
}

test('a document prepared on a worker thread equals one prepared here: text, fingerprint, enrichment, clustering features', async () => {
  const docs = [
    ...(await raws(join(ROOT, 'test/fixtures/extract/ecbplus-sample.jsonl'))),
    ...(await raws(join(ROOT, 'test/fixtures/extract/reuters-sample.jsonl'))),
    // titles with a clock time, which clustering leaves out of a title's counts (one on arrival too: cluster53)
    ...(await raws(join(ROOT, 'test/fixtures/cluster/reuters-templates.jsonl'))),
  ];
  const { results, inWorkers } = await onWorkers(docs);
  assert.equal(inWorkers, docs.length);
  results.forEach((result, i) => {
    const here = prepareDocument(docs[i]);
    assert.deepEqual(unpacked(result), here, docs[i].source);
    // the worker works out its clustering features too: those the cluster stage works out here, the term counts the document's
    if (!('doc' in here) || !('doc' in result)) return;
    sameFeatures(result.features, documentFeatures(here.doc), docs[i].source);
    assert.equal(result.features?.terms, result.doc.termCounts);
  });
  // the fingerprint's packed lists work as before the trip
  const first = results.find((r): r is PreparedDocument => 'doc' in r);
  assert.ok(first?.fingerprint && first.fingerprint.sentenceWords.at(0).length > 0);
});

test('a page cut at the longest article: the same note and text when a worker thread prepares it', async () => {
  const page = join(dir, 'long-page.html');
  writeLongPage(page);
  const docs = await raws(page);
  const here = processRaw(docs[0]);
  const { results, inWorkers } = await onWorkers(docs);
  assert.equal(inWorkers, 1);
  const there = results[0];
  assert.ok('doc' in there && !('reason' in here), 'the article is kept');
  // the note the report and the store give as the page's problem (readDocuments, ingestPathsIntoBase)
  assert.equal(here.cut, 'text cut at 1,999,983 of 2,251,392 characters: no article is that long (the rest is left out; it would take gigabytes to analyse)');
  assert.equal(there.doc.cut, here.cut);
  assert.equal(there.doc.text, here.text);
});

test("a worker thread crashing on one document is that document's problem; the others are prepared", async () => {
  const docs = await raws(join(ROOT, 'test/fixtures/extract/reuters-sample.jsonl'));
  docs[3] = { ...docs[3], body: `${docs[3].body}\nCRASH-THIS-WORKER` };
  // the worker dies (process.exit in a worker ends its thread) before it prepares the marked document
  const crashing = workerEntry(
    `import { parentPort } from 'node:worker_threads'; parentPort.on('message', (raw) => { if (raw.body.includes('CRASH-THIS-WORKER')) process.exit(9); });`,
  );
  const { results } = await onWorkers(docs, crashing);
  assert.deepEqual(results[3], {
    source: docs[3].source,
    reason: 'could not be processed (the worker thread preparing it stopped: the worker thread exited with code 9)',
  });
  assert.equal(problemRule((results[3] as Problem).reason), 'stage-failure');
  results.forEach((result, i) => i !== 3 && assert.deepEqual(unpacked(result), prepareDocument(docs[i]), docs[i].source));
});

/**
 * Heap the values `make` returns take, after full collections (the values kept meanwhile): the least of `trials`
 * measures, as what else lands on the heap meanwhile (code compiled late on a loaded machine) only adds.
 */
async function heapOf<T>(make: () => Promise<T> | T, trials = 1): Promise<{ value: T; bytes: number }> {
  let least = Number.POSITIVE_INFINITY;
  let value: T | undefined;
  for (let trial = 0; trial < trials; trial++) {
    value = undefined;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    value = await make();
    collectGarbage();
    least = Math.min(least, process.memoryUsage().heapUsed - before);
  }
  return { value: value as T, bytes: least };
}

test('documents from worker threads hold one string per distinct word and term, and their enrichments packed', async () => {
  // a quarter of ECB+ dev: 0.66 of the copies' heap (0.58 with all 772 articles, 0.63 with half; suite48)
  const docs = await raws(quarterFile());
  const { value: results, bytes } = await heapOf(async () => (await onWorkers(docs)).results, 3);
  const prepared = results.filter((r): r is Prepared => 'doc' in r);
  assert.equal(prepared.length, docs.length);
  // the enrichment comes as bytes, kept so (PackedValues) until its story is worked out
  for (const r of prepared) assert.ok(r.packedEnrichment instanceof Uint8Array && !('enrichment' in r), r.doc.id);
  // the same documents as a structured clone gives them (every string copied apart; the term counts as forTrip
  // sends them, by term; its clustering features with it), text shared as before
  const { bytes: copied } = await heapOf(() => prepared.map((r) => revived(structuredClone(forTrip({ doc: r.doc, features: r.features })))));
  assert.ok(bytes < 0.8 * copied, `${(bytes / 2 ** 20).toFixed(1)} MB from the workers, ${(copied / 2 ** 20).toFixed(1)} MB as copies`);
});

/** Counts of a two-thread run that leaves every document to the worker, those enriched after the reading included. */
const laterCounts = () => ({ prepared: 0, accounts: 0, features: 0, enrichedLater: 0, enrichedAfterHere: 0 });

// The worker keeps each document it prepares without enriching it and enriches them all after the reading, while this
// thread runs flags, provenance and clustering alone; their enrichments come back once the stories are formed.
test('documents their worker enriches after the reading: counted, the report byte-identical to one thread', async () => {
  const single = await run([SEEDS], { threads: 1 });
  const workersOnly = laterCounts();
  const pooled = await run([SEEDS], { threads: 2, poolAfter: 0, workersOnly });
  assert.equal(pooled.json, single.json);
  assert.deepEqual(pooled.said, single.said);
  const { prepared } = counts(single);
  assert.deepEqual(
    { enrichedLater: workersOnly.enrichedLater, enrichedAfterHere: workersOnly.enrichedAfterHere },
    { enrichedLater: prepared, enrichedAfterHere: 0 },
  );
});

// The worker's enrich throws on the first document it enriches after the reading (a RegExp's exec made to throw once):
// this thread enriches that one itself after clustering, as one thread does.
test("a worker's enrich throwing on a document after the reading: it is enriched here, the report byte-identical", async () => {
  const single = await run([SEEDS], { threads: 1 });
  const throwing = workerEntry(
    `import { parentPort } from 'node:worker_threads'; let armed = false; const exec = RegExp.prototype.exec;
     RegExp.prototype.exec = function (s) { if (armed) { armed = false; throw new Error('enrich failed on the worker'); } return exec.call(this, s); };
     parentPort.on('message', (m) => { if (m.enrichKept) armed = true; });`,
  );
  const workersOnly = laterCounts();
  const pooled = await run([SEEDS], { threads: 2, poolAfter: 0, workersOnly, prepareEntry: throwing });
  assert.equal(pooled.json, single.json);
  assert.deepEqual(pooled.said, single.said);
  assert.deepEqual([workersOnly.enrichedLater, workersOnly.enrichedAfterHere], [counts(single).prepared - 1, 1]);
});

test('a worker crashing after the reading, before it answers: its documents are enriched here, the report byte-identical', async () => {
  const single = await run([SEEDS], { threads: 1 });
  // the worker ends as it is asked for its documents' enrichments
  const crashing = workerEntry(`import { parentPort } from 'node:worker_threads'; parentPort.on('message', (m) => { if (m.enrichKept) process.exit(9); });`);
  const workersOnly = laterCounts();
  const pooled = await run([SEEDS], { threads: 2, poolAfter: 0, workersOnly, prepareEntry: crashing });
  assert.equal(pooled.json, single.json);
  assert.deepEqual(pooled.said, single.said);
  assert.deepEqual([workersOnly.enrichedLater, workersOnly.enrichedAfterHere], [0, counts(single).prepared]);
});

/** Code that makes enrich throw on the one seeds article it reads the word "proves" of, wherever it runs (a RegExp's exec under enrichDocument). */
const ENRICH_TRAP = `{ const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (s) {
    if (s === 'proves') {
      const limit = Error.stackTraceLimit; Error.stackTraceLimit = Infinity; const stack = new Error().stack; Error.stackTraceLimit = limit;
      if (stack.includes('at enrichDocument ')) throw new Error('enrich cannot read this article');
    }
    return exec.call(this, s);
  }; }`;

// An article enrich throws on wherever it runs: one thread leaves it out at the enrich stage (a problem line in canonical
// order, the stories clustered without it). Found only once the worker's answer lacks it, after clustering: the stories
// are clustered again without it, and its problem line goes where one thread's is.
test('an article whose enrichment throws on the worker and here too: left out as one thread leaves it out', async () => {
  const exec = RegExp.prototype.exec;
  try {
    new Function(ENRICH_TRAP)();
    const single = await run([SEEDS], { threads: 1 });
    assert.equal(JSON.parse(single.json).problems.filter((p: { reason: string }) => p.reason.startsWith('enrich stage failed')).length, 1);
    const workersOnly = laterCounts();
    const pooled = await run([SEEDS], { threads: 2, poolAfter: 0, workersOnly, prepareEntry: workerEntry(ENRICH_TRAP) });
    assert.equal(pooled.json, single.json);
    assert.deepEqual(pooled.said, single.said);
    assert.deepEqual([workersOnly.enrichedLater, workersOnly.enrichedAfterHere], [counts(single).prepared - 1, 1]);
  } finally {
    RegExp.prototype.exec = exec;
  }
});

// The documents this thread prepares while the worker is full go to the worker unenriched and are enriched there after
// the reading (with its own), as compact as the worker's come here (prepare/enrich-trip.ts): the same bytes as here.
test('documents this thread prepares while the worker is full are enriched on the worker after the reading, as here', async () => {
  const docs = await raws(quarterFile());
  const preparer = new Preparer({ threads: 2, poolAfter: 0, enrichLater: true, perWorker: 1 });
  let answer: Map<string, Uint8Array>;
  let results: Array<Prepared | Problem>;
  let inWorkers = 0;
  try {
    results = [];
    // in turn, as the reading does: this thread prepares a document whenever the worker holds one; the documents
    // again under other ids while the worker, still starting, has taken none (a loaded machine)
    const waiting: Array<Prepared | Problem | Promise<Prepared | Problem>> = [];
    let toWorker = 0;
    for (let k = 0; k < docs.length || toWorker === 0; k++) {
      const raw = docs[k % docs.length];
      const made = preparer.prepare(k < docs.length ? raw : { ...raw, id: `${raw.id}~${k}` });
      if (made instanceof Promise) toWorker++;
      waiting.push(made);
      await new Promise((resolve) => (toWorker === 0 ? setTimeout(resolve, 5) : setImmediate(resolve)));
    }
    results = await Promise.all(waiting);
    inWorkers = preparer.inWorkers;
    answer = await preparer.enrichKept();
  } finally {
    await preparer.close();
  }
  const prepared = results.filter((r): r is Prepared => 'doc' in r);
  assert.ok(inWorkers > 0 && inWorkers < prepared.length, `${inWorkers} of ${prepared.length} prepared on the worker`);
  for (const r of prepared) {
    assert.equal(r.enrichLater, true, r.doc.source);
    assert.equal(r.enrichment, undefined, r.doc.source);
    const bytes = answer.get(r.doc.id);
    assert.ok(bytes, `${r.doc.source}: not enriched on the worker`);
    assert.deepEqual(Buffer.from(bytes), Buffer.from(packEnrichment(enrichDocument(r.doc))), r.doc.source);
  }
});
