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
    let best = '';
    let n = -1;
    for (const k of known.keys()) {
      const c = known.get(k) as number;
      if (c > n || (c === n && k < best)) {
        best = k;
        n = c;
      }
    }
    return best;
  }
}
