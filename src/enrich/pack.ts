// A document's enrichment as bytes, kept so until its story reads it (common/packed.ts) or sent so from a worker
// thread. v8's serialisation wrote every record's keys and its document id again (a mention's "document" key and
// id were a fifth of its bytes) and made each key an internalised string on the way back; here a record is the
// number of its key list (RECORD_SHAPES) and its values, strings in one run at the end, the document id a tag.
// Unpacked, it is the same tree: the same keys in the same order, the same values (undefined, null, -0, NaN
// included). An enrichment holding anything else (another key list, an array or object as a value, a string that
// is not well-formed UTF-16) is packed by v8's serialisation as before; its first byte (0xFF) tells them apart.
import { deserialize, serialize } from 'node:v8';
import type { DocumentEnrichment } from '../model.ts';

/** The key lists of the records an enrichment holds (mentions, quotes, figures), in their order; data, not rules:
 * a record with another list is no error, only packed the slow way. (A shape's number is written in one byte.) */
const RECORD_SHAPES: readonly (readonly string[])[] = [
  ['text', 'type', 'document', 'sentence', 'start', 'end', 'cue'],
  ['text', 'type', 'document', 'sentence', 'start', 'end', 'cue', 'nickname'],
  ['text', 'type', 'document', 'sentence', 'start', 'end'],
  ['text', 'type', 'document', 'sentence'],
  ['kind', 'text', 'value', 'unit', 'what', 'document', 'sentence'],
  ['kind', 'text', 'value', 'unit', 'date', 'document', 'sentence'],
  ['kind', 'text', 'value', 'high', 'unit', 'what', 'document', 'sentence'],
  ['kind', 'text', 'value', 'high', 'unit', 'date', 'document', 'sentence'],
  ['kind', 'text', 'value', 'unit', 'document', 'sentence'],
  ['id', 'text', 'speaker', 'speakerEntity', 'document', 'sentence', 'attribution'],
  ['id', 'text', 'speaker', 'speakerEntity', 'document', 'sentence'],
  ['text', 'type', 'document', 'sentence', 'start', 'end', 'cue', 'was', 'wasType'],
];

/** Values many records share (types, cues, kinds, units), written as their number; any other string is written out. */
const COMMON_STRINGS: readonly string[] = [
  ...(
    'person org place other gazetteer none org-head acronym initial speech title given-name role ' +
    'preposition place-head locality appositive ticker country-unit media place-noun outlet syndicate ' +
    'count range percent money distance date USD % USD-cent year t GBP JPY DEM CHF bbl bbl/day EUR CAD oz'
  ).split(' '),
  'no attribution found',
];

// what a value's tag byte says it is
const STRING = 0;
const DOCUMENT_ID = 1;
const COMMON_STRING = 2;
const WHOLE = 3;
const DOUBLE = 4;
const NULL = 5;
const UNDEFINED = 6;
const TRUE = 7;
const FALSE = 8;

/** An enrichment's keys, in the order enrichDocument writes them. */
const ENRICHMENT_KEYS = ['id', 'mentions', 'quotes', 'figures'];

/** First byte of a compact enrichment (v8's serialisation opens with 0xFF). */
const COMPACT = 1;

/** A key-list trie: from a node, the next key leads to a child; `shape` is the list's number where one ends. */
interface ShapeNode {
  keys: string[];
  next: ShapeNode[];
  shape: number;
}

const ROOT: ShapeNode = { keys: [], next: [], shape: -1 };
for (let s = 0; s < RECORD_SHAPES.length; s++) {
  let node = ROOT;
  for (const key of RECORD_SHAPES[s]) {
    let i = node.keys.indexOf(key);
    if (i < 0) {
      i = node.keys.push(key) - 1;
      node.next.push({ keys: [], next: [], shape: -1 });
    }
    node = node.next[i];
  }
  node.shape = s;
}

const COMMON = new Map(COMMON_STRINGS.map((s, i) => [s, i]));
/** the longest common string: a longer value (a quote, most names) is written out with no look-up (no hash of it made) */
const COMMON_MAX = Math.max(...COMMON_STRINGS.map((s) => s.length));

/** The writer's room, grown as needed and written over by each pack; one grown past ROOM_KEPT is let go after use. */
const ROOM = 1 << 16;
const ROOM_KEPT = 1 << 20;
let room = Buffer.allocUnsafeSlow(ROOM);
let view = new DataView(room.buffer, room.byteOffset, room.byteLength);
let at = 0;
let strings: string[] = [];

function ensure(bytes: number): void {
  if (at + bytes <= room.length) return;
  const bigger = Buffer.allocUnsafeSlow(Math.max(room.length * 2, at + bytes));
  room.copy(bigger, 0, 0, at);
  room = bigger;
  view = new DataView(room.buffer, room.byteOffset, room.byteLength);
}

