// End matter and calls to action: the article's text ends where an end-matter heading ("Über den Autor",
// "Mehr zum Thema", "Kontakt") stands after most of the text; share/subscribe/comment lines go anywhere.
import type { Removal } from '../../model.ts';
import {
  AD_LABEL_LINE,
  APPEAL_OPENING,
  AUTHOR_BIO,
  BAR_LINE,
  BYLINE_LINE,
  BYLINE_LINE_MAX,
  CALL_TO_ACTION,
  CALL_TO_ACTION_MAX,
  CAPTION_LINE,
  CAPTION_LINE_MAX,
  CHANGED_LINE,
  CLOSING_CALL,
  COMMENT_SECTION_HEADING,
  CONTACT_LINE,
  DATE_ONLY_LINE,
  DATE_WORDS_LINE,
  DISCLOSURE_NOTE,
  FRAME_LINE,
  META_LINE,
  META_LINE_MAX,
  AVAILABLE_LINE,
  MIXED_SCRIPT_HINT,
  MIXED_SCRIPT_MIN_WORDS,
  MIXED_SCRIPT_WORD,
  NEXT_PART_LINE,
  POINTER_LINES,
  POST_META_LINE,
  POST_META_LINE_MAX,
  SOURCE_LINE,
  SOURCE_LINE_MAX,
  TEASER_LINE,
  TAIL_HEADINGS,
  TAIL_POINTER,
  TAIL_HEADING_MAX,
} from './boilerplate.ts';

/** Soft hyphens and zero-width characters: invisible, but they split the words the tables look for. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Where a block's first sentence ends (DISCLOSURE_NOTE reads the links in it). */
const FIRST_SENTENCE_END = /(?<=[.!?])\s+(?=\P{Ll})/u;

/** A teaser's read-more link is looked for in this many closing characters (the pattern is anchored at the end). */
const TEASER_TAIL_CHARS = 40;

/** An end-matter heading cuts the rest only when at least this many characters of text stand before it. */
const TAIL_MIN_BEFORE = 200;

export const isCallToAction = (text: string): boolean =>
  text.length <= CALL_TO_ACTION_MAX && (POINTER_LINES.test(text.trim()) || NEXT_PART_LINE.test(text.trim()) || CALL_TO_ACTION.some((re) => re.test(text)));

export const isTailHeading = (text: string): boolean => text.length <= TAIL_HEADING_MAX && TAIL_HEADINGS.some((re) => re.test(text.trim()));

const isAuthorBio = (text: string): boolean =>
  text.length <= AUTHOR_BIO.max && AUTHOR_BIO.start.test(text) && AUTHOR_BIO.role.test(text.slice(0, AUTHOR_BIO.roleWithin));

/** Why one block is furniture wherever it stands, or null. */
function lineReason(raw: string): string | null {
  const p = raw.replace(INVISIBLE, '');
  if (isCallToAction(p)) return 'call to action or site notice';
  if (p.length <= APPEAL_OPENING.max && APPEAL_OPENING.start.test(p.trim())) return "the outlet's appeal to its readers";
  if (p.length <= DISCLOSURE_NOTE.max && isDisclosure(p.trim())) return DISCLOSURE_NOTE.reason;
  if (AD_LABEL_LINE.test(p.trim())) return 'advertisement label';
  if (p.length <= CLOSING_CALL.max && CLOSING_CALL.last.test(p.trim())) return CLOSING_CALL.reason;
  if (TEASER_LINE.test(p.slice(-TEASER_TAIL_CHARS))) return 'teaser of another article';
  if (p.length <= POST_META_LINE_MAX && POST_META_LINE.test(p.trim())) return 'date, category or counter line';
  if (
    p.length <= META_LINE_MAX &&
    (META_LINE.test(p) ||
      FRAME_LINE.test(p.trim()) ||
      AVAILABLE_LINE.test(p.trim()) ||
      DATE_ONLY_LINE.test(p.trim()) ||
      DATE_WORDS_LINE.test(p.trim()) ||
      CHANGED_LINE.test(p))
  )
    return 'date, category or counter line';
  if (p.length <= BYLINE_LINE_MAX && BYLINE_LINE.test(p.trim())) return 'byline or date line';
  if (p.length <= CAPTION_LINE_MAX && CAPTION_LINE.test(p)) return 'picture caption';
  if (p.length <= SOURCE_LINE_MAX && SOURCE_LINE.test(p.trim())) return 'source line';
  if (isBarLine(p)) return 'meta row or menu line';
  if (MIXED_SCRIPT_HINT.test(p) && (p.match(MIXED_SCRIPT_WORD)?.length ?? 0) >= MIXED_SCRIPT_MIN_WORDS) return 'advertisement';
  return null;
}

