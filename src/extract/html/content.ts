// Main text of a page in the trafilatura manner: drop chrome blocks (tags, roles, class/id patterns,
// link density), find the article container (explicit markers first, paragraph scoring second),
// pull in sibling paragraphs the container left out, and cut the container into text blocks.
import type { Removal } from '../../model.ts';
import {
  BLOCK_TAGS,
  CHROME_PATTERNS,
  CREDIT_LINE,
  CREDIT_LINE_MAX,
  CHROME_ROLES,
  CHROME_TAGS,
  CONTENT_SELECTORS,
  DROP_TAGS,
  GALLERY_PAGE,
  GALLERY_PAGE_TAGS,
  INLINE_MARKER_TAGS,
  LABEL_VALUE,
  INGREDIENT_WORDS,
  INLINE_POINTER,
  LEAD_COMPOUNDS,
  LEAD_ITEMPROPS,
  LEAD_NOT_WORDS,
  LEAD_WORDS,
  LINK_DENSITY_MAX,
  NEUTRAL_CLASSES,
  OVERLAY_BOX,
  OVERLAY_NAME,
  PLAIN_POINTER,
  PARAGRAPH_TAGS,
  SHORT_BLOCK,
  SKIP_LINK,
  TRANSLATION_CREDIT_BLOCK,
} from './patterns.ts';
import { isTranslationCredit } from '../../common/translation-credits.ts';
import { CONTENT_LIMITS as L } from './limits.ts';
import { attr, documentElements, elements, hasDescendant, nextElement } from './walk.ts';
import { isTailHeading } from './tail.ts';
import { HEADINGS, type Document, type Element, type Node } from './dom.ts';

/** One run of text between block boundaries. */
export interface Block {
  text: string;
  /** innermost block element it sits in */
  tag: string;
  /** characters inside links */
  linkChars: number;
  /** of those, characters inside jump links to the page's own anchors (a table of contents) */
  jumpChars?: number;
  /** which block element the run sits in: runs of one element split at <br> share it */
  within?: number;
  /** the run stands inside a <blockquote>: quoted text, whatever its tags */
  quoted?: boolean;
}

export interface ContentResult {
  blocks: Block[];
  removed: Removal[];
  /** how the container was chosen, for the document's notes */
  container: string;
  /** characters of text on the whole page (after scripts and styles are gone) */
  pageChars: number;
}

interface Stats {
  /** non-space characters of text below the element */
  chars: number;
  /** of those, inside links */
  linkChars: number;
  links: number;
  /** Readability-like paragraph score of the element's direct paragraph children */
  score: number;
  /** characters of paragraph-like text below the element (low link density, not tiny) */
  good: number;
}

const MAX_REMOVED = 200;
const HAS_WORD = /[\p{L}\p{N}]/u;
const REMOVED_SNIPPET = 200;

const tagOf = (el: Element): string => (el.localName ?? el.tagName ?? '').toLowerCase();

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Text of an element with whitespace collapsed, blocks kept apart by a space. */
export function textOf(el: Node): string {
  if (el.nodeType !== 1) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return collectBlocks(el as Element)
    .map((b) => b.text)
    .join(' ');
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Whether an element is never text: scripts, styles, form controls, hidden elements. */
function invisible(el: Element, tag: string): boolean {
  // <noscript> usually holds a tracking pixel, but some blog templates put the whole post in it
  if (tag === 'noscript') return nonSpace(el.textContent ?? '') < L.noscriptText;
  if (DROP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** Remove the invisible elements (their subtrees are not walked); returns the <body> elements met. */
function dropInvisible(root: Element): Element[] {
  const doomed: Element[] = [];
  const bodies: Element[] = [];
  for (let el: Element | null = root; el; ) {
    const tag = tagOf(el);
    const drop = el !== root && invisible(el, tag);
    if (drop) doomed.push(el);
    else if (tag === 'body') bodies.push(el);
    el = nextElement(el, root, drop);
  }
  for (const el of doomed) el.remove();
  return bodies;
}

/** Per-element text statistics, computed bottom-up in one pass. */
function measure(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  // post-order (children first, left to right) without a stack: the first leaf, then each sibling's first
  // leaf or the parent
  const firstLeaf = (from: Element): Element => {
    let el = from;
    for (let c = el.firstElementChild; c; c = el.firstElementChild) el = c;
    return el;
  };
  for (let el: Element | null = firstLeaf(root); el; el = el === root ? null : el.nextElementSibling ? firstLeaf(el.nextElementSibling) : el.parentElement) {
    const s: Stats = { chars: 0, linkChars: 0, links: 0, score: 0, good: 0 };
    const isLink = tagOf(el) === 'a' && isHyperlink(el);
    let direct = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const n = nonSpace(c.nodeValue ?? '');
        s.chars += n;
        direct += n;
        if (isLink) s.linkChars += n;
      } else if (c.nodeType === 1) {
        const k = stats.get(c as Element);
        if (!k) continue;
        s.chars += k.chars;
        s.linkChars += isLink ? k.chars : k.linkChars;
        s.links += k.links;
        const ct = tagOf(c as Element);
        const density = k.chars ? k.linkChars / k.chars : 0;
        if (PARAGRAPH_TAGS.has(ct) && k.chars >= L.paragraphMinChars) {
          if (density < L.paragraphScoreMaxLinkDensity)
            s.score += (1 + Math.min(k.chars / L.scoreCharsPerPoint, L.scoreMaxLengthPoints) + commas(c as Element)) * (1 - density);
        }
        if (PARAGRAPH_TAGS.has(ct) && ct !== 'li' && k.chars >= L.paragraphMinChars && density < L.goodMaxLinkDensity) s.good += k.chars - k.linkChars;
        else s.good += k.good;
        // inline children (b, span, font) are part of their parent's running text
        if (!BLOCK_TAGS.has(ct)) direct += k.chars - k.linkChars;
      }
    }
    if (isLink) s.links++;
    // running text straight in a div or cell (old layouts separate paragraphs with <br>)
    if (direct >= L.runningTextChars && !PARAGRAPH_TAGS.has(tagOf(el))) s.good += direct;
    stats.set(el, s);
  }
  return stats;
}

function commas(el: Element): number {
  const t = el.textContent ?? '';
  let n = 0;
  for (let i = 0; i < t.length && n < L.commaMax; i++) if (t.charCodeAt(i) === 44 || t.charCodeAt(i) === 0x3001) n++;
  return n;
}

/**
 * Classes that label an item rather than a block: WordPress puts "tag-floods category-news
 * author-admin" on the article itself. A pattern must not read those as a tag list or a byline.
 */
const ITEM_CLASS = /^(tag|category|author|format|status|type|postid)-(?!(list|cloud|box|bio|info|links|area|wrapper|container|block|section)$)[\w-]+$/i;

/** What a figure may hold that is text, not an image. */
const FIGURE_TEXT = new Set(['table', 'blockquote']);

/** Tags whose class or id says first what they are (a comment form is the comment section, whatever else it holds). */
const NAMED_FIRST = new Set(['form']);

/** Why an element is chrome by its tag, role or class/id, or null. */
export function chromeReason(el: Element): string | null {
  const tag = tagOf(el);
  // a figure may wrap a data table or a pull quote: those are text
  if (tag === 'figure' && hasDescendant(el, FIGURE_TEXT)) return null;
  if (CHROME_TAGS[tag] && !NAMED_FIRST.has(tag)) return CHROME_TAGS[tag];
  const role = attr(el, 'role');
  if (role && CHROME_ROLES[role.toLowerCase()]) return CHROME_ROLES[role.toLowerCase()];
  // a custom element's tag names what it is, as a class does ("pp-inline-teaser", "share-buttons")
  const custom = tag.includes('-');
  const cls = custom ? `${tag} ${attr(el, 'class') ?? ''}` : attr(el, 'class');
  // a heading's id is its anchor, a slug of its own words ("nav_nur_die_folie__1", "related-work"): no chrome signal
  const id = HEADINGS.has(tag) ? null : attr(el, 'id');
  if (!cls && !id) return CHROME_TAGS[tag] ?? null;
  const key = `${cls ?? ''}#${id ?? ''}`;
  let reason = NAME_REASONS.get(key);
  if (reason === undefined) {
    reason = namesReason(cls, id);
    if (NAME_REASONS.size >= NAME_REASONS_MAX) NAME_REASONS.clear();
    NAME_REASONS.set(key, reason);
  }
  return reason ?? CHROME_TAGS[tag] ?? null;
}

/** Chrome reasons by class and id: pages repeat the same few class strings on hundreds of elements. */
const NAME_REASONS = new Map<string, string | null>();
const NAME_REASONS_MAX = 20_000;

function namesReason(cls: string | null, id: string | null): string | null {
  // a recipe's ingredients are its text, whatever else the template calls the box ("print-links")
  if (namesIngredients(cls, id)) return null;
  const names = `${
    cls
      ? cls
          .split(/\s+/)
          .filter((t) => !ITEM_CLASS.test(t) && !NEUTRAL_CLASSES.some((re) => re.test(t)))
          .join(' ')
      : ''
  } ${id ?? ''}`.trim();
  if (!names) return null;
  for (const { re, reason } of CHROME_PATTERNS) if (re.test(names)) return reason;
  return null;
}

function isAncestorOrSelf(a: Element, b: Element | null): boolean {
  for (let n: Node | null = b; n; n = n.parentNode) if (n === a) return true;
  return false;
}

/** A content selector in the simple forms the table uses: tag, .class, #id, [attr="value"]. */
type Matcher = { kind: 'tag' | 'class' | 'id'; value: string } | { kind: 'attr'; name: string; value: string };

function compileSelector(selector: string): Matcher {
  if (selector.startsWith('.')) return { kind: 'class', value: selector.slice(1) };
  if (selector.startsWith('#')) return { kind: 'id', value: selector.slice(1) };
  const attr = /^\[([\w-]+)="([^"]*)"\]$/.exec(selector);
  if (attr) return { kind: 'attr', name: attr[1], value: attr[2] };
  return { kind: 'tag', value: selector };
}

