// A document's term counts as stem ids and counts in one typed array, not a Map keyed by strings: a read document
// holds its term counts through provenance and clustering (all of them at once), and a Map of ~60 strings was a
// fifth of what one held (2.1 KB of 8.2 KB an article, r3k) and as many entries for every collection to walk.
// Stems get an id when first met, one table per process; the text stage counts a document's terms by id.
import type { TextDocument } from '../model.ts';

/**
 * Stems as small integers. Never cleared: a held document's counts read it (it grows with the vocabulary, as the
 * word table and the stem memo of the text stage do; all of Reuters-21578: ~40,000 stems).
 */
const idByStem = new Map<string, number>();
const stems: string[] = [];

/** The id of a stem, given one the first time it is met. */
export function stemId(stem: string): number {
  let id = idByStem.get(stem);
  if (id === undefined) {
    id = stems.length;
    idByStem.set(stem, id);
    stems.push(stem);
  }
  return id;
}

/** The id of a stem met before, else -1 (none given: a look-up made once for many counts, `hasId`). */
export function knownStemId(stem: string): number {
  return idByStem.get(stem) ?? -1;
}

/** The stem an id stands for (the table's own string: one object per stem, whichever thread read it). */
export function stemOf(id: number): string {
  return stems[id];
}

/**
 * Terms and their counts in the order first met (the order a Map filled term by term iterates in: sums over them
 * keep their order, so the same values). Read as a ReadonlyMap; `idAt` / `countAt` read an entry without making
 * an iterator. `data` holds the stem ids in its first half, their counts in its second.
 */
export class TermCounts implements ReadonlyMap<string, number> {
  private readonly data: Int32Array;

  constructor(data: Int32Array) {
    this.data = data;
  }

  /** Counts of the entries' terms, in order (a Map's or a stored document's read back). */
  static of(entries: Iterable<readonly [string, number]>): TermCounts {
    const list = [...entries];
    const data = new Int32Array(2 * list.length);
    for (let i = 0; i < list.length; i++) {
      data[i] = stemId(list[i][0]);
      data[list.length + i] = list[i][1];
    }
    return new TermCounts(data);
  }

  get size(): number {
    return this.data.length >>> 1;
  }

  /** The stem id of the i-th term. */
  idAt(i: number): number {
    return this.data[i];
  }

  /** The count of the i-th term. */
  countAt(i: number): number {
    return this.data[(this.data.length >>> 1) + i];
  }

  private indexOf(term: string): number {
    const id = idByStem.get(term);
    if (id === undefined) return -1;
    const n = this.data.length >>> 1;
    for (let i = 0; i < n; i++) if (this.data[i] === id) return i;
    return -1;
  }

  get(term: string): number | undefined {
    const i = this.indexOf(term);
    return i < 0 ? undefined : this.countAt(i);
  }

  has(term: string): boolean {
    return this.indexOf(term) >= 0;
  }

  /** has(stemOf(id)), the stem's id known (`knownStemId`): a story's why asks every member about one key. */
  hasId(id: number): boolean {
    return this.placeOfId(id) >= 0;
  }

