// Document frequencies counted online: a stream does not know the future, so a document is weighed
// with the frequencies of the documents seen up to and including it. Same stream, same weights.

export class OnlineIdf {
  private df = new Map<string, number>();
  private n = 0;

  /** Counts kept from earlier (the story base loads those of the keys it needs). */
  static from(documents: number, counts: Iterable<[string, number]>): OnlineIdf {
    const idf = new OnlineIdf();
    idf.n = documents;
    for (const [k, c] of counts) idf.df.set(k, c);
    return idf;
  }

  /** Count one document's distinct keys (each key already carries its space prefix). */
  add(keys: Iterable<string>): void {
    this.n++;
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  get documents(): number {
    return this.n;
  }

  frequency(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Smoothed inverse document frequency: ln((1 + n) / (1 + df)) + 1, never zero. */
  idf(key: string): number {
    return Math.log((1 + this.n) / (1 + (this.df.get(key) ?? 0))) + 1;
  }
}
