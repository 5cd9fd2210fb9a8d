// The clusterer's keys as small integers. Each feature key, as the document-frequency table writes it (its
// space's prefix and the key), gets an id when first met; vectors, centroids, document frequencies and the
// candidate index are keyed by id: a Map finds a small integer about 2.5x faster than a string it must hash
// and compare character by character (a document's keys are other string objects than a story's). Ids serve
// look-ups only: sums keep their order and ties are broken by the key's text, so no output depends on them.
//
// One table per process (a story base's batches meet the same keys again), bounded: a process that runs for
// weeks (a story base's ingest, watch, workers) would otherwise keep every word, name, figure and date it
// ever met. A run that gives or reads ids holds the table (`holdVocabulary`); when a run starts and no other
// holds it, a table past `VOCABULARY.limit` keys is cleared and a new generation begins. Whatever keeps ids
// beyond its run notes the generation it was made in and is rebuilt from text keys when that has passed.

/** Keys the table may hold before the next safe point clears it. A key costs about 50 bytes (its string, its
 * Map entry, its slot: all of Reuters-21578 gives 109,000 keys in 5.2 MB of heap), so the table stays under
 * about 25 MB, a few percent of an ingest's heap; a collection the size of Reuters never resets. A reset costs
 * the next batch a re-reading of the story and member states the base's cache held. Tests set it small. */
export const VOCABULARY = { limit: 500_000 };

let ids = new Map<string, number>();
let keys: string[] = [];
let generation = 0;
let holders = 0;

/** The id of a key, given one the first time it is met. */
export function idOf(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = keys.length;
    ids.set(key, id);
    keys.push(key);
    onNewKey?.(key);
  }
  return id;
}

let onNewKey: ((key: string) => void) | null = null;

/** Call `f` with each key as it is given its first id: a memo of keys not met (story.ts) forgets one once it is. */
export function watchNewKeys(f: (key: string) => void): void {
  onNewKey = f;
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

/** The table's generation: ids given in an earlier one mean other keys now. */
export function vocabularyGeneration(): number {
  return generation;
}

/**
 * Hold the table for a run that gives and reads ids (a clustering run, a story-base batch); returns the
 * release. The start of a run is the safe point: with no other run holding the table, one past the limit is
 * cleared there (no id of the run before is used again unchecked).
 */
export function holdVocabulary(): () => void {
  if (holders === 0 && keys.length > VOCABULARY.limit) {
    ids = new Map();
    keys = [];
    generation++;
  }
  holders++;
  let held = true;
  return () => {
    if (held) holders--;
    held = false;
  };
}
