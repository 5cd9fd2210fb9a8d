// A lease kept while its holder works. A job (or a round's commit) is a worker's until its lease runs
// out; the worker renews it every third of its length, so a worker that is slow but alive keeps its
// work and only a dead or stalled one loses it. A renewal is one UPDATE naming the holder: when it finds
// nothing, the lease went to another worker and the holder drops its work at its next check. A renewal
// that fails (the base out of reach a moment) is tried again at the next beat: at worst the lease runs
// out, as it would without renewals.

export interface Lease {
  /** true once a renewal found the work taken by another worker */
  readonly lost: boolean;
  /** stop renewing; never waits for a renewal in flight (on the embedded backend, one connection, it may be
   * queued behind a transaction the holder is in) */
  stop(): void;
}

/** Share of the lease between two renewals: two beats may be missed before it runs out. */
const BEATS_PER_LEASE = 3;

/** Call `renew` (true while the work is still this worker's) every third of `leaseMs` until stopped. */
export function keepLease(renew: () => Promise<boolean>, leaseMs: number): Lease {
  let lost = false;
  let stopped = false;
  let inFlight = false;
  const beat = () => {
    // one renewal at a time: a slow base gets no pile of them
    if (inFlight || stopped) return;
    inFlight = true;
    renew()
      .then(
        (kept) => {
          if (kept || stopped) return;
          lost = true;
          stop();
        },
        () => {},
      )
      .finally(() => {
        inFlight = false;
      });
  };
  const timer = setInterval(beat, Math.max(1, Math.floor(leaseMs / BEATS_PER_LEASE)));
  // the heartbeat never keeps the process alive on its own
  timer.unref();
  function stop() {
    stopped = true;
    clearInterval(timer);
  }
  return {
    get lost() {
      return lost;
    },
    stop,
  };
}
