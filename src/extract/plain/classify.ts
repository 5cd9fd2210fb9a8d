// jusText-style classes per line and the context-sensitive pass: "short" and "neargood" lines take the class
// of their good/bad neighbours (the document's edges count as bad).
import type { LineShape } from './shape.ts';
import { WEIGHTS as W } from './weights.ts';

export type LineClass = 'good' | 'neargood' | 'short' | 'bad';

/** Context-free class of a line that no chrome rule matched. */
export function baseClass(s: LineShape): LineClass {
  if (s.chars < W.lengthLow) return 'short';
  let score = s.fwDensity;
  score += s.terminal ? W.terminal : W.noTerminal;
  if (s.titleCase >= W.titleCaseAt) score += W.titleCase;
  if (s.punctDensity >= W.punctAt) score += W.punct;
  // a full sentence of prose is good on its own; jusText's length_high is for HTML blocks, not lines
  if (score >= W.densityHigh) return s.chars >= W.lengthHigh || (s.terminal && s.words.length >= W.goodSentenceWords) ? 'good' : 'neargood';
  if (score >= W.densityLow) return 'neargood';
  // a full sentence is never plain chrome by its shape alone (figures-heavy prose has few function words)
  if (s.terminal && s.words.length >= W.sentenceWords) return 'neargood';
  return 'bad';
}

/**
 * Nearest good/bad class on each side of every line, computed in linear passes (a long run of short lines
 * would make a per-line search quadratic). `skipNear` skips neargood lines as jusText does; looking ahead,
 * transparent lines (a timestamp, byline or picture credit between a standfirst and the body) do not count.
 */
function nearest(classes: LineClass[], transparent: boolean[] | undefined) {
  const n = classes.length;
  const prev: LineClass[] = new Array(n);
  const prevNear: LineClass[] = new Array(n);
  const next: LineClass[] = new Array(n);
  const nextNear: LineClass[] = new Array(n);
  let p: LineClass = 'bad';
  let pn: LineClass = 'bad';
  for (let i = 0; i < n; i++) {
    prev[i] = p;
    prevNear[i] = pn;
    const c = classes[i];
    if (c === 'good' || c === 'bad') p = pn = c;
    else if (c === 'neargood') pn = c;
  }
  p = pn = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    next[i] = p;
    nextNear[i] = pn;
    if (transparent?.[i]) continue;
    const c = classes[i];
    if (c === 'good' || c === 'bad') p = pn = c;
    else if (c === 'neargood') pn = c;
  }
  return { prev, prevNear, next, nextNear };
}

/** jusText's revision: short lines, then neargood lines, by their neighbours (document edges count as bad). */
export function reviseByContext(initial: LineClass[], sentence?: boolean[], transparent?: boolean[]): LineClass[] {
  const classes = initial.slice();
  const a = nearest(initial, transparent);
  for (let i = 0; i < classes.length; i++) {
    if (initial[i] !== 'short') continue;
    const prev = a.prev[i];
    const next = a.next[i];
    let c: LineClass;
    if (prev === 'good' && next === 'good') c = 'good';
    else if (prev === 'bad' && next === 'bad') c = 'bad';
    // a short sentence next to article text is article text ("He said no." closing a story)
    else if (sentence?.[i] && (prev === 'good' || next === 'good')) c = 'good';
    else if ((prev === 'bad' && a.prevNear[i] === 'neargood') || (next === 'bad' && a.nextNear[i] === 'neargood')) c = 'good';
    else c = 'bad';
    classes[i] = c;
  }
  const b = nearest(classes, transparent);
  const out = classes.slice();
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'neargood') continue;
    out[i] = b.prev[i] === 'bad' && b.next[i] === 'bad' ? 'bad' : 'good';
  }
  return out;
}
