// The combined similarity of a document (or a story) to a story: a weighted sum of per-space cosines,
// times a gate on names (same kind of event, other people and places -> another event) and a time decay.
// A space one side has nothing in is left out and the other weights are rescaled: no evidence is not
// counter-evidence.
import { gapDays, gapDaysOnly, PRECISIONS, publishedGap, type Gap, type MentionSlack, type TimeSide } from './days.ts';
import { idIn, keyIn, SPACES, type DocVectors, type Space, type StoryLike } from './story.ts';
import { countLead, docAgreement, leadWithin, storyAgreement, topLead, type Leads } from './lead.ts';
import { SILENT_SPACES, type ClusterWeights } from './weights.ts';
import { CentroidWithout, topKeysOf, unitOf, unitWeight, type Centroid, type ReadVec, type Scorable, type Unit } from './vector.ts';
import { Sums } from './sums.ts';
import { apartAfter, apartKind, figuresMeet } from './event-figures.ts';

/** A time factor this small leaves no score worth computing: the pair is too far apart in time. */
const FAR = 0.02;

export interface Score {
  /** combined similarity, 0..1 */
  value: number;
  /** cosine per space (absent when either side had nothing in it) */
  cosines: Partial<Record<Space, number>>;
  /** factor from the name gate (1 = no penalty) */
  gate: number;
  /** factor from the time distance (1 = no penalty) */
  time: number;
  /** the distance in days, when the sides were published more than the free days apart */
  gap?: Gap;
  /** the later story's event year, which no article of the earlier story mentions (story-story only) */
  conflict?: { year: number; before: number; factor: number; published?: boolean };
  /** not scored in full: its ceiling was below the floor asked for (value is 0) */
  pruned?: boolean;
  /** spaces one story's articles (two or more) share nothing in among themselves, counted as left out
   * (story-story only): how many of that story's articles have something there, of how many */
  silent?: Array<{ space: Space; articles: number; of: number }>;
  /** the two sides' lead subjects differ (lead.ts): how far they agree, the factor applied, each side's lead */
  lead?: { agreement: number; factor: number; mine: string; theirs: string };
  /** the document's figures of a kind that tells events apart ("5.6 magnitude"), none of which the story's
   * reports give, and theirs (document-story only: `figuresApart`); the factor applied */
  figures?: { mine: string[]; theirs: string[]; factor: number };
  /** the document is an undated headline alone, and a space it or the story has nothing in counted this
   * (`absentHeadline`, document-story only) */
  headline?: number;
}

/** The mention slacks of a set of weights, made once per set (every similarity reads them). */
const slacks = new WeakMap<ClusterWeights, MentionSlack>();
function slackOf(w: ClusterWeights): MentionSlack {
  let slack = slacks.get(w);
  if (!slack) slacks.set(w, (slack = { day: w.mentionDaySlack, month: w.mentionMonthSlack, year: w.mentionYearSlack }));
  return slack;
}

/** No time penalty (one record, only read). */
const NO_TIME_PENALTY: { readonly time: number; readonly gap?: Gap } = { time: 1 };

/** Distance in time as a factor: free days cost nothing, then it decays per `timeScaleDays`. */
function timeFactor(a: TimeSide, b: TimeSide, w: ClusterWeights, scale: number): { time: number; gap?: Gap } {
  // most pairs are within the free days: answered without the gap's objects (gapDays would find the same)
  const published = publishedGap(a, b);
  if (published === null || published <= w.timeFreeDays) return NO_TIME_PENALTY;
  const gap = gapDays(a, b, slackOf(w), w.timeFreeDays);
  if (gap === null || gap.published <= w.timeFreeDays) return NO_TIME_PENALTY;
  return { time: gap.days <= w.timeFreeDays ? 1 : Math.exp(-(gap.days - w.timeFreeDays) / scale), gap };
}

/** timeFactor's `time` alone, without its record or the gap's (docToStory makes them only for a score it gives
 * back: most pairs it scores are pruned, and their records were a third of its garbage). */
function timeOnly(a: TimeSide, b: TimeSide, w: ClusterWeights, scale: number): number {
  const published = publishedGap(a, b);
  if (published === null || published <= w.timeFreeDays) return 1;
  const days = gapDaysOnly(a, b, published, slackOf(w));
  return days <= w.timeFreeDays ? 1 : Math.exp(-(days - w.timeFreeDays) / scale);
}

/** timeFactor's `gap` alone (the pair's gap once more: only for a score given back). */
function gapOnly(a: TimeSide, b: TimeSide, w: ClusterWeights): Gap | undefined {
  const published = publishedGap(a, b);
  if (published === null || published <= w.timeFreeDays) return undefined;
  return gapDays(a, b, slackOf(w), w.timeFreeDays) ?? undefined;
}

function gateFactor(names: number | undefined, massA: number, massB: number, w: ClusterWeights): number {
  if (names === undefined || massA < w.gateMinNames || massB < w.gateMinNames) return 1;
  if (names >= w.gateKnee) return 1;
  return w.gateFloor + (1 - w.gateFloor) * (names / w.gateKnee);
}

/** one pair's cosines in SPACES' order, where SPACE_KNOWN is 1 (0: neither side has anything in that space);
 * filled and read at once. Typed: a double stored in an array that may hold undefined was a heap number each. */
const SPACE_COSINES = new Float64Array(SPACES.length);
const SPACE_KNOWN = new Uint8Array(SPACES.length);
/** each space's place in SPACE_COSINES */
const AT = Object.fromEntries(SPACES.map((s, i) => [s, i])) as Record<Space, number>;

