// What an amount measures: the word of FIGURE_MEASURES nearest the figure in its sentence. Two near figures of
// one kind measuring two things (a court's judgement and a takeover's price, an average cost and a bid, bills sold
// and bills maturing) are two amounts, not one figure two articles tell differently.
import { FIGURE_MEASURES } from './lexicon.ts';
import type { Unit, UnitFigure } from './units.ts';

const MEASURE_OF = new Map(FIGURE_MEASURES.groups.flatMap((g) => g.words.map((w) => [w, g.measure] as const)));
/** a word, or a mark that ends the phrase a figure heads */
const TOKENS = /[a-z]+|[,;:()]/gi;
const LETTER = /[a-z]/i;
/** the number a figure's text opens with */
const LEADING_NUMBER = /^[\d.,/\s-]+/;

/** the measure a run of words names first, in the order given; null at a mark or none */
function firstMeasure(words: string[]): string | null {
  for (const w of words) {
    if (!LETTER.test(w)) return null;
    const m = MEASURE_OF.get(w.toLowerCase());
    if (m !== undefined) return m;
  }
  return null;
}

/** The measure of a figure: read in the few words after it (up to another figure or a mark), else in the characters
 * before it (back to another figure), nearest first; null when none is named. */
export function figureMeasure(u: Unit, f: UnitFigure): string | null {
  const at = u.text.indexOf(f.text);
  if (at < 0) return null;
  const end = at + f.text.length;
  // the text between this figure and the next (or previous) one of the sentence
  let next = u.text.length;
  let prev = 0;
  for (const g of u.figures) {
    if (g === f) continue;
    const i = u.text.indexOf(g.text);
    if (i >= end && i < next) next = i;
    // (an earlier figure's own words stay readable: "Texaco's 1984 acquisition of Getty Oil Co for 10.2 billion dlrs")
    if (i >= 0 && i + g.text.length <= at) prev = Math.max(prev, i + (LEADING_NUMBER.exec(g.text)?.[0].length ?? g.text.length));
  }
  const after = firstMeasure((u.text.slice(end, next).match(TOKENS) ?? []).slice(0, FIGURE_MEASURES.after));
  if (after !== null) return after;
  const before = u.text.slice(Math.max(prev, at - FIGURE_MEASURES.before), at).match(TOKENS) ?? [];
  return firstMeasure(before.reverse());
}

/** Do two figures measure two things: each names a measure, and they differ? */
export function measuresApart(a: Unit, x: UnitFigure, b: Unit, y: UnitFigure): boolean {
  const [s, t] = [figureMeasure(a, x), figureMeasure(b, y)];
  return s !== null && t !== null && s !== t;
}