const MATCHERS = CONTENT_SELECTORS.map(compileSelector);

/** Which content selectors an element matches (indexes into CONTENT_SELECTORS). */
function matchingSelectors(el: Element, tag: string): number[] {
  const out: number[] = [];
  const cls = attr(el, 'class');
  const classes = cls ? cls.split(/\s+/) : [];
  const id = attr(el, 'id');
  for (let i = 0; i < MATCHERS.length; i++) {
    const m = MATCHERS[i];
    const hit =
      m.kind === 'attr' ? attr(el, m.name) === m.value : m.kind === 'tag' ? tag === m.value : m.kind === 'class' ? classes.includes(m.value) : id === m.value;
    if (hit) out.push(i);
  }
  return out;
}

/** Whether an element is a related-articles list or a comment thread (and no wrapper of the page): the sections that hold teaser articles. Sidebars and the like are too often layout columns around the article. */
function sectionChrome(el: Element, stats: Map<Element, Stats>, pageChars: number): boolean {
  const reason = chromeReason(el);
  if (reason !== 'related-articles list' && reason !== 'comments') return false;
  return !isWrapper(stats.get(el), pageChars);
}

/** A chrome-looking element that holds most of the page with few links wraps the page (a layout class), it is no chrome. */
const isWrapper = (s: Stats | undefined, pageChars: number): boolean =>
  !!s && pageChars > 0 && s.chars > pageChars * L.wrapperShare && s.linkChars / Math.max(1, s.chars) < L.wrapperMaxLinkDensity;

/** The explicit article container: the first selector with a substantial match (the largest match of it). One walk, not one query per selector. */
function markedContainer(body: Element, stats: Map<Element, Stats>, pageChars: number): { el: Element; how: string } | null {
  const best: Array<{ el: Element; own: number } | undefined> = [];
  for (let el: Element | null = body; el; ) {
    // a teaser <article> in a related list, sidebar or comment thread is not the page's article
    const inSection = el !== body && sectionChrome(el, stats, pageChars);
    if (!inSection) {
      const tag = tagOf(el);
      const s = stats.get(el);
      const hits =
        s &&
        (el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('itemprop') || el.hasAttribute('role') || tag === 'article' || tag === 'main')
          ? matchingSelectors(el, tag)
          : [];
      const own = s ? s.chars - s.linkChars : 0;
      for (const i of hits) if (!best[i] || own > best[i]!.own) best[i] = { el, own };
    }
    el = nextElement(el, body, inSection);
  }
  for (let i = 0; i < CONTENT_SELECTORS.length; i++) {
    const b = best[i];
    if (b && b.own >= L.minContainerChars && b.own >= pageChars * L.markerPageShare) return { el: b.el, how: `marked container ${CONTENT_SELECTORS[i]}` };
  }
  return null;
}

/** The element whose paragraph children score highest (a parent shares half of its child's score). */
function scoredContainer(root: Element, stats: Map<Element, Stats>): Element | null {
  const total = new Map<Element, number>();
  for (const [el, s] of stats) {
    if (s.score <= 0) continue;
    total.set(el, (total.get(el) ?? 0) + s.score);
    const parent = el.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && stats.has(parent)) total.set(parent, (total.get(parent) ?? 0) + s.score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of total) {
    const s = stats.get(el)!;
    const density = s.chars ? s.linkChars / s.chars : 1;
    const adjusted = score * (1 - density);
    if (adjusted > bestScore && el !== root) {
      best = el;
      bestScore = adjusted;
    }
  }
  return best;
}

/**
 * The deepest element that still holds most of the page's paragraph text: articles split over
 * several sibling blocks (intro, body, fact box) stay together, which one best block would not.
 */
function massContainer(body: Element, stats: Map<Element, Stats>): Element | null {
  const total = stats.get(body)?.good ?? 0;
  if (total < L.minContainerChars) return null;
  let el = body;
  for (;;) {
    let best: Element | null = null;
    let bestGood = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const g = stats.get(c)?.good ?? 0;
      if (g > bestGood) [best, bestGood] = [c, g];
    }
    if (!best || bestGood < total * L.massShare) return el;
    el = best;
  }
}

/** Siblings of the container that read as article paragraphs (intros, continued text). */
function siblingParagraphs(container: Element, stats: Map<Element, Stats>): { before: Element[]; after: Element[] } {
  const before: Element[] = [];
  const after: Element[] = [];
  const parent = container.parentNode;
  if (parent?.nodeType !== 1) return { before, after };
  let seen = false;
  for (const c of children(parent)) {
    if (c === container) {
      seen = true;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const el = c as Element;
    const s = stats.get(el);
    if (!s || s.chars < L.siblingMinChars) continue;
    const density = s.linkChars / s.chars;
    const tag = tagOf(el);
    const paragraphLike = tag === 'p' ? s.chars >= L.siblingMinChars : s.score >= L.siblingMinScore && s.chars >= L.siblingScoredChars;
    if (!paragraphLike || density > L.siblingMaxLinkDensity) continue;
    (seen ? after : before).push(el);
  }
  if (!after.length) after.push(...moduleSiblings(container, stats));
  return { before, after };
}

/**
 * The text modules after the container's own when it fills its parent, one module of the page's body (Drupal's
 * "paragraph paragraph--text ..." beside "paragraph paragraph--image ..."): the parent's later siblings of the very
 * same classes that read as text.
 */
function moduleSiblings(container: Element, stats: Map<Element, Stats>): Element[] {
  const parent = container.parentElement;
  const classes = classKey(parent);
  if (!parent || !classes || (stats.get(parent)?.chars ?? 0) > (stats.get(container)?.chars ?? 0)) return [];
  const out: Element[] = [];
  for (let n = parent.nextElementSibling; n; n = n.nextElementSibling) {
    const s = stats.get(n);
    if (!s || s.chars < L.siblingMinChars || s.linkChars / s.chars > L.siblingMaxLinkDensity) continue;
    if (classKey(n) === classes) out.push(n);
  }
  return out;
}

/** An element's class words in order, one space apart ('' when none). */
const classKey = (el: Element | null): string => (el ? (attr(el, 'class') ?? '').trim().split(/\s+/).join(' ') : '');

/** Words of a class token or id, split at - _ and camelCase ("ce_articleIntro" -> ce, article, intro). */
const nameWords = (token: string): string[] =>
  token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);

/** Whether an element's class or id names an article lead (see LEAD_WORDS). */
export function isLeadName(el: Element): boolean {
  if (LEAD_ITEMPROPS.has(attr(el, 'itemprop') ?? '')) return true;
  const tokens = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.split(/\s+/);
  return tokens.some((t) => {
    if (!t) return false;
    const words = nameWords(t);
    return LEAD_COMPOUNDS.has(words.join('')) || (words.some((w) => LEAD_WORDS.has(w)) && !words.some((w) => LEAD_NOT_WORDS.has(w)));
  });
}

