// Page metadata from the classified lines: title (and its repeats), standfirst, bylines, outlet, origin, date.
import { wordsOf } from './shape.ts';
import { dateLine, findDate, isoDate } from './dates.ts';
import { contributorNames, leadInOutlet, originIn, outletIn } from './credits.ts';
import { agencyName } from './outlets.ts';
import { canonicalOutlet, outletFromFurniture, outletFromStaff, outletFromUrl } from './outlet-name.ts';
import { isTitleRepeat, titleQuote, titleKey } from './title.ts';
import { sentenceLike, type BodyRange } from './body.ts';
import { drop, type Line } from './line.ts';
import { REASON } from './reasons.ts';
import { WEIGHTS as W } from './weights.ts';

/** words an origin credit holds ("the author of Advance believes", "originally published by"): a cheap look-out */
const ORIGIN_HINTS = new Set([
  'author',
  'authors',
  'columnist',
  'journalist',
  'correspondent',
  'editor',
  'observer',
  'commentator',
  'analyst',
  'writes',
  'reports',
  'wrote',
  'according',
  'published',
  'appeared',
]);
// lookarounds, not \b: \b knows only ASCII word characters, so it never fits around "обновлено"
const MODIFIED = /(?<![\p{L}\p{N}_])(?:modified|updated|edited|aktualisiert|mis à jour|actualizado|aggiornato|обновлено|оновлено)(?![\p{L}\p{N}_])/iu;

/**
 * The title: the container's, else the first headline-shaped line above the body (removed as "title").
 * Repeats of the title are removed; the index of the title line above the body is returned (-1 when none).
 */
export function takeTitle(lines: Line[], metaTitle: string, range: BodyRange, scraped: boolean): { title: string; titleLine: number } {
  let title = metaTitle;
  let titleLine = -1;
  const { bodyStart } = range;
  if (!title && scraped) {
    for (const minWords of [4, 2]) {
      titleLine = lines.findIndex(
        (l, i) => i < Math.max(bodyStart, 1) && i < W.headLines && !l.rule && l.shape.headline && l.shape.words.length >= minWords && !findDate(l.text),
      );
      if (titleLine >= 0) break;
    }
    if (titleLine >= 0) {
      title = lines[titleLine].text;
      drop(lines[titleLine], REASON.title);
    }
  }
  if (!title) return { title, titleLine };
  const tkey = titleKey(title);
  // a cheap look-out before the full comparison: the title's longest word must be in the line
  const titleWord =
    wordsOf(title)
      .sort((a, b) => b.length - a.length || a.localeCompare(b))[0]
      ?.toLowerCase() ?? '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (i === titleLine || Math.abs(l.text.length - title.length) > 45 || !l.text.toLowerCase().includes(titleWord)) continue;
    // a lead sentence that a crawler also used as the title stays in the text
    if (l.shape.terminal && l.shape.words.length >= 12 && titleLine < 0 && i >= bodyStart) continue;
    if (isTitleRepeat(titleKey(l.text), tkey)) {
      // a repeat that quotes someone after a colon stays: the headline's quote is cited by that line, its one sentence
      // ("Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense.’"; the text may quote more words around it)
      if (titleQuote(l.text)) continue;
      if (titleLine < 0 && i < bodyStart) titleLine = i;
      drop(l, REASON.titleRepeated);
    }
  }
  return { title, titleLine };
}

/** Lines between the title and the body: a full sentence is article text, a headline-shaped deck is not. */
export function takeStandfirst(lines: Line[], titleLine: number, range: BodyRange): void {
  if (titleLine < 0) return;
  for (let i = titleLine + 1; i < range.bodyStart; i++) {
    const l = lines[i];
    if (l.rule || l.keep || !sentenceLike(l.shape) || dateLine(l.text)) continue;
    if (l.shape.terminal) {
      l.keep = true;
      l.reason = null;
    } else l.reason = REASON.standfirst;
  }
}

/** Kept lines seen before (a title block or a paragraph printed twice): the first copy stays. */
export function dropRepeats(lines: Line[], minWords: number): void {
  const seen = new Set<string>();
  for (const l of lines) {
    // rows of a table repeat legitimately ("Avg shrs 13.9 mln vs 13.8 mln" for the quarter and the year)
    if (!l.keep || l.shape.words.length < minWords || l.shape.numbers >= 2) continue;
    const key = l.text.toLowerCase();
    if (seen.has(key)) drop(l, REASON.repeated);
    else seen.add(key);
  }
}