/** A space's cosine into SPACE_COSINES (undefined: not known). */
function setCosine(i: number, c: number | undefined): void {
  SPACE_KNOWN[i] = c === undefined ? 0 : 1;
  SPACE_COSINES[i] = c ?? 0;
}

/** `names`: what a names space left out counts instead of `absent` (storyToStory's `namesLeftOut`). */
function combine(cosines: Partial<Record<Space, number>>, gate: number, time: number, w: ClusterWeights, absent: number, knee: number, names = absent): number {
  for (let i = 0; i < SPACES.length; i++) setCosine(i, cosines[SPACES[i]]);
  if (absent >= 0 && SPACE_KNOWN[AT.names] === 0) setCosine(AT.names, names);
  return combineSpaces(gate, time, w, absent, knee);
}

/** combine over SPACE_COSINES (the same sums in the same order), so a document's score is known before its record
 * of cosines is made (most pairs scored in full end below the floor). */
function combineSpaces(gate: number, time: number, w: ClusterWeights, absent: number, knee: number): number {
  let sum = 0;
  let weight = 0;
  // (a space neither side has anything in is left out when `absent` is negative)
  const missing = absent >= 0 ? absent : undefined;
  for (let i = 0; i < SPACES.length; i++) {
    const c = SPACE_KNOWN[i] === 1 ? SPACE_COSINES[i] : missing;
    if (c === undefined) continue;
    const s = SPACES[i];
    sum += w[s] * c;
    weight += w[s];
  }
  const text = SPACE_KNOWN[AT.text] === 1 ? SPACE_COSINES[AT.text] : 0;
  const topic = text >= knee ? 1 : text / knee;
  return weight > 0 ? (sum / weight) * gate * time * topic : 0;
}

/** What docToStory gives a pair it did not score in full (its callers skip it): one record, only read (most
 * candidate pairs are pruned, and a record each was garbage). */
const PRUNED: Score = Object.freeze({ value: 0, cosines: Object.freeze({}), gate: 1, time: 1, pruned: true }) as Score;

/** A ceiling this close below the floor is not trusted to prune (rounding in the cosines). */
const CEILING_SLACK = 1e-9;

/** A document's vectors as units (vector.ts): made once per document, read once per candidate story. */
export type DocUnits = Record<Space, Unit> & { lead?: readonly string[] };

export function docUnits(v: DocVectors): DocUnits {
  const units: DocUnits = { text: unitOf(v.text), title: unitOf(v.title), names: unitOf(v.names), numbers: unitOf(v.numbers), dates: unitOf(v.dates) };
  if (v.lead) units.lead = v.lead;
  return units;
}

/**
 * Similarity of a document to a story: per space, the mean cosine between the document and each member
 * (average link, so a story's size does not change the scale). With `floor`, a story whose score cannot
 * exceed it (topic words and names known, the other spaces at most 1: all weights are positive, so a mean
 * cosine is at most 1) is not scored in full: `pruned`, value 0. The caller keeps only a score above the floor.
 */
/** What a document is scored against: a story, or a story read without one of its members (`storyWithout`). */
export interface DocTarget extends TimeSide {
  centroids: Record<Space, Scorable>;
  leads?: Leads;
}

/** A story as it would be without one of its members (units of that member), read without changing the story;
 * its mentions are taken out by the caller (they are a few counts). */
export function storyWithout(story: StoryLike, member: DocUnits): DocTarget {
  const centroids = {} as Record<Space, Scorable>;
  for (const s of SPACES) centroids[s] = new CentroidWithout(story.centroids[s], member[s]);
  let leads = story.leads;
  if (leads && member.lead?.length) {
    leads = { keys: new Map(leads.keys), members: leads.members };
    countLead(leads, member.lead, -1);
  }
  return { centroids, firstTime: story.firstTime, lastTime: story.lastTime, mentioned: story.mentioned, leads };
}

/** The weights an undated headline alone joins with (`absentHeadline` as `absent`), made once per set. */
const headlineSets = new WeakMap<ClusterWeights, ClusterWeights>();
function headlineWeights(w: ClusterWeights): ClusterWeights {
  let h = headlineSets.get(w);
  if (!h) headlineSets.set(w, (h = { ...w, absent: w.absentHeadline }));
  return h;
}

/** Whether a document is a headline alone (its topic words are its title's: a title's are among its text's) with no
 * publication day: what it leaves out says less than a full report's silence (`absentHeadline`). */
function undatedHeadline(v: DocUnits, side: TimeSide, w: ClusterWeights): boolean {
  return w.absentHeadline >= 0 && side.firstTime === null && v.text.keys.length > 0 && v.text.keys.length <= v.title.keys.length;
}

