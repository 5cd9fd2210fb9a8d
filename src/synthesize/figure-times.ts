// When a figure is: the date its sentence states nearest it, read against its article's day, or the part of that day
// it names (FIGURE_TIMES). Two near figures of other times count two days' things (a daily money-market report, a
// weekly auction), not one thing two articles tell differently.
import { isoDay } from '../common/calendar.ts';
import { statedDates } from './dates.ts';
import { FIGURE_TIMES } from './lexicon.ts';
import type { Unit, UnitFigure } from './units.ts';

/** each part of a day with the pattern of its phrases, and a cheap test first: every phrase names its part */
const PARTS = FIGURE_TIMES.parts.map((p) => ({ part: p.part, re: new RegExp(`\\b(?:${p.phrases.join('|')})\\b`, 'gi'), gate: new RegExp(p.part, 'i') }));
const SPEECH = new Set(FIGURE_TIMES.speech);
const SPANS = FIGURE_TIMES.spans.map((s) => ({ ...s, re: new RegExp(`\\b${s.phrase}\\b`, 'gi') }));
const BEFORE = FIGURE_TIMES.before.map((b) => ({ ...b, re: new RegExp(`\\b${b.phrase}\\b`, 'gi') }));
/** what every phrase of a day before holds */
const BEFORE_GATE = /\bprevious\b/i;
/** what every span phrase holds: most sentences name none */
const SPAN_GATE = /\b(?:last|this) (?:week|month)\b/i;
const DAY_MS = 86400e3;
/** the word right before a date, "on" passed over ("said on Monday") */
const WORD_BEFORE = /([a-z]+)\s+(?:on\s+)?$/i;

interface Time {
  at: number;
  end: number;
  date: string;
  /** the sentence's own time, for a figure naming none (FIGURE_TIMES.before's `own`): at no place in it */
  own?: boolean;
}

/** Does a time at `at` date the telling ("the company said today", "VW said last week")? */
function told(text: string, at: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
  return before !== null && SPEECH.has(before[1].toLowerCase());
}

/** a unit's times, read once (only units with near figures are asked) */
const timesOf = new WeakMap<Unit, Time[]>();

function unitTimes(u: Unit): Time[] {
  let out = timesOf.get(u);
  if (out !== undefined) return out;
  out = [];
  for (const d of statedDates(u.text, u.day)) if (!told(u.text, d.at)) out.push({ at: d.at, end: d.at + d.text.length, date: d.date });
  if (u.day !== null)
    for (const p of PARTS) {
      if (!p.gate.test(u.text)) continue;
      for (const m of u.text.matchAll(p.re)) out.push({ at: m.index!, end: m.index! + m[0].length, date: `${isoDay(u.day)}|${p.part}` });
    }
  if (u.day !== null && SPAN_GATE.test(u.text))
    for (const s of SPANS)
      for (const m of u.text.matchAll(s.re))
        if (!told(u.text, m.index!)) out.push({ at: m.index!, end: m.index! + m[0].length, date: spanOf(u.day, s.span, s.back) });
  if (BEFORE_GATE.test(u.text)) {
    // counted back from the sentence's own day (its first full date), else from its article's
    const own = out.find((t) => t.date.length === 10)?.date;
    const from = own !== undefined ? new Date(`${own}T00:00:00Z`) : u.day;
    if (from !== null)
      for (const b of BEFORE)
        for (const m of u.text.matchAll(b.re)) {
          out.push({ at: m.index!, end: m.index! + m[0].length, date: isoDay(daysBefore(from, b.days, b.business)) });
          if (b.own !== undefined && !out.some((t) => t.own)) out.push({ at: -1, end: -1, date: own ?? spanOf(from, b.own, 0), own: true });
        }
  }
  timesOf.set(u, out);
  return out;
}

