// A progress line on stderr, only when stderr is a terminal and the run has many inputs.
import type { OutStream } from './common.ts';
export interface Progress {
  tick(count: number): void;
  /** print a line above the bar (problems) */
  say(line: string): void;
  done(): void;
}

const MIN_INPUTS_FOR_BAR = 20;
const REDRAW_MS = 100;

export function createProgress(opts: { quiet: boolean; total?: number; stream?: OutStream }): Progress {
  const stream = opts.stream ?? process.stderr;
  const say = (line: string) => stream.write(`${line}\n`);
  const enabled = !opts.quiet && stream.isTTY === true && (opts.total === undefined || opts.total >= MIN_INPUTS_FOR_BAR);
  if (!enabled) return { tick() {}, say, done() {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  let count = 0;
  const draw = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(count / secs) : 0;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    let bar = '';
    if (opts.total) {
      const filled = Math.round((Math.min(count, opts.total) / opts.total) * width);
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${opts.total}`;
    } else bar = `${count} documents`;
    stream.write(`\r\x1b[2K${bar} ${rate}/s`);
    shown = true;
  };
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
  };
  return {
    tick(n) {
      count = n;
      const now = Date.now();
      if (now - last >= REDRAW_MS) {
        last = now;
        draw();
      }
    },
    say(line) {
      clear();
      say(line);
      if (shown) draw();
    },
    done() {
      clear();
    },
  };
}
