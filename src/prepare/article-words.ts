// How many words an input must hold to be an article: one rule for every kind of input (text file, JSON record,
// web page, feed item), so the same words are kept or refused whatever they came in.

export const ARTICLE_WORDS = {
  /** fewest words an article holds in all (title and text): a headline of two words is a wire flash, one word none */
  fewest: 2,
  /** a text that yields no article and is at most this many words is named too short (not "page chrome") */
  namedShort: 5,
  /** characters of such a text the refusal quotes */
  quoted: 60,
} as const;
