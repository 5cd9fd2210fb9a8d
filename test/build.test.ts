// The compiled command (scripts/build.mjs, run by `npm install`) behaves as the TypeScript sources do.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SEEDS } from './helpers.ts';
import { serialize } from 'node:v8';
import { analyze, readDocuments } from '../src/pipeline.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { enrichDocument, unpackEnrichment } from '../src/enrich/index.ts';
import { storyAccount } from '../src/accounts/account.ts';
import { packStory, unpackAccount } from '../src/accounts/packing.ts';
import { renderReport } from '../src/report/index.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import { prepareDocument, revived, withFeatures } from '../src/prepare/index.ts';
import { StringTables } from '../src/prepare/trip-strings.ts';
import type { PreparedDocument, RawDocument } from '../src/model.ts';
import { loadLanguageModel, NEWS_LANGUAGES } from '../src/common/language.ts';
import { newsTable } from '../src/common/eld-source.ts';
import { wordTableImage } from '../src/common/wink-model.ts';
import { eld } from 'eld/small';
import { CACHE, CACHES } from '../bin/code-cache.js';

await loadLanguageModel();

const OUT = join('.scratch', `dist-test-${process.pid}`);
after(() => rmSync(join(ROOT, OUT), { recursive: true, force: true }));
const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), OUT], { cwd: ROOT, encoding: 'utf8' });
const main = join(ROOT, OUT, 'cli', 'main.js');
const script = `const { run } = await import(${JSON.stringify(pathToFileURL(main).href)}); process.exitCode = await run(process.argv.slice(1));`;

