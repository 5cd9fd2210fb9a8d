// Cluster stage: documents -> stories, online (after Miranda et al. 2018, "Multilingual Clustering of
// Streaming News"). Documents arrive in time order; each is compared with the candidate stories the
// inverted index finds, on several features (topic terms, title, names, figures, dates, time), and joins
// the best one when the combined similarity reaches the join threshold (set for precision), else opens a
// story. A merge pass then joins stories the online pass split, judging two stories by how alike their
// members are relative to each story's own cohesion (only mutual best partners; a year veto keeps apart two
// events of one kind years apart). A refinement pass moves documents that joined too early to the story
// they are now closer to, and the merge runs once more. Every decision is recorded in the member's `reason`.
import { createHash } from 'node:crypto';
import type { Membership, StoryGroup, StorylineLink, ClusterDocument } from '../model.ts';
import { StoryIndex } from './candidates.ts';
import { countMentions, emptyMentioned, type TimeSide } from './days.ts';
import { describeScore, describeSplit, describeStories, figuresReason, leadReason, scoreFeatures, storyWhy } from './explain.ts';
import { type MergeHost, MergeScores, mergeStories } from './merge.ts';
import { linkStorylines, type Storylines } from './storylines.ts';
import { CASELESS_REASON, documentFeatures, type DocFeatures } from './features.ts';
import { eventlessReason } from './page-kinds.ts';
import { OnlineIdf } from './idf.ts';
import { PackedVectors } from './packed-vectors.ts';
import { docToStory, docUnits, storyWithout, unreadPair, type DocUnits, type Score } from './similarity.ts';
import { findSplit, scratchStory, type SplitMemo } from './split.ts';
import { countKeys, docKeyIds, Story, type DocKeyIds, type DocVectors, type StoryLike } from './story.ts';
import { holdVocabulary, vocabularyGeneration } from './vocab.ts';
import { LIMITS, WEIGHTS, type ClusterWeights } from './weights.ts';
import { storedInstant } from '../common/date-bound.ts';

export { WEIGHTS, LIMITS } from './weights.ts';
export type { ClusterWeights } from './weights.ts';

/** What a storyline shows of a story it does not describe in full; the story base reads it from the story's
 * stored row, so a partner the batch left alone needs none of its members. */
export interface StoryHead {
  id: string;
  title: string;
  /** its first publication date */
  start: string | null;
  /** its first member's arrival position */
  first: number;
}

/** The members a storyline link's reason reads of one story: all of a small one, else the earliest and latest
 * halves of `limit` by arrival position. */
export function linkSample(story: Story, limit: number): number[] {
  const sorted = story.members.slice().sort((a, b) => a - b);
  if (sorted.length <= limit) return sorted;
  const half = Math.ceil(limit / 2);
  return [...sorted.slice(0, half), ...sorted.slice(sorted.length - (limit - half))];
}

export interface ClusterOptions {
  weights?: Partial<ClusterWeights>;
  limits?: Partial<typeof LIMITS>;
  /** skip the merge pass (to measure the online pass alone) */
  noMerge?: boolean;
  /** member pairs' similarities kept between split checks of the same stories (split.ts; the story base's) */
  splitMemo?: SplitMemo;
  /** a document's features when they were worked out already (on the worker thread that prepared it); else
   * undefined, and they are worked out here. Their key ids are made here, in arrival order (vocab.ts). */
  features?: (doc: ClusterDocument) => DocFeatures | undefined;
  /** filled with the kind of each page that tells no event (DocFeatures.eventless), by document id: the report's
   * note on the page says why it stands apart (pipeline.ts) */
  pageKinds?: Map<string, string>;
}

const DAY = 86_400_000;

/** Arrival order: by publication date; an undated document keeps its place after the dated one before it in the input. */
export function arrivalOrder(docs: ClusterDocument[]): number[] {
  const byInput = docs.map((_, i) => i).sort((a, b) => docs[a].order - docs[b].order || a - b);
  const key = new Map<number, number>();
  let last = -Infinity;
  for (const i of byInput) {
    const t = storedInstant(docs[i].published);
    if (t !== null) last = t;
    key.set(i, t ?? last);
  }
  return byInput.slice().sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || docs[a].order - docs[b].order || a - b);
}

