// Why: the reason string of a membership, and what holds a finished story together — in the words the
// articles use (surface forms), not stems.
import { mentionLabel } from './days.ts';
import { dateLabel, surfaceForm, termSurface, type DocFeatures } from './features.ts';
import { sharedKeys, sharedUnitKeys, type DocUnits, type Score } from './similarity.ts';
import { idIn, keyIn, stemOfKeyId, type Space, type StoryLike } from './story.ts';
import { topEntries, topKeys, unitWeight, type ReadVec } from './vector.ts';
import { TermCounts } from '../common/term-counts.ts';
import { lowerCase } from '../common/normalize.ts';

const LABEL: Record<Space, string> = { text: 'text', title: 'title', names: 'names', numbers: 'figures', dates: 'dates' };

/** The feature record of a score: cosines, gate, time factor, combined value (rounded for output). */
export function scoreFeatures(score: Score): Record<string, number> {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const out: Record<string, number> = {};
  // (a space neither side has anything in: no key, or its key held undefined)
  for (const [s, c] of Object.entries(score.cosines)) if (c !== undefined) out[s] = r(c);
  if (score.gate < 1) out.gate = r(score.gate);
  if (score.lead) out.lead = r(score.lead.factor);
  if (score.time < 1) out.time = r(score.time);
  out.combined = r(score.value);
  return out;
}

/** How a document writes a space's key (`id` its key id: a term's stem id is read off it). */
function surfaceOf(space: Space, id: number, f: Pick<DocFeatures, 'terms' | 'surface'>): string {
  const key = keyIn(space, id);
  if (space === 'names') return surfaceForm(f.surface.names, key) ?? key;
  if (space === 'text') return termSurface(f, key, stemOfKeyId(id)) ?? key;
  if (space === 'numbers') return key.slice(1);
  if (space === 'dates') return dateLabel(key);
  return key;
}

/** The similarity in the spaces a reader knows: "title 0.42, text 0.61, names 0.30". */
function cosineSummary(score: Score): string {
  return (['title', 'text', 'names'] as Space[])
    .filter((s) => score.cosines[s] !== undefined)
    .map((s) => `${LABEL[s]} ${(score.cosines[s] as number).toFixed(2)}`)
    .join(', ');
}

/** "title 0.42, text 0.61; names: Lukashenko, Minsk; dates: December 19; terms: summit". */
export function describeScore(score: Score, v: DocUnits, f: DocFeatures, story: StoryLike, lead = ''): string {
  const parts: string[] = [];
  const cos = cosineSummary(score);
  if (cos) parts.push(cos);
  for (const [space, k] of [
    ['names', 4],
    ['numbers', 3],
    ['dates', 3],
    ['text', 4],
  ] as Array<[Space, number]>) {
    const shared = sharedUnitKeys(v[space], story.centroids[space].sum, k + (space === 'text' ? 4 : 0))
      .map((id) => surfaceOf(space, id, f))
      // topic terms already shown as names are not repeated
      // (a document with no names holds none of them: nothing asked; a surface written in lower case, most are, is
      // its own lower case: not copied, and the memo's look-up hashes the surface's own string)
      .filter((s, i, all) => all.indexOf(s) === i && (space !== 'text' || v.names.keys.length === 0 || unitWeight(v.names, idIn('names', lowerCase(s))) === 0))
      .slice(0, k);
    if (shared.length) parts.push(`${space === 'text' ? 'terms' : LABEL[space]}: ${shared.join(', ')}`);
  }
  if (score.gate < 1) parts.push(`few shared names: score x${score.gate.toFixed(2)}`);
  if (score.lead) parts.push(leadReason(score.lead));
  if (score.silent) parts.push(silentReason(score.silent));
  const time = describeTime(score);
  if (time) parts.push(time);
  if (score.conflict) parts.push(`${conflictReason(score.conflict)}: score x${score.conflict.factor.toFixed(2)}`);
  if (score.figures) parts.push(figuresReason(score.figures));
  if (score.headline !== undefined) parts.push(headlineReason(score));
  return lead + parts.join('; ');
}

