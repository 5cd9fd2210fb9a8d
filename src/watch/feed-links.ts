// A web page subscribed to as a feed: the feeds its <head> links (<link rel="alternate" type="application/rss+xml"
// href=...>), named in the watcher's refusal so the user can subscribe to one. Never fetched: a page may link feeds
// of other sites, and what is polled is what the user added.

/** The link types a page names its feeds with (RSS, Atom, JSON Feed). */
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json+feed'];

/** Feeds are linked in the head: only the page's start is looked at. */
const HEAD_CHARS = 256 * 1024;

/** At most this many are named: a page listing a feed per section would fill the line. */
const MAX_NAMED = 3;

const LINK_TAG = /<link\b[^>]*>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    if (!found.has(name)) found.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return found;
}

/** The absolute addresses of the feeds a page links, in page order, without repeats. */
export function linkedFeeds(html: string, pageUrl: string): string[] {
  const feeds: string[] = [];
  for (const [tag] of html.slice(0, HEAD_CHARS).matchAll(LINK_TAG)) {
    const a = attributes(tag);
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (a.get('type') ?? '').toLowerCase().split(';')[0].trim();
    const href = (a.get('href') ?? '').trim().replace(/&amp;/g, '&');
    if (!rel.includes('alternate') || !FEED_TYPES.includes(type) || !href) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !feeds.includes(url.href)) feeds.push(url.href);
  }
  return feeds;
}

/** The refusal of a body that is no feed, naming the feeds the page links. */
export function notAFeed(body: string, pageUrl: string): string {
  const feeds = linkedFeeds(body, pageUrl);
  if (!feeds.length) return 'not an RSS, Atom or JSON feed';
  const named = feeds.slice(0, MAX_NAMED).join(', ');
  const more = feeds.length > MAX_NAMED ? ` and ${feeds.length - MAX_NAMED} more` : '';
  const which = feeds.length === 1 ? `the feed ${named}; subscribe to that instead` : `the feeds ${named}${more}; subscribe to one of them instead`;
  return `not an RSS, Atom or JSON feed: a web page linking ${which}`;
}
