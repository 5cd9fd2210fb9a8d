// A polled feed body -> the watcher's items: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed through
// feedsmith, reduced to what ingest needs. Every item gets a stable key (guid, else link, else title)
// and a hash of what it says, so a second sighting is told apart from a changed item.
import { createHash } from 'node:crypto';
import { lazyPackage } from '../common/lazy.ts';
import { feedDate, INTERNAL_DTD_NOTE, withoutInternalDtd } from '../ingest/feed.ts';

/** feedsmith, loaded when a feed body is first parsed (the web app and the store import this module at start). */
export const feedsmith = lazyPackage<typeof import('feedsmith')>('feedsmith');

export interface WatchItem {
  key: string;
  title: string | null;
  link: string | null;
  published: string | null;
  byline: string[];
  summary: string | null;
  content: string | null;
  /** hash of title, link, summary and content */
  hash: string;
}

export interface ParsedFeed {
  format: string;
  title: string | null;
  site: string | null;
  /** RSS <ttl>, minutes */
  ttlMin: number | null;
  items: WatchItem[];
  /** what the reading left out, one line each (the same notes as analyze's) */
  notes: string[];
}

/** Items read from one feed at most. */
const MAX_ITEMS = 2000;

// biome-ignore lint/suspicious/noExplicitAny: feedsmith's parsed feeds differ by format; read field by field with checks
type Loose = Record<string, any>;

/** feedsmith gives Atom text constructs as { value }, the other formats as strings. */
function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() ? v : null;
  if (typeof v === 'object' && 'value' in (v as Loose)) return text((v as Loose).value);
  return null;
}

const oneLine = (s: string | null) =>
  s
    ? s
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || null
    : null;

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link.trim(), base).href;
  } catch {
    return null;
  }
}

function names(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((a) => (typeof a === 'string' ? a : ((a as Loose)?.name ?? null))).filter((x): x is string => typeof x === 'string' && !!x.trim());
}

function finish(partial: Omit<WatchItem, 'key' | 'hash'>, guid: string | null): WatchItem {
  const key = guid?.trim() || partial.link || `title:${partial.title ?? ''}`;
  const hash = createHash('sha256')
    .update(JSON.stringify([partial.title, partial.link, partial.summary, partial.content]))
    .digest('hex')
    .slice(0, 32);
  return { ...partial, key, hash };
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const alt = links.find((l: Loose) => !l.rel || l.rel === 'alternate') ?? links[0];
  return (alt as Loose | undefined)?.href ?? null;
}

/** Parse a feed body; a one-line reason when it is not a feed crosscheck can read. */
export function parseWatchedFeed(body: string, feedUrl: string): ParsedFeed | { problem: string } {
  let parsed: { format: string; feed: Loose };
  // feedsmith refused a feed that declares its own entities ("Invalid feed format"): it is read as analyze reads
  // it, the declarations dropped, never expanded
  const bare = withoutInternalDtd(body.replace(/^\ufeff/, ''));
  const notes = bare.dropped ? [INTERNAL_DTD_NOTE] : [];
  try {
    parsed = feedsmith().parseFeed(bare.xml) as unknown as { format: string; feed: Loose };
  } catch (err) {
    const why = (err as Error).message || 'unreadable';
    return { problem: /unrecognized/i.test(why) ? 'not an RSS, Atom or JSON feed' : `unreadable feed (${why})` };
  }
  const f = parsed.feed;
  const items: WatchItem[] = [];
  if (parsed.format === 'atom') {
    for (const e of (f.entries ?? []).slice(0, MAX_ITEMS) as Loose[]) {
      const link = absolute(atomLink(e.links), feedUrl);
      items.push(
        finish(
          {
            title: oneLine(text(e.title)),
            link,
            published: feedDate(e.published ?? e.updated ?? null),
            byline: names(e.authors),
            summary: text(e.summary),
            content: text(e.content),
          },
          text(e.id),
        ),
      );
    }
    return { format: 'atom', title: oneLine(text(f.title)), site: atomLink(f.links), ttlMin: null, items, notes };
  }
  if (parsed.format === 'json') {
    for (const it of (f.items ?? []).slice(0, MAX_ITEMS) as Loose[]) {
      items.push(
        finish(
          {
            title: oneLine(text(it.title)),
            link: absolute(it.url ?? it.external_url ?? null, feedUrl),
            published: feedDate(it.date_published ?? it.date_modified ?? null),
            byline: names(it.authors ?? (it.author ? [it.author] : [])),
            summary: text(it.summary),
            content: text(it.content_html) ?? text(it.content_text),
          },
          it.id === undefined || it.id === null ? null : String(it.id),
        ),
      );
    }
    return { format: 'json', title: oneLine(text(f.title)), site: f.home_page_url ?? null, ttlMin: null, items, notes };
  }
  // rss and rdf
  for (const it of (f.items ?? []).slice(0, MAX_ITEMS) as Loose[]) {
    const guid = text(it.guid);
    const permalink = it.guid && typeof it.guid === 'object' && it.guid.isPermaLink !== false && guid && /^https?:\/\//.test(guid) ? guid : null;
    items.push(
      finish(
        {
          title: oneLine(text(it.title)),
          link: absolute(it.link ?? it.rdf?.about ?? permalink, feedUrl),
          published: feedDate(it.pubDate ?? it.dc?.date ?? it.dc?.dates?.[0] ?? null),
          byline: [...new Set([...names(it.authors), ...names(it.dc?.creators), ...(it.dc?.creator ? [it.dc.creator] : [])])],
          summary: text(it.description),
          content: text(it.content?.encoded),
        },
        guid,
      ),
    );
  }
  const ttl = Number(f.ttl);
  return { format: parsed.format, title: oneLine(text(f.title)), site: text(f.link), ttlMin: Number.isFinite(ttl) && ttl > 0 ? ttl : null, items, notes };
}
