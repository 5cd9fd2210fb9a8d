// A URL on the command line: fetch it (within the guards), then read it as a page, a feed or text.
import type { Problem, RawDocument } from '../model.ts';
import { fetchUrl, redirectsOf } from './fetch.ts';
import { decodeHtmlBytes, headerCharset, looksLikeHtmlBytes } from './html-charset.ts';
import { feedDocuments, looksLikeFeed, parseFeed } from './feed.ts';
import { textDocument } from './text-file.ts';
import { canonicalFromHtml, canonicalUrl, urlDocId } from './url-id.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type IngestOptions } from './limits.ts';

/** Does this command-line argument name a web address rather than a path? */
export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg.trim());
}

const FEED_TYPES = /(rss|atom|rdf)\+xml|\/xml|\+xml/i;

export async function* ingestUrl(arg: string, firstOrder: number, options: IngestOptions): AsyncGenerator<RawDocument | Problem> {
  const fetchOptions = {
    allowPrivate: options.allowPrivate ?? false,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    signal: options.signal,
  };
  const source = arg.trim();
  const page = await fetchUrl(source, fetchOptions);
  if ('problem' in page) {
    yield { source, reason: page.problem };
    return;
  }
  const type = (page.contentType ?? '').toLowerCase();
  const decoded = decodeHtmlBytes(page.bytes, headerCharset(type));
  if ('problem' in decoded) {
    yield { source, reason: decoded.problem };
    return;
  }
  if (!decoded.text.trim()) {
    yield { source, reason: 'the server sent an empty page' };
    return;
  }
  if (looksLikeFeed(decoded.text) || (FEED_TYPES.test(type) && !type.includes('html'))) {
    const feed = parseFeed(decoded.text);
    if (!feed) {
      yield { source, reason: 'XML that is not an RSS or Atom feed' };
      return;
    }
    yield* feedDocuments(feed, { source, baseId: urlDocId(page.url), firstOrder, fetchLinks: options.fetchLinks ?? true, fetch: fetchOptions });
    return;
  }
  const isHtml = type.includes('html') || looksLikeHtmlBytes(page.bytes);
  if (isHtml) {
    const canonical = canonicalFromHtml(decoded.text, page.url) ?? canonicalUrl(page.url);
    yield {
      id: urlDocId(canonical),
      source,
      kind: 'html',
      body: decoded.text,
      order: firstOrder,
      url: canonical,
      meta: { encoding: decoded.encoding, ...redirectsOf(page) },
    };
    return;
  }
  if (type.startsWith('text/') || !type) {
    const doc = textDocument(urlDocId(page.url), source, decoded.text, firstOrder, decoded.encoding);
    yield { ...doc, url: canonicalUrl(page.url), meta: { ...doc.meta, ...redirectsOf(page) } };
    return;
  }
  yield { source, reason: `not a web page, feed or text (${type.split(';')[0]})` };
}
