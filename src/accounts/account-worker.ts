// A worker thread of the story accounts (threads.ts): works out the account of each story it is sent on its
// port and answers with it packed, in order, moving the bytes rather than copying them, or, when the JSON report
// reads the stories, with its list item written here (one string to copy, nothing to unpack); after each answer it
// raises the shared counter the main thread sleeps on (it reads the answers synchronously, as it writes them).
import { type MessagePort, workerData } from 'node:worker_threads';
import { storyAccount, storyItem } from './account.ts';
import { packAccount, unpackStory, type PackedStory } from './packing.ts';
import { StringTables } from '../prepare/trip-strings.ts';
import { SIGNAL } from './signal.ts';

const { port, signal, events } = (workerData ?? {}) as { port?: MessagePort; signal: Int32Array; events: Int32Array };
if (!port) throw new Error('account-worker.ts runs as a worker thread of AccountStream only');
const raise = (flag?: number) => {
  if (flag !== undefined) Atomics.store(signal, flag, 1);
  Atomics.add(events, 0, 1);
  Atomics.notify(events, 0);
};
// however the thread ends (a crash included), the main thread learns it at once and works out what it held
process.on('exit', () => raise(SIGNAL.ended));
// the strings of the stories sent before (each sent once, then as ids: packing.ts)
const tables = new StringTables();
port.on('message', (packed: PackedStory) => {
  const outcome = storyAccount(unpackStory(packed, tables));
  if (packed.item) port.postMessage(storyItem(outcome, packed.item === 'first'));
  else {
    const account = packAccount(outcome);
    port.postMessage(account, [account.buffer as ArrayBuffer]);
  }
  raise();
});
raise(SIGNAL.ready);
