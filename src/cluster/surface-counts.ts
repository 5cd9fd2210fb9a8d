// How a text writes each of its keys, counted to pick the most frequent way. Most keys are written one way
// only in a text: such a key holds that string alone, and a Map of counts is made only at a second way (a
// Map per term was the largest garbage of the features: about a twelfth of what clustering allocates).

export class SurfaceCounts {
  /** per key: its only form so far, or the counts of its forms */
  private forms = new Map<string, string | Map<string, number>>();
  /** per key held as one form and met more than once: how many times (a key met once has no entry: most keys of a
   * text are met once, and this Map grew entry by entry for each of them) */
  private times = new Map<string, number>();

  /** One more time `key` written as `form`. */
  add(key: string, form: string): void {
    const known = this.forms.get(key);
    if (known === undefined) this.forms.set(key, form);
    else if (typeof known === 'string') {
      const n = this.times.get(key) ?? 1;
      if (known === form) this.times.set(key, n + 1);
      else {
        const m = new Map<string, number>();
        m.set(known, n);
        m.set(form, 1);
        this.forms.set(key, m);
        this.times.delete(key);
      }
    } else known.set(form, (known.get(form) ?? 0) + 1);
  }

  keys(): IterableIterator<string> {
    return this.forms.keys();
  }

  /** The form `key` is written in most often (ties: the smallest), '' for a key never met. */
  mostFrequent(key: string): string {
    const known = this.forms.get(key);
    if (known === undefined) return '';
    if (typeof known === 'string') return known;
    return mostWritten(known);
  }
}

/** The form counted most often (ties: the smallest). */
function mostWritten(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const k of counts.keys()) {
    const c = counts.get(k) as number;
    if (c > n || (c === n && k < best)) {
      best = k;
      n = c;
    }
  }
  return best;
}

/**
 * How one document writes its terms, counted by each term's place in the document's term counts (`start` per
 * document, then `add(place, form)`, then `forms`): arrays written over document to document, a Map only at a
 * term's second way. SurfaceCounts keyed each term by its string (a Map look-up per term, a Map per document and
 * the keys' sort after): this reads places, and the forms come out in the term counts' order, unsorted.
 */
export class TermFormCounts {
  /** per place: its only form so far, or the counts of its forms; undefined until met */
  private form: Array<string | Map<string, number> | undefined> = [];
  /** per place held as one form: how many times it was met */
  private times = new Int32Array(256);
  private n = 0;

  /** Start a document of `n` terms. */
  start(n: number): void {
    if (this.times.length < n) this.times = new Int32Array(2 * n);
    for (let i = 0; i < n; i++) this.form[i] = undefined;
    this.n = n;
  }

  /** One more time the term at `place` written as `form`. */
  add(place: number, form: string): void {
    const known = this.form[place];
    if (known === undefined) {
      this.form[place] = form;
      this.times[place] = 1;
    } else if (typeof known === 'string') {
      if (known === form) this.times[place]++;
      else {
        const m = new Map<string, number>();
        m.set(known, this.times[place]);
        m.set(form, 1);
        this.form[place] = m;
      }
    } else known.set(form, (known.get(form) ?? 0) + 1);
  }

  /** Per place, the form written most often (ties: the smallest, as SurfaceCounts.mostFrequent), '' for a term no
   * word was aligned with; the counts let go. */
  forms(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.n; i++) {
      const known = this.form[i];
      this.form[i] = undefined;
      if (known === undefined) out.push('');
      else if (typeof known === 'string') out.push(known);
      else out.push(mostWritten(known));
    }
    return out;
  }
}
