// How a text writes each of its keys, counted to pick the most frequent way. Most keys are written one way
// only in a text: such a key holds that string alone, and a Map of counts is made only at a second way (a
// Map per term was the largest garbage of the features: about a twelfth of what clustering allocates).

export class SurfaceCounts {
  /** per key: its only form so far, or the counts of its forms */
  private forms = new Map<string, string | Map<string, number>>();
  /** per key held as one form: how many times it was met */
  private times = new Map<string, number>();

  /** One more time `key` written as `form`. */
  add(key: string, form: string): void {
    const known = this.forms.get(key);
    if (known === undefined) {
      this.forms.set(key, form);
      this.times.set(key, 1);
    } else if (typeof known === 'string') {
      const n = this.times.get(key) as number;
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

/**
 * SurfaceCounts for one document's stems at a time, by stem id (term-counts.ts) in arrays reused from document to
 * document: the two Maps a document's SurfaceCounts of its terms made (a key and a count per stem, grown entry by
 * entry) were the largest garbage of the features (Reuters' first 8,000: 59 of the clusterer's 1,089 MB). A key
 * written a second way counts its forms in a Map, as SurfaceCounts does. `startStems`, an `addStem` per word
 * read, then `stemForms`; a count left unfinished (a throw) is dropped by the next start.
 */
const stemForm: string[] = [];
let stemTimes = new Int32Array(1 << 14);
/** the stems written more than one way, by stem id: their forms' counts */
const stemMore = new Map<number, Map<string, number>>();
/** the stems met, by id, in the order first met */
let stemsMet = new Int32Array(256);
let stemsMetCount = 0;

/** Start counting a document's stems' forms (forgets what a count before held). */
export function startStems(): void {
  // (the forms let go too: a word may hold its whole text, as a slice of it)
  for (let i = 0; i < stemsMetCount; i++) {
    stemTimes[stemsMet[i]] = 0;
    stemForm[stemsMet[i]] = '';
  }
  stemsMetCount = 0;
  stemMore.clear();
}

/** One more time the stem `id` (`key`) written as `form`. */
export function addStem(id: number, form: string): void {
  if (id >= stemTimes.length) {
    const grown = new Int32Array(Math.max(id + 1, 2 * stemTimes.length));
    grown.set(stemTimes);
    stemTimes = grown;
  }
  const n = stemTimes[id];
  if (n === 0) {
    // (kept dense: an array written far past its end turns into a dictionary)
    while (stemForm.length <= id) stemForm.push('');
    stemForm[id] = form;
    stemTimes[id] = 1;
    if (stemsMetCount === stemsMet.length) {
      const grown = new Int32Array(2 * stemsMet.length);
      grown.set(stemsMet);
      stemsMet = grown;
    }
    stemsMet[stemsMetCount++] = id;
    return;
  }
  stemTimes[id] = n + 1;
  const more = stemMore.get(id);
  if (more) more.set(form, (more.get(form) ?? 0) + 1);
  else if (stemForm[id] !== form) {
    // n times the first form so far, now a second
    const m = new Map<string, number>();
    m.set(stemForm[id], n);
    m.set(form, 1);
    stemMore.set(id, m);
  }
}

/** The stems counted since `startStems` (`keyOf` an id's key, `idOf` a key's id) and the form each is written in most
 * often (ties: the smallest), as [key, form, ...] sorted by key; the count ends. */
export function stemForms(keyOf: (id: number) => string, idOf: (key: string) => number): string[] {
  const keys: string[] = new Array(stemsMetCount);
  for (let i = 0; i < stemsMetCount; i++) keys[i] = keyOf(stemsMet[i]);
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = new Array(2 * keys.length);
  for (let j = 0; j < keys.length; j++) {
    const id = idOf(keys[j]);
    out[2 * j] = keys[j];
    const more = stemMore.get(id);
    out[2 * j + 1] = more ? commonest(more) : stemForm[id];
  }
  startStems();
  return out;
}

/** The form counted most often, ties to the smallest. */
function commonest(counts: Map<string, number>): string {
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
