// Per-page A/B of two scored extraction runs (bench/html-ab.ts): which pages got better, worse, or traded one
// error for another, which segments changed on each, and the pooled figures of both runs over the pages they share.
import { addScore, type PageScore, prf, type Totals } from './trafilatura-eval.ts';

/** One page of a saved run: its entry's URL and its score. */
export interface PageRecord extends PageScore {
  url: string;
}

/** A run: page file -> record. */
export type Run = Record<string, PageRecord>;

export type Verdict = 'better' | 'worse' | 'traded' | 'same';

export interface PageChange {
  file: string;
  url: string;
  verdict: Verdict;
  /** missed + leaked segments before and after */
  errorsBefore: number;
  errorsAfter: number;
  /** segments missed after but not before, and found after but missed before */
  nowMissed: string[];
  nowFound: string[];
  /** segments leaked after but not before, and leaked before but not after */
  nowLeaked: string[];
  noLongerLeaked: string[];
}

export interface Comparison {
  /** pages in both runs, and in only one of them (file names, sorted) */
  shared: number;
  onlyBefore: string[];
  onlyAfter: string[];
  before: Totals;
  after: Totals;
  counts: Record<Verdict, number>;
  /** every page that changed, worse first, then traded, then better; by file name within each */
  changes: PageChange[];
}

/** The segments of `a` not matched one for one in `b` (a multiset difference, in `a`'s order). */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const s of b) left.set(s, (left.get(s) ?? 0) + 1);
  const out: string[] = [];
  for (const s of a) {
    const n = left.get(s) ?? 0;
    if (n > 0) left.set(s, n - 1);
    else out.push(s);
  }
  return out;
}

/** One page's change: more errors (missed + leaked) is worse, fewer better, as many but other segments traded. */
export function comparePage(file: string, before: PageRecord, after: PageRecord): PageChange {
  const errorsBefore = before.missed.length + before.leaked.length;
  const errorsAfter = after.missed.length + after.leaked.length;
  const nowMissed = minus(after.missed, before.missed);
  const nowFound = minus(before.missed, after.missed);
  const nowLeaked = minus(after.leaked, before.leaked);
  const noLongerLeaked = minus(before.leaked, after.leaked);
  const moved = nowMissed.length + nowFound.length + nowLeaked.length + noLongerLeaked.length > 0;
  const verdict: Verdict = errorsAfter > errorsBefore ? 'worse' : errorsAfter < errorsBefore ? 'better' : moved ? 'traded' : 'same';
  return { file, url: after.url, verdict, errorsBefore, errorsAfter, nowMissed, nowFound, nowLeaked, noLongerLeaked };
}

const ORDER: Record<Verdict, number> = { worse: 0, traded: 1, better: 2, same: 3 };

export function compareRuns(before: Run, after: Run): Comparison {
  const zero = (): Totals => ({ tp: 0, fn: 0, fp: 0 });
  const cmp: Comparison = {
    shared: 0,
    onlyBefore: Object.keys(before)
      .filter((f) => !(f in after))
      .sort(),
    onlyAfter: Object.keys(after)
      .filter((f) => !(f in before))
      .sort(),
    before: zero(),
    after: zero(),
    counts: { better: 0, worse: 0, traded: 0, same: 0 },
    changes: [],
  };
  for (const file of Object.keys(after).sort()) {
    if (!(file in before)) continue;
    cmp.shared++;
    addScore(cmp.before, before[file]);
    addScore(cmp.after, after[file]);
    const c = comparePage(file, before[file], after[file]);
    cmp.counts[c.verdict]++;
    if (c.verdict !== 'same') cmp.changes.push(c);
  }
  cmp.changes.sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return cmp;
}

const figures = (t: Totals) => {
  const { p, r, f1 } = prf(t);
  return `P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${f1.toFixed(4)}  (TP ${t.tp} FN ${t.fn} FP ${t.fp})`;
};
const clip = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);

/** The comparison as text lines: totals, counts, then each changed page with the segments that moved. */
export function renderComparison(cmp: Comparison, beforeName: string, afterName: string): string[] {
  const lines = [
    `pages compared: ${cmp.shared}${cmp.onlyBefore.length ? `; only in ${beforeName}: ${cmp.onlyBefore.length}` : ''}${cmp.onlyAfter.length ? `; only in ${afterName}: ${cmp.onlyAfter.length}` : ''}`,
    `${beforeName}: ${figures(cmp.before)}`,
    `${afterName}: ${figures(cmp.after)}`,
    `better ${cmp.counts.better}, worse ${cmp.counts.worse}, traded ${cmp.counts.traded}, same ${cmp.counts.same}`,
  ];
  for (const c of cmp.changes) {
    lines.push(`${c.verdict.padEnd(6)} ${c.file}  errors ${c.errorsBefore} -> ${c.errorsAfter}  ${c.url}`);
    for (const s of c.nowMissed) lines.push(`         - missed now:   ${clip(s)}`);
    for (const s of c.nowLeaked) lines.push(`         - leaked now:   ${clip(s)}`);
    for (const s of c.nowFound) lines.push(`         + found now:    ${clip(s)}`);
    for (const s of c.noLongerLeaked) lines.push(`         + leak gone:    ${clip(s)}`);
  }
  return lines;
}
