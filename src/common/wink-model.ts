// wink's English model (wink-eng-lite-web-model), put together from its parts on first use, with its core read
// once. The package's own entry (dist/model.js) parses the 3 MB core JSON when it is required, and its core loader
// parses it again (a deep copy through JSON.stringify) and decodes the word table's base64 a character at a time:
// about 0.15 s of CPU at every run that reads text. `loadCore` builds the same core from one parse (test: the
// package's own loader gives a deep-equal core), and the WordNet tables of the lemmatiser (its.lemma; no stage asks
// it) load when first read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WordTable } from './word-table.ts';

const load = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';
const part = (file: string): unknown => load(`${DIST}${file}`);

/** the core's fields `loadCore` touches, as the model's JSON holds them and its loader leaves them */
interface CoreJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  /** the tokeniser's patterns: [source, flags, category] */
  trex: Record<'ltc' | 'rtc' | 'lex', Array<[string, string, number]>>;
}

/** the bytes of a base64 string as 32-bit words, as the model's `bufferFromBase64` gives them */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/**
 * wink's word patterns know Latin-1 letters alone: a word with a letter of Latin Extended-A/B (č, š, ł, ş, ă, ő) or
 * Latin Extended Additional (ễ, ạ) is cut there ("Hamáček" -> "Hamá" "č" "ek", "Babiš" -> "Babi" "š"), and each
 * part read as a word of its own. Their letter runs end at ÿ (U+00FF); here they run on through both blocks (U+0100-
 * U+024F, U+1E00-U+1EFF: letters only, save a few Latin-B clicks and tone letters no news text holds).
 */
const LATIN1_RUN_END = '\\u00F8-\\u00FF';
const LATIN_RUN_END = '\\u00F8-\\u024F\\u1E00-\\u1EFF';

/** The tokeniser's patterns (the core's `trex`) with their Latin letter runs widened (LATIN_RUN_END). */
export function widenLatin(trex: CoreJson['trex']): void {
  for (const set of [trex.ltc, trex.rtc, trex.lex]) for (const pattern of set) pattern[0] = pattern[0].replaceAll(LATIN1_RUN_END, LATIN_RUN_END);
}

/** The model's core as its loader (dist/load-core-model.js over dist/read-core-model.js) returns it, from one parse, its word patterns widened (widenLatin). */
export function loadCore(): unknown {
  const model = JSON.parse(readFileSync(load.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreJson;
  widenLatin(model.trex);
  const { packing, features, pos } = model;
  const { layout } = packing;
  // read-core-model.js
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  for (const f in layout) {
    if (layout[f][3] !== 0) continue;
    const feature = features[f];
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < feature.list.length; k++) hash[feature.list[k]] = k;
    feature.hash = hash;
  }
  const lexeme = features.lexeme;
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < lexeme.list.length; k++) hash[lexeme.list[k]] = k;
  lexeme.hash = hash;
  const clusters = features.posClusters.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in layout) {
    if (layout[f][3] === 0) {
      const feature = features[f];
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f][1] >>> layout[f][2];
    }
    if (layout[f][4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

type WinkModel = typeof import('wink-eng-lite-web-model').default;

/** The model object dist/model.js exports (the same parts), its core loaded by `loadCore`. */
export function assembleModel(): WinkModel {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = loadCore;
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = part('load-sa-model.js');
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer.js');
  Object.defineProperty(addons, 'lemmatize', { enumerable: true, get: () => part('lemmatize.js') });
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as WinkModel;
}

/** the word table's image of the model's words, beside the built chunks (scripts/build.mjs writes it; the sources have none) */
const WORDS_IMAGE = new URL('./wink-words.bin', import.meta.url);

/** The image of a word table over the core's words (`loadCore`'s lexemes, none learnt yet): what the build writes. */
export function wordTableImage(): Uint8Array {
  const { lexeme } = (loadCore() as CoreJson).features;
  return new WordTable(lexeme.hash as Record<string, number>, lexeme.list).image();
}

/** A word table over wink's `hash` and `list`, started from the build's image of the model's words when there is one that fits (WordTable.fromImage). */
export function wordTable(hash: Record<string, number>, list: string[]): WordTable {
  let image: Uint8Array;
  try {
    image = readFileSync(WORDS_IMAGE);
  } catch {
    return new WordTable(hash, list);
  }
  return WordTable.fromImage(hash, list, image) ?? new WordTable(hash, list);
}
