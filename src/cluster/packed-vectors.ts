// Documents' vectors kept packed once they have arrived (refinement, merges, the split check and story titles
// read them again, a few times each): per space its key ids and weights, in the Map's order, in large typed
// blocks. Unpacked, they are the same Maps (same keys, weights and order), so every sum reads them alike.
// v8's serialisation (common/packed.ts) held them as compactly, but unpacking through it was a twentieth of the
// clusterer's time; the lead subject is not packed, it is the features' own (docVectors takes it from there).
import type { DocFeatures } from './features.ts';
import type { OnlineIdf } from './idf.ts';
import { countsIn, SPACES, weighInto, type DocKeyIds, type DocVectors } from './story.ts';
import { unitOfArrays, type Unit, type Vec } from './vector.ts';

/** A document's units (vector.ts) read from its packed entries: what the refinement pass and story titles read. */
export type PackedUnits = Record<(typeof SPACES)[number], Unit> & { lead?: readonly string[] };

/** Entries per block (12 bytes each: a key id and a weight). */
const BLOCK = 1 << 16;

/** The vector of a space a document has nothing in: one, shared (document vectors are only read). */
const EMPTY: Vec = new Map();

export class PackedVectors {
  private keys: Int32Array[] = [];
  private weights: Float64Array[] = [];
  private free = 0;
  /** per document: its block, where its entries start, and one length per space */
  private where: number[] = [];

  /** The block with room for n more entries: the last one, or a new one when it is full. */
  private roomFor(n: number): number {
    if (n > this.free || this.keys.length === 0) {
      const size = Math.max(BLOCK, n);
      this.keys.push(new Int32Array(size));
      this.weights.push(new Float64Array(size));
      this.free = size;
    }
    return this.keys.length - 1;
  }

  /** Pack a document's vectors; returns the number to find them by. */
  add(v: DocVectors): number {
    let n = 0;
    for (const s of SPACES) n += v[s].size;
    const block = this.roomFor(n);
    const [keys, weights] = [this.keys[block], this.weights[block]];
    let at = keys.length - this.free;
    this.where.push(block, at);
    for (const s of SPACES) {
      const m = v[s];
      this.where.push(m.size);
      let i = at;
      for (const k of m.keys()) keys[i++] = k;
      i = at;
      for (const w of m.values()) weights[i++] = w;
      at += m.size;
    }
    this.free -= n;
    return this.where.length / (2 + SPACES.length) - 1;
  }

  /** Pack a document's vectors as docVectors(f, idf, ids) weighs them, written straight into the blocks (no Maps
   * made: the online pass reads them as units, views of these entries); returns the number to find them by. */
  addWeighed(f: DocFeatures, idf: OnlineIdf, ids: DocKeyIds): number {
    // (at most one entry a count: room for that many)
    let most = 0;
    for (const s of SPACES) most += ids[s].length;
    const block = this.roomFor(most);
    const [keys, weights] = [this.keys[block], this.weights[block]];
    const start = keys.length - this.free;
    let at = start;
    this.where.push(block, at);
    for (const s of SPACES) {
      const m = weighInto(countsIn(f, s), ids[s], idf, keys, weights, at);
      this.where.push(m);
      at += m;
    }
    this.free -= at - start;
    return this.where.length / (2 + SPACES.length) - 1;
  }

  /** Document `n`'s vectors, with the lead subject given (its features' `lead`). */
  get(n: number, lead: readonly string[] | undefined): DocVectors {
    const w = this.where;
    const base = n * (2 + SPACES.length);
    const [keys, weights] = [this.keys[w[base]], this.weights[w[base]]];
    let at = w[base + 1];
    const out = {} as DocVectors;
    for (let j = 0; j < SPACES.length; j++) {
      const size = w[base + 2 + j];
      let m = EMPTY;
      if (size) {
        m = new Map();
        for (let i = at; i < at + size; i++) m.set(keys[i], weights[i]);
      }
      out[SPACES[j]] = m;
      at += size;
    }
    if (lead?.length) out.lead = lead;
    return out;
  }

  /** Document `n`'s units (as `docUnits(get(n, lead))` makes them, their Maps made only if read): views of its
   * entries in the blocks, nothing copied (the refinement pass reads every member's units each round, and the
   * online pass a document's as it arrives: copied into arrays, they were a twentieth of the clusterer's garbage). */
  units(n: number, lead: readonly string[] | undefined): PackedUnits {
    const w = this.where;
    const base = n * (2 + SPACES.length);
    const [keys, weights] = [this.keys[w[base]], this.weights[w[base]]];
    let at = w[base + 1];
    const out = {} as PackedUnits;
    for (let j = 0; j < SPACES.length; j++) {
      const size = w[base + 2 + j];
      out[SPACES[j]] = unitOfArrays(keys.subarray(at, at + size), weights.subarray(at, at + size));
      at += size;
    }
    if (lead?.length) out.lead = lead;
    return out;
  }
}
