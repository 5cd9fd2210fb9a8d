// Alike texts are worked out once: the copies of a wire's sentence (or quote) in the N articles that re-send it are
// one class, and a pair's outcome is its two classes' (align.ts unitClasses, discrepancies.ts linkQuoteVariants).
// Off, every sentence and quote is a class of its own and every pair is worked out, as before classes: the tests
// compare the two.

import type { Unit } from './units.ts';

/** Whether alike sentences and quotes share one class (true but in the tests that compare with the pair-by-pair path). */
export const ALIKE_CLASSES = { on: true };

/** numbers JSON would write as null (an open bound's Infinity) written as themselves */
const finiteOrText = (_k: string, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);

/**
 * Each unit's class by `keyOf` (what some rules read of one), numbered first met first, and how many there are. Only
 * a text written more than once in the story can be alike another's: the others are each a class of their own, with
 * no key made (most stories' every unit); off (ALIKE_CLASSES), every unit is a class of its own.
 */
export function alikeClasses(units: readonly Unit[], keyOf: (u: Unit) => string): { classOf: Int32Array; count: number } {
  const classOf = new Int32Array(units.length);
  const texts = new Map<string, number>();
  if (ALIKE_CLASSES.on) for (const u of units) texts.set(u.text, (texts.get(u.text) ?? 0) + 1);
  const ids = new Map<string, number>();
  let count = 0;
  for (const u of units) {
    if (!ALIKE_CLASSES.on || texts.get(u.text) === 1) {
      classOf[u.id] = count++;
      continue;
    }
    const key = keyOf(u);
    let c = ids.get(key);
    if (c === undefined) ids.set(key, (c = count++));
    classOf[u.id] = c;
  }
  return { classOf, count };
}

/** each unit list's amount classes, made on first asking (the claims and the discrepancies both ask) */
const amountClassesOf = new WeakMap<readonly Unit[], Int32Array>();

/**
 * Each unit's amount class (by unit id): units alike in everything the amount rules read of one (amounts.ts
 * amountsDisagree, nearAmounts, nearBeside: its text, figures and keys, its article's day) share one. A pair's
 * outcome there is its two classes'.
 */
export function amountClasses(units: readonly Unit[]): Int32Array {
  let out = amountClassesOf.get(units);
  if (out !== undefined) return out;
  out = alikeClasses(units, (u) => JSON.stringify([u.text, u.day?.getTime() ?? null, u.keys, u.figures], finiteOrText)).classOf;
  amountClassesOf.set(units, out);
  return out;
}

/** A pair outcome asked once per ordered pair of classes (`classOf`: amountClasses); kept only for a pair one of
 * whose classes holds several units (no other pair is asked twice: most stories' every pair). */
export function byClassPair<T>(classOf: Int32Array, ask: (a: Unit, b: Unit) => T): (a: Unit, b: Unit) => T {
  const n = classOf.length;
  const size = new Uint8Array(n);
  for (const c of classOf) if (size[c] < 2) size[c]++;
  const known = new Map<number, T>();
  return (a, b) => {
    const [ca, cb] = [classOf[a.id], classOf[b.id]];
    if (size[ca] < 2 && size[cb] < 2) return ask(a, b);
    const key = ca * n + cb;
    if (known.has(key)) return known.get(key)!;
    const out = ask(a, b);
    known.set(key, out);
    return out;
  };
}
