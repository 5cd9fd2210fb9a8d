// Blow-up guards without a clock bound: how much more CPU time an input four times larger costs.
// Linear work gives about 4; quadratic work gives 16. Best of a few runs, since noise on a shared
// machine only ever adds time.

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

/** CPU time at size 4n divided by CPU time at size n (each the best of `runs`). */
export function growth(run: (n: number) => void, n: number, runs = 5): number {
  run(n); // warm up: compiled code and loaded tables, not the first call's setup, are what grows
  const best = (size: number) => Math.min(...Array.from({ length: runs }, () => cpuMs(() => run(size))));
  return best(4 * n) / Math.max(best(n), 0.5);
}

/**
 * Four times the input may cost at most this many times the CPU time (linear is 4, quadratic 16). Garbage
 * collection grows a little faster than the work on small inputs: 6 failed on linear code at 6.3-6.4 on a
 * clean CI run, so the guard sits halfway between linear and quadratic.
 */
export const MAX_GROWTH = 8;
