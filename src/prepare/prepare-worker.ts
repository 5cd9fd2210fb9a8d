// A worker thread of readDocuments' pool: prepares each RawDocument it is sent and answers with the
// result, in order, moving the fingerprint's buffers rather than copying them. Its clustering features go with
// it: the thread that takes it clusters alone, while this one would wait.
// Started with `enrichLater` (analyzeStream with worker threads), it keeps each document it prepares without
// enriching it, and enriches them all when asked after the reading (ENRICH_KEPT), while the other thread runs
// flags, provenance and clustering alone; it ends itself once it has answered.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { DocId, RawDocument, TextDocument } from '../model.ts';
import { enrichDocument, packEnrichment } from '../enrich/index.ts';
import { attempt } from '../common/isolate.ts';
import { type KeptEnrichments, type RawWithStored, forTrip, prepareDocument, transferList, withFeatures } from './index.ts';
import { loadLanguageModel } from '../common/language.ts';
import { StringIds } from './trip-strings.ts';
import { acc, add, dump, gcWatch, tcpu } from '../common/tcpu.ts';
import { getHeapSpaceStatistics } from 'node:v8';
const T0 = tcpu();
gcWatch('w');

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs as a worker thread only');
await loadLanguageModel();
add('w.load.cpu', tcpu() - T0);
// each distinct word and term crosses once (trip-strings.ts)
const ids = new StringIds(threadId);
const options = workerData as { enrichLater?: boolean; features?: boolean } | undefined;
const enrichLater = options?.enrichLater === true;
// the story base's ingest works out its own clustering features
const features = options?.features !== false;
const kept: Array<TextDocument | null> = [];

/** The kept documents' enrichments, packed; a document whose enrichment throws is left out (the other thread enriches it). */
function enrichKept(): void {
  const e0 = tcpu();
  add('w.beforeEnrich.cpu', e0 - T0);
  const done: DocId[] = [];
  const bytes: Uint8Array[] = [];
  for (let i = 0; i < kept.length; i++) {
    const doc = kept[i] as TextDocument;
    // each let go as it is done
    kept[i] = null;
    const enrichment = attempt(() => enrichDocument(doc));
    if (!('value' in enrichment)) continue;
    done.push(doc.id);
    bytes.push(new Uint8Array(packEnrichment(enrichment.value)));
  }
  kept.length = 0;
  add('w.enrichKept.cpu', tcpu() - e0);
  add('w.enrichKept.docs', done.length);
  for (const sp of getHeapSpaceStatistics()) acc[`w.space.${sp.space_name}.MB`] = sp.space_size / 1048576;
  dump('TC');
  const answer: KeptEnrichments = { ids: done, bytes };
  (port as NonNullable<typeof port>).postMessage(
    answer,
    bytes.map((b) => b.buffer as ArrayBuffer),
  );
  // its work is done: the thread ends now, its heap freed (the answer posted is still delivered)
  process.exit(0);
}

port.on('message', (message: RawDocument | RawWithStored | { enrichKept: true }) => {
  if ('enrichKept' in message) return enrichKept();
  const c0 = tcpu();
  const made = 'storedHash' in message ? prepareDocument(message.raw, !enrichLater, message.storedHash) : prepareDocument(message, !enrichLater);
  if (enrichLater && 'doc' in made) kept.push(made.doc);
  const c1 = tcpu();
  const wf = features ? withFeatures(made) : made;
  const c15 = tcpu();
  const prepared = forTrip(wf, ids);
  const c2 = tcpu();
  add('w.features.cpu', c15 - c1);
  if (enrichLater && 'doc' in prepared) prepared.enrichLater = true;
  port.postMessage(prepared, transferList(prepared));
  const c3 = tcpu();
  add('w.prepare.cpu', c1 - c0);
  add('w.trip.cpu', c2 - c15);
  add('w.post.cpu', c3 - c2);
  add('w.docs', 1);
  add('w.bytes', ('raw' in message ? message.raw : message).body.length);
});
port.postMessage({ ready: true });
