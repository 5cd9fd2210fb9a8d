// Shared wink-nlp instances: loading the model costs ~100 ms, so each is made once, on first use.
// `nlp()` runs sentence splitting only (tokens, types, normal forms and stems need no more): it is
// twice as fast as the full pipe.
import { createRequire } from 'node:module';
import { lazyPackage } from './lazy.ts';
import { memoize } from './memo.ts';
import { type PlainParts, TokenNumbers, tokenizePlain } from './plain-tokens.ts';
import type { WordTable } from './word-table.ts';
import { assembleModel, wordTable } from './wink-model.ts';

// wink and its model load on first read (~0.3 s of start-up): the web app, the store's readers and the unit tests
// that read no text start without them. The model is put together from its parts, its core read once (wink-model.ts).
const winkNLP = lazyPackage<typeof import('wink-nlp').default>('wink-nlp');
let englishModel: ReturnType<typeof assembleModel> | undefined;
const winkModel = () => (englishModel ??= assembleModel());

type Nlp = ReturnType<typeof import('wink-nlp').default>;
type WinkDoc = ReturnType<Nlp['readDoc']>;
let light: Nlp | null = null;

/** wink's table of known words: the model's, then every new word it met, in order (its `hash` maps word -> index). */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
/** The part of wink's word cache tokenising goes through: `lookup` finds a known word, `add` learns one. */
interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
}
let lexemes: Lexemes | null = null;
/** the model's core as wink loaded it: its tokeniser's patterns and categories */
interface Core {
  features: { lexeme: Lexemes };
  trex: unknown;
  tcat: { hash: Record<string, number> };
  preserve: unknown;
}
let core: Core | null = null;
let metaCER: unknown = null;
let cache: WinkCache | null = null;

/** The part of wink's word cache that reads a known word's index: its text, normal form and properties. */
export interface WinkLexicon {
  value: (index: number) => string;
  /** the index of a word's normal form */
  normal: (index: number) => number;
  /** the index of a contraction part's normal form, from the token's second number */
  nox: (second: number) => number;
  property: (index: number, name: string) => unknown;
}
/**
 * What a wink read leaves behind (its "raw document data"), as wink's own `out()` reads it: 4 numbers per
 * token (word index; preceding spaces, or a contraction's normal, above 65535; part of speech; flags),
 * sentences as [first, last] token, the non-breaking spaces before a token where its count says 65535,
 * and the word cache the indexes point into (one per engine instance). A plain read's (readRawFresh) tokens and normals
 * are views of room its reader keeps for the next read: they hold until its `use` returns.
 */
export interface WinkRaw {
  tokens: ArrayLike<number>;
  sentences: Array<[number, number, ...number[]]>;
  nonBreakingSpaces: Record<number, string>;
  cache: WinkLexicon;
  /** per token, its normal form's word index (as the sentence automata read it), where a read left it */
  normals?: ArrayLike<number>;
  /**
   * per token, where its characters are in the text read, two numbers (start, end; -1 both where not known: a
   * token wink's own tokeniser made), where a read left them (a plain read); a placed token's word is those characters
   */
  spans?: ArrayLike<number>;
}
/** the last read's raw data, caught where wink hands it to the model's sentence setter */
let lastRaw: WinkRaw | null = null;
/** Words learnt are kept (with the token category they were learnt with) up to this many; past it the instance is made again. */
const MAX_LEARNT = 300_000;

/**
 * What wink learnt, kept across articles but seen by each article as if it had learnt it alone: a word
 * learnt in an earlier article is unknown to the tokeniser until this article meets it as a new word
 * (then it is taken back when it was learnt with the same token category, else learnt again). So an
 * article's tokens are those of a fresh instance, without learning its words again each time.
 */
const seen = {
  /** numbers the articles read */
  article: 0,
  /** the first word index learnt during this article: words from here on are this article's */
  from: 0,
  /** per learnt word (index - intrinsic size): the article that last met it */
  metIn: new Int32Array(1024),
  /** per learnt word: the token category it was learnt with */
  category: new Int16Array(1024),
  /** per learnt word: the index its lower-case form had in wink's table when it was learnt */
  lower: new Int32Array(1024),
};

function grow(n: number): void {
  if (n <= seen.metIn.length) return;
  const size = Math.max(n, seen.metIn.length * 2);
  const metIn = new Int32Array(size);
  metIn.set(seen.metIn);
  const category = new Int16Array(size);
  category.set(seen.category);
  const lower = new Int32Array(size);
  lower.set(seen.lower);
  Object.assign(seen, { metIn, category, lower });
}