/** Whether an element's class or id names a recipe's ingredients (see INGREDIENT_WORDS). */
export function isIngredientsName(el: Element): boolean {
  return namesIngredients(attr(el, 'class'), attr(el, 'id'));
}

function namesIngredients(cls: string | null, id: string | null): boolean {
  // most names hold none of the words: a cheap test before splitting them
  if (!(cls && INGREDIENT_HINT.test(cls)) && !(id && INGREDIENT_HINT.test(id))) return false;
  return `${cls ?? ''} ${id ?? ''}`.split(/\s+/).some((t) => t && nameWords(t).some((w) => INGREDIENT_WORDS.has(w)));
}
const INGREDIENT_HINT = /ingr[eé]dient|zutaten|sk[lł]adnik/i;

/**
 * The article's lead when the template put it outside the container: elements named as a lead that stand
 * before the container inside its nearest ancestors (the article header), whose text the container lacks. The
 * page body is the last of those ancestors: templates build a page from sections straight under <body>, the
 * article head in one, the text in the next. A <p> right after the page's headline is the lead too, however it is
 * named (utility classes only: "font-brand mb-4").
 */
function leadElements(container: Element, body: Element, stats: Map<Element, Stats>, taken: Element[], title: string | null): Element[] {
  let scope = container;
  for (let i = 0; i < L.leadScopeLevels; i++) {
    const parent = scope.parentNode as Element | null;
    if (parent?.nodeType !== 1) break;
    scope = parent;
    if (parent === body) break;
  }
  if (scope === container) return [];
  const out: Element[] = [];
  let inside: string | null = null;
  for (const el of elements(scope)) {
    if (el === container) break;
    if (isAncestorOrSelf(el, container)) continue;
    // a recipe's ingredients stand beside its steps as a lead stands beside the text; they link products, so no link limit
    const ingredients = BLOCK_TAGS.has(tagOf(el)) && isIngredientsName(el);
    const standfirst = !!title && tagOf(el) === 'p' && isStandfirst(el, title, stats);
    if (!ingredients && !standfirst && !isLeadName(el)) continue;
    if (out.some((o) => isAncestorOrSelf(o, el)) || taken.some((t) => isAncestorOrSelf(t, el))) continue;
    const s = stats.get(el);
    // a standfirst may be one short sentence ("der cremigste Kuchen den ich kenne!"); a short line that is no sentence is a kicker or a dateline
    const minChars = standfirst && SENTENCE_END.test(textOf(el)) ? L.standfirstMinChars : L.leadMinChars;
    if (!s || s.chars < minChars || s.chars > L.leadMaxChars || (!ingredients && s.linkChars / s.chars > L.leadMaxLinkDensity)) continue;
    inside ??= (container.textContent ?? '').replace(/\s+/g, ' ');
    if (inside.includes(textOf(el).slice(0, 80))) continue; // the body repeats its lead
    out.push(el);
  }
  return out;
}

/** Whether an element is the page's headline: an <h1> whose words the page's title holds (not a site name or a side box's <h1>). */
function isHeadline(el: Element | null, title: string, tags: ReadonlySet<string> = H1): boolean {
  if (!el || !tags.has(tagOf(el))) return false;
  const words = textOf(el).toLowerCase();
  return words.length >= L.headlineMinChars && title.replace(/\s+/g, ' ').toLowerCase().includes(words);
}

const H1: ReadonlySet<string> = new Set(['h1']);

/**
 * A standfirst's headline: the <h1>, or an <h2> the template styles as the headline ("title aka-h1") -- either only when
 * the title holds its words. What may stand between them: a picture (with its caption), empty elements, and the
 * wrappers the paragraph sits in ("<div class=content-box><figure/><strong><p>").
 */
const STANDFIRST = {
  headlineTags: new Set(['h1', 'h2']),
  between: new Set(['figure', 'picture', 'img']),
  levels: 3,
  // past `levels` wrappers, the paragraph's box may follow a head box that closes on the headline (endsInHeadline)
  boxLevels: 6,
  titleStartShare: 0.6,
} as const;

/** Whether a <p> is the first text after the page's headline (STANDFIRST). */
function isStandfirst(p: Element, title: string, stats: Map<Element, Stats>): boolean {
  let node: Element | null = p;
  for (let level = 0; node && level < STANDFIRST.boxLevels; level++) {
    let prev = node.previousElementSibling;
    while (prev && (STANDFIRST.between.has(tagOf(prev)) || !stats.get(prev)?.chars)) prev = prev.previousElementSibling;
    if (prev) return level < STANDFIRST.levels ? isHeadline(prev, title, STANDFIRST.headlineTags) : endsInHeadline(prev, title, stats);
    node = node.parentNode?.nodeType === 1 ? (node.parentNode as Element) : null;
  }
  return false;
}

/**
 * Whether a box's last text is the page's one <h1>, its words those the title starts with (a template's head box
 * closes on the headline, the lead opens the next box: "<div class=buehne><h1>…</h1></div><div class=buehne><p>"). The
 * meta title may reword the headline's end ("– was ist günstiger?" / "– was lohnt sich?").
 */
function endsInHeadline(box: Element, title: string, stats: Map<Element, Stats>): boolean {
  let el: Element | null = box;
  while (el) {
    if (tagOf(el) === 'h1') return sharesTitleStart(textOf(el), title) && onlyH1(el);
    let last: Node | null = el.lastChild;
    while (last && (last.nodeType !== 1 || !stats.get(last as Element)?.chars)) last = last.previousSibling;
    el = last as Element | null;
  }
  return false;
}

/** Whether a headline and the title open alike: STANDFIRST.titleStartShare of the headline's characters, at least headlineMinChars. */
function sharesTitleStart(headline: string, title: string): boolean {
  const a = headline.replace(/\s+/g, ' ').trim().toLowerCase();
  const b = title.replace(/\s+/g, ' ').trim().toLowerCase();
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n >= L.headlineMinChars && n >= a.length * STANDFIRST.titleStartShare;
}

/** Whether an <h1> is its document's only one (a page of several names no one headline). */
function onlyH1(h1: Element): boolean {
  for (const el of documentElements(h1.ownerDocument)) if (el !== h1 && tagOf(el) === 'h1') return false;
  return true;
}

/** Elements whose text is quoted. */
const QUOTE_TAGS = new Set(['blockquote']);

/** Blocks that are entries of a list or table. */
const ENTRY_TAGS = new Set(['li', 'td', 'th', 'dd', 'dt']);

/**
 * A sentence that introduces the links after it ("Das Konzeptpapier finden Sie hier:", "Lesen Sie dazu auch die
 * Pressemitteilungen:"): before links the text cites, it is text. A related list's title is a short noun phrase
 * ("Mehr Themen:", "Teilnehmende Blogs:") or opens with more/further ("Weitere Beiträge aus der Kolumne:").
 */
const INTRODUCTION = {
  end: /:\s*$/,
  minWords: 4,
  related: /^(mehr|weitere[nrs]?|more|other|further|related|see also|auch|siehe|plus|autres|más|otras|otros)\b/i,
} as const;
const introducesLinks = (text: string): boolean =>
  INTRODUCTION.end.test(text) && text.trim().split(/\s+/).length >= INTRODUCTION.minWords && !INTRODUCTION.related.test(text.trim());

/** A web address at the end of a line ("newbalance.de", "www.example.org/shop"). */
const ENDS_WITH_ADDRESS = /\s(https?:\/\/|www\.)?[\w-]+(\.[\w-]+)*\.(com|org|net|de|at|ch|fr|es|it|pl|uk|eu|info|io)(\/\S*)?$/i;
/** A sentence (four words or more) that ends with a web address; a two-word credit ("Quelle: statista.com") is no sentence. */
const pointsToSite = (text: string): boolean => ENDS_WITH_ADDRESS.test(text) && text.split(/\s+/).length >= 4;

/** A post's sign-off ("Euer Hans", "Liebe Grüße, Anna", "Cheers, Tom"): the end of the text, not a heading. */
const SIGN_OFF =
  /^(euer|eure|liebe grüße|viele grüße|herzliche grüße|beste grüße|herzlichst|cheers|xoxo|yours|best wishes|warm regards|bisous|gros bisous|un abrazo|besos|saludos)\b[\s,]*\S/i;

