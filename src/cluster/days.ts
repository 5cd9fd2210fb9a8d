// Time as evidence: how many days lie between an article (or a story) and another story. The distance is
// the gap between their publication periods, or, when shorter, between a day, month or year one side's
// text names and the other's period ("the shooting on September 10, 2010" in a report of the 2012 trial
// bridges the two years), each kind of mention counting with its own slack.
import type { Mention, MentionPrecision } from './features.ts';

const DAY = 86_400_000;

/**
 * How many days a record made here (`emptyMentioned`) holds in each precision's Map, kept by this module's
 * functions, the only ones that change such a record: a time gap reads a precision's Map only when it holds
 * some. Reading a story's Maps' sizes was most of the gap's cost (on all of Reuters, 4% of the clusterer's
 * samples on that line: the record, each Map and its table a load apart, and most precisions empty). A record
 * made elsewhere has no counts: its Maps are read. Keyed by symbols: not stored, not walked.
 */
const HELD = { day: Symbol('days held'), month: Symbol('months held'), year: Symbol('years held') } as const;
type Held = { [HELD.day]?: number; [HELD.month]?: number; [HELD.year]?: number };

/** Mentions by precision: start day (days since 1970) -> how many members name it. Plain maps: stored as they are
 * (change them only through this module: the count of days held must follow). */
export type Mentioned = Record<MentionPrecision, Map<number, number>> & Held;

/** Slack in days added to a mention's distance, per precision (negative: that kind never bridges). */
export type MentionSlack = Record<MentionPrecision, number>;

export const PRECISIONS: readonly MentionPrecision[] = ['day', 'month', 'year'];

export function emptyMentioned(): Mentioned {
  return { day: new Map(), month: new Map(), year: new Map(), [HELD.day]: 0, [HELD.month]: 0, [HELD.year]: 0 };
}

/** The days held of a precision changed by `by` (a record made elsewhere keeps no count). */
function held(into: Mentioned, p: MentionPrecision, by: number): void {
  const n = into[HELD[p]];
  if (n !== undefined) into[HELD[p]] = n + by;
}

/** Count (sign 1) or uncount (sign -1) one article's mentions, each distinct span once. */
export function countMentions(into: Mentioned, mentions: readonly Mention[], sign: 1 | -1): void {
  if (mentions.length === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const [start, , precision] = mentions[i];
    const day = Math.floor(start / DAY);
    if (metBefore(mentions, i, precision, day)) continue;
    const m = into[precision];
    const o = m.get(day);
    const n = (o ?? 0) + sign;
    if (n > 0) {
      m.set(day, n);
      if (o === undefined) held(into, precision, 1);
    } else if (m.delete(day)) held(into, precision, -1);
  }
}

/** Whether a mention before the i-th names the same span (precision and start day). An article names a few: a
 * walk back costs less than a set of "precision + day" strings made at every count (the refinement counts each
 * member's out and in again: ~14 MB on all of Reuters). */
function metBefore(mentions: readonly Mention[], i: number, precision: MentionPrecision, day: number): boolean {
  for (let j = 0; j < i; j++) {
    const [start, , p] = mentions[j];
    const d = Math.floor(start / DAY);
    // (NaN days are one span as their keys were: "dayNaN")
    if (p === precision && (d === day || (Number.isNaN(d) && Number.isNaN(day)))) return true;
  }
  return false;
}

/** Add another story's mention counts (merge pass). */
export function absorbMentions(into: Mentioned, other: Mentioned): void {
  for (const p of PRECISIONS) {
    for (const [day, n] of other[p]) {
      const o = into[p].get(day);
      if (o === undefined) held(into, p, 1);
      into[p].set(day, (o ?? 0) + n);
    }
  }
}

/** Set days as stored (a story taken back from a base): precision -> [day, members naming it]. */
export function restoreMentions(into: Mentioned, stored: Partial<Record<MentionPrecision, Array<[number, number]>>>): void {
  for (const p of PRECISIONS) {
    for (const [day, n] of stored[p] ?? []) {
      if (!into[p].has(day)) held(into, p, 1);
      into[p].set(day, n);
    }
  }
}

/** Empty a record (a story merged away lets its mentions go). */
export function clearMentions(into: Mentioned): void {
  for (const p of PRECISIONS) {
    into[p].clear();
    if (into[HELD[p]] !== undefined) into[HELD[p]] = 0;
  }
}

/** Span ends worked out so far, per precision: every story-story and doc-story distance reads them again (a
 * month or year mention starts on its first day, so there are a few thousand at most). */
const spanEnds: Record<MentionPrecision, Map<number, number>> = { day: new Map(), month: new Map(), year: new Map() };

/** The last day (days since 1970) of the span a month or year mention starting on `day` covers. */
function spanEndOf(day: number, precision: MentionPrecision): number {
  const d = new Date(day * DAY);
  const end = precision === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) : Date.UTC(d.getUTCFullYear(), 11, 31);
  return Math.floor(end / DAY);
}

/** Days between two spans of days (0 when they overlap). */
function between(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, a0 - b1, b0 - a1);
}

