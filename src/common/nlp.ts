// Shared wink-nlp instances: loading the model costs ~100 ms, so each is made once, on first use.
// `nlp()` runs sentence splitting only (tokens, types, normal forms and stems need no more): it is
// twice as fast as the full pipe.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let light: Nlp | null = null;

export function nlp(): Nlp {
  if (!light) light = winkNLP(model, ['sbd'] as never);
  return light;
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
