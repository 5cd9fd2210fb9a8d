// A farm of news feeds on 127.0.0.1 for the watcher's tests and bench: feeds spread over a few hosts
// (one port each) publish real articles (ECB+ records) over time by a clock the caller controls.
// Some feeds answer 429 with Retry-After, some are slow, some sit on a host that goes down and comes
// back, some hold only summaries (the page is on the host), some update an item after publishing it.
// Every request is logged with its host and the clock's time.
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ecbLines } from './helpers.ts';
import { seededRandom } from '../src/watch/schedule.ts';

export interface Article {
  title: string;
  text: string;
}

export function farmArticles(): Article[] {
  return ecbLines()
    .map((l) => JSON.parse(l) as { title: string; text: string })
    .filter((r) => r.title && r.text && r.text.length > 400)
    .map((r) => ({ title: r.title, text: r.text }));
}

export type FeedKind = 'normal' | 'limited' | 'slow' | 'summary' | 'updating' | 'cached';

export interface FarmItem {
  feed: number;
  slot: number;
  article: number;
  published: number;
  /** when the item's text changes (updating feeds) */
  updated: number | null;
}

export interface FarmFeed {
  id: number;
  host: number;
  kind: FeedKind;
  format: 'rss' | 'atom';
  items: FarmItem[];
}

export interface FarmRequest {
  host: number;
  path: string;
  at: number;
  status: number;
}

export interface FarmOptions {
  feeds: number;
  hosts: number;
  start: number;
  /** items are published until then */
  horizonMs: number;
  /** mean items per feed over the horizon */
  itemsPerFeed: number;
  now: () => number;
  seed?: string;
  /** host that is down (connections reset) between these times */
  down?: { host: number; from: number; until: number };
  slowMs?: number;
  retryAfterS?: number;
}

