// RSS 2.0 / RSS 1.0 (RDF) / Atom feeds: every item becomes a document. Full text from the feed when it
// holds it; else the linked page (when fetching is allowed); else the summary, with a note saying so.
import type { Problem, RawDocument } from '../model.ts';
import { lazyPackage } from '../common/lazy.ts';
import { flattenDeepNesting, MAX_DEPTH } from '../common/nesting.ts';
import { rfc822Iso } from '../common/rfc822.ts';
import { fetchUrl, redirectsOf, type FetchOptions } from './fetch.ts';
import { feedFullText, textLength, wholeNote } from './feed-text.ts';
import { decodeHtmlBytes, headerCharset } from './html-charset.ts';
import { canonicalFromHtml, canonicalUrl, urlDocId } from './url-id.ts';

/** linkedom's XML parser, loaded when a feed is first read: every run imports this module, few read feeds. */
const linkedom = lazyPackage<typeof import('linkedom')>('linkedom');
/** linkedom's tokenizer, to find a feed's items without building their tree. */
const htmlparser = lazyPackage<typeof import('htmlparser2')>('htmlparser2');

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  published: string | null;
  byline: string[];
  /** the outlet the item names as its source (RSS <source>, an Atom entry's <source><title>): an aggregator's items
   * each come from another site (the item's author is its byline, never its outlet) */
  outlet: string | null;
  /** HTML (or text) of the summary and of the full content, as the feed gives them */
  summary: string | null;
  content: string | null;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  title: string | null;
  link: string | null;
  /** RSS <ttl> as written (minutes): the watcher's poll interval reads it */
  ttl: string | null;
  items: FeedItem[];
  /** what was left out of the feed while reading it, and why (said in a problem line) */
  notes: string[];
}

// a DOCTYPE may hold an internal subset in brackets: <!DOCTYPE rss [ <!ENTITY x "..."> ]>
// The prolog was one repeat of (comment | PI | DOCTYPE), and a comment or a DOCTYPE subset can end at any later
// '-->' / ']>', so a run of them split 2^n ways. Same language, bounded: items that end at their first '>' (PIs, a
// DOCTYPE without a subset) repeat freely; of the spanning items (comment, DOCTYPE with a subset) at most one of
// each kind, since the first of a kind can take everything up to the end of the last of its kind in its body.
const PROLOG_PLAIN = String.raw`(?:<\?[^>]*>\s*|<!DOCTYPE[^>[]*>\s*)*`;
const PROLOG_COMMENT = String.raw`<!--[\s\S]*?-->\s*${PROLOG_PLAIN}`;
const PROLOG_SUBSET = String.raw`<!DOCTYPE[^>[]*\[[\s\S]*?\]\s*>\s*${PROLOG_PLAIN}`;
const FEED_ROOT = new RegExp(
  String.raw`^\s*(?:\ufeff)?(?:<\?xml[^>]*>\s*)?${PROLOG_PLAIN}(?:${PROLOG_COMMENT}(?:${PROLOG_SUBSET})?|${PROLOG_SUBSET}(?:${PROLOG_COMMENT})?)?<(rss|feed|rdf:RDF)\b`,
  'i',
);
/** A DOCTYPE with an internal subset (entity declarations). */
const INTERNAL_DTD = /<!DOCTYPE[^>[]*\[[\s\S]*?\]\s*>/i;
/** How much of a feed's start is searched for its root element. */
const ROOT_SEARCH_CHARS = 64 * 1024;

/** Is this text an RSS or Atom feed (by its root element)? */
export function looksLikeFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, ROOT_SEARCH_CHARS));
}

type El = Element;

const clean = (s: string | null | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
};

/** A script or style element with its content (a title's markup is dropped, and what such an element holds is no
 * text of it). */
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** A tag: "<" then a name ("5 < 6 and 7 > 2" holds none). */
const ANY_TAG = /<\/?[a-z][^<>]*>/gi;
const INLINE_TAG = /<\/?(?:a|abbr|b|cite|code|em|i|q|s|small|span|strong|sub|sup|u)\b[^>]*>/gi;

