// The documents a copy relation's reasons name, found again at render time. The reasons name documents by
// record id ("000_a5b2… carries the agency credit "Reuters" (the other does not)", "both re-use 393: 4 of 4
// shared sentences come from it"): the JSON report keeps them so, and the readers' pages (the HTML and Markdown
// reports, the web app) show the article there instead, as they show it elsewhere. Found by the wording that
// names them, never by a bare match of an id: Reuters' ids are numbers, and "3 shared passages" names no document.

/** What a direction vote's reason says after the id of the document it names (direction.ts writes them). */
export const VOTE_REASON = {
  earlier: 'published earlier',
  credit: 'carries the agency credit',
  fuller: 'has the fuller text',
  captured: 'was captured earlier',
} as const;

/** The reason two copies of a third document are not one another's copy (relations.ts markSiblings). */
export const SIBLING_REASON = (source: string, inSource: number, total: number): string =>
  `both re-use ${source}: ${inSource} of ${total} shared sentences come from it, so neither copied the other`;

/** How a translation's relation names its original (translation-of.ts): the reason opens with it, then its id. */
export const TRANSLATION_REASON = 'a translation of ';

/** Whether a relation is a translation's (translation-of.ts): its first reason says so. */
export function isTranslation(r: { why?: string[] }): boolean {
  return r.why?.[0]?.startsWith(TRANSLATION_REASON) === true;
}

/** What a translation's relation is called where the readers' pages name a relation's kind. */
export const TRANSLATION_VERB = 'is a translation of';

const OPENINGS = Object.values(VOTE_REASON).map((o) => ` ${o}`);
const SIBLING = /^(both re-use )(.+?)(: \d+ of \d+ shared sentences come from it, so neither copied the other)$/s;

/** A piece of a reason: its own words, or a document it names by id. */
export type WhyPiece = string | { document: string };

/**
 * A reason of relation `r` in pieces, the documents it names apart: a vote's reason opens with the id of one of
 * the relation's two documents, a sibling's names the third document both re-use, a translation's its original (the
 * relation's `to`). Any other reason is one piece.
 */
export function whyPieces(line: string, r: { from: string; to: string }): WhyPiece[] {
  for (const id of [r.from, r.to]) {
    if (line.startsWith(id) && OPENINGS.some((o) => line.startsWith(o, id.length))) return [{ document: id }, line.slice(id.length)];
  }
  if (line.startsWith(TRANSLATION_REASON) && line.startsWith(': ', TRANSLATION_REASON.length + r.to.length) && line.startsWith(r.to, TRANSLATION_REASON.length))
    return [TRANSLATION_REASON, { document: r.to }, line.slice(TRANSLATION_REASON.length + r.to.length)];
  const m = SIBLING.exec(line);
  return m ? [m[1], { document: m[2] }, m[3]] : [line];
}
