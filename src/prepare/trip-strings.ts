// The words and terms of a document prepared on a worker thread, as numbers into a table of strings both threads
// keep: the worker sends each distinct string once, the first time a document holds it, and ids after. A structured
// clone writes every word of every sentence apart and the taking thread hashed each again to share one string per
// word (1 in 7 of its CPU while reading all of Reuters on two threads, bench/HISTORY.md threads4); an id is read
// off an array. Term counts go as ids too, and the taking thread keeps its stem id for each (common/term-counts.ts).
import { stemId, stemOf, TermCounts } from '../common/term-counts.ts';

/** What a document's strings take on the trip: the strings new to the table, and every list as ids. */
export interface TripStrings {
  /** the sending thread (worker_threads' threadId): one table for each worker, a restarted one starts afresh */
  thread: number;
  /** the id of the first string of `added` (the table's size before them) */
  from: number;
  added: string[];
  /** lists one after another, each its length then its ids; term counts their size, ids, then counts; numbers as they are */
  ids: Int32Array;
}

/** A worker's side: ids for strings, given in the order first sent. */
export class StringIds {
  private readonly idOf = new Map<string, number>();
  /** by this thread's stem id: the table's id + 1 (0: not sent yet), so a term count needs no look-up by string */
  private byStem = new Int32Array(1 << 12);
  private added: string[] = [];
  private out = new Int32Array(1 << 12);
  private n = 0;

  constructor(private readonly thread: number) {}

  private push(v: number): void {
    if (this.n === this.out.length) {
      const grown = new Int32Array(2 * this.out.length);
      grown.set(this.out);
      this.out = grown;
    }
    this.out[this.n++] = v;
  }

  private idFor(s: string): number {
    let id = this.idOf.get(s);
    if (id === undefined) {
      id = this.idOf.size;
      this.idOf.set(s, id);
      this.added.push(s);
    }
    return id;
  }

  private stemFor(stem: number): number {
    if (stem >= this.byStem.length) {
      const grown = new Int32Array(Math.max(stem + 1, 2 * this.byStem.length));
      grown.set(this.byStem);
      this.byStem = grown;
    }
    if (this.byStem[stem] === 0) this.byStem[stem] = this.idFor(stemOf(stem)) + 1;
    return this.byStem[stem] - 1;
  }

  /** A list of strings, in order; one of another kind (a Map of surface forms) goes as it is, on its own. */
  list(list: readonly string[] | object): void {
    if (!Array.isArray(list)) {
      this.push(-1);
      return;
    }
    this.push(list.length);
    for (let i = 0; i < list.length; i++) this.push(this.idFor(list[i]));
  }

  /** A list of terms by their stem ids (`n` from `from`): as `list` of their strings, without a look-up by string. */
  stems(ids: Int32Array, from: number, n: number): void {
    this.push(n);
    for (let i = 0; i < n; i++) this.push(this.stemFor(ids[from + i]));
  }

  /** A number as it is (a paragraph's length, a sentence's place in the text). */
  number(v: number): void {
    this.push(v);
  }

  /** Terms and their counts, in order (a TermCounts by this thread's stem ids, or any map of terms). */
  counts(counts: ReadonlyMap<string, number>): void {
    this.push(counts.size);
    if (counts instanceof TermCounts) {
      for (let i = 0; i < counts.size; i++) this.push(this.stemFor(counts.idAt(i)));
      for (let i = 0; i < counts.size; i++) this.push(counts.countAt(i));
      return;
    }
    for (const term of counts.keys()) this.push(this.idFor(term));
    for (const count of counts.values()) this.push(count);
  }

  /** The document's strings written since the last: they go with it. */
  finish(): TripStrings {
    const trip = { thread: this.thread, from: this.idOf.size - this.added.length, added: this.added, ids: this.out.slice(0, this.n) };
    this.added = [];
    this.n = 0;
    return trip;
  }
}

interface Table {
  strings: string[];
  /** by the table's id: this thread's stem id + 1 (0: not asked yet) */
  stems: Int32Array;
}

/** The taking thread's side: a table for each worker thread, filled as its documents arrive (in the order sent). */
export class StringTables {
  private readonly tables = new Map<number, Table>();

  /** The lists of one document, to read in the order they were written. */
  open(trip: TripStrings): TripReader {
    let table = this.tables.get(trip.thread);
    if (!table) {
      table = { strings: [], stems: new Int32Array(1 << 12) };
      this.tables.set(trip.thread, table);
    }
    // a document missed or taken out of order would give wrong words: never read on
    if (trip.from !== table.strings.length) throw new Error(`strings from thread ${trip.thread} out of order: ${trip.from} sent, ${table.strings.length} held`);
    for (const s of trip.added) table.strings.push(s);
    if (table.stems.length < table.strings.length) {
      const grown = new Int32Array(Math.max(table.strings.length, 2 * table.stems.length));
      grown.set(table.stems);
      table.stems = grown;
    }
    return new TripReader(table, trip.ids);
  }
}

export class TripReader {
  private at = 0;

  constructor(
    private readonly table: Table,
    private readonly ids: Int32Array,
  ) {}

  /** The next list, or `sent` when it went as it is (StringIds.list). */
  list<T>(sent: T): string[] | T {
    const n = this.ids[this.at++];
    if (n < 0) return sent;
    // filled by push, as the text stage fills its lists (an array made with its length would stay holey)
    const out: string[] = [];
    const { strings } = this.table;
    for (let i = 0; i < n; i++) out.push(strings[this.ids[this.at++]]);
    return out;
  }

  /** The length of the next list (read again by the call that reads it). */
  nextLength(): number {
    return this.ids[this.at];
  }

  /** The next list of terms (StringIds.stems), their stem ids, this thread's, written into `into` from `at`. */
  terms(into: Int32Array, at: number): string[] {
    const n = this.ids[this.at++];
    const out: string[] = [];
    const { strings, stems } = this.table;
    for (let i = 0; i < n; i++) {
      const id = this.ids[this.at++];
      out.push(strings[id]);
      if (stems[id] === 0) stems[id] = stemId(strings[id]) + 1;
      into[at + i] = stems[id] - 1;
    }
    return out;
  }

  /** The next number (StringIds.number). */
  number(): number {
    return this.ids[this.at++];
  }

  /** Term counts by this thread's stem ids: each term's id asked of the stem table the first time it comes. */
  counts(): TermCounts {
    const n = this.ids[this.at++];
    const data = new Int32Array(2 * n);
    const { strings, stems } = this.table;
    for (let i = 0; i < n; i++) {
      const id = this.ids[this.at++];
      if (stems[id] === 0) stems[id] = stemId(strings[id]) + 1;
      data[i] = stems[id] - 1;
    }
    for (let i = 0; i < n; i++) data[n + i] = this.ids[this.at++];
    return new TermCounts(data);
  }
}
