// The numbers that decide clustering, kept as data. Tuned on ECB+ train/dev topics (bench/cluster.ts), all
// 772 records (headline-only records included; date stamps at the head of a record are its publication date):
// see the figures in the history below. Each feature weight is a share of the combined similarity; the
// thresholds are on that combined scale.
//
// History (whole set / even / odd topics, B-cubed F1):
// - 721 records with text: online pass only 0.925; + year veto, mutual-best merging, refinement 0.943.
// - all 772 records (headline-only ones read): 0.931; their stamps as publication dates, read month-first
//   in English, and as date keys: 0.932.
// - the merge threshold growing with the smaller story's size (mergeGrowth): 0.947 / 0.952 / 0.938,
//   precision 0.939 -> 0.977. Two similar events (two DUI arrests of one team, two quakes on one island)
//   score 0.53-0.65 on the cohesion-relative scale whatever their size, while halves of one event score
//   about 1 once both are large; a fixed threshold could not tell them apart.
// - join 0.28, growth 0.3: 0.949. The merge pass run to a fixed point (a story whose best partner changed
//   looks again; before, only merged stories did, and mutual best pairs were left unmerged): 0.9545 /
//   0.9556 / 0.9689 (P 0.983, R 0.927); refinement rounds until stable: mean over 13 input orders 0.948
//   (min 0.941), was 0.937 (min 0.918).
// - time as evidence on dated records (BASIL-dev, 150 articles of 50 events 2010-2019, three outlets each):
//   before, BASIL 0.942 (P 0.904 R 0.982), ECB+ 0.9546. Wrong BASIL merges: groups 7, 17, 56 and 252 days
//   apart (BuzzFeed report / Stone indictment, shutdown / Dreamers offer, Huckabee / Christie runs, Flynn /
//   Strzok). Decay on both passes (free 3 days, scale 10): BASIL 0.987, ECB+ 0.920 (its follow-ups weeks
//   later split off); + bridging by named days: ECB+ 0.943, + months 0.946, + years 0.949 but BASIL 0.971.
//   Decay in the merge pass only (join: e per year), days + months (slack 7): BASIL 0.987 (P 0.991, R 0.982;
//   the last error is two records sharing the id "empty"), ECB+ 0.9536 (P 0.983 R 0.926: a July trade
//   and a 2012 patch no longer join May's and 2013's events), 5 shuffles min 0.9435 (was 0.9413). Scale 5-10
//   the same; 30 lets the Stone / BuzzFeed groups (6-7 days apart) merge (BASIL 0.971); month slack 0 lets a
//   May article naming March join a February story (0.982); join scale 180 costs ECB+ 0.0025; free 4 days
//   the same as 3, free 5 lets Stone / BuzzFeed merge. ECB+ over 10 shuffled orders: min 0.9271 mean 0.9459
//   (before: 0.9292 / 0.9474). Reuters-21578 (dated 1987 wires): clustering CPU the same (58.4 s, was 58.9 s),
//   8,141 stories (was 5,906): a topic's wires weeks apart are now stories of one storyline.
// Tried and dropped: lead-sentence and title weighting of names (0.911-0.934); a cohesion-relative join
// test (0.913-0.921); spectral splitting of stories with story-local idf (proposed splits were right, but
// no threshold told two events from one: 0.929); a pairwise logistic model with neighbourhood idf and
// average-link clustering (0.88-0.92 on held-out halves); a time decay of weeks (ECB+ events are reported
// on for months: free 14 days and a year's scale 0.933, free 7 days and 90 days' scale 0.925).
// Order robustness (bench/HISTORY.md, "ECB+ over input orders"): a refinement round before the first merge, a best partner
// chosen among those above their threshold, the whole batch's idf first, refinement opening stories: none raised
// both halves' mean F1 over 20 shuffled orders. A split check after refinement (split.ts) did: mean / min whole
// 0.9435 / 0.9271 -> 0.9476 / 0.9384, even 0.9506 / 0.9296 -> 0.9549 / 0.9417, odd 0.9462 / 0.9263 -> 0.9502 / 0.9388.

import type { Space } from './story.ts';