/** Two sentences or more ("Er legt ein Fake-Profil an. Es stützt seine Version."): a pull quote or intertitle of the text, no section's title. */
const TWO_SENTENCES = /\p{L}[.!?]\s+\p{Lu}.*\p{L}[.!?]["“”»]?$/u;

/** A heading that asks a question. */
const QUESTION = /[?？]\s*$/;

/** Marks where a chrome block stood, so the heading that introduced it can go too. */
const GAP = 'cc-gap';
/** Removed blocks that are sections of their own (a heading before one introduces it). */
const SECTION_REASONS = new Set([
  'related-articles list',
  'teaser of another article',
  'link list',
  'tag list',
  'comments',
  'newsletter or subscription box',
  'navigation',
  'sidebar',
  'sidebar (aside)',
  'page footer',
  'author box',
  'embedded post',
  // an affiliate or disclosure note runs to paragraphs of prose ("Wir finanzieren unsere Arbeit über …"): still no text
  'disclosure notice',
]);

/** Chrome named for its links (menus): a block of prose with few links is none of it, whatever its class says. */
const LINK_REASONS = new Set(['navigation', 'menu']);

/** What a gap stood for: a link list or link-heavy block inside the text, or (empty) a chrome section. */
const LINK_GAP = 'links';
/** A gap that stood for the article's own table of contents (jump links): the heading over it names the article's parts, it stays. */
const CONTENTS_GAP = 'contents';
/** A gap that stood for a skip or back-to-top link (SKIP_LINK): no section of its own, the heading before it stays too. */
const SKIP_GAP = 'skip';
/** A gap that stood for a one-line pointer to another article: the short line before it (a tweet's byline) heads no section of it. */
const POINTER_GAP = 'pointer';
/**
 * A gap that stood for an <aside> with no text (an ad or widget slot a script fills: pcgamer's "hawk-nest" between a
 * section's <h2> and its first paragraph, spektrum's ad tile after a bold subheading): it takes the heading before it
 * only when the heading names a related or end-matter box (isTailHeading), leads into it with a colon ("Zagłosuj w
 * ankiecie:") or no paragraph of text follows it. Empty menus, pagers and video boxes keep the plain gap: a gallery's
 * or a video's title over them heads no text ("En vidéo, 4 aliments ...").
 */
const EMPTY_GAP = 'empty';
/** Removal reasons whose empty box leaves an EMPTY_GAP. */
const EMPTY_SLOT_REASONS = new Set(['sidebar (aside)']);
/** Gap kinds that leave the heading before them in place. */
const KEEPS_HEADING = new Set([CONTENTS_GAP, SKIP_GAP, POINTER_GAP]);

/** The element a link gap stands as in the tree. */
const LINK_GAP_TAG = 'cc-gap-links';
/** The element a table of contents' gap stands as in the tree. */
const CONTENTS_GAP_TAG = 'cc-gap-contents';
/** The element a skip link's gap stands as in the tree. */
const SKIP_GAP_TAG = 'cc-gap-skip';
/** The element a pointer's gap stands as in the tree. */
const POINTER_GAP_TAG = 'cc-gap-pointer';
/** The element an empty box's gap stands as in the tree. */
const EMPTY_GAP_TAG = 'cc-gap-empty';
/** Gap elements in the tree -> the kind of gap block they become. */
const GAP_KINDS = new Map([
  [GAP, ''],
  [LINK_GAP_TAG, LINK_GAP],
  [CONTENTS_GAP_TAG, CONTENTS_GAP],
  [SKIP_GAP_TAG, SKIP_GAP],
  [POINTER_GAP_TAG, POINTER_GAP],
  [EMPTY_GAP_TAG, EMPTY_GAP],
]);
const GAP_TAGS = new Map([...GAP_KINDS].map(([tag, kind]) => [kind, tag]));

function replaceWithGap(el: Element, kind = ''): void {
  const gap = el.ownerDocument.createElement(GAP_TAGS.get(kind) ?? GAP);
  el.replaceWith(gap);
}

/** The start of an element's text, enough for a removal note (the whole text of a big removed block is not needed). */
function snippetOf(el: Element): string {
  const parts: string[] = [];
  let n = 0;
  const stack: Node[] = [el];
  while (stack.length && n <= REMOVED_SNIPPET * 2) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      n += t.length;
    } else if (node.nodeType === 1) {
      const tag = tagOf(node as Element);
      if (BLOCK_TAGS.has(tag) || tag === 'br') parts.push(' ');
      const kids = children(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function note(removed: Removal[], text: string, reason: string): void {
  if (removed.length >= MAX_REMOVED || !text) return;
  removed.push({ text: text.length > REMOVED_SNIPPET ? `${text.slice(0, REMOVED_SNIPPET)}…` : text, reason });
}

/** A link that shows its own address (a URL or an e-mail address): a source the text cites, not a menu entry. */
const ADDRESS_TEXT = /^\s*(https?:\/\/|www\.)\S+\s*$|^\s*[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$/i;
const isAddressLink = (a: Element): boolean => ADDRESS_TEXT.test(a.textContent);

/** A named anchor without href (a jump target, <a name="q3">) is no link: its text is the page's own. An <a> with neither is a script's button (menus), still a link. */
const isHyperlink = (a: Element): boolean => a.hasAttribute('href') || !ANCHOR_NAME.test(attr(a, 'name') ?? '');
/** A name a fragment can jump to (a word); "#" or an empty name is a template's placeholder on a script's link. */
const ANCHOR_NAME = /[\p{L}\p{N}]/u;
/** A link to an anchor of the page itself ("#pcr", "#straight-outta-helgen"): a table of contents' entry, not a way off the page. */
const JUMP_HREF = /^#[\p{L}\p{N}]/u;
const isJumpLink = (a: Element): boolean => JUMP_HREF.test(attr(a, 'href') ?? '');

/**
 * An accordion's or tab's toggle: a link that goes nowhere ("#", "javascript:") right before the panel it opens, a block
 * of text with few links ("<li><a href="#">1. Klasse</a><div>Lehrstoff …</div></li>"). Its text is the panel's title.
 */
const TOGGLE = { href: /^\s*#?\s*$|^\s*javascript:/i, panelMinChars: 40, panelMaxLinkDensity: 0.5 } as const;

function isToggle(a: Element): boolean {
  const href = a.getAttribute('href');
  if (href === null || !TOGGLE.href.test(href)) return false;
  const panel = a.nextElementSibling;
  if (!panel || !BLOCK_TAGS.has(tagOf(panel))) return false;
  const chars = nonSpace(panel.textContent ?? '');
  if (chars < TOGGLE.panelMinChars) return false;
  let linkChars = 0;
  for (const d of elements(panel)) if (tagOf(d) === 'a') linkChars += nonSpace(d.textContent ?? '');
  return linkChars / chars <= TOGGLE.panelMaxLinkDensity;
}

/** Text runs of a subtree, split at block elements and <br>. */
export function collectBlocks(root: Element, out: Block[] = []): Block[] {
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let jumpChars = 0;
  let jumpDepth = 0;
  /** the open element naming a recipe's ingredients: the product links inside are the ingredients' words, not link text */
  let ingredients: Node | null = null;
  /** per open <a>: whether its text counts as link text, and whether it jumps within the page */
  const anchors: boolean[] = [];
  const jumps: boolean[] = [];
  const blockStack: string[] = [tagOf(root)];
  let quoteDepth = 0;
  // numbered past the runs already in `out` (a container's blocks follow its lead's)
  let nextWithin = out.reduce((n, b) => Math.max(n, b.within ?? 0), 0) + 1;
  const withinStack: number[] = [nextWithin];
  const flush = () => {
    if (!parts.length) return;
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) {
      const block: Block = {
        text,
        tag: blockStack[blockStack.length - 1],
        linkChars: Math.min(linkChars, nonSpace(text)),
        within: withinStack[withinStack.length - 1],
      };
      if (quoteDepth) block.quoted = true;
      if (jumpChars) block.jumpChars = jumpChars;
      out.push(block);
    }
    parts = [];
    linkChars = 0;
    jumpChars = 0;
  };
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop()!;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      if (linkDepth) linkChars += nonSpace(t);
      if (jumpDepth) jumpChars += nonSpace(t);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = tagOf(node as Element);
    if (exiting) {
      if (tag === 'a' && anchors.pop()) linkDepth--;
      if (tag === 'a' && jumps.pop()) jumpDepth--;
      if (node === ingredients) ingredients = null;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        blockStack.pop();
        withinStack.pop();
        if (QUOTE_TAGS.has(tag)) quoteDepth--;
      }
      continue;
    }
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img') continue;
    // a list with no items is one a script fills (a table of contents, a related list): the label over it heads no text
    if (LIST_TAGS.has(tag) && !(node as Element).firstElementChild) {
      flush();
      out.push({ text: '', tag: GAP, linkChars: 0 });
      continue;
    }
    const gapKind = GAP_KINDS.get(tag);
    if (gapKind !== undefined) {
      flush();
      out.push({ text: gapKind, tag: GAP, linkChars: 0 });
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      blockStack.push(tag);
      withinStack.push(++nextWithin);
      if (QUOTE_TAGS.has(tag)) quoteDepth++;
      // an ingredients box is a block (a list, table or div), so inline elements are not asked
      if (!ingredients && isIngredientsName(node as Element)) ingredients = node;
    }
    if (tag === 'a') {
      const counted = isHyperlink(node as Element) && !isAddressLink(node as Element) && !ingredients && !isToggle(node as Element);
      anchors.push(counted);
      if (counted) linkDepth++;
      const jump = counted && isJumpLink(node as Element);
      jumps.push(jump);
      if (jump) jumpDepth++;
    }
    stack.push([node, true]);
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  flush();
  return out;
}

/** Picture credits, link lists and link-heavy blocks inside the container: chrome that slipped in. */
function linkHeavyReason(b: Block): string | null {
  if (b.text.length <= CREDIT_LINE_MAX && CREDIT_LINE.test(b.text)) return 'picture credit or caption';
  const chars = nonSpace(b.text);
  if (!chars || !b.linkChars) return null;
  const density = b.linkChars / chars;
  if (b.tag === 'li' && density > LINK_DENSITY_MAX.list) return 'link list';
  if (chars < SHORT_BLOCK && density > LINK_DENSITY_MAX.short) return 'link-heavy block';
  // a paragraph that ends like a sentence and has words outside its links is prose with a long link in it
  if (density > LINK_DENSITY_MAX.long && !(b.tag === 'p' && density < 1 && SENTENCE_END.test(b.text))) return 'link-heavy block';
  return null;
}

/** What linkHeavyReason says of a block for its links (not a picture credit). */
const LINK_REASONS_OF_BLOCK = new Set(['link list', 'link-heavy block']);

/** The end of a sentence: a word, a full stop, question or exclamation mark, maybe a closing quote. */
const SENTENCE_END = /\p{L}[.!?]["“”»]?$/u;

/** Link-dense lists and tables inside the container (menus, teaser lists) before they become blocks. */
function pruneLinkLists(container: Element, stats: Map<Element, Stats>, removed: Removal[]): void {
  const doomed: Element[] = [];
  for (const el of elements(container)) {
    if (el === container) continue;
    const tag = tagOf(el);
    if (tag !== 'ul' && tag !== 'ol' && tag !== 'div' && tag !== 'table' && tag !== 'section' && tag !== 'dl') continue;
    const s = stats.get(el);
    if (!s || s.links < L.linkListMinLinks || !s.chars) continue;
    if (s.linkChars / s.chars > L.linkListDensity && !(LINK_BOX_TAGS.has(tag) && introducesList(el, stats))) doomed.push(el);
  }
  // cards again: their other links (share buttons, a "read more" link) went with the chrome
  const cards: Element[] = [];
  for (const el of elements(container)) {
    if (el === container || !TEASER_CARD.tags.has(tagOf(el)) || !isTeaserCard(el, stats)) continue;
    if (!doomed.some((d) => isAncestorOrSelf(d, el)) && !cards.some((c) => isAncestorOrSelf(c, el))) cards.push(el);
  }
  for (const el of cards) {
    if (removed.length < MAX_REMOVED) note(removed, snippetOf(el), TEASER_CARD.reason);
    replaceWithGap(el);
  }
  prunePointers(container, removed, doomed);
  for (const el of doomed) {
    if (!el.parentNode) continue;
    const snippet = snippetOf(el);
    const kind = jumpKind(jumpsOnly(el), snippet);
    if (removed.length < MAX_REMOVED) note(removed, snippet, kind ? JUMP_REASONS[kind] : 'link list');
    replaceWithGap(el, kind ?? LINK_GAP);
  }
}

/**
 * Pointers to other articles inside an element (INLINE_POINTER, PLAIN_POINTER), each replaced by its gap; those inside a
 * doomed box go with it. A plain-type pointer leaves the line before it in place (minuto30's tweet byline over "Para leer
 * …, clic <a>AQUÍ</a>"); an emphasised one keeps html49's measure: the emphasised line above it goes as its heading (a
 * credit over a byline).
 */
function prunePointers(root: Element, removed: Removal[], doomed: readonly Element[] = []): void {
  const pointers: Array<[Element, string]> = [];
  for (const el of elements(root)) {
    const gap = pointerGap(el);
    if (gap !== null) pointers.push([el, gap]);
  }
  for (const [el, gap] of pointers) {
    if (!el.parentNode || doomed.some((d) => isAncestorOrSelf(d, el))) continue;
    if (removed.length < MAX_REMOVED) note(removed, snippetOf(el), INLINE_POINTER.reason);
    replaceWithGap(el, gap);
  }
}

/** The gap kind a pointer to another article leaves ('' for an emphasised one), null when the element is none. */
function pointerGap(el: Element): string | null {
  if (tagOf(el) === 'p' && isInlinePointer(el)) return '';
  return isPlainPointer(el) ? POINTER_GAP : null;
}

/**
 * A teaser card: a box whose links (its title, its picture, "Czytaj więcej") all lead to one other page and stand apart
 * from a short description -- another page's summary, however few its links. The text's own boxes link several places,
 * or link inside their sentences.
 */
const TEASER_CARD = {
  tags: new Set(['div', 'li', 'article', 'section']),
  minLinks: 2,
  minOwnChars: 40,
  maxOwnChars: 400,
  /** links that lead nowhere else (a jump, a script, no address) make no card */
  href: /^\s*(#|javascript:|$)/i,
  reason: 'teaser of another article',
} as const;

function isTeaserCard(el: Element, stats: Map<Element, Stats>): boolean {
  const s = stats.get(el);
  if (!s || s.links < TEASER_CARD.minLinks) return false;
  const own = s.chars - s.linkChars;
  // the article's head (its <h1>, the standfirst, the author's picture and name linked) is no card
  if (own < TEASER_CARD.minOwnChars || own > TEASER_CARD.maxOwnChars || hasDescendant(el, H1)) return false;
  let href: string | null = null;
  for (const d of elements(el)) {
    if (tagOf(d) !== 'a' || !isHyperlink(d)) continue;
    const h = attr(d, 'href') ?? '';
    if (TEASER_CARD.href.test(h) || (href !== null && h !== href)) return false;
    href = h;
    // a link inside a paragraph's sentence (a glossary word linked twice) is the text's own
    let block = d.parentElement;
    while (block && block !== el && !BLOCK_TAGS.has(tagOf(block))) block = block.parentElement;
    const b = block && block !== el ? stats.get(block) : undefined;
    if (b && b.chars > b.linkChars) return false;
  }
  return true;
}

/** The one element child of a node, text beside it only whitespace (null when there is other text or more elements). */
function onlyElementChild(node: Node): Element | null {
  let only: Element | null = null;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c.nodeValue ?? '').trim()) return null;
    } else if (c.nodeType === 1) {
      if (only) return null;
      only = c as Element;
    }
  }
  return only;
}

/** The link that closes an element: its last child, trailing whitespace and comments skipped, when that is an `<a>`. */
function closingLink(node: Element): Element | null {
  for (let c = node.lastChild; c; c = c.previousSibling) {
    if (c.nodeType === 1) return tagOf(c as Element) === 'a' ? (c as Element) : null;
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return null;
  }
  return null;
}

/** A paragraph wholly in one emphasis that leads with a colon into a headline linked to another page (INLINE_POINTER). */
function isInlinePointer(p: Element): boolean {
  const em = onlyElementChild(p);
  if (!em || !INLINE_POINTER.emphasis.has(tagOf(em))) return false;
  const a = closingLink(em);
  if (!a || INLINE_POINTER.href.test(attr(a, 'href') ?? '')) return false;
  const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
  const link = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!link || text.length > INLINE_POINTER.maxChars || link.length < text.length * INLINE_POINTER.minLinkShare) return false;
  return INLINE_POINTER.headline.test(link) && INLINE_POINTER.lead.test(text.slice(0, text.length - link.length));
}

