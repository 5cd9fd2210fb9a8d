// The words of the shared memory an account worker raises (threads.ts reads them, account-worker.ts writes
// them): its own flags, and the counter of events every worker adds to, which the main thread sleeps on.
export const SIGNAL = { ready: 0, ended: 1 } as const;
