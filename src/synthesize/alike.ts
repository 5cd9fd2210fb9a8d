// Alike texts are worked out once: the copies of a wire's sentence (or quote) in the N articles that re-send it are
// one class, and a pair's outcome is its two classes' (align.ts unitClasses, discrepancies.ts linkQuoteVariants).
// Off, every sentence and quote is a class of its own and every pair is worked out, as before classes: the tests
// compare the two.

/** Whether alike sentences and quotes share one class (true but in the tests that compare with the pair-by-pair path). */
export const ALIKE_CLASSES = { on: true };