/** a word learnt in an earlier article that this one has not met as a new word */
function earlier(i: number | undefined, intrinsicSize: number): i is number {
  return i !== undefined && i >= intrinsicSize && i < seen.from && seen.metIn[i - intrinsicSize] !== seen.article;
}

/** Hide the words learnt in earlier articles from wink's cache until the current article learns them itself. */
function isolateArticles(c: WinkCache, table: Lexemes, words: WordTable): void {
  const { hash, list, intrinsicSize } = table;
  const { lookup, add } = c;
  c.lookup = (text) => {
    const i = hash[text];
    return i === undefined || earlier(i, intrinsicSize) ? null : lookup(text);
  };
  c.add = (text, category) => {
    const norm = text.toLowerCase();
    const t = hash[text];
    const n = norm === text ? t : hash[norm];
    const oldT = earlier(t, intrinsicSize);
    const oldN = earlier(n, intrinsicSize);
    if (oldT || oldN) {
      // a fresh instance would learn the word (and its lower-case form) now, with this category
      const same = (!oldT || seen.category[t - intrinsicSize] === category) && (!oldN || seen.category[n - intrinsicSize] === category);
      if (same) {
        if (oldT) seen.metIn[t - intrinsicSize] = seen.article;
        if (oldN) seen.metIn[n - intrinsicSize] = seen.article;
      } else {
        if (oldT) {
          delete hash[text];
          words.forget(t);
        }
        if (oldN) {
          delete hash[norm];
          words.forget(n);
        }
      }
    }
    const before = list.length;
    const index = add(text, category);
    grow(list.length - intrinsicSize);
    // a new entry is the text or its lower-case form: either way its lower-case form is `norm`
    const lower = list.length > before ? hash[norm] : 0;
    for (let i = before; i < list.length; i++) {
      seen.category[i - intrinsicSize] = category;
      seen.lower[i - intrinsicSize] = lower;
    }
    return index;
  };
}

/**
 * What `add` (isolateArticles) does with word `t`, learnt in an earlier article and not met in this one, when
 * its lower-case form still has the index it had then (the table has not forgotten it) and both were learnt
 * with this category: it marks them met and returns `t`, learning nothing. Done here by index, so the word is
 * not cut out of the text and looked up by its characters; -1 in every other case (`add` must decide).
 */
function meetAgain(t: number, category: number, intrinsicSize: number, words: WordTable): number {
  const n = seen.lower[t - intrinsicSize];
  if (words.forgotten(t) || words.forgotten(n) || seen.category[t - intrinsicSize] !== category) return -1;
  const oldN = earlier(n, intrinsicSize);
  if (oldN && seen.category[n - intrinsicSize] !== category) return -1;
  seen.metIn[t - intrinsicSize] = seen.article;
  if (oldN) seen.metIn[n - intrinsicSize] = seen.article;
  metAgain++;
  return t;
}

/** words met again by index (meetAgain) so far */
let metAgain = 0;
/** How many words `readRawFresh` has met again by their index, without wink's `add`, in this process. */
export const wordsMetAgain = () => metAgain;

/**
 * The model's `isAbbrev` feature, `/[a-z].*\.$/i` (a full stop at the end and an ASCII letter before it on
 * the same line), read from the end: the pattern starts at every letter and scans to the end, quadratic in a
 * word's length (a 100k-character run without spaces took 9 s), where this is linear. Same answers.
 */
export function isAbbrev(word: string): number {
  if (word.charCodeAt(word.length - 1) !== 0x2e) return 0;
  for (let i = word.length - 2; i >= 0; i--) {
    const c = word.charCodeAt(i);
    // `.` matches no line terminator: \n \r U+2028 U+2029
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return 0;
    if ((c | 32) >= 97 && (c | 32) <= 122) return 1;
  }
  return 0;
}

/**
 * The features wink works out for each word it learns (the model's `efList`) that no reader here asks for: its
 * prefix and suffix, letter case, shape and part of speech (only the `sbd` pipe runs, so no tagger reads a
 * word's part of speech; the tokens, normal forms, stop flags and the sentence automata read a word's token type,
 * normal form, contraction and stop flags, sentence hint and `isAbbrev`). Each is one constant here: wink's own
 * worked them out per new word (the shape with a Unicode normalisation and six replaces, the part of speech with a
 * look-up of the lower-case word), about a third of the time wink takes to learn a word.
 */
