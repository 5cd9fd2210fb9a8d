// The clusterer's keys as small integers. Each feature key, as the document-frequency table writes it (its
// space's prefix and the key), gets an id when first met; vectors, centroids, document frequencies and the
// candidate index are keyed by id: a Map finds a small integer about 2.5x faster than a string it must hash
// and compare character by character (a document's keys are other string objects than a story's). Ids serve
// look-ups only: sums keep their order and ties are broken by the key's text, so no output depends on them.
// One table per process (a story base's batches meet the same keys again); it holds each key once.

const ids = new Map<string, number>();
const keys: string[] = [];

/** The id of a key, given one the first time it is met. */
export function idOf(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = keys.length;
    ids.set(key, id);
    keys.push(key);
  }
  return id;
}

/** The id of a key met before, else -1 (a look-up that must not grow the table). */
export function knownId(key: string): number {
  return ids.get(key) ?? -1;
}

/** The key an id stands for. */
export function keyOf(id: number): string {
  return keys[id];
}

/** Ids given so far (every id is below). */
export function vocabularySize(): number {
  return keys.length;
}
