// A polled feed body -> the watcher's items. RSS 2.0, RSS 1.0 (RDF) and Atom through the reader analyze and ingest
// use (src/ingest/feed.ts: an item at a time, never a tree of the whole feed), JSON Feed an item at a time too (json-feed.ts, each item through feedsmith); reduced
// to what ingest needs. Every item gets a stable key (guid, else link, else title, else what it says) and a hash of
// what it says, so a second sighting is told apart from a changed item.
import { createHash } from 'node:crypto';
import { lazyPackage } from '../common/lazy.ts';
import { feedDate, type FeedItem, itemRanges, looksLikeFeed, parseFeed, titleText } from '../ingest/feed.ts';
import { readJsonFeed } from './json-feed.ts';
import { notAFeed } from './feed-links.ts';

/** feedsmith, loaded when a JSON feed is first parsed or OPML read (the web app and the store import this module at start). */
export const feedsmith = lazyPackage<typeof import('feedsmith')>('feedsmith');
export interface WatchItem {
  key: string;
  title: string | null;
  link: string | null;
  published: string | null;
  byline: string[];
  /** the site the item names as its source (absent in jobs queued before it was read) */
  outlet?: string | null;
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

/** Items read from one feed at most (test/watch-hostile.test.ts lowers it: each item kept is a job of the watcher). */
export const WATCH_FEED = { maxItems: 2000 };

// biome-ignore lint/suspicious/noExplicitAny: feedsmith's parsed feeds differ by format; read field by field with checks
type Loose = Record<string, any>;

/** feedsmith gives Atom text constructs as { value }, the other formats as strings. */
function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() ? v : null;
  if (typeof v === 'object' && 'value' in (v as Loose)) return text((v as Loose).value);
  return null;
}

const oneLine = (s: string | null) => titleText(s);

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
  const hash = createHash('sha256')
    .update(JSON.stringify([partial.title, partial.link, partial.summary, partial.content]))
    .digest('hex')
    .slice(0, 32);
  // items with no guid, link or title were one key ("title:") and all but one were dropped
  const key = guid?.trim() || partial.link || (partial.title ? `title:${partial.title}` : `text:${hash}`);
  return { ...partial, key, hash };
}

/** A JSON Feed's body starts with its object (a BOM or whitespace before it). */
const JSON_START = /^\s*\{/;

const many = (n: number, one: string, more: string) => (n === 1 ? one : `${n.toLocaleString('en-US')} ${more}`);

/**
 * Notes on items that are hard to tell apart, one line each for the feed: items with no guid or link (keyed by their
 * title, or by what they say) and items that repeat an earlier item's key (one of them is read).
 */
function keyNotes(items: WatchItem[], guids: Array<string | null>): string[] {
  const notes: string[] = [];
  const unkeyed = items.flatMap((it, i) => (!guids[i] && !it.link ? [i + 1] : []));
  if (unkeyed.length)
    notes.push(
      `${many(unkeyed.length, 'item', 'items')} (${itemRanges(unkeyed)}) ${unkeyed.length === 1 ? 'has' : 'have'} no guid or link: told apart by title, or by what they say`,
    );
  const first = new Map<string, number>();
  const repeats: number[] = [];
  items.forEach((it, i) => (first.has(it.key) ? repeats.push(i + 1) : first.set(it.key, i)));
  if (repeats.length)
    notes.push(
      `${many(repeats.length, 'item', 'items')} (${itemRanges(repeats)}) ${repeats.length === 1 ? 'repeats' : 'repeat'} the guid or link of an earlier item: one item is read for each`,
    );
  return notes;
}

function watchItem(it: FeedItem, feedUrl: string): WatchItem {
  const trimmed = (s: string | null) => s?.trim() || null;
  return finish(
    {
      title: oneLine(it.title),
      link: absolute(it.link, feedUrl),
      published: it.published,
      byline: it.byline,
      outlet: it.outlet,
      summary: trimmed(it.summary),
      content: trimmed(it.content),
    },
    it.guid,
  );
}

/** One JSON Feed item as feedsmith reads it (field names in any case, dates, authors), or null when it holds nothing. */
function jsonItem(value: unknown): Loose | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  // the title keeps the wrapper a feed when the item holds nothing feedsmith keeps (an empty object)
  const one = feedsmith().parseJsonFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'item', items: [value] } as never) as Loose;
  return (Array.isArray(one.items) ? one.items[0] : null) ?? null;
}

/** A JSON Feed, an item at a time (json-feed.ts; each item through feedsmith): the body is held as text, never as
 * objects of every item at once; a malformed item is skipped with its number, the others read. */
function jsonFeed(body: string, feedUrl: string): ParsedFeed | { problem: string } {
  const read = readJsonFeed(body, WATCH_FEED.maxItems);
  if ('problem' in read) return { problem: `unreadable JSON feed (${read.problem})` };
  let f: Loose;
  try {
    f = feedsmith().parseJsonFeed(read.head as never) as Loose;
  } catch (err) {
    return { problem: `unreadable JSON feed (${(err as Error).message || 'unreadable'})` };
  }
  const notes: string[] = [];
  if (read.listed > WATCH_FEED.maxItems)
    notes.push(`the feed lists ${read.listed.toLocaleString('en-US')} items: the first ${WATCH_FEED.maxItems.toLocaleString('en-US')} are read`);
  if (read.malformed.length) {
    const bad = read.malformed;
    const detail = bad
      .slice(0, 3)
      .map((b) => `#${b.position}: ${b.reason}`)
      .join('; ');
    notes.push(
      bad.length === 1
        ? `item #${bad[0].position} is not well-formed JSON, skipped (${bad[0].reason})`
        : `${many(bad.length, 'item', 'items')} (${itemRanges(bad.map((b) => b.position))}) are not well-formed JSON, skipped (${detail}${bad.length > 3 ? `; ${bad.length - 3} more` : ''})`,
    );
  }
  if (read.cutAt !== null) notes.push(`the feed ends inside item #${read.cutAt + 1}: ${read.cutAt ? 'the items before it are read' : 'no item is read'}`);
  const guids: Array<string | null> = [];
  const items: WatchItem[] = [];
  for (const { value } of read.items) {
    const it = jsonItem(value);
    if (!it) continue;
    const guid = it.id === undefined || it.id === null ? null : String(it.id);
    guids.push(guid);
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
        guid,
      ),
    );
  }
  return { format: 'json', title: oneLine(text(f.title)), site: f.home_page_url ?? null, ttlMin: null, items, notes: [...notes, ...keyNotes(items, guids)] };
}

/** Parse a feed body; a one-line reason when it is not a feed crosscheck can read. */
export function parseWatchedFeed(body: string, feedUrl: string): ParsedFeed | { problem: string } {
  const bare = body.replace(/^\ufeff/, '');
  if (JSON_START.test(bare.slice(0, 1024))) return jsonFeed(bare, feedUrl);
  if (!looksLikeFeed(bare)) return { problem: notAFeed(bare, feedUrl) };
  const feed = parseFeed(bare, { maxItems: WATCH_FEED.maxItems });
  if (!feed) return { problem: 'unreadable feed (no items or channel where its root says)' };
  const items = feed.items.map((it) => watchItem(it, feedUrl));
  const ttl = Number(feed.ttl);
  return {
    format: feed.format,
    title: oneLine(feed.title),
    site: feed.link,
    ttlMin: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items,
    notes: [
      ...feed.notes,
      ...keyNotes(
        items,
        feed.items.map((it) => it.guid),
      ),
    ],
  };
}