export interface Arrived {
  doc: ClusterDocument;
  features: DocFeatures;
  vectors: DocVectors;
  /** its publication day and the days its text names, as one side of a time distance */
  when: TimeSide;
  /** its vectors as units, read without making their Maps (a document the clusterer packed); else docUnits(vectors) */
  units?: () => DocUnits;
}

/** An arrived document's units: from its packed entries when it has them. */
function unitsOf(a: Arrived): DocUnits {
  return a.units ? a.units() : docUnits(a.vectors);
}

/** A document's side of a time distance: its publication day and the days its text names. */
export function whenOf(features: DocFeatures): TimeSide {
  // most articles name no day: they share one empty record (it is only read)
  if (features.mentions.length === 0) return { firstTime: features.time, lastTime: features.time, mentioned: NO_MENTIONS };
  const mentioned = emptyMentioned();
  countMentions(mentioned, features.mentions, 1);
  return { firstTime: features.time, lastTime: features.time, mentioned };
}
const NO_MENTIONS = emptyMentioned();

/**
 * A document as the clusterer keeps it once it has arrived: its vectors packed, as only refinement, merges
 * and story titles read them again (a few times each). Packed, they take a third of the memory (on all of
 * Reuters, about 60 MB less through clustering, the stage that needs the most). A class, not an object literal
 * with a getter and a closure: those were three more objects a document, held to the end of the stage.
 */
class KeptArrival implements Arrived {
  constructor(
    readonly doc: ClusterDocument,
    readonly features: DocFeatures,
    readonly when: TimeSide,
    private readonly packed: PackedVectors,
    private readonly n: number,
  ) {}

  get vectors(): DocVectors {
    return this.packed.get(this.n, this.features.lead);
  }

  units(): DocUnits {
    return this.packed.units(this.n, this.features.lead);
  }
}

/** The online pass: one document at a time, in arrival order. */
export class StoryClusterer implements MergeHost {
  readonly weights: ClusterWeights;
  readonly limits: typeof LIMITS;
  readonly splitMemo?: SplitMemo;
  private readonly pageKinds?: Map<string, string>;
  readonly mergeScores = new MergeScores();
  readonly stories: Story[] = [];
  readonly arrived: Arrived[] = [];
  private idf = new OnlineIdf();
  private packedVectors = new PackedVectors();
  private index: StoryIndex;
  /** every live story under its current keys, for the merge, refinement and storyline passes: kept up to
   * date by re-posting the stories changed since it was last used (building it afresh for each pass posted
   * every story held, a tenth of the clustering time) */
  private live: StoryIndex;
  private liveVersions = new Map<Story, number>();
  private active = new Set<Story>();
  private nextKey = 0;
  /** the key table's generation its ids are of (vocab.ts): a run must hold the table */
  private readonly generation = vocabularyGeneration();

  constructor(options: ClusterOptions = {}) {
    this.weights = { ...WEIGHTS, ...options.weights };
    this.limits = { ...LIMITS, ...options.limits };
    this.splitMemo = options.splitMemo;
    this.pageKinds = options.pageKinds;
    this.index = new StoryIndex(this.limits);
    this.live = new StoryIndex(this.limits);
  }

  /** The index of every live story, brought up to date (what a fresh index of them would hold). */
  liveIndex(): StoryIndex {
    for (const s of this.stories) {
      if (s.mergedInto) {
        if (this.liveVersions.delete(s)) this.live.remove(s);
      } else if (this.liveVersions.get(s) !== s.version) {
        this.live.post(s);
        this.liveVersions.set(s, s.version);
      }
    }
    return this.live;
  }