const UNREAD_FEATURES = { prefix: '', suffix: '', lutCase: 0, shape: '', pos: 0 };

function nlp(): Nlp {
  if (!light) {
    const model = winkModel();
    // the model's core is built by wink on load: catch it to reach the word table
    const loadCore = (model as unknown as { core: () => Core }).core;
    // wink hands its word cache to the model's part-of-speech feature when it learns a word: catch it there
    const featureFn = (model as unknown as { featureFn: (config: unknown) => Record<string, (...args: unknown[]) => unknown> }).featureFn;
    let caught: WinkCache | null = null;
    const withHooks = Object.create(model, {
      core: {
        value: () => {
          core = loadCore();
          lexemes = core.features.lexeme;
          return core;
        },
      },
      // the model re-encodes its entity-rule table in place each time it is loaded (the string grows until a
      // remade instance cannot load): the first load's table is handed out again
      metaCER: { value: () => (metaCER ??= (model as unknown as { metaCER: () => unknown }).metaCER()) },
      // wink hands every read's raw data to the model's sentence setter: catch it there (it runs once per read)
      sbd: {
        value: () => {
          const sbd = (model as unknown as { sbd: () => { setter: (px: unknown, rdd: WinkRaw) => void } }).sbd();
          return {
            ...sbd,
            setter: (px: unknown, rdd: WinkRaw) => {
              lastRaw = rdd;
              sbd.setter(px, rdd);
            },
          };
        },
      },
      featureFn: {
        value: (config: unknown) => {
          const features = featureFn(config);
          for (const [name, value] of Object.entries(UNREAD_FEATURES)) features[name] = () => value;
          features.pos = (_word, _category, c) => {
            caught = c as WinkCache;
            return UNREAD_FEATURES.pos;
          };
          features.isAbbrev = (word) => isAbbrev(word as string);
          return features;
        },
      },
    });
    const engine = winkNLP()(withHooks, ['sbd'] as never);
    // one unknown word makes wink learn, and so hand over its cache; the word is then forgotten
    const table = lexemes as Lexemes;
    engine.readDoc('Qxqzv');
    for (let i = table.intrinsicSize; i < table.list.length; i++) if (table.hash[table.list[i]] === i) delete table.hash[table.list[i]];
    cache = caught;
    if (!cache) throw new Error('wink-nlp: its word cache was not reached (a changed version?)');
    seen.from = table.list.length;
    seen.article++;
    const words = wordTable(table.hash, table.list);
    isolateArticles(cache, table, words);
    reader = readerOf(core as Core, cache, table, words);
    light = engine;
  }
  return light;
}

/** wink's own modules, to read a text as its `readDoc` does (tokens and sentences only) */
const load = createRequire(import.meta.url);
interface Automaton {
  importJSON: (json: unknown) => void;
  setPatternSwap: (px: unknown) => void;
  recognize: (tokens: ArrayLike<number>, transform: unknown, raw: ArrayLike<number>) => unknown;
}
interface SbdModel {
  machines: unknown[];
  transformers: unknown[];
  setter: (px: unknown, rdd: WinkRaw) => void;
}
/** The parts of one engine instance a plain read needs. */
interface Reader {
  words: WordTable;
  /** wink's tokeniser, with the doc data it adds tokens to */
  tokenize: (doc: unknown, text: string) => void;
  automata: Automaton[];
  sbd: SbdModel;
  /** per model word: 0 not asked yet, 1 no, 2 yes */
  contraction: Uint8Array;
  /** per model word: 0 not asked yet, 1 its lower-case form is a model word too, 2 not */
  lowerKnown: Uint8Array;
  table: Lexemes;
  cache: WinkCache & WinkLexicon;
  /** the model's hyphenation rules: prefixes and suffixes whose words wink keeps whole */
  preserve: { prefix: Record<string, unknown>; suffix: Record<string, unknown> };
  /** per word index: its normal form's index + 1 (0: not asked yet); an index's normal never changes in an instance */
  normal: Int32Array;
  /** per word index: its sentence-boundary hint + 1, and its abbreviation mark (1 none, else 7 or 8 as the model's
   * transformer adds it); 0: not asked yet */
  hint: Uint8Array;
  abbrev: Uint8Array;
  /** the automata's token transformers: the model's, its sentence-boundary one with its look-ups kept (sbdTransform) */
  transforms: unknown[];
  /** the tokeniser's look-ups into this instance (plainParts), made once: a read sets its own token data in them */
  parts: ReaderParts;
  /** room for a read's tokens and normal forms, kept from read to read; lent to one read at a time */
  room: ReadRoom;
  roomLent: boolean;
}
/** A read's tokens (4 numbers each) and their normal forms' indexes, in buffers grown as needed and never shrunk. */
interface ReadRoom {
  tokens: TokenNumbers;
  normals: Int32Array;
}
const newRoom = (): ReadRoom => ({ tokens: new TokenNumbers(), normals: new Int32Array(1 << 12) });
let reader: Reader | null = null;

