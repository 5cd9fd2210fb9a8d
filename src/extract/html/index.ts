// HTML page -> Article: parse within guards, read metadata, cut the main text (our pass, Readability
// as a second opinion when ours is weak), then hand the paragraphs to the line-level chrome filter.
import type { Article, RawDocument, Removal } from '../../model.ts';
import { extractPlainText } from '../plain/index.ts';
import { parsePage } from './parse.ts';
import { normalizeDate } from './dates.ts';
import { extractMetadata, type PageMeta } from './metadata.ts';
import { cleanBlocks, collectBlocks, dropOverlays, extractContent, type Block } from './content.ts';
import type { Element } from './dom.ts';
import { trimEndMatter } from './tail.ts';
import { ldBodyBlocks, stateTreeMarkup, withMarkupLead } from './ld-body.ts';
import { BREADCRUMB_TRAIL } from './boilerplate.ts';
import { canonicalOutlet } from '../plain/outlet-name.ts';
import { agencyName } from '../plain/outlets.ts';
import { letterKey } from './site-name.ts';
import { lazyPackage } from '../../common/lazy.ts';
import { pageZone, zoneless } from '../../common/stamp-zone.ts';
import { normalizePublished } from '../published.ts';
import { REMOVAL_RULES } from '../removal-rules.ts';
import { decodeEntities } from '../../common/normalize.ts';

/** The reason a line repeating the title is removed with. */
const TITLE_REPEATED = REMOVAL_RULES['title-repeated'];

/** Characters a name given with the input loses, as the text does (extract/plain: "Reu\u200bters" is "Reuters"). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const readability = lazyPackage<typeof import('@mozilla/readability')>('@mozilla/readability');
const linkedom = lazyPackage<typeof import('linkedom')>('linkedom');

/**
 * Below this many characters our pass is weak and Readability is asked too (a second parse and its tree walks:
 * not asked when our pass fell back to the whole page but found text, where it never gave twice as much).
 */
const WEAK_TEXT_CHARS = 400;
/**
 * Readability's text replaces ours only when it is this many times longer: at 1.2 times, on news pages the
 * longer text was as often the page's other blocks (teasers, comments) as article text ours had missed.
 */
const READABILITY_GAIN = 2;
/**
 * The JSON-LD article body replaces the text found in the markup when it is this many times longer: the markup
 * showed a teaser (a script renders the rest, a paywall hides it).
 */
const LD_BODY_GAIN = 2;
/** Readability is skipped on pages this large (it walks the tree many times). */
const READABILITY_MAX_CHARS = 3 * 1024 * 1024;

export interface HtmlExtraction {
  paragraphs: string[];
  removed: Removal[];
  meta: PageMeta;
  /** how the main text was found */
  method: string;
}

/** The article's text starts at the first block at least this long. */
const LEAD_TEXT_CHARS = 120;
/** Blocks before it no longer than this, not headings and not sentences, are labels. */
const LABEL_MAX_CHARS = 25;
/**
 * Blocks that are never labels: subheadings, and paragraphs and entries the author wrote ("Moderator: Hans Berg", a
 * salutation, a recipe's "für 12 Stück"). A template's kicker or section name stands in a div, span or link.
 */
const NOT_LABEL_TAGS = /^(h[2-6]|p|li|td|th|dd|dt|blockquote)$/;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function isBreadcrumb(text: string, headings: Set<string>): boolean {
  if (text.length > BREADCRUMB_TRAIL.maxChars || !BREADCRUMB_TRAIL.start.test(text)) return false;
  if (BREADCRUMB_TRAIL.separated.test(text)) return true;
  const t = squash(text);
  for (const h of headings) if (h.length >= 10 && t.endsWith(h) && t.length > h.length) return true;
  return false;
}

