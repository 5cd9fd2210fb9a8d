// The numbers that decide clustering, kept as data. Tuned on ECB+ train/dev topics (bench/cluster.ts):
// B-cubed P 0.939 R 0.947 F1 0.943 on the whole set, even topics 0.952, odd 0.940, five shuffles 0.924-0.942
// (before the year veto, mutual-best merging and the refinement pass: 0.925, even 0.934, odd 0.916).
// Each feature weight is a share of the combined similarity; the thresholds are on that combined scale.

export interface ClusterWeights {
  /** share of each feature in the combined document-story similarity (they sum to 1) */
  text: number;
  title: number;
  names: number;
  numbers: number;
  dates: number;
  /** a document joins its best story when the combined similarity (mean over the story's members) reaches this */
  join: number;
  /** two stories merge in the second pass when their cohesion-relative similarity reaches this */
  merge: number;
  /** the gate: when both sides name things, a name similarity below `gateKnee` scales the score down to `gateFloor` */
  gateFloor: number;
  gateKnee: number;
  /** distinct names each side needs before the gate may judge it */
  gateMinNames: number;
  /** value a space counts with when either side has nothing in it (negative: leave the space out) */
  absent: number;
  /** the same for story-story similarity, which is on the cohesion-relative scale */
  absentMerge: number;
  /** prior cohesion (mean pairwise similarity of one event's articles) and its weight in pairs */
  cohesionPrior: number;
  cohesionPseudo: number;
  /** the topic gate: below this text similarity the score is scaled down in proportion (figures and dates
   * alone never make two articles one story: "Sunday" and "2008" are shared by unrelated events) */
  topicKnee: number;
  /** merge veto: a story's event year is the latest year this share of its articles (and at least
   * `yearMinArticles`) mention; a story none of whose articles reaches the other's event year is scaled by `conflictFloor` */
  yearShare: number;
  yearMinArticles: number;
  conflictFloor: number;
  /** rounds of the refinement pass; a document moves when another story beats its own by more than `refineMargin` */
  refine: number;
  refineMargin: number;
  /** 1: two stories merge only when each is the other's best partner */
  mutual: number;
  /** dated documents: days of distance to the story's period that cost nothing, then decay per `timeScaleDays` */
  timeFreeDays: number;
  timeScaleDays: number;
}

export const WEIGHTS: ClusterWeights = {
  // shares from a logistic regression of "same event or the other event of its topic" on the five
  // cosines (ECB+ train/dev; fit on even topics scores AUC 0.974 on odd ones, odd on even 0.987), rounded
  text: 0.17,
  title: 0.07,
  names: 0.28,
  numbers: 0.21,
  dates: 0.27,
  // mean doc-member similarity: same-event pairs have a median of about 0.37, other-event ones 0.15.
  // Join/merge chosen on a small grid (join 0.25-0.3, merge 0.5-0.6, mutual on/off, with the year veto and
  // refinement): best on odd topics (0.25/0.5/mutual) scores 0.953 on even ones; the even optimum is a tie
  // (0.25 with merge 0.5 or 0.55) whose members score 0.937-0.939 on odd ones
  join: 0.25,
  // cohesion-relative story similarity: halves of one event score about 1; only mutual best partners merge
  // (a story with a closer partner waits for it), which lets the threshold sit lower
  merge: 0.5,
  mutual: 1,
  // same topic words but disjoint names: the score is scaled down, at worst halved
  gateFloor: 0.5,
  gateKnee: 0.3,
  gateMinNames: 2,
  // a space one side has nothing in counts as weak evidence (about the 25th percentile of other-event pairs'
  // values), not as zero: an article without dates is not an article about another day
  absent: 0.2,
  absentMerge: 0.6,
  cohesionPrior: 0.25,
  cohesionPseudo: 2,
  topicKnee: 0.1,
  timeFreeDays: 2,
  timeScaleDays: 3,
  // the year veto halves the merge score (topic 27: the 2008 and the 2013 Internet Explorer patches);
  // it is not used when a document joins: one article's latest year is too noisy (tried: F1 0.87-0.90)
  yearShare: 0.6,
  yearMinArticles: 2,
  conflictFloor: 0.5,
  // one refinement round (then the merge again for the stories it changed): +0.005-0.015 F1 (more rounds
  // change nothing), about +20% clustering CPU time on Reuters (11.2 -> 13.5 s for 19,779 articles); a document moves to any story it scores higher with (margins 0.02-0.1 did worse)
  refine: 1,
  refineMargin: 0,
};

/** Candidate search and memory bounds: they keep the cost per document constant. */
export const LIMITS = {
  /** strongest terms of a document used to look up candidate stories */
  queryTerms: 12,
  /** strongest terms of a story posted in the inverted index */
  postedTerms: 30,
  /** candidate stories scored in full per document */
  candidates: 10,
  /** a story centroid keeps at most this many terms (pruned to the strongest) */
  centroidTerms: 400,
  /** keys posted by more stories than this are too common to find candidates by (a story-frequency stop
   * list); it bounds the work per lookup however many stories there are */
  maxPosting: 60,
  /** a story with no new member for this many days (dated input) leaves the candidate set */
  idleDays: 7,
  /** ... or for this many documents (undated input) */
  idleDocs: 5000,
  /** how often (in documents) idle stories are swept out */
  sweepEvery: 256,
  /** terms and names listed in a story's `why` */
  whyTerms: 8,
  whyNames: 6,
};
