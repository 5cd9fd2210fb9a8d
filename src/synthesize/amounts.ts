// Amounts of one kind (money of one currency, percentages, measures of one unit: FIGURE_AMOUNTS) that two aligned
// sentences give: when each gives some and they share none, the two are one wire form with other figures (two days'
// money-market help, two weeks' balances), not one statement told twice, and do not agree.
import type { Figure } from '../model.ts';
import type { Alignment } from './align.ts';
import type { Unit, UnitFigure } from './units.ts';
import { amountClasses, byClassPair } from './alike.ts';
import { timesApart } from './figure-times.ts';
import { measuresApart } from './measures.ts';
import { AMOUNT_CONVERSION_BEFORE, AMOUNT_LISTS, AMOUNT_OFFSETS, AMOUNT_ROUNDING, AMOUNT_SPAN_COUNT, FIGURE_AMOUNTS } from './lexicon.ts';

const AMOUNT_OF = new Map(FIGURE_AMOUNTS.map((a) => [a.kind, a.byUnit]));

/** The kind of amount an enrichment figure of sentence `text` is ("money:USD", "percent", "other:t"), or null: a count,
 * a date, a bare number, or another figure's conversion ("$1 million ($1.52 million)"). */
export function amountKind(f: Figure, text: string): string | null {
  const byUnit = AMOUNT_OF.get(f.kind as never);
  if (byUnit === undefined || (byUnit && !f.unit)) return null;
  const at = text.indexOf(f.text);
  if (at > 0 && AMOUNT_CONVERSION_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return null;
  return byUnit ? `${f.kind}:${f.unit}` : f.kind;
}

/** the first number a figure's text writes, with its decimals ("1.52" of "1.52 mln dlrs"); a fraction's slash after it */
const WRITTEN = /(\d[\d,]*)(?:\.(\d+))?(\/)?/;

/** Half the last digit a figure writes, in its value's terms ("1.5 mln": 50,000); 0 when that cannot be read. */
function halfDigit(f: UnitFigure): number {
  const m = WRITTEN.exec(f.text);
  if (!m || m[3]) return 0;
  const written = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  if (!(written > 0)) return 0;
  return (f.value / written) * 10 ** -(m[2]?.length ?? 0) * AMOUNT_ROUNDING.halfDigit;
}

/** Is a figure an estimate ("around 141 mln", "nearly 44 mln": figureBounds widened it)? */
const estimate = (f: UnitFigure) =>
  (f.low !== undefined && Number.isFinite(f.low) && f.low < f.value) || (f.top !== undefined && Number.isFinite(f.top) && f.top > (f.high ?? f.value));

/** Do two figures give one amount: within rounding (an estimate within AMOUNT_ROUNDING.estimate), or one's range or
 * open bound ("more than 5 pct") holding the other? (figureBounds' ±15% for an estimate would make "around 700 mln"
 * and "around 800 mln" one forecast) */
function sameAmount(a: UnitFigure, b: UnitFigure): boolean {
  const [ah, bh] = [a.high ?? a.value, b.high ?? b.value];
  const size = Math.max(Math.abs(ah), Math.abs(bh));
  // (`exact` added: 5.4 - 0.05 is a hair above 5.35 in floating point)
  const slack = Math.max(halfDigit(a), halfDigit(b), estimate(a) || estimate(b) ? AMOUNT_ROUNDING.estimate * size : 0) + AMOUNT_ROUNDING.exact * size;
  if (a.value - slack <= bh && b.value - slack <= ah) return true;
  const open = (x: UnitFigure, y: UnitFigure) =>
    (x.top === Infinity && y.value >= x.value) || (x.low === -Infinity && (y.high ?? y.value) <= (x.high ?? x.value));
  return open(a, b) || open(b, a);
}

/** The level a percentage of sentence `text` stands for when it is an offset from a base (AMOUNT_OFFSETS: "five pct
 * below its net asset value" is 95 pct of it), as a figure of its own; null for any other figure. */
function offsetLevel(x: UnitFigure, text: string): UnitFigure | null {
  if (x.amount !== 'percent' || x.high !== null) return null;
  const at = text.indexOf(x.text);
  if (at < 0) return null;
  const after = text.slice(at + x.text.length, at + x.text.length + 20);
  for (const o of AMOUNT_OFFSETS)
    if (o.after.test(after)) {
      const level = 100 + o.sign * x.value;
      return { value: level, high: null, what: x.what, text: `${level}`, low: level, top: level, amount: x.amount };
    }
  return null;
}

/** Does one sentence's figure of amount kind `kind` meet one of the other's, of that kind or a bare number ("Hillis
 * added 101" against "101 yards"), or as the level its offset stands for ("five pct below" / "95 pct of")? */
function meets(a: Unit, b: Unit, kind: string): boolean {
  for (const x of a.figures) {
    if (x.amount !== kind) continue;
    for (const y of b.figures) if ((y.amount === kind || !y.amount) && sameAmount(x, y)) return true;
    const level = offsetLevel(x, a.text);
    if (level !== null) for (const y of b.figures) if (y.amount === kind && offsetLevel(y, b.text) === null && sameAmount(level, y)) return true;
  }
  return false;
}

/** Do two sentences give amounts of one kind, sharing none of them (nor giving one's as a bare number)? */
export function amountsApart(a: Unit, b: Unit): boolean {
  for (const f of a.figures) {
    const kind = f.amount;
    if (!kind || !b.figures.some((g) => g.amount === kind)) continue;
    if (!meets(a, b, kind) && !meets(b, a, kind)) return true;
    if (f === a.figures.find((g) => g.amount === kind) && listsApart(a, b, kind)) return true;
  }
  return false;
}

/** Do two sentences list amounts of one kind that mostly differ: each leaves at least AMOUNT_LISTS.unmet of them
 * unmet by the other, more than it shares ("order backlogs rose 0.6 pct, but in December they fell 0.6 pct and in
 * January 0.7 pct" / "coincident indicators ... fell 0.1 pct in January after increases of 0.7 pct in December and
 * 0.2 pct in November": one figure alike by chance)? */
function listsApart(a: Unit, b: Unit, kind: string): boolean {
  const unmet = (u: Unit, other: Unit) => {
    let all = 0;
    let left = 0;
    for (const x of u.figures)
      if (x.amount === kind) {
        all++;
        if (!metBy(x, other)) left++;
      }
    return left >= AMOUNT_LISTS.unmet && left > all - left;
  };
  return unmet(a, b) && unmet(b, a);
}

/**
 * The two figures of two sentences whose amounts are apart only by a near figure: each gives one amount of the kind
 * apart, within AMOUNT_ROUNDING.near of the other ("Brazil's 108 billion dlr foreign debt" / "109 billion dlr debt",
 * "23.2 pct stake" / "23.3 pct interest"): one statement whose figure the two tell differently -- a disagreement on
 * the number, not two statements. Null when the sentences' amounts are not apart, or apart by more, or the two figures
 * are of other times (figure-times.ts: two days' figures).
 */
export function nearAmounts(a: Unit, b: Unit): [UnitFigure, UnitFigure] | null {
  let near: [UnitFigure, UnitFigure] | null = null;
  for (const f of a.figures) {
    const kind = f.amount;
    if (!kind || !b.figures.some((g) => g.amount === kind) || meets(a, b, kind) || meets(b, a, kind)) continue;
    const [xs, ys] = [a.figures.filter((x) => x.amount === kind), b.figures.filter((y) => y.amount === kind)];
    if (xs.length !== 1 || ys.length !== 1) return null;
    const [x, y] = [xs[0], ys[0]];
    if (x.high !== null || y.high !== null || Math.abs(x.value - y.value) > AMOUNT_ROUNDING.near * Math.max(Math.abs(x.value), Math.abs(y.value))) return null;
    // two days' figures of one wire form ("averaged 6.22 pct yesterday" / "5.97 pct yesterday" a day later)
    if (timesApart(a, x, b, y)) return null;
    // two measures of one kind of amount ("10.3 billion dlr judgement" / "acquisition of Getty Oil Co for 10.2 billion dlrs")
    if (measuresApart(a, x, b, y)) return null;
    near = [x, y];
  }
  return near;
}

/** Does a figure meet one of a sentence's of its kind, or a bare number of it? */
const metBy = (x: UnitFigure, b: Unit) => b.figures.some((y) => (y.amount === x.amount || !y.amount) && sameAmount(x, y));

/**
 * The two figures of two sentences that share amounts of one kind and each give one more of it, near the other's
 * (AMOUNT_ROUNDING.nearBeside): the shared figures make them one statement, whose one other figure the two tell
 * differently ("a 51 pct rise in defense orders, compared with a 57.7 pct decline in December" / "Defense orders rose
 * ... 49.7 pct, in January after falling 57.7 pct in December"). Null when no kind is so.
 */
export function nearBeside(a: Unit, b: Unit): [UnitFigure, UnitFigure] | null {
  for (const f of a.figures) {
    const kind = f.amount;
    if (!kind || f !== a.figures.find((g) => g.amount === kind)) continue;
    const ys = b.figures.filter((y) => y.amount === kind);
    if (!ys.length) continue;
    const xs = a.figures.filter((x) => x.amount === kind);
    const [xl, yl] = [xs.filter((x) => !metBy(x, b)), ys.filter((y) => !metBy(y, a))];
    // an amount each side tells as one shared (not only a bare number of it: "Romney (17 percent)" / "at 17 percent
    // each" of two polls), and one figure left on each side
    if (xl.length === xs.length || yl.length === ys.length || xl.length !== 1 || yl.length !== 1) continue;
    const [x, y] = [xl[0], yl[0]];
    // (the figures' nearness first: the time and measure are read only for a near pair)
    if (!nearFigures(x, y, AMOUNT_ROUNDING.nearBeside) || !toldExactly(x, a) || !toldExactly(y, b) || spansDiffer(a, b)) continue;
    if (!timesApart(a, x, b, y) && !measuresApart(a, x, b, y)) return [x, y];
  }
  return null;
}

/** Is a figure one exact amount written in digits: no range, bound or estimate ("about 15 pct", "more than a hundred
 * yards"), nor an offset from a base? */
const toldExactly = (x: UnitFigure, u: Unit) =>
  x.high === null && WRITTEN.test(x.text) && !estimate(x) && x.low !== -Infinity && x.top !== Infinity && offsetLevel(x, u.text) === null;

/** Do two sentences count one span of time differently ("in the past four years" / "Over the past five years"): their
 * amounts are of other periods, not one figure told two ways? */
function spansDiffer(a: Unit, b: Unit): boolean {
  for (const f of a.figures) {
    if (f.amount || !f.what || !AMOUNT_SPAN_COUNT.test(f.text)) continue;
    for (const g of b.figures) if (!g.amount && g.what === f.what && g.value !== f.value && AMOUNT_SPAN_COUNT.test(g.text)) return true;
  }
  return false;
}

/** a sentence's entity keys, in order */
const entityKeys = (u: Unit) => u.keys.filter((k) => k.startsWith('e:'));

/**
 * Do two sentences count one "what" (a count, no amount) of the same named subjects ("the group had accumulated
 * 1,262,200 shares, or about 6.7 pct of Clark's ..." / "1,339,000 shares, or about 7.1 pct of Clark's ...")? Their
 * amounts apart are the number discrepancies' to judge, as their counts are; Harris' stakes in Bell and in Triad name
 * other companies.
 */
function sameSubjectCounts(a: Unit, b: Unit): boolean {
  const counts = (u: Unit) => u.figures.filter((f) => !f.amount && f.what && !AMOUNT_SPAN_COUNT.test(f.text));
  const theirs = counts(b);
  if (!counts(a).some((f) => theirs.some((g) => g.what === f.what))) return false;
  const [ea, eb] = [entityKeys(a), entityKeys(b)];
  return ea.length > 0 && ea.length === eb.length && ea.every((k) => b.keySet.has(k));
}

/** Does a sentence give an amount of any kind? */
export const hasAmount = (u: Unit) => u.figures.some((f) => f.amount);

/** Do two sentences' amounts make them two statements: apart (amountsApart) by more than a near figure (nearAmounts:
 * one statement, its figures a discrepancy), and not counts of one subject (sameSubjectCounts)? Or does each give an
 * amount of one kind the other does not, of other times (figure-times.ts: "fell to 12.1 pct ... at the end of February
 * from 12.6 pct at the end of January" / "fell to 11.8 pct ... at the end of March from 12.1 pct at end of February",
 * one month's figure shared): two months' reports, whatever they share? */
export function amountsDisagree(a: Unit, b: Unit): boolean {
  return hasAmount(a) && hasAmount(b) && ((amountsApart(a, b) && !nearAmounts(a, b) && !sameSubjectCounts(a, b)) || otherTimes(a, b));
}

/** Does each sentence give an amount of one kind the other does not meet, near enough to be one figure told two ways
 * (AMOUNT_ROUNDING.nearBeside), the two of other times? (Shearson's "316 mln" told with "about 200 mln dlrs in 1985"
 * and with "1.25 billion dlrs net in 1986" is one statement: the two other figures are two measures.) */
function otherTimes(a: Unit, b: Unit): boolean {
  for (const x of a.figures) {
    if (!x.amount || metBy(x, b)) continue;
    for (const y of b.figures)
      if (y.amount === x.amount && !metBy(y, a) && nearFigures(x, y, AMOUNT_ROUNDING.nearBeside) && timesApart(a, x, b, y)) return true;
  }
  return false;
}

/** Are two figures apart by no more than `share` of the larger? */
const nearFigures = (x: UnitFigure, y: UnitFigure, share: number) => Math.abs(x.value - y.value) <= share * Math.max(Math.abs(x.value), Math.abs(y.value));

/** Does a sentence give only amounts the other gives too (a part of its statement: "the Clintons have paid $43
 * million in federal taxes" of "earned roughly $141 million and paid nearly $44 million")? */
export function amountsToldIn(a: Unit, b: Unit): boolean {
  return a.figures.every((f) => !f.amount || metBy(f, b));
}

/**
 * The alignment without the links of sentences whose amounts are apart (amountsApart) by more than a near figure
 * (nearAmounts: those stay one claim, its figures a discrepancy): what the claims count as agreement. The alignment itself when no link is dropped (most stories); a unit left with no link is left out.
 */
export function agreeingAlignment(units: Unit[], al: Alignment): Alignment {
  let apart: Array<[number, number]> | null = null;
  // (asked once per pair of amount classes: N copies of a wire's sentence link N² times, alike)
  const disagree = byClassPair(amountClasses(units), amountsDisagree);
  for (const [u, links] of al.neighbors) {
    if (!hasAmount(units[u])) continue;
    for (const v of links.keys()) if (v > u && disagree(units[u], units[v])) (apart ??= []).push([u, v]);
  }
  if (apart === null) return al;
  const dropped = new Set(apart.flatMap(([u, v]) => [`${u}|${v}`, `${v}|${u}`]));
  const neighbors = new Map<number, Map<number, number>>();
  for (const [u, links] of al.neighbors) {
    const kept = new Map<number, number>();
    for (const [v, s] of links) if (!dropped.has(`${u}|${v}`)) kept.set(v, s);
    if (kept.size) neighbors.set(u, kept);
  }
  return { ...al, neighbors };
}