/** Readability's article, cut into blocks like ours (Readability needs a full DOM: linkedom's). */
function readabilityBlocks(source: string): Block[] {
  try {
    const { document } = linkedom().parseHTML(source);
    if (document.body) dropOverlays(document.body as unknown as Element);
    const reader = new (readability().Readability)(document as never, { serializer: (el: Node) => el, charThreshold: 300 } as never);
    const result = reader.parse() as { content?: unknown } | null;
    const root = result?.content as Element | undefined;
    // linkedom's nodes have every member collectBlocks reads (node types, links, tag, text)
    return root && typeof root === 'object' ? collectBlocks(root as unknown as Element) : [];
  } catch {
    return [];
  }
}

const blockChars = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);

/** Main text and metadata of one HTML page (no line-level filtering yet). */
export function extractHtmlContent(markup: string, url: string | null = null): HtmlExtraction {
  const { document, source, notes, hostile } = parsePage(markup);
  const meta = extractMetadata(document, url);
  const content = extractContent(document, meta.pageTitle);
  let blocks = content.blocks;
  let method = content.container;
  const removed: Removal[] = notes.map((text) => ({ text, reason: 'markup guard' }));
  removed.push(...content.removed);
  const weak = blockChars(blocks) < WEAK_TEXT_CHARS;
  if (weak && markup.length <= READABILITY_MAX_CHARS && !hostile) {
    // Readability keeps link lines and lists it found among the text ("Jetzt testen", a most-read list): they go as in our pass
    const dropped: Removal[] = [];
    const other = cleanBlocks(readabilityBlocks(source), dropped);
    if (blockChars(other) > blockChars(blocks) * READABILITY_GAIN) {
      blocks = other;
      method = 'Readability (our pass found little)';
      removed.push(...dropped);
    }
  }
  if (meta.articleBody && meta.articleBody.length > blockChars(blocks) * LD_BODY_GAIN) {
    const dropped: Removal[] = [];
    // the same text as a script's node tree keeps its paragraphs and marks its inline related headlines as links
    const tree = stateTreeMarkup(source, meta.articleBody);
    const other = cleanBlocks(tree ? ldBodyBlocks(tree, 0) : ldBodyBlocks(meta.articleBody), dropped);
    if (blockChars(other) > blockChars(blocks) * LD_BODY_GAIN) {
      blocks = withMarkupLead(blocks, other);
      method = 'JSON-LD articleBody (the markup showed little)';
      removed.push(...dropped);
    }
  }
  const headings = new Set([meta.pageTitle, meta.headline].filter((x): x is string => !!x).map(squash));
  const paragraphs: string[] = [];
  // short labels before the text starts (section names, breadcrumbs, kickers) are the page's frame
  const firstText = blocks.findIndex((b) => b.text.length >= LEAD_TEXT_CHARS);
  for (const [i, b] of blocks.entries()) {
    if (i < firstText && b.text.length <= LABEL_MAX_CHARS && !NOT_LABEL_TAGS.test(b.tag) && !/[.!?:]$/.test(b.text)) {
      removed.push({ text: b.text, reason: 'label before the text' });
      continue;
    }
    // a breadcrumb trail above the text: sections after a home link, or ending in the page's headline (a long trail, its
    // categories and the headline, may itself be the first block long enough to count as text: chabermu's)
    if (i <= firstText && isBreadcrumb(b.text, headings)) {
      removed.push({ text: b.text, reason: 'navigation' });
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(b.text)) continue; // separators, bullets, replacement characters
    // the page's h1 is its headline (or a section name above it): metadata, not body text
    if (b.tag === 'h1' || (/^h[2-3]$/.test(b.tag) && headings.has(squash(b.text)))) {
      removed.push({ text: b.text, reason: 'headline (kept as the title)' });
      continue;
    }
    // canonical Unicode form (NFC): the same words compare equal whichever code points the page used
    paragraphs.push(b.text.normalize('NFC'));
  }
  return { paragraphs: trimEndMatter(paragraphs, removed), removed, meta, method };
}

/** A title as the text stage writes it (extract/plain: entities decoded, invisible characters out). */
const asTitle = (t: string): string => decodeEntities(t).replace(INVISIBLE, '').trim();