  /** Add one document: it joins the best candidate story or opens a new one. Returns its membership. `read`: the
   * document's features and key ids when the caller worked them out already (the story base reads them to look
   * up candidate stories first), so they are not read twice. */
  add(doc: ClusterDocument, read?: { features: DocFeatures; ids: DocKeyIds }): Membership {
    this.sameTable();
    const position = this.arrived.length;
    const features = read?.features ?? documentFeatures(doc);
    const ids = read?.ids ?? docKeyIds(features);
    countKeys(this.idf, ids);
    // its vectors weighed straight into the packed blocks (docVectors' weights, no Maps)
    const packed = this.packedVectors.addWeighed(features, this.idf, ids);
    const when = whenOf(features);
    this.arrived.push(new KeptArrival(doc, features, when, this.packedVectors, packed));
    if (position % this.limits.sweepEvery === 0) this.sweep(position, features.time);

    let best: Story | null = null;
    let bestScore: Score | null = null;
    // its units read from its packed entries (views: no arrays copied from the Maps)
    const units = this.packedVectors.units(packed, features.lead);
    for (const story of this.index.candidates(units)) {
      // a story that cannot beat the best so far is not scored in full
      const score = docToStory(units, when, story, this.weights, bestScore?.value ?? 0);
      if (score.pruned) continue;
      if (!bestScore || score.value > bestScore.value) [best, bestScore] = [story, score];
    }
    let membership: Membership;
    let story: Story;
    // a page that tells no event says so: none of its topic words were compared (page-kinds.ts)
    // and a page in a script without capitals that its names were not read (features.ts caselessProse)
    const kind = features.eventless ? `; ${eventlessReason(features.eventless)}` : features.caseless ? `; ${CASELESS_REASON}` : '';
    if (best && bestScore && bestScore.value >= this.weights.join) {
      story = best;
      membership = {
        document: doc.id,
        similarity: round(bestScore.value),
        features: scoreFeatures(bestScore),
        reason: `${describeScore(bestScore, units, features, best)}${kind}`,
      };
    } else {
      story = new Story(this.nextKey++);
      this.stories.push(story);
      this.active.add(story);
      // a story the lead subjects or another event's figures kept it from says so ("other lead subjects (gecc /
      // merrill, 0% agree): score x0.50"; "its figures 5.5 magnitude meet none of the story's (6.9 magnitude): ...")
      const kept = [bestScore?.lead && leadReason(bestScore.lead), bestScore?.figures && figuresReason(bestScore.figures)].filter(Boolean).join('; ');
      const closest = bestScore ? `; closest story ${bestScore.value.toFixed(2)} < join ${this.weights.join.toFixed(2)}${kept ? ` (${kept})` : ''}` : '';
      membership = { document: doc.id, similarity: 1, features: {}, reason: `opened the story${kind}${closest}` };
    }
    if (features.eventless) this.pageKinds?.set(doc.id, features.eventless);
    story.add(position, units, features.time, membership, this.limits.centroidTerms, features.mentions, features.nameBlind);
    // a story's strongest terms settle as it grows: re-post often while small, then every 8th member
    if (story.members.length <= 8 || story.members.length % 8 === 0) this.index.post(story);
    return membership;
  }

  /**
   * Go on with a stream stored earlier (the story base, cluster/state.ts): the document frequencies so far,
   * and the arrival position and story key the next document and story take. Stored stories come back with `adopt`.
   */
  resume(idf: OnlineIdf, nextPosition: number, nextKey: number): void {
    this.idf = idf;
    this.arrived.length = Math.max(this.arrived.length, nextPosition);
    this.nextKey = Math.max(this.nextKey, nextKey);
  }

  /** Take back a stored story with its members (at their arrival positions); an active one can take new members. */
  adopt(story: Story, members: Array<[number, Arrived]>): void {
    this.sameTable();
    for (const [p, a] of members) this.arrived[p] = a;
    this.stories.push(story);
    if (story.active) {
      this.active.add(story);
      this.index.post(story);
    }
  }

  /** Ids it holds mean other keys once the table was cleared (vocab.ts): a run that let that happen is a bug. */
  private sameTable(): void {
    if (vocabularyGeneration() !== this.generation) throw new Error('the clustering key table was cleared while a clusterer held its ids');
  }

  /** Stories still in the candidate set. */
  get activeStories(): number {
    return this.active.size;
  }

