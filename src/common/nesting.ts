// Markup nested absurdly deep (100k tags opened one in another) is flattened before any parser sees it: the
// parsers' cost grows with the square of the depth (htmlparser2 keeps its stack of open tags with unshift and
// shift), so a 600 KB page or feed took minutes. Shared by the HTML pages (extract) and the feed reader (ingest).

/** Nesting deeper than this is flattened before parsing (real pages stay far below 100 levels). */
export const MAX_DEPTH = 256;
/** Elements that never hold children, so they do not deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements whose content is raw text: tags inside them are not tags. Each with the search for its end tag. */
const RAW_TEXT_END: Record<string, RegExp> = Object.fromEntries(
  ['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template'].map((t) => [t, new RegExp(`</${t}`, 'gi')]),
);

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;

const selfClosing = (tag: string) => tag.charCodeAt(tag.length - 2) === 47;

/**
 * Calls `visit` for each tag that opens or closes an element, skipping raw-text content and void elements.
 * A callback, not a generator, and no lower-cased copy of the page: this runs over every page's markup.
 */
function eachNestingTag(html: string, visit: (index: number, length: number, closing: boolean) => void): void {
  const tag = new RegExp(TAG.source, 'g');
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    const rawEnd = m[1] ? undefined : RAW_TEXT_END[name];
    if (rawEnd) {
      rawEnd.lastIndex = tag.lastIndex;
      const close = rawEnd.exec(html);
      tag.lastIndex = close ? close.index : html.length;
      continue;
    }
    if (VOID.has(name) || selfClosing(m[0])) continue;
    visit(m.index, m[0].length, !!m[1]);
  }
}

/**
 * Drop tags that would nest beyond MAX_DEPTH. Counting is approximate (an unclosed <p> counts as open),
 * which only makes the cut earlier on broken markup; text is never dropped, only the excess tags.
 */
export function flattenDeepNesting(html: string, maxDepth = MAX_DEPTH): { html: string; flattened: boolean } {
  let depth = 0;
  let deepest = 0;
  eachNestingTag(html, (_index, _length, closing) => {
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  });
  if (deepest <= maxDepth) return { html, flattened: false };
  depth = 0;
  const out: string[] = [];
  let last = 0;
  eachNestingTag(html, (index, length, closing) => {
    const over = closing ? depth > maxDepth : depth + 1 > maxDepth;
    depth = Math.max(0, depth + (closing ? -1 : 1));
    if (over) {
      out.push(html.slice(last, index), ' ');
      last = index + length;
    }
  });
  out.push(html.slice(last));
  return { html: out.join(''), flattened: true };
}