function writeWhole(n: number): void {
  ensure(5);
  while (n > 0x7f) {
    room[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  room[at++] = n;
}

/** One value; false when it is of a kind this form does not hold. */
function writeValue(v: unknown, id: string): boolean {
  if (typeof v === 'string') {
    if (v === id) return writeTag(DOCUMENT_ID);
    const common = v.length <= COMMON_MAX ? COMMON.get(v) : undefined;
    if (common !== undefined) {
      writeTag(COMMON_STRING);
      writeWhole(common);
      return true;
    }
    writeTag(STRING);
    writeWhole(v.length);
    strings.push(v);
    return true;
  }
  if (typeof v === 'number') {
    // a whole number as a varint; -0 and the rest as a double
    if (v >>> 0 === v && (v !== 0 || 1 / v > 0)) {
      writeTag(WHOLE);
      writeWhole(v);
    } else {
      writeTag(DOUBLE);
      ensure(8);
      view.setFloat64(at, v, true);
      at += 8;
    }
    return true;
  }
  if (v === null) return writeTag(NULL);
  if (v === undefined) return writeTag(UNDEFINED);
  if (v === true) return writeTag(TRUE);
  if (v === false) return writeTag(FALSE);
  return false;
}

function writeTag(tag: number): true {
  ensure(1);
  room[at++] = tag;
  return true;
}

/** A list of records: its length, then each record's shape and values; false when one is not of a listed shape. */
function writeRecords(records: unknown, id: string): boolean {
  if (!Array.isArray(records)) return false;
  writeWhole(records.length);
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    // a plain object's for-in keys are its own (v8's serialisation writes those only)
    if (typeof record !== 'object' || record === null || Object.getPrototypeOf(record) !== Object.prototype) return false;
    ensure(1);
    const shapeAt = at++; // the shape's number (one byte), set once the keys are read
    let node = ROOT;
    for (const key in record) {
      const i = node.keys.indexOf(key);
      if (i < 0) return false;
      node = node.next[i];
      if (!writeValue((record as Record<string, unknown>)[key], id)) return false;
    }
    if (node.shape < 0) return false;
    room[shapeAt] = node.shape;
  }
  return true;
}

/** The enrichment written in the compact form into the room; false when it holds what the form does not. (Its lists
 * are enrichDocument's plain arrays: no holes, no keys of their own besides the items.) */
function writeCompact(e: DocumentEnrichment): boolean {
  at = 0;
  strings = [];
  if (Object.getPrototypeOf(e) !== Object.prototype) return false;
  // the keys as enrichDocument writes them, in its order
  let k = 0;
  for (const key in e) {
    if (key !== ENRICHMENT_KEYS[k++]) return false;
  }
  if (k !== ENRICHMENT_KEYS.length || typeof e.id !== 'string') return false;
  writeTag(COMPACT);
  ensure(4);
  at += 4; // where the strings start, set at the end
  writeWhole(e.id.length);
  strings.push(e.id);
  const id = e.id;
  if (!writeRecords(e.mentions, id) || !writeRecords(e.quotes, id) || !writeRecords(e.figures, id)) return false;
  const text = strings.join('');
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) return false;
  room.writeUInt32LE(at, 1);
  ensure(text.length * 3);
  at += room.write(text, at, 'utf8');
  return true;
}

/**
 * The enrichment packed: a view into this module's room, good until the next call (copy it to keep it).
 */
export function packEnrichment(e: DocumentEnrichment): Uint8Array {
  const compact = writeCompact(e);
  strings = [];
  if (!compact) return serialize(e);
  const bytes = new Uint8Array(room.buffer, room.byteOffset, at);
  if (room.length > ROOM_KEPT) {
    room = Buffer.allocUnsafeSlow(ROOM);
    view = new DataView(room.buffer, room.byteOffset, room.byteLength);
  }
  return bytes;
}

/** An enrichment as packEnrichment packed it (or as v8 serialised it). */
export function unpackEnrichment(bytes: Uint8Array): DocumentEnrichment {
  if (bytes[0] !== COMPACT) return deserialize(bytes) as DocumentEnrichment;
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stringsAt = buf.readUInt32LE(1);
  const text = buf.toString('utf8', stringsAt, buf.length);
  let pos = 5;
  let textAt = 0;
  const whole = (): number => {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = buf[pos++];
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  };
  const idLength = whole();
  const id = text.slice(0, idLength);
  textAt = idLength;
  const value = (): unknown => {
    switch (buf[pos++]) {
      case STRING: {
        const length = whole();
        const s = text.slice(textAt, textAt + length);
        textAt += length;
        return s;
      }
      case DOCUMENT_ID:
        return id;
      case COMMON_STRING:
        return COMMON_STRINGS[whole()];
      case WHOLE:
        return whole();
      case DOUBLE: {
        const d = buf.readDoubleLE(pos);
        pos += 8;
        return d;
      }
      case NULL:
        return null;
      case UNDEFINED:
        return undefined;
      case TRUE:
        return true;
      default:
        return false;
    }
  };
  const records = <T>(): T[] => {
    const n = whole();
    const out: T[] = [];
    for (let r = 0; r < n; r++) {
      const keys = RECORD_SHAPES[buf[pos++]];
      const record: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) record[keys[k]] = value();
      out.push(record as T);
    }
    return out;
  };
  const mentions = records<DocumentEnrichment['mentions'][number]>();
  const quotes = records<DocumentEnrichment['quotes'][number]>();
  const figures = records<DocumentEnrichment['figures'][number]>();
  return { id, mentions, quotes, figures };
}