  /** Stories with no new member for a while leave the candidate set. */
  private sweep(position: number, time: number | null): void {
    for (const story of [...this.active]) {
      const idleDocs = position - story.lastSeen > this.limits.idleDocs;
      const idleDays = time !== null && story.lastTime !== null && time - story.lastTime > this.limits.idleDays * DAY;
      if (idleDocs || idleDays) {
        this.index.remove(story);
        this.active.delete(story);
        story.active = false;
      }
    }
  }

  /** Merge pass (src/cluster/merge.ts): join stories the online pass split; with `changed`, only around those. */
  merge(changed?: Set<Story>): void {
    this.sameTable();
    mergeStories(this, changed);
  }

  /** One merge of the merge pass: `gone` joins `keep`, its members with the reason. */
  joined(keep: Story, gone: Story, score: Score): void {
    this.noteMerge(keep, gone, score);
    keep.absorb(gone, this.limits.centroidTerms);
    this.index.remove(gone);
    this.active.delete(gone);
    if (keep.active) this.index.post(keep);
  }

  /**
   * Refinement pass: a document that joined a story early, before the story of its own event existed,
   * moves to the story it is now closer to (scored against its own story without itself).
   * One candidate lookup per document: cost stays linear. With `near`, only the members of the stories that
   * changed in the last round look again (measured: looking at their neighbours' members too changes nothing).
   * With `from`, only documents that arrived at that position or later (a stream's settled past stays put).
   */
  refine(near?: Set<Story>, from = 0): Set<Story> {
    this.sameTable();
    const changed = new Set<Story>();
    const index = this.liveIndex();
    const live = this.stories.filter((s) => !s.mergedInto);
    // (a story merged since is looked at as the story it went into)
    let scope: Set<Story> | null = null;
    if (near) {
      scope = new Set<Story>();
      for (let s of near) {
        while (s.mergedInto) s = s.mergedInto;
        scope.add(s);
      }
    }
    // only the positions the loop visits (from `from` on) of the stories it looks at: a resumed stream holds
    // every member of every story taken back, most of them settled (mapping them all grew with the base)
    const storyOf = new Map<number, Story>();
    for (const s of scope ?? live) for (const p of s.members) if (p >= from) storyOf.set(p, s);
    // positions in order, holes skipped (a resumed stream holds only its stories' members); a member is read
    // only once it is known to look again (a stored one is restored on first use)
    for (let p = Math.max(0, from); p < this.arrived.length; p++) {
      if (!(p in this.arrived)) continue;
      // (not mapped: its story is outside the scope)
      const own = storyOf.get(p);
      if (!own || own.members.length < 2 || (scope && !scope.has(own))) continue;
      const arrival = this.arrived[p];
      const { features, when } = arrival;
      // its units alone: the Maps of its vectors are made only if it moves
      const units = unitsOf(arrival);
      // the stories that could take it first, each at the join threshold's floor: the best of those above it is the
      // best above its own story's score too, when any beats that. Its own story without it is read only when one
      // reaches the threshold (measured on all of Reuters: about one document in five; the rest cannot move)
      let best: Story | null = null;
      let bestScore: Score | null = null;
      for (const s of index.candidates(units, own)) {
        if (s.mergedInto || s.members.length === 0) continue;
        const score = docToStory(units, when, s, this.weights, Math.max(bestScore?.value ?? 0, this.weights.join));
        if (score.pruned) continue;
        if (!bestScore || score.value > bestScore.value) [best, bestScore] = [s, score];
      }
      if (!best || !bestScore || bestScore.value < this.weights.join) continue;
      // its own story is read without it, not changed: most members stay (its mentions are a few counts)
      countMentions(own.mentioned, features.mentions, -1);
      const stay = docToStory(units, when, storyWithout(own, units), this.weights);
      countMentions(own.mentioned, features.mentions, 1);
      const moved = bestScore.value > stay.value && bestScore.value >= stay.value + this.weights.refineMargin;
      if (moved) {
        // moving adds it like any new member (its units: no Maps made)
        const membership = own.removeMember(p, units, features.mentions, features.nameBlind);
        best.add(p, units, features.time, membership, this.limits.centroidTerms, features.mentions, features.nameBlind);
        membership.similarity = round(bestScore.value);
        membership.features = scoreFeatures(bestScore);
        membership.reason = `moved here in the refinement pass (own story without it ${stay.value.toFixed(2)}): ${describeScore(bestScore, units, features, best)}`;
        storyOf.set(p, best);
        changed.add(best).add(own);
        own.resetPeriod(own.members.map((q) => this.arrived[q].features.time));
        index.post(best);
        index.post(own);
      }
    }
    return changed;
  }

