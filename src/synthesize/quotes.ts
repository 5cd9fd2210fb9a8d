// Quoted words: comparing two wordings of one remark, and finding quoted spans in a sentence when
// enrichment gave no quotes (used only to align sentences, never reported as quotes).
import { fold, foldPunctuation } from '../common/normalize.ts';
import { QUOTE_STOP, QUOTE_VARIANT } from './lexicon.ts';
import { compareWordings } from './wording.ts';

// quotes are compared pairwise within a story: their words are computed once (bounded cache)
const wordsCache = new Map<string, string[]>();
const wordingCache = new Map<string, string>();
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 20000) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

export function quoteWords(text: string): string[] {
  return cached(wordsCache, text, () =>
    [...new Set(fold(foldPunctuation(text)).match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [])].filter((w) => !QUOTE_STOP.has(w)),
  );
}

const wordSetCache = new Map<string, ReadonlySet<string>>();
/** quoteWords as a set, made once per text (sameRemark looks the other quote's words up in it, pair after pair) */
function quoteWordSet(text: string): ReadonlySet<string> {
  return cached(wordSetCache, text, () => new Set(quoteWords(text)));
}

/** Normalised wording: two quotes with the same wording differ only in case and punctuation. */
export function wording(text: string): string {
  return cached(wordingCache, text, () => (fold(foldPunctuation(text)).match(/[\p{L}\p{N}]+/gu) ?? []).join(' '));
}

/**
 * Do two quotes report the same remark? Most of the shorter one's words are found in the other, and at
 * least two of the shared words are rare among the story's quotes (so "Russian troops" in two remarks
 * does not make them one). `rare` says whether a word is rare; without it every word counts.
 */
export function sameRemark(a: string, b: string, rare: (w: string) => boolean = () => true): boolean {
  const wa = quoteWords(a);
  const wb = quoteWordSet(b);
  if (wa.length < QUOTE_VARIANT.minWords || wb.size < QUOTE_VARIANT.minWords) return false;
  // the same words (or a cut of them), however common, are the same remark
  const [x, y] = [wording(a), wording(b)];
  if (Math.min(wa.length, wb.size) >= QUOTE_VARIANT.minWords && (x.includes(y) || y.includes(x))) return true;
  let shared = 0;
  let rareShared = 0;
  for (const w of wa) {
    if (!wb.has(w)) continue;
    shared++;
    if (rare(w)) rareShared++;
  }
  const overlap = shared / Math.min(wa.length, wb.size);
  // half the words suffice when three or more are shared; two shared words need a closer match
  if (overlap < (shared >= 3 ? QUOTE_VARIANT.overlap : QUOTE_VARIANT.closeOverlap)) return false;
  return rareShared >= QUOTE_VARIANT.minShared;
}

/** A `rare` test for sameRemark from a story's quotes: words in few of them. The quotes' words are counted when
 * the test is first asked (most stories' quotes never pair: no remark compared). */
export function rareIn(quotes: string[]): (w: string) => boolean {
  let df: Map<string, number> | null = null;
  const limit = Math.max(QUOTE_VARIANT.rareCount, quotes.length * QUOTE_VARIANT.rareShare);
  return (w) => {
    if (!df) {
      df = new Map<string, number>();
      for (const q of quotes) for (const x of quoteWords(q)) df.set(x, (df.get(x) ?? 0) + 1);
    }
    return (df.get(w) ?? 0) <= limit;
  };
}

/**
 * Does one wording of a remark reword the other? Not when one is a cut of the other, or the other adds words
 * around it or inside brackets ("these (local) supervisors"): only a word of the shorter missing from the longer
 * ("fabrications" / "statements", "I have a problem" / "I got a problem") and not explained word by word
 * (wording.ts: a contraction, a spelling, the sentence before or after the shared part) is a different wording.
 */
export function rewords(a: string, b: string): boolean {
  // "tax-filing" and "tax filing", "year-end" and "year end" are one wording
  const key = (t: string) =>
    new Set(
      quoteWords(t).flatMap((w) =>
        w
          .split('-')
          .filter((p) => p && !QUOTE_STOP.has(p))
          .map((p) => p.slice(0, 5)),
      ),
    );
  const [ka, kb] = [key(a), key(b)];
  const [short, long] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  if ([...short].every((k) => long.has(k))) return false;
  // word by word: a missing word may be an editor's bracket, a contraction, a spelling, or part of the sentence
  // one outlet quotes beyond the shared part while the other quotes the sentence before
  return compareWordings(a, b)?.rewords ?? true;
}

/** Are two quotes one remark worded alike enough to compare? Their shared words, in order, are most of the
 * stretch they span in each ("I know that 14-year-olds don't make good decisions" shares "know ... make ...
 * decisions" with a longer statement, but there they are scattered over two sentences). */
export function comparable(a: string, b: string): boolean {
  return compareWordings(a, b)?.dense ?? false;
}

/** a double quotation mark of any kind (each of those foldPunctuation folds onto `"`, and `"`) */
const DOUBLE_MARK = /["“”„‟″«»]/;

/** Spans between quotation marks, of at least QUOTE_VARIANT.minWords words. */
export function quotedSpans(text: string): string[] {
  // a span needs a double mark, which foldPunctuation writes as `"`: most sentences have none and are not folded
  if (!DOUBLE_MARK.test(text)) return [];
  const t = foldPunctuation(text);
  const out: string[] = [];
  for (const m of t.matchAll(/"([^"]{8,}?)"/g)) if (m[1].trim().split(/\s+/).length >= QUOTE_VARIANT.minWords) out.push(m[1].trim());
  return out;
}
