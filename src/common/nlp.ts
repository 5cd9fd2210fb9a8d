// Shared wink-nlp instances: loading the model costs ~100 ms, so each is made once, on first use.
// `nlp()` runs sentence splitting only (tokens, types, normal forms and stems need no more): it is
// twice as fast as the full pipe.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Nlp['readDoc']>;
let light: Nlp | null = null;

/** wink's table of known words: the model's, then every new word it met, in order (its `hash` maps word -> index). */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
let lexemes: Lexemes | null = null;
/** Words forgotten (see `readFresh`) stay in wink's lists; past this many the instance is made again. */
const MAX_FORGOTTEN = 1_000_000;

function nlp(): Nlp {
  if (!light) {
    // the model's core is built by wink on load: catch it to reach the word table
    const core = (model as unknown as { core: () => { features: { lexeme: Lexemes } } }).core;
    const seen = Object.create(model, {
      core: {
        value: () => {
          const m = core();
          lexemes = m.features.lexeme;
          return m;
        },
      },
    });
    light = winkNLP(seen, ['sbd'] as never);
  }
  return light;
}

/**
 * Read one text with wink and use the result, then forget the new words wink learnt from it. wink keeps
 * every new word it meets, and takes a known word whole from then on: after "<Mosle Inc's>" (split at the
 * bracket, "Inc's" learnt), "Inc's" in any later article stays one token where it was "Inc" + "'s" before.
 * Forgetting makes each article's tokens its own, whatever was read before it in the process (or in
 * another worker thread).
 */
export function readFresh<T>(text: string, use: (doc: WinkDoc, its: Nlp['its']) => T): T {
  const engine = nlp();
  const table = lexemes as Lexemes;
  const start = table.list.length;
  try {
    return use(engine.readDoc(text), engine.its);
  } finally {
    const { hash, list } = table;
    for (let i = start; i < list.length; i++) if (hash[list[i]] === i) delete hash[list[i]];
    if (list.length - table.intrinsicSize > MAX_FORGOTTEN) light = null;
  }
}

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 200_000;
const porter = (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem;

/** English Porter stem of a lower-case word, memoised (news vocabulary is Zipfian). */
export function stemEnglish(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = porter(word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}
