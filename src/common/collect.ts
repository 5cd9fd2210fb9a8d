// A full garbage collection on demand. A long ingest makes far more garbage than it keeps: left to itself
// V8 lets the heap grow to several times the live data before collecting, so the ingest collects between
// batches to keep its peak memory near what it really holds (a few per cent of its time).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    // the flag exposes `gc` to contexts made after it is set
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** How far past what the last full collection found alive the heap may grow before the next one. V8 picks
 * 1.1-4x by itself, and a long run's heap sits mostly empty at the top of that range. Measured at 40%:
 * the first 5,000 Reuters articles into an embedded base, peak RSS 802 -> 718 MB, CPU +2%; analyze on all
 * of Reuters (same run, side by side), peak 1,787 -> 1,283 MB, CPU +8%. */
const HEAP_GROWING_PERCENT = 40;

/** The growth in force, once keepHeapNearLive set it. */
let growing: number | undefined;

/** Keep the heap near its live size (`percent` past it at most) for the rest of the process (analyze and the story
 * base's ingest call it). */
export function keepHeapNearLive(percent = HEAP_GROWING_PERCENT): void {
  growing = percent;
  setFlagsFromString(`--heap-growing-percent=${growing}`);
}

/**
 * Run `work` with the heap kept closer still to its live size (`percent` past it at most), when
 * keepHeapNearLive is in force: for the step whose live data is the run's largest, where the heap's
 * headroom sets the peak memory. V8 reads the setting at each full collection.
 */
export function withHeapNearerLive<T>(percent: number, work: () => T): T {
  const before = growing;
  if (before === undefined || percent >= before) return work();
  setFlagsFromString(`--heap-growing-percent=${(growing = percent)}`);
  try {
    return work();
  } finally {
    setFlagsFromString(`--heap-growing-percent=${(growing = before)}`);
  }
}

/**
 * A full collection where a run's live data has just shrunk (analyze, as the stories' accounts start: the
 * clusterer's state and what only the earlier stages read are garbage), when keepHeapNearLive is in force.
 * Left to itself V8 collects only once the heap reaches the limit set during clustering, and the accounts'
 * allocations first grow the heap past what clustering held (all of Reuters: peak RSS 1,001-1,010 MB in
 * the accounts against 970 MB at clustering's end).
 */
export function collectAfterShrinking(): void {
  if (growing !== undefined) collectGarbage();
}