function readerOf(m: Core, c: WinkCache, table: Lexemes, words: WordTable): Reader {
  const trex = load('wink-nlp/src/compile-trex.js')(m.trex);
  const tokenize = load('wink-nlp/src/tokenizer.js')(trex, m.tcat.hash, m.preserve);
  const sbd = (winkModel() as unknown as { sbd: () => SbdModel }).sbd();
  const fsm = load('wink-nlp/src/automaton.js') as (cache: unknown) => Automaton;
  const automata = sbd.machines.map((json) => {
    const a = fsm(c);
    a.importJSON(json);
    return a;
  });
  const size = table.intrinsicSize;
  const preserve = m.preserve as Reader['preserve'];
  const r: Reader = {
    words,
    tokenize,
    automata,
    sbd,
    contraction: new Uint8Array(size),
    lowerKnown: new Uint8Array(size),
    table,
    cache: c as WinkCache & WinkLexicon,
    preserve,
    normal: new Int32Array(1 << 17),
    hint: new Uint8Array(1 << 17),
    abbrev: new Uint8Array(1 << 17),
    transforms: sbd.transformers,
    // (made just below: its look-ups close over the reader)
    parts: null as unknown as ReaderParts,
    room: newRoom(),
    roomLent: false,
  };
  r.transforms = sbd.transformers.map((t, i) => (i === 0 ? sbdTransform(r) : t));
  r.parts = plainParts(r);
  return r;
}

/** `array` with room for index `i` (doubled, its entries kept). */
function roomFor<A extends Int32Array | Uint8Array>(array: A, i: number): A {
  if (i < array.length) return array;
  const grown = new (array.constructor as new (n: number) => A)(Math.max(i + 1, array.length * 2));
  grown.set(array);
  return grown;
}

/** look-ups of a word's normal form, boundary hint or abbreviation mark in wink's tables, and reads that looked for sentences, so far */
let wordLookups = 0;
let sentenceReads = 0;
/** How many times the sentence automata's inputs asked wink's tables about a word, in this process (once per word and instance). */
export const automataLookups = () => wordLookups;
/** How many reads in this process looked for sentences. */
export const readsWithSentences = () => sentenceReads;

/** Each token's normal form's index, as wink's `mapRawTokens2UIdOfNormal` gives them (a word's looked up once per instance). */
function normalsOf(r: Reader, raw: WinkRaw, count: number, room: ReadRoom): Int32Array {
  const { tokens, cache } = raw;
  if (room.normals.length < count) room.normals = new Int32Array(Math.max(count, room.normals.length * 2));
  const out = room.normals.subarray(0, count);
  for (let k = 0; k < count; k++) {
    const second = tokens[k * 4 + 1];
    // a contraction's part carries its own normal form
    if (second > 65535) {
      out[k] = cache.nox(second);
      continue;
    }
    const word = tokens[k * 4];
    if (word >= r.normal.length) r.normal = roomFor(r.normal, word);
    let n = r.normal[word];
    if (n === 0) {
      n = r.normal[word] = cache.normal(word) + 1;
      wordLookups++;
    }
    out[k] = n - 1;
  }
  return out;
}

/** the model's sentence-boundary hints past this value in the automaton's alphabet (its sbd-transformers.js) */
const HINT_DELTA = 1_080_000;

/**
 * The model's sentence-boundary transformer (wink-eng-lite-web-model's sbd-transformers.js: a token's hint, else its
 * word's, a closing quote told by the spaces after it, else an abbreviation mark), with a word's hint and abbreviation
 * mark read once per instance: the automaton asks them for a token again on every path it tries.
 */