/** A short sentence or one-sentence box in plain type that leads into a link to another page (PLAIN_POINTER). */
function isPlainPointer(el: Element): boolean {
  if (!PLAIN_POINTER.tags.has(tagOf(el))) return false;
  let a: Element | null = null;
  for (let c = el.lastChild; c; c = c.previousSibling) {
    if (c.nodeType === 1) {
      a = tagOf(c as Element) === 'a' ? (c as Element) : null;
      break;
    }
    if (c.nodeType === 3 && !PLAIN_POINTER.trail.test((c.nodeValue ?? '').trim())) return false;
  }
  if (!a || PLAIN_POINTER.href.test(attr(a, 'href') ?? '')) return false;
  const text = el.textContent ?? '';
  if (text.length > PLAIN_POINTER.maxChars * 2 || hasDescendant(el, BLOCK_TAGS)) return false;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length > PLAIN_POINTER.maxChars) return false;
  const link = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  const before = flat.slice(0, flat.lastIndexOf(link));
  const led = PLAIN_POINTER.lead.test(before) || (PLAIN_POINTER.here.test(link) && PLAIN_POINTER.lead.test(`${before}${link.replace(PLAIN_POINTER.here, '')}`));
  return led && !PLAIN_POINTER.source.test(flat) && !PLAIN_POINTER.sentenceBreak.test(before);
}

