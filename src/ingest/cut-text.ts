// An article's text cut to ARTICLE_TEXT.maxChars, with the one-line note that says so (ingest cuts plain text,
// records and feed items; extract cuts the text it finds in a page).
import type { Problem, RawDocument } from '../model.ts';
import { ARTICLE_TEXT } from './limits.ts';

/** The note on a text of `total` characters cut to `kept`. */
export function cutNote(kept: number, total: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `text cut at ${n(kept)} of ${n(total)} characters: no article is that long (the rest is left out; it would take gigabytes to analyse)`;
}

/** A plain text or record past the longest article, cut, with its note; a page is cut by extract, after its markup. */
export function cutLongText(doc: RawDocument): { doc: RawDocument; problem: Problem | null } {
  if (doc.kind === 'html' || doc.body.length <= ARTICLE_TEXT.maxChars) return { doc, problem: null };
  const body = cutText(doc.body);
  return { doc: { ...doc, body }, problem: { source: doc.source, reason: cutNote(body.length, doc.body.length) } };
}

/** `text` cut to at most `max` characters: at its last line break in the last quarter, else at a space, else at `max`. */
export function cutText(text: string, max = ARTICLE_TEXT.maxChars): string {
  if (text.length <= max) return text;
  const line = text.lastIndexOf('\n', max);
  if (line > max * 0.75) return text.slice(0, line);
  const space = text.lastIndexOf(' ', max);
  if (space > max * 0.75) return text.slice(0, space);
  // not between the two halves of a surrogate pair
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high < 0xdc00 ? max - 1 : max);
}

/**
 * Paragraphs (joined by a blank line) cut as their text would be by cutText (mostly between two of them): the
 * whole ones before the cut and the part of the next one. Null when they fit already.
 */
export function cutParagraphs(paragraphs: string[], max = ARTICLE_TEXT.maxChars): { paragraphs: string[]; note: string } | null {
  let total = 0;
  for (const p of paragraphs) total += p.length;
  total += Math.max(0, paragraphs.length - 1) * 2;
  if (total <= max) return null;
  let left = cutText(paragraphs.join('\n\n'), max).length;
  const kept: string[] = [];
  for (const p of paragraphs) {
    const part = p.slice(0, left).trimEnd();
    if (part) kept.push(part);
    left -= p.length + 2;
    if (left <= 0) break;
  }
  return { paragraphs: kept, note: cutNote(kept.join('\n\n').length, total) };
}