export function docToStory(v: DocUnits, when: number | null | TimeSide, story: DocTarget, weights: ClusterWeights, floor = 0): Score {
  const side = typeof when === 'object' && when !== null ? when : { firstTime: when, lastTime: when };
  const headline = undatedHeadline(v, side, weights);
  const w = headline ? headlineWeights(weights) : weights;
  // the time factor alone: the records (the score's, the gap's) are made only for a score given back
  const t = timeOnly(side, story, w, w.joinTimeScaleDays);
  // (a pair too far apart scores 0: above a floor, as pruned; every caller asking with a floor keeps only a score
  // above it)
  if (t < FAR) return floor > 0 ? PRUNED : { value: 0, cosines: {}, gate: 1, time: t, gap: gapOnly(side, story, w) };
  // topic words and names first: with them the score's ceiling is known
  const text = meanCosine(v.text, story.centroids.text);
  // the topic words alone can rule the story out (the names' cosine and their gate are at most 1): then the
  // names' product is not worth computing
  if (floor > 0 && ceiling(text, 1, t, w) < floor - CEILING_SLACK) return PRUNED;
  const names = meanCosine(v.names, story.centroids.names);
  const gate = gateFactor(names, v.names.keys.length, story.centroids.names.size, w);
  if (floor > 0 && ceiling(text, names, gate * t, w) < floor - CEILING_SLACK) return PRUNED;
  // the other spaces one at a time, each known one lowering the ceiling (the rest at most 1)
  const title = meanCosine(v.title, story.centroids.title);
  if (floor > 0 && fullCeiling(text, names, title, 1, 1, gate * t, w) < floor - CEILING_SLACK) return PRUNED;
  const numbers = meanCosine(v.numbers, story.centroids.numbers);
  if (floor > 0 && fullCeiling(text, names, title, numbers, 1, gate * t, w) < floor - CEILING_SLACK) return PRUNED;
  const dates = meanCosine(v.dates, story.centroids.dates);
  setCosine(AT.text, text);
  setCosine(AT.title, title);
  setCosine(AT.names, names);
  setCosine(AT.numbers, numbers);
  setCosine(AT.dates, dates);
  // a side with no names (a flash, a results table) has only its topic words to say what it is about: shared figures
  // and dates need more of them ("1990", "March 9", "Monday" joined flashes to unrelated stories)
  const value = combineSpaces(gate, t, w, w.absent, names === undefined ? w.namelessTopicKnee : w.topicKnee);
  // the lead subjects' factor is at most 1: a value below the floor stays below it, and its agreement (name
  // look-ups per key of the story's leads) is not worth working out (two thirds of the pairs scored in full);
  // nor is its record of cosines made
  if (floor > 0 && value < floor) return PRUNED;
  // in the spaces' order (the order the features are reported in); every space's key held, undefined where either
  // side has nothing there (keys added one by one made up to 32 shapes of one record: the late ones sent this
  // function back to be compiled again)
  const cosines: Partial<Record<Space, number>> = { text, title, names, numbers, dates };
  const agreement =
    v.lead && story.leads
      ? docAgreement(
          v.lead,
          story.leads,
          (k) => unitWeight(v.names, idIn('names', k)) !== 0,
          (k) => namesAsOwn(story.centroids.names, idIn('names', k), w),
        )
      : undefined;
  const namesKnown = v.names.keys.length >= w.gateMinNames && story.centroids.names.size >= w.gateMinNames;
  const lead = leadFactor(agreement, namesKnown ? names : undefined, text, w, v.lead?.[0], story.leads);
  const gap = gapOnly(side, story, w);
  const score: Score = lead ? { value: value * lead.factor, cosines, gate, time: t, gap, lead } : { value, cosines, gate, time: t, gap };
  if (headline && (numbers === undefined || dates === undefined || names === undefined)) score.headline = w.absent;
  const apart = figuresApart(v.numbers, story.centroids.numbers, side, story);
  if (apart) {
    score.value *= w.conflictFloor;
    score.figures = { ...apart, factor: w.conflictFloor };
  }
  return score;
}

/** A figure key's number ("#5.6 magnitude": 5.6). */
function figureOf(key: string): number {
  return Number(key.slice(1, key.indexOf(' ')));
}

/**
 * A document's figures of a kind that tells events apart (event-figures.ts: "#5.6 magnitude"), none of which the
 * story's reports give, nor one near it, while they give some of that kind: another event of its kind (two quakes
 * on one island share their places, officials and words; ECB+ 20's 2005 and 2008 Qeshm quakes) -- unless the two
 * were published within the kind's `sequenceDays` (the next shock of one quake's sequence). Both sides' figures,
 * ordered. (A document giving none, most, walks nothing of the story.)
 */
function figuresApart(v: Unit, story: Scorable, side: TimeSide, target: TimeSide): { mine: string[]; theirs: string[] } | undefined {
  let mine: string[] | undefined;
  let gap: number | null | undefined;
  for (let i = 0; i < v.keys.length; i++) {
    const key = keyIn('numbers', v.keys[i]);
    const kind = apartKind(key);
    if (kind < 0) continue;
    if (story.weightOf(v.keys[i]) !== 0) return undefined;
    // (the days apart worked out once, for the first such figure)
    if (gap === undefined) gap = publishedGap(side, target);
    if (!apartAfter(kind, gap)) continue;
    (mine ??= []).push(key);
  }
  if (!mine) return undefined;
  const kinds = new Set(mine.map(apartKind));
  const theirs: string[] = [];
  story.forEachKey((k) => {
    const key = keyIn('numbers', k);
    if (kinds.has(apartKind(key))) theirs.push(key);
  });
  if (!theirs.length) return undefined;
  for (const a of mine) {
    const kind = apartKind(a);
    for (const b of theirs) if (apartKind(b) === kind && figuresMeet(kind, figureOf(a), figureOf(b))) return undefined;
  }
  const order = (a: string, b: string) => figureOf(a) - figureOf(b) || (a < b ? -1 : a > b ? 1 : 0);
  return { mine: mine.sort(order).map((k) => k.slice(1)), theirs: theirs.sort(order).map((k) => k.slice(1)) };
}

/**
 * The lead subjects' factor: sides whose lead subjects (both known) agree below `leadKnee` are scaled down
 * toward `leadFloor`, unless their names or topic words agree strongly (mean cosines): then the lead
 * differs as a wording does ("Lohan" / "Actress Lindsay Lohan").
 */