function sbdTransform(r: Reader): (token: number, cache: WinkLexicon, rawTokens: number[], i: number) => number {
  const hintOf = (word: number) => {
    if (word >= r.hint.length) r.hint = roomFor(r.hint, word);
    if (r.hint[word] === 0) {
      r.hint[word] = ((r.cache.property(word, 'sbdHint') as number) || 0) + 1;
      wordLookups++;
    }
    return r.hint[word] - 1;
  };
  return (token, cache, rawTokens, i) => {
    let mapped = hintOf(token) || hintOf(rawTokens[4 * i]);
    if (mapped === 4) mapped = rawTokens[4 * i + 1] & 65535 ? 6 : 4;
    if (mapped) return mapped + HINT_DELTA;
    if (token >= r.abbrev.length) r.abbrev = roomFor(r.abbrev, token);
    if (r.abbrev[token] === 0) {
      r.abbrev[token] = cache.property(token, 'isAbbrev') ? (cache.value(token).length === 2 ? 8 : 7) : 1;
      wordLookups++;
    }
    return r.abbrev[token] === 1 ? token : HINT_DELTA + r.abbrev[token];
  };
}

/** What tokenising reads and writes, made once per instance: each read sets its token data and wink's document. */
type ReaderParts = PlainParts & { doc: unknown };

function plainParts(r: Reader): ReaderParts {
  const { table, cache: c, words } = r;
  const { hash, list, intrinsicSize } = table;
  const parts: ReaderParts = {
    table: words,
    hidden: (i) => earlier(i, intrinsicSize),
    contraction: (i) => {
      if (i >= intrinsicSize) return false;
      if (r.contraction[i] === 0) r.contraction[i] = c.property(i, 'isContraction') ? 2 : 1;
      return r.contraction[i] === 2;
    },
    settled: (i) => {
      if (i < intrinsicSize && r.lowerKnown[i] !== 0) return r.lowerKnown[i] === 1;
      const word = list[i];
      const lower = word.toLowerCase();
      const n = lower === word ? i : hash[lower];
      if (i < intrinsicSize) r.lowerKnown[i] = n !== undefined && n < intrinsicSize ? 1 : 2;
      return n !== undefined && !earlier(n, intrinsicSize);
    },
    add: (word, category) => c.add(word, category),
    again: (i, category) => meetAgain(i, category, intrinsicSize, words),
    kept: (first, last) => Boolean(r.preserve.prefix[first] || r.preserve.suffix[last]),
    wink: (piece) => {
      leftToWink++;
      r.tokenize(parts.doc, piece);
    },
    doc: null,
    tokens: new TokenNumbers(),
    nonBreakingSpaces: {},
  };
  return parts;
}

/** pieces of text handed to wink's own tokeniser so far (the shapes plain-tokens.ts does not do) */
let leftToWink = 0;
/** How many pieces of text `readRawFresh` has handed to wink's own tokeniser in this process. */
export const piecesLeftToWink = () => leftToWink;

const DocData = load('wink-nlp/src/dd-wrapper.js') as (rdd: WinkRaw) => unknown;

/**
 * Tokens and sentences of `text` as wink's `readDoc` leaves them, tokenised mostly here (plain-tokens.ts). Without
 * `sentences` the sentence automata are not run (no sentences): the tokens, their normal forms and the words learnt
 * are the same.
 */
function readPlain(r: Reader, text: string, sentences: boolean, room: ReadRoom): WinkRaw {
  const written = room.tokens;
  written.length = 0;
  // (wink's dd-wrapper keeps the `tokens` it is made with and pushes onto them: the room's, until the read is
  // tokenised; then the tokens are a view of the numbers written)
  const rdd = {
    cache: r.cache,
    tokens: written as unknown as ArrayLike<number>,
    sentences: [],
    nonBreakingSpaces: Object.create(null),
    numOfTokens: 0,
    spans: undefined as ArrayLike<number> | undefined,
  };
  const raw = rdd as unknown as WinkRaw;
  const parts = r.parts;
  parts.doc = DocData(raw);
  parts.tokens = written;
  parts.nonBreakingSpaces = rdd.nonBreakingSpaces;
  tokenizePlain(text, parts);
  rdd.tokens = written.numbers.subarray(0, written.length);
  rdd.numOfTokens = written.length / 4;
  rdd.spans = written.spans.subarray(0, written.length / 2);
  // each token's normal form, looked up once per word and instance: the text stage reads them (a title's terms too,
  // without sentences: wink's `normal` per token was ~1/6 of a title's read)
  const normals = normalsOf(r, raw, rdd.numOfTokens, room);
  raw.normals = normals;
  if (!sentences) return raw;
  sentenceReads++;
  // sentence boundaries: wink's automata over the tokens' normal forms, as its `readDoc` runs them
  let px: unknown = null;
  for (let i = 0; i < r.automata.length; i++) {
    r.automata[i].setPatternSwap(px);
    px = r.automata[i].recognize(normals, r.transforms[i], rdd.tokens);
  }
  r.sbd.setter(px, raw);
  return raw;
}