const KINDS: FeedKind[] = ['normal', 'summary', 'limited', 'normal', 'updating', 'slow', 'cached', 'normal', 'summary', 'normal'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');

export class FeedFarm {
  readonly articles = farmArticles();
  readonly feeds: FarmFeed[] = [];
  readonly log: FarmRequest[] = [];
  private servers: http.Server[] = [];
  ports: number[] = [];
  /** requests per feed answered so far (limited feeds answer every other one with 429) */
  private hits = new Map<number, number>();

  constructor(readonly o: FarmOptions) {
    const seed = o.seed ?? 'farm';
    let article = 0;
    for (let f = 0; f < o.feeds; f++) {
      const kind = KINDS[f % KINDS.length];
      const items: FarmItem[] = [];
      // each feed publishes on its own rhythm: busy feeds many items, quiet ones few
      const n = Math.max(1, Math.round(o.itemsPerFeed * (0.3 + 1.4 * seededRandom(`${seed}:n:${f}`))));
      for (let s = 0; s < n; s++) {
        const published = o.start + Math.floor(seededRandom(`${seed}:t:${f}:${s}`) * o.horizonMs);
        // wire copies: about one item in four re-runs an article another feed already carries
        const reuse = seededRandom(`${seed}:r:${f}:${s}`) < 0.25 && article > 0;
        const a = (reuse ? Math.floor(seededRandom(`${seed}:a:${f}:${s}`) * article) : article++) % this.articles.length;
        items.push({ feed: f, slot: s, article: a, published, updated: kind === 'updating' && s === 0 ? published + o.horizonMs / 4 : null });
      }
      items.sort((x, y) => x.published - y.published || x.slot - y.slot);
      this.feeds.push({ id: f, host: f % o.hosts, kind, format: f % 3 === 2 ? 'atom' : 'rss', items });
    }
  }

  async start(): Promise<void> {
    for (let h = 0; h < this.o.hosts; h++) {
      const server = http.createServer((req, res) => void this.answer(h, req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      this.servers.push(server);
      this.ports.push((server.address() as AddressInfo).port);
    }
  }

  /** Forget the requests seen (a second run starts as the first did). */
  reset(): void {
    this.hits.clear();
    this.log.length = 0;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (s) =>
          new Promise((resolve) => {
            s.closeAllConnections();
            s.close(resolve);
          }),
      ),
    );
  }

  feedUrl(f: number): string {
    const feed = this.feeds[f];
    return `http://127.0.0.1:${this.ports[feed.host]}/feeds/${f}.xml`;
  }

  itemUrl(item: FarmItem): string {
    return `http://127.0.0.1:${this.ports[this.feeds[item.feed].host]}/news/${item.feed}/${item.slot}.html`;
  }

  /** Items published up to `t`. */
  published(t: number): FarmItem[] {
    return this.feeds.flatMap((f) => f.items.filter((i) => i.published <= t));
  }

  text(item: FarmItem, t: number): string {
    const a = this.articles[item.article];
    return item.updated !== null && t >= item.updated ? `${a.text}\nUpdated: the agency revised the figures later in the day, officials said.` : a.text;
  }

  private visible(feed: FarmFeed, t: number): FarmItem[] {
    return feed.items
      .filter((i) => i.published <= t)
      .slice(-20)
      .reverse();
  }

  private feedBody(feed: FarmFeed, t: number): string {
    const items = this.visible(feed, t);
    const title = `Farm Wire ${feed.id}`;
    const body = (i: FarmItem) => (feed.kind === 'summary' ? esc(this.articles[i.article].text.slice(0, 160)) : esc(paragraphs(this.text(i, t))));
    if (feed.format === 'atom') {
      const entries = items
        .map(
          (i) =>
            `<entry><id>urn:farm:${i.feed}:${i.slot}</id><title>${esc(this.articles[i.article].title)}</title><link href="${this.itemUrl(i)}"/><updated>${new Date(i.published).toISOString()}</updated>` +
            (feed.kind === 'summary' ? `<summary>${body(i)}</summary>` : `<content type="html">${body(i)}</content>`) +
            '</entry>',
        )
        .join('');
      return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:farm:${feed.id}</id><title>${title}</title><updated>${new Date(items[0]?.published ?? this.o.start).toISOString()}</updated>${entries}</feed>`;
    }
    const ttl = feed.kind === 'cached' ? '<ttl>60</ttl>' : '';
    const rss = items
      .map(
        (i) =>
          `<item><title>${esc(this.articles[i.article].title)}</title><link>${this.itemUrl(i)}</link><guid>${this.itemUrl(i)}</guid><pubDate>${new Date(i.published).toUTCString()}</pubDate>` +
          (feed.kind === 'summary'
            ? `<description>${body(i)}</description>`
            : `<description>${esc(this.articles[i.article].text.slice(0, 120))}</description><content:encoded>${body(i)}</content:encoded>`) +
          '</item>',
      )
      .join('');
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>http://127.0.0.1:${this.ports[feed.host]}/</link>${ttl}${rss}</channel></rss>`;
  }

  private async answer(host: number, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const t = this.o.now();
    const path = req.url ?? '/';
    const d = this.o.down;
    if (d && d.host === host && t >= d.from && t < d.until) {
      this.log.push({ host, path, at: t, status: 0 });
      req.socket.destroy();
      return;
    }
    const send = (status: number, headers: Record<string, string>, body = '') => {
      this.log.push({ host, path, at: t, status });
      res.writeHead(status, headers);
      res.end(body);
    };
    const feedMatch = /^\/feeds\/(\d+)\.xml$/.exec(path);
    const pageMatch = /^\/news\/(\d+)\/(\d+)\.html$/.exec(path);
    if (feedMatch) {
      const feed = this.feeds[Number(feedMatch[1])];
      if (!feed || feed.host !== host) return send(404, {}, 'no such feed');
      if (feed.kind === 'slow') await new Promise((r) => setTimeout(r, this.o.slowMs ?? 150));
      const hits = (this.hits.get(feed.id) ?? 0) + 1;
      this.hits.set(feed.id, hits);
      if (feed.kind === 'limited' && hits % 2 === 0) return send(429, { 'retry-after': String(this.o.retryAfterS ?? 600) }, 'slow down');
      const body = this.feedBody(feed, t);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const latest = this.visible(feed, t)[0];
      const headers: Record<string, string> = { 'content-type': feed.format === 'atom' ? 'application/atom+xml' : 'application/rss+xml', etag };
      if (latest) headers['last-modified'] = new Date(Math.max(latest.published, latest.updated && latest.updated <= t ? latest.updated : 0)).toUTCString();
      if (feed.kind === 'cached') headers['cache-control'] = 'public, max-age=1800';
      if (req.headers['if-none-match'] === etag) return send(304, { etag });
      return send(200, headers, body);
    }
    if (pageMatch) {
      const feed = this.feeds[Number(pageMatch[1])];
      const item = feed?.items.find((i) => i.slot === Number(pageMatch[2]));
      if (!item || item.published > t) return send(404, {}, 'not found');
      const a = this.articles[item.article];
      const html = `<!doctype html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${esc(a.title)}</h1>${paragraphs(this.text(item, t))}</article><footer>© Farm Wire</footer></body></html>`;
      return send(200, { 'content-type': 'text/html; charset=utf-8' }, html);
    }
    return send(404, {}, 'not found');
  }
}