/** An item's title as text: feeds write markup in titles (escaped HTML), a script's code included. The watcher read
 * "<script>window.__pwned=1</script>76ers fire coach" as "window.__pwned=1 76ers fire coach", ingest kept the markup
 * as the title's text. */
export function titleText(s: string | null | undefined): string | null {
  // an inline element's tags join its words to their neighbours ("<b>U</b>.S."), any other tag is a space
  return clean(s?.replace(SCRIPT_OR_STYLE, ' ').replace(INLINE_TAG, '').replace(ANY_TAG, ' '));
}

/** Direct children named one of `names` (qualified names, as written). */
function child(el: El, ...names: string[]): El | null {
  for (const name of names) for (const c of Array.from(el.children)) if (c.tagName.toLowerCase() === name) return c;
  return null;
}

function childText(el: El, ...names: string[]): string | null {
  return clean(child(el, ...names)?.textContent);
}

/**
 * RFC 822 (RSS) and RFC 3339 (Atom, JSON Feed) dates -> ISO 8601 with the item's own offset: "Tue, 01 Dec 2026
 * 23:30:00 -0500" is 2026-12-01T23:30:00-05:00, the same instant as 04:30Z on December 2, and December 1 is the
 * day its "yesterday" counts from (the offset is the stamp's zone; extract notes it). An RFC 822 date without its
 * zone is UTC.
 */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  // RFC 3339 is already ISO 8601: keep its own offset
  const iso = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$/.exec(value.trim());
  if (iso) return iso[0];
  return rfc822Iso(value.trim().replace(/\s(UT|GMT)$/i, ' GMT'));
}

/** Atom text constructs: type="xhtml" holds markup as elements, "html" as escaped text, "text" as text. */
function atomContent(el: El | null): string | null {
  if (!el) return null;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return clean(el.innerHTML);
  return el.textContent ?? null;
}

function atomLink(entry: El): string | null {
  const links = Array.from(entry.children).filter((c) => c.tagName.toLowerCase() === 'link');
  const alt = links.find((l) => !l.getAttribute('rel') || l.getAttribute('rel') === 'alternate') ?? links[0];
  return clean(alt?.getAttribute('href'));
}

function authors(el: El): string[] {
  const out: string[] = [];
  for (const c of Array.from(el.children)) {
    const name = c.tagName.toLowerCase();
    if (name === 'author') out.push(...[clean(child(c, 'name')?.textContent) ?? clean(c.textContent)].filter((x): x is string => !!x));
    else if (name === 'dc:creator') {
      const t = clean(c.textContent);
      if (t) out.push(t);
    }
  }
  // RSS <author> is often "mail@example.com (Name)"
  return [...new Set(out.map((a) => a.replace(/^\S+@\S+\s+\((.+)\)$/, '$1')))];
}

/** What a feed with an internal DTD is read with (analyze and ingest, and watch's polls). */
export const INTERNAL_DTD_NOTE = 'the feed declares its own entities (an internal DTD): they are not expanded, references to them stay as written';

/**
 * The feed without its internal DTD, and whether it had one. Entity declarations are never expanded (no file or
 * URL read for an external entity, no billion laughs): the internal subset is dropped, and references to its
 * entities stay as written.
 */
export function withoutInternalDtd(xml: string): { xml: string; dropped: boolean } {
  const dtd = INTERNAL_DTD.exec(xml.slice(0, ROOT_SEARCH_CHARS));
  return dtd ? { xml: xml.slice(0, dtd.index) + xml.slice(dtd.index + dtd[0].length), dropped: true } : { xml, dropped: false };
}

/** Characters at the end of a feed searched for its closing tag (a comment or whitespace may follow it). */
const CLOSING_SEARCH_CHARS = 4096;

/** Whether the feed's root element is closed near its end. */
function closedAtEnd(xml: string, rootName: string): boolean {
  return xml.slice(-CLOSING_SEARCH_CHARS).toLowerCase().includes(`</${rootName}`);
}

