// Whether a feed item's text is the article or only a summary of it, and why. A long text is the article; a short
// item's content (RSS content:encoded, Atom <content>, JSON Feed content_html / content_text) is the article too when
// it reads whole: complete sentences, no "read more" link and no ellipsis where it was cut. A short description or
// <summary> stays a summary: feeds put their teasers there, and the linked page holds the article.

/** Feed text longer than this (characters, tags stripped) is taken as the full article. */
export const FULL_TEXT_CHARS = 500;

/** Sentences a short content needs to read as a whole brief (a one-line teaser is not). */
const WHOLE_MIN_SENTENCES = 2;

/** Marks of a text cut short for the feed: a "read more" link or line, an ellipsis at its end, a "[+1234 chars]" tail. */
const CUT_MARKS: ReadonlyArray<{ pattern: RegExp; name: string }> = [
  { pattern: /\bread (?:more|the (?:full|rest)|full)\b/i, name: '"read more"' },
  { pattern: /\bcontinue(?:s)? (?:reading|on)\b/i, name: '"continue reading"' },
  { pattern: /\b(?:full story|more)\s*(?:»|›|>>|→)/i, name: '"more »"' },
  { pattern: /\[\+\d+ chars\]/i, name: '"[+N chars]"' },
  { pattern: /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*\S{0,3}\s*$/, name: 'an ellipsis at its end' },
];

/** A text's end that closes a sentence: . ! ? with closing quotes or brackets after it. */
const SENTENCE_END = /[.!?]["'”’»)\]]*$/;
/** Where one sentence ends and the next begins: terminal punctuation, closing marks, space, a capital or quote. */
const SENTENCE_BREAK = /[.!?]["'”’»)\]]*\s+(?=["'“‘«(]?[A-Z0-9])/g;

/** A feed fragment's text: tags and entities as spaces, spaces folded. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters of text in an HTML fragment. */
export function textLength(html: string | null): number {
  return html ? plainText(html).length : 0;
}

export interface FeedItemText {
  summary: string | null;
  content: string | null;
}

/** The item's article text from the feed, and why it is the article (null: the feed holds only a summary). */
export interface FeedFullText {
  body: string;
  /** null for a long text; for a short whole content, what made it whole ("2 complete sentences, 212 characters, ...") */
  whole: string | null;
}

/** Why a short content is not the article (a cut mark, an unfinished last sentence, one sentence), or its description. */
function wholeness(html: string): { whole: true; detail: string } | { whole: false } {
  const text = plainText(html);
  if (!text) return { whole: false };
  if (CUT_MARKS.some((m) => m.pattern.test(text))) return { whole: false };
  // a cut mark in a link's text ("<a href=...>more</a>" at the end) reads as a teaser too
  if (/<a\b[^>]*>\s*(?:more|read more|full story)\s*<\/a>\s*(?:<\/p>\s*)?$/i.test(html.trim())) return { whole: false };
  if (!SENTENCE_END.test(text)) return { whole: false };
  const sentences = text.split(SENTENCE_BREAK).filter((s) => s.trim()).length;
  if (sentences < WHOLE_MIN_SENTENCES) return { whole: false };
  return { whole: true, detail: `${sentences} complete sentences, ${text.length} characters, no "read more" or ellipsis cut` };
}

/** The article text a feed item holds, if any: a long content or summary, else a short content that reads whole. */
export function feedFullText(item: FeedItemText): FeedFullText | null {
  const long = [item.content, item.summary].find((c) => textLength(c) > FULL_TEXT_CHARS);
  if (long) return { body: long, whole: null };
  if (!item.content) return null;
  const w = wholeness(item.content);
  return w.whole ? { body: item.content, whole: w.detail } : null;
}

/** The note a short whole item is reported with (its first two parts are what items of a feed share). */
export function wholeNote(detail: string): string {
  return `feed item's content is short but whole: taken as the article, its linked page not fetched: ${detail}`;
}
