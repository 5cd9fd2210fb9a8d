// Word tables without a prototype: looking up "constructor" or "__proto__" in an article finds nothing.

/** A lookup record with no prototype (safe with `in` and indexing). */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