  /** The place (as idAt's) of the term of stem id `id`, or -1. */
  placeOfId(id: number): number {
    const n = this.data.length >>> 1;
    for (let i = 0; i < n; i++) if (this.data[i] === id) return i;
    return -1;
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield stems[this.data[i]];
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.size; i++) yield this.countAt(i);
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [stems[this.data[i]], this.countAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(f: (count: number, term: string, map: ReadonlyMap<string, number>) => void, self?: unknown): void {
    for (let i = 0; i < this.size; i++) f.call(self, this.countAt(i), stems[this.data[i]], this);
  }

  get [Symbol.toStringTag](): string {
    return 'TermCounts';
  }
}

/**
 * Counting one document's terms by stem id (the text stage: `startCount`, a `countStem` per term read,
 * `finishCount`): a count per id in one reused array and the ids in first-met order, so no Map and no
 * garbage per term. Outside a count `countStem` does nothing.
 */
let counting = false;
let countById = new Int32Array(1 << 16);
let met = new Int32Array(1 << 10);
let metCount = 0;
/** every id counted, in the order read (a document's terms, sentence after sentence, then its title's) */
let read = new Int32Array(1 << 12);
let readCount = 0;

function clearCount(): void {
  for (let i = 0; i < metCount; i++) countById[met[i]] = 0;
  metCount = 0;
  readCount = 0;
}

/** Start counting a document's terms (a count left unfinished, by a throw, is dropped). */
export function startCount(): void {
  clearCount();
  counting = true;
}

/** Whether a count is on (a caller may skip working out ids when not). */
export function isCounting(): boolean {
  return counting;
}

export function countStem(id: number): void {
  if (!counting) return;
  if (readCount === read.length) {
    const grown = new Int32Array(2 * read.length);
    grown.set(read);
    read = grown;
  }
  read[readCount++] = id;
  if (id >= countById.length) {
    const grown = new Int32Array(Math.max(id + 1, 2 * countById.length));
    grown.set(countById);
    countById = grown;
  }
  if (countById[id]++ === 0) {
    if (metCount === met.length) {
      const grown = new Int32Array(2 * met.length);
      grown.set(met);
      met = grown;
    }
    met[metCount++] = id;
  }
}

/**
 * The terms counted since `startCount`: their counts, in the order first met, and every term's id in the order
 * read (`ids`); the count ends.
 */
export function finishCount(): { counts: TermCounts; ids: Int32Array } {
  const data = new Int32Array(2 * metCount);
  for (let i = 0; i < metCount; i++) {
    data[i] = met[i];
    data[metCount + i] = countById[met[i]];
  }
  const ids = read.slice(0, readCount);
  clearCount();
  counting = false;
  return { counts: new TermCounts(data), ids };
}

/** The stem ids of terms (one look-up by string each: for terms read elsewhere, a stored document's). */
export function stemIds(terms: readonly string[], into = new Int32Array(terms.length), at = 0): Int32Array {
  for (let i = 0; i < terms.length; i++) into[at + i] = stemId(terms[i]);
  return into;
}

/** End a count without its result (after a throw). */
export function stopCount(): void {
  clearCount();
  counting = false;
}

/** The sentences' terms' stem ids, sentence after sentence (TextDocument.termIds), by a look-up by string each. */
export function sentenceTermIds(sentences: ReadonlyArray<{ terms: readonly string[] }>): Int32Array {
  let n = 0;
  for (const s of sentences) n += s.terms.length;
  const ids = new Int32Array(n);
  let at = 0;
  for (const s of sentences) {
    stemIds(s.terms, ids, at);
    at += s.terms.length;
  }
  return ids;
}

/** A document's term ids made again from its terms (TextDocument.termIds, titleTermIds: a document read back from
 * the store, or sent by another thread without its table, had another thread's ids or none). */
export function withTermIds<D extends Pick<TextDocument, 'sentences' | 'titleTerms' | 'termIds' | 'titleTermIds'>>(doc: D): D {
  doc.termIds = sentenceTermIds(doc.sentences);
  doc.titleTermIds = stemIds(doc.titleTerms);
  return doc;
}

/** Per stem id, its count in the ids `countsOfIds` counts (0 outside a call), and the ids met in order. */
let idCount = new Int32Array(1 << 12);
let idsMet = new Int32Array(1 << 6);

/** Counts of stem ids, in the order first met (a title's terms: TextDocument.titleTermIds). */
export function countsOfIds(ids: Int32Array): TermCounts {
  if (idsMet.length < ids.length) idsMet = new Int32Array(2 * ids.length);
  let met = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id >= idCount.length) {
      const grown = new Int32Array(Math.max(id + 1, 2 * idCount.length));
      grown.set(idCount);
      idCount = grown;
    }
    if (idCount[id]++ === 0) idsMet[met++] = id;
  }
  const data = new Int32Array(2 * met);
  for (let i = 0; i < met; i++) {
    data[i] = idsMet[i];
    data[met + i] = idCount[idsMet[i]];
    idCount[idsMet[i]] = 0;
  }
  return new TermCounts(data);
}
