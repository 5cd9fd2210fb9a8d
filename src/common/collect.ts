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