/** A RawDocument of kind 'html' -> Article. */
export function extractHtml(raw: RawDocument): Article {
  const pageUrl = raw.url ?? null;
  const { paragraphs, removed, meta } = extractHtmlContent(raw.body, pageUrl);
  const named = raw.meta.title ?? meta.title ?? meta.headline;
  const title = named ?? raw.id;
  // the text's lines are compared with the title as the page writes it (its site part and all: metadata.ts pageTitle)
  const written = raw.meta.title ?? meta.pageTitle ?? meta.headline ?? raw.id;
  // a page from the web or a feed item with no title: its first sentence, as a text file's, not its id (a hash of its
  // address: a watched Atom feed's entries without titles made a story titled "a34d72e9d3ff"); a file keeps its name
  const untitled = !named && raw.url ? '' : written;
  // a web archive's capture date is when the page was fetched, not when it ran (a 2010 article archived in 2023 was
  // "published 2023-06-01"): kept apart as `captured`, the page without a date of its own stays undated
  const published = raw.meta.published ?? meta.published ?? null;
  const captured = normalizeDate(raw.meta.crawled);
  // a container's stamp without a zone (a record holding a page) takes the zone the page's own stamps give
  // (the page's meta stamps without one keep only their day: html/dates.ts)
  // (as written: the normalised form drops a fraction of a second the page's other stamps repeat)
  const stamp = published?.trim();
  const zone = raw.meta.zone ?? pageZone(zoneless(stamp) ? stamp : normalizePublished(stamp), raw.body);
  // Our paragraphs are already the article's blocks, clean as a record is: the line filter applies its
  // strong chrome rules only (its scraped-text pass would hunt for a main block we already found).
  const asRecord = (recordTitle: string): Article =>
    extractPlainText({
      ...raw,
      kind: 'record',
      url: pageUrl ?? meta.canonical,
      body: paragraphs.join('\n\n'),
      meta: {
        ...raw.meta,
        title: recordTitle,
        published,
        zone,
        outlet: raw.meta.outlet ?? meta.outlet,
        byline: raw.meta.byline?.length ? raw.meta.byline : meta.byline,
      },
    });
  let article = asRecord(untitled);
  if (!article.title) article = { ...article, title };
  // the title shown and grouped by is the one without the site's name, as the text stage writes a title
  else if (named && named !== written && article.title === asTitle(written)) article = { ...article, title: asTitle(named) };
  // a page without a title whose every line repeats its file's name ("Draft" in draft.html) lost them all as repeats
  // of a title it never gave, and was "page chrome": its lines are its text, judged as a text file's would be
  if (!named && article.paragraphs.length === 0 && article.removed.some((r) => r.reason === TITLE_REPEATED)) article = { ...asRecord(''), title };
  // the page's footer names its outlet when nothing above did
  const footer = !article.outlet && meta.copyrightHolder ? { outlet: canonicalOutlet(meta.copyrightHolder), outletEvidence: 'copyright line' } : {};
  // a feed item's page that names no outlet at all: the feed's title, last (it came before the page's own site name)
  const feedTitle = raw.meta.feedTitle?.replace(INVISIBLE, '').trim();
  const fromFeed = !article.outlet && !footer.outlet && feedTitle ? { outlet: canonicalOutlet(feedTitle), outletEvidence: 'feed title' } : {};
  // a wire's name beside the persons who wrote is its credit, not an author ("Jill Serjeant; Steve Gorman; Reuters" on
  // reuters.com), as is the outlet's own name ("Rob Picheta, CNN" on cnn.com): the persons stay; a wire's or the
  // outlet's name alone (the page's only credit) stays
  const outletKey = article.outlet ? letterKey(article.outlet) : null;
  const persons = article.byline.filter((b) => !agencyName(b) && letterKey(b) !== outletKey);
  const byline = persons.length && persons.length < article.byline.length ? { byline: persons } : {};
  return {
    ...article,
    ...byline,
    ...footer,
    ...fromFeed,
    url: pageUrl ?? meta.canonical,
    removed: [...removed, ...article.removed],
    languageHint: article.languageHint ?? meta.language,
    ...(captured ? { captured } : {}),
  };
}
