// A worker thread of readDocuments' pool: prepares each RawDocument it is sent and answers with the
// result, in order, moving the fingerprint's buffers rather than copying them. Its clustering features go with
// it: the thread that takes it clusters alone, while this one would wait.
// Started with `enrichLater` (analyzeStream with worker threads), it keeps each document it prepares without
// enriching it, and enriches them all when asked after the reading (ENRICH_KEPT), while the other thread runs
// flags, provenance and clustering alone, then the documents the other thread prepared meanwhile and sent with the
// ask; it ends itself once it has answered.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { DocId, RawDocument, TextDocument } from '../model.ts';
import { enrichDocument, packEnrichment } from '../enrich/index.ts';
import { attempt } from '../common/isolate.ts';
import { type KeptEnrichments, type RawWithStored, forTrip, prepareDocument, transferList, withFeatures } from './index.ts';
import { loadLanguageModel } from '../common/language.ts';
import { StringIds, StringTables, type TripStrings } from './trip-strings.ts';
import { type EnrichTrip, enrichInput, enrichTrip } from './enrich-trip.ts';

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs as a worker thread only');
await loadLanguageModel();
// each distinct word and term crosses once (trip-strings.ts)
const ids = new StringIds(threadId);
const options = workerData as { enrichLater?: boolean; features?: boolean } | undefined;
const enrichLater = options?.enrichLater === true;
// the story base's ingest works out its own clustering features
const features = options?.features !== false;
/**
 * The documents kept to be enriched after the reading, as the other thread sends its own (enrich-trip.ts): what enrich
 * reads only, the words as ids into `keptIds`, until then: the whole documents held more through clustering, where
 * the run peaks (bench/HISTORY.md threads139).
 */
const kept: Array<EnrichTrip | null> = [];
const keptIds = new StringIds(threadId);

/** What the other thread sends with the last ask: the documents it prepared and left to this one (enrich-trip.ts). */
interface Here {
  trips: Array<EnrichTrip | null>;
  strings: TripStrings;
}

/**
 * The kept documents' enrichments, packed, then those of the documents the other thread prepared and sent; a document
 * whose enrichment throws is left out (the other thread enriches it).
 */
function enrichKept(here: Here | undefined): void {
  const done: DocId[] = [];
  const bytes: Uint8Array[] = [];
  const enrich = (doc: TextDocument) => {
    const enrichment = attempt(() => enrichDocument(doc));
    if (!('value' in enrichment)) return;
    done.push(doc.id);
    bytes.push(new Uint8Array(packEnrichment(enrichment.value)));
  };
  const enrichAll = (trips: Array<EnrichTrip | null>, strings: TripStrings) => {
    const lists = new StringTables().open(strings);
    for (let i = 0; i < trips.length; i++) {
      const doc = enrichInput(trips[i] as EnrichTrip, lists);
      // each let go as it is done
      trips[i] = null;
      enrich(doc);
    }
  };
  enrichAll(kept, keptIds.finish());
  if (here) enrichAll(here.trips, here.strings);
  const answer: KeptEnrichments = { ids: done, bytes };
  (port as NonNullable<typeof port>).postMessage(
    answer,
    bytes.map((b) => b.buffer as ArrayBuffer),
  );
  // its work is done: the thread ends now, its heap freed (the answer posted is still delivered)
  process.exit(0);
}

port.on('message', (message: RawDocument | RawWithStored | { enrichKept: true; here?: Here }) => {
  if ('enrichKept' in message) return enrichKept(message.here);
  const made = 'storedHash' in message ? prepareDocument(message.raw, !enrichLater, message.storedHash) : prepareDocument(message, !enrichLater);
  if (enrichLater && 'doc' in made) kept.push(enrichTrip(made.doc, keptIds));
  const prepared = forTrip(features ? withFeatures(made) : made, ids);
  if (enrichLater && 'doc' in prepared) prepared.enrichLater = true;
  port.postMessage(prepared, transferList(prepared));
});
port.postMessage({ ready: true });