/** Boxes (not lists or tables) that may hold an intro paragraph over their list ("Our Programs", a sentence, the links). */
const LINK_BOX_TAGS = new Set(['div', 'section']);

const LIST_TAGS = new Set(['ul', 'ol']);

/** The end of a paragraph that says something: a sentence, or a colon that leads into the list below it. */
const PROSE_END = /\p{L}[.!?:]["“”»]?$/u;

/** Whether a box holds a paragraph of prose without links with a list after it, beside it: the list goes by itself, the paragraph stays. */
function introducesList(el: Element, stats: Map<Element, Stats>): boolean {
  for (const p of elements(el)) {
    if (tagOf(p) !== 'p') continue;
    const s = stats.get(p);
    if (!s || s.chars < L.linkListProseChars || s.linkChars || !PROSE_END.test(p.textContent.trim())) continue;
    for (let n = p.nextElementSibling; n; n = n.nextElementSibling) if (LIST_TAGS.has(tagOf(n)) || hasDescendant(n, LIST_TAGS)) return true;
  }
  return false;
}

/** Whether every link below an element jumps to the page's own anchors (a table of contents). */
function jumpsOnly(el: Element): boolean {
  let links = 0;
  for (const a of elements(el)) {
    if (tagOf(a) !== 'a' || !isHyperlink(a) || isAddressLink(a)) continue;
    if (!isJumpLink(a)) return false;
    links++;
  }
  return links > 0;
}

/**
 * Whether block i is a later line of a paragraph (not a heading element) whose earlier line is the block before it; a
 * line that ends in a colon ("Links:", "Neueste Beiträge:") introduces what follows, wherever it stands.
 */
const continuesParagraph = (blocks: Block[], i: number): boolean =>
  i > 0 &&
  blocks[i].within !== undefined &&
  blocks[i - 1].within === blocks[i].within &&
  !/^h[1-6]$/.test(blocks[i].tag) &&
  !INTRODUCTION.end.test(blocks[i].text);

/** A heading-like line: a heading element, or a short line that does not end like a sentence. */
function headingLike(b: Block): boolean {
  // a heading element inside a quote is the quote's own text (a quoted call's title), no section of the page
  if (/^h[1-6]$/.test(b.tag)) return !b.quoted;
  // list items and table cells are entries (ingredients, specifications), code lines are code: not headings
  if (ENTRY_TAGS.has(b.tag) || b.tag === 'pre') return false;
  // a line that ends with a web address points to a source ("Mehr Infos auf der Seite von X: example.de"): not a heading
  return b.text.length <= 60 && !/[.!?…"“”»)]$/.test(b.text) && !pointsToSite(b.text);
}

/**
 * The end of the run of headings from block i: headings in a row introduce the same block (a sentence-long one among
 * them is text it introduces); with `shortLines`, heading-like short lines (a teaser's kicker) join the run too.
 */
function runEnd(blocks: Block[], i: number, shortLines: boolean): number {
  let j = i + 1;
  while (
    j < blocks.length &&
    blocks[j].tag !== GAP &&
    (/^h[1-6]$/.test(blocks[j].tag) || (shortLines && headingLike(blocks[j]))) &&
    blocks[j].text.length < L.sectionHeadingMaxChars &&
    headingLike(blocks[i])
  )
    j++;
  return j;
}

/** Whether a heading before an empty box's gap at j heads the paragraph right after the gap (EMPTY_GAP). */
const headsText = (blocks: Block[], heading: Block, j: number): boolean =>
  !isTailHeading(heading.text) &&
  !INTRODUCTION.end.test(heading.text) &&
  blocks[j + 1] !== undefined &&
  blocks[j + 1].tag !== GAP &&
  !headingLike(blocks[j + 1]);

/**
 * Headings whose section was removed ("Related articles", "Mehr zum Thema") and headings left
 * dangling at the end of the text introduce nothing of the article: drop them.
 */
function dropOrphanHeadings(blocks: Block[], removed: Removal[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.tag === GAP) continue;
    // a later line of a paragraph split at <br> ("Grill: ca. 53×49 cm<br>Rost: ca. 35×29 cm") ends its paragraph, it heads nothing
    if (continuesParagraph(blocks, i)) {
      out.push(b);
      continue;
    }
    let j = runEnd(blocks, i, false);
    // an end-matter or related heading ("Auch interessant") over a box of links inside the text, with the first teaser's
    // kicker line between: the box's title (the text goes on after the box)
    if (blocks[j]?.tag !== GAP && isTailHeading(b.text)) {
      const k = runEnd(blocks, i, true);
      if (blocks[k]?.tag === GAP && blocks[k].text === LINK_GAP && blocks.slice(k + 1).some((x) => x.tag !== GAP && x.text.length >= L.questionAnswerChars))
        j = k;
    }
    const next = blocks[j];
    // a question heading ("Gibt es eine Altersgrenze?") asks what the article answers, even with a box between
    // a heading as long as a sentence is a standfirst or subheadline, not the title of a section
    const orphan =
      headingLike(b) &&
      !SIGN_OFF.test(b.text) &&
      !TWO_SENTENCES.test(b.text) &&
      !(introducesLinks(b.text) && next?.tag === GAP && next.text === LINK_GAP) &&
      b.text.length < L.sectionHeadingMaxChars &&
      (next === undefined
        ? /^h[1-6]$/.test(b.tag)
        : next.tag === GAP &&
          !KEEPS_HEADING.has(next.text) &&
          !(next.text === EMPTY_GAP && headsText(blocks, b, j)) &&
          !(QUESTION.test(b.text) && blocks.slice(j + 1).some((x) => x.tag !== GAP && x.text.length >= L.questionAnswerChars)));
    if (orphan) note(removed, b.text, next === undefined ? 'heading at the end of the text' : 'heading of a removed block');
    else out.push(b);
  }
  return out;
}

/**
 * The page's body: the <body> with the most text, or the whole document when markup without <html>, or with a
 * second <body>, leaves linkedom's document.body empty or partial. Invisible elements are gone from it.
 */
function pageBody(document: Document): { body: Element; stats: Map<Element, Stats> } | null {
  const root = document.documentElement as Element | null;
  if (!root) return null;
  // elements beside <html> (linkedom puts a second <html> or <body> there) are walked too
  const bodies = dropInvisible(root);
  for (let top = document.firstElementChild; top; top = top.nextElementSibling) if (top !== root) bodies.push(...dropInvisible(top));
  // one bottom-up pass gives every element's text size, the bodies' included (a stray body outside gets its own)
  const stats = measure(root);
  for (const b of bodies) if (!stats.has(b)) for (const [el, s] of measure(b)) stats.set(el, s);
  let body = root;
  let bodyChars = -1;
  for (const b of bodies) {
    const n = stats.get(b)?.chars ?? 0;
    if (n > bodyChars) [body, bodyChars] = [b, n];
  }
  if (body !== root && isAncestorOrSelf(root, body) && bodyChars < L.bodyShare * (stats.get(root)?.chars ?? 0)) body = root;
  return { body, stats };
}

/** An inline element inside a paragraph's own running text (a dateline span before the first sentence): part of the sentence. */
function inRunningText(el: Element, stats: Map<Element, Stats>): boolean {
  if (BLOCK_TAGS.has(tagOf(el))) return false;
  const parent = el.parentElement;
  if (!parent || tagOf(parent) !== 'p') return false;
  let own = 0;
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += nonSpace(c.nodeValue ?? '');
  return own > (stats.get(el)?.chars ?? 0) * 2;
}

/** Chrome blocks (by tag, role, class/id) go, unless they hold the marked container or most of the page. */
/** Whether the page's headline (<h1>) stands among the few elements before this one in its parent. */
function followsHeadline(el: Element): boolean {
  let n = 0;
  for (let p = el.previousElementSibling; p && n < L.headlineLeadGap; p = p.previousElementSibling, n++) if (tagOf(p) === 'h1') return true;
  return false;
}

/** What a sidebar is removed as (the <aside> tag, complementary role, sidebar names). */
const SIDEBAR_REASONS = new Set(['sidebar', 'sidebar (aside)']);

/**
 * Chrome names a template's article head may carry: a column named as a sidebar, a header styled as a caption
 * ("content-header__caption-style--default"), a lead picture whose <figcaption> holds the headline and the standfirst.
 * Holding the page's headline, it is the article's head, no such block.
 */
const HEAD_HOLDER_REASONS = new Set([...SIDEBAR_REASONS, 'image caption', 'image and caption']);

/** Whether an element holds the page's headline: a sidebar never does, a template's <aside> or column around the article does. */
function holdsHeadline(el: Element, title: string): boolean {
  for (const d of elements(el)) if (tagOf(d) === 'h1' && isHeadline(d, title)) return true;
  return false;
}

/** What a caption or gallery block is removed as (CHROME_TAGS' figure and figcaption, the caption-or-gallery names). */
const CAPTION_REASONS = new Set(['image and caption', 'image caption', 'image caption or gallery']);

/**
 * Whether an element stands in a gallery page: the page's body, main or article is named as a gallery or slideshow
 * ("post-page gallery", "gallery-page"), so its slides and their captions are the text. A gallery box inside an article
 * is still chrome.
 */
function inGallery(el: Element, body: Element): boolean {
  for (let p: Element | null = el.parentElement; p; p = p.parentElement) {
    if (GALLERY_PAGE_TAGS.has(tagOf(p)) && GALLERY_PAGE.test(attr(p, 'class') ?? '') && chromeReason(p) === 'image caption or gallery') return true;
    if (p === body) break;
  }
  return false;
}

/** Whether a page-tools block is a box laid over the page by its own names (a script hook's "js-modal-open" names none). */
function isOverlay(el: Element): boolean {
  return namedBy(el, (token) => OVERLAY_NAME.test(token) && !NEUTRAL_CLASSES.some((re) => re.test(token)));
}

/** Whether one of an element's class names or its id passes `test`. */
function namedBy(el: Element, test: (token: string) => boolean): boolean {
  for (const token of `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.split(/\s+/)) if (token && test(token)) return true;
  return false;
}

/** A box laid over the page by its dialog role or a name ending in its overlay word (patterns.ts `OVERLAY_BOX`). */
function isOverlayBox(el: Element): boolean {
  return chromeReason(el) === 'dialog' || namedBy(el, (token) => OVERLAY_BOX.test(token));
}

/**
 * Removes the boxes laid over the page (dialogs, login panels, modals, popups) before Readability reads it: its scores
 * take a login panel's form messages for the article (zdf) and our block cut no longer sees their names. A box holding
 * the page's `<h1>` is its wrapper. (Cookie notices stay: Readability's pick among short texts turns on them, gnaur.)
 */
export function dropOverlays(root: Element): void {
  const boxes: Element[] = [];
  for (let el = nextElement(root, root); el; ) {
    if (isOverlayBox(el) && !hasDescendant(el, H1)) {
      boxes.push(el);
      el = nextElement(el, root, true);
    } else el = nextElement(el, root);
  }
  for (const el of boxes) el.remove();
}

function removeChrome(body: Element, stats: Map<Element, Stats>, pageChars: number, marked: Element | null, removed: Removal[], title: string | null): void {
  const chrome: Array<[Element, string]> = [];
  for (const el of elements(body)) {
    if (el === body) continue;
    const reason = chromeReason(el) ?? (TEASER_CARD.tags.has(tagOf(el)) && isTeaserCard(el, stats) ? TEASER_CARD.reason : null);
    if (!reason) continue;
    if (marked && isAncestorOrSelf(el, marked)) continue;
    const s = stats.get(el);
    // small-block labels (caption, byline, tools, tags, ads) on an element full of paragraphs are a
    // styling accident ("js-lightbox-gallery" on the text column), not chrome; a block named as a caption ("legend",
    // "image-caption") is one however long its prose (a <figcaption> may hold the lead, and keeps the exemption)
    const namedCaption = reason === 'image caption' && tagOf(el) !== 'figcaption';
    // a login panel or modal laid over the page is one however many paragraphs its messages make (zdf's form errors)
    const overlay = reason === 'page tools' && isOverlay(el);
    if (s && !SECTION_REASONS.has(reason) && !namedCaption && !overlay && s.good >= L.softReasonMaxGood) continue;
    // a menu is links: a "navigation" block of paragraphs with few links is a tab or panel of the text ("tab-menu--product")
    if (s && LINK_REASONS.has(reason) && s.good >= L.softReasonMaxGood && s.linkChars / Math.max(1, s.chars) < L.proseMenuMaxLinkDensity) continue;
    if (isWrapper(s, pageChars)) continue;
    if (!SECTION_REASONS.has(reason) && inRunningText(el, stats)) continue;
    // a block named as a lead ("teaser") right under the headline is the article's lead, not a teaser box
    if (isLeadName(el) && followsHeadline(el)) continue;
    // the page's headline and its article inside an <aside> or a "sidebar" column: the template's wrapper, no sidebar
    if (title && HEAD_HOLDER_REASONS.has(reason) && holdsHeadline(el, title)) continue;
    // a gallery page's slides are its text
    if (CAPTION_REASONS.has(reason) && inGallery(el, body)) continue;
    chrome.push([el, reason]);
  }
  for (const [el, reason] of chrome) {
    if (!el.parentNode || !isAncestorOrSelf(body, el)) continue;
    if (removed.length < MAX_REMOVED) note(removed, snippetOf(el), creditedReason(el, reason));
    if (SECTION_REASONS.has(reason) && !isHeadingAnchor(el, stats))
      replaceWithGap(el, EMPTY_SLOT_REASONS.has(reason) && !stats.get(el)?.chars ? EMPTY_GAP : '');
    else el.remove();
  }
}

/** The reason a removed block is noted under: a credit-named block crediting the translation is a contributor credit. */
function creditedReason(el: Element, reason: string): string {
  const c = TRANSLATION_CREDIT_BLOCK;
  if (reason !== c.from || tagOf(el) === 'figcaption' || hasDescendant(el, c.pictures)) return reason;
  const text = el.textContent;
  return text.length <= c.maxChars && isTranslationCredit(text) ? c.reason : reason;
}

/** A heading's anchor (INLINE_MARKER_TAGS, no text, in or right before a heading): no section, so no gap to take the heading. */
function isHeadingAnchor(el: Element, stats: Map<Element, Stats>): boolean {
  if (!INLINE_MARKER_TAGS.has(tagOf(el)) || stats.get(el)?.chars) return false;
  const next = el.nextElementSibling;
  if (next && HEADINGS.has(tagOf(next))) return true;
  // inside a heading, maybe through inline wrappers
  for (let p = el.parentElement; p; p = p.parentElement) {
    const tag = tagOf(p);
    if (HEADINGS.has(tag)) return true;
    if (BLOCK_TAGS.has(tag)) return false;
  }
  return false;
}

/**
 * The article container, in order of trust: the marked container (widened when it holds little of the page's
 * paragraph text), the deepest element holding most paragraph text, the whole page when paragraph text is
 * spread over it, the highest-scoring paragraph container (widened over a few parents), the whole page.
 */
function chooseContainer(body: Element, stats: Map<Element, Stats>, marked: { el: Element; how: string } | null): { container: Element; how: string } {
  const scored = scoredContainer(body, stats);
  const scoredChars = scored ? (stats.get(scored)?.chars ?? 0) : 0;
  const mass = massContainer(body, stats);
  if (marked && isAncestorOrSelf(body, marked.el)) {
    const s = stats.get(marked.el);
    const own = s ? s.chars - s.linkChars : 0;
    if (own >= L.minContainerChars && own >= scoredChars * L.markerShare) {
      // a marked body that holds little of the page's paragraph text (intro, fact boxes and the rest
      // outside it) widens to the element that holds most of it
      if (mass && mass !== marked.el && isAncestorOrSelf(mass, marked.el) && (s?.good ?? 0) < (stats.get(mass)?.good ?? 0) * L.markedShareOfMass) {
        return { container: mass, how: `${marked.how}, widened to the container of most paragraph text` };
      }
      return { container: marked.el, how: marked.how };
    }
  }
  if (mass && mass !== body) return { container: mass, how: 'container of most paragraph text' };
  if (mass === body && (!scored || scoredChars < (stats.get(body)?.good ?? 0) * L.massShare)) {
    return { container: body, how: 'whole page after chrome removal (paragraph text spread over the page)' };
  }
  if (scored && scoredChars >= L.minContainerChars) return { container: widenScored(scored, body, stats), how: 'highest-scoring paragraph container' };
  return { container: body, how: 'whole page (no article container found)' };
}

/** A best-scoring single paragraph's parent inside a larger article body widens while the parent adds scored text of the same kind. */
function widenScored(scored: Element, body: Element, stats: Map<Element, Stats>): Element {
  let container = scored;
  for (let i = 0; i < L.widenSteps; i++) {
    const parent = container.parentNode as Element | null;
    if (!parent || parent === body || parent.nodeType !== 1) break;
    const ps = stats.get(parent);
    const cs = stats.get(container);
    if (!ps || !cs) break;
    const extra = ps.chars - ps.linkChars - (cs.chars - cs.linkChars);
    const density = ps.linkChars / Math.max(1, ps.chars);
    if (ps.score > cs.score * L.widenScoreShare && extra > 0 && density < L.widenMaxLinkDensity) container = parent;
    else break;
  }
  return container;
}

/** The container's blocks, with the lead and sibling paragraphs the template put outside it, in reading order. */
function gatherBlocks(container: Element, body: Element, stats: Map<Element, Stats>, title: string | null, removed: Removal[]): Block[] {
  const { before, after } = container === body ? { before: [], after: [] } : siblingParagraphs(container, stats);
  const leads = container === body ? [] : leadElements(container, body, stats, before, title);
  const raw: Block[] = [];
  for (const el of [...leads, ...before, container, ...after]) {
    // the text taken from beside the container (weisser-ring's next text module, ending "… finden Sie <a>hier</a>.")
    // is read for pointers to other articles as the container was
    if (el !== container) {
      if (siblingPointer(el, removed)) continue;
      prunePointers(el, removed);
    }
    collectBlocks(el, raw);
  }
  return raw;
}

/** Whether an element taken from beside the container is itself a pointer to another article (noted as removed). */
function siblingPointer(el: Element, removed: Removal[]): boolean {
  if (pointerGap(el) === null) return false;
  if (removed.length < MAX_REMOVED) note(removed, snippetOf(el), INLINE_POINTER.reason);
  return true;
}

/**
 * Paragraphs and list items written as short lines split at <br> ("Base Flying<br>2 Minuten vom S-Bahnhof", a credit line
 * naming a linked work, then its authors; an exercise, its result, then a link to the worked solution): a line that is a
 * link is one of the element's entries, judged with them. The <p> and <li> elements (by `within`) whose lines are all
 * short and whose link density together is low.
 */
function entryParagraphs(raw: Block[]): Set<number> {
  const lines = new Map<number, Block[]>();
  for (const b of raw) {
    if ((b.tag !== 'p' && b.tag !== 'li') || b.within === undefined) continue;
    const group = lines.get(b.within);
    if (group) group.push(b);
    else lines.set(b.within, [b]);
  }
  const out = new Set<number>();
  for (const [within, group] of lines) {
    if (group.length < 2 || group.some((b) => b.text.length > L.entryLineMaxChars)) continue;
    const chars = group.reduce((n, b) => n + nonSpace(b.text), 0);
    const links = group.reduce((n, b) => n + b.linkChars, 0);
    if (links / Math.max(1, chars) <= L.entryParagraphMaxLinkDensity) out.add(within);
  }
  return out;
}

/** Blocks without a letter or digit go; link-heavy blocks and picture credits become gaps (with their reason). */
function dropLinkHeavy(raw: Block[], removed: Removal[]): Block[] {
  const kept: Block[] = [];
  const entries = entryParagraphs(raw);
  for (const [i, b] of raw.entries()) {
    if (b.tag !== GAP && !HAS_WORD.test(b.text)) continue; // separators, bullets, replacement characters
    let reason = b.tag === GAP ? null : linkHeavyReason(b);
    if (reason && LINK_REASONS_OF_BLOCK.has(reason) && b.within !== undefined && entries.has(b.within)) reason = null;
    if (reason && LINK_REASONS_OF_BLOCK.has(reason) && isLinkedEntry(raw, i)) reason = null;
    if (reason) {
      // a block of jump links only is the article's table of contents, or a skip / back-to-top link when its words say so
      const kind = jumpKind(LINK_REASONS_OF_BLOCK.has(reason) && jumpsOnlyBlock(b), b.text);
      note(removed, b.text, kind ? JUMP_REASONS[kind] : reason);
      kept.push({ text: kind ?? LINK_GAP, tag: GAP, linkChars: 0 });
    } else kept.push(b);
  }
  return kept;
}

/** A "Label: value" line whose label is no link. */
const isLabelValue = (b: Block): boolean =>
  b.tag !== GAP && LABEL_VALUE.line.test(b.text) && nonSpace(b.text) - b.linkChars >= nonSpace(LABEL_VALUE.labelChars.exec(b.text)![0]);

/** A "Label: <a>value</a>" line beside a "Label: value" line without links: an entry of a credits or spec list, not a link. */
function isLinkedEntry(raw: Block[], i: number): boolean {
  if (!isLabelValue(raw[i])) return false;
  return [raw[i - 1], raw[i + 1]].some((n) => n !== undefined && n.linkChars === 0 && isLabelValue(n));
}

/** Whether a block's link text is all jump links to the page's own anchors. */
const jumpsOnlyBlock = (b: Block): boolean => b.jumpChars !== undefined && b.jumpChars >= b.linkChars;

/** The gap a removed block of jump links leaves: a skip / back-to-top link when its words say so (SKIP_LINK), else a
 * table of contents; null when it is no block of jump links. */
const jumpKind = (jumps: boolean, text: string): string | null => (jumps ? (SKIP_LINK.test(text) ? SKIP_GAP : CONTENTS_GAP) : null);

/** What a removed jump-link block is named, by its gap kind. */
const JUMP_REASONS: Record<string, string> = { [CONTENTS_GAP]: 'table of contents', [SKIP_GAP]: 'skip or back-to-top link' };

/** Another extractor's blocks (Readability's) through the same last steps as ours: link-heavy blocks and the headings they leave go. */
export function cleanBlocks(raw: Block[], removed: Removal[]): Block[] {
  return dropOrphanHeadings(dropLinkHeavy(raw, removed), removed);
}

/** Find and cut the main text of a parsed page, step by step. Changes the document. */
export function extractContent(document: Document, title: string | null = null): ContentResult {
  const removed: Removal[] = [];
  const page = pageBody(document);
  if (!page) return { blocks: [], removed, container: 'no body', pageChars: 0 };
  const { body } = page;
  let stats = page.stats;
  const pageChars = stats.get(body)?.chars ?? 0;
  const marked = markedContainer(body, stats, pageChars);
  removeChrome(body, stats, pageChars, marked?.el ?? null, removed, title);
  stats = measure(body);
  const { container, how } = chooseContainer(body, stats, marked);
  pruneLinkLists(container, stats, removed);
  const blocks = dropOrphanHeadings(dropLinkHeavy(gatherBlocks(container, body, stats, title, removed), removed), removed);
  return { blocks, removed, container: how, pageChars };
}