export interface ClusterWeights {
  /** share of each feature in the combined document-story similarity (they sum to 1) */
  text: number;
  title: number;
  names: number;
  numbers: number;
  dates: number;
  /** a document joins its best story when the combined similarity (mean over the story's members) reaches this */
  join: number;
  /** two stories merge in the second pass when their cohesion-relative similarity reaches this (for a
   * single article) ... */
  merge: number;
  /** ... plus this times (1 - 1/sqrt(m)), m the smaller story's size: large groups must agree more */
  mergeGrowth: number;
  /** the gate: when both sides name things, a name similarity below `gateKnee` scales the score down to `gateFloor` */
  gateFloor: number;
  gateKnee: number;
  /** distinct names each side needs before the gate may judge it */
  gateMinNames: number;
  /** lead subjects (lead.ts): when both sides' are known and agree below `leadKnee` (share of members), the score
   * is scaled down toward `leadFloor`, unless the names' or the topic words' mean cosine reaches its rescue */
  leadFloor: number;
  leadKnee: number;
  leadNamesRescue: number;
  leadTextRescue: number;
  /** a story names another side's lead subject when its members' mean weight of that name reaches this */
  leadNamedWeight: number;
  /** value a space counts with when either side has nothing in it (negative: leave the space out) */
  absent: number;
  /** the same for story-story similarity, which is on the cohesion-relative scale */
  absentMerge: number;
  /** what a space either side has nothing in counts when a document joins and it is an undated headline alone (its
   * text is its title's words: one sentence, which gives one or two of its event's facts and seldom a figure or a
   * date); negative: as `absent` */
  absentHeadline: number;
  /** a story pair's names neither could read (a side whose language does not single names out: features.ts
   * NO_NAME_CASE) count `absent`, as a nameless group's, unless the two stories' topic words agree at least this much
   * (relative cosine): then `absentMerge` (negative: always `absentMerge`) */
  unreadNamesText: number;
  /** a plain figure (an integer of no kind) below this says nothing of an event ("3", "12"): in a story pair whose
   * names are unread and counted `absent`, figures that share only such count at most what a space left out does
   * (0: off) */
  weakFigure: number;
  /** what a space left out counts in a story pair neither side of which reads names (`namesUnread`) whose names count
   * `absent`; figures sharing only weak ones and dates sharing only years count at most this too (0: off, as any pair) */
  unreadLeftOut: number;
  /** the merge bar of a story pair neither side of which reads names (`namesUnread`), at least (0: as any pair) */
  unreadMerge: number;
  /** a story of this many articles or more that names nothing though some member has a text beyond its title (a
   * flash and its table) counts a names space left out as `absent` in story-story similarity (0: off) */
  namelessGroup: number;
  /** ... but not against a story whose titles read as its own (mean title cosine across the two at least this: one
   * template, times and figures aside) */
  templateTitle: number;
  /** ... nor against one whose lead subjects are its own (each of its lead keys, or the other's, the lead of this
   * share of the other side's members or more: lead.ts `leadWithin`) */
  templateLead: number;
  /** ... when the two are published within this many days of each other ... */
  templateLeadDays: number;
  /** ... and at most this many of their articles name anything (tables, and one item reporting them) */
  templateLeadNamed: number;
  /** ... and, when one does, the two stories' figures agree this far (relative cosine) */
  templateLeadFigures: number;
  /** the least the dates' relative cosine counts with in story-story similarity when both stories name dates
   * and either has no publication day */
  datesApartFloor: number;
  /** a story whose articles with something in a space (two or more) reach at most this cohesion there (0: no two
   * share a key) has shown nothing of its own in it: in story-story similarity a space of SILENT_SPACES counts at
   * least `absentMerge` then (negative: off) */
  silentCohesion: number;
  /** ... and only when the two stories' names' relative cosine reaches this */
  silentNames: number;
  /** a story of this many articles or more only one of which has something in a space has shown nothing there
   * either (0: off) */
  silentAlone: number;
  /** prior cohesion (mean pairwise similarity of one event's articles) and its weight in pairs */
  cohesionPrior: number;
  cohesionPseudo: number;
  /** the topic gate: below this text similarity the score is scaled down in proportion (figures and dates
   * alone never make two articles one story: "Sunday" and "2008" are shared by unrelated events) */
  topicKnee: number;
  /** the same when a document and a story share no names space (either side names nothing) */
  namelessTopicKnee: number;
  /** merge veto: a story's event year is the latest year this share of its articles (and at least
   * `yearMinArticles`) mention; a story none of whose articles reaches the other's event year is scaled by `conflictFloor` */
  yearShare: number;
  yearMinArticles: number;
  /** ... and, when fewer than `yearSureArticles` articles give that year, the other story's silence about it
   * counts only when this share of its articles name some year */
  yearSureArticles: number;
  yearSilenceShare: number;
  /** years ahead of its publication a report may write from (a release date, next season): a dated story is vetoed
   * against one written from further on */
  yearAhead: number;
  conflictFloor: number;
  /** rounds of the refinement pass; a document moves when another story beats its own by more than `refineMargin` */
  refine: number;
  refineMargin: number;
  /** the split check (split.ts): members each of a story's two groups needs before it can be split off */
  splitMinPart: number;
  /** 1: two stories merge only when each is the other's best partner */
  mutual: number;
  /** dated documents: days of distance to the story's period that cost nothing, then decay per `timeScaleDays` */
  timeFreeDays: number;
  timeScaleDays: number;
  /** the same decay when a document joins a story (online and refinement passes) */
  joinTimeScaleDays: number;
  /** days added to the distance from a day, month or year a text names to the other side's period (negative:
   * that kind of mention is not used) */
  mentionDaySlack: number;
  mentionMonthSlack: number;
  mentionYearSlack: number;
  /** two stories left apart are linked into one storyline when their story-story similarity, with time
   * decaying by e per `storylineTimeScaleDays`, reaches this */
  storylineLink: number;
  storylineTimeScaleDays: number;
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
  join: 0.28,
  // cohesion-relative story similarity: halves of one event score about 1; only mutual best partners merge
  // (a story with a closer partner waits for it), which lets the threshold sit lower. A single article
  // joins a story at 0.45, two groups of 4 need 0.575, of 9 0.617 (grid: merge 0.4-0.55, growth 0.1-0.35)
  merge: 0.45,
  mergeGrowth: 0.3,
  mutual: 1,
  // same topic words but disjoint names: the score is scaled down, at worst halved
  gateFloor: 0.5,
  gateKnee: 0.3,
  gateMinNames: 2,
  // different companies' items of one template (eurobond issues, quarterly results, dividends) share topic
  // words, figures and dates; their lead subjects differ, a company's two items share theirs (read on Reuters'
  // first 3,000: stories 1,057 -> 1,495, template stories of 4+ items 52 -> 15; ECB+ and BASIL have one
  // company-led item, their stories are unchanged). A floor of 0.5 still let a one-item story of another
  // company merge into a mixed story (relative cosines saturate at 1); the rescues need strong evidence: names
  // (two or more each side) alike at 0.35 rescued items whose shared names were "Australian" and "Ltd", and a
  // wire's all-capitals flash items share their template's words as names; no names rescue split 500 more pairs.
  // Names at 0.5 still rescued items whose shared names are the heads of their companies' names ("Stores", "Inc":
  // Michaels / Ames / Mars Stores' February sales; "Airlines", "Air", "Lines": TWA's and Delta's load factors); at
  // 0.8 (as the topic words) Reuters' first 3,000 split 140 more pairs (20 + 20 read: all of two companies) and join
  // 65 (leftovers of those stories meeting others: most of two companies too); ECB+ and BASIL have no such pair
  leadFloor: 0.35,
  leadKnee: 0.5,
  leadNamesRescue: 0.8,
  leadTextRescue: 0.8,
  leadNamedWeight: 0.05,
  // a space one side has nothing in counts as weak evidence (about the 25th percentile of other-event pairs'
  // values), not as zero: an article without dates is not an article about another day
  absent: 0.2,
  absentMerge: 0.6,
  // German pages name nothing (every noun capitalised): at absentMerge, with figures and dates left out, two unrelated
  // ones had 0.456 of the merge bar's 0.45 before any word (join1: Weihnachtsmarkt-Finder / prof-pc.de). At `absent`
  // alone, two reports of the KfW's funding stop (text 0.83) parted (bench/HISTORY.md absent1); words that agree
  // this much are a story's, whose names the words hold
  unreadNamesText: 0.8,
  // (absent3) trafilatura-eval's unrelated German pages paired on "3", "12, 1, 10", "2014, 2015" and a few words:
  // with spaces left out at `absent` and such figures and years counted so, 33 false stories part; the merge bar
  // for such pairs at 0.5 keeps the pages they free from their next weak partner (register words at 0.47-0.48:
  // "dir, kannst, dich"), the KfW pair (0.52) and one Montpellier tournament's two reports (0.55) stay
  weakFigure: 100,
  unreadLeftOut: 0.2,
  unreadMerge: 0.5,
  // ECB+ (bench/HISTORY.md cluster57): 24_8ecb "Jewellery worth more than $160 million has been stolen from a Paris
  // boutique" and 16_2ecb join their events' stories in the CLI order, not the other Paris heist's and the other
  // deputy killing's; 20 shuffles mean 0.9738 -> 0.9751 (0.25: CLI order 0.9690, 0.4: 0.9713). Dated headlines (a
  // wire's flashes) keep `absent`: their day is evidence of its own, and counting theirs 0.3 moved 731 of all of
  // Reuters' 10,225 stories
  absentHeadline: 0.3,
  // Reuters' first 3,000: Ford Canada's dividend flash and table out of Canada's economy story, Dual-Lite's and CB
  // and T's tables out of Medtronic's and Chubb's dividends; a group of headline-only bulletins is unchanged (all
  // groups of two or more nameless articles at `absent`: Fed Johnson's, Baker's and TWA's bulletins left their full
  // items), and so is a lone table (1: 20 stories more, most a company's items parted: bench/HISTORY.md cluster51)
  namelessGroup: 2,
  // (cluster52) one instrument's intraday tables ("MIDWEST GRAIN FUTURES 10:50 EDT" ... "12:50 EDT") split in two
  // by the hour's figures once their names left out counted `absent`
  templateTitle: 0.9,
  // and one company's same-day items (Jannock's dividend flash and table apart from its results table), but not
  // Ford Canada's dividend pair into Canada's economy story, which holds one Ford Canada item among others'
  templateLead: 0.5,
  // (a company's results pair against its buyback or unit sale of other days, Affiliated's dividends against its
  // Billboard purchase, CPC's against its unit sale, TRW's contracts, stay apart: bench/HISTORY.md cluster52)
  templateLeadDays: 1,
  templateLeadNamed: 1,
  templateLeadFigures: 0.3,
  // dates two stories both name but never share count as this, not as 0, when either story is undated (its
  // reports may be written days apart; dated stories' days are the time factor's): ECB+ 6_1 (a director's
  // hiring: text 0.99, names 1.00, but one half's Saturday rumour and November release against the other's
  // Thursday and December announcement: 0.553 against 0.577) was split, and a coach's firing paired with a
  // player's return (5_6 / 31_3). Whole 0.9560 -> 0.9594, 20 shuffled orders mean 0.9510 -> 0.9537, min 0.9435
  // -> 0.9463 (bench/HISTORY.md cluster34). 0.3 and more lost precision on odd topics, 0.6 (as absent) took two
  // events of one topic together (whole P 0.983 -> 0.942); on dated stories too it joined Reuters companies'
  // other events (Witco's payout and debentures) and BASIL's reasons moved
  datesApartFloor: 0.2,
  // figures no two articles of a story share: ECB+ 4_1's two pieces written on Bettie Page's death (a biographer's
  // memoir of 1991 and nine months' search, a tribute's "three weeks ago") share no figure with each other nor with
  // the 12 reports (her age 85, 1923, 1955): text 0.67, title 1.00, names 0.89, figures 0.11, 0.512 against 0.538.
  // Their figures' cohesion is 0, which the prior (0.25 for a pair) hid. Counted as left out (absentMerge) when the
  // names agree (0.8, as the lead rescue) and either story is undated: whole 0.9594 -> 0.9617, 20 shuffled orders
  // mean 0.9537 -> 0.9559, min 0.9463 -> 0.9487 (bench/HISTORY.md cluster35). On dated wires (Reuters) it joined
  // template items of other companies whose generic names agree ("Company", "Inc"): not there
  silentCohesion: 0,
  silentNames: 0.8,
  // the same when only one article of three or more gives figures: one report's figure (a quote's "20 movies")
  // says what the story counts no more than two reports' figures that never meet. ECB+ 1_1 (Tara Reid's rehab: 5
  // reports, one with a figure, against the 12 that give her age, 33: text 0.93, names 0.93, figures 0, 0.572
  // against 0.616) split in 7 of 20 shuffled orders; mean 0.9559 -> 0.9584, min 0.9487 -> 0.9496, input order
  // the same (bench/HISTORY.md cluster36). From two articles on (one of two gives figures) ECB+ 13_1 split in
  // every order and 9_1 / 9_2 swapped articles (mean 0.9561, min 0.9475): a pair's one figure is half its evidence
  silentAlone: 3,
  cohesionPrior: 0.25,
  cohesionPseudo: 2,
  topicKnee: 0.1,
  namelessTopicKnee: 0.2,
  // Time as evidence (BASIL-dev, dated political news; ECB+ has dates on 299 of 772 records). One event's
  // articles come within a few days (BASIL: all 50 events within 4 days; ECB+: half of same-event pairs
  // within a day); two stories published further apart are two events of one saga (a shutdown's start and
  // its end) unless one's text names a day or month of the other's (a trial report naming the shooting's day).
  // Three days cost nothing; beyond, the merge score decays by e per 10 days from the nearest day published or
  // named. A document joining a story decays only by e per year: ECB+ follow-ups (a verdict, a new clinic)
  // join their event one by one, while a saga's events arrive as groups the merge pass would join.
  timeFreeDays: 3,
  timeScaleDays: 10,
  joinTimeScaleDays: 365,
  // a named day bridges as it is; a month as if a week further; a year ("in 2005") never (every 2016
  // article names 2016)
  mentionDaySlack: 0,
  mentionMonthSlack: 7,
  mentionYearSlack: -1,
  // Storylines (no gold: judged by reading BASIL-dev and ECB+ dev links at 0.3-0.65). At 0.5, BASIL links the
  // shutdown to the Dreamers offer, the BuzzFeed report to the Stone indictment, the Trump Jr. messages to
  // Flynn, the 2012 Medicare attacks to the Akin row; ECB+ links the Teixeira bids, the two Qeshm quakes, the
  // two 76ers coaches (same team, same kind of news). Below 0.45 it joins loose pairs (Steele's Afghanistan
  // remarks and the mosque row). Time decays by e per year: a saga runs for months, a topic recurs yearly.
  storylineLink: 0.5,
  storylineTimeScaleDays: 365,
  // the year veto halves the merge score (topic 27: the 2008 and the 2013 Internet Explorer patches);
  // it is not used when a document joins: one article's latest year is too noisy (tried: F1 0.87-0.90)
  yearShare: 0.6,
  yearMinArticles: 2,
  // a year only two articles give is weak (a season ahead, a year said in passing), and a story most of whose
  // articles name no year has not shown it was written before it: ECB+ 25_1 (two reports name "the 2009
  // season", 3 of the other 13 name 2006-2008), 19_1 (2 of 7 say 2008; 1 of the other 7 names 1973), 35_1 (2 of
  // 5 name the 2009 season; 1 of the other 5 "a 2008 GMC Sierra") were kept apart. Both weak, no veto; a year
  // three or more give (topic 27's 2013: 9 of 11; 17 2008 reports of which 4 name a year) or a story that names
  // years (a third of its articles: topics 9, 11; Reuters wires name a year in most) still veto
  yearSureArticles: 3,
  yearSilenceShare: 0.3,
  // ECB+ 6_2's April 2012 reports of a director's hiring give the sequel's November 2013 release; 5_2's July 2005
  // signing against the 2008 firing's reports is three years before
  yearAhead: 1,
  conflictFloor: 0.5,
  // refinement rounds (each followed by the merge for the stories it changed and their neighbours), until
  // nothing moves: one round +0.005-0.015 F1; rounds until stable raise the mean F1 over 13 input orders
  // from 0.944 to 0.949 and its minimum from 0.928 to 0.941 (they settle within 3-4 rounds). A document
  // moves to any story it scores higher with (margins 0.02-0.1 did worse)
  refine: 3,
  refineMargin: 0,
  // the split check (ECB+ over 20 shuffled orders, bench/HISTORY.md "ECB+ over input orders"): with groups of 5 a rehab's
  // 12 reports and 5 follow-ups (0.57 against 0.62) split in half the orders, with 6 in one of 21; the other
  // splits are of two events (mean F1 whole 0.9466 with 5, 0.9476-0.9479 with 6-8)
  splitMinPart: 6,
};

