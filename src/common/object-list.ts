// An empty array V8 already holds as a list of objects (PACKED_ELEMENTS). A literal `[]`, a `map()` or `filter()` of
// nothing is a list of small integers (PACKED_SMI) to V8, another map than the same list once filled: optimised code
// that has only met filled lists of a site is thrown away, and the function compiled again, when an empty one comes.
// A list made here has the map of a filled one from the start, empty or not.

/** An empty array of the kind a filled list of objects or strings has (pushing to it keeps that kind). */
export function objectList<T>(): T[] {
  const list: T[] = [undefined as T];
  list.pop();
  return list;
}
