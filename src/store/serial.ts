// JSON for what the stages hold in Maps, Sets and typed arrays (TextDocument.termCounts, cluster
// features and vectors), so it can be stored as text and read back as the same values.
import { TermCounts, withTermIds } from '../common/term-counts.ts';
import type { TextDocument } from '../model.ts';

/**
 * The value with its Maps, Sets and Uint32Arrays as tagged objects (`{ $map: [...] }`, `{ $set }`, `{ $u32 }`),
 * copying only the objects and arrays on the way to one (the value itself is left as it is): a plain
 * JSON.stringify of it gives the text a replacer function gave, 35-40% faster (V8 calls a replacer for every
 * key and value; 5,000 stored Reuters states, texts and enrichments give the same bytes). Objects with toJSON
 * and typed arrays other than Uint32Array are left to JSON.stringify, as before.
 */
function tagged(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  // term counts by stem id (the text stage's) are stored as the Map they read as, and read back as one
  if (value instanceof Map || value instanceof TermCounts) return { $map: taggedEntries(value) };
  if (value instanceof Set) return { $set: tagged([...value]) };
  if (value instanceof Uint32Array) return { $u32: Array.from(value) };
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      // a plain value is its own: no call for it (most of a stored state's values are numbers and strings)
      if (v === null || typeof v !== 'object') continue;
      const t = tagged(v);
      if (t !== v) (out ??= value.slice())[i] = t;
    }
    return out ?? value;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || ArrayBuffer.isView(value)) return value;
  const o = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v === null || typeof v !== 'object') continue;
    const t = tagged(v);
    if (t === v) continue;
    // copied in the key order JSON.stringify reads (own enumerable keys), once the first tagged value is met
    if (!out) {
      out = {};
      for (const j of Object.keys(o)) out[j] = o[j];
    }
    out[k] = t;
  }
  return out ?? o;
}

/** A Map's entries as the `[key, value]` pairs `[...map]` gives, tagged: a pair of plain values as it is, without
 * a walk of the spread's pairs (a stored member's vectors and features are Maps of thousands of such pairs a batch). */
function taggedEntries(map: ReadonlyMap<unknown, unknown>): unknown[] {
  const out: unknown[] = [];
  map.forEach((v, k) => {
    out.push((k !== null && typeof k === 'object') || (v !== null && typeof v === 'object') ? tagged([k, v]) : [k, v]);
  });
  return out;
}

/** Turn the tagged objects back into Maps, Sets and typed arrays, in place (a walk is far cheaper than a
 * JSON.parse reviver, which is called for every value). */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (value[i] !== null && typeof value[i] === 'object') value[i] = revive(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (o.$map) return new Map(revive(o.$map) as Array<[unknown, unknown]>);
  if (o.$set) return new Set(revive(o.$set) as unknown[]);
  if (o.$u32) return Uint32Array.from(o.$u32 as number[]);
  for (const k in o) if (o[k] !== null && typeof o[k] === 'object') o[k] = revive(o[k]);
  return o;
}

export function toText(value: unknown): string {
  return JSON.stringify(tagged(value));
}

export function fromText<T>(text: string): T {
  return revive(JSON.parse(text)) as T;
}

/**
 * A document as stored: without its term ids, which are this process's stem ids (TextDocument.termIds): the text
 * is what it was before documents held them; `documentFromText` gives the reading process's ids.
 */
export function storable(doc: TextDocument): TextDocument {
  return { ...doc, termIds: undefined, titleTermIds: undefined } as unknown as TextDocument;
}

/** A stored document read back, with this process's term ids. */
export function documentFromText(text: string): TextDocument {
  return withTermIds(fromText<TextDocument>(text));
}