/** The day `days` before a day; with `business`, the Friday before a Monday (or a weekend day). */
function daysBefore(day: Date, days: number, business: boolean): Date {
  let t = day.getTime() - days * DAY_MS;
  while (business && [0, 6].includes(new Date(t).getUTCDay())) t -= DAY_MS;
  return new Date(t);
}

/** The time nearest a figure in its sentence (a date, or a part of its article's day) within FIGURE_TIMES.reach
 * characters and with no other figure between them ("a 51 pct rise in defense orders, compared with a 57.7 pct
 * decline in December": December is the decline's), else the sentence's own time when it tells another week's figure
 * beside it ("the previous week"), or null when it has none. */
export function figureTime(u: Unit, f: UnitFigure): string | null {
  const at = u.text.indexOf(f.text);
  if (at < 0) return null;
  const end = at + f.text.length;
  let best: Time | null = null;
  let gap = Infinity;
  const times = unitTimes(u);
  for (const t of times) {
    if (t.own) continue;
    const d = t.at >= end ? t.at - end : t.end <= at ? at - t.end : 0;
    if (d < gap && d <= FIGURE_TIMES.reach) [best, gap] = [t, d];
  }
  const own = times.find((t) => t.own)?.date ?? null;
  if (best === null) return own;
  const [from, to] = best.at >= end ? [end, best.at] : [best.end, at];
  for (const g of u.figures) {
    if (g === f) continue;
    const i = u.text.indexOf(g.text, from);
    if (i >= 0 && i + g.text.length <= to) return own;
  }
  return best.date;
}

/** The week (from its Monday: "W1987-04-13") or month ("1987-04") `back` of them before a day. */
function spanOf(day: Date, span: 'week' | 'month', back: number): string {
  if (span === 'month') return isoDay(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - back, 1))).slice(0, 7);
  const monday = day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS - back * 7 * DAY_MS;
  return `W${isoDay(new Date(monday))}`;
}

/** the first and last day a time holds, and its part of the day: a year, a month, a week, a day (or a part of it) */
function range(t: string): [string, string, string] {
  const [date, part = ''] = t.split('|');
  if (date.startsWith('W')) return [date.slice(1), isoDay(new Date(Date.parse(date.slice(1)) + 6 * DAY_MS)), part];
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`, part];
  if (date.length === 7) return [`${date}-01`, `${date}-31`, part];
  return [date, date, part];
}

/** Are two figures of other times: each has one, and the two share no day (a month holds its days and weeks, a day
 * its morning), or are two parts of one day? */
export function timesApart(a: Unit, x: UnitFigure, b: Unit, y: UnitFigure): boolean {
  const [s, t] = [figureTime(a, x), figureTime(b, y)];
  if (s === null || t === null) return false;
  const [[s0, s1, sp], [t0, t1, tp]] = [range(s), range(t)];
  return s1 < t0 || t1 < s0 || (sp !== '' && tp !== '' && sp !== tp);
}

/** a level's phrase ending right before a figure (FIGURE_TIMES.levels) */
const LEVEL = new RegExp(`\\b(?:${FIGURE_TIMES.levels.phrases.join('|')})\\s+$`, 'i');

/** Is a figure told as a level ("now stood at 50 billion"): a level's phrase right before it? */
function isLevel(u: Unit, f: UnitFigure): boolean {
  const at = u.text.indexOf(f.text);
  return at > 0 && LEVEL.test(u.text.slice(Math.max(0, at - 30), at));
}

/** Are two untimed figures two days' levels: one told as a level (`isLevel`), the articles FIGURE_TIMES.levels.apartDays
 * or more days apart, and neither naming a time of its own (figureTime)? */
export function levelsApart(a: Unit, x: UnitFigure, b: Unit, y: UnitFigure): boolean {
  if (a.day === null || b.day === null || Math.abs(a.day.getTime() - b.day.getTime()) < FIGURE_TIMES.levels.apartDays * DAY_MS) return false;
  return (isLevel(a, x) || isLevel(b, y)) && figureTime(a, x) === null && figureTime(b, y) === null;
}