function leadFactor(
  agreement: number | undefined,
  names: number | undefined,
  text: number | undefined,
  w: ClusterWeights,
  mine: string | undefined,
  theirs: Leads | undefined,
): Score['lead'] {
  if (agreement === undefined || agreement >= w.leadKnee) return undefined;
  if ((names ?? 0) >= w.leadNamesRescue || (text ?? 0) >= w.leadTextRescue) return undefined;
  const factor = w.leadFloor + (1 - w.leadFloor) * (agreement / w.leadKnee);
  return { agreement, factor, mine: mine ?? '', theirs: topLead(theirs) ?? '' };
}

/** Mean cosine of a document and a story's members in one space; undefined when either has nothing there. */
function meanCosine(unit: Unit, c: Scorable): number | undefined {
  // (the unit and centroid passed, not read by a space's name: those two loads keyed by a variable name were about
  // a tenth of its samples on all of Reuters)
  return unit.keys.length !== 0 && c.count !== 0 ? c.meanWith(unit) : undefined;
}

/** The most a document's score can be with every space but `dates` known (`numbers` may be 1: not known yet;
 * dates at most 1): ceiling's bound, each known cosine in place of its 1. A space either side has nothing in
 * counts as `absent`, or as 1 when it is left out (the mean of the others is at most 1, so leaving one out
 * cannot lift the score above a bound that counts it as 1). */
function fullCeiling(
  text: number | undefined,
  names: number | undefined,
  title: number | undefined,
  numbers: number | undefined,
  dates: number,
  factor: number,
  w: ClusterWeights,
): number {
  const absent = w.absent >= 0 ? w.absent : 1;
  const total = w.text + w.title + w.names + w.numbers + w.dates;
  const t = text ?? 0;
  const topic = t >= w.topicKnee ? 1 : t / w.topicKnee;
  const sum = w.text * (text ?? absent) + w.names * (names ?? absent) + w.title * (title ?? absent) + w.numbers * (numbers ?? absent) + w.dates * dates;
  return (sum / total) * factor * topic;
}

/** The most a document's score can be with its topic and name cosines known (the other spaces at most 1). */
function ceiling(text: number | undefined, names: number | undefined, factor: number, w: ClusterWeights): number {
  const absent = w.absent >= 0 ? w.absent : 1;
  const total = w.text + w.title + w.names + w.numbers + w.dates;
  const t = text ?? 0;
  const topic = t >= w.topicKnee ? 1 : t / w.topicKnee;
  return ((w.text * (text ?? absent) + w.names * (names ?? absent) + (total - w.text - w.names)) / total) * factor * topic;
}

/** The year most of a story's articles give as their latest, when enough of them agree, and how many give it. */
function eventYear(years: Map<number, number>, w: ClusterWeights): [number, number] | null {
  let total = 0;
  // the best so far as two numbers (a pair made at each better year was garbage for every story pair scored)
  let found = false;
  let year = 0;
  let most = 0;
  for (const [y, n] of years) {
    total += n;
    if (!found || n > most || (n === most && y > year)) {
      found = true;
      year = y;
      most = n;
    }
  }
  return found && most >= w.yearMinArticles && most >= w.yearShare * total ? [year, most] : null;
}

/**
 * The latest year from which on most of a story's articles were written, and how many show it: the latest year that
 * `yearShare` of its year-naming articles give as their latest or go past (an article naming a year was written in
 * it or after). One event's reports look ahead too (a contract "through the 2009-2010 season", next year's vote):
 * ECB+ 5_1's reports of the 76ers' 2008 firing give 2008 (4), 2009 (2), 2003 (2), 2005, 2007 -- no `eventYear`, but 6
 * of 10 from 2008 on. (A year's walk down from the latest, no sorted copy: a story names few years.)
 */
function writtenFrom(years: Map<number, number>, w: ClusterWeights): [number, number] | null {
  let total = 0;
  for (const n of years.values()) total += n;
  let giving = 0;
  let below = Number.POSITIVE_INFINITY;
  for (;;) {
    let year = Number.NEGATIVE_INFINITY;
    for (const y of years.keys()) if (y < below && y > year) year = y;
    if (year === Number.NEGATIVE_INFINITY) return null;
    giving += years.get(year) as number;
    if (giving >= w.yearShare * total) return giving >= w.yearMinArticles ? [year, giving] : null;
    below = year;
  }
}

/**
 * Two stories of one kind of event, one of whose articles agree on a year that no article of the other
 * mentions (nor any later one): the other was written before that event happened, so it is another event
 * (the 2008 Internet Explorer patch and the 2013 one).
 */
export function yearConflict(a: StoryLike, b: StoryLike, w: ClusterWeights): { year: number; before: number; published?: boolean } | null {
  const published = publishedBefore(a, b, w) ?? publishedBefore(b, a, w);
  if (published) return published;
  if (!a.years?.size || !b.years?.size) return null;
  // (each order by a call, not a walk of [[a, b], [b, a]]: those pairs were made for every story pair scored)
  const agreed = agreedYearUnsaid(a, b, w) ?? agreedYearUnsaid(b, a, w);
  if (agreed) return agreed;
  // two stories that each agree on a year, one most of whose articles give it as their latest, the other most of
  // whose go past it: two events, though a report of the later one recounts the earlier (ECB+ 5_3ecb, the 2008
  // firing's release naming "May 23, 2005", in the 2005 hiring's story). Not the later side's years alone: a
  // story of tributes and histories (a 2008 death's "1955", "1991", "2005", "2006") agrees on no year of its own
  return writtenPast(a, b, w) ?? writtenPast(b, a, w);
}

