// Weights and thresholds of the line classifier, as data. Tuned on the seeds, Reuters-21578 and ECB+ texts
// (must keep all prose) and on the chrome of real pages; jusText's published defaults are the starting point.
export const WEIGHTS = {
  /** below this many characters a line is "short": its neighbours decide (jusText length_low) */
  lengthLow: 70,
  /** above this, a prose-like line is "good" outright (jusText length_high) */
  lengthHigh: 200,
  /** function-word density for "neargood" / "good" (jusText stopwords_low / stopwords_high) */
  densityLow: 0.24,
  densityHigh: 0.3,
  /** score adjustments on top of the density */
  terminal: 0.06,
  noTerminal: -0.08,
  titleCase: -0.12,
  /** title-case share above which a line reads as a headline or a menu */
  titleCaseAt: 0.75,
  punct: -0.1,
  punctAt: 0.12,
  /** a prose line (density above densityHigh) that ends a sentence and has this many words is "good" */
  goodSentenceWords: 15,
  /** a sentence with terminal punctuation and this many words is at least "neargood" */
  sentenceWords: 8,
  /** lines of at most this many chars between the body's good lines may be dropped as subheadings */
  subheadingMaxWords: 14,
  /** a non-good run of this many lines separates two blocks of good text */
  blockGap: 4,
  /** another block is kept when it holds at least this share of the main block's characters */
  otherBlockShare: 0.3,
  /** the biggest block before the first end marker (comments, related list) is the article when it holds this share of the biggest block */
  beforeMarkerShare: 0.5,
  /** head lines looked at for the title, byline and date */
  headLines: 30,
  /** a title made from the first sentence is cut at a word boundary to this many characters */
  titleMax: 110,
} as const;
