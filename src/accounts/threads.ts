// The stories' accounts on worker threads: each story's account depends on that story alone, so stories go
// to the workers packed (packing.ts) and come back packed, kept in story order. This thread works out a
// story itself whenever every worker has its fill, and any story a worker could not (it crashed, or the
// story could not be sent): the accounts are those of one thread.
import { WorkerPool, workerModule } from '../common/worker-pool.ts';
import type { AccountOutcome } from './account.ts';
import { packAccount, type PackedStory } from './packing.ts';

/** Stories posted to one worker at most: enough that it never waits for the next, few enough to bound memory. */
const PER_WORKER = 4;

/** The worker module beside this one; `prelude` is code it runs first (tests make a worker crash with it). */
export function accountEntry(prelude = ''): URL {
  return workerModule(import.meta.url, 'account-worker', prelude);
}

/** The stories to account for, by position in the report. */
export interface StorySource {
  count: number;
  /** story i's input, packed for a worker */
  packed(i: number): PackedStory;
  /** story i's account, worked out on this thread */
  local(i: number): AccountOutcome;
  /** story i's account is known: its input may go */
  done(i: number): void;
}

export interface AccountThreadsOptions {
  /** threads, this one included (at least 2) */
  threads: number;
  /** the workers' module (accountEntry()) */
  entry?: URL;
  /** false: this thread works out no story a worker can take (each waits for room on one) */
  help?: boolean;
}

/** Every story's account, packed, in story order, and how many were worked out on worker threads. */
export async function accountsOnThreads(source: StorySource, options: AccountThreadsOptions): Promise<{ accounts: Uint8Array[]; inWorkers: number }> {
  const pool = new WorkerPool<Uint8Array>({ entry: options.entry ?? accountEntry(), size: Math.max(1, options.threads - 1), perWorker: PER_WORKER });
  const accounts: Uint8Array[] = new Array(source.count);
  const here = (i: number) => {
    accounts[i] = packAccount(source.local(i));
    source.done(i);
  };
  const sent: Promise<void>[] = [];
  try {
    for (let i = 0; i < source.count; i++) {
      if (options.help !== false && !pool.hasRoom) {
        here(i);
        // let the workers' answers in, so that they get more stories before this thread takes the next
        await new Promise(setImmediate);
        continue;
      }
      // copied, not moved: a story a crashed worker held is posted again to the next one (copying its bytes
      // costs little beside packing them)
      sent.push(
        pool.run(source.packed(i)).then((outcome) => {
          if ('value' in outcome) {
            accounts[i] = outcome.value;
            source.done(i);
          } else here(i);
        }),
      );
    }
    await Promise.all(sent);
    return { accounts, inWorkers: pool.done };
  } finally {
    await pool.close();
  }
}