/** yearConflict's first test in one order: x's articles agree on a year later than every year y names. */
function agreedYearUnsaid(x: StoryLike, y: StoryLike, w: ClusterWeights): { year: number; before: number } | null {
  const event = eventYear(x.years as Map<number, number>, w);
  if (event === null) return null;
  const [year, giving] = event;
  let before = Number.NEGATIVE_INFINITY;
  for (const k of (y.years as Map<number, number>).keys()) before = Math.max(before, k);
  return before < year && (giving >= w.yearSureArticles || namesYears(y, w)) ? { year, before } : null;
}

/** yearConflict's second test in one order: x was written from a year past the one y's articles agree on. */
function writtenPast(x: StoryLike, y: StoryLike, w: ClusterWeights): { year: number; before: number } | null {
  const event = eventYear(y.years as Map<number, number>, w);
  if (event === null) return null;
  const from = writtenFrom(x.years as Map<number, number>, w);
  return from !== null && from[0] > event[0] && from[1] >= w.yearSureArticles && event[1] >= w.yearSureArticles ? { year: from[0], before: event[0] } : null;
}

/**
 * A story whose dated articles were all published before the year from which most of the other's were written
 * (`writtenFrom`, shown by `yearSureArticles`): it reported an earlier event, whatever years its texts name (ECB+
 * 5_9ecbplus, a signing published in July 2005 that recounts the coach's hiring, against the 2008 firing's reports,
 * which name 2008 and 2009). Not when the other story's own dated articles were published before that year: then its
 * years look ahead (a wire's "1988 budget" in 1987), and say nothing of when it was written; nor within `yearAhead`
 * years, as far as an undated story's reports may look ahead (ECB+ 6_2: a sequel's November 2013 release named in
 * April 2012 reports).
 */
function publishedBefore(x: StoryLike, y: StoryLike, w: ClusterWeights): { year: number; before: number; published: true } | null {
  if (y.lastTime === null || !x.years?.size) return null;
  const from = writtenFrom(x.years, w);
  if (from === null || from[1] < w.yearSureArticles) return null;
  const before = new Date(y.lastTime).getUTCFullYear();
  if (before + w.yearAhead >= from[0] || (x.lastTime !== null && new Date(x.lastTime).getUTCFullYear() < from[0])) return null;
  // most of the later story's reports name a day, month or year of the earlier's year: a follow-up that recounts
  // it (ECB+ 33_2: the 2013 trial's reports all name the October 2011 shooting the 2011 arrest reports told of)
  if (recounting(x, before) >= w.yearShare * x.centroids.text.count) return null;
  return { year: from[0], before, published: true };
}

const DAY = 86_400_000;

/** About how many of a story's articles name a day, month or year of a year: the members naming each span of it,
 * summed (an article naming two of its days counts twice), at most the story's size. */
function recounting(s: StoryLike, year: number): number {
  if (!s.mentioned) return 0;
  const [start, end] = [Date.UTC(year, 0, 1) / DAY, Date.UTC(year + 1, 0, 1) / DAY];
  let n = 0;
  for (const p of PRECISIONS) for (const [day, members] of s.mentioned[p]) if (day >= start && day < end) n += members;
  return Math.min(n, s.centroids.text.count);
}

/**
 * Whether a story's silence about a year says anything: enough of its articles name some year. Most reports
 * of an event name none; a story of them whose one article names an old year ("in 1973") has not shown it was
 * written before a year that only two articles of the other give (ECB+ 19_1, 25_1, 35_1: "the 2009 season" of
 * a 2008 arrest or injury, "in 2008" said of the year's riots).
 */
function namesYears(s: StoryLike, w: ClusterWeights): boolean {
  let naming = 0;
  for (const n of (s.years as Map<number, number>).values()) naming += n;
  return naming >= w.yearSilenceShare * s.centroids.text.count;
}

/** A story's cohesion in a space (mean pairwise cosine), shrunk toward the prior while it has few pairs. */
function cohesion(c: Centroid, prior: number, pseudo: number): number {
  const n = c.count;
  const pairs = (n * (n - 1)) / 2;
  return (pairs * (c.cohesion ?? 0) + pseudo * prior) / (pairs + pseudo);
}

/** The ceilings a story pair's score was checked against its floor by (`storyToStory`): from the topic words'
 * relative cosine (or the time factor alone, when that ruled the pair out), then from the names' too. A ceiling
 * not reached stays as the caller set it. */
export interface Ceilings {
  text: number;
  names: number;
}

/**
 * Similarity of two stories (merge pass): per space, the mean cosine between their members relative to
 * how alike each story's own members are. Two halves of one event score about 1 whatever their size;
 * two events of one topic score as much lower as they differ.
 */
