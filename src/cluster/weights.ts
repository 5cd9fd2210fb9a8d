// The numbers that decide clustering, kept as data. Tuned on ECB+ train/dev topics (see bench/cluster.ts);
// each weight is a share of the combined similarity, the thresholds are on that combined scale.

export interface ClusterWeights {
  /** share of each feature in the combined document-story similarity (they sum to 1) */
  text: number;
  title: number;
  names: number;
  numbers: number;
  dates: number;
  /** a document joins its best story when the combined similarity reaches this, else it opens a story */
  join: number;
  /** two stories merge in the second pass when their combined similarity reaches this */
  merge: number;
  /** refinement: an article moves to another story when it scores this much higher there than at home */
  moveMargin: number;
  /** the gate: when both sides name things, a name similarity below `gateKnee` scales the score down to `gateFloor` */
  gateFloor: number;
  gateKnee: number;
  /** name mass (sum of 1+log tf) each side needs before the gate may judge it */
  gateMinNames: number;
  /** value a space counts with when either side has nothing in it (negative: leave the space out) */
  absent: number;
  /** the same for story-story similarity, which is on the cohesion-relative scale */
  absentMerge: number;
  /** prior cohesion (mean pairwise similarity of one event's articles) and its weight in pairs */
  cohesionPrior: number;
  cohesionPseudo: number;
  /** the topic gate: below this text cosine the score is scaled down in proportion */
  topicKnee: number;
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
  // mean doc-member similarity: same-event pairs have a median of about 0.37, other-event ones 0.15
  join: 0.3,
  // cohesion-relative story similarity: halves of one event score about 1
  merge: 0.6,
  moveMargin: 0,
  gateFloor: 0.5,
  gateKnee: 0.3,
  gateMinNames: 2,
  absent: 0.2,
  absentMerge: 0.6,
  cohesionPrior: 0.25,
  cohesionPseudo: 2,
  topicKnee: 0.1,
  timeFreeDays: 2,
  timeScaleDays: 3,
};

/** Candidate search and memory bounds: they keep the cost per document constant. */
export const LIMITS = {
  /** strongest terms of a document used to look up candidate stories */
  queryTerms: 20,
  /** strongest terms of a story posted in the inverted index */
  postedTerms: 30,
  /** candidate stories scored in full per document */
  candidates: 10,
  /** a story centroid keeps at most this many terms (pruned to the strongest) */
  centroidTerms: 400,
  /** posting lists longer than this are too common to discriminate and are skipped */
  maxPosting: 2000,
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
