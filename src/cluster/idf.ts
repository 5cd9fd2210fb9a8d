// Document frequencies counted online: a stream does not know the future, so a document is weighed
// with the frequencies of the documents seen up to and including it. Same stream, same weights.
// Counted by key id (vocab.ts), in an array grown as ids are given.
import { idOf, knownId, vocabularySize } from './vocab.ts';

export class OnlineIdf {
  private df = new Int32Array(1024);
  /** the document that last counted each key (a key counts once per document) */
  private seen = new Int32Array(1024);
  private n = 0;

  /** Counts kept from earlier (the story base loads those of the keys it needs). */
  static from(documents: number, counts: Iterable<[string, number]>): OnlineIdf {
    const idf = new OnlineIdf();
    idf.n = documents;
    for (const [k, c] of counts) {
      const id = idOf(k);
      idf.fit();
      idf.df[id] = c;
    }
    return idf;
  }

  /** Room for every id given so far. */
  private fit(): void {
    const size = vocabularySize();
    if (size <= this.df.length) return;
    let length = this.df.length;
    while (length < size) length *= 2;
    const [df, seen] = [new Int32Array(length), new Int32Array(length)];
    df.set(this.df);
    seen.set(this.seen);
    [this.df, this.seen] = [df, seen];
  }

  /** Count one document's keys (ids of keys with their space prefix; one met twice counts once). */
  add(...spaces: ReadonlyArray<ArrayLike<number>>): void {
    this.n++;
    this.fit();
    for (const ids of spaces)
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (this.seen[id] === this.n) continue;
        this.seen[id] = this.n;
        this.df[id]++;
      }
  }

  get documents(): number {
    return this.n;
  }

  frequency(key: string): number {
    const id = knownId(key);
    return id >= 0 && id < this.df.length ? this.df[id] : 0;
  }

  /** Smoothed inverse document frequency of a key id: ln((1 + n) / (1 + df)) + 1, never zero. */
  idf(id: number): number {
    return Math.log((1 + this.n) / (1 + (id < this.df.length ? this.df[id] : 0))) + 1;
  }
}
