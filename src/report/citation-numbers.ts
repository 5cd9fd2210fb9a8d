// Citation numbers of one story: each distinct sentence reference gets a number in order of first use.
// The report's sections and the web app's story page number their citations the same way.
import type { SentenceRef } from '../model.ts';

export class CitationNumbers {
  private numbers = new Map<string, number>();
  /** the references in the order they were first cited: reference n is refs[n - 1] */
  readonly refs: SentenceRef[] = [];

  /** The citation number of a reference (assigned on first use). */
  number(ref: SentenceRef): number {
    const key = `${ref.document}#${ref.sentence}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.refs.push(ref);
      n = this.refs.length;
      this.numbers.set(key, n);
    }
    return n;
  }
}
