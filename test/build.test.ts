// The compiled command (scripts/build.mjs, run by `npm install`) behaves as the TypeScript sources do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { MessageChannel, Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SEEDS } from './helpers.ts';
import { deserialize, serialize } from 'node:v8';
import { analyze, readDocuments } from '../src/pipeline.ts';
import { clusterStories } from '../src/cluster/index.ts';
import { enrichDocument } from '../src/enrich/index.ts';
import { storyAccount } from '../src/accounts/account.ts';
import { packStory, unpackAccount } from '../src/accounts/packing.ts';
import { renderReport } from '../src/report/index.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import { prepareDocument, revived } from '../src/prepare/index.ts';
import type { PreparedDocument, RawDocument } from '../src/model.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const OUT = join('.scratch', `dist-test-${process.pid}`);

test('the compiled dist/ writes the same report as the sources', async (t) => {
  t.after(() => rmSync(join(ROOT, OUT), { recursive: true, force: true }));
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), OUT], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const main = join(ROOT, OUT, 'cli', 'main.js');
  assert.ok(existsSync(main));

  const script = `const { run } = await import(${JSON.stringify(pathToFileURL(main).href)}); process.exitCode = await run(process.argv.slice(1));`;
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
    // the enrichment comes packed (forTrip)
    const unpacked = (a: unknown) => {
      const { packedEnrichment, ...rest } = revived(a as ReturnType<typeof prepareDocument>) as PreparedDocument;
      return packedEnrichment ? { ...rest, enrichment: deserialize(packedEnrichment) } : rest;
    };
    assert.deepEqual(answers.map(unpacked), raws.map(prepareDocument));
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
