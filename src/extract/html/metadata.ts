// Page metadata: title, published date, byline, outlet, canonical URL, language.
// Each field takes the first source that gives a usable value, in the order of the lists below.
import { normalizeDate, dateFromUrl } from './dates.ts';
import { agencyName } from '../plain/outlets.ts';
import { copyrightHolders, outletFromUrl } from '../plain/outlet-name.ts';
import { attr, documentElements } from './walk.ts';
import { parseDocument, type Document, type Element } from './dom.ts';
import { stepsText } from './ld-body.ts';
import { bylineText, DEGREE, isStaffCredit } from './byline.ts';
import { handleName, handleOf, isCompany, sameLetters, siteName, titleWithoutSite } from './site-name.ts';
import { PART_SEPARATORS } from './title-parts.ts';

export interface PageMeta {
  /** the page's title without the site's name its template put in it ("Headline - Outlet": "Headline") */
  title: string | null;
  /** the title as the page writes it (og:title or the JSON-LD headline, site part and all): what the text's lines are
   * compared with (a line repeating it, the headline); the texts stay as they were read before the site part was cut */
  pageTitle: string | null;
  /** the page's main heading (h1), kept to drop it from the body */
  headline: string | null;
  published: string | null;
  byline: string[];
  outlet: string | null;
  /** the page's own copyright holder (footer), when no site name or known domain names the outlet */
  copyrightHolder: string | null;
  canonical: string | null;
  language: string | null;
  /** the article's text as its JSON-LD gives it (`articleBody`, or a how-to's steps as markup), as written */
  articleBody: string | null;
}

/** <meta> names/properties per field, most specific first. */
const META_TITLE = ['og:title', 'twitter:title', 'dc.title', 'title'];
const META_DATE = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'datepublished',
  'date.published',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'og:published_time',
  'cxenseparse:recs:publishtime',
  'article:modified_time',
];
const META_AUTHOR = ['author', 'article:author', 'byl', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'twitter:creator'];
/** Where a page names its site, in order (the JSON-LD's publisher and organisation come after the first two). */
const META_SITE = ['og:site_name', 'application-name'];
const META_PUBLISHER = ['publisher', 'dc.publisher'];
/** A social handle: the last resort, after the footer's copyright line, unless the title spells it. */
const META_HANDLE = 'twitter:site';
const META_URL = ['og:url', 'twitter:url'];
/** JSON-LD @type values that describe the article itself. */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|WebPage|Posting|SocialMediaPosting)$/;
/** Title separators before a site name: "Headline | Site", "Headline - Site" (the site name's own, title-parts.ts). */
const TITLE_SEPARATORS = PART_SEPARATORS.map((s) => ` ${s} `);

type Json = Record<string, unknown>;

/** Characters that show as nothing (zero-width space, word joiner, byte order mark, soft hyphen): in a name they
 * only make two outlets that read the same differ ("Reu\u200bters" and "Reuters" were two outlets). */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/**
 * The elements metadata is read from, found in one walk of the page (a querySelector per field walked the
 * whole page each time). `time` and `author` are the first element matching any selector of the lists the
 * fields used: `time[datetime], time[pubdate], [itemprop="datePublished"]` and
 * `[rel="author"], [itemprop="author"], .byline, .author-name, .author`.
 */
interface PageElements {
  metas: Element[];
  jsonLd: Element[];
  h1: Element | null;
  title: Element | null;
  time: Element | null;
  author: Element | null;
  canonical: Element | null;
}

const AUTHOR_CLASSES = new Set(['byline', 'author-name', 'author']);

function pageElements(document: Document): PageElements {
  const found: PageElements = { metas: [], jsonLd: [], h1: null, title: null, time: null, author: null, canonical: null };
  for (const el of documentElements(document)) {
    const tag = el.localName.toLowerCase();
    if (tag === 'meta') found.metas.push(el);
    else if (tag === 'script') {
      if (attr(el, 'type') === 'application/ld+json') found.jsonLd.push(el);
    } else if (tag === 'h1') found.h1 ??= el;
    else if (tag === 'title') found.title ??= el;
    else if (tag === 'link' && !found.canonical && attr(el, 'rel') === 'canonical') found.canonical = el;
    const itemprop = attr(el, 'itemprop');
    if (!found.time && ((tag === 'time' && (el.hasAttribute('datetime') || el.hasAttribute('pubdate'))) || itemprop === 'datePublished')) found.time = el;
    if (!found.author) {
      const cls = attr(el, 'class');
      if (attr(el, 'rel') === 'author' || itemprop === 'author' || cls?.split(/\s+/).some((c) => AUTHOR_CLASSES.has(c))) found.author = el;
    }
  }
  return found;
}

function metaMap(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of metas) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv') ?? '').trim().toLowerCase();
    const value = clean(attr(el, 'content'));
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