/** "an undated headline alone: figures, dates it or the story leaves out count 0.30". */
export function headlineReason(score: Score): string {
  const out = (['names', 'numbers', 'dates'] as Space[]).filter((s) => score.cosines[s] === undefined).map((s) => LABEL[s]);
  return `an undated headline alone: ${out.join(', ')} it or the story leaves out count ${(score.headline as number).toFixed(2)}`;
}

/** "its figures 5.6 magnitude meet none of the story's (5.9 magnitude, 6.1 magnitude): another event: score x0.50". */
export function figuresReason(figures: NonNullable<Score['figures']>): string {
  return `its figures ${figures.mine.join(', ')} meet none of the story's (${figures.theirs.join(', ')}): another event: score x${figures.factor.toFixed(2)}`;
}

/** "the 2 articles of one side share no figures among themselves: figures counted as not known"; "only 1 of the 5
 * articles of one side gives figures: ...". */
export function silentReason(silent: NonNullable<Score['silent']>): string {
  return silent
    .map(({ space, articles, of }) => {
      const side =
        articles === 1
          ? `only 1 of the ${of} articles of one side gives ${LABEL[space]}`
          : `the ${articles} articles of one side share no ${LABEL[space]} among themselves`;
      return `${side}: ${LABEL[space]} counted as not known`;
    })
    .join('; ');
}

/** "other lead subjects (gecc / merrill, 0% agree): score x0.50". */
export function leadReason(lead: NonNullable<Score['lead']>): string {
  return `other lead subjects (${lead.mine || '?'} / ${lead.theirs || '?'}, ${Math.round(lead.agreement * 100)}% agree): score x${lead.factor.toFixed(2)}`;
}

/** "published 54 days apart; one side names March 4, 2009, which counts as 2 days from the other's: score x1.00". */
export function describeTime(score: Score): string {
  const gap = score.gap;
  if (!gap) return score.time < 1 ? `far apart in time: score x${score.time.toFixed(2)}` : '';
  const apart = `published ${Math.round(gap.published)} days apart`;
  const factor = `score x${score.time.toFixed(2)}`;
  if (!gap.via) return `${apart}: ${factor}`;
  const label = mentionLabel(gap.via.day, gap.via.precision);
  return `${apart}; one side names ${label}, which counts as ${Math.round(gap.days)} days from the other's: ${factor}`;
}

/** Why two stories are linked: the names, dates and terms their members share, and how far apart they are. */
export function describeStories(score: Score, a: StoryLike, b: StoryLike, members: DocFeatures[]): string {
  const parts: string[] = [];
  const cos = cosineSummary(score);
  if (cos) parts.push(cos);
  for (const [space, k] of [
    ['names', 4],
    ['dates', 2],
    ['text', 4],
  ] as Array<[Space, number]>) {
    const shared = sharedKeys(a.centroids[space].sum, b.centroids[space].sum, k + 4)
      .map((id) => storySurface(space, id, keyIn(space, id), members))
      .filter((s, i, all) => all.indexOf(s) === i && (space !== 'text' || !namedBy(members, lowerCase(s))))
      .slice(0, k);
    if (shared.length) parts.push(`${space === 'text' ? 'terms' : LABEL[space]}: ${shared.join(', ')}`);
  }
  if (score.lead) parts.push(leadReason(score.lead));
  if (score.silent) parts.push(silentReason(score.silent));
  const time = describeTime(score);
  if (time) parts.push(time);
  if (score.conflict) parts.push(conflictReason(score.conflict));
  return parts.join('; ');
}

/** Whether a member names `lower` (a lower-cased form: asked once, not once per member). */
function namedBy(members: DocFeatures[], lower: string): boolean {
  return members.some((f) => f.names.has(lower));
}

/** The year veto's why: the later side's year, and the earlier side's latest year named or published. */
function conflictReason(c: NonNullable<Score['conflict']>): string {
  return c.published
    ? `one side's articles were written from ${c.year} on, the other's published by ${c.before}`
    : `one side's articles agree on ${c.year}, the other's mention nothing after ${c.before}`;
}