/** Last line index (exclusive) where a byline counts: above the body or just inside its start. */
export function headEnd(lines: Line[], range: BodyRange, scraped: boolean): number {
  return scraped ? Math.max(range.bodyStart, Math.min(W.headLines, range.bodyStart + 6)) : Math.min(lines.length, 5);
}

/** Names from byline lines in the head and from contributor credits anywhere. */
export function bylineNames(lines: Line[], end: number, add: (name: string) => void): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.rule?.reason === REASON.byline && i < end) for (const n of l.rule.names ?? []) add(n);
    if (l.rule?.reason === REASON.contributors) for (const n of contributorNames(l.text)) add(n);
  }
}

/**
 * The outlet and the origin the text is credited to (an agency, "the author of X", an "X: headline" lead-in, an
 * agency byline). The outlet is the first of: the site name given with the page, its URL's domain, its own chrome
 * (comment policy, promo, copyright line), its page template's lines, its staff's credits (outlet-name.ts).
 */
export function outletAndOrigin(
  lines: Line[],
  end: number,
  byline: string[],
  metaOutlet: string | null,
  url: string | null = null,
): { outlet: string | null; origin: string | null; evidence: string | null } {
  let outlet = metaOutlet ? canonicalOutlet(metaOutlet) : null;
  let evidence = outlet ? 'site name' : null;
  if (!outlet) ({ name: outlet, reason: evidence } = outletFromUrl(url) ?? { name: null, reason: null });
  let origin: string | null = null;
  let keptSeen = 0;
  for (const l of lines) {
    if (l.keep) keptSeen++;
    if (l.shape.words.length > 60 || (l.keep && keptSeen > 5)) continue;
    if (!outlet || !origin) {
      const o = l.rule ? outletIn(l.text) : null;
      if (o && agencyName(o)) origin ??= agencyName(o);
      else if (o && !outlet) [outlet, evidence] = [canonicalOutlet(o), `outlet line "${l.text.slice(0, 80)}"`];
    }
    if (!origin && l.shape.lower.some((w) => ORIGIN_HINTS.has(w))) origin = originIn(l.text);
  }
  for (const l of lines.slice(0, Math.max(end + 3, 6))) {
    const lead = leadInOutlet(l.text, origin);
    if (lead) {
      origin = lead;
      break;
    }
  }
  if (!origin) origin = byline.map((b) => agencyName(b)).find((a) => a) ?? null;
  // weaker signs, only when the page names no outlet: its template's lines, then its staff's credits
  const weak = outlet ? null : (outletFromFurniture(lines.map((l) => l.text)) ?? outletFromStaff(byline));
  if (weak) [outlet, evidence] = [weak.name, weak.reason];
  if (origin && outlet && origin.toLowerCase() === outlet.toLowerCase()) origin = null;
  return { outlet, origin, evidence };
}

/** The container's date, made precise by a date-time line above the body when both name the same day. */
export function publishedDate(lines: Line[], range: BodyRange, metaPublished: string | null, monthFirst = false): string | null {
  let published = metaPublished;
  for (let i = 0; i < Math.min(lines.length, W.headLines); i++) {
    const l = lines[i];
    if (l.keep && i >= range.bodyStart) break;
    if (MODIFIED.test(l.text)) continue;
    const found = dateLine(l.text, monthFirst);
    if (!found) continue;
    if (!published) published = isoDate(found);
    else if (published.length === 10 && published === found.date && found.time) published = isoDate(found);
    break;
  }
  return published;
}

/** Lines at the head of a record that may hold its date stamp ("Posted 2/3/2009 11:11 PM"). */
const RECORD_STAMP_LINES = 2;

/**
 * A record without a publication date whose title or first lines are a date stamp: the stamp is its date.
 * The stamp lines leave the text (they are not article sentences); a title that is only a date is no title.
 */
export function recordStamp(lines: Line[], metaTitle: string, monthFirst = false): { published: string | null; title: string } {
  let published: string | null = null;
  let title = metaTitle;
  const fromTitle = metaTitle ? dateLine(metaTitle, monthFirst) : null;
  if (fromTitle) {
    published = isoDate(fromTitle);
    title = '';
  }
  for (let i = 0; i < Math.min(lines.length, RECORD_STAMP_LINES); i++) {
    const found = lines[i].keep ? dateLine(lines[i].text, monthFirst) : null;
    if (!found) continue;
    published ??= isoDate(found);
    drop(lines[i], REASON.timestamp);
  }
  return { published, title };
}
