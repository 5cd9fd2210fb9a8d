// Time as evidence: how many days lie between an article (or a story) and another story. The distance is
// the gap between their publication periods, or, when shorter, between a day, month or year one side's
// text names and the other's period ("the shooting on September 10, 2010" in a report of the 2012 trial
// bridges the two years), each kind of mention counting with its own slack.
import type { Mention, MentionPrecision } from './features.ts';

const DAY = 86_400_000;

/** Mentions by precision: start day (days since 1970) -> how many members name it. Plain maps: stored as they are. */
export type Mentioned = Record<MentionPrecision, Map<number, number>>;

/** Slack in days added to a mention's distance, per precision (negative: that kind never bridges). */
export type MentionSlack = Record<MentionPrecision, number>;

export const PRECISIONS: readonly MentionPrecision[] = ['day', 'month', 'year'];

export function emptyMentioned(): Mentioned {
  return { day: new Map(), month: new Map(), year: new Map() };
}

/** Count (sign 1) or uncount (sign -1) one article's mentions, each distinct span once. */
export function countMentions(into: Mentioned, mentions: readonly Mention[], sign: 1 | -1): void {
  const seen = new Set<string>();
  for (const [start, , precision] of mentions) {
    const day = Math.floor(start / DAY);
    const key = `${precision}${day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m = into[precision];
    const was = m.get(day);
    const n = (was ?? 0) + sign;
    if (n > 0) m.set(day, n);
    else m.delete(day);
    if (was === undefined && n > 0) dayCame(m, day);
    else if (was !== undefined && n <= 0) dayWent(m, day);
  }
}

/** Add another story's mention counts (merge pass). */
export function absorbMentions(into: Mentioned, other: Mentioned): void {
  for (const p of PRECISIONS) {
    const m = into[p];
    for (const [day, n] of other[p]) {
      const was = m.get(day);
      m.set(day, (was ?? 0) + n);
      if (was === undefined) dayCame(m, day);
    }
  }
}

/** Set how many members name a day (a stored story's counts taken back). */
export function setMention(into: Mentioned, precision: MentionPrecision, day: number, n: number): void {
  const m = into[precision];
  const was = m.get(day);
  m.set(day, n);
  if (was === undefined) dayCame(m, day);
}

/** Forget every count (a story merged away). */
export function clearMentions(into: Mentioned): void {
  for (const p of PRECISIONS) {
    inOrder.delete(into[p]);
    into[p].clear();
  }
}

/**
 * A precision's days in order, made when a distance first reads them and kept in order as days come and go
 * (the functions above; `n` against the Map's size guards a change made elsewhere, which makes them again):
 * a large story's nearest day is found by halving, where every distance walked every day its members name (a walk
 * that grew with the story). Kept, not made again at each change: the refinement takes each member's days out
 * of its story and puts them back around scoring it (made again there, they cost more than the walks they spared).
 */
interface DaysInOrder {
  days: Float64Array;
  n: number;
}
const inOrder = new WeakMap<Map<number, number>, DaysInOrder>();

function daysInOrder(m: Map<number, number>): DaysInOrder {
  const known = inOrder.get(m);
  if (known && known.n === m.size) return known;
  const days = new Float64Array(Math.max(4, m.size));
  let n = 0;
  for (const day of m.keys()) days[n++] = day;
  days.subarray(0, n).sort();
  const made = { days, n };
  inOrder.set(m, made);
  return made;
}

/** The first position in the days in order holding `day` or a later one. */
function lowerBound(o: DaysInOrder, day: number): number {
  let lo = 0;
  let hi = o.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (o.days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A day new to the Map, into its days in order (when they were made). */
function dayCame(m: Map<number, number>, day: number): void {
  const o = inOrder.get(m);
  if (!o) return;
  if (o.n + 1 !== m.size) {
    inOrder.delete(m);
    return;
  }
  if (o.n === o.days.length) {
    const grown = new Float64Array(2 * o.days.length);
    grown.set(o.days);
    o.days = grown;
  }
  const at = lowerBound(o, day);
  o.days.copyWithin(at + 1, at, o.n);
  o.days[at] = day;
  o.n++;
}

/** A day gone from the Map, out of its days in order. */
function dayWent(m: Map<number, number>, day: number): void {
  const o = inOrder.get(m);
  if (!o) return;
  const at = lowerBound(o, day);
  if (o.n - 1 !== m.size || at >= o.n || o.days[at] !== day) {
    inOrder.delete(m);
    return;
  }
  o.days.copyWithin(at, at + 1, o.n);
  o.n--;
}

/** Span ends worked out so far, per precision: every story-story and doc-story distance reads them again (a
 * month or year mention starts on its first day, so there are a few thousand at most). */
const spanEnds: Record<MentionPrecision, Map<number, number>> = { day: new Map(), month: new Map(), year: new Map() };

/** The last day (days since 1970) of the span a mention starting on `day` covers. */
function spanEnd(day: number, precision: MentionPrecision): number {
  if (precision === 'day') return day;
  const known = spanEnds[precision];
  let end = known.get(day);
  if (end === undefined) known.set(day, (end = spanEndOf(day, precision)));
  return end;
}

function spanEndOf(day: number, precision: MentionPrecision): number {
  const d = new Date(day * DAY);
  const end = precision === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) : Date.UTC(d.getUTCFullYear(), 11, 31);
  return Math.floor(end / DAY);
}

/** Days between two spans of days (0 when they overlap). */
function between(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, a0 - b1, b0 - a1);
}

/** The shortest distance from one side's mentions to the other's period (first and last day: ms / DAY), with each precision's slack. */
function mentionGap(mentioned: Mentioned | undefined, first: number, last: number, slack: MentionSlack, best: Gap): Gap {
  if (!mentioned) return best;
  for (const p of PRECISIONS) {
    const m = mentioned[p];
    if (slack[p] < 0 || m.size === 0) continue;
    if (m.size <= WALKED_DAYS) {
      for (const day of m.keys()) {
        const gap = mentionDistance(day, p, first, last, slack[p]);
        if (gap < best.days || (gap === best.days && best.via && day < best.via.day))
          best = { days: gap, published: best.published, via: { day, precision: p } };
      }
      continue;
    }
    const { days, n } = daysInOrder(m);
    const day = days[nearestDay(days, n, p, first, last, slack[p])];
    const gap = mentionDistance(day, p, first, last, slack[p]);
    // as the walk above would leave it: the shortest gap, the earliest day among equals, the publication gap
    // kept on a tie (the precisions in order: a tie keeps the one met first)
    if (gap < best.days || (gap === best.days && best.via && day < best.via.day)) best = { days: gap, published: best.published, via: { day, precision: p } };
  }
  return best;
}

/** Up to this many days are walked (an article's own, a small story's: most sides name one to three), more are
 * halved in order: counted on Reuters' first 6,000, halving every side evaluated more distances than the walk
 * (209,357 against 187,846 days walked), as the days in order were made for sides of a day or two. */
const WALKED_DAYS = 8;

/** A mention's distance to a period, with its precision's slack. */
function mentionDistance(day: number, p: MentionPrecision, first: number, last: number, slack: number): number {
  return between(day, spanEnd(day, p) + 1, first, last) + slack;
}

/**
 * The index of the day (of the first `n` in order) nearest the period, the earliest among equals. A day's distance is the
 * larger of 0, its lateness (day - last, rising with the day) and its earliness (first - its span's end - 1,
 * falling: spans end in their days' order), so the distances fall up to the first day late at least as much
 * as early (`k`) and rise from there: the least is at k - 1 or k, and before k the earliest day as near is
 * found by halving as well.
 */
function nearestDay(days: Float64Array, n: number, p: MentionPrecision, first: number, last: number, slack: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const day = days[mid];
    if (day - last >= first - (spanEnd(day, p) + 1)) hi = mid;
    else lo = mid + 1;
  }
  const k = lo;
  if (k === 0) return 0;
  const left = mentionDistance(days[k - 1], p, first, last, slack);
  if (k < n && mentionDistance(days[k], p, first, last, slack) < left) return k;
  // the first of days[0..k-1] as near as days[k - 1] (their distances never rise there)
  lo = 0;
  hi = k - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentionDistance(days[mid], p, first, last, slack) <= left) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
  // (both dated: publishedGap is null otherwise; the periods in days, as numbers, not arrays made per pair)
  const near = mentionGap(a.mentioned, (b.firstTime as number) / DAY, (b.lastTime as number) / DAY, slack, { days: published, published });
  return mentionGap(b.mentioned, (a.firstTime as number) / DAY, (a.lastTime as number) / DAY, slack, near);
}

/** Days between the two sides' publication periods alone (gapDays's `published`), null when either is undated;
 * worked out without arrays, as most pairs scored are within the free days and need no more. */
export function publishedGap(a: TimeSide, b: TimeSide): number | null {
  if (a.firstTime === null || a.lastTime === null || b.firstTime === null || b.lastTime === null) return null;
  return between(a.firstTime / DAY, a.lastTime / DAY, b.firstTime / DAY, b.lastTime / DAY);
}