/** Surface form most members use for a key of a space (`id`, its key id). */
function storySurface(space: Space, id: number, key: string, members: DocFeatures[]): string {
  if (space === 'numbers' || space === 'dates') return surfaceOf(space, id, members[0]);
  const counts = new Map<string, number>();
  const stem = space === 'names' ? -1 : stemOfKeyId(id);
  for (const f of members) countForm(space, key, counts, f, stem);
  return commonestForm(space, key, counts);
}

/** The form most members write a key in (`counts`: form -> members writing it), the key itself when none does. */
function commonestForm(space: Space, key: string, counts: Map<string, number>): string {
  let best = key;
  let n = 0;
  for (const s of counts.keys()) {
    const c = counts.get(s) as number;
    // prefer the lower-case form of a common word: a capital is usually just sentence-initial
    if (c > n || (c === n && s < best)) {
      best = s;
      n = c;
    }
  }
  // (the lower-case forms gathered only for a best form that is not one: most are)
  if (space === 'text' && best !== best.toLowerCase()) {
    const lower = [...counts.keys()].filter((s) => s === s.toLowerCase());
    if (lower.length) {
      const l = lower.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0];
      if ((counts.get(l) ?? 0) * 3 >= n) best = l;
    }
  }
  return best;
}

/** How many members hold a key of a space and, for names and terms, once `least` of them do, the forms the
 * holders write it in (form -> members writing it; null for the other spaces, and for a key fewer hold): one walk for what `holding` and
 * `storySurface` each walk; `storySurface`'s forms are the holders' and then the others' (`withOthersForms`, read
 * only for a key held by `least` members, listed), never read for one held by fewer. */
function heldAndWritten(space: Space, id: number, key: string, members: DocFeatures[], least: number): { n: number; forms: Map<string, number> | null } {
  if (space !== 'names' && space !== 'text') return { n: holding(space, key, members), forms: null };
  // made once `least` members hold the key (most keys ranked are held by fewer, and read no forms)
  let forms: Map<string, number> | null = null;
  // the holder met before `least` holders (least is 1 or 2): its form read when it is reached
  let early: DocFeatures | null = null;
  let n = 0;
  // a term's stem id looked up once, not once per member's counts, and by its key's id (story.ts stemOfKeyId)
  const stem = space === 'names' ? -1 : stemOfKeyId(id);
  for (const f of members) {
    if (!holds(space, f, stem, key)) continue;
    n++;
    if (n < least) {
      early = f;
      continue;
    }
    forms ??= new Map();
    if (n === least && early) countForm(space, key, forms, early, stem);
    countForm(space, key, forms, f, stem);
  }
  return { n, forms };
}

/** Whether a member's names (or term counts, by `stem` when they are a TermCounts) hold a key of names or text. */
function holds(space: Space, f: DocFeatures, stem: number, key: string): boolean {
  const counts = space === 'names' ? f.names : f.terms;
  return counts instanceof TermCounts ? stem >= 0 && counts.hasId(stem) : counts.has(key);
}

/** The holders' forms (`heldAndWritten`) with those of the members that do not hold the key, walked again for the
 * few keys listed (a form counted is a form counted: commonestForm's choice does not depend on the order they
 * come in). The others were gathered in a list for every key ranked, listed or not. */
function withOthersForms(space: 'names' | 'text', id: number, key: string, forms: Map<string, number>, members: DocFeatures[]): Map<string, number> {
  const stem = space === 'names' ? -1 : stemOfKeyId(id);
  for (const f of members) if (!holds(space, f, stem, key)) countForm(space, key, forms, f, stem);
  return forms;
}

/** One more member writing a key of names or text its way (`stem`: a term's stem id, -1 for a name). */
function countForm(space: Space, key: string, forms: Map<string, number>, f: DocFeatures, stem: number): void {
  const s = space === 'names' ? surfaceForm(f.surface.names, key) : termSurface(f, key, stem);
  if (s) forms.set(s, (forms.get(s) ?? 0) + 1);
}