export function storyToStory(a: StoryLike, b: StoryLike, w: ClusterWeights, floor = 0, ceilings?: Ceilings): Score {
  const { time: t, gap } = timeFactor(a, b, w, w.timeScaleDays);
  if (t < FAR) return { value: 0, cosines: {}, gate: 1, time: t, gap };
  // the time factor alone can rule the pair out (every other factor of the score is at most 1): then not even the
  // topic words' product is worth computing (all of Reuters: a quarter of the merge passes' pairs). Its ceiling is
  // the time factor, a hair above it for the rounding of the products the full score would make
  if (floor > 0 && t < floor - CEILING_SLACK) {
    if (ceilings) ceilings.text = t + CEILING_SLACK;
    return { value: 0, cosines: {}, gate: 1, time: t, gap, pruned: true };
  }
  const cosines: Partial<Record<Space, number>> = {};
  // topic words and names first: with them the score's ceiling is known (the other spaces at most 1), and a
  // pair whose ceiling is below `floor` is not worth the other three products
  const knee = w.topicKnee / w.cohesionPrior;
  const textMean = relative(a, b, 'text', w, cosines);
  // the topic words alone can rule the pair out (the names' relative cosine and their gate are at most 1)
  if (floor > 0 || ceilings) {
    const ceiling = mergeCeiling(cosines, 1, 1, t, knee, w);
    if (ceilings) ceilings.text = ceiling;
    if (floor > 0 && ceiling < floor) return { value: 0, cosines, gate: 1, time: t, gap, pruned: true };
  }
  const namesMean = relative(a, b, 'names', w, cosines);
  const gate = gateFactor(cosines.names, a.centroids.names.size, b.centroids.names.size, w);
  if (floor > 0 || ceilings) {
    const ceiling = mergeCeiling(cosines, known(cosines, 'names', w), gate, t, knee, w);
    if (ceilings) ceilings.names = ceiling;
    if (floor > 0 && ceiling < floor) return { value: 0, cosines, gate, time: t, gap, pruned: true };
  }
  const titleMean = relative(a, b, 'title', w, cosines);
  relative(a, b, 'numbers', w, cosines);
  relative(a, b, 'dates', w, cosines);
  // dates both stories name that never meet are weak evidence, not none, when either story's publication days
  // are unknown (one event's reports are written on different days: "Saturday" / "Thursday", a November rumour /
  // the December announcement). Between dated stories the time factor has measured those days, and dates that
  // never meet within them are other events (a company's dividend and its acquisition, a wire's two weeks)
  if (cosines.dates !== undefined && cosines.dates < w.datesApartFloor && (a.firstTime === null || b.firstTime === null)) cosines.dates = w.datesApartFloor;
  // a story none of whose articles share a figure among themselves has shown no figures of its event: its
  // figures missing from the other story say nothing either (a tribute's and a profile's figures against the
  // news reports' age and dates), and the space counts as one left out
  const silent = silentSpaces(a, b, cosines, w);
  const conflict = yearConflict(a, b, w);
  const names = namesLeftOut(a, b, titleMean, cosines.numbers, cosines, w);
  // a pair both of whose names are unread (German) and counted `absent` (the words do not hold them either) has shown
  // nothing but words: a space left out counts `unreadLeftOut` (`absent`, as when a document joins; at `absentMerge`,
  // figures and dates left out carried two such pages to 0.456 before any word: join1), and so do figures that share
  // only small plain counts ("3", "12") and dates that share only years ("2021"), which any two pages of a kind share.
  // Both sides: a German original and its English translation meet on the English side's figures and years
  let leftOut = w.absentMerge;
  if (cosines.names === undefined && names === w.absent && unreadPair(a, b) && w.unreadLeftOut > 0) {
    leftOut = w.unreadLeftOut;
    if (cosines.numbers !== undefined && cosines.numbers > leftOut && onlyWeakFigures(a.centroids.numbers, b.centroids.numbers, w)) cosines.numbers = leftOut;
    if (cosines.dates !== undefined && cosines.dates > leftOut && onlyYears(a.centroids.dates, b.centroids.dates)) cosines.dates = leftOut;
  }
  let value = combine(cosines, gate, t, w, leftOut, knee, names) * (conflict ? w.conflictFloor : 1);
  // the lead subjects and their rescue read absolute cosines: a story grown from different companies' items has
  // a low cohesion, and relative to it one more company's would look as alike as its members are
  const agreement = a.leads && b.leads ? storyAgreement(a.leads, b.leads, namedIn(a, w), namedIn(b, w)) : undefined;
  const namesKnown = a.centroids.names.size >= w.gateMinNames && b.centroids.names.size >= w.gateMinNames;
  const lead = agreement === undefined ? undefined : leadFactor(agreement, namesKnown ? namesMean : undefined, textMean, w, topLead(b.leads), a.leads);
  if (lead) value *= lead.factor;
  const score: Score = { value, cosines, gate, time: t, gap };
  if (silent) score.silent = silent;
  if (conflict) score.conflict = { ...conflict, factor: w.conflictFloor };
  if (lead) score.lead = lead;
  return score;
}

/** What a story pair's names count when either side names nothing: `absentMerge`, or `absent` (as when a document
 * joins) when a side read text and found no name in it (`readNoNames`) or is written in a language whose names are
 * not read (`namesUnread`: German capitalises every noun -- two German stories' names are always left out, and at
 * `absentMerge` they, with figures and dates left out, carried 0.456 of the merge bar's 0.45 before any word:
 * join1) -- unless the two are one subject's items by their titles (`oneSubject`), whose names the tables never
 * write either. */
function namesLeftOut(
  a: StoryLike,
  b: StoryLike,
  titleMean: number | undefined,
  figures: number | undefined,
  cosines: Partial<Record<Space, number>>,
  w: ClusterWeights,
): number {
  const noNames = readNoNames(a, w) || readNoNames(b, w);
  const unread = !noNames && w.unreadNamesText >= 0 && (a.namesUnread === true || b.namesUnread === true);
  if ((!noNames && !unread) || oneSubject(a, b, titleMean, figures, w)) return w.absentMerge;
  // a language whose names are not read apart has them among its words (German capitalises every noun alike)
  return noNames || (cosines.text ?? 0) < w.unreadNamesText ? w.absent : w.absentMerge;
}

/** Whether neither story's names are read (every member of both in a language that reads none: `namesUnread`). */
export function unreadPair(a: StoryLike, b: StoryLike): boolean {
  return a.namesUnread === true && b.namesUnread === true;
}

/** Whether every figure two centroids share is a weak one: a plain integer (no kind: "#3", not "#5.6 magnitude")
 * below `weakFigure`. */
