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
/** the word right before a date, "on" passed over ("said on Monday") */
const WORD_BEFORE = /([a-z]+)\s+(?:on\s+)?$/i;

interface Time {
  at: number;
  end: number;
  date: string;
}

/** a unit's times, read once (only units with near figures are asked) */
const timesOf = new WeakMap<Unit, Time[]>();

function unitTimes(u: Unit): Time[] {
  let out = timesOf.get(u);
  if (out !== undefined) return out;
  out = [];
  for (const d of statedDates(u.text, u.day)) {
    const before = WORD_BEFORE.exec(u.text.slice(Math.max(0, d.at - 20), d.at));
    if (before && SPEECH.has(before[1].toLowerCase())) continue;
    out.push({ at: d.at, end: d.at + d.text.length, date: d.date });
  }
  if (u.day !== null)
    for (const p of PARTS) {
      if (!p.gate.test(u.text)) continue;
      for (const m of u.text.matchAll(p.re)) out.push({ at: m.index!, end: m.index! + m[0].length, date: `${isoDay(u.day)}|${p.part}` });
    }
  timesOf.set(u, out);
  return out;
}

/** The time nearest a figure in its sentence (a date, or a part of its article's day) within FIGURE_TIMES.reach
 * characters and with no other figure between them ("a 51 pct rise in defense orders, compared with a 57.7 pct
 * decline in December": December is the decline's), or null when it has none. */
export function figureTime(u: Unit, f: UnitFigure): string | null {
  const at = u.text.indexOf(f.text);
  if (at < 0) return null;
  const end = at + f.text.length;
  let best: Time | null = null;
  let gap = Infinity;
  for (const t of unitTimes(u)) {
    const d = t.at >= end ? t.at - end : t.end <= at ? at - t.end : 0;
    if (d < gap && d <= FIGURE_TIMES.reach) [best, gap] = [t, d];
  }
  if (best === null) return null;
  const [from, to] = best.at >= end ? [end, best.at] : [best.end, at];
  for (const g of u.figures) {
    if (g === f) continue;
    const i = u.text.indexOf(g.text, from);
    if (i >= 0 && i + g.text.length <= to) return null;
  }
  return best.date;
}

/** Are two figures of other times: each has one, and neither holds the other (a month holds its days, a day its
 * morning)? */
export function timesApart(a: Unit, x: UnitFigure, b: Unit, y: UnitFigure): boolean {
  const [s, t] = [figureTime(a, x), figureTime(b, y)];
  return s !== null && t !== null && !s.startsWith(t) && !t.startsWith(s);
}
