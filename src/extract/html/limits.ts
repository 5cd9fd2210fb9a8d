// Thresholds of the HTML content steps (content.ts), in one table. Characters are non-space characters of text;
// shares are fractions of a larger element's text; densities are link characters over all characters.

export const CONTENT_LIMITS = {
  // pageBody: a <body> holding less than this share of the document's text is partial (the page is the document)
  bodyShare: 0.5,
  // dropInvisible: a <noscript> with more text than this is kept (some blog templates put the post in it)
  noscriptText: 200,
  // measure: a paragraph-like child counts from this size, and as "good" paragraph text below this link density
  paragraphMinChars: 25,
  paragraphScoreMaxLinkDensity: 0.5,
  goodMaxLinkDensity: 0.3,
  scoreCharsPerPoint: 100,
  scoreMaxLengthPoints: 3,
  commaMax: 10,
  // running text straight in a div or cell (old layouts separate paragraphs with <br>) from this size
  runningTextChars: 80,
  // markedContainer: an explicit marker needs this much own text and this share of the page's text
  minContainerChars: 140,
  markerPageShare: 0.1,
  // removeChrome: a chrome-looking element holding more than this share of the page (with few links) is a wrapper
  wrapperShare: 0.55,
  wrapperMaxLinkDensity: 0.5,
  // removeChrome: paragraph text above which a small-block label (caption, byline, tools) does not remove an element
  softReasonMaxGood: 300,
  // removeChrome: a navigation-named block with that much paragraph text and a link density below this is prose, not a menu
  proseMenuMaxLinkDensity: 0.2,
  // chooseContainer: a marker wins over paragraph scoring when it holds this share of the best scored candidate
  markerShare: 0.3,
  // massContainer: the article container holds this share of the page's paragraph text (at 0.8 a body block
  // holding 80 to 85% lost the intro beside it, or a comment thread won over the article above it)
  massShare: 0.85,
  // chooseContainer: a marked container with less than this share of the mass container's paragraph text widens
  markedShareOfMass: 0.6,
  // widenScored: parents climbed at most, the score share a parent must add, its link density at most
  widenSteps: 3,
  widenScoreShare: 0.5,
  widenMaxLinkDensity: 0.25,
  // siblingParagraphs: a sibling of the container joins when it reads as a paragraph
  siblingMinChars: 60,
  siblingMinScore: 2,
  siblingScoredChars: 200,
  siblingMaxLinkDensity: 0.2,
  // leadElements: how far above the container a lead is looked for, its size and link density
  leadScopeLevels: 6,
  leadMinChars: 40,
  leadMaxChars: 1500,
  leadMaxLinkDensity: 0.3,
  // removeChrome: a lead-named block this many elements or fewer after the <h1> is the lead (a picture may stand between)
  headlineLeadGap: 3,
  // leadElements: a <p> right after the page's headline (an <h1> of at least this many characters that the title holds) is its standfirst
  headlineMinChars: 10,
  // leadElements: such a standfirst ending like a sentence may be this short (one sentence of a recipe's header)
  standfirstMinChars: 20,
  // pruneLinkLists: lists and boxes with this many links and this link density inside the container go
  linkListMinLinks: 3,
  linkListDensity: 0.5,
  // pruneLinkLists: a <p> of this many characters with no link, ending as a sentence or a colon, is prose: its box is no link list
  linkListProseChars: 60,
  // entryParagraphs: a <p> of short lines split at <br> (each at most this long, links together at most this share) keeps its link lines
  entryLineMaxChars: 100,
  entryParagraphMaxLinkDensity: 0.5,
  // dropOrphanHeadings: a question heading stays when a paragraph this long follows the removed box
  questionAnswerChars: 100,
  // dropOrphanHeadings: a heading this long (characters) reads as a standfirst, not as a removed section's title
  sectionHeadingMaxChars: 80,
} as const;