  /**
   * Split check (src/cluster/split.ts): a story whose members form two groups the merge pass would not join
   * keeps the group holding its earliest member; the other opens a story. With `only`, just those stories.
   * Returns the stories changed (both sides of each split).
   */
  split(only?: Iterable<Story>): Set<Story> {
    this.sameTable();
    const changed = new Set<Story>();
    const scope = only ? [...only] : this.stories.slice();
    for (const story of scope) {
      if (story.mergedInto) continue;
      const found = findSplit(this, story);
      if (!found) continue;
      const first = Math.min(...story.members);
      const [kept, gone] = found.parts[0].includes(first) ? found.parts : [found.parts[1], found.parts[0]];
      const other = new Story(this.nextKey++);
      this.stories.push(other);
      const featuresOf = (ps: number[]) => ps.map((p) => this.arrived[p].features);
      const why = describeSplit(
        found.score,
        found.threshold,
        { story: scratchStory(this, gone), members: featuresOf(gone) },
        { story: scratchStory(this, kept), members: featuresOf(kept) },
      );
      const note = `split off from a story of ${story.members.length} with ${gone.length - 1} others: ${why}`;
      for (const p of gone) {
        const arrival = this.arrived[p];
        const { features } = arrival;
        const units = unitsOf(arrival);
        const membership = story.removeMember(p, units, features.mentions, features.nameBlind);
        membership.reason = `${note}; before: ${membership.reason}`;
        other.add(p, units, features.time, membership, this.limits.centroidTerms, features.mentions, features.nameBlind);
      }
      for (const m of story.memberships) m.reason = `${m.reason} (a group of ${gone.length} articles was split off this story: ${why})`;
      story.resetPeriod(story.members.map((q) => this.arrived[q].features.time));
      if (story.active) {
        this.active.add(other);
        this.index.post(story);
        this.index.post(other);
      } else other.active = false;
      changed.add(story).add(other);
    }
    return changed;
  }

  /**
   * Two large groups must be more alike than a fragment and a story: halves of one event score about 1 on
   * the cohesion-relative scale, and the larger both sides, the surer that estimate (two similar events
   * score 0.5-0.65 there whatever their size). The threshold rises with the smaller side's size.
   */
  mergeThreshold(a: Story, b: Story): number {
    const m = Math.min(a.members.length, b.members.length);
    const bar = this.weights.merge + this.weights.mergeGrowth * (1 - 1 / Math.sqrt(m));
    // a pair neither of whose names are read (German) has shown less than one whose names were: its bar is higher
    return this.weights.unreadMerge > 0 && unreadPair(a, b) ? Math.max(bar, this.weights.unreadMerge) : bar;
  }

  private noteMerge(keep: Story, gone: Story, score: Score): void {
    const opener = this.arrived[gone.members[0]];
    // a stored story's memberships take the reason when they are read, and so is its opener read then (the
    // story base fetches a story's members only before a pass reads its memberships: fetching the first of every
    // story taken back, in case it merged, grew with the base); `keep`'s sums are kept as they are now
    const deferred = gone.unreadMemberships.length > 0;
    const against: StoryLike = deferred ? { centroids: keep.centroidsNow(), firstTime: keep.firstTime, lastTime: keep.lastTime } : keep;
    let reason: string | undefined;
    const why = () => (reason ??= describeScore(score, unitsOf(opener), opener.features, against, ''));
    if (!deferred) why();
    const n = gone.members.length;
    const [similarity, features, came] = [round(score.value), scoreFeatures(score), score.value.toFixed(2)];
    gone.updateMemberships((all) =>
      all.forEach((m, i) => {
        if (i === 0) {
          m.similarity = similarity;
          m.features = features;
          m.reason = `merged with ${n > 1 ? `the ${n} articles of ` : ''}its group into this story: ${why()}`;
        } else {
          m.reason = `${m.reason} (came with a merged group: group-story similarity ${came})`;
        }
      }),
    );
  }

