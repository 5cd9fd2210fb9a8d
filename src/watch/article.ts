// The per-article stages a worker runs for one new or changed feed item, before its round's commit:
// the linked page when the feed holds only a summary (the web ingest's fetch and extractor, behind the
// SSRF guard), then extraction, text analysis, enrichment and fingerprints. The result waits in the
// job row as text until its round is committed in order.
import type { Problem, RawDocument } from '../model.ts';
import { loadLanguageModel, processRaw } from '../pipeline.ts';
import { isProblem } from '../ingest/index.ts';
import { fetchUrl, redirectsOf, type FetchOptions } from '../ingest/fetch.ts';
import { decodeHtmlBytes, headerCharset } from '../ingest/html-charset.ts';
import { canonicalFromHtml, canonicalUrl, urlDocId } from '../ingest/url-id.ts';
import { enrichDocument } from '../enrich/index.ts';
import { identityOf } from '../store/update/index.ts';
import { addressesOf } from '../store/addresses.ts';
import { contentHash } from '../prepare/index.ts';
import { storable, toText } from '../store/serial.ts';
import type { ArticlePayload } from './poll.ts';
import type { WatchItem } from './parse.ts';
import { retryAfterMs } from './schedule.ts';
import { feedFullText, textLength, wholeNote } from '../ingest/feed-text.ts';

/** A summary-only item with a link: its text comes from the linked page. */
export function needsPage(item: WatchItem): boolean {
  return !feedFullText(item) && !!item.link;
}

/** What an article job leaves for the commit: the analysed document (as stored text) and its problems. */
export interface PreparedArticle {
  problems: Problem[];
  /** serialised store input: { doc, identity, hash, enrichment } */
  incoming: string | null;
}

export type ArticleStep = { prepared: PreparedArticle } | { retryAt: number; why: string };

/** Attempts at a linked page that answers 429/503 before the summary is used instead. */
const PAGE_ATTEMPTS = 3;

function analyse(raw: RawDocument, problems: Problem[]): PreparedArticle {
  const doc = processRaw(raw);
  if (isProblem(doc)) return { problems: [...problems, doc], incoming: null };
  // the fingerprint holds packed views that do not travel as text: the commit computes it again (it is cheap)
  const incoming = { doc, identity: identityOf(raw), addresses: addressesOf(raw, doc.url), hash: contentHash(doc), enrichment: enrichDocument(doc) };
  // a page's text cut by extract: the article is kept, its note is the page's problem
  return { problems: doc.cut ? [...problems, { source: doc.source, reason: doc.cut }] : problems, incoming: toText({ ...incoming, doc: storable(doc) }) };
}

export async function prepareArticle(p: ArticlePayload, o: { fetch: FetchOptions; attempts: number; now: number }): Promise<ArticleStep> {
  await loadLanguageModel();
  const item = p.item;
  const where = `${p.feedUrl}#${item.key}`;
  // the outlet is the site, as ingest of the same feed reads it (src/ingest/feed.ts): the item's own source, else the
  // page's, else the feed's title
  const meta = { title: item.title, published: item.published, outlet: item.outlet ?? null, feedTitle: p.feedTitle, byline: item.byline };
  const url = item.link ? canonicalUrl(item.link) : null;
  const id = item.link ? urlDocId(item.link) : urlDocId(where);
  const source = url ?? where;
  const full = feedFullText(item);
  if (full) {
    // a short item whose content reads whole is the article: its note says what made it whole
    const notes = full.whole ? [{ source: where, reason: wholeNote(full.whole) }] : [];
    return { prepared: analyse({ id, source, kind: 'html', body: full.body, order: p.order, url, meta: { ...meta, encoding: 'feed content' } }, notes) };
  }

  let note = 'the item has no link';
  if (item.link) {
    const page = await fetchUrl(item.link, { ...o.fetch, anyStatus: true, retryClosed: false });
    // a kept-alive connection the server had closed meanwhile (a loaded worker, a page asked for over the server's
    // keep-alive timeout after the feed): the page is asked for again at the host's next slot, on a new connection
    if ('problem' in page && page.closed && o.attempts < PAGE_ATTEMPTS) return { retryAt: o.now, why: `linked page not fetched: ${page.problem}` };
    if ('problem' in page) note = `linked page not fetched: ${page.problem}`;
    else if ((page.status === 429 || page.status === 503) && o.attempts < PAGE_ATTEMPTS) {
      const after = retryAfterMs(String(page.headers['retry-after'] ?? ''), o.now) ?? 60_000 * o.attempts;
      return { retryAt: o.now + Math.min(after, 3_600_000), why: `linked page answered HTTP ${page.status}` };
    } else if (page.status >= 400) note = `linked page not fetched: HTTP ${page.status} from the server`;
    else {
      const decoded = decodeHtmlBytes(page.bytes, headerCharset(page.contentType));
      if ('text' in decoded) {
        const canonical = canonicalFromHtml(decoded.text, page.url) ?? canonicalUrl(page.url);
        // the feed item's link stays the document's identity, so a later reading finds the same document
        return {
          prepared: analyse(
            {
              id: urlDocId(canonical),
              source: item.link,
              kind: 'html',
              body: decoded.text,
              order: p.order,
              url: url ?? canonical,
              meta: { ...meta, encoding: decoded.encoding, ...redirectsOf(page) },
            },
            [],
          ),
        };
      }
      note = `linked page not usable: ${decoded.problem}`;
    }
  }
  const summary = item.content ?? item.summary;
  if (!textLength(summary)) return { prepared: { problems: [{ source: where, reason: `feed item has no text: ${note}` }], incoming: null } };
  const problems = [{ source: where, reason: `feed item holds only a summary, used as the text: ${note}` }];
  return { prepared: analyse({ id, source, kind: 'html', body: summary!, order: p.order, url, meta: { ...meta, encoding: 'feed summary' } }, problems) };
}