/** The best gap found so far by `mentionGap` (days, and the mention that bridged it: precision null when none):
 * kept in module scratch, so a pair's walk makes one Gap at its end, not one per improvement. */
let bestDays = 0;
let bestDay = 0;
let bestPrecision: MentionPrecision | null = null;

/** The shortest distance from one side's mentions to the other's period (first and last day: ms / DAY), with
 * each precision's slack, against the best so far in the scratch above (updated in place). */
function mentionGap(mentioned: Mentioned | undefined, first: number, last: number, slack: MentionSlack): void {
  if (!mentioned) return;
  // each precision by name, in PRECISIONS' order: no load keyed by a variable name, and no iterator for an empty
  // Map (on all of Reuters, 1.11 M of the 1.63 M iterators the walk made were of empty Maps); a precision the
  // record counts no day of is not read at all (HELD)
  walkMentions(mentioned.day, mentioned[HELD.day], 'day', slack.day, first, last);
  walkMentions(mentioned.month, mentioned[HELD.month], 'month', slack.month, first, last);
  walkMentions(mentioned.year, mentioned[HELD.year], 'year', slack.year, first, last);
}

/** mentionGap's walk of one precision's mentions (`held`: how many days its record counts there, if it counts). */
function walkMentions(days: Map<number, number>, held: number | undefined, p: MentionPrecision, slack: number, first: number, last: number): void {
  // every gap of this kind is at least its slack: one above the best so far can neither beat nor tie it
  if (slack < 0 || slack > bestDays || held === 0 || days.size === 0) return;
  // (the span ends worked out so far of this precision read once: a day's span ends on that day)
  const known = p === 'day' ? null : spanEnds[p];
  for (const day of days.keys()) {
    let end = day;
    if (known) {
      const e = known.get(day);
      if (e === undefined) known.set(day, (end = spanEndOf(day, p)));
      else end = e;
    }
    const gap = between(day, end + 1, first, last) + slack;
    if (gap < bestDays || (gap === bestDays && bestPrecision !== null && day < bestDay)) {
      bestDays = gap;
      bestDay = day;
      bestPrecision = p;
    }
  }
}

/** A distance in days; `via` the mention that bridged it when that was shorter than the publication gap. */
export interface Gap {
  days: number;
  /** the gap between the publication periods alone */
  published: number;
  via?: { day: number; precision: MentionPrecision };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 4, 2009", "March 2009", "2009". */
export function mentionLabel(day: number, precision: MentionPrecision): string {
  const d = new Date(day * DAY);
  const [y, m] = [d.getUTCFullYear(), MONTH_NAMES[d.getUTCMonth()]];
  return precision === 'day' ? `${m} ${d.getUTCDate()}, ${y}` : precision === 'month' ? `${m} ${y}` : String(y);
}

export interface TimeSide {
  firstTime: number | null;
  lastTime: number | null;
  mentioned?: Mentioned;
}

/**
 * Days between two sides: their publication periods' gap, or a shorter gap from what one side mentions to
 * the other's period. Null when either side is undated (no evidence either way). Gaps within `free` days are
 * returned without looking at mentions.
 */
export function gapDays(a: TimeSide, b: TimeSide, slack: MentionSlack, free = 0): Gap | null {
  const published = publishedGap(a, b);
  if (published === null) return null;
  // within the free days nothing a text mentions can matter
  if (published <= free) return { days: published, published };
  bestGap(a, b, published, slack);
  return bestPrecision === null ? { days: bestDays, published } : { days: bestDays, published, via: { day: bestDay, precision: bestPrecision } };
}

/** gapDays(a, b, slack, free).days of two dated sides `published` days apart, past the free days, without the
 * record: most pairs scored are pruned or end below their floor, and a Gap each was garbage (their scorer makes
 * the record again, with gapDays, for the few it keeps). */
export function gapDaysOnly(a: TimeSide, b: TimeSide, published: number, slack: MentionSlack): number {
  bestGap(a, b, published, slack);
  return bestDays;
}

/** The best gap of two dated sides `published` days apart through what either mentions, into the scratch above. */
function bestGap(a: TimeSide, b: TimeSide, published: number, slack: MentionSlack): void {
  // (both dated: publishedGap is null otherwise; the periods in days, as numbers, not arrays made per pair)
  bestDays = published;
  bestPrecision = null;
  mentionGap(a.mentioned, (b.firstTime as number) / DAY, (b.lastTime as number) / DAY, slack);
  mentionGap(b.mentioned, (a.firstTime as number) / DAY, (a.lastTime as number) / DAY, slack);
}

/** Days between the two sides' publication periods alone (gapDays's `published`), null when either is undated;
 * worked out without arrays, as most pairs scored are within the free days and need no more. */
export function publishedGap(a: TimeSide, b: TimeSide): number | null {
  if (a.firstTime === null || a.lastTime === null || b.firstTime === null || b.lastTime === null) return null;
  return between(a.firstTime / DAY, a.lastTime / DAY, b.firstTime / DAY, b.lastTime / DAY);
}