function firstMeta(map: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = map.get(k);
    if (v) return v;
  }
  return null;
}

/** Every JSON-LD object on the page, @graph and arrays flattened. */
function jsonLdObjects(scripts: Element[]): Json[] {
  const out: Json[] = [];
  for (const script of scripts) {
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!raw || raw.length > 500_000) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      continue;
    }
    const stack = [value];
    while (stack.length && out.length < 200) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        out.push(v as Json);
        const graph = (v as Json)['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return out;
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object') {
    const n = (v as Json).name;
    return typeof n === 'string' ? [n] : [];
  }
  return [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

/** A title without its " | Site" tail (the tail that names the outlet, or the last short part). */
export function stripSiteSuffix(title: string, outlet: string | null): string {
  for (const sep of TITLE_SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = title.slice(0, i).trim();
    const tail = title.slice(i + sep.length).trim();
    const tailIsSite = (outlet && tail.toLowerCase().includes(outlet.toLowerCase().slice(0, 12))) || tail.split(/\s+/).length <= 4;
    if (tailIsSite && head.length >= 10) return head;
    // "Site | Headline" order
    const j = title.indexOf(sep);
    const first = title.slice(0, j).trim();
    if (outlet && first.toLowerCase() === outlet.toLowerCase()) return title.slice(j + sep.length).trim();
  }
  return title;
}

/**
 * The outlet a page names: the first of its site's names (og:site_name, application-name, the JSON-LD publisher or
 * organisation, a publisher meta) that is a publication's name (site-name.ts: no section label, headline, placeholder,
 * tagline); an address as a site name only when no name follows; a social handle as the title spells it, or
 * marked as a handle (the footer's copyright line goes before it).
 */
function pageOutlet(meta: Map<string, string>, article: Json | null, ld: Json[], docTitle: string | null): { name: string; handle: boolean } | null {
  const titles = [meta.get('og:title'), docTitle].filter((t): t is string => !!t);
  const values = [
    ...META_SITE.map((k) => meta.get(k)),
    article ? names(article.publisher)[0] : undefined,
    ld.find((o) => types(o).some((t) => t === 'Organization' || t === 'NewsMediaOrganization' || t === 'WebSite'))?.name,
    ...META_PUBLISHER.map((k) => meta.get(k)),
  ];
  let weak: string | null = null;
  for (const v of values) {
    const raw = typeof v === 'string' ? clean(v) : null;
    if (!raw) continue;
    const read = siteName(raw.replace(/^@/, ''), { titles });
    // an address the page gave first stays before its owner company's name ("www.portalspozywczy.pl", "PTWP-ONLINE Sp. z o.o.")
    if (read && !read.weak && !(weak && isCompany(read.name))) return { name: read.name, handle: false };
    weak ??= read?.name ?? null;
  }
  if (weak) return { name: weak, handle: false };
  const handle = meta.get(META_HANDLE);
  if (!handle) return null;
  const spelled = handleName(handle, docTitle);
  if (spelled) return { name: spelled, handle: false };
  const read = siteName(handleOf(handle), { titles });
  return read ? { name: read.name, handle: true } : null;
}

/** Every name the page gives its site, as written (the outlet read from them, og:site_name, application-name, its
 * publisher and organisation, the publisher meta) and its address's host: what a title's site part may spell. */
function siteNames(meta: Map<string, string>, article: Json | null, ld: Json[], outlet: string | null, address: string | null): string[] {
  const values = [
    outlet,
    ...META_SITE.map((k) => meta.get(k)),
    article ? names(article.publisher)[0] : undefined,
    ld.find((o) => types(o).some((t) => t === 'Organization' || t === 'NewsMediaOrganization' || t === 'WebSite'))?.name,
    ...META_PUBLISHER.map((k) => meta.get(k)),
    address ? hostOf(address) : null,
  ];
  return values.map((v) => (typeof v === 'string' ? clean(v) : null)).filter((v): v is string => !!v);
}

function hostOf(address: string): string | null {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function cleanByline(s: string): string | null {
  // a JSON-LD or meta value that escapes its markup twice ("Lindsey O&#039;Donnell", "Redacci&oacute;n")
  const t = clean(bylineText(ENTITY.test(s) ? (parseDocument(s).textContent ?? s) : s)?.replace(ADDRESS_AFTER, ''));
  if (!t || t.length > 100 || NO_WRITER.test(t)) return null;
  return t;
}

/** A byline that is an address, a handle or a hidden e-mail, no writer's name ("https://...", "www.haufe.de",
 * "facebook.com/vegolosi", "@someone", "cipha[at]cipha.net"). */
const NO_WRITER = /^(?:https?:|www\.|@|(?:[a-z0-9-]+\.)+[a-z]{2,}\/)|\[at\]|\(at\)/i;
/** A handle or an address in brackets after the name ("Williams Perdomo @wperdomod", "Deutsche Welle (www.dw.com)"). */
const ADDRESS_AFTER = /\s+(?:@\w+|\((?:https?:\/\/|www\.)[^)]*\))$/;

/** An editor's short sign and a wire's name with a slash between ("det/dpa" on sportnews.bz): two credits, so the
 * wire's is read as the wire's (the article's origin) and the sign stays the byline. */
const SLASH_PAIR = /^([^\s/]+)\s*\/\s*([^\s/]+)$/;
function wireSlash(name: string): string[] {
  const m = SLASH_PAIR.exec(name);
  return m && (agencyName(m[1]) || agencyName(m[2])) ? [m[1], m[2]] : [name];
}

/** An entity left in a value (htmlparser2 decodes every named one). */
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

/** What a lower-case word inside a byline's piece shows: an organisation's name ("Bundesministerium für Wirtschaft und
 * Klimaschutz"), whose "und" / "and" is its own, not a list's. */
const LOWER_INSIDE = /\s\p{Ll}/u;

/** A meta author line's names: split at commas and semicolons, at "and" / "und" between persons (not inside an
 * organisation's name), without a degree standing alone ("Grant Tinsley, PhD") or an imprint's place. */
function splitNames(line: string): string[] {
  const pieces = line.split(/\s*[,;]\s*/);
  const imprint = imprintNames(pieces);
  // an imprint names its publisher whole ("Kirche und Leben, Münster, Germany": one name, not "Kirche" and "Leben")
  if (imprint?.length === 1) return imprint;
  return (imprint ?? pieces).flatMap(splitAnd).filter((p) => p && !DEGREE.test(p));
}

/** The country a publisher's imprint closes with, written as its meta author line ("Süddeutsche.de GmbH, Munich,
 * Germany", "Olympia-Verlag GmbH, Nürnberg, Germany"): a place, never a writer. */
const IMPRINT_COUNTRY =
  /^(?:germany|deutschland|austria|österreich|switzerland|schweiz|suisse|france|italy|italia|spain|españa|netherlands|usa|u\.s\.a\.|united states|uk|united kingdom|canada|australia)$/i;
/** The town before it: one capitalised word, with a river's or a region's qualifier ("Frankfurt a. M."); a piece with
 * a person's two names ("Daniel Hentschel ebrosia") is no town. */
const IMPRINT_TOWN = /^\p{Lu}[\p{L}-]+(?:\s+(?:a\.\s?M\.|am Main|an der \p{Lu}\p{L}+|\(\p{L}+\)))?$/u;
/** A meta author line's names without the imprint's place (its country and the town before it); null when the line
 * closes with no country. */
function imprintNames(pieces: string[]): string[] | null {
  if (pieces.length < 2 || !IMPRINT_COUNTRY.test(pieces[pieces.length - 1])) return null;
  const rest = pieces.slice(0, -1);
  if (rest.length > 1 && IMPRINT_TOWN.test(rest[rest.length - 1])) rest.pop();
  return rest;
}

/** A JSON-LD author's name that lists persons ("Glen Owen and Brendan Carlin"): split only when each piece is a person's
 * name of two capitalised words or more ("Staff and news service reports" stays one credit). */
const PERSON = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;
function splitPersons(name: string): string[] {
  const pieces = splitAnd(name);
  return pieces.length > 1 && pieces.every((p) => PERSON.test(p)) ? pieces : [name];
}

/** A piece's persons at "and" / "und" ("Glen Owen and Brendan Carlin"), not an organisation's own "und". */
function splitAnd(piece: string): string[] {
  const m = /\s(?:and|und)\s/.exec(piece);
  return m && LOWER_INSIDE.test(piece.slice(0, m.index)) ? [piece] : piece.split(/\s*\b(?:and|und)\b\s*/).filter(Boolean);
}

function languageCode(v: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec((v ?? '').trim());
  return m ? m[1].toLowerCase() : null;
}

export function extractMetadata(document: Document, url: string | null): PageMeta {
  const page = pageElements(document);
  const meta = metaMap(page.metas);
  const ld = jsonLdObjects(page.jsonLd);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? ld.find((o) => types(o).includes('WebPage')) ?? null;

  const h1 = clean(page.h1?.textContent);
  const docTitle = clean(page.title?.textContent);
  const outlet = pageOutlet(meta, article, ld, docTitle);

  const canonicalHref = (page.canonical ? attr(page.canonical, 'href') : null) ?? firstMeta(meta, META_URL) ?? (article ? str(article.url) : null);
  const canonical = absoluteUrl(canonicalHref, url);
  const sites = siteNames(meta, article, ld, outlet?.name ?? null, url ?? canonical);
  const named = firstMeta(meta, META_TITLE.slice(0, 1)) ?? (article ? (str(article.headline) ?? str(article.name)) : null);
  const pageTitle = named ?? (docTitle ? stripSiteSuffix(docTitle, outlet?.name ?? null) : null) ?? h1 ?? firstMeta(meta, META_TITLE.slice(1));
  // the page's own title tail is cut above (stripSiteSuffix); its head or another site part may still name the site
  const title = pageTitle && pageTitle !== h1 ? titleWithoutSite(pageTitle, sites, { head: pageTitle === named, headline: h1 }) : pageTitle;

  const timeEl = page.time;
  const published =
    normalizeDate(article ? (str(article.datePublished) ?? str(article.dateCreated)) : null) ??
    normalizeDate(firstMeta(meta, META_DATE)) ??
    normalizeDate(timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('content') ?? timeEl?.textContent) ??
    dateFromUrl(url);

  let byline = article
    ? names(article.author)
        .map(cleanByline)
        .filter((x): x is string => !!x)
        .flatMap(splitPersons)
    : [];
  if (!byline.length) {
    const m = firstMeta(meta, META_AUTHOR);
    const b = m ? cleanByline(m) : null;
    if (b) byline = splitNames(b);
  }
  if (!byline.length) {
    const el = page.author;
    const b = el ? cleanByline(el.textContent ?? '') : null;
    if (b) byline = [b];
  }
  // a newsroom's credit with no person ("Redaktion", "Staff Writer", "N-Land Redaktion") is no byline; the page's other
  // sources are not read for one (they gave the outlet's name or the same credit again: "Gelbe Liste Online")
  byline = byline.filter((b) => !isStaffCredit(b, sites));
  byline = [...new Set(byline.flatMap(wireSlash))].slice(0, 10);

  const language =
    languageCode(document.documentElement?.getAttribute('lang')) ??
    languageCode(meta.get('content-language') ?? null) ??
    languageCode(meta.get('og:locale') ?? null) ??
    languageCode(article ? str(article.inLanguage) : null);

  // a handle gives way to the footer's holder when the holder is the handle's name ("handelsblatt_de", "© Handelsblatt")
  const footer = (outlet && !outlet.handle) || outletFromUrl(url ?? canonical) ? null : footerCopyright(document);
  const copyrightHolder = footer && outlet?.handle && !sameLetters(footer, outlet.name) ? null : footer;

  // the article's text as the JSON-LD writes it: an article's body, or a how-to's or recipe's steps
  const articleBody = article && typeof article.articleBody === 'string' ? article.articleBody : stepsText(ld);

  return {
    title,
    pageTitle,
    headline: h1,
    published,
    byline,
    outlet: outlet && !(outlet.handle && copyrightHolder) ? stripHandle(outlet.name) : null,
    copyrightHolder,
    canonical,
    language,
    articleBody,
  };
}

/** Where a page prints its own copyright line: a <footer>, role contentinfo, or a class or id naming a footer or copyright. */
const FOOTER_NAME = /footer|copyright/;
/** A class or id naming a picture's credit ("image-copyright", "figure__copyright", "bildcopyright"): the picture's holder. */
const PICTURE_CREDIT = /image|img|photo|foto|bild|caption|figure/i;
/** A dialog's footer ("modal-footer" under a picture shown large): the picture's caption and credit, not the page's. */
const DIALOG = /modal|dialog|lightbox/i;
const namesFooter = (name: string | null): boolean => !!name && FOOTER_NAME.test(name) && !PICTURE_CREDIT.test(name) && !DIALOG.test(name);
/** Elements whose copyright line is a picture's credit wherever it is ("<figcaption><div class="copyright">"). */
const PICTURE_BOX = new Set(['figure', 'figcaption', 'picture']);
function inPicture(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (PICTURE_BOX.has(p.localName)) return true;
  return false;
}
const isFooter = (el: Element): boolean =>
  (el.localName === 'footer' || attr(el, 'role') === 'contentinfo' || namesFooter(attr(el, 'class')) || namesFooter(attr(el, 'id'))) && !inPicture(el);
/** Footer text read for it (characters from the end: the line closes the footer). */
const FOOTER_TAIL_CHARS = 2000;

/** The first copyright holder in the page's footers that is not a wire agency (their photos carry © too) nor a
 * picture's credit (a photographer's and owner's names with a slash, a dialog's footer, a figure's caption). */
function footerCopyright(document: Document): string | null {
  for (const el of documentElements(document)) {
    if (!isFooter(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').slice(-FOOTER_TAIL_CHARS);
    const holder = copyrightHolders(text, { pictureCredits: false }).find((h) => !agencyName(h));
    if (holder) return holder;
  }
  return null;
}

function stripHandle(s: string): string {
  return s.replace(/^@/, '');
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