function onlyWeakFigures(a: Centroid, b: Centroid, w: ClusterWeights): boolean {
  return w.weakFigure > 0 && everySharedKey(a, b, (k) => weakFigure(keyIn('numbers', k), w.weakFigure));
}

/** Whether every date key two centroids share is a year ("y2021"): no day, month, weekday or season. */
function onlyYears(a: Centroid, b: Centroid): boolean {
  return everySharedKey(a, b, (k) => keyIn('dates', k).startsWith('y'));
}

/** Whether two centroids share a key and every key they share passes `weak` (the smaller side's keys walked, each
 * looked up in the other). */
function everySharedKey(a: Centroid, b: Centroid, weak: (key: number) => boolean): boolean {
  const small = a.sum.size <= b.sum.size ? a : b;
  const big = small === a ? b : a;
  let allWeak = true;
  let shared = false;
  small.forEachKey((k) => {
    if (!allWeak || big.weightOf(k) === 0) return;
    shared = true;
    if (!weak(k)) allWeak = false;
  });
  return allWeak && shared;
}

/** A figure key ("#12") that is a plain integer below `bound`. */
function weakFigure(key: string, bound: number): boolean {
  if (key.indexOf(' ') >= 0) return false;
  const v = Number(key.slice(1));
  return Number.isInteger(v) && v >= 0 && v < bound;
}

/**
 * Whether two stories are one subject's items by what their titles say: one template's titles (every title of the
 * one reads as every title of the other, their times aside: "MIDWEST GRAIN FUTURES 10:50 EDT" and "... 12:20 EDT",
 * one instrument's quotes through a day), or one company's tables of one day by lead subject (every lead key of the
 * side with fewer is the other's: "JANNOCK LTD <JN.TO> INCREASES QTLY DIVIDEND" with "JANNOCK LTD <JN.TO> 3RD QTR
 * NET"; a ticker shared alone is not, "DUAL-LITE INC <MDT>" against "MEDTRONIC INC <MDT>"). A company's items of
 * other days (its dividends against its buyback or its unit sale), or a story of several items that name things
 * (its news, not its tables), stay apart as cluster51 parted them.
 */
function oneSubject(a: StoryLike, b: StoryLike, titleMean: number | undefined, figures: number | undefined, w: ClusterWeights): boolean {
  if (titleMean !== undefined && titleMean >= w.templateTitle) return true;
  const named = a.centroids.names.count + b.centroids.names.count;
  if (a.leads === undefined || b.leads === undefined || named > w.templateLeadNamed) return false;
  // an item that names things is the tables' own story when it reports their figures (J.P. Morgan's results story
  // with its results table), not its other news of the day (TRW's contracts, Banc One's buyback)
  if (named > 0 && (figures ?? 0) < w.templateLeadFigures) return false;
  // all their articles within the days (two stories' periods may overlap over months: a company's dividends and its news)
  if (a.firstTime === null || b.firstTime === null || a.lastTime === null || b.lastTime === null) return false;
  const span = (Math.max(a.lastTime, b.lastTime) - Math.min(a.firstTime, b.firstTime)) / DAY;
  return span <= w.templateLeadDays && leadWithin(a.leads, b.leads, w.templateLead);
}

/**
 * Whether a story of `namelessGroup` articles or more, none of which names anything, holds words beyond its titles:
 * one of them has a text (a results or dividend table beside its flash) that names nothing. Such a group has shown
 * it has no names, and a story that has some is no more its own for its names missing there (Ford Canada's dividend
 * flash and table joined Canada's economy story on "six", "1986" and "annual"). A group of headline-only bulletins
 * (a speech's, a saga's: Fed Johnson's, Baker's, TWA's) holds its titles' words alone: it read no text, and its
 * full items, which name what it is about, count as a merge's names left out do.
 */
function readNoNames(s: StoryLike, w: ClusterWeights): boolean {
  const { text, title, names } = s.centroids;
  // (a title's terms are among its text's: a story's topic words beyond its titles' are some member's text)
  return w.namelessGroup > 0 && names.count === 0 && text.count >= w.namelessGroup && text.size > title.size;
}

/** Whether a story's articles that have something in a space (two or more) share nothing there among themselves,
 * or only one of its articles (of `silentAlone` or more) has anything there: no two of them agree on a key. */
function sharesNothing(s: StoryLike, space: Space, w: ClusterWeights): boolean {
  const c = s.centroids[space];
  // (every article has topic words: their count is the story's size)
  if (c.count === 1) return w.silentAlone > 0 && s.centroids.text.count >= w.silentAlone;
  return c.count >= 2 && (c.cohesion ?? 1) <= w.silentCohesion;
}

/** The spaces of SILENT_SPACES in which either story has shown nothing of its own (`sharesNothing`), when the two
 * stories' names agree as one story's do (relative cosine `silentNames`) and either has no publication day: their
 * relative cosine, when lower, is raised to what a space left out counts (`absentMerge`), in `cosines`. */
function silentSpaces(a: StoryLike, b: StoryLike, cosines: Partial<Record<Space, number>>, w: ClusterWeights): Score['silent'] {
  if (w.silentCohesion < 0 || w.absentMerge < 0 || (cosines.names ?? 0) < w.silentNames) return undefined;
  // between dated stories, no: short wire items of different news share no figures either, and their names' generic
  // heads ("Company", "Inc", "Agriculture Department") agree (read on Reuters' first 3,000: 14 stories fewer, most worse)
  if (a.firstTime !== null && b.firstTime !== null) return undefined;
  let out: Score['silent'];
  for (const space of SILENT_SPACES) {
    const c = cosines[space];
    if (c === undefined || c >= w.absentMerge) continue;
    const quiet = sharesNothing(a, space, w) ? a : sharesNothing(b, space, w) ? b : null;
    if (!quiet) continue;
    cosines[space] = w.absentMerge;
    (out ??= []).push({ space, articles: quiet.centroids[space].count, of: quiet.centroids.text.count });
  }
  return out;
}