  /**
   * The finished stories, largest first, each with its storyline when it has one. With `only`, just those
   * stories (the story base writes only what a batch touched); their storylines still weigh every story held.
   * `lines` are the storylines when worked out before (`storylines()`), so a caller can fetch what they need;
   * `heads` describe stories outside `only` that their storylines name (else their groups are built).
   */
  groups(only?: Set<Story>, lines?: Storylines, heads?: Map<Story, StoryHead>): StoryGroup[] {
    this.sameTable();
    const live = this.stories.filter((s) => !s.mergedInto);
    // a story's group is built when asked for: with `only`, most stories held are never asked
    const built = new Map<Story, StoryGroup & { first: number }>();
    const groupOf = (s: Story) => {
      let g = built.get(s);
      if (!g) built.set(s, (g = this.group(s)));
      return g;
    };
    const wanted = only ? live.filter((s) => only.has(s)) : live;
    for (const s of wanted) groupOf(s);
    this.attachStorylines(groupOf, only, lines ?? this.storylines(), heads);
    return wanted
      .map(groupOf)
      .sort((a, b) => b.documents.length - a.documents.length || a.first - b.first)
      .map(({ first: _first, ...g }) => g);
  }

  /** The storylines among the stories held (their centroids only: no member is read); with `focus`, those
   * that can reach these stories (the story base writes only what a batch touched). Pairs the merge passes
   * scored are answered from their kept scores where a storyline's is the same (before `mergeScores` is cleared). */
  storylines(focus?: Set<Story>): Storylines {
    return linkStorylines(
      this.stories.filter((s) => !s.mergedInto),
      this.liveIndex(),
      this.weights,
      this.limits,
      focus,
      this.mergeScores,
    );
  }

  /** Link stories of one saga into storylines: every story of a line (or of `only`) lists the line and its own links. */
  private attachStorylines(
    groupOf: (s: Story) => StoryGroup & { first: number },
    only: Set<Story> | undefined,
    storylines: Storylines,
    heads?: Map<Story, StoryHead>,
  ): void {
    const { lines, edges } = storylines;
    const wanted = (s: Story) => !only || only.has(s);
    const headOf = (s: Story): StoryHead => {
      const known = wanted(s) ? undefined : heads?.get(s);
      if (known) return known;
      const g = groupOf(s);
      return { id: g.id, title: g.title, start: g.period.start, first: g.first };
    };
    // a story's start: its first publication date, else its first arrival. Instants, not texts: as text
    // "2022-12-19T23:00-05:00" came before "2022-12-20T01:00Z", three hours after it
    const before = (x: Story, y: Story) => {
      const [a, b] = [storedInstant(headOf(x).start), storedInstant(headOf(y).start)];
      if (a !== null && b !== null && a !== b) return a < b;
      return headOf(x).first < headOf(y).first;
    };
    const links = new Map<Story, StorylineLink[]>();
    for (const { a, b, score } of edges) {
      if (!wanted(a) && !wanted(b)) continue;
      const members = [...linkSample(a, this.limits.linkMembers), ...linkSample(b, this.limits.linkMembers)].map((p) => this.arrived[p].features);
      const reason = describeStories(score, a, b, members);
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        if (!wanted(self)) continue;
        const g = headOf(other);
        const list = links.get(self) ?? [];
        list.push({
          story: g.id,
          title: g.title,
          start: g.start,
          when: before(other, self) ? 'earlier' : 'later',
          similarity: round(score.value),
          reason,
        });
        links.set(self, list);
      }
    }
    for (const line of lines) {
      if (!line.some(wanted)) continue;
      const ordered = line.slice().sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : x.key - y.key));
      const stories = ordered.map((s) => {
        const g = headOf(s);
        return { id: g.id, title: g.title, start: g.start };
      });
      const id = `storyline-${createHash('sha1')
        .update(
          stories
            .map((s) => s.id)
            .sort()
            .join('\n'),
        )
        .digest('hex')
        .slice(0, 12)}`;
      for (const s of ordered) {
        if (!wanted(s)) continue;
        const why = (links.get(s) ?? []).sort((x, y) =>
          x.when === y.when ? y.similarity - x.similarity || (x.story < y.story ? -1 : 1) : x.when === 'earlier' ? -1 : 1,
        );
        groupOf(s).storyline = { id, stories, why };
      }
    }
  }

  private group(story: Story): StoryGroup & { first: number } {
    const order = story.members.map((p, i) => ({ p, m: story.memberships[i] })).sort((a, b) => a.p - b.p);
    const members = order.map(({ p }) => this.arrived[p]);
    const ids = members.map((a) => a.doc.id);
    const dated = members.filter((a) => a.features.time !== null).sort((a, b) => (a.features.time as number) - (b.features.time as number));
    return {
      id: `story-${createHash('sha1').update(ids.slice().sort().join('\n')).digest('hex').slice(0, 12)}`,
      title: centralTitle(story, members),
      documents: ids,
      members: order.map(({ m }) => m),
      why: storyWhy(
        story.centroids,
        members.map((a) => a.features),
        this.limits,
      ),
      period: { start: dated.length ? dated[0].doc.published : null, end: dated.length ? dated[dated.length - 1].doc.published : null },
      first: order[0].p,
    };
  }
}

