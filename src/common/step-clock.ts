// Wall and CPU time per named step, added into the records a benchmark hands in (analyze's stages, the
// story base's ingest steps). Nothing is measured when neither record is asked for.

export interface StepClock {
  /** wall milliseconds per step */
  timings?: Record<string, number>;
  /** CPU milliseconds (user + system, this process) per step */
  cpuTimings?: Record<string, number>;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function start(clock: StepClock, step: string): () => void {
  const wall = performance.now();
  const cpu = clock.cpuTimings ? cpuMs() : 0;
  return () => {
    if (clock.timings) clock.timings[step] = (clock.timings[step] ?? 0) + performance.now() - wall;
    if (clock.cpuTimings) clock.cpuTimings[step] = (clock.cpuTimings[step] ?? 0) + cpuMs() - cpu;
  };
}

/** Run one step, adding its time to the clock. */
export function timeStep<T>(clock: StepClock | undefined, step: string, run: () => T): T {
  if (!clock?.timings && !clock?.cpuTimings) return run();
  const stop = start(clock, step);
  try {
    return run();
  } finally {
    stop();
  }
}

/** timeStep, for work that ends when its promise settles. */
export async function timeStepAsync<T>(clock: StepClock | undefined, step: string, run: () => Promise<T> | T): Promise<T> {
  if (!clock?.timings && !clock?.cpuTimings) return run();
  const stop = start(clock, step);
  try {
    return await run();
  } finally {
    stop();
  }
}
