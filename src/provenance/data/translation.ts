// Tables for spotting translated articles.

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