function holding(space: Space, key: string, members: DocFeatures[]): number {
  const m = space === 'names' ? 'names' : space === 'text' ? 'terms' : space;
  let n = 0;
  for (const f of members) if ((f[m as 'names' | 'terms' | 'numbers' | 'dates'] as Map<string, number>).has(key)) n++;
  return n;
}

/** What holds a story together: its strongest names, figures, dates and topic terms, with how many articles share each. */
export function storyWhy(centroids: Record<Space, { sum: ReadVec }>, members: DocFeatures[], limits: { whyTerms: number; whyNames: number }): string[] {
  const total = members.length;
  const out: string[] = [];
  const seen = new Set<string>();
  const minShare = total > 1 ? 2 : 1;
  const pick = (space: Space, k: number, kind: string) => {
    let taken = 0;
    for (const id of topKeys(centroids[space].sum, k * 4)) {
      if (taken >= k) break;
      const key = keyIn(space, id);
      const { n, forms } = heldAndWritten(space, id, key, members, minShare);
      if (n < minShare) continue;
      const surface = forms
        ? commonestForm(space, key, withOthersForms(space as 'names' | 'text', id, key, forms, members))
        : storySurface(space, id, key, members);
      // lower-cased once (a copy each call, but of a surface already in lower case): the name check asked it again of every member
      const lower = lowerCase(surface);
      if (seen.has(lower)) continue;
      seen.add(lower);
      // a topic term that the articles write as a name ("Minsk") is listed as one
      const isName = space === 'text' && namedBy(members, lower);
      // joined, not a template: V8 keeps a template's parts as a tree of string pieces until the string is read
      // whole, and a story's why lines are held until its account is done (~150 bytes a line, r4k)
      out.push([surface, ' (', isName ? 'name' : kind, ', ', n, '/', total, ')'].join(''));
      taken++;
    }
  };
  pick('names', limits.whyNames, 'name');
  pick('dates', 2, 'date');
  pick('numbers', 2, 'figure');
  pick('text', limits.whyTerms, 'term');
  return out;
}

/** Names, figures and dates most of one group's articles give and few of the other's (a key at least
 * `SPLIT_SHARE.own` of `own` hold and under `SPLIT_SHARE.other` of `other`), strongest first. */
const SPLIT_SHARE = { own: 0.5, other: 0.25, keys: 4 };

function distinctKeys(own: { centroids: Record<Space, { sum: ReadVec }> }, mine: DocFeatures[], theirs: DocFeatures[]): string[] {
  const out: string[] = [];
  for (const space of ['names', 'numbers', 'dates'] as Space[]) {
    for (const [id] of topEntries(own.centroids[space].sum, SPLIT_SHARE.keys * 4)) {
      if (out.length >= SPLIT_SHARE.keys) return out;
      const key = keyIn(space, id);
      const n = holding(space, key, mine);
      if (n < SPLIT_SHARE.own * mine.length || holding(space, key, theirs) >= SPLIT_SHARE.other * theirs.length) continue;
      const surface = storySurface(space, id, key, mine);
      if (!out.includes(surface)) out.push(`${surface} ${n}/${mine.length}`);
    }
  }
  return out;
}

/** Why a story was split: the two groups' score as stories against the merge threshold, and what each names that the other does not. */
export function describeSplit(
  score: Score,
  threshold: number,
  moved: { story: { centroids: Record<Space, { sum: ReadVec }> }; members: DocFeatures[] },
  left: { story: { centroids: Record<Space, { sum: ReadVec }> }; members: DocFeatures[] },
): string {
  const parts = [
    `the ${moved.members.length} split off and the ${left.members.length} left score ${score.value.toFixed(2)} < merge ${threshold.toFixed(2)} as two stories`,
  ];
  const cos = cosineSummary(score);
  if (cos) parts.push(cos);
  const mine = distinctKeys(moved.story, moved.members, left.members);
  const theirs = distinctKeys(left.story, left.members, moved.members);
  if (mine.length) parts.push(`these name ${mine.join(', ')}`);
  if (theirs.length) parts.push(`the others ${theirs.join(', ')}`);
  return parts.join('; ');
}
