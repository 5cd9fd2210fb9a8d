// What a run lets go once its stories are formed (src/pipeline.ts: storyDocument): the stories' accounts hold
// each document without its paragraphs, term counts, title terms and the title's term ids, which only the stages
// before them read, so those leave memory before the accounts start (all of Reuters: 54 MB of the 383 MB live then).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterDocument, readDocuments, storyDocument, streamDocuments } from '../src/pipeline.ts';
import { collectGarbage } from '../src/common/collect.ts';
import { reportChunks } from '../src/report/index.ts';
import { SEEDS } from './helpers.ts';

test("a story's document keeps every field an account reads, and not the earlier stages' own", async () => {
  const { documents } = await readDocuments([SEEDS]);
  assert.ok(documents.length >= 4);
  for (const doc of documents) {
    const kept = storyDocument(doc);
    const dropped = ['paragraphs', 'termCounts', 'titleTerms', 'titleTermIds'];
    for (const gone of dropped) assert.ok(!(gone in kept), `${doc.id}: ${gone} kept`);
    for (const [key, value] of Object.entries(kept)) assert.equal(value, doc[key as keyof typeof doc], `${doc.id}: ${key}`);
    assert.equal(Object.keys(kept).length, Object.keys(doc).length - dropped.length);
  }
});

/** A report stream of the seeds, and weak references to its documents' term counts and paragraphs (the run's
 * documents are the stream's alone, as in `analyze`). */
async function streamOfSeeds() {
  const { documents, problems } = await readDocuments([SEEDS]);
  const dropped = documents.flatMap((d) => [new WeakRef(d.termCounts), new WeakRef(d.titleTerms), new WeakRef(d.paragraphs)]);
  return { stream: streamDocuments(documents, problems), dropped };
}

test('once the stories are formed, the documents’ term counts, title terms and paragraphs are garbage', async () => {
  const { stream, dropped } = await streamOfSeeds();
  // a weak reference holds its target until the job that made it ends; in a process shared with other test files
  // (scripts/group-3.mjs) an earlier file's last jobs can still be settling, so up to three turns are given
  let alive = dropped.length;
  for (let turn = 0; turn < 3 && alive > 0; turn++) {
    await new Promise(setImmediate);
    collectGarbage();
    alive = dropped.filter((r) => r.deref() !== undefined).length;
  }
  assert.equal(alive, 0, `${alive} of ${dropped.length} still held before the accounts`);
  // and the report is still written in full
  const json = [...reportChunks(stream, 'json')].join('');
  const report = JSON.parse(json);
  assert.ok(report.stories.length >= 1 && report.documents.length >= 4, `${report.stories.length} stories, ${report.documents.length} documents`);
});

test('a document as clustering holds it keeps every field but its paragraphs', async () => {
  const { documents } = await readDocuments([SEEDS]);
  for (const doc of documents) {
    const kept = clusterDocument(doc);
    assert.ok(!('paragraphs' in kept), `${doc.id}: paragraphs kept`);
    for (const [key, value] of Object.entries(kept)) assert.equal(value, doc[key as keyof typeof doc], `${doc.id}: ${key}`);
    assert.equal(Object.keys(kept).length, Object.keys(doc).length - 1);
  }
});

test('once clustering starts, the paragraphs of documents the run alone holds are garbage', async () => {
  // in a process shared with other test files (scripts/group-3.mjs) an earlier file's last jobs can still be settling
  // and hold what this run let go: the run is made again, up to three times, after a turn and a full collection
  let alive = -1;
  let total = 0;
  let documentsStreamed = 0;
  for (let attempt = 0; attempt < 3 && alive !== 0; attempt++) {
    if (attempt) {
      await new Promise(setImmediate);
      collectGarbage();
    }
    const { documents, problems } = await readDocuments([SEEDS]);
    const paragraphs = documents.map((d) => new WeakRef(d.paragraphs));
    total = paragraphs.length;
    // a weak reference holds its target until the job that made it ends
    await new Promise(setImmediate);
    alive = -1;
    const stream = streamDocuments(documents, problems, {
      beforeStage: (stage) => {
        if (stage !== 'cluster' || alive >= 0) return;
        // the caller lets its documents go (analyzeStream does): only what the run holds is left
        documents.length = 0;
        collectGarbage();
        alive = paragraphs.filter((r) => r.deref() !== undefined).length;
      },
    });
    documentsStreamed = stream.documents.length;
  }
  assert.equal(alive, 0, `${alive} of ${total} documents' paragraphs held as clustering starts`);
  assert.ok(documentsStreamed >= 4);
});
