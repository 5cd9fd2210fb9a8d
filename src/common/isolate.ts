// Keeping a failure to the input that caused it: a stage that throws is run again without the item
// that makes it throw, and that item alone becomes a problem. Used by the pipeline for every stage.

/** The first line of what was thrown: a reason a user can read, never a stack. */
export function failureReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] || (err instanceof Error ? err.name : 'unknown error')).slice(0, 300);
}

/** Run `work`; what it throws comes back as a one-line reason. */
export function attempt<T>(work: () => T): { value: T } | { reason: string } {
  try {
    return { value: work() };
  } catch (err) {
    return { reason: failureReason(err) };
  }
}

export interface IsolatedRun<I, T> {
  /** the stage's result over every item but the failed ones (null when the stage fails even with none) */
  value: T | null;
  /** the items left out, each with the reason the stage gave */
  failed: Array<{ item: I; reason: string }>;
  /** why the stage failed as a whole (it throws with no items, or on more items than are looked for) */
  wholeFailure: string | null;
}

/** Items found and left out before the stage is given up for the whole run (each costs log2(n) runs). */
const MAX_ISOLATED = 8;

/**
 * Run a stage over all items (a stage that compares items, such as provenance or clustering). When it
 * throws, find an item that makes it throw by binary search over prefixes (the shortest failing prefix
 * ends with it: the prefix one shorter ran), leave that item out, and run again. Each failure costs
 * about log2(n) runs of the stage, paid only when the stage fails.
 */
export function runIsolated<I, T>(items: I[], stage: (items: I[]) => T, maxIsolated = MAX_ISOLATED): IsolatedRun<I, T> {
  let rest = items;
  const failed: Array<{ item: I; reason: string }> = [];
  for (;;) {
    const whole = attempt(() => stage(rest));
    if ('value' in whole) return { value: whole.value, failed, wholeFailure: null };
    if (rest.length === 0 || failed.length >= maxIsolated || 'reason' in attempt(() => stage([]))) {
      return { value: null, failed, wholeFailure: whole.reason };
    }
    let ok = 0; // a prefix that runs
    let bad = rest.length; // a prefix that throws
    let reason = whole.reason;
    while (bad - ok > 1) {
      const mid = (ok + bad) >>> 1;
      const run = attempt(() => stage(rest.slice(0, mid)));
      if ('value' in run) ok = mid;
      else {
        bad = mid;
        reason = run.reason;
      }
    }
    failed.push({ item: rest[bad - 1], reason });
    rest = [...rest.slice(0, bad - 1), ...rest.slice(bad)];
  }
}