/** Whether a story names a key as its own (`namesAsOwn`). */
function namedIn(s: StoryLike, w: ClusterWeights): (key: string) => boolean {
  return (key) => namesAsOwn(s.centroids.names, idIn('names', key), w);
}

/** Whether a story names a key as its own: its members' mean weight of it reaches `leadNamedWeight` (a roundup
 * naming many companies, one member of a company's story, names none of them for the story: "U.S. CAR SALES UP
 * 6.7 PCT" held GM's and American Motors' flash groups together). */
function namesAsOwn(c: Scorable, key: number, w: ClusterWeights): boolean {
  return c.count > 0 && c.weightOf(key) / c.count >= w.leadNamedWeight;
}

// storyToStory's steps, as functions rather than closures made per call (it runs for every candidate pair)

/** The two stories' mean cosine in a space relative to their cohesions, into `cosines` (nothing when either is
 * empty there); returns the mean cosine itself (undefined then), which the lead subjects' rescue reads as it is
 * (it was worked out again for them: two more products of the sums per pair with leads). */
function relative(a: StoryLike, b: StoryLike, s: Space, w: ClusterWeights, cosines: Partial<Record<Space, number>>): number | undefined {
  const ca = a.centroids[s];
  const cb = b.centroids[s];
  if (!ca.count || !cb.count) return undefined;
  const mean = ca.meanWithCentroid(cb);
  const norm = Math.sqrt(cohesion(ca, w.cohesionPrior, w.cohesionPseudo) * cohesion(cb, w.cohesionPrior, w.cohesionPseudo));
  cosines[s] = Math.min(1, norm > 0 ? mean / norm : 0);
  return mean;
}

/** A space's relative cosine, or what an absent one counts as (at most 1 when it is left out). */
function known(cosines: Partial<Record<Space, number>>, s: Space, w: ClusterWeights): number {
  return cosines[s] ?? (w.absentMerge >= 0 ? w.absentMerge : 1);
}

/** The most a story pair can score with its topic cosine known, its names' counted as `names`. */
function mergeCeiling(cosines: Partial<Record<Space, number>>, names: number, gate: number, t: number, knee: number, w: ClusterWeights): number {
  let total = 0;
  for (const s of SPACES) total += w[s];
  return ((w.text * known(cosines, 'text', w) + w.names * names + (total - w.text - w.names)) / total) * gate * t * Math.min(1, (cosines.text ?? 0) / knee);
}

/** Keys (ids) both sides hold, strongest shared contribution first, ties by key text. */
export function sharedKeys(a: ReadVec, b: ReadVec, k: number): number[] {
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  // the shared keys and their products gathered in a scratch, in the smaller side's order, and ranked there
  // (topKeysOf: the order the sort of [key, product] pairs gave, by product then key text -- a total order, so the
  // same first k): no pair per shared key, no sort of them all, no iterator result per key of a centroid's sums
  // (a reason is written for every membership and every merge: all of Reuters asks 62,645 times, for 601,320 shared keys)
  if (sharedIds.length < small.size) {
    sharedIds = new Int32Array(2 * small.size);
    sharedProducts = new Float64Array(2 * small.size);
  }
  let n = 0;
  if (small instanceof Sums) {
    const count = small.entryCount();
    const keys = small.entryKeys();
    const weights = small.entryWeights();
    for (let i = 0; i < count; i++) {
      const key = keys[i];
      if (key < 0) continue; // deleted
      const o = big.get(key);
      if (o === undefined) continue;
      sharedIds[n] = key;
      sharedProducts[n++] = weights[i] * o;
    }
  } else {
    const weights = small.values();
    for (const key of small.keys()) {
      const w = weights.next().value as number;
      const o = big.get(key);
      if (o === undefined) continue;
      sharedIds[n] = key;
      sharedProducts[n++] = w * o;
    }
  }
  return topKeysOf(sharedIds, sharedProducts, n, k);
}
let sharedIds = new Int32Array(256);

/** sharedKeys(unit.map, sum, k), from the unit's arrays (a packed document's units have no Map): the same walk of
 * the smaller side, the unit's when they are as large, each key looked up in the other (the unit's weights are
 * positive: 0 from its dense array is a key it does not hold). */
export function sharedUnitKeys(unit: Unit, sum: Sums, k: number): number[] {
  const n = Math.min(unit.keys.length, sum.size);
  if (sharedIds.length < n) {
    sharedIds = new Int32Array(2 * n);
    sharedProducts = new Float64Array(2 * n);
  }
  let m = 0;
  if (unit.keys.length <= sum.size) {
    const { keys, weights } = unit;
    for (let i = 0; i < keys.length; i++) {
      const e = sum.entryOf(keys[i]);
      if (e < 0) continue;
      sharedIds[m] = keys[i];
      sharedProducts[m++] = weights[i] * sum.entryWeights()[e];
    }
  } else {
    const count = sum.entryCount();
    const keys = sum.entryKeys();
    const weights = sum.entryWeights();
    for (let i = 0; i < count; i++) {
      const key = keys[i];
      if (key < 0) continue; // deleted
      const o = unitWeight(unit, key);
      if (o === 0) continue;
      sharedIds[m] = key;
      sharedProducts[m++] = weights[i] * o;
    }
  }
  return topKeysOf(sharedIds, sharedProducts, m, k);
}
let sharedProducts = new Float64Array(256);
