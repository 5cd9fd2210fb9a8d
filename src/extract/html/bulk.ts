// Bulk in a page that holds no text: an inline image or font in an attribute (`src="data:..."`), a script's state or a
// style sheet. A page past the parse limit is emptied of it before it is cut, so the article after it is still read.

/** An attribute value longer than this is no text the extraction reads (alt, title, href, a meta's content). */
const BULK_ATTRIBUTE_CHARS = 64 * 1024;
/** A script or style body longer than this is dropped; JSON-LD is read only up to metadata's own limit. */
const BULK_BODY_CHARS = 64 * 1024;
const BULK_JSON_LD_CHARS = 500_000;

/** Tags whose body is raw text up to its closing tag, with the pattern finding that closing tag. */
const RAW_BODY_CLOSE: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi };
const JSON_LD = /application\/ld\+json/i;

export interface EmptiedBulk {
  html: string;
  /** values and bodies emptied */
  count: number;
  /** characters taken out */
  chars: number;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/**
 * The markup with every attribute value and script / style body past its size emptied (quotes and tags kept).
 * A scan by code over tags, not a regex: the runs are millions of characters long.
 */
export function emptyBulk(html: string): EmptiedBulk {
  const parts: string[] = [];
  let kept = 0;
  let count = 0;
  let chars = 0;
  const drop = (from: number, to: number): void => {
    parts.push(html.slice(kept, from));
    kept = to;
    count++;
    chars += to - from;
  };
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i < n) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    if (!isLetter(html.charCodeAt(i + 1))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = i + 1;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(i + 1, j).toLowerCase();
    const tagStart = j;
    // the attributes, quoted values skipped whole (a ">" inside one ends no tag); a quote not after "=" opens no value
    let afterEquals = false;
    while (j < n && html.charCodeAt(j) !== 0x3e) {
      const c = html.charCodeAt(j);
      if (c === 0x3d) afterEquals = true;
      else if (c > 0x20 && c !== 0x22 && c !== 0x27) afterEquals = false;
      if (afterEquals && (c === 0x22 || c === 0x27)) {
        afterEquals = false;
        const end = html.indexOf(c === 0x22 ? '"' : "'", j + 1);
        if (end < 0) return finish(html, parts, kept, count, chars);
        if (end - j - 1 > BULK_ATTRIBUTE_CHARS) drop(j + 1, end);
        j = end + 1;
      } else j++;
    }
    if (j >= n) break;
    const close = RAW_BODY_CLOSE[name];
    if (!close) {
      i = html.indexOf('<', j + 1);
      continue;
    }
    close.lastIndex = j + 1;
    const end = close.exec(html)?.index ?? n;
    const limit = JSON_LD.test(html.slice(tagStart, j)) ? BULK_JSON_LD_CHARS : BULK_BODY_CHARS;
    if (end - j - 1 > limit) drop(j + 1, end);
    i = end < n ? html.indexOf('<', end + 1) : -1;
  }
  return finish(html, parts, kept, count, chars);
}

function finish(html: string, parts: string[], kept: number, count: number, chars: number): EmptiedBulk {
  if (!count) return { html, count, chars };
  parts.push(html.slice(kept));
  return { html: parts.join(''), count, chars };
}