test('the compiled dist/ writes the same report as the sources', async () => {
  assert.equal(built.status, 0, built.stderr);
  assert.ok(existsSync(main));

  const args = ['--input-type=module', '-e', script, 'analyze', SEEDS, '--format', 'json', '--quiet'];
  const compiled = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(compiled.status, 0, compiled.stderr);
  const fromSources = renderReport(await analyze([SEEDS]), 'json');
  assert.equal(compiled.stdout, fromSources);

  // the worker threads' modules are built beside the chunk that starts them (src/prepare/threads.ts,
  // src/accounts/threads.ts: workerModule names them)
  const chunks = join(ROOT, OUT, 'chunks');
  const starter = readdirSync(chunks).filter((f) => /workerModule\(import\.meta\.url, "prepare-worker"/.test(readFileSync(join(chunks, f), 'utf8')));
  assert.equal(starter.length, 1);
  assert.match(readFileSync(join(chunks, starter[0]), 'utf8'), /workerModule\(import\.meta\.url, "account-worker"/);
  const worker = new Worker(join(chunks, 'prepare-worker.js'));
  try {
    const answers: unknown[] = [];
    const raws: RawDocument[] = [];
    for await (const item of ingestPaths([SEEDS])) if (!isProblem(item)) raws.push(item);
    await new Promise<void>((done, fail) => {
      worker.on('error', fail);
      worker.on('message', (m) => {
        if ((m as { ready?: boolean }).ready) for (const raw of raws) worker.postMessage(raw);
        else if (answers.push(m) === raws.length) done();
      });
    });
    // the enrichment comes packed (forTrip), the clustering features with it (worked out on the worker: withFeatures),
    // the words and terms as ids into the worker's table of strings (taken in the order sent)
    const tables = new StringTables();
    const unpacked = (a: unknown) => {
      const { packedEnrichment, ...rest } = revived(a as ReturnType<typeof prepareDocument>, tables) as PreparedDocument;
      return packedEnrichment ? { ...rest, enrichment: unpackEnrichment(packedEnrichment) } : rest;
    };
    assert.deepEqual(
      answers.map(unpacked),
      raws.map((raw) => withFeatures(prepareDocument(raw))),
    );
  } finally {
    await worker.terminate();
  }

  // the compiled story worker answers a story with the account worked out here
  const docs = (await readDocuments([SEEDS], { threads: 1 })).documents;
  const [group] = clusterStories(docs);
  const input = { group, documents: docs, relations: [], enrichments: docs.map(enrichDocument), flags: new Map() };
  // it is sent stories on a port of its own (src/accounts/threads.ts) and raises a shared counter as it goes
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(2 * 4));
  const events = new Int32Array(new SharedArrayBuffer(4));
  const storyWorker = new Worker(join(chunks, 'account-worker.js'), { workerData: { port: port2, signal, events }, transferList: [port2] });
  try {
    const answer = await new Promise<Uint8Array>((done, fail) => {
      storyWorker.on('error', fail);
      port1.on('message', (m) => done(m as Uint8Array));
      port1.postMessage(
        packStory(
          input,
          input.enrichments.map((e) => serialize(e)),
        ),
      );
    });
    port1.close();
    // the worker raises the counter just after posting: its answer may arrive first (a give-up of 10 s, not a timing)
    if (Atomics.load(events, 0) < 2) Atomics.wait(events, 0, Atomics.load(events, 0), 10_000);
    assert.ok(Atomics.load(events, 0) >= 2, 'ready and one answer raised');
    assert.deepEqual(unpackAccount(answer), storyAccount(input));
  } finally {
    await storyWorker.terminate();
  }
});

// analyze runs dist/chunks/analyze.cjs with the code cache the build wrote (bin/code-cache.js)
test('the compiled analyze script writes the same report, and V8 takes the code cache the build wrote for it', async () => {
  assert.equal(built.status, 0, built.stderr);
  assert.doesNotMatch(built.stderr, /no code cache/);
  const dist = join(ROOT, OUT);
  assert.ok(existsSync(join(dist, CACHE)));
  // as bin/crosscheck.js starts it: the command's flags set, then the script loaded
  const load = `const { applyV8Flags } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin', 'v8-flags.js')).href)});
const { loadAnalyzeScript } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin', 'code-cache.js')).href)});
applyV8Flags(process.argv.slice(1));
const loaded = loadAnalyzeScript(${JSON.stringify(dist)});
process.exitCode = await loaded.exports.run(process.argv.slice(1));
process.stderr.write(\`cache taken: \${loaded.cacheTaken}\\n\`);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', load, 'analyze', SEEDS, '--format', 'json', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /cache taken: true/);
  assert.equal(r.stdout, renderReport(await analyze([SEEDS]), 'json'));
});

// ingest runs the same script with a cache of its own, written after an ingest of the seeds (scripts/code-cache.mjs)
test('the compiled ingest script writes the same base as the chunks, and V8 takes the ingest cache the build wrote', async () => {
  assert.equal(built.status, 0, built.stderr);
  const dist = join(ROOT, OUT);
  assert.ok(existsSync(join(dist, CACHES.ingest)));
  const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-build-ingest-'));
  try {
    const load = `const { applyV8Flags } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin', 'v8-flags.js')).href)});
const { loadAnalyzeScript } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin', 'code-cache.js')).href)});
applyV8Flags(process.argv.slice(1));
const loaded = loadAnalyzeScript(${JSON.stringify(dist)}, 'ingest');
process.exitCode = await loaded.exports.run(process.argv.slice(1));
process.stderr.write(\`cache taken: \${loaded.cacheTaken}\\n\`);`;
    const scripted = spawnSync(process.execPath, ['--input-type=module', '-e', load, 'ingest', SEEDS, '--db', join(scratch, 'a'), '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(scripted.status, 0, scripted.stderr);
    assert.match(scripted.stderr, /cache taken: true/);
    const chunks = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'ingest', SEEDS, '--db', join(scratch, 'b'), '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(chunks.status, 0, chunks.stderr);
    const exported = (db: string) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'export', '--db', join(scratch, db)], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    const a = exported('a');
    assert.match(a, /"stories"/);
    assert.equal(a, exported('b'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

// wink's word table over its model's words is written beside the chunks (scripts/build.mjs) and read once by a run that reads text
test("the compiled command starts wink's word table from the build's image of the model's words", () => {
  assert.equal(built.status, 0, built.stderr);
  const file = join(ROOT, OUT, 'chunks', 'wink-words.bin');
  assert.deepEqual(new Uint8Array(readFileSync(file)), wordTableImage());
  const watch = `data:text/javascript,${encodeURIComponent(`import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const read = fs.readFileSync;
fs.readFileSync = (path, ...rest) => {
  if (String(path).endsWith('wink-words.bin')) process.stderr.write('IMAGE READ\\n');
  return read(path, ...rest);
};
syncBuiltinESMExports();`)}`;
  const seeds = spawnSync(process.execPath, ['--import', watch, '--input-type=module', '-e', script, 'analyze', SEEDS, '--format', 'json', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.equal(seeds.status, 0, seeds.stderr);
  assert.equal((seeds.stderr.match(/IMAGE READ/g) ?? []).length, 1);
});

// eld's table is compiled into JSON beside the chunks (scripts/build.mjs) and read on the first detection only
test("the compiled language detector is eld's, its table read from JSON when a text first needs it", async () => {
  assert.equal(built.status, 0, built.stderr);
  const chunks = join(ROOT, OUT, 'chunks');
  assert.ok(existsSync(join(chunks, 'eld-small.json')));
  const files = readdirSync(chunks).filter((f) => f.endsWith('.js'));
  assert.ok(!files.some((f) => /from "eld\/small"|import\("eld\/small"\)/.test(readFileSync(join(chunks, f), 'utf8'))), 'no chunk imports eld/small');
  const [detectorChunk] = files.filter((f) => readFileSync(join(chunks, f), 'utf8').includes('eld-small.json'));
  const compiled = (await import(pathToFileURL(join(chunks, detectorChunk)).href)).eld as typeof eld;
  const texts: string[] = [...JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'language-samples.json'), 'utf8')), 'x'];
  // the table holds the news languages' scores only (newsTable): the product's subset on both, as language.ts sets it
  for (const detector of [compiled, eld]) detector.setLanguageSubset(NEWS_LANGUAGES);
  const table = JSON.parse(readFileSync(join(chunks, 'eld-small.json'), 'utf8'));
  const { ngramsData } = await import(new URL('../ngrams/small.js', import.meta.resolve('eld/small')).href);
  assert.equal(JSON.stringify(table), JSON.stringify(newsTable(ngramsData)));
  for (const text of texts) {
    const [a, b] = [compiled.detect(text), eld.detect(text)];
    assert.equal(a.language, b.language, text);
    assert.deepEqual(a.getScores(), b.getScores(), text);
  }

  // a preloaded module reports every read of the table
  const watch = `data:text/javascript,${encodeURIComponent(`import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const read = fs.readFileSync;
fs.readFileSync = (path, ...rest) => {
  if (String(path).endsWith('eld-small.json')) process.stderr.write('TABLE READ\\n');
  return read(path, ...rest);
};
syncBuiltinESMExports();`)}`;
  const runCompiled = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', watch, '--input-type=module', '-e', script, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  // the seeds' languages are settled by their function words: the table is never read
  const seeds = runCompiled('analyze', SEEDS, '--format', 'json');
  assert.equal(seeds.status, 0, seeds.stderr);
  assert.doesNotMatch(seeds.stderr, /TABLE READ/);
  // a Greek article has none of those words: eld tells its language, reading the table once
  const dir = mkdtempSync(join(tmpdir(), 'cc-eld-'));
  try {
    writeFileSync(join(dir, 'greek.txt'), `${texts[3]} ${texts[3]}\n\nΗ κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία της χώρας.\n`);
    const greek = runCompiled('extract', dir, '--format', 'jsonl');
    assert.equal(greek.status, 0, greek.stderr);
    assert.equal((greek.stderr.match(/TABLE READ/g) ?? []).length, 1);
    assert.equal(JSON.parse(greek.stdout).language, 'el');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