/** The characters handed to the XML parser in one parse, the most since `largestFeedParse` was last asked (a tree is held per parse). */
let largestParse = 0;

/** How many characters the XML parser was given at once, at most, since the last call (the test of the bound). */
export function largestFeedParse(): number {
  const most = largestParse;
  largestParse = 0;
  return most;
}

function parseXml(xml: string): Document {
  largestParse = Math.max(largestParse, xml.length);
  return new (linkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as Document;
}

/** The element that holds a feed's items, by root (the first <channel> of an RSS 2.0 feed, else the root). */
const ITEM_PARENT_DEPTH: Record<string, number> = { rss: 1, 'rdf:rdf': 0, feed: 0 };

/**
 * Where each item of the feed starts and ends, found by the XML tokenizer alone (no tree): a feed of 50,000 items
 * was one tree of every item at once (about 11 kB an item). Null when an item is not closed by its own tag (a feed
 * cut short, an item closed by its parent's tag, an empty <item/>) or the feed is no RSS or Atom: those are read
 * from the whole tree as before.
 */
function itemSpans(xml: string): { start: number; end: number }[] | null {
  const htmlparser2 = htmlparser();
  const spans: { start: number; end: number }[] = [];
  const stack: string[] = [];
  let root: string | null = null;
  let parentSeen = false;
  let inParent = false;
  let itemStart = -1;
  let odd = false;
  const parser = new htmlparser2.Parser(
    {
      onopentag(name) {
        const lower = name.toLowerCase();
        const depth = stack.length;
        stack.push(lower);
        if (depth === 0) {
          if (root === null) root = lower;
          else odd = true;
        }
        const parentDepth = root === null ? undefined : ITEM_PARENT_DEPTH[root];
        if (parentDepth === undefined) return;
        if (depth === parentDepth && !parentSeen && (parentDepth === 0 || lower === 'channel')) {
          parentSeen = true;
          inParent = true;
        } else if (inParent && depth === parentDepth + 1 && lower === (root === 'feed' ? 'entry' : 'item')) itemStart = parser.startIndex;
      },
      onclosetag(_name, implied) {
        const depth = stack.length - 1;
        stack.pop();
        const parentDepth = root === null ? undefined : ITEM_PARENT_DEPTH[root];
        if (parentDepth === undefined || !inParent) return;
        if (depth === parentDepth) inParent = false;
        else if (depth === parentDepth + 1 && itemStart >= 0) {
          // an empty <item/> is its own span; an item closed by its parent's tag is not
          if (implied && parser.startIndex !== itemStart) odd = true;
          else spans.push({ start: itemStart, end: parser.endIndex + 1 });
          itemStart = -1;
        }
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return odd || root === null || ITEM_PARENT_DEPTH[root] === undefined ? null : spans;
}

/** The feed's text with its items cut out: what the channel says of itself. */
function withoutSpans(xml: string, spans: { start: number; end: number }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    parts.push(xml.slice(at, start));
    at = end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

/** An Atom entry's <source> feed, by its title. */
function sourceTitle(source: El | null): string | null {
  return source ? titleText(atomContent(child(source, 'title'))) : null;
}

function atomEntry(e: El): FeedItem {
  return {
    title: titleText(atomContent(child(e, 'title'))),
    link: atomLink(e),
    guid: childText(e, 'id'),
    published: feedDate(childText(e, 'published', 'updated')),
    byline: authors(e),
    outlet: sourceTitle(child(e, 'source')),
    summary: atomContent(child(e, 'summary')),
    content: atomContent(child(e, 'content')),
  };
}

function rssItem(it: El): FeedItem {
  const guid = childText(it, 'guid');
  const permalink = child(it, 'guid')?.getAttribute('ispermalink') !== 'false' && guid && /^https?:\/\//.test(guid) ? guid : null;
  return {
    title: titleText(child(it, 'title')?.textContent),
    link: childText(it, 'link') ?? it.getAttribute('rdf:about') ?? permalink,
    guid,
    published: feedDate(childText(it, 'pubdate', 'dc:date', 'published')),
    byline: authors(it),
    outlet: titleText(child(it, 'source')?.textContent),
    summary: child(it, 'description')?.textContent ?? null,
    content: child(it, 'content:encoded')?.textContent ?? null,
  };
}

/** Items a caller reads at most (the watcher keeps the newest 2,000); the rest are counted, never parsed. */
export interface FeedLimits {
  maxItems?: number;
}

/** Parse a feed; null when the text is not one. */
export function parseFeed(xml: string, limits: FeedLimits = {}): Feed | null {
  const maxItems = limits.maxItems ?? Number.POSITIVE_INFINITY;
  if (!looksLikeFeed(xml)) return null;
  const notes: string[] = [];
  const bare = withoutInternalDtd(xml);
  xml = bare.xml;
  if (bare.dropped) notes.push(INTERNAL_DTD_NOTE);
  // 200,000 tags opened one in another (600 KB) took the XML parser minutes: the excess tags go, their text stays
  const flat = flattenDeepNesting(xml);
  if (flat.flattened) {
    xml = flat.html;
    notes.push(`tags nested deeper than ${MAX_DEPTH} levels were dropped`);
  }
  xml = xml.replace(/^\ufeff/, '');
  // the items one at a time, each its own small tree, and the channel without them; else the whole tree
  let spans: { start: number; end: number }[] | null;
  let doc: Document;
  try {
    spans = itemSpans(xml);
    doc = parseXml(spans?.length ? withoutSpans(xml, spans) : xml);
  } catch {
    return null;
  }
  const root = doc.documentElement as El | null;
  if (!root) return null;
  const rootName = root.tagName.toLowerCase();
  const read = (name: string, parent: El, one: (el: El) => FeedItem): FeedItem[] => {
    const all = spans?.length ? spans : Array.from(parent.children).filter((c) => c.tagName.toLowerCase() === name);
    if (all.length > maxItems) notes.push(`the feed lists ${all.length.toLocaleString('en-US')} items: the first ${maxItems.toLocaleString('en-US')} are read`);
    return all.slice(0, maxItems).map((at) => one('start' in at ? (parseXml(xml.slice(at.start, at.end)).documentElement as El) : at));
  };
  // a download or a copy cut short: the parser reads what is there without a word, so the last item may be half of one
  if (!closedAtEnd(xml, rootName)) notes.push(`the feed ends before its closing </${root.tagName}> (cut short?): its items are read as far as they go`);
  if (rootName === 'feed')
    return { format: 'atom', notes, title: childText(root, 'title'), link: atomLink(root), ttl: null, items: read('entry', root, atomEntry) };
  if (rootName !== 'rss' && rootName !== 'rdf:rdf') return null;
  const channel = child(root, 'channel');
  const itemParent = rootName === 'rss' ? channel : root;
  if (!itemParent) return null;
  return {
    format: rootName === 'rss' ? 'rss' : 'rdf',
    notes,
    title: channel ? childText(channel, 'title') : null,
    link: channel ? childText(channel, 'link') : null,
    ttl: channel ? childText(channel, 'ttl') : null,
    items: read('item', itemParent, rssItem),
  };
}

export interface FeedContext {
  /** file or URL the feed came from */
  source: string;
  /** id stem for items without a link */
  baseId: string;
  firstOrder: number;
  /** fetch the linked page when the feed holds only a summary */
  fetchLinks: boolean;
  fetch: FetchOptions;
}

/** Item numbers as ranges, the first `max` of them: "#1-#3, #7". */
export function itemRanges(items: number[], max = 10): string {
  const ranges: string[] = [];
  for (let i = 0; i < items.length; i++) {
    let j = i;
    while (j + 1 < items.length && items[j + 1] === items[j] + 1) j++;
    ranges.push(j > i ? `#${items[i]}-#${items[j]}` : `#${items[i]}`);
    i = j;
  }
  return ranges.length > max ? `${ranges.slice(0, max).join(', ')} and ${ranges.length - max} more` : ranges.join(', ');
}

/**
 * The documents of a feed, in feed order; items that yield nothing are problems. A note that many items share (a
 * summary used as the text, fetching being off) is one line for the feed naming the items, after its documents: a
 * feed of 50,000 such items gave 50,000 lines.
 */
export async function* feedDocuments(feed: Feed, ctx: FeedContext): AsyncGenerator<RawDocument | Problem> {
  let order = ctx.firstOrder;
  /** the reason each item that holds only a summary or no text is noted with, and which items share it */
  const shared = new Map<string, { one: string; many: string; items: number[] }>();
  const note = (i: number, one: string, many: string) => {
    // items share the many-items line (the one-item line may carry the item's own detail)
    const key = many;
    const at = shared.get(key) ?? { one, many, items: [] };
    at.items.push(i + 1);
    shared.set(key, at);
  };
  for (const note of feed.notes) yield { source: ctx.source, reason: note };
  if (!feed.items.length) {
    yield { source: ctx.source, reason: `${feed.format === 'atom' ? 'Atom' : 'RSS'} feed with no items` };
    return;
  }
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i];
    const where = `${ctx.source}#${i + 1}`;
    const id = item.link ? urlDocId(item.link) : item.guid ? urlDocId(item.guid) : `${ctx.baseId}-${i + 1}`;
    // the outlet is the site: the item's own source, else what the page says (as ingest of the page reads it), else
    // the feed's title (it was the feed's title always: "Sports wire" over a page that names its site)
    const meta = { title: item.title, published: item.published, outlet: item.outlet, feedTitle: feed.title, byline: item.byline };
    const itemUrl = item.link ? canonicalUrl(item.link) : null;
    const full = feedFullText(item);
    if (full) {
      // a short item whose content reads whole is the article: said, with what made it whole, as one line a feed
      if (full.whole)
        note(
          i,
          wholeNote(full.whole),
          `have a short but whole content (complete sentences, no "read more" or ellipsis cut): taken as the articles, their linked pages not fetched`,
        );
      yield { id, source: where, kind: 'html', body: full.body, order: order++, url: itemUrl, meta: { ...meta, encoding: 'feed content' } };
      continue;
    }
    let fetchNote = 'fetching linked pages is off; --fetch-links turns it on';
    if (item.link && ctx.fetchLinks) {
      const page = await fetchUrl(item.link, ctx.fetch);
      if (!('problem' in page)) {
        const decoded = decodeHtmlBytes(page.bytes, headerCharset(page.contentType));
        if ('text' in decoded) {
          const canonical = canonicalFromHtml(decoded.text, page.url) ?? page.url;
          yield {
            id: urlDocId(canonical),
            source: item.link,
            kind: 'html',
            body: decoded.text,
            order: order++,
            url: canonical,
            meta: { ...meta, encoding: decoded.encoding, ...redirectsOf(page) },
          };
          continue;
        }
        fetchNote = `linked page not usable: ${decoded.problem}`;
      } else fetchNote = `linked page not fetched: ${page.problem}`;
    } else if (!item.link) fetchNote = 'the item has no link';
    const summary = item.content ?? item.summary;
    if (!textLength(summary)) {
      note(i, `feed item has no text: ${fetchNote}`, `have no text: ${fetchNote}`);
      continue;
    }
    note(i, `feed item holds only a summary, used as the text: ${fetchNote}`, `hold only a summary, used as the text: ${fetchNote}`);
    yield { id, source: where, kind: 'html', body: summary!, order: order++, url: itemUrl, meta: { ...meta, encoding: 'feed summary' } };
  }
  for (const { one, many, items } of shared.values()) {
    if (items.length === 1) yield { source: `${ctx.source}#${items[0]}`, reason: one };
    else yield { source: ctx.source, reason: `${items.length.toLocaleString('en-US')} feed items (${itemRanges(items)}) ${many}` };
  }
}
