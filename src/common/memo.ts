// One bounded memo for the word-level caches (stems, folds, keys): news vocabulary is Zipfian, so a few
// words come back all the time; the table is emptied when full, which keeps memory bounded on any input.

/**
 * `compute` (never undefined) memoised per key, holding at most `max` entries (emptied when full). The
 * key is a string or a number (a day read as YYYYMMDD). The table is an object without prototype, not a Map: its look-ups of the same few strings again and again
 * cost some 10% less of the synthesis units' time (the words' keys are looked up per word per sentence).
 */
export function memoize<V extends NonNullable<unknown> | null, K extends string | number = string>(max: number, compute: (key: K) => V): (key: K) => V {
  let table: Record<K, V> = Object.create(null);
  let size = 0;
  return (key) => {
    let v = table[key];
    if (v === undefined) {
      v = compute(key);
      if (size >= max) {
        table = Object.create(null);
        size = 0;
      }
      table[key] = v;
      size++;
    }
    return v;
  };
}
