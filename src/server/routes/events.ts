// /api/events: server-sent events of stories opened or grown, for the stories page while an ingest or a
// watch runs. One poller per app asks the base for changes (only while someone listens) and fans them out;
// a write through this app nudges it at once. Each stream gets a heartbeat comment so proxies and dead
// clients are noticed; the number of open streams is bounded (a 503 sends clients back to polling).
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { BadRequest } from '../query.ts';
import type { StoryBase, StorySummary } from '../types.ts';

export interface EventOptions {
  /** how often the base is asked for changes while streams are open, ms */
  pollMs: number;
  /** comment line sent on an idle stream, ms */
  heartbeatMs: number;
  /** open streams at most */
  maxClients: number;
}

export const DEFAULT_EVENTS: EventOptions = { pollMs: 1000, heartbeatMs: 15_000, maxClients: 100 };

type Changes = { seq: number; stories: StorySummary[] };
type Listener = (ch: Changes) => void;

/** Far beyond any change number: the base's current one without listing changes. */
const NOW = Number.MAX_SAFE_INTEGER;

export class ChangeHub {
  private listeners = new Set<Listener>();
  private seq: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private base: StoryBase,
    private o: EventOptions,
  ) {}

  get clients(): number {
    return this.listeners.size;
  }

  /** Listen for changes: the function to stop, or null when the hub is full. */
  subscribe(fn: Listener): (() => void) | null {
    if (this.listeners.size >= this.o.maxClients) return null;
    this.listeners.add(fn);
    this.timer ??= setInterval(() => void this.poll(), this.o.pollMs);
    return () => {
      this.listeners.delete(fn);
      if (!this.listeners.size && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
        this.seq = null;
      }
    };
  }

  /** Ask the base now (after a write); overlapping calls share one query. */
  poll(): Promise<void> {
    if (!this.listeners.size) return Promise.resolve();
    this.running ??= this.read().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async read(): Promise<void> {
    try {
      if (this.seq === null) {
        this.seq = (await this.base.changedSince(NOW)).seq;
        return;
      }
      const ch = await this.base.changedSince(this.seq);
      if (ch.seq === this.seq) return;
      this.seq = ch.seq;
      if (ch.stories.length) for (const fn of this.listeners) fn(ch);
    } catch {
      // the base is busy or closing: the next tick asks again
    }
  }
}

export function eventRoutes(base: StoryBase, hub: ChangeHub, o: EventOptions): Hono {
  const app = new Hono();
  app.get('/events', async (c) => {
    const since = c.req.query('since') ?? c.req.header('last-event-id') ?? String(NOW);
    if (!/^\d{1,16}$/.test(since)) throw new BadRequest('since must be a change number');
    const pending: Changes[] = [];
    let wake: (() => void) | null = null;
    const unsubscribe = hub.subscribe((ch) => {
      pending.push(ch);
      wake?.();
    });
    if (!unsubscribe) return c.json({ error: 'too many open event streams: poll /api/changes instead' }, 503, { 'Retry-After': '30' });
    return streamSSE(c, async (stream) => {
      let open = true;
      stream.onAbort(() => {
        open = false;
        wake?.();
      });
      try {
        // subscribed and the hub's cursor set first, then read: nothing that changes in between is missed
        // (a story sent twice is harmless: the page keeps one row per story)
        await hub.poll();
        const first = await base.changedSince(Math.min(Number(since), NOW));
        await stream.writeSSE({ event: 'changes', id: String(first.seq), data: JSON.stringify(first), retry: 3000 });
        while (open) {
          if (!pending.length) {
            let timer: NodeJS.Timeout | undefined;
            await new Promise<void>((resolve) => {
              wake = resolve;
              timer = setTimeout(resolve, o.heartbeatMs);
            });
            clearTimeout(timer);
            wake = null;
          }
          if (!open) break;
          const batch = pending.splice(0);
          if (!batch.length) await stream.write(': heartbeat\n\n');
          for (const ch of batch) await stream.writeSSE({ event: 'changes', id: String(ch.seq), data: JSON.stringify(ch) });
        }
      } finally {
        unsubscribe();
      }
    });
  });
  return app;
}
