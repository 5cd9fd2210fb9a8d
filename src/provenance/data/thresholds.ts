// Thresholds of the provenance stage, in one place so they can be tuned against the data sets.

/** Candidate generation (inverted index of sampled shingles). */
export const CANDIDATES = {
  /** keep shingles whose hash is 0 modulo this (a fixed sample: both copies keep the same ones) */
  sampleModulo: 4,
  /** a shingle in at most this many documents pairs them all */
  pairAllUpTo: 12,
  /** a shingle in more documents pairs each with the first few only (syndicated stories stay linked) */
  linkFirst: 6,
  /** a shingle in more documents than this is boilerplate: it pairs nothing */
  boilerplateAbove: 400,
  /** a sentence of at least this many words shared verbatim counts like two shingles */
  sentenceMinWords: 8,
  /** evidence needed to compare two documents */
  minScore: 3,
  /** a content term in at most this many documents is rare: documents sharing several are compared */
  rareTermDocs: 12,
  rareTermsMin: 4,
  /** LSH buckets bigger than this pair each member with the first `linkFirst` only */
  bucketPairAllUpTo: 12,
};

/** Sentence alignment. */
export const ALIGN = {
  /** a verbatim or lightly edited sentence: at least this many words in common, in order */
  minCommonWords: 5,
  /** ... and a Dice similarity of its words at least this */
  minDice: 0.5,
  /** ... or most of the shorter sentence inside the longer one (a clause dropped or added) */
  minContainment: 0.75,
  minContainedWords: 8,
  /** share of the names and numbers of the sentence with fewer of them that the other must have too */
  minSlotAgreement: 0.6,
  /** a retelling in other words: content terms shared */
  paraphraseMinTerms: 5,
  paraphraseMinOverlap: 0.5,
  /** sentences further apart than this end a passage */
  maxGap: 3,
};

/** Relation kinds. */
export const RELATION = {
  /** near-duplicate: the share of the smaller text inside aligned passages */
  nearDuplicateCoverage: 0.8,
  /** near-duplicate from MinHash alone (estimated Jaccard of shingles) */
  nearDuplicateJaccard: 0.7,
  /** a re-use shares at least this many words of verbatim or edited text in one sentence or more ... */
  reuseMinWords: 20,
  /** ... or this many in at least two sentences (one short stock sentence is a formula, not a copy) */
  reuseMinWordsTwoSentences: 12,
  /** a paraphrase needs this many retold sentences, in the same order */
  paraphraseMinSentences: 3,
  /** share of a copy's passages that must also come from the common source to call two copies siblings */
  siblingShare: 0.6,
};

/** Passage text in a relation. */
export const QUOTE = {
  /**
   * characters of one side's passage text a relation quotes; past them a passage names its sentences by number
   * (the text is in the document's `sentences`). Many copies of one long article each carried the whole text both
   * ways in every relation (300 copies of a 5,000-word article: ~3 GB of the report); the reference sets' longest
   * side is 4,455 characters (ECB+)
   */
  charsPerSide: 8000,
};

/** A translated article's original (translation-of.ts): its sentences paired one to one with the original's. */
export const TRANSLATION_OF = {
  /** names and figures a candidate must share with the translation in all, before its sentences are paired */
  minDocumentAnchors: 5,
  /** ... not counting those more articles than this write (looked up in an index of who writes which) */
  maxWriters: 1000,
  /** two paired sentences sit at most this far apart in their texts (as a share of each text's sentences) */
  band: 0.3,
  /** ... and their shares of their texts' lengths differ by at most this factor */
  lengthRatio: 1.6,
  /** sentences paired right after the pair before them, at least this share of the longer text's sentences (walk9's
   * translations 0.84 and 0.67; independent reports of one event at most 0.83 on 4-6 sentences, none sharing names) */
  minStepShare: 0.5,
  /** ... of them sharing names or figures, at least (walk9's 10 and 7; ECB+ / BASIL independent pairs at most 4 with
   * the share above) */
  minAnchoredSteps: 5,
  /** names and figures the reason quotes */
  examples: 5,
};