/** An affiliate or advertiser disclosure (DISCLOSURE_NOTE): its first sentence names the links and the block who earns by them. */
function isDisclosure(p: string): boolean {
  if (DISCLOSURE_NOTE.issuer.test(p) || DISCLOSURE_NOTE.sponsored.test(p)) return true;
  const first = p.split(FIRST_SENTENCE_END)[0];
  return DISCLOSURE_NOTE.links.test(first) && DISCLOSURE_NOTE.earns.test(p);
}

function isBarLine(p: string): boolean {
  const items = p.trim().split(BAR_LINE.separator);
  return items.length >= BAR_LINE.minItems && items.every((x) => x.trim().length <= BAR_LINE.maxItemChars && !BAR_LINE.sentenceEnd.test(x.trim()));
}

/** Which of CONTACT_LINE's kinds a line is (a phone, an e-mail, ...), by any of its parts, or -1. */
function contactKind(p: string): number {
  for (const part of p.trim().split(CONTACT_LINE.separator)) {
    const k = CONTACT_LINE.kinds.findIndex((re) => re.test(part.trim()));
    if (k >= 0) return k;
  }
  return -1;
}

/**
 * Drop the contact lines of a contact block standing after the text (CONTACT_LINE): a run of short lines with contact
 * lines of two kinds or more, with at least `minBefore` characters and half the text before it, that the text does not
 * introduce (a colon before it, an "Adresse" label in it).
 */
function dropContactLines(kept: string[], removed: Removal[]): string[] {
  const total = kept.reduce((n, p) => n + p.length, 0);
  const drop = new Set<number>();
  let before = 0;
  for (let i = 0; i < kept.length; ) {
    let j = i;
    while (j < kept.length && kept[j].length <= CONTACT_LINE.maxChars) j++;
    const introduced = (i > 0 && CONTACT_LINE.introduced.test(kept[i - 1])) || kept.slice(i, j).some((p) => CONTACT_LINE.label.test(p.trim()));
    if (j > i && before >= CONTACT_LINE.minBefore && before >= total - before && !introduced) {
      const kinds = new Set<number>();
      const lines: number[] = [];
      for (let q = i; q < j; q++) {
        const k = contactKind(kept[q].replace(INVISIBLE, ''));
        if (k < 0) continue;
        kinds.add(k);
        lines.push(q);
      }
      if (kinds.size >= CONTACT_LINE.minKinds) for (const q of lines) drop.add(q);
    }
    for (const end = Math.max(j, i + 1); i < end; i++) before += kept[i].length;
  }
  if (!drop.size) return kept;
  for (const q of drop) removed.push({ text: kept[q], reason: CONTACT_LINE.reason });
  return kept.filter((_, q) => !drop.has(q));
}

/** A pointer heading over sentences only: the article's closing section (TAIL_POINTER), not end matter. */
function closesArticle(kept: string[], i: number): boolean {
  if (!TAIL_POINTER.heading.test(kept[i].replace(INVISIBLE, '').trim()) || i + 1 >= kept.length) return false;
  return kept.slice(i + 1).every((p) => TAIL_POINTER.sentenceEnd.test(p.trim()) && p.trim().split(/\s+/).length >= TAIL_POINTER.minWords);
}

/**
 * Drop calls to action, then cut at the first end-matter heading that has more text before it than from
 * it on (a heading in the first half of the page opens a section of the article, not its end matter).
 */
export function trimEndMatter(paragraphs: string[], removed: Removal[]): string[] {
  let kept: string[] = [];
  for (const p of paragraphs) {
    const reason = lineReason(p);
    if (reason) removed.push({ text: p, reason });
    else kept.push(p);
  }
  kept = dropContactLines(kept, removed);
  // an author's bio closing the text is the author box's text
  const last = kept[kept.length - 1];
  if (kept.length > 1 && isAuthorBio(last)) removed.push({ text: kept.pop()!, reason: 'author box' });
  const total = kept.reduce((n, p) => n + p.length, 0);
  let before = 0;
  for (let i = 0; i < kept.length; i++) {
    const text = kept[i].replace(INVISIBLE, '');
    // the comments under an article may outweigh it: their own heading cuts wherever it stands after the text
    const past = before >= total - before || (text.length <= TAIL_HEADING_MAX && COMMENT_SECTION_HEADING.test(text.trim()));
    if (before >= TAIL_MIN_BEFORE && past && isTailHeading(text) && !closesArticle(kept, i)) {
      const cut = kept.slice(i);
      removed.push({ text: cut.join(' ').slice(0, 200), reason: `end matter after "${kept[i].slice(0, 60)}"` });
      return kept.slice(0, i);
    }
    before += kept[i].length;
  }
  return kept;
}
