// Tables for spotting translated articles.

const LANGUAGES =
  'english|russian|ukrainian|belarusian|german|french|spanish|italian|portuguese|polish|czech|slovak|serbian|croatian|bosnian|bulgarian|romanian|hungarian|greek|turkish|arabic|persian|farsi|hebrew|chinese|mandarin|japanese|korean|hindi|urdu|dutch|swedish|norwegian|danish|finnish|estonian|latvian|lithuanian|georgian|armenian|azerbaijani|kazakh|serbo-croatian';

/** Credits that say a text is a translation or a re-publication from another language. */
export const TRANSLATION_CREDITS: Array<[label: string, pattern: RegExp]> = [
  ['InoSMI credit', /\binosmi\b|иносми/i],
  // "Translated from the Russian by ...", not "translated from sterling at ..." (currency) or "translated from Italian lire"
  ['"translated from <language>"', new RegExp(`\\btranslat(?:ed|ion)\\s+from\\s+(?:the\\s+)?(?:${LANGUAGES})(?=\\s*(?:$|[.,;:)]|by\\b|into\\b|original\\b|language\\b))`, 'i')],
  ['"translated by"', /\b[Tt]ranslat(?:ed|ion)\s+by\s+\p{Lu}/u],
  ['"machine translation"', /\bmachine[- ]translat/i],
  ['"Original publication"', /\boriginal publication\b/i],
  ['Russian translation credit', /перевод|переведено|оригинал публикации/i],
  ['Ukrainian translation credit', /переклад/i],
  // not \b: it knows only ASCII word characters (u flag or not), so "Übersetzung" after a space never began a word
  ['German translation credit', /(?<![\p{L}\p{N}_])übersetz(?:t|ung)\b/iu],
  ['French translation credit', /\btradu(?:it|ction)\s+(?:de|par)\b/i],
  ['Spanish translation credit', /\btraducid[oa]\s+(?:de|por)\b|\btraducción\b/i],
];

/**
 * A word every credit above holds (same case rule): a text without one has no credit, so the ten patterns are
 * not run over it (most texts; one scan instead of ten). Kept in step with TRANSLATION_CREDITS (translated.test.ts).
 */
export const CREDIT_WORDS = /translat|inosmi|иносми|original publication|перевод|переведено|оригинал публикации|переклад|übersetz|tradu/i;

/** Phrases typical of English translated from Russian and other Slavic languages (supporting evidence only). */
export const CALQUES: RegExp[] = [
  /\bthe Russian Federation\b/,
  /\bon the eve of\b/i,
  /\bit should be noted\b/i,
  /\bone gets the impression\b/i,
  /\bas is known\b/i,
  /\btouching upon\b/i,
  /\bin the framework of\b/i,
  /\bit is necessary to note\b/i,
];

/** The calques' phrases in one pattern, any case: a text without one has none of them (one scan instead of eight). */
export const CALQUE_WORDS = /the russian federation|on the eve of|it should be noted|one gets the impression|as is known|touching upon|in the framework of|it is necessary to note/i;

/** Transliteration alternations folded to one form ("Kiev"/"Kyiv", "Luhansk"/"Lugansk", "Odessa"/"Odesa"). */
export function transliterationKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'j')
    .replace(/ts/g, 'c')
    .replace(/w/g, 'v')
    .replace(/g/g, 'h')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
}

export const TRANSLATED = {
  weights: { credit: 0.7, variant: 0.15, calque: 0.05, script: 0.2 },
  maxVariants: 3,
  /** without a credit: this many re-spelt names, and other script or this many calques besides */
  minVariants: 2,
  minCalques: 2,
  maxCalques: 3,
  /** the usual spelling must be in at least this many other documents, and the variant in at most half as many */
  minOtherDocs: 2,
  threshold: 0.5,
  maxEvidence: 6,
};
