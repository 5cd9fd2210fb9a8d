// Credits that say a text is a translation: read by the HTML extractor (a credit-named block holding one is a
// contributor credit, not an image caption) and by provenance (the translated flag). Here, not in provenance's
// tables: a stage never imports a later one.

const LANGUAGES =
  'english|russian|ukrainian|belarusian|german|french|spanish|italian|portuguese|polish|czech|slovak|serbian|croatian|bosnian|bulgarian|romanian|hungarian|greek|turkish|arabic|persian|farsi|hebrew|chinese|mandarin|japanese|korean|hindi|urdu|dutch|swedish|norwegian|danish|finnish|estonian|latvian|lithuanian|georgian|armenian|azerbaijani|kazakh|serbo-croatian';

/** Credits that say a text is a translation or a re-publication from another language. */
export const TRANSLATION_CREDITS: Array<[label: string, pattern: RegExp]> = [
  ['InoSMI credit', /\binosmi\b|иносми/i],
  // "Translated from the Russian by ...", not "translated from sterling at ..." (currency) or "translated from Italian lire"
  [
    '"translated from <language>"',
    new RegExp(`\\btranslat(?:ed|ion)\\s+from\\s+(?:the\\s+)?(?:${LANGUAGES})(?=\\s*(?:$|[.,;:)]|by\\b|into\\b|original\\b|language\\b))`, 'i'),
  ],
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

/** Whether a text holds a translation credit. */
export function isTranslationCredit(text: string): boolean {
  return CREDIT_WORDS.test(text) && TRANSLATION_CREDITS.some(([, re]) => re.test(text));
}