/** The spaces in which a story whose articles share nothing among themselves (`silentCohesion`) is read as having
 * shown nothing: figures (what a report counts is its own choice; topic words and names always meet). */
export const SILENT_SPACES: readonly Space[] = ['numbers'];

/** Candidate search and memory bounds: they keep the cost per document constant. */
export const LIMITS = {
  /** strongest terms of a document used to look up candidate stories */
  queryTerms: 12,
  /** strongest terms of a story posted in the inverted index */
  postedTerms: 30,
  /** candidate stories scored in full per document */
  candidates: 10,
  /** candidate partners scored per story in the merge and refinement passes (a story's centroid is a
   * steadier query than one document: 6 lose nothing on ECB+ and save a fifth of the clustering time) */
  storyCandidates: 6,
  /** rounds of the merge pass at most (it stops sooner, when a round merges nothing; ECB+ settles in under 10) */
  mergeRounds: 100,
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
  /** stories one storyline holds at most (links are taken strongest first; a link that would exceed it is
   * dropped, so a broad topic does not chain every story into one line) */
  storylineStories: 12,
  /** members of each side a storyline link's reason reads (the earliest and latest halves by arrival): the
   * surface forms of the shared keys are the ones most of them use, and a link to a big story need not
   * read all of it (the story base fetches only these of a partner it does not rewrite) */
  linkMembers: 20,
  /** the split check reads every pair of a story's members: larger stories are not checked */
  splitMaxMembers: 100,
  /** terms and names listed in a story's `why` */
  whyTerms: 8,
  whyNames: 6,
};
