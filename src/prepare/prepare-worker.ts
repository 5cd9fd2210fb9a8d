// A worker thread of readDocuments' pool: prepares each RawDocument it is sent and answers with the
// result, in order, moving the fingerprint's buffers rather than copying them. Its clustering features go with
// it: the thread that takes it clusters alone, while this one would wait.
import { parentPort, threadId } from 'node:worker_threads';
import type { RawDocument } from '../model.ts';
import { forTrip, prepareDocument, transferList, withFeatures } from './index.ts';
import { loadLanguageModel } from '../common/language.ts';
import { StringIds } from './trip-strings.ts';

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs as a worker thread only');
await loadLanguageModel();
// each distinct word and term crosses once (trip-strings.ts)
const ids = new StringIds(threadId);
port.on('message', (raw: RawDocument) => {
  const prepared = forTrip(withFeatures(prepareDocument(raw)), ids);
  port.postMessage(prepared, transferList(prepared));
});
port.postMessage({ ready: true });
