// A worker thread of the story accounts' pool (threads.ts): works out the account of each story it is sent
// and answers with it packed, in order, moving the bytes rather than copying them.
import { parentPort } from 'node:worker_threads';
import { storyAccount } from './account.ts';
import { packAccount, unpackStory, type PackedStory } from './packing.ts';

const port = parentPort;
if (!port) throw new Error('account-worker.ts runs as a worker thread only');
port.on('message', (packed: PackedStory) => {
  const account = packAccount(storyAccount(unpackStory(packed)));
  port.postMessage(account, [account.buffer as ArrayBuffer]);
});
port.postMessage({ ready: true });