/** The title of the member closest to the story's centre (the one a person would pick as typical). */
function centralTitle(story: Story, members: Arrived[]): string {
  let best = '';
  let bestSim = -1;
  for (const a of members) {
    if (!a.doc.title.trim()) continue;
    const { text, title } = unitsOf(a);
    const sim = story.centroids.text.cosineUnit(text) + story.centroids.title.cosineUnit(title);
    if (sim > bestSim + 1e-12) [best, bestSim] = [a.doc.title.trim(), sim];
  }
  return best || members[0].doc.sentences[0]?.text.slice(0, 120) || members[0].doc.id;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Cluster a batch of documents: online pass in arrival order, then the merge pass. */
export function clusterStories(docs: ClusterDocument[], options: ClusterOptions = {}): StoryGroup[] {
  // the run holds the key table (vocab.ts): no other run clears it meanwhile
  const release = holdVocabulary();
  try {
    return clusterRun(docs, options);
  } finally {
    release();
  }
}

function clusterRun(docs: ClusterDocument[], options: ClusterOptions): StoryGroup[] {
  const clusterer = new StoryClusterer(options);
  for (const i of arrivalOrder(docs)) {
    const features = options.features?.(docs[i]);
    clusterer.add(docs[i], features && { features, ids: docKeyIds(features) });
  }
  if (!options.noMerge) batchPasses(clusterer);
  // the storylines read the merge passes' kept scores; then they go (the groups need the room more)
  const lines = clusterer.storylines();
  clusterer.mergeScores.clear();
  return clusterer.groups(undefined, lines);
}

/** A batch's passes after the online one: merge, refinement rounds each followed by a merge where it moved
 * something, the split check. */
export function batchPasses(clusterer: StoryClusterer): void {
  clusterer.merge();
  // refinement rounds until nothing moves; after the first, only where the last round changed something
  let changed: Set<Story> | undefined;
  for (let round = 0; round < clusterer.weights.refine; round++) {
    changed = clusterer.refine(changed);
    if (changed.size === 0) break;
    // only the stories the refinement changed (and their neighbours) look for a partner again
    clusterer.merge(changed);
  }
  // stories holding two events the passes above could not pull apart; their groups may then meet fragments
  const split = clusterer.split();
  if (split.size) clusterer.merge(split);
}
