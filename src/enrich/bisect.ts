// Binary searches over a paragraph's ordered spans, tokens and sentences, without a closure made per call (the quote
// reader asks them for every token and mention it places; a closure each was ~10% of enrich's allocation on Reuters).

/** First index of `items` (in order of `open`) whose `open` is at or after `pos`, or their count. */
export function firstOpenFrom(items: ReadonlyArray<{ readonly open: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].open >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index of `items` (in order of `start`) whose `start` is at or after `pos`, or their count. */
export function firstStartFrom(items: ReadonlyArray<{ readonly start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index of `items` (in order of `start`) whose `start` is past `pos`, or their count. */
export function firstStartPast(items: ReadonlyArray<{ readonly start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
