// Titles: comparing a line with the title (a repeat is chrome), and a title from the first sentence when a page has none.
import { fold } from '../../common/normalize.ts';
import { WEIGHTS } from './weights.ts';

/** Letters and digits only, folded: what two spellings of one headline share. */
export function titleKey(s: string): string {
  // folding (NFKD) only when there is something to fold
  const folded = /[^\x00-\x7f]/.test(s) ? fold(s) : s.toLowerCase();
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Is this line the title again (exactly, or with the site name or a stamp around it)? */
export function isTitleRepeat(lineKey: string, title: string): boolean {
  if (!lineKey || !title) return false;
  if (lineKey === title) return true;
  if (title.length < 20) return false;
  // "Title | Outlet", "Title - Outlet": the title plus a short suffix or prefix
  return lineKey.includes(title) && lineKey.length <= title.length + 40;
}

/** Quotation marks that open and close a quote: English, German („…“ ‚…‘), French and German guillemets (« » › ‹). */
const OPEN_MARKS = `‘'"“„‚«»‹›`;
const CLOSE_MARKS = `’'"”“‘»«›‹`;
/** Marks that cannot stand inside the quote (an apostrophe can: "don't"). */
const NOT_INSIDE = `‘’"“”„‚«»‹›`;

/**
 * A headline that quotes someone after a colon ("Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’",
 * "Trump: 'We are going to win so much.'", "Gestalte ein Plakat unter dem Motto: »Haltet unsere Gewässer sauber!«"): the
 * quoted words (group 1), in single or double marks, closing the line.
 */
const TITLE_QUOTE = new RegExp(`:\\s*[${OPEN_MARKS}]([^\\n${NOT_INSIDE}]{3,}?)[${CLOSE_MARKS}][.!?]?\\s*$`, 'u');

/**
 * The words a title line quotes after a colon, or null: dropped as a repeat of the title, the line would take its
 * quote with it (the quote reader reads the text's sentences, and a quote cites the sentence it stands in).
 */
export function titleQuote(line: string): string | null {
  return TITLE_QUOTE.exec(line)?.[1] ?? null;
}

const FUNCTION_END = /\s+(?:a|an|the|of|to|in|on|at|by|for|with|and|or|but|from|as|that|which|who|der|die|das|und|le|la|les|et|de|el|los|y|il|e|и|в|на)$/i;

/** A title from the first sentence: cut at a word boundary, never on a dangling function word. */
export function titleFromText(paragraph: string): string {
  const sentence = firstSentence(paragraph).trim();
  const max = WEIGHTS.titleMax;
  if (sentence.length <= max) return sentence;
  let cut = sentence.slice(0, max);
  // prefer a clause boundary (comma, semicolon, dash) past the middle, else a word boundary
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '), cut.lastIndexOf(' — '));
  if (clause >= max / 2) cut = cut.slice(0, clause);
  else cut = cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max);
  let prev = '';
  while (prev !== cut) {
    prev = cut;
    cut = cut.replace(/[\s,;:–—-]+$/u, '').replace(FUNCTION_END, '');
  }
  return `${cut}…`;
}

/** Abbreviations a full stop does not end a sentence after ("U.S.", "Mr.", "Dec."). */
const ABBREVIATION =
  /(?:^|\s)(?:(?:\p{L}\.)+\p{L}?|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Nr|Dr|bzw|z\.B|M|Mme|Sr|Sra|г|ул)\.$/u;

/** The first sentence of a paragraph (the whole paragraph when it holds one). */
export function firstSentence(paragraph: string): string {
  const end = /[.!?…]["”’'»)]*(?=\s+["“‘'«(]?[\p{Lu}\p{N}])/gu;
  for (let m = end.exec(paragraph); m; m = end.exec(paragraph)) {
    const upto = paragraph.slice(0, m.index + m[0].length);
    if (m[0][0] === '.' && ABBREVIATION.test(paragraph.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    return upto;
  }
  return paragraph;
}