/**
 * Read one text with wink and use the result, as a fresh instance would. wink keeps every new word it
 * meets, and takes a known word whole from then on: after "<Mosle Inc's>" (split at the bracket, "Inc's"
 * learnt), "Inc's" in any later article would stay one token where it was "Inc" + "'s" before. Each
 * article sees only the words it learnt itself (`isolateArticles`), so its tokens are its own, whatever
 * was read before it in the process (or in another worker thread). `raw` is the read's data as wink keeps
 * it: reading it directly spares wink's per-token `out()` calls.
 */
export function readFresh<T>(text: string, use: (doc: WinkDoc, its: Nlp['its'], raw: WinkRaw) => T): T {
  return asFresh((engine) => {
    lastRaw = null;
    const doc = engine.readDoc(text);
    const raw = lastRaw as WinkRaw | null;
    if (!raw) throw new Error("wink-nlp: a read's raw data was not reached (a changed version?)");
    return use(doc, engine.its, raw);
  });
}

/**
 * Read one text as `readFresh` does and use wink's raw data: the same tokens, words learnt and sentences,
 * without wink's `readDoc` (its common cases tokenised here, no document object made).
 */
export function readRawFresh<T>(text: string, use: (raw: WinkRaw) => T): T {
  return asFresh(() => withRoom(reader as Reader, (room) => use(readPlain(reader as Reader, text, true, room))));
}

/** `readRawFresh` without sentences: the same tokens and words learnt, its `sentences` empty (a title's terms need none). */
export function readRawTokensFresh<T>(text: string, use: (raw: WinkRaw) => T): T {
  return asFresh(() => withRoom(reader as Reader, (room) => use(readPlain(reader as Reader, text, false, room))));
}

/** A read with the reader's room, held until its `use` returns; a read made inside another's `use` gets room of its own. */
function withRoom<T>(r: Reader, read: (room: ReadRoom) => T): T {
  if (r.roomLent) return read(newRoom());
  r.roomLent = true;
  try {
    return read(r.room);
  } finally {
    r.roomLent = false;
  }
}

/** What the text stage can read of each token, one line each, then the sentences: the two readers
 * (readFresh, readRawFresh) are compared by it (src/common/plain-tokens.test.ts, bench/plain-tokens-check.ts). */
export function tokenLines(raw: WinkRaw): string[] {
  const { tokens, cache } = raw;
  const out: string[] = [];
  for (let k = 0; k < tokens.length / 4; k++) {
    const word = tokens[k * 4];
    const second = tokens[k * 4 + 1];
    const normal = second > 65535 ? cache.nox(second) : cache.normal(word);
    const fields = [cache.value(word), cache.property(word, 'tokenType'), cache.value(normal), cache.property(normal, 'isStopWord')];
    out.push(JSON.stringify([...fields, second, tokens[k * 4 + 2], tokens[k * 4 + 3], raw.nonBreakingSpaces[k] ?? null]));
  }
  out.push(JSON.stringify(raw.sentences));
  return out;
}

/** One article's read: it sees only the words it learns itself; the instance is remade once it has learnt too many. */
function asFresh<T>(read: (engine: Nlp) => T): T {
  const engine = nlp();
  const table = lexemes as Lexemes;
  seen.article++;
  seen.from = table.list.length;
  try {
    return read(engine);
  } finally {
    if (table.list.length - table.intrinsicSize > MAX_LEARNT) light = null;
  }
}

let porter: ((w: string) => string) | undefined;
// The model's stemmer tries unanchored suffix patterns like /(.+)(s)$/, quadratic in a word's length: a page's
// 100k-character run without spaces took minutes. No English word is this long, so such a run stays as it is.
const MAX_STEM_CHARS = 64;
/** The model's Porter stemmer, taken from it on first use. */
function porterStem(word: string): string {
  if (word.length > MAX_STEM_CHARS) return word;
  porter ??= (winkModel() as unknown as { addons: { stem: (w: string) => string } }).addons.stem;
  return porter(word);
}

/** English Porter stem of a lower-case word, memoised (news vocabulary is Zipfian). */
export const stemEnglish = memoize(200_000, porterStem);
