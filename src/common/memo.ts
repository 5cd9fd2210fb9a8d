// One bounded memo for the word-level caches (stems, folds, keys): news vocabulary is Zipfian, so a few
// words come back all the time; the table is emptied when full, which keeps memory bounded on any input.

/** `compute` (never undefined) memoised per key, holding at most `max` entries (emptied when full). */
export function memoize<V extends NonNullable<unknown> | null>(max: number, compute: (key: string) => V): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    let v = table.get(key);
    if (v === undefined) {
      v = compute(key);
      if (table.size >= max) table.clear();
      table.set(key, v);
    }
    return v;
  };
}
