// SCRATCH: thread CPU (ns on CPU, /proc/thread-self/schedstat) for speed137's measurement
import { readFileSync, writeSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
export function tcpu(): number {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
}
export const acc: Record<string, number> = {};
export function add(key: string, v: number): void {
  acc[key] = (acc[key] ?? 0) + v;
}
export function gcWatch(prefix: string): void {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      const k = kind === 1 ? 'minor' : kind === 2 ? 'major' : kind === 4 ? 'incr' : `k${kind}`;
      add(`${prefix}.gc.${k}.n`, 1);
      add(`${prefix}.gc.${k}.ms`, e.duration);
    }
  }).observe({ entryTypes: ['gc'] });
}
export function dump(label: string): void {
  const lines = Object.entries(acc).map(([k, v]) => `${label} ${k} ${Number.isInteger(v) ? v : v.toFixed(3)}`);
  writeSync(2, `${lines.join('\n')}\n`);
}

if (isMainThread) process.on('exit', () => dump('TC'));
